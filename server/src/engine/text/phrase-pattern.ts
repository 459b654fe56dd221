import { escapeRegExp } from './escape-regexp';

/** A data phrase as a regular expression's source: its words joined by any run of spaces, both apostrophes alike. */
export function phrasePattern(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((word) => escapeRegExp(word).replace(/['’]/g, "['’]"))
    .join('[ \\t]+');
}

/** Phrases as one alternation's source, longest first so it never stops at a shorter prefix; one that matches nothing when there are none. */
export function phraseAlternation(phrases: readonly string[]): string {
  if (phrases.length === 0) return '(?!)';
  return [...new Set(phrases.map(phrasePattern))].sort((a, b) => b.length - a.length).join('|');
}
