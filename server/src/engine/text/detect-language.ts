// With no language set (or `language: auto`): guesses a reply's language from
// its prose, by the packs' common words and else franc's trigram models, among
// the languages Replylint has packs for. Short replies (a one-line
// confirmation) say too little for trigrams: they are read by their common
// words and marking letters, and else left undecided, for the caller to read
// them in the file's majority language or the default.
//
// franc builds its models when first loaded (~50 ms), so it is loaded on the
// first reply the common words leave undecided, never at start-up. Both the
// common words and the codes franc knows each language by are pack data.

import type * as Franc from 'franc';
import { cannotStartAt, packPhraseHeadPattern, packPhraseHeadStarts } from './phrase-pattern';
import type { Span } from '../types';
import { holdsNonSpace } from './analyze';
import { lazyPattern } from './lazy-pattern';

/** Fewer letters than this and only common words and marking letters decide, never trigrams. */
export const MIN_LETTERS = 40;

/**
 * franc's time grows with the text (about 1 ms per 1,000 characters), and a
 * few sentences tell the language as well as a whole reply: with detection
 * on by default, a 5 MB library must not spend seconds on it.
 */
const SAMPLE_CHARS = 400;

let francAll: typeof Franc.francAll | undefined;

function loadFranc(): typeof Franc.francAll {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- franc loads on the first detection, not at start-up
  francAll ??= (require('franc') as typeof Franc).francAll;
  return francAll;
}

/** What tells the languages with packs apart, from the packs. */
export interface LanguageSignals {
  /** Per word, the languages whose packs list it among their common words. */
  commonWords: ReadonlyMap<string, readonly string[]>;
  /**
   * Per lowercase word, the languages whose packs list it capitalized: it counts for them only written so (English
   * "I"; lowercase "i" is an Albanian article, a Polish and Lithuanian conjunction).
   */
  capitalOnly?: ReadonlyMap<string, readonly string[]>;
  /** Per ISO 639-3 code of franc's models, the language whose packs name it (iso639Codes). */
  languageByIso639: ReadonlyMap<string, string>;
  /** Per lowercase letter, the languages whose packs list it among their marking letters (ą, ä, ë, ė...). */
  letters: ReadonlyMap<string, readonly string[]>;
  /** Where a line opens with a valediction of any pack ("Terveisin", "Pagarbiai", "Kind regards"): the signature. */
  signOff?: LineOpening;
  /** Per language, its greeting at a line's start and its valediction (pack data): the frame a reply is written in. */
  frames?: readonly LanguageFrame[];
}

/** Where a line opens with one language's greeting ("Laba diena", "Hei") or valediction ("Pagarbiai", "Terveisin"). */
export interface LanguageFrame {
  language: string;
  greeting?: LineOpening;
  signOff?: LineOpening;
}

/** Where a line opens with one of some pack phrases (after blanks), as a whole word. */
export interface LineOpening {
  pattern: RegExp;
  /**
   * The characters the phrases can start with (packPhraseHeadStarts): a line whose first character past its blanks is
   * ASCII and not one of them is not tried, so a reply is not tried against (nor a run compiles) the patterns of
   * languages whose greetings and valedictions it does not open a line with.
   */
  starts: Uint8Array | undefined;
}

/**
 * A language code as the packs name it: "EN" is en, "en-US" and "pl_PL" are
 * en and pl (the packs are per language, not per region).
 */
export function normalizeLanguage(code: string): string {
  return code.trim().toLowerCase().split(/[-_]/)[0]!;
}

function addLanguage(map: Map<string, string[]>, key: string, language: string): void {
  const languages = map.get(key);
  if (!languages) map.set(key, [language]);
  else if (!languages.includes(language)) languages.push(language);
}

