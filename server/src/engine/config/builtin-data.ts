// Replylint's own YAML data (packs, dialects), from the JSON the build made of
// it when that JSON is of this very text, else undefined and the YAML is parsed.

import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { PRECOMPILED } from './precompiled';

/** The data of `file` (under the built-in rules folder `rulesDir`) whose text is `text`. */
export function precompiledData(rulesDir: string, file: string, text: string): unknown {
  const entry = PRECOMPILED[path.relative(rulesDir, file).split(path.sep).join('/')];
  if (!entry || entry.sha1 !== createHash('sha1').update(text).digest('hex')) return undefined;
  return JSON.parse(entry.json);
}
