// Replylint's own YAML data (packs, dialects), from the JSON the build made of
// it when that JSON is of this very text, else undefined and the YAML is parsed.
// The .vsix ships that data once, in the bundle: its rules/ holds no packs,
// dialects or structure files, and what is not on disk is the bundle's copy.

import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { PRECOMPILED } from './precompiled';

const relativeOf = (rulesDir: string, file: string) => path.relative(rulesDir, file).split(path.sep).join('/');

/** The data of `file` (under the built-in rules folder `rulesDir`) whose text is `text`. */
export function precompiledData(rulesDir: string, file: string, text: string): unknown {
  const entry = PRECOMPILED[relativeOf(rulesDir, file)];
  if (!entry || entry.sha1 !== createHash('sha1').update(text).digest('hex')) return undefined;
  return JSON.parse(entry.json);
}

const shipped = new Map<string, unknown>();

/** The bundle's data of `file`, for a built-in file not on disk, parsed once; undefined when the bundle has none. */
export function shippedData(rulesDir: string, file: string): unknown {
  const relative = relativeOf(rulesDir, file);
  if (!shipped.has(relative)) {
    const entry = PRECOMPILED[relative];
    shipped.set(relative, entry ? JSON.parse(entry.json) : undefined);
  }
  return shipped.get(relative);
}

/** The names of the YAML files the bundle carries in folder `dir` of rules/ ('recommended'), in build order. */
export function shippedNames(dir: string): string[] {
  const prefix = `${dir}/`;
  return Object.keys(PRECOMPILED)
    .filter((relative) => relative.startsWith(prefix) && !relative.includes('/', prefix.length))
    .map((relative) => relative.slice(prefix.length));
}

/** The folders of rules/ the bundle carries YAML files of. */
export function shippedFolders(): string[] {
  return [...new Set(Object.keys(PRECOMPILED).map((relative) => relative.split('/')[0]!))];
}