/** The common words, marking letters and ISO 639-3 codes of each language's packs. */
export function languageSignalsOf(
  packs: {
    language: string;
    words: readonly string[];
    letters: readonly string[];
    iso639Codes: readonly string[];
    signOffs?: readonly string[];
    greetings?: readonly string[];
  }[],
): LanguageSignals {
  const byWord = new Map<string, string[]>();
  const capitalOnly = new Map<string, string[]>();
  const byLetter = new Map<string, string[]>();
  const languageByIso639 = new Map<string, string>();
  for (const { language, words, letters, iso639Codes } of packs) {
    for (const code of iso639Codes) languageByIso639.set(code, language);
    for (const word of words) {
      const lower = word.normalize('NFC').toLowerCase();
      addLanguage(byWord, lower, language);
      if (lower !== word.normalize('NFC')) addLanguage(capitalOnly, lower, language);
    }
    for (const letter of letters) addLanguage(byLetter, letter.normalize('NFC').toLowerCase(), language);
  }
  const signOff = lineOpening(packs.flatMap((pack) => pack.signOffs ?? []));
  const frames: LanguageFrame[] = [];
  for (const language of new Set(packs.map((pack) => pack.language))) {
    const own = packs.filter((pack) => pack.language === language);
    const greeting = lineOpening(own.flatMap((pack) => pack.greetings ?? []));
    const ownSignOff = lineOpening(own.flatMap((pack) => pack.signOffs ?? []));
    if (greeting || ownSignOff) frames.push({ language, ...(greeting && { greeting }), ...(ownSignOff && { signOff: ownSignOff }) });
  }
  return { commonWords: byWord, capitalOnly, languageByIso639, letters: byLetter, ...(signOff && { signOff }), ...(frames.length > 0 && { frames }) };
}

