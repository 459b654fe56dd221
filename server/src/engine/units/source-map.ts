// Decoded text and where each of its characters sits in the source, so
// findings land on the exact characters of the file through string escapes
// (JSON and YAML exports) and HTML character references (`&rsquo;`).

import { DecodingMode, EntityDecoder, htmlDecodeTree } from 'entities/decode';
import { partitionPoint } from '../text/partition-point';
import { detached } from '../text/word-memo';

/** offsets[i] is the source offset of decoded character i; offsets[length] is the end. */
export interface DecodedString {
  text: string;
  offsets: Int32Array;
}

const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/**
 * Decodes a JSON string literal (with its quotes) that starts at `start` in
 * the source. Each UTF-16 unit of the result maps to its escape or character;
 * a surrogate pair written as two \u escapes maps each half to its own escape.
 */
export function decodeJsonString(source: string, start: number, end: number): DecodedString {
  const last = end - 1;
  // At most one decoded unit per source character: fill, then trim.
  const offsets = new Int32Array(Math.max(0, last - start) + 1);
  // Runs without escapes are copied whole: a character at a time, a 5 MB
  // export made millions of one-character strings.
  const pieces: string[] = [];
  let length = 0;
  let at = start + 1;
  while (at < last) {
    const escape = source.indexOf('\\', at);
    const runEnd = escape < 0 || escape >= last ? last : escape;
    if (runEnd > at) {
      pieces.push(source.slice(at, runEnd));
      for (let offset = at; offset < runEnd; offset++) offsets[length++] = offset;
      at = runEnd;
      continue;
    }
    const kind = source[at + 1] ?? '';
    if (kind === 'u') {
      pieces.push(String.fromCharCode(parseInt(source.slice(at + 2, at + 6), 16)));
      offsets[length++] = at;
      at += 6;
    } else {
      pieces.push(SIMPLE_ESCAPES[kind] ?? kind);
      offsets[length++] = at;
      at += 2;
    }
  }
  offsets[length] = last;
  // A body without escapes is one slice of the file: copied, so the reply does not keep this version of the file alive after an edit.
  return { text: pieces.length === 1 ? detached(pieces[0]!) : pieces.join(''), offsets: offsets.slice(0, length + 1) };
}

/**
 * A decoded string's offsets kept for as long as its reply is: only where the
 * one-to-one runs between escapes start. A 5 MB export's bodies held one
 * 4-byte entry per character (14 MB); a body has a run per line break escape.
 */
export class OffsetRuns {
  /** Decoded index where each run starts, and the source offset there. */
  private readonly starts: Int32Array;
  private readonly sources: Int32Array;
  /** The source offset of the end (offsets[length]). */
  readonly end: number;
  /** The decoded length: the last index toSource maps is this one (the end). */
  readonly length: number;

  constructor(offsets: Int32Array) {
    const last = offsets.length - 1;
    let runs = 1;
    for (let index = 1; index < last; index++) if (offsets[index] !== offsets[index - 1]! + 1) runs++;
    this.starts = new Int32Array(runs);
    this.sources = new Int32Array(runs);
    this.sources[0] = offsets[0]!;
    let run = 0;
    for (let index = 1; index < last; index++) {
      if (offsets[index] === offsets[index - 1]! + 1) continue;
      run++;
      this.starts[run] = index;
      this.sources[run] = offsets[index]!;
    }
    this.end = offsets[last]!;
    this.length = last;
  }

  /** offsets[index] of the decoded string, index clamped to [0, length]. */
  at(index: number): number {
    if (index >= this.length) return this.end;
    if (index <= 0) return this.sources[0]!;
    const starts = this.starts;
    const run = Math.max(0, partitionPoint(starts.length, (at) => starts[at]! <= index) - 1);
    return this.sources[run]! + index - starts[run]!;
  }
}

/** Escapes text for insertion inside a JSON string. */
export function encodeJsonString(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}

/** A stretch of source [start, end) that reads as `text`: an HTML character reference. */
export interface Substitution {
  start: number;
  end: number;
  text: string;
}

/** How character references are read: as a browser reads HTML text, or as CommonMark does (a `;` always ends one). */
export type ReferenceSyntax = 'html' | 'markdown';

const AMPERSAND = 0x26;

