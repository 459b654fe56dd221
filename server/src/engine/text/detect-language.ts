// `language: auto`: guesses a reply's language from its prose with franc's
// trigram models, among the languages Replylint has packs for. Short replies
// say too little to guess from, so they keep the default language.
//
// franc builds its models when first loaded (~50 ms), so it is loaded on the
// first guess, never at start-up by teams that do not use `auto`.

import type * as Franc from 'franc';

/** franc's ISO 639-3 codes for the languages with packs. */
const FROM_ISO_639_3: Record<string, string> = {
  eng: 'en',
  pol: 'pl',
  lit: 'lt',
  fin: 'fi',
  als: 'sq', // Tosk, written standard Albanian (franc's model)
  sqi: 'sq', // Albanian, the macrolanguage
};
const CANDIDATES = Object.keys(FROM_ISO_639_3);

/** Fewer letters than this and the default language is kept. */
export const MIN_LETTERS = 40;

let francAll: typeof Franc.francAll | undefined;

function loadFranc(): typeof Franc.francAll {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  francAll ??= (require('franc') as typeof Franc).francAll;
  return francAll;
}

/**
 * The language of `prose` (en, pl, lt, fi or sq), or `fallback` when the text
 * is too short to tell. `prose` should hold only the writer's words: pass the
 * masked prose view, with placeholders, quotes, code and URLs blanked.
 */
export function detectLanguage(prose: string, fallback: string): string {
  // Letters and the spaces between words; masked placeholders (runs of x) go.
  const sample = prose.replace(/\bx{5,}\b/g, ' ').replace(/[^\p{L}\p{M}'’]+/gu, ' ').trim();
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return fallback;
  const [best] = loadFranc()(sample, { only: CANDIDATES, minLength: MIN_LETTERS });
  return (best && FROM_ISO_639_3[best[0]]) ?? fallback;
}
