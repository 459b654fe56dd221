/**
 * How many leading indices of [0, length) satisfy `before`, a test that holds
 * for a prefix of the indices and fails for the rest (binary search). Sorted
 * offsets, lines, sentences and edits are all searched through it.
 */
export function partitionPoint(length: number, before: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (before(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}
