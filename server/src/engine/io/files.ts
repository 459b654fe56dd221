// Which files are replies, and reading them safely: binary, oversized and
// unreadable files are reported, never parsed.

import * as fs from 'node:fs';

// JSON and YAML files count when they are macro exports; others have no reply units.
export const LINTED_EXTENSIONS = ['.md', '.markdown', '.txt', '.html', '.htm', '.json', '.yaml', '.yml'];

export interface FileProblem {
  file: string;
  message: string;
}

export type ReadResult = { text: string; bom: boolean } | { skipped: string };

/** Reads a file as UTF-8 text, or says why it is skipped. */
export function readTextFile(file: string, maxBytes: number): ReadResult {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch (error) {
    return { skipped: `Cannot read: ${(error as Error).message}` };
  }
  if (size > maxBytes) {
    return { skipped: `Skipped: ${size} bytes is over the ${maxBytes}-byte limit (--max-file-size).` };
  }
  const bytes = fs.readFileSync(file);
  if (bytes.subarray(0, 8192).includes(0)) return { skipped: 'Skipped: binary file.' };
  // Editors hide a byte-order mark; columns are counted without it, and --fix puts it back.
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { text, bom };
}
