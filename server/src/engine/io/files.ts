// Which files are replies, and reading them safely: binary, oversized and
// unreadable files are reported, never parsed.

import { isUtf8 } from 'node:buffer';
import * as fs from 'node:fs';
import type { MessageRef } from '../types';

// JSON and YAML files count when they are macro exports; others have no reply units.
export const LINTED_EXTENSIONS = ['.md', '.markdown', '.txt', '.html', '.htm', '.json', '.yaml', '.yml', '.xml', '.po'];

export interface FileProblem {
  file: string;
  message: string;
}

/** Why a file was not read, as message ids of the catalogs (rules/messages) whose English text the command line writes. */
export const FILE_SKIP_IDS = ['file.unreadable', 'file.notRegular', 'file.tooLarge', 'file.binary'] as const;

/** Why a file was skipped: a catalog message, so the editor says it in its display language. */
export interface FileSkipReason extends MessageRef {
  id: (typeof FILE_SKIP_IDS)[number];
}

/**
 * Why a file could not be read: not a regular file, over the limit, or an error of the system. `message` is said of
 * a config or pack file; `reason` of a reply file, which is skipped.
 */
export class FileReadError extends Error {
  constructor(
    message: string,
    readonly reason: FileSkipReason,
  ) {
    super(message);
  }
}

/** The system's own words on why a file cannot be opened or read (ENOENT …), in both of FileReadError's forms. */
function unreadable(error: unknown): FileReadError {
  const detail = (error as Error).message;
  return new FileReadError(`Cannot read: ${detail}`, { id: 'file.unreadable', args: { detail } });
}

/**
 * A regular file's bytes, read with a bound: opened without blocking (a FIFO
 * would wait for a writer), checked with fstat on that open descriptor (so a
 * symlink swapped in between changes nothing), refused when it is not a
 * regular file (/dev/zero, a FIFO, a folder) or over `maxBytes`, and read
 * only up to the size fstat gave, never to the end of whatever it is.
 */
export function readBoundedFile(file: string, maxBytes: number, limitName: string): Buffer {
  let descriptor: number;
  try {
    descriptor = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw unreadable(error);
  }
  try {
    const stat = fs.fstatSync(descriptor);
    if (!stat.isFile()) throw new FileReadError('Not a regular file (a device, FIFO or folder): not read.', { id: 'file.notRegular' });
    if (stat.size > maxBytes) {
      throw new FileReadError(`${stat.size} bytes is over the ${maxBytes}-byte limit (${limitName}).`, {
        id: 'file.tooLarge',
        args: { size: String(stat.size), limit: String(maxBytes), setting: limitName },
      });
    }
    const bytes = Buffer.alloc(stat.size);
    let filled = 0;
    while (filled < bytes.length) {
      const read = fs.readSync(descriptor, bytes, filled, bytes.length - filled, filled);
      if (read === 0) break;
      filled += read;
    }
    return filled === bytes.length ? bytes : bytes.subarray(0, filled);
  } catch (error) {
    if (error instanceof FileReadError) throw error;
    throw unreadable(error);
  } finally {
    fs.closeSync(descriptor);
  }
}

/**
 * How a text file's bytes are written: UTF-8 (with or without a byte-order mark), or UTF-16 told by its byte-order
 * mark, as Windows Notepad's "Unicode" and Excel's "Unicode text" save it (VS Code opens those as text too).
 */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/**
 * A file's text as read. `bom`: the file starts with a byte-order mark (left out of `text`: editors hide it, columns
 * are counted without it, and --fix puts it back). `valid` false: the bytes are not valid in their encoding (UTF-8,
 * or UTF-16: an odd length, a lone surrogate) and the text shows each invalid sequence as U+FFFD, so writing it back
 * would change those bytes.
 */
export type ReadResult = { text: string; bom: boolean; encoding: TextEncoding; valid: boolean } | { skipped: FileSkipReason };

