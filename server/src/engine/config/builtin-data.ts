// Replylint's own YAML data (packs, dialects), from the JSON the build made of
// it when that JSON is of this very text, else undefined and the YAML is parsed.
// The .vsix ships that data once, with the bundle: its rules/ holds no packs,
// dialects or structure files, and what is not on disk is the bundle's copy.

import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import type { RuleSpec } from '../rules/pack';
import { PACKS_FILE, PRECOMPILED, RULE_DOCS_FILE } from './precompiled';

const relativeOf = (rulesDir: string, file: string) => path.relative(rulesDir, file).split(path.sep).join('/');

/** A file beside the bundle that the build wrote brotli-compressed (scripts/precompile.mjs). */
const shippedBytes = (name: string) => brotliDecompressSync(fs.readFileSync(path.join(__dirname, name)));

let entries: typeof PRECOMPILED | undefined;

/** The bundle's entries: PRECOMPILED, or those whose JSON the server's bundle ships in PACKS_FILE, read at the first one asked for. */
function precompiledEntries(): typeof PRECOMPILED {
  if (entries) return entries;
  if (PACKS_FILE === undefined) return (entries = PRECOMPILED);
  // Each entry's JSON decoded alone, when it is asked for (scripts/precompile.mjs packsFile): a start reads a few.
  const bytes = shippedBytes(PACKS_FILE.name);
  const spans = Object.entries(PACKS_FILE.entries);
  return (entries = Object.fromEntries(
    spans.map(([relative, { sha1, from, to }]) => [
      relative,
      {
        sha1,
        get json() {
          return bytes.toString('utf8', from, to);
        },
      },
    ]),
  ));
}

/** The data of `file` (under the built-in rules folder `rulesDir`) whose bytes are `bytes`. */
export function precompiledData(rulesDir: string, file: string, bytes: Buffer): unknown {
  const entry = precompiledEntries()[relativeOf(rulesDir, file)];
  if (!entry || entry.sha1 !== createHash('sha1').update(bytes).digest('hex')) return undefined;
  return parseEntry(relativeOf(rulesDir, file), entry.json);
}

/** An entry's data; where the bundle ships its rules' descriptions and examples apart, each rule says from which file. */
function parseEntry(relative: string, json: string): unknown {
  const data = JSON.parse(json) as { rules?: Record<string, RuleSpec> };
  if (RULE_DOCS_FILE !== undefined) for (const rule of Object.values(data.rules ?? {})) rule.docsIn = relative;
  return data;
}

/** The descriptions and examples of RULE_DOCS_FILE by file and rule id, read at the first rule shown. */
let shippedDocs: Record<string, Record<string, Pick<RuleSpec, 'description' | 'examples'>>> | undefined;

/** The description and examples of rule `id` of the built-in `file` (RuleSpec.docsIn), from the file beside the bundle. */
export function shippedRuleDocs(file: string, id: string): Pick<RuleSpec, 'description' | 'examples'> | undefined {
  // Only a bundle that names RULE_DOCS_FILE sets docsIn (parseEntry).
  shippedDocs ??= JSON.parse(shippedBytes(RULE_DOCS_FILE!).toString('utf8')) as NonNullable<typeof shippedDocs>;
  return shippedDocs[file]?.[id];
}

const shipped = new Map<string, unknown>();

/** The bundle's data of `file`, for a built-in file not on disk, parsed once; undefined when the bundle has none. */
export function shippedData(rulesDir: string, file: string): unknown {
  const relative = relativeOf(rulesDir, file);
  if (!shipped.has(relative)) {
    const entry = precompiledEntries()[relative];
    shipped.set(relative, entry ? parseEntry(relative, entry.json) : undefined);
  }
  return shipped.get(relative);
}

/** The names of the YAML files the bundle carries in folder `dir` of rules/ ('recommended'), in build order. */
export function shippedNames(dir: string): string[] {
  const prefix = `${dir}/`;
  return Object.keys(precompiledEntries())
    .filter((relative) => relative.startsWith(prefix) && !relative.includes('/', prefix.length))
    .map((relative) => relative.slice(prefix.length));
}

/** The folders of rules/ the bundle carries YAML files of. */
export function shippedFolders(): string[] {
  return [...new Set(Object.keys(precompiledEntries()).map((relative) => relative.split('/')[0]!))];
}
