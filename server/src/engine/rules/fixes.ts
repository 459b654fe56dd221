// Builds fix alternatives in unit offsets. The linter maps them to the source.

import type { ReplyUnit } from '../units/reply-unit';

export interface UnitEdit {
  start: number;
  end: number;
  newText: string;
}

export interface UnitFix {
  title: string;
  edits: UnitEdit[];
}

/** Keeps the writer's capitalisation: "Soon" -> "By 3 pm today". */
function matchCase(original: string, replacement: string): string {
  if (!replacement) return replacement;
  const first = original.charAt(0);
  if (first !== first.toLowerCase() && first === first.toUpperCase()) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  }
  return replacement;
}

export function replaceFix(unit: ReplyUnit, start: number, end: number, replacement: string): UnitFix {
  const original = unit.text.slice(start, end);
  const newText = matchCase(original, replacement);
  if (newText === '') return removeFix(unit, start, end);
  return { title: `Replace with "${newText}"`, edits: [{ start, end, newText }] };
}

/**
 * Deletes the words and the punctuation and space that only served them, so
 * "Rest assured, we will fix it." becomes "We will fix it.".
 */
export function removeFix(unit: ReplyUnit, start: number, end: number): UnitFix {
  const text = unit.text;
  const title = `Remove "${text.slice(start, end)}"`;
  let removeEnd = end;
  const trailing = /^[,;:]?[ \t]*/.exec(text.slice(end))![0];
  removeEnd += trailing.length;
  let removeStart = start;
  const atSentenceStart = /(^|[.!?]\s+|\n\s*)$/.test(text.slice(Math.max(0, start - 40), start));
  const nextChar = text.charAt(removeEnd);
  if (atSentenceStart && /[.!?]/.test(nextChar)) {
    // The words are the whole sentence ("I hope this helps!"): remove it with its punctuation.
    removeEnd += /^[.!?…]+[ \t]*/.exec(text.slice(removeEnd))![0].length;
    return { title, edits: [{ start: removeStart, end: removeEnd, newText: '' }] };
  }
  if (/[.!?]/.test(nextChar) || removeEnd >= text.length || nextChar === '\n' || nextChar === '\r') {
    // Words at the end of a sentence: take the space before them instead.
    removeEnd = end;
    while (removeStart > 0 && /[ \t,]/.test(text.charAt(removeStart - 1))) removeStart--;
  }
  const edits = [{ start: removeStart, end: removeEnd, newText: '' }];
  if (atSentenceStart && removeEnd < text.length) {
    const next = text.charAt(removeEnd);
    if (next !== next.toUpperCase()) {
      edits[0] = { start: removeStart, end: removeEnd + 1, newText: next.toUpperCase() };
    }
  }
  return { title, edits };
}

export function insertFix(title: string, at: number, newText: string): UnitFix {
  return { title, edits: [{ start: at, end: at, newText }] };
}
