// Builds fix alternatives in unit offsets. The linter maps them to the source.

import { pluralOf, type Articles, type Grammar } from '../text/grammar';
import type { MessageRef } from '../types';
import type { ReplyUnit } from '../units/reply-unit';

export interface UnitEdit {
  start: number;
  end: number;
  newText: string;
}

export interface UnitFix {
  /** What the change does, as a message id and arguments (rendered in the reply's language). */
  label: MessageRef;
  edits: UnitEdit[];
}

/** Emoji (with their modifiers and joiners) and the spaces between and after them, at the end of a text: one quantifier, no backtracking. */
const EMOJI_BEFORE =
  /(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f|\u20e3)(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f|\u20e3|[ \t])*$/u;

/**
 * The prose before `start` ends a sentence, or the reply starts there (markup and quotes are blank in prose). Emoji
 * between are read past: "🤷 Just click Save." and "Done. ✅ Just click Save." start a sentence at "Just".
 */
function atSentenceStart(prose: string, start: number): boolean {
  let before = prose.slice(Math.max(0, start - 40), start);
  const emoji = EMOJI_BEFORE.exec(before);
  if (emoji) before = before.slice(0, emoji.index);
  return /(?:[.!?…]["'”’)]?\s+|\n\s*)$/.test(before) || (start <= 40 && /^\s*$/.test(before));
}

const isUpper = (char: string) => char !== char.toLowerCase() && char === char.toUpperCase();

/** How a replacement fits its place: the rule's language's grammar, and whether the words replaced are plural. */
export interface ReplacementFit {
  grammar: Grammar;
  plural: boolean;
}

/**
 * Fits a replacement to where it goes: a capital only where a sentence
 * starts (so "escalated to L2" becomes "escalated to our specialist team",
 * not "...to Our...", and "Sure, no problem!" becomes "Sure, happy to help!"),
 * and the plural, where the language has plural rules, when the words
 * replaced were plural ("KB articles" -> "help articles").
 */
function fitted(unit: ReplyUnit, start: number, end: number, replacement: string, fit: ReplacementFit | undefined): string {
  if (!replacement) return replacement;
  const original = unit.text.slice(start, end);
  const result = fit?.plural ? pluralOf(replacement, fit.grammar.plural) : replacement;
  const sentenceStart = atSentenceStart(unit.prose, start);
  if (sentenceStart && isUpper(original.charAt(0))) return result.charAt(0).toUpperCase() + result.slice(1);
  // A sentence opener written with its capital ("Happy to help") in lower case inside a sentence; not "I'm", nor a name in capitals ("EU").
  if (!sentenceStart && !isUpper(original.charAt(0)) && /^\p{Lu}\p{Ll}/u.test(result)) return result.charAt(0).toLowerCase() + result.slice(1);
  return result;
}

/** An article of the language right before a place: its start and its word. */
function articleBefore(unit: ReplyUnit, at: number, articles: Articles): { start: number; article: string } | undefined {
  const found = articles.before.exec(unit.prose.slice(Math.max(0, at - 12), at));
  return found ? { start: at - found[0].length + found[0].indexOf(found[1]!), article: found[1]! } : undefined;
}

/**
 * Where the language has articles, the article before the words replaced
 * follows the replacement: "a P1 incident" -> "an urgent incident", and a
 * replacement with its own determiner takes the article's place ("the
 * backend" -> "our systems", not "the our systems"). Returns where the edit
 * starts and its text.
 */
function withArticle(unit: ReplyUnit, start: number, newText: string, fit: ReplacementFit | undefined): { start: number; newText: string } {
  const articles = fit?.grammar.articles;
  const article = articles && newText ? articleBefore(unit, start, articles) : undefined;
  if (!articles || !article) return { start, newText };
  const capital = isUpper(article.article.charAt(0));
  const withCase = (words: string) => (capital ? words.charAt(0).toUpperCase() + words.slice(1) : words);
  if (articles.determiner.test(newText)) return { start: article.start, newText: withCase(newText) };
  if (articles.definite.has(article.article.toLowerCase())) return { start, newText };
  const { indefinite } = articles;
  const wanted = indefinite.vowelSound.test(newText) ? indefinite.beforeVowelSound : indefinite.otherwise;
  if (article.article.toLowerCase() === wanted) return { start, newText };
  const gap = unit.text.slice(article.start + article.article.length, start);
  return { start: article.start, newText: `${withCase(wanted)}${gap}${newText}` };
}

/**
 * Whether a replacement with its own determiner would land inside a noun phrase: a determiner stands one word before the
 * words replaced ("a senior backend engineer" -> "a senior our systems engineer"), or a capitalised word
 * does that does not open its sentence (a name's: "Senior Backend Engineer"). One right before them it replaces.
 */
export function insideNounPhrase(unit: ReplyUnit, start: number, replacement: string, fit: ReplacementFit | undefined): boolean {
  const articles = fit?.grammar.articles;
  if (!articles?.determiner.test(replacement) || articleBefore(unit, start, articles)) return false;
  const before = unit.prose.slice(Math.max(0, start - 40), start);
  if (articles.modified.test(before)) return true;
  const word = /\p{Lu}[\p{L}'’-]*[ \t]+$/u.exec(before);
  return word !== null && !atSentenceStart(unit.prose, start - word[0].length);
}

/**
 * A replacement that opens with the word right before the words replaced takes that word's place, in the
 * writer's case: "our L2 team" -> "our specialist team", not "our our specialist team".
 */
function withoutRepeat(unit: ReplyUnit, start: number, newText: string): { start: number; newText: string } {
  const first = /^[\p{L}\p{N}'’-]+/u.exec(newText)?.[0];
  // No word character before the match (the leftmost one has none): the lookbehind spares the tries inside every word.
  const before = first && /(?<![\p{L}\p{N}'’-])([\p{L}\p{N}'’-]+)[ \t]+$/u.exec(unit.text.slice(Math.max(0, start - 40), start));
  if (!first || !before || before[1]!.toLowerCase() !== first.toLowerCase()) return { start, newText };
  return { start: start - before[0].length, newText: before[1]! + newText.slice(first.length) };
}

export function replaceFix(unit: ReplyUnit, start: number, end: number, replacement: string, fit?: ReplacementFit): UnitFix {
  const text = fitted(unit, start, end, replacement, fit);
  if (text === '') return removeFix(unit, start, end);
  const articled = withArticle(unit, start, text, fit);
  const edit = articled.start === start ? withoutRepeat(unit, start, text) : articled;
  return { label: { id: 'fix.replace', args: { text } }, edits: [{ start: edit.start, end, newText: edit.newText }] };
}

/**
 * Whether the words are a clause of their own: from a sentence start or a
 * comma, semicolon or colon to a sentence end or one of those. Removing
 * anything less ("Your call is important to us" out of "Your call is
 * important to us and ...") leaves a fragment, so it is not suggested.
 */
export function isWholeClause(unit: ReplyUnit, start: number, end: number): boolean {
  const { prose } = unit;
  const opens = atSentenceStart(prose, start) || /[,;:][ \t]*$/.test(prose.slice(Math.max(0, start - 4), start));
  const closes = /^[ \t]*(?:[,;:.!?…]|\r?\n|$)/.test(prose.slice(end, end + 4));
  return opens && closes;
}

/**
 * Deletes the words and the punctuation and space that only served them, so
 * "Rest assured, we will fix it." becomes "We will fix it.".
 */
export function removeFix(unit: ReplyUnit, start: number, end: number): UnitFix {
  const text = unit.text;
  const label = { id: 'fix.remove', args: { text: text.slice(start, end) } };
  let removeEnd = end;
  const trailing = /^[,;:]?[ \t]*/.exec(text.slice(end))![0];
  removeEnd += trailing.length;
  let removeStart = start;
  const sentenceStart = atSentenceStart(unit.prose, start);
  const nextChar = text.charAt(removeEnd);
  if (sentenceStart && /[.!?]/.test(nextChar)) {
    // The words are the whole sentence ("I hope this helps!"): remove it with its punctuation.
    removeEnd += /^[.!?…]+[ \t]*/.exec(text.slice(removeEnd))![0].length;
    return { label, edits: [{ start: removeStart, end: removeEnd, newText: '' }] };
  }
  if (/[.!?]/.test(nextChar) || removeEnd >= text.length || nextChar === '\n' || nextChar === '\r') {
    // Words at the end of a sentence: take the space before them instead.
    removeEnd = end;
    while (removeStart > 0 && /[ \t,]/.test(text.charAt(removeStart - 1))) removeStart--;
  }
  const edits = [{ start: removeStart, end: removeEnd, newText: '' }];
  if (sentenceStart && removeEnd < text.length) {
    // The capital goes inside a link or emphasis that now opens the sentence: "[The guide](…)", not "[the guide](…)".
    const marks = OPENING_MARKS.exec(text.slice(removeEnd))![0];
    const next = text.charAt(removeEnd + marks.length);
    if (next !== next.toUpperCase()) {
      edits[0] = { start: removeStart, end: removeEnd + marks.length + 1, newText: marks + next.toUpperCase() };
    }
  }
  return { label, edits };
}

/** Markdown's link and emphasis marks that open a run of text (a code mark is not: its text is not prose). */
const OPENING_MARKS = /^[[*_]*/;

/**
 * The removal of words set off by a comma on each side, from the first comma to the second (the space after it
 * stays): "Paczka, przecież, dotarła" -> "Paczka dotarła". Undefined when a side has no comma.
 */
export function removeBetweenCommas(unit: ReplyUnit, start: number, end: number): UnitFix | undefined {
  const { text } = unit;
  const before = /,[ \t]*$/.exec(text.slice(Math.max(0, start - 8), start));
  const after = /^[ \t]*,/.exec(text.slice(end, end + 8));
  if (!before || !after) return undefined;
  return {
    label: { id: 'fix.remove', args: { text: text.slice(start, end) } },
    edits: [{ start: start - before[0].length, end: end + after[0].length, newText: '' }],
  };
}

/**
 * A rewrite to the matched words' last word ("just click" -> "click") where Markdown marks stand between the words,
 * made without eating a mark: "Just [click here](…)" -> "[Click here](…)", "**just** click" -> "click", "Just
 * _click_" -> "_Click_". `rewrite` is the plain rewrite of the words; undefined when they and the marks take another shape.
 */
export function toLastWordKeepingMarks(unit: ReplyUnit, start: number, end: number, rewrite: UnitFix): UnitFix | undefined {
  const text = unit.text;
  const kept = String(rewrite.label.args?.text ?? '');
  const last = /\p{L}[\p{L}\p{N}'’-]*$/u.exec(text.slice(start, end));
  if (!last || last[0].toLowerCase() !== kept.toLowerCase()) return undefined;
  const wordAt = start + last.index;
  // The dropped words, an emphasis closing right after them, the space, and the marks that open the kept word.
  const dropped = /^[^[\]*_`<>]+?([*_]*)[ \t]+([[*_]*)$/u.exec(text.slice(start, wordAt));
  if (!dropped) return undefined;
  const closing = dropped[1]!;
  const opening = dropped[2]!;
  // "**just** click": the emphasis held only the dropped word, so it goes with it.
  if (closing && text.slice(start - closing.length, start) !== closing) return undefined;
  const removeStart = start - closing.length;
  const { label } = rewrite;
  const capital = isUpper(text.charAt(start)) && !isUpper(text.charAt(wordAt));
  if (!capital) return { label, edits: [{ start: removeStart, end: wordAt - opening.length, newText: '' }] };
  return { label, edits: [{ start: removeStart, end: wordAt + 1, newText: opening + text.charAt(wordAt).toUpperCase() }] };
}

export function insertFix(label: MessageRef, at: number, newText: string): UnitFix {
  return { label, edits: [{ start: at, end: at, newText }] };
}
