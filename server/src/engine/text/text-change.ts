// Where one version of a text differs from the next: the one contiguous
// stretch an edit replaced, found by comparing the two strings.

import type { SourceText } from './source-text';

/** One contiguous change: [start, oldEnd) of the old text became [start, newEnd) of the new. */
export interface TextChange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** The smallest single change that turns `before` into `after`; undefined when they are equal. */
export function changeBetween(before: string, after: string): TextChange | undefined {
  if (before === after) return undefined;
  const shorter = Math.min(before.length, after.length);
  let start = commonLength(shorter, (from, to) => before.slice(from, to) === after.slice(from, to));
  const tail = commonLength(
    shorter - start,
    (from, to) => before.slice(before.length - to, before.length - from) === after.slice(after.length - to, after.length - from),
  );
  let oldEnd = before.length - tail;
  let newEnd = after.length - tail;
  // Never split a surrogate pair: widen to whole code points.
  if (start > 0 && isHighSurrogate(after.charCodeAt(start - 1))) start--;
  if (isLowSurrogate(after.charCodeAt(newEnd)) && newEnd < after.length) {
    newEnd++;
    oldEnd++;
  }
  return { start, oldEnd, newEnd };
}

/**
 * The length of the common run, given `same(from, to)` for stretches of it:
 * whole blocks are compared as strings (V8 compares memory, not characters
 * one by one), then smaller blocks inside the first block that differs.
 */
function commonLength(limit: number, same: (from: number, to: number) => boolean): number {
  let at = 0;
  for (const block of [65536, 1024, 32, 1]) {
    while (at + block <= limit && same(at, at + block)) at += block;
  }
  return at;
}

/** `change` widened to whole code points of `after` (an editor's edit may split a surrogate pair), as changeBetween's are. */
export function onWholeCodePoints(after: SourceText, change: TextChange): TextChange {
  let { start, oldEnd, newEnd } = change;
  if (start > 0 && isHighSurrogate(after.slice(start - 1, start).charCodeAt(0))) start--;
  if (newEnd < after.length && isLowSurrogate(after.slice(newEnd, newEnd + 1).charCodeAt(0))) {
    newEnd++;
    oldEnd++;
  }
  return { start, oldEnd, newEnd };
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
