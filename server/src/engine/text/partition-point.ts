/**
 * How many leading indices of [0, length) satisfy `before`, a test that holds
 * for a prefix of the indices and fails for the rest (binary search). Sorted
 * offsets, lines, sentences and edits are all searched through it.
 *
 * A hot caller passes a predicate made once, with what it compares against as
 * `context` and `bound`, so a search makes no closure.
 */
export function partitionPoint(length: number, before: (index: number) => boolean): number;
export function partitionPoint<C>(length: number, before: (index: number, context: C, bound: number) => boolean, context: C, bound: number): number;
export function partitionPoint<C>(length: number, before: (index: number, context: C, bound: number) => boolean, context?: C, bound?: number): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (before(middle, context as C, bound as number)) low = middle + 1;
    else high = middle;
  }
  return low;
}
