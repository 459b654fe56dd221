import type { Position, Range } from '../types';
import type { SourceText } from './source-text';
import { partitionPoint } from './partition-point';
import type { TextChange } from './text-change';

/**
 * Lines from `fromLine` on start `delta` characters later than the starts an
 * index shares with the one it was made from say.
 */
interface LineMove {
  fromLine: number;
  delta: number;
}

/**
 * Moves an index keeps before it counts its line starts anew: each lookup
 * adds them up, and a new array of starts costs the whole file's lines.
 */
const MAX_MOVES = 16;

/** Converts between source offsets and line/character positions (UTF-16). */
export class LineIndex {
  private readonly lineStarts: Int32Array;

  constructor(
    /** A string, or a version kept in pieces (read a window at a time: never made one string here). */
    private readonly text: string | SourceText,
    lineStarts?: Int32Array,
    /** Edits since `lineStarts` were counted that added or removed no line break (the lines after each only moved). */
    private readonly moves: readonly LineMove[] = [],
  ) {
    this.lineStarts = lineStarts ?? lineStartsOf(text, 0, text.length, [0]);
  }

  /**
   * The index of `text`, which is this index's text with `change` applied:
   * lines before the change are kept, lines after it move, only the changed
   * stretch is read. Whether an offset starts a line is told by the characters
   * before it and at it (after a LF; after a CR not followed by a LF), so only
   * offsets from the change's start to its new end can differ: a carriage
   * return next to the change (a CRLF file) needs no rescan of the text.
   *
   * A change that adds or removes no line break (a keystroke within a line)
   * shares this index's starts and records how the lines after it moved: a
   * new array of starts for every keystroke was 430 KB in the 5 MB export
   * (107,000 lines), outside the JavaScript heap.
   */
  afterChange(text: string | SourceText, change: TextChange): LineIndex {
    const { start, oldEnd, newEnd } = change;
    // Line 0 always starts at 0.
    const kept = start === 0 ? 1 : this.lineCountUpTo(start - 1);
    const moved = this.lineCountUpTo(oldEnd);
    const from = Math.max(1, start);
    const around = text.slice(from - 1, newEnd + 1);
    const inserted: number[] = [];
    for (let offset = from; offset <= newEnd; offset++) {
      const before = around.charCodeAt(offset - from);
      if (before === 10 || (before === 13 && around.charCodeAt(offset - from + 1) !== 10)) inserted.push(offset);
    }
    const delta = newEnd - oldEnd;
    // The same line starts up to the change's start (one at it stays, a CR before it still ends its line or not) and none
    // after it, before or after the change: the lines the change ends on or after only move.
    const upToStart = this.lineCountUpTo(start);
    const withinLine = upToStart === moved && inserted.length === upToStart - kept && inserted.every((offset) => offset === start);
    if (withinLine && this.moves.length < MAX_MOVES) {
      return new LineIndex(text, this.lineStarts, delta === 0 ? this.moves : [...this.moves, { fromLine: moved, delta }]);
    }
    const starts = this.currentStarts();
    const next = new Int32Array(kept + inserted.length + (starts.length - moved));
    next.set(starts.subarray(0, kept));
    next.set(inserted, kept);
    for (let index = moved, at = kept + inserted.length; index < starts.length; index++, at++) next[at] = starts[index]! + delta;
    return new LineIndex(text, next);
  }

  /** Where `line` starts, its moves added up. */
  private startOf(line: number): number {
    let start = this.lineStarts[line]!;
    const { moves } = this;
    for (let index = 0; index < moves.length; index++) if (line >= moves[index]!.fromLine) start += moves[index]!.delta;
    return start;
  }

  /** Every line's start, its moves applied (the shared starts themselves when there are none). */
  private currentStarts(): Int32Array {
    if (this.moves.length === 0) return this.lineStarts;
    const starts = this.lineStarts.slice();
    for (const { fromLine, delta } of this.moves) for (let line = fromLine; line < starts.length; line++) starts[line]! += delta;
    return starts;
  }

  /** How many lines start at or before `offset`. */
  private lineCountUpTo(offset: number): number {
    return partitionPoint(this.lineStarts.length, LineIndex.startsAtOrBefore, this, offset);
  }

  /** Made once: a predicate closed over `offset` was a context and a closure per position asked (each finding's and reason's). */
  private static readonly startsAtOrBefore = (line: number, index: LineIndex, offset: number): boolean => index.startOf(line) <= offset;

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = Math.max(0, this.lineCountUpTo(clamped) - 1);
    return { line, character: clamped - this.startOf(line) };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const lineStart = this.startOf(position.line);
    const nextStart = position.line + 1 < this.lineStarts.length ? this.startOf(position.line + 1) : this.text.length;
    return Math.min(lineStart + Math.max(0, position.character), nextStart);
  }

  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }
}

/** Below this many characters a stretch is read a code unit at a time; above, line breaks are searched for natively. */
const SEARCHED_STRETCH = 4096;

/** Characters of a text kept in pieces read at once. */
const WINDOW = 65536;

/** Line starts after line breaks in text[from, to), appended to `starts`. */
function lineStartsOf(text: string | SourceText, from: number, to: number, starts: number[]): Int32Array {
  if (typeof text === 'string') return Int32Array.from(collectLineStarts(text, from, to, starts, 0));
  // A window at a time, with one character more to see a CRLF across its end (the line then starts after the LF).
  for (let at = from; at < to;) {
    const end = Math.min(to, at + WINDOW);
    collectLineStarts(text.slice(at, Math.min(end + 1, text.length)), 0, end - at, starts, at);
    at = Math.max(end, starts.length > 0 ? starts[starts.length - 1]! : 0);
  }
  return Int32Array.from(starts);
}

/** Line starts after line breaks in text[from, to), each plus `base`, appended to `starts`. */
function collectLineStarts(text: string, from: number, to: number, starts: number[], base: number): number[] {
  if (to - from < SEARCHED_STRETCH) {
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i);
      // CRLF, lone LF and lone CR each end a line, as in LSP.
      if (code === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(base + i + 1);
      } else if (code === 10) {
        starts.push(base + i + 1);
      }
    }
    return starts;
  }
  // The same line starts from indexOf, which skips the characters between breaks far faster than a loop
  // (a whole 5 MB document is read this way on every full lint).
  let lineFeed = text.indexOf('\n', from);
  let carriageReturn = text.indexOf('\r', from);
  for (let at = from; ;) {
    if (lineFeed !== -1 && lineFeed < at) lineFeed = text.indexOf('\n', at);
    if (carriageReturn !== -1 && carriageReturn < at) carriageReturn = text.indexOf('\r', at);
    const next = carriageReturn === -1 || (lineFeed !== -1 && lineFeed < carriageReturn) ? lineFeed : carriageReturn;
    if (next === -1 || next >= to) break;
    at = next === carriageReturn && text.charCodeAt(next + 1) === 10 ? next + 2 : next + 1;
    starts.push(base + at);
  }
  return starts;
}
