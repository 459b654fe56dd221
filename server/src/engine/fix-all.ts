// Fix-all: one set of edits that can be applied together, shared by the
// CLI's --fix and the editor's fix-all actions.

import type { Finding, TextEdit } from './types';

/**
 * The first fix of each finding, in document order, skipping any fix with an
 * edit that would touch an edit already taken. Returns edits sorted by start,
 * pairwise non-overlapping, in source offsets.
 */
export function fixAllEdits(findings: readonly Finding[]): TextEdit[] {
  const taken: TextEdit[] = [];
  const inOrder = [...findings].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const finding of inOrder) {
    const edits = finding.fixes[0]?.edits ?? [];
    if (edits.length === 0) continue;
    const selfConsistent = edits.every((edit, index) => edits.slice(index + 1).every((other) => !editsConflict(edit, other)));
    if (!selfConsistent || edits.some((edit) => conflictsWithTaken(taken, edit))) continue;
    for (const edit of edits) taken.splice(insertionIndex(taken, edit), 0, edit);
  }
  return taken;
}

/**
 * Overlapping ranges conflict. An insertion also conflicts with an edit it
 * touches: two texts inserted at one offset, or text inserted at the edge of
 * a replacement, have no order a writer could predict.
 */
export function editsConflict(a: TextEdit, b: TextEdit): boolean {
  if (a.start < b.end && b.start < a.end) return true;
  const insertion = a.start === a.end || b.start === b.end;
  return insertion && a.start <= b.end && b.start <= a.end;
}

/** `taken` is sorted and conflict-free, so its ends ascend too: binary search, then a short scan. */
function conflictsWithTaken(taken: readonly TextEdit[], edit: TextEdit): boolean {
  let low = 0;
  let high = taken.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (taken[mid]!.end < edit.start) low = mid + 1;
    else high = mid;
  }
  for (let i = low; i < taken.length && taken[i]!.start <= edit.end; i++) {
    if (editsConflict(taken[i]!, edit)) return true;
  }
  return false;
}

function insertionIndex(taken: readonly TextEdit[], edit: TextEdit): number {
  let low = 0;
  let high = taken.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (taken[mid]!.start < edit.start || (taken[mid]!.start === edit.start && taken[mid]!.end <= edit.end)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Applies non-overlapping edits (source offsets) to a text. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  let result = '';
  let at = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (edit.start < at) throw new Error(`Overlapping edits at offset ${edit.start}.`);
    result += text.slice(at, edit.start) + edit.newText;
    at = edit.end;
  }
  return result + text.slice(at);
}