/**
 * The character references (`&rsquo;`, `&#39;`, `&#x1F600;`, `&nbsp;`) in
 * the stretches of `text` that `masked` leaves as written: in markup, code
 * and quotes a reference stays as it is. Read with the entity decoder of
 * htmlparser2's own `entities`, so legacy references without `;` (`&amp`)
 * decode in HTML exactly where a browser decodes them.
 */
export function characterReferences(text: string, masked: string, syntax: ReferenceSyntax): Substitution[] {
  const found: Substitution[] = [];
  // What the decoder emitted for the reference being read: its code points and its length.
  const reference = { codePoints: [] as number[], length: 0 };
  const decoder = new EntityDecoder(htmlDecodeTree, (codePoint, length) => {
    reference.codePoints.push(codePoint);
    reference.length = length;
  });
  const mode = syntax === 'html' ? DecodingMode.Legacy : DecodingMode.Strict;
  for (let at = text.indexOf('&'); at >= 0; at = text.indexOf('&', at + 1)) {
    if (masked.charCodeAt(at) !== AMPERSAND) continue;
    reference.codePoints = [];
    reference.length = 0;
    decoder.startEntity(mode);
    if (decoder.write(text, at + 1) < 0) decoder.end();
    const { codePoints, length } = reference;
    if (length === 0 || masked.slice(at, at + length) !== text.slice(at, at + length)) continue;
    found.push({ start: at, end: at + length, text: String.fromCodePoint(...codePoints) });
    at += length - 1;
  }
  return found;
}

/** `text` and its masked view (same length) with each substitution's stretch replaced by its text (masked: by its first masked character). */
export function substitute(text: string, masked: string, substitutions: readonly Substitution[]): { text: string; prose: string } {
  const pieces: string[] = [];
  const prosePieces: string[] = [];
  let at = 0;
  for (const { start, end, text: replacement } of substitutions) {
    pieces.push(text.slice(at, start), replacement);
    prosePieces.push(masked.slice(at, start), masked.slice(start, end) === text.slice(start, end) ? replacement : masked[start]!.repeat(replacement.length));
    at = end;
  }
  pieces.push(text.slice(at));
  prosePieces.push(masked.slice(at));
  return { text: pieces.join(''), prose: prosePieces.join('') };
}

/** Substitutions of one text, in source order, with what they shorten the text by. */
export class Substitutions {
  /** shrinkBefore[k]: how much the substitutions before the k-th shorten the text. */
  private readonly shrinkBefore: Int32Array;

  constructor(readonly list: readonly Substitution[]) {
    this.shrinkBefore = new Int32Array(list.length + 1);
    list.forEach(({ start, end, text }, index) => {
      this.shrinkBefore[index + 1] = this.shrinkBefore[index]! + end - start - text.length;
    });
  }

  /** Index of the first substitution that starts at or after `offset`. */
  private firstFrom(offset: number): number {
    return partitionPoint(this.list.length, (index) => this.list[index]!.start < offset);
  }

  /** Offset in the substituted text of source offset `offset` (not inside a substitution). */
  substitutedOffset(offset: number): number {
    return offset - this.shrinkBefore[this.firstFrom(offset)]!;
  }

  /**
   * Where each character of the substituted text of source [start, end)
   * sits in the source, or undefined when no substitution lies there: a
   * substitution's characters all point at its first source character and
   * the character after it at its end, so a span covering a decoded `’`
   * covers the whole `&rsquo;`, and no span ends inside one.
   */
  offsetsOf(start: number, end: number): Int32Array | undefined {
    const first = this.firstFrom(start);
    if (first >= this.list.length || this.list[first]!.start >= end) return undefined;
    const offsets = new Int32Array(this.substitutedOffset(end) - this.substitutedOffset(start) + 1);
    let index = 0;
    let at = start;
    for (let k = first; k < this.list.length && this.list[k]!.start < end; k++) {
      const substitution = this.list[k]!;
      while (at < substitution.start) offsets[index++] = at++;
      for (let unit = 0; unit < substitution.text.length; unit++) offsets[index++] = substitution.start;
      at = substitution.end;
    }
    while (at < end) offsets[index++] = at++;
    offsets[index] = end;
    return offsets;
  }
}

/**
 * Text for HTML content: `&` and `<` as references, so inserted words never
 * start markup or a reference, and line breaks as `<br>` (a browser folds a
 * raw one into a space).
 */
export function encodeHtmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\r?\n/g, '<br>');
}
