// Fix-all: the first fix of every finding, in document order, skipping any
// fix whose edits touch an edit already taken, so one pass never overlaps.

import type { Finding, TextEdit } from './types';

export function fixAllEdits(findings: Finding[]): TextEdit[] {
  const taken: TextEdit[] = [];
  const ordered = [...findings].filter((finding) => finding.fixes.length > 0).sort((a, b) => a.start - b.start || a.end - b.end);
  for (const finding of ordered) {
    const edits = finding.fixes[0]!.edits;
    const clashes = edits.some((edit) => taken.some((other) => overlaps(edit, other)));
    if (!clashes) taken.push(...edits);
  }
  return taken.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Two edits clash when their ranges intersect, or both insert at one point. */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
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
