// A document's text as the engine reads it: a string, or a version an editor
// keeps in pieces (PieceText). An edit to a string makes a new flat copy of
// the whole text as soon as anything reads it (10 MB for the 5 MB export with
// a few characters outside Latin-1, kept until V8's next full collection); an
// edit to a PieceText makes a new piece of a few kilobytes, and the engine's
// incremental path (linter.ts lintAfterEdit) reads only around the edit.

import type { TextChange } from './text-change';

/** What the engine reads of a text. A string is one. */
export interface SourceText {
  readonly length: number;
  slice(start?: number, end?: number): string;
  /** The whole text as one string. */
  toString(): string;
  /**
   * The change from an earlier version of the same document to this one, when
   * this version knows it (a change that replaces nothing with nothing when
   * `earlier` is this version); undefined when it does not.
   */
  changeSince?(earlier: SourceText): TextChange | undefined;
}

/** Characters per piece: a piece an edit rebuilds is at most twice this (32 KB in two-byte strings, under V8's large-object size). */
const PIECE = 8192;
/** How many earlier versions a version knows its change from: edits sent between two lints. */
const HISTORY = 16;

interface Earlier {
  version: WeakRef<PieceText>;
  change: TextChange;
}

/**
 * One version of a text, kept as pieces of at most 2 * PIECE characters
 * (slices of the text it was made from, and the pieces edits rebuilt). An
 * edit returns a new version sharing every piece it did not touch; the
 * version edited stays as it was. Each version knows its change from the last
 * HISTORY versions it came from (held weakly, so no version keeps older ones alive).
 */
export class PieceText implements SourceText {
  /** The whole text, once something needed it as one string (the pieces are then slices of it). */
  private flat: string | undefined;

  private constructor(
    private pieces: string[],
    /** starts[i]: the offset of pieces[i]; starts[pieces.length]: the length. */
    private starts: number[],
    private readonly history: readonly Earlier[],
  ) {}

  static of(text: string): PieceText {
    const version = new PieceText(...piecesOf([text]), []);
    version.flat = text;
    return version;
  }

  get length(): number {
    return this.starts[this.pieces.length]!;
  }

  /** This text with [start, end) replaced by `text` (offsets clamped to the text, as String.prototype.slice reads them). */
  edit(start: number, end: number, text: string): PieceText {
    const length = this.length;
    start = Math.max(0, Math.min(start, length));
    end = Math.max(start, Math.min(end, length));
    const change: TextChange = { start, oldEnd: end, newEnd: start + text.length };
    const first = this.pieceAt(start);
    const last = this.pieceAt(end);
    const pieces = this.pieces;
    const middle = first < 0 ? text : pieces[first]!.slice(0, start - this.starts[first]!) + text + pieces[last]!.slice(end - this.starts[last]!);
    const [next, starts] = piecesOf(first < 0 ? [middle] : [...pieces.slice(0, first), middle, ...pieces.slice(last + 1)]);
    const history: Earlier[] = [{ version: new WeakRef(this), change }];
    for (const earlier of this.history) {
      if (history.length === HISTORY) break;
      if (earlier.version.deref()) history.push({ version: earlier.version, change: composed(earlier.change, change) });
    }
    return new PieceText(next, starts, history);
  }

  changeSince(earlier: SourceText): TextChange | undefined {
    if (earlier === this) return { start: 0, oldEnd: 0, newEnd: 0 };
    return this.history.find((item) => item.version.deref() === earlier)?.change;
  }

  slice(start = 0, end = this.length): string {
    const length = this.length;
    start = Math.max(0, Math.min(start, length));
    end = Math.max(start, Math.min(end, length));
    if (start === end) return '';
    if (this.flat !== undefined) return this.flat.slice(start, end);
    const first = this.pieceAt(start);
    const last = this.pieceAt(end - 1);
    if (first === last) return this.pieces[first]!.slice(start - this.starts[first]!, end - this.starts[first]!);
    const parts = [this.pieces[first]!.slice(start - this.starts[first]!)];
    for (let index = first + 1; index < last; index++) parts.push(this.pieces[index]!);
    parts.push(this.pieces[last]!.slice(0, end - this.starts[last]!));
    return parts.join('');
  }

  charCodeAt(index: number): number {
    if (index < 0 || index >= this.length) return NaN;
    const piece = this.pieceAt(index);
    return this.pieces[piece]!.charCodeAt(index - this.starts[piece]!);
  }

  /** Whether this version was made one string (toString): from the text it was made from, or read whole since. */
  get whole(): boolean {
    return this.flat !== undefined;
  }

  /** The whole text; the version keeps it and reads its pieces from it from then on. */
  toString(): string {
    if (this.flat === undefined) {
      const flat = this.pieces.join('');
      [this.pieces, this.starts] = piecesOf([flat]);
      this.flat = flat;
    }
    return this.flat;
  }

  /** The piece holding `offset` (the last piece for the text's end); -1 for an empty text. */
  private pieceAt(offset: number): number {
    const { starts } = this;
    let low = 0;
    let high = this.pieces.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return this.pieces.length === 0 ? -1 : low;
  }
}

/** Texts cut into pieces of PIECE characters where longer than 2 * PIECE (empty ones dropped), with their starts. */
function piecesOf(texts: readonly string[]): [string[], number[]] {
  const pieces: string[] = [];
  const starts: number[] = [0];
  let at = 0;
  const add = (piece: string) => {
    pieces.push(piece);
    starts.push((at += piece.length));
  };
  for (const text of texts) {
    if (text.length <= 2 * PIECE) {
      if (text.length > 0) add(text);
      continue;
    }
    for (let from = 0; from < text.length;) {
      const to = text.length - from < 2 * PIECE ? text.length : from + PIECE;
      add(text.slice(from, to));
      from = to;
    }
  }
  return [pieces, starts];
}

/** One change for `first` then `second` (second's offsets are in the text `first` made). */
function composed(first: TextChange, second: TextChange): TextChange {
  const start = Math.min(first.start, second.start);
  const end = Math.max(first.newEnd, second.oldEnd);
  return { start, oldEnd: end - (first.newEnd - first.oldEnd), newEnd: end + (second.newEnd - second.oldEnd) };
}
