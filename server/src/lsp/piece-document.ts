// An open document as the server keeps it: TextDocument's behaviour (the
// offsets and positions of vscode-languageserver-textdocument, which this
// follows line by line), with the text kept in pieces (engine PieceText) and
// its size in UTF-8 bytes kept edit by edit.
//
// TextDocument keeps one string: each edit made a new version of it, flat as
// soon as anything read it, 10 MB for the 5 MB export, kept until V8's next
// full collection (about +11 MB of RSS per keystroke). An edit here rebuilds
// one piece of a few kilobytes, and the linter hands the engine the version
// itself (`sourceOf`), which tells the engine its change since the version
// linted before: an edit inside one reply reads only around it.

import type { Position, Range, TextDocumentContentChangeEvent } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { PieceText, type SourceText } from '../engine/text/source-text';

const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;

export class PieceDocument implements TextDocument {
  private text: PieceText;
  /**
   * Where each line starts, counted when first asked. Typed: a plain array of the bench's 5 MB library's
   * 177,000 lines was 1.4 MB of V8's large-object space, and the copies it grew through, 2.8 MB more, stayed
   * there until V8's next full collection (the first edit's RSS step).
   */
  private lineOffsets: Int32Array | undefined;
  /** The text in UTF-8 bytes (a lone surrogate counts as U+FFFD, 3 bytes, as Buffer.byteLength counts it). */
  private size: number | undefined;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    private currentVersion: number,
    content: string,
  ) {
    this.text = PieceText.of(content);
    this.size = Buffer.byteLength(content, 'utf8');
  }

  get version(): number {
    return this.currentVersion;
  }

  /** The current version of the text, as the engine reads it (never made one string by an edit). */
  get source(): SourceText {
    return this.text;
  }

  get utf8Size(): number {
    this.size ??= Buffer.byteLength(this.text.toString(), 'utf8');
    return this.size;
  }

  getText(range?: Range): string {
    if (range) {
      // As String.prototype.substring reads a reversed range (TextDocument's).
      const [start, end] = [this.offsetAt(range.start), this.offsetAt(range.end)];
      return this.text.slice(Math.min(start, end), Math.max(start, end));
    }
    return this.text.toString();
  }

  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if (!('range' in change)) {
        this.text = PieceText.of(change.text);
        this.lineOffsets = undefined;
        this.size = undefined;
        continue;
      }
      const range = wellFormed(change.range);
      const startOffset = this.offsetAt(range.start);
      const endOffset = this.offsetAt(range.end);
      const before = this.text;
      this.text = before.edit(startOffset, endOffset, change.text);
      if (this.size !== undefined) this.size += sizeDelta(before, this.text, startOffset, endOffset, change.text.length);
      const insertedEnd = startOffset + change.text.length;
      const crlfAtStart = this.text.charCodeAt(startOffset - 1) === CARRIAGE_RETURN && this.text.charCodeAt(startOffset) === LINE_FEED;
      const crlfAtEnd = this.text.charCodeAt(insertedEnd - 1) === CARRIAGE_RETURN && this.text.charCodeAt(insertedEnd) === LINE_FEED;
      const lineOffsets = this.lineOffsets;
      if (crlfAtStart || crlfAtEnd || lineOffsets === undefined) {
        // A CRLF pair across an edit boundary is not among the inserted text's line offsets: counted anew when asked.
        this.lineOffsets = undefined;
        continue;
      }
      const startLine = Math.max(range.start.line, 0);
      const endLine = Math.max(range.end.line, 0);
      const added = lineOffsetsOf(change.text, startOffset);
      if (endLine - startLine === added.length) {
        lineOffsets.set(added, startLine + 1);
      } else {
        const next = new Int32Array(lineOffsets.length - (endLine - startLine) + added.length);
        next.set(lineOffsets.subarray(0, startLine + 1));
        next.set(added, startLine + 1);
        next.set(lineOffsets.subarray(endLine + 1), startLine + 1 + added.length);
        this.lineOffsets = next;
      }
      const offsets = this.lineOffsets!;
      const diff = change.text.length - (endOffset - startOffset);
      if (diff !== 0) for (let index = startLine + 1 + added.length; index < offsets.length; index++) offsets[index]! += diff;
    }
    this.currentVersion = version;
  }

  positionAt(offset: number): Position {
    offset = Math.max(Math.min(offset, this.text.length), 0);
    const lineOffsets = this.getLineOffsets();
    let low = 0;
    let high = lineOffsets.length;
    if (high === 0) return { line: 0, character: offset };
    while (low < high) {
      const middle = Math.floor((low + high) / 2);
      if (lineOffsets[middle]! > offset) high = middle;
      else low = middle + 1;
    }
    // low is the least index whose line offset is past `offset`, or the count when none is.
    const line = low - 1;
    offset = this.ensureBeforeEOL(offset, lineOffsets[line]!);
    return { line, character: offset - lineOffsets[line]! };
  }

  offsetAt(position: Position): number {
    const lineOffsets = this.getLineOffsets();
    if (position.line >= lineOffsets.length) return this.text.length;
    if (position.line < 0) return 0;
    const lineOffset = lineOffsets[position.line]!;
    if (position.character <= 0) return lineOffset;
    const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1]! : this.text.length;
    const offset = Math.min(lineOffset + position.character, nextLineOffset);
    return this.ensureBeforeEOL(offset, lineOffset);
  }

  getLineRange(line: number): Range {
    const lineOffsets = this.getLineOffsets();
    if (line >= lineOffsets.length) {
      const lastLine = lineOffsets.length - 1;
      return { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: this.text.length - lineOffsets[lastLine]! } };
    }
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const startOffset = lineOffsets[line]!;
    const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1]! : this.text.length;
    const endOffset = this.ensureBeforeEOL(nextLineOffset, startOffset);
    return { start: { line, character: 0 }, end: { line, character: endOffset - startOffset } };
  }

  getEOLCharacters(line: number): string {
    const lineOffsets = this.getLineOffsets();
    if (line >= lineOffsets.length || line < 0) return '';
    const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1]! : this.text.length;
    const eolOffset = this.ensureBeforeEOL(nextLineOffset, lineOffsets[line]!);
    return this.text.slice(eolOffset, nextLineOffset);
  }

  get lineCount(): number {
    return this.getLineOffsets().length;
  }

  private getLineOffsets(): Int32Array {
    // Counted a window at a time: the whole text is never made one string for it.
    this.lineOffsets ??= lineOffsetsIn(this.text);
    return this.lineOffsets;
  }

  private ensureBeforeEOL(offset: number, lineOffset: number): number {
    while (offset > lineOffset && isEOL(this.text.charCodeAt(offset - 1))) offset--;
    return offset;
  }
}

