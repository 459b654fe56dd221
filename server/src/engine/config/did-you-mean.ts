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

/** Every rule id of the packs a config knows, enabled or not, and their categories (ProjectConfig.knownRuleIds). */
export interface KnownRuleIds {
  ids: ReadonlySet<string>;
  categories: ReadonlySet<string>;
}

/** Whether a config or a suppression comment may name `id`: a known rule id or a category. */
export function isKnownRuleId(id: string, known: KnownRuleIds): boolean {
  return known.ids.has(id) || known.categories.has(id);
}

/**
 * `Unknown rule id "x" <where>; did you mean "y"?` (or ending in a full stop) for an id that is neither a known rule id
 * nor a category, with the closest id (or category, for a name without a slash); undefined for a known one.
 */
export function unknownRuleId(id: string, known: KnownRuleIds, where: string): string | undefined {
  if (isKnownRuleId(id, known)) return undefined;
  return `Unknown rule id "${id}" ${where}${didYouMean(id, id.includes('/') ? known.ids : known.categories) || '.'}`;
}
