import { escapeRegExp } from './escape-regexp';

/** A data phrase as a regular expression's source: its words joined by any run of spaces, both apostrophes alike. */
export function phrasePattern(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((word) => escapeRegExp(word).replace(/['’]/g, "['’]"))
    .join('[ \\t]+');
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

/** One alternative of a pack phrase's word, its glob the rest of a word. */
function globWordPattern(alternative: string): string {
  return phrasePattern(alternative).replace(/\\\*/g, GLOB_WORD);
}
