// Fix-all: one set of edits that can be applied together, shared by the
// CLI's --fix and the editor's fix-all actions.

import type { Finding, LintResult, TextEdit } from './types';
import { partitionPoint } from './text/partition-point';

/**
 * The fix of each finding (never a suggestion), in document order, skipping any fix with an
 * edit that would touch an edit already taken. Returns edits sorted by start,
 * pairwise non-overlapping, in source offsets.
 */
export function fixAllEdits(findings: readonly Finding[]): TextEdit[] {
  const taken: TextEdit[] = [];
  const inOrder = [...findings].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const finding of inOrder) {
    const edits = finding.fix?.edits ?? [];
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
  const low = partitionPoint(taken.length, (index) => taken[index]!.end < edit.start);
  for (let i = low; i < taken.length && taken[i]!.start <= edit.end; i++) {
    if (editsConflict(taken[i]!, edit)) return true;
  }
  return false;
}

function insertionIndex(taken: readonly TextEdit[], edit: TextEdit): number {
  return partitionPoint(taken.length, (index) => {
    const other = taken[index]!;
    return other.start < edit.start || (other.start === edit.start && other.end <= edit.end);
  });
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

/** Enough for any chain of fixes seen; a pack whose fixes undo each other stops here. */
export const MAX_FIX_PASSES = 10;

export interface FixedPoint {
  text: string;
  /** The lint of `text`: what is left once no fix applies. */
  result: LintResult;
  /** Edits that turn the original text into `text` (source offsets of the original). */
  edits: TextEdit[];
}

/**
 * Fix-all until no fix applies: a fix can reveal another (a removed filler
 * word leaves a new sentence start), and a second run must change nothing.
 * `result` is the lint of `text`; `relint` lints another text the same way.
 */
export function fixToFixedPoint(text: string, result: LintResult, relint: (text: string) => LintResult): FixedPoint {
  let current = text;
  let currentResult = result;
  let firstPass: TextEdit[] | undefined;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const edits = fixAllEdits(currentResult.findings);
    if (edits.length === 0) break;
    firstPass ??= edits;
    current = applyEdits(current, edits);
    currentResult = relint(current);
  }
  if (current === text) return { text, result: currentResult, edits: [] };
  const singlePass = firstPass && applyEdits(text, firstPass) === current;
  return { text: current, result: currentResult, edits: singlePass ? firstPass! : [changedStretch(text, current)] };
}

/** One edit replacing the stretch between the longest common prefix and suffix. */
function changedStretch(before: string, after: string): TextEdit {
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  // Never split a surrogate pair or a CRLF.
  if (start > 0 && /[\ud800-\udbff\r]/.test(before.charAt(start - 1))) start--;
  let end = 0;
  while (end < shorter - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  if (end > 0 && /[\udc00-\udfff\n]/.test(before.charAt(before.length - end))) end--;
  return { start, end: before.length - end, newText: after.slice(start, after.length - end) };
}