/** Where a line opens with one of the pack phrases, as a whole word; undefined when there are none. */
function lineOpening(phrases: readonly string[]): LineOpening | undefined {
  const unique = [...new Set(phrases)];
  if (unique.length === 0) return undefined;
  const pattern = new RegExp(`^[${LINE_BLANKS}]*(?:${unique.map(packPhraseHeadPattern).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
  return { pattern, starts: packPhraseHeadStarts(unique, LINE_BLANKS) };
}

/** The blanks a line opening may follow. */
const LINE_BLANKS = ' \t';

/** Whether `line` may open with `opening`'s phrases: its first character past its blanks can start one (no copy made). */
function mayOpen(opening: LineOpening, line: string): boolean {
  let at = 0;
  while (at < line.length && LINE_BLANKS.includes(line[at]!)) at++;
  return !cannotStartAt(opening.starts, line, at);
}

/** Whether `line` opens with `opening`'s phrases. */
function opensWith(opening: LineOpening | undefined, line: string): boolean {
  return opening !== undefined && mayOpen(opening, line) && opening.pattern.test(line);
}

const LETTER_OR_MARK = lazyPattern(String.raw`^[\p{L}\p{M}]$`, 'u');

/**
 * The length of the word character at `index` (a letter, a mark or an
 * apostrophe: [\p{L}\p{M}'’]), 0 when there is none. Tested by code for
 * ASCII: this runs over the start of every reply, and a regex scan made a
 * match object per word.
 */
function wordCharAt(text: string, index: number, end: number): number {
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 39 ? 1 : 0;
  if (code === 0x2019) return 1;
  const size = code >= 0xd800 && code <= 0xdbff && index + 1 < end ? 2 : 1;
  return LETTER_OR_MARK().test(text.slice(index, index + size)) ? size : 0;
}

const UPPER = lazyPattern(String.raw`^\p{Lu}`, 'u');

/** A word no pack lists, a letter that marks no language: one empty list for every lookup that misses. */
const NONE: readonly string[] = [];

/** A reply's first words, lowercased; `capitalized` only when asked for (the type says so: sampleOf's overloads). */
interface WordSample {
  words: string[];
  capitalized?: boolean[];
  letters: number;
  /** Word indexes where a sentence ends (after a full stop, "!", "?" or a blank line), ascending. */
  sentenceEnds: number[];
  /** Indexes of words written in lower case that some pack lists capitalized only (LanguageSignals.capitalOnly). */
  uncapitalized?: Set<number>;
}

/** The longest template tag read past ("{datefmt value=$BeginsAt format=long}"). */
const MAX_TAG_CHARS = 120;

/**
 * Where a template tag that opens at `index` ends ({if $x}, {foreach from=$list item=row}, {/if}: a brace pair on
 * one line), so its keywords are not read as words of the reply's language; `index` itself when there is none.
 * Fill-ins are masked before detection, but a template language's tags may not be: their English keywords outnumbered
 * a Smarty-heavy Polish or Finnish template's own words (trial 19).
 */
function tagEnd(prose: string, index: number, end: number): number {
  if (prose.charCodeAt(index) !== 123) return index;
  for (let at = index + 1; at < end && at <= index + MAX_TAG_CHARS; at++) {
    const code = prose.charCodeAt(at);
    if (code === 125) return at + 1;
    if (code === 10 || code === 123) return index;
  }
  return index;
}

/**
 * The first words of the prose, lowercased, up to SAMPLE_CHARS letters; masked placeholders (runs of x) and template
 * tags left out. `capitalized` (asked only when trigrams decide, rarely): per word, whether it was written with a
 * capital (a name, or a sentence's first word). A word `capitalOnly` lists is tested for its capital every time.
 * Read from `from` to `to` as if the prose were cut there (a frame's body, read in place: no copy of it per reply).
 */
function sampleOf(prose: string, capitalOnly: LanguageSignals['capitalOnly']): WordSample;
function sampleOf(
  prose: string,
  capitalOnly: LanguageSignals['capitalOnly'],
  withCapitals: true,
  from?: number,
  to?: number,
): WordSample & { capitalized: boolean[] };
function sampleOf(prose: string, capitalOnly: LanguageSignals['capitalOnly'], withCapitals = false, from = 0, to = prose.length): WordSample {
  const words: string[] = [];
  const capitalized: boolean[] | undefined = withCapitals ? [] : undefined;
  const sentenceEnds: number[] = [];
  let uncapitalized: Set<number> | undefined;
  let letters = 0;
  let index = from;
  while (index < to && letters < SAMPLE_CHARS) {
    let size = wordCharAt(prose, index, to);
    if (size === 0) {
      if (endsSentence(prose, index, to) && words.length > (sentenceEnds[sentenceEnds.length - 1] ?? 0)) sentenceEnds.push(words.length);
      const after = tagEnd(prose, index, to);
      index = after > index ? after : index + 1;
      continue;
    }
    const start = index;
    let ascii = true;
    let lower = true;
    let onlyX = true;
    do {
      const code = prose.charCodeAt(index);
      if (code >= 128) ascii = false;
      else if (code >= 65 && code <= 90) lower = false;
      if (code !== 120) onlyX = false;
      index += size;
      size = index < to ? wordCharAt(prose, index, to) : 0;
    } while (size > 0);
    const length = index - start;
    if (length >= 5 && onlyX) continue;
    const word = prose.slice(start, index);
    const key = ascii ? (lower ? word : word.toLowerCase()) : word.normalize('NFC').toLowerCase();
    if (capitalized || capitalOnly?.has(key)) {
      const first = word.charCodeAt(0);
      const capital = first < 128 ? first >= 65 && first <= 90 : UPPER().test(word);
      capitalized?.push(capital);
      if (!capital && capitalOnly?.has(key)) (uncapitalized ??= new Set()).add(words.length);
    }
    words.push(key);
    letters += length;
  }
  return { words, capitalized, letters, sentenceEnds, uncapitalized };
}

/** Whether the character at `index` ends a sentence: a stop before a space or the text's `end`, or a blank line. */
function endsSentence(prose: string, index: number, end: number): boolean {
  const code = prose.charCodeAt(index);
  if (code === 10) return blankLineAt(prose, index, Math.min(end, index + 40));
  if (code !== 46 && code !== 33 && code !== 63 && code !== 0x2026) return false;
  if (index + 1 >= end) return true;
  const next = prose.charCodeAt(index + 1);
  return next === 32 || next === 10 || next === 9 || next === 13;
}

/** Whether the line break at `index` opens a blank line (/^\n[ \t]*\n/ on the prose up to `end`), read in place. */
function blankLineAt(prose: string, index: number, end: number): boolean {
  for (let at = index + 1; at < end; at++) {
    const code = prose.charCodeAt(at);
    if (code === 10) return true;
    if (code !== 32 && code !== 9) return false;
  }
  return false;
}

/** The languages whose common words the sample's word `index` is: a word some list capitalized only when so written. */
function commonLanguagesAt(sample: WordSample, index: number, signals: LanguageSignals): readonly string[] {
  const word = sample.words[index]!;
  const languages = signals.commonWords.get(word) ?? NONE;
  if (!sample.uncapitalized?.has(index)) return languages;
  const capitalOnly = signals.capitalOnly?.get(word) ?? NONE;
  return languages.filter((language) => !capitalOnly.includes(language));
}

/** Common-word hits a language needs, and how many times the runner-up's, to decide without franc. */
const MIN_HITS = 3;
const LEAD = 2;
/** Sentences of this many words always hold a common word; a sample this long with none is not prose. */
const MIN_WORDS_WITHOUT_HITS = 12;

/** The language with the most hits, its hits and the runner-up's. */
function leaderOf(hits: ReadonlyMap<string, number>): { best: string | undefined; bestHits: number; secondHits: number } {
  let best: string | undefined;
  let bestHits = 0;
  let secondHits = 0;
  for (const [language, count] of hits) {
    if (count > bestHits) {
      secondHits = bestHits;
      best = language;
      bestHits = count;
    } else if (count > secondHits) secondHits = count;
  }
  return { best, bestHits, secondHits };
}

/**
 * Points per language, in the order each first scored (a Map's order: leaderOf gives a tie to the first). Entries
 * past `size` are left over from an earlier count and overwritten: byShortSignals reuses one tally for every
 * sentence of every reply whose language is read, where a Map and a Set per sentence were about 4% of what a library
 * of short replies allocates.
 */
class Tally {
  private readonly languages: string[] = [];
  private readonly points: number[] = [];
  /** Whether the language scored by a common word, not only by its letters. */
  private readonly common: boolean[] = [];
  private size = 0;

  clear(): this {
    this.size = 0;
    return this;
  }

  add(language: string, common: boolean): void {
    let at = 0;
    while (at < this.size && this.languages[at] !== language) at++;
    if (at === this.size) {
      this.languages[at] = language;
      this.points[at] = 0;
      this.common[at] = false;
      this.size++;
    }
    this.points[at]!++;
    if (common) this.common[at] = true;
  }

  /** The points `language` scored (0 when none). */
  pointsOf(language: string): number {
    for (let at = 0; at < this.size; at++) if (this.languages[at] === language) return this.points[at]!;
    return 0;
  }

  /** leaderOf's reading of the points, and whether the best scored by a common word. */
  leader(): { best: string | undefined; bestHits: number; secondHits: number; bestCommon: boolean } {
    let best = -1;
    let bestHits = 0;
    let secondHits = 0;
    for (let at = 0; at < this.size; at++) {
      const count = this.points[at]!;
      if (count > bestHits) {
        secondHits = bestHits;
        best = at;
        bestHits = count;
      } else if (count > secondHits) secondHits = count;
    }
    return { best: best < 0 ? undefined : this.languages[best], bestHits, secondHits, bestCommon: best >= 0 && this.common[best]! };
  }
}

/** byShortSignals' tally (it never runs inside itself). */
const shortTally = new Tally();

/**
 * The language whose common words the sample uses most, when it clearly leads;
 * null (no language) when a long sample holds none of any language's (terms
 * or codes, not sentences: trigrams would guess at random), if the packs list
 * any; else undefined (for trigrams to decide).
 */
function byCommonWords(sample: WordSample, signals: LanguageSignals): string | null | undefined {
  const hits = new Map<string, number>();
  for (let index = 0; index < sample.words.length; index++) {
    for (const language of commonLanguagesAt(sample, index, signals)) hits.set(language, (hits.get(language) ?? 0) + 1);
  }
  const { best, bestHits, secondHits } = leaderOf(hits);
  if (bestHits === 0 && sample.words.length >= MIN_WORDS_WITHOUT_HITS && signals.commonWords.size > 0) return null;
  return bestHits >= MIN_HITS && bestHits >= LEAD * secondHits ? best : undefined;
}

/** Points a short reply's best language needs, and how many times the runner-up's. */
const MIN_SHORT_POINTS = 2;

/**
 * The language of a reply too short for trigrams ("Dziękujemy za kontakt.
 * Odezwiemy się wkrótce."): each word scores a point for every language that
 * lists it among its common words and one for every language whose marking
 * letters it holds. The best needs MIN_SHORT_POINTS, a common word among them
 * (a name like "Łukasz Wróbel" alone says nothing of the reply's language),
 * and a clear lead; else undefined.
 */
function byShortSignals(sample: WordSample, signals: LanguageSignals, start = 0, end = sample.words.length, ownWordsOnly = false): string | undefined {
  const points = shortTally.clear();
  for (let index = start; index < end; index++) {
    const languages = commonLanguagesAt(sample, index, signals);
    // A word two languages share ("we", "do", "on") tells neither apart when a sentence alone is read.
    if (ownWordsOnly && languages.length > 1) continue;
    for (const language of languages) points.add(language, true);
    countMarkingLanguages(sample.words[index]!, signals.letters, points);
  }
  const { best, bestHits, secondHits, bestCommon } = points.leader();
  return best && bestHits >= MIN_SHORT_POINTS && bestCommon && bestHits >= LEAD * secondHits ? best : undefined;
}

/**
 * The language of `prose`, or undefined when the text does not tell (too
 * short and unmarked, or a long run of terms with no common word of any
 * language): the caller then reads it in the file's majority language or the
 * default. `prose` should hold only the writer's words: pass the masked prose
 * view, with placeholders, quotes, code and URLs blanked. The packs' common
 * words decide most replies in microseconds; franc's trigrams (among the
 * languages the packs give codes for) decide the rest.
 */
export function detectLanguage(prose: string, signals: LanguageSignals): string | undefined {
  const valediction = signals.signOff === undefined ? undefined : valedictionLine(prose, signals.signOff);
  const framed = framedLanguage(prose, valediction, signals);
  if (framed !== undefined) return framed;
  const body = valediction !== undefined && hasFooterUnder(prose, valediction.end) ? prose.slice(0, valediction.start) : undefined;
  return (body === undefined ? undefined : languageOf(body, signals)) ?? languageOf(prose, signals);
}

/**
 * The language a reply's frame is written in when the sentences inside it bear that out: a greeting on its first line
 * and a valediction of one language ("Laba diena," … "Pagarbiai"; either alone, or both of the same), and more
 * sentences between them told in it than in any other language (as many, when both frame it). A person reads a short reply so: one English
 * line in a Finnish reply ("Thank you for shopping with us!") does not make it English, nor a Lithuanian sentence
 * none of whose words the packs list no language at all (issue 12: both were read in the default, English). An
 * English body under a Polish frame stays English: none of its sentences is Polish.
 */
function framedLanguage(prose: string, valediction: Span | undefined, signals: LanguageSignals): string | undefined {
  const { frames } = signals;
  if (frames === undefined) return undefined;
  const firstWords = prose.search(/\S/);
  if (firstWords < 0) return undefined;
  const firstLineEnd = prose.indexOf('\n', firstWords);
  const firstLine = prose.slice(firstWords, firstLineEnd < 0 ? prose.length : firstLineEnd);
  const signLine = valediction === undefined ? undefined : prose.slice(valediction.start, valediction.end);
  // The one language that frames the reply: greeted and signed in it, or one of them and not the other (frames are
  // one per language; per reply, no list of each side's languages is made).
  let greeted = 0;
  let signed = 0;
  let greetedAndSigned = 0;
  let lastGreeted: LanguageFrame | undefined;
  let lastSigned: LanguageFrame | undefined;
  let lastGreetedAndSigned: LanguageFrame | undefined;
  for (const frame of frames) {
    const greets = opensWith(frame.greeting, firstLine);
    const signs = signLine !== undefined && opensWith(frame.signOff, signLine);
    if (greets) {
      greeted++;
      lastGreeted = frame;
    }
    if (signs) {
      signed++;
      lastSigned = frame;
    }
    if (greets && signs) {
      greetedAndSigned++;
      lastGreetedAndSigned = frame;
    }
  }
  const named =
    greeted === 0
      ? signed === 1
        ? lastSigned
        : undefined
      : signed === 0
        ? greeted === 1
          ? lastGreeted
          : undefined
        : greetedAndSigned === 1
          ? lastGreetedAndSigned
          : undefined;
  if (named === undefined) return undefined;
  const { language } = named;
  // The sentences between the frame's lines: a greeting's own letters ("Dzień dobry,") say nothing of the body, and a
  // greeting's line that is all the reply leaves no body (the short signals read it).
  let bodyStart = greeted === 0 ? 0 : firstLineEnd < 0 ? prose.length : firstLineEnd;
  const bodyEnd = valediction?.start ?? prose.length;
  // A reply of one line is a chat's turn ("Hei! L\u00e4hetin vahvistuksen \u2026"): its body follows the greeting on that line,
  // when it is a sentence of a few words (a name and a "kiitos" after "Hei" tell no language).
  const oneLine = greeted > 0 && !holdsNonSpace(prose, bodyStart, bodyEnd);
  if (oneLine) bodyStart = firstWords + (named.greeting!.pattern.exec(firstLine)?.[0].length ?? firstLine.length);
  const sample = sampleOf(prose, signals.capitalOnly, true, bodyStart, Math.max(bodyStart, bodyEnd));
  if (oneLine && sample.words.length < ONE_LINE_BODY_WORDS) return undefined;
  // Greeted and signed in it, a tie of sentences goes to the frame; a greeting alone ("Hello" a platform prints over
  // a translated line and an English one) needs more of them.
  return sentencesLeanTo(sample, signals, language, greeted > 0 && signed > 0) ? language : undefined;
}

/**
 * Whether more sentences of the sample are told in `language` than in any other (or as many, when `tieWins`): a
 * sentence goes to the language its common words and marking letters score most for (a tie to `language`); names
 * (capitalized words past a sentence's first) and sentences with no signal count for none.
 */
function sentencesLeanTo(sample: WordSample & { capitalized: boolean[] }, signals: LanguageSignals, language: string, tieWins: boolean): boolean {
  let own = 0;
  const others = otherSentences.clear();
  let start = 0;
  for (let sentence = 0; sentence <= sample.sentenceEnds.length; sentence++) {
    const end = sentence < sample.sentenceEnds.length ? sample.sentenceEnds[sentence]! : sample.words.length;
    const points = shortTally.clear();
    for (let index = start; index < end; index++) {
      if (index > start && sample.capitalized[index]) continue;
      for (const common of commonLanguagesAt(sample, index, signals)) points.add(common, true);
      countMarkingLanguages(sample.words[index]!, signals.letters, points);
    }
    start = end;
    const { best, bestHits } = points.leader();
    if (best === undefined) continue;
    if (points.pointsOf(language) === bestHits) own++;
    else others.add(best, false);
  }
  // Every other language told fewer sentences (or as many, when a tie wins): the most any other told.
  const most = others.leader().bestHits;
  return own > 0 && (most < own || (tieWins && most === own));
}

/** sentencesLeanTo's count of the sentences each other language told (it never runs inside itself). */
const otherSentences = new Tally();

/** Words the rest of a greeting's one line holds to bear its language out ("L\u00e4hetin vahvistuksen osoitteeseen"). */
const ONE_LINE_BODY_WORDS = 3;

/** Lines from the end a sign-off is looked for on: the valediction, a name, a title, and a footer under them. */
const SIGN_OFF_LINES = 8;
/** What may follow a valediction on its line, or stand on a line under it: punctuation and at most a name in capitals. */
const NAME_ONLY = /^[ \t]*(?:[,.!][ \t]*)?(?:\p{Lu}[\p{L}\p{M}'\u2019.-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'\u2019.-]*){0,3}[ \t]*)?(?:[,.][ \t]*)?$/u;
/** Name lines under a valediction ("Aino" / "Asiakaspalvelu") passed over before a footer. */
const MAX_NAME_LINES = 2;

/** A line's start and end in the prose. */

/**
 * The reply's valediction line: a valediction of any pack on a line of its own, not the reply's first (Albanian
 * "Përshëndetje," greets and signs), with at most a name on it, among its last lines. The words above it are the
 * writer's when a footer follows the signature: a help desk prints its footer in its own language under a reply in
 * another ("Terveisin," / "Aino" / "This message was sent from an unmonitored address."), and a short reply's two
 * sentences were outvoted by it (reviewer-20 fi2, lt2).
 */
function valedictionLine(prose: string, signOff: LineOpening): Span | undefined {
  const firstWords = prose.search(/\S/);
  let end = prose.trimEnd().length;
  for (let seen = 0; end > firstWords && seen < SIGN_OFF_LINES; seen++) {
    const lineStart = prose.lastIndexOf('\n', end - 1) + 1;
    const line = prose.slice(lineStart, end);
    const valediction = lineStart > firstWords && mayOpen(signOff, line) ? signOff.pattern.exec(line) : null;
    if (valediction !== null && NAME_ONLY.test(line.slice(valediction[0].length))) return { start: lineStart, end };
    end = lineStart - 1;
  }
  return undefined;
}

/** Whether words other than a signer's name lines follow `from`. */
function hasFooterUnder(prose: string, from: number): boolean {
  let names = 0;
  for (const line of prose.slice(from).split('\n')) {
    if (!/\S/.test(line)) continue;
    if (names < MAX_NAME_LINES && NAME_ONLY.test(line)) names++;
    else return true;
  }
  return false;
}

function languageOf(prose: string, signals: LanguageSignals): string | undefined {
  const sample = sampleOf(prose, signals.capitalOnly, true);
  if (sample.letters < MIN_LETTERS) return byShortSignals(sample, signals);
  const marked = byMarkedSentences(sample, signals);
  if (marked !== undefined) return marked;
  // Sentences in two languages (a translation with an English sentence left in it): their vote decides before the
  // counts of common words, which one English sentence's many small words can win (reviewer-20 #16).
  const voted = bySentences(sample, signals);
  if (voted?.mixed) return voted.language;
  const decided = byCommonWords(sample, signals);
  if (decided !== undefined) return decided ?? undefined;
  if (voted !== undefined) return voted.language;
  // franc reads an empty `only` as every language it knows.
  if (signals.languageByIso639.size === 0) return undefined;
  const [best] = loadFranc()(sample.words.join(' '), { only: [...signals.languageByIso639.keys()], minLength: MIN_LETTERS });
  const byTrigrams = best && signals.languageByIso639.get(best[0]);
  // Trigrams can pick a language none of whose common words the text uses while its letters mark another
  // ("Priežiūros personalo narys prisijungė prie pokalbio" read as English): then the letters decide.
  if (byTrigrams !== undefined && !sample.words.some((_, index) => commonLanguagesAt(sample, index, signals).includes(byTrigrams))) {
    // Names are no evidence ("Delivery for Łukasz Wróbel, Gdańsk"): only the first word may be capitalized.
    const { capitalized } = sampleOf(prose, undefined, true);
    const marked = byMarkedWords(
      sample.words.filter((_, index) => index === 0 || !capitalized[index]),
      signals.letters,
    );
    if (marked !== undefined && marked !== byTrigrams) return marked;
  }
  return byTrigrams;
}

/**
 * When the common words of two languages are a close call: the language the reply's first telling sentence is written
 * in, unless another has twice its letters, sentence by sentence (each read as a short line is, by byShortSignals, on the words one language alone lists). A
 * template translated but for a sentence its locale left in English (trial 19: a Polish canned answer's last sentence)
 * is read in its own language, not by the tail's short English words ("on", "is", "in"). Undefined when one language alone has common
 * words (trigrams decide, as before) or no sentence tells.
 */
function bySentences(sample: WordSample, signals: LanguageSignals): { language: string; mixed: boolean } | undefined {
  const withHits = new Set<string>();
  for (let index = 0; index < sample.words.length; index++) for (const language of commonLanguagesAt(sample, index, signals)) withHits.add(language);
  if (withHits.size < 2) return undefined;
  const votes = new Map<string, number>();
  let start = 0;
  for (const end of [...sample.sentenceEnds, sample.words.length]) {
    if (end <= start) continue;
    const language = byShortSignals(sample, signals, start, end, true);
    let letters = 0;
    for (let index = start; index < end; index++) letters += sample.words[index]!.length;
    if (language !== undefined) votes.set(language, (votes.get(language) ?? 0) + letters);
    start = end;
  }
  // The language the reply opens in, unless the rest outweighs it twice over: a footer or disclaimer in English under a
  // short Polish reply ("Sent from our help desk. Please do not reply below this line.") is no reason to read it as
  // English (reviewer-20 #16). Map order is the order of the first sentence each language told.
  const [opening] = votes.keys();
  if (opening === undefined) return undefined;
  const { best, bestHits } = leaderOf(votes);
  return { language: bestHits < LEAD * votes.get(opening)! ? opening : best!, mixed: votes.size > 1 };
}

/** Sentences that must hold a letter only one language writes, for those letters to decide the reply. */
const MIN_MARKED_SENTENCES = 2;

/**
 * The language whose own letters (ł ś ż, ė į ų, ë ç: a letter one pack alone lists) mark at least MIN_MARKED_SENTENCES
 * sentences while no other language's own letters mark any: a Polish reply quoting an English error message ("pojawia
 * się komunikat: The card you entered is not valid…") is Polish, however many small English words the quote has
 * (reviewer-20 #16). Only a sentence's first word and words in lower case count: a name ("Łukasz") marks nothing.
 */
function byMarkedSentences(sample: WordSample, signals: LanguageSignals): string | undefined {
  const { capitalized } = sample;
  const counts = new Map<string, number>();
  let start = 0;
  for (const end of [...sample.sentenceEnds, sample.words.length]) {
    // Made at a sentence's first marking letter: most sentences have none.
    let marking: Set<string> | undefined;
    for (let index = start; index < end; index++) {
      if (index > start && capitalized?.[index]) continue;
      for (const letter of sample.words[index]!) {
        const languages = signals.letters.get(letter);
        if (languages?.length === 1) (marking ??= new Set()).add(languages[0]!);
      }
    }
    for (const language of marking ?? NONE) counts.set(language, (counts.get(language) ?? 0) + 1);
    start = end;
  }
  const [language, more] = counts.keys();
  return language !== undefined && more === undefined && counts.get(language)! >= MIN_MARKED_SENTENCES ? language : undefined;
}

/** Words a language's marking letters must mark, and how many times the runner-up's, for the letters to decide. */
const MIN_MARKED_WORDS = 2;

/** The language whose marking letters most words hold (ą, ė, ë...), with MIN_MARKED_WORDS and a clear lead; else undefined. */
function byMarkedWords(words: string[], letters: LanguageSignals['letters']): string | undefined {
  const counts = new Tally();
  for (const word of words) countMarkingLanguages(word, letters, counts);
  const { best, bestHits, secondHits } = counts.leader();
  return best && bestHits >= MIN_MARKED_WORDS && bestHits >= LEAD * secondHits ? best : undefined;
}

/** Per table of marking letters, whether one of them is ASCII (none is in the packs' lists). */
const ASCII_MARKS = new WeakMap<LanguageSignals['letters'], boolean>();

/** Whether `word` is written in ASCII alone. */
function isAscii(word: string): boolean {
  for (let index = 0; index < word.length; index++) if (word.charCodeAt(index) >= 128) return false;
  return true;
}

/** One point to each language whose marking letters `word` holds (once per language, however many letters). */
function countMarkingLanguages(word: string, letters: LanguageSignals['letters'], counts: Tally): void {
  let asciiMarks = ASCII_MARKS.get(letters);
  if (asciiMarks === undefined) ASCII_MARKS.set(letters, (asciiMarks = [...letters.keys()].some(isAscii)));
  // An ASCII word (most words of most replies) holds no letter of a table with none: not looked up letter by letter.
  if (!asciiMarks && isAscii(word)) return;
  // Made at the word's first marking letter: most words have none, and this runs on every word of every reply.
  let marked: Set<string> | undefined;
  for (const letter of word) for (const language of letters.get(letter) ?? NONE) (marked ??= new Set()).add(language);
  for (const language of marked ?? NONE) counts.add(language, false);
}
