import { escapeRegExp } from './escape-regexp';

/** A data phrase as a regular expression's source: its words joined by any run of spaces, both apostrophes alike. */
export function phrasePattern(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((word) => escapeRegExp(word).replace(/['’]/g, "['’]"))
    .join('[ \\t]+');
}

/** Characters outside ASCII that Unicode case folding (the `iu` flags) turns into an ASCII letter. */
const ASCII_FOLDS: Record<string, string> = { '\u017f': 's', '\u212a': 'k' };

/**
 * Per ASCII code, whether one of `phrases` can start with that character (either case; "\u017f" and the Kelvin sign
 * fold to s and k), for a case-insensitive pattern of them after a run of `markup` characters; undefined when a phrase
 * starts with one of those (the run could end inside it). A text whose first character past the markup is ASCII and
 * not marked holds none of the phrases there: the pattern need not be tried.
 */
export function asciiStartsOf(phrases: readonly string[], markup: string): Uint8Array | undefined {
  const starts = new Uint8Array(128);
  for (const phrase of phrases) {
    const first = phrase.trim()[0];
    if (first === undefined || markup.includes(first)) return undefined;
    // Both apostrophes are one character in a phrase's pattern (phrasePattern).
    const ascii = first === '\u2019' ? "'" : first.charCodeAt(0) < 128 ? first : ASCII_FOLDS[first];
    if (ascii === undefined) continue;
    starts[ascii.toLowerCase().charCodeAt(0)] = 1;
    starts[ascii.toUpperCase().charCodeAt(0)] = 1;
  }
  return starts;
}

/** Whether words of a list whose first characters are `starts` (asciiStartsOf) cannot start at `at`: an ASCII character none starts with. */
export function cannotStartAt(starts: Uint8Array | undefined, text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return starts !== undefined && code < 128 && starts[code] === 0;
}

/**
 * Phrases as one alternation's source, each read by `patternOf`, longest first so it never stops at a shorter prefix;
 * one that matches nothing when there are none.
 */
export function phraseAlternation(phrases: readonly string[], patternOf: (phrase: string) => string = phrasePattern): string {
  if (phrases.length === 0) return '(?!)';
  return [...new Set(phrases.map(patternOf))].sort((a, b) => b.length - a.length).join('|');
}

/** Phrases of one list per language as one pattern of whole words: no letter or digit right before or after. */
export function wholeWordsPattern(phrases: Record<string, string[]>): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${phraseAlternation(Object.values(phrases).flat())})(?![\\p{L}\\p{N}])`, 'iu');
}

/** What a pack phrase's glob stands for ("szanown*"): the rest of a word. */
const GLOB_WORD = String.raw`[\p{L}\p{N}'\u2019-]*`;

/**
 * A pack phrase's head ("dzień dobry", "i|e|të dashur", "szanown*"; "panie" of "panie *") as a regular expression's
 * source: each word's alternatives, a glob as the rest of a word. The words from the first that opens with a glob on
 * ("panie *", "pani *o|*u") are what follows the head, a name, and are left out.
 */
export function packPhraseHeadPattern(phrase: string): string {
  const words = phrase.trim().split(/\s+/);
  const tail = words.findIndex((word, index) => index > 0 && word.startsWith('*'));
  return words
    .slice(0, tail < 0 ? words.length : tail)
    .map((word) => `(?:${word.split('|').map(globWordPattern).join('|')})`)
    .join('[ \\t]+');
}

/**
 * asciiStartsOf the heads of pack phrases (packPhraseHeadPattern): each alternative of a head's first word can start
 * it; undefined when one is a glob, which can start with anything.
 */
export function packPhraseHeadStarts(phrases: readonly string[], markup: string): Uint8Array | undefined {
  const firstWords = phrases.flatMap((phrase) => phrase.trim().split(/\s+/)[0]!.split('|'));
  return firstWords.some((word) => word.startsWith('*')) ? undefined : asciiStartsOf(firstWords, markup);
}

/** One alternative of a pack phrase's word, its glob the rest of a word. */
function globWordPattern(alternative: string): string {
  return phrasePattern(alternative).replace(/\\\*/g, GLOB_WORD);
}
