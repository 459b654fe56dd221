// Finds the files to lint and reads them safely: binary, oversized and
// unreadable files are reported, never parsed.

import * as fs from 'node:fs';
import * as path from 'node:path';

// JSON and YAML files count when they are macro exports; others have no reply units.
export const LINTED_EXTENSIONS = ['.md', '.markdown', '.txt', '.html', '.htm', '.json', '.yaml', '.yml'];
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.vscode-test']);

export interface FileProblem {
  file: string;
  message: string;
}

/** Expands paths (files and folders) into the files to lint, sorted, without duplicates. */
export function collectFiles(paths: string[], problems: FileProblem[]): string[] {
  const files = new Set<string>();
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      problems.push({ file: dir, message: `Cannot read folder: ${(error as Error).message}` });
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name) && !entry.name.startsWith('.')) walk(full);
      } else if (entry.isFile() && !entry.name.startsWith('.') && LINTED_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) {
        files.add(full);
      }
    }
  };
  for (const given of paths) {
    const full = path.resolve(given);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(full);
    } catch {
      problems.push({ file: given, message: 'No such file or folder.' });
      continue;
    }
    if (stat.isDirectory()) walk(full);
    else files.add(full);
  }
  return [...files].sort();
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
