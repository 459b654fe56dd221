// Builds fix alternatives in unit offsets. The linter maps them to the source.

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

/** The prose before `start` ends a sentence, or the reply starts there (markup and quotes are blank in prose). */
function atSentenceStart(prose: string, start: number): boolean {
  const before = prose.slice(Math.max(0, start - 40), start);
  return /(?:[.!?…]["'”’)]?\s+|\n\s*)$/.test(before) || (start <= 40 && /^\s*$/.test(before));
}

const isUpper = (char: string) => char !== char.toLowerCase() && char === char.toUpperCase();

/** How a replacement fits its place: the rule's language, and whether the words replaced are plural. */
export interface ReplacementFit {
  language: string;
  plural: boolean;
}

/**
 * Fits a replacement to where it goes: a capital only where a sentence
 * starts (so "escalated to L2" becomes "escalated to our specialist team",
 * not "...to Our..."), and in English the plural when the words replaced
 * were plural ("KB articles" -> "help articles").
 */
function fitted(unit: ReplyUnit, start: number, end: number, replacement: string, fit: ReplacementFit | undefined): string {
  if (!replacement) return replacement;
  const original = unit.text.slice(start, end);
  let result = replacement;
  if (fit?.plural && fit.language === 'en' && !/s$/i.test(replacement)) result = englishPlural(result);
  if (atSentenceStart(unit.prose, start) && isUpper(original.charAt(0))) return result.charAt(0).toUpperCase() + result.slice(1);
  return result;
}

function englishPlural(words: string): string {
  if (/[^aeiou]y$/i.test(words)) return `${words.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/i.test(words)) return `${words}es`;
  return `${words}s`;
}

export function replaceFix(unit: ReplyUnit, start: number, end: number, replacement: string, fit?: ReplacementFit): UnitFix {
  const newText = fitted(unit, start, end, replacement, fit);
  if (newText === '') return removeFix(unit, start, end);
  return { label: { id: 'fix.replace', args: { text: newText } }, edits: [{ start, end, newText }] };
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
    const next = text.charAt(removeEnd);
    if (next !== next.toUpperCase()) {
      edits[0] = { start: removeStart, end: removeEnd + 1, newText: next.toUpperCase() };
    }
  }
  return { label, edits };
}

export function insertFix(label: MessageRef, at: number, newText: string): UnitFix {
  return { label, edits: [{ start: at, end: at, newText }] };
}
