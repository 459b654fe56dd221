// "Did you mean" for a mistyped key, value, rule id or category: the known
// word closest to what was written, when it is close enough to be the one
// meant (a prefix, as `warn` of `warning`, or a few letters off).

import { distance } from 'fastest-levenshtein';

export function closestMatch(written: string, known: Iterable<string>): string | undefined {
  const typed = written.toLowerCase();
  let best: { word: string; cost: number } | undefined;
  for (const word of known) {
    const candidate = word.toLowerCase();
    if (candidate === typed) return word;
    // A prefix of at least three letters is a word cut short; otherwise about one typo in three letters.
    const cost = typed.length >= 3 && candidate.startsWith(typed) ? 0.5 : distance(typed, candidate);
    const allowed = Math.max(1, Math.floor(Math.max(typed.length, candidate.length) / 3));
    if (cost <= allowed && (!best || cost < best.cost)) best = { word, cost };
  }
  return best?.word;
}

/** `; did you mean "x"?` for a message, or nothing. */
export function didYouMean(written: string, known: Iterable<string>): string {
  const match = closestMatch(written, known);
  return match === undefined ? '' : `; did you mean "${match}"?`;
}