/** The version the engine reads of an open document: a PieceDocument's own, else its text. */
export function sourceOf(document: TextDocument): SourceText {
  return document instanceof PieceDocument ? document.source : document.getText();
}

/**
 * Whether the document's text holds `search`, read a window at a time: a
 * PieceDocument's text is never made one string for it (getText() would make
 * the version flat and keep it, 10 MB for the 5 MB export).
 */
export function documentIncludes(document: TextDocument, search: string): boolean {
  if (!(document instanceof PieceDocument)) return document.getText().includes(search);
  if (search.length === 0) return true;
  const text = document.source;
  // Each window reaches search.length - 1 characters into the next, so a match across windows is seen.
  for (let at = 0; at < text.length; at += WINDOW) {
    if (text.slice(at, Math.min(text.length, at + WINDOW + search.length - 1)).includes(search)) return true;
  }
  return false;
}

function isEOL(code: number): boolean {
  return code === CARRIAGE_RETURN || code === LINE_FEED;
}

function wellFormed(range: Range): Range {
  const { start, end } = range;
  if (start.line > end.line || (start.line === end.line && start.character > end.character)) return { start: end, end: start };
  return range;
}

/** Calls `found` with each line start after a CRLF, LF or CR in `text`, plus `textOffset` (TextDocument's computeLineOffsets). */
function eachLineStart(text: string, textOffset: number, found: (start: number) => void): void {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (isEOL(code)) {
      if (code === CARRIAGE_RETURN && index + 1 < text.length && text.charCodeAt(index + 1) === LINE_FEED) index++;
      found(textOffset + index + 1);
    }
  }
}

/** The line starts after each line break of `text`, plus `textOffset`. */
function lineOffsetsOf(text: string, textOffset: number): number[] {
  const result: number[] = [];
  eachLineStart(text, textOffset, (start) => result.push(start));
  return result;
}

/** Characters read at once when counting a whole text's lines. */
const WINDOW = 65536;

/** Each window of a whole text kept in pieces, with its offset (a window ending in CR takes the LF after it along). */
function eachWindow(text: PieceText, read: (window: string, at: number) => void): void {
  for (let at = 0; at < text.length;) {
    let end = Math.min(text.length, at + WINDOW);
    if (text.charCodeAt(end - 1) === CARRIAGE_RETURN && text.charCodeAt(end) === LINE_FEED) end++;
    read(text.slice(at, end), at);
    at = end;
  }
}

/** Every line start of a whole text kept in pieces, 0 first: counted, then written into an array of that length. */
function lineOffsetsIn(text: PieceText): Int32Array {
  let count = 1;
  eachWindow(text, (window, at) => eachLineStart(window, at, () => count++));
  const result = new Int32Array(count);
  let next = 1;
  eachWindow(text, (window, at) => eachLineStart(window, at, (start) => (result[next++] = start)));
  return result;
}

/**
 * The change in UTF-8 bytes of one incremental change: the replaced stretch
 * and the text put there, each with one code unit more on either side, so a
 * surrogate pair the edit splits or joins is counted whole on both sides (a
 * pair across the window's own edge is outside the edit, the same before and after).
 */
function sizeDelta(before: SourceText, after: SourceText, start: number, end: number, inserted: number): number {
  const from = Math.max(0, start - 1);
  const oldWindow = before.slice(from, Math.min(before.length, end + 1));
  const newWindow = after.slice(from, Math.min(after.length, start + inserted + 1));
  return Buffer.byteLength(newWindow, 'utf8') - Buffer.byteLength(oldWindow, 'utf8');
}