/** UTF-16 with a byte-order mark: the encoding its first two bytes name, else undefined (UTF-8 is read as it is). */
function utf16Of(bytes: Buffer): TextEncoding | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** Bytes of text in a file's own encoding, the byte-order mark first when it had one (what --fix writes back). */
export function encodeText(text: string, encoding: TextEncoding, bom: boolean): Buffer {
  const withMark = (bom ? '\ufeff' : '') + text;
  if (encoding === 'utf-8') return Buffer.from(withMark, 'utf8');
  const bytes = Buffer.from(withMark, 'utf16le');
  return encoding === 'utf-16be' ? bytes.swap16() : bytes;
}

/** A config's or pack's bytes as text: UTF-16 when its byte-order mark says so (read as the replies are), else UTF-8. */
export function decodeDataText(bytes: Buffer): string {
  const utf16 = utf16Of(bytes);
  return utf16 ? new TextDecoder(utf16, { fatal: false, ignoreBOM: false }).decode(bytes) : bytes.toString('utf8');
}

/** Reads a file as text (UTF-8, or UTF-16 with a byte-order mark or without one), or says why it is skipped (the command line in English, the editor in its language). */
export function readTextFile(file: string, maxBytes: number, limitName = '--max-file-size'): ReadResult {
  let bytes: Buffer;
  try {
    bytes = readBoundedFile(file, maxBytes, limitName);
  } catch (error) {
    if (!(error instanceof FileReadError)) throw error;
    return { skipped: error.reason };
  }
  return decodeText(bytes);
}

/** How much of a file's start tells binary from text, and UTF-16 without a byte-order mark from either. */
const SNIFF_BYTES = 8192;
/**
 * UTF-16 with no byte-order mark (an export tool's or a script's "Unicode" file): an even length and, in its first pairs
 * of bytes, every NUL on the same side of its pair (the high byte of a character of the Latin range, first in
 * big-endian), at least half the characters printable ASCII and none a control code. Binary has NULs on both sides, an
 * odd length, or pairs that decode to control codes or to characters far from ASCII.
 */
function unmarkedUtf16Of(bytes: Buffer): TextEncoding | undefined {
  if (bytes.length % 2 !== 0) return undefined;
  const sample = bytes.subarray(0, Math.min(bytes.length, SNIFF_BYTES));
  let even = 0;
  let odd = 0;
  for (let index = 0; index < sample.length; index++) {
    if (sample[index] !== 0) continue;
    if (index % 2 === 0) even++;
    else odd++;
  }
  const encoding = odd > 0 && even === 0 ? 'utf-16le' : even > 0 && odd === 0 ? 'utf-16be' : undefined;
  if (!encoding) return undefined;
  const text = new TextDecoder(encoding, { fatal: false, ignoreBOM: true }).decode(sample);
  let ascii = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) return undefined;
    if (code < 0x7f) ascii++;
  }
  return ascii * 2 >= text.length ? encoding : undefined;
}

/**
 * A file's or standard input's bytes as text (UTF-8, or UTF-16 with a byte-order mark or, told by its NULs, without
 * one), or skipped as binary.
 */
export function decodeText(bytes: Buffer): ReadResult {
  const marked = utf16Of(bytes);
  const utf16 = marked ?? (bytes.subarray(0, SNIFF_BYTES).includes(0) ? unmarkedUtf16Of(bytes) : undefined);
  if (utf16) {
    // Every other byte of English in UTF-16 is NUL, so the binary test below would skip it: decoded, a NUL is binary.
    let text: string;
    let valid = true;
    try {
      text = new TextDecoder(utf16, { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      // An odd length or a lone surrogate: shown as U+FFFD, as VS Code shows it.
      text = new TextDecoder(utf16, { fatal: false, ignoreBOM: false }).decode(bytes);
      valid = false;
    }
    if (text.slice(0, SNIFF_BYTES).includes('\u0000')) return { skipped: { id: 'file.binary' } };
    return { text, bom: marked !== undefined, encoding: utf16, valid };
  }
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) return { skipped: { id: 'file.binary' } };
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { text, bom, encoding: 'utf-8', valid: isUtf8(bytes) };
}
