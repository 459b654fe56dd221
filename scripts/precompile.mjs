// The built-in packs and placeholder dialects as JSON, for the bundles: parsing
// their YAML was most of a cold start. Each entry keeps the SHA-1 of the YAML file's
// bytes, so a YAML file edited after the build is parsed again, never shadowed.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { parseDocument } from 'yaml';

/** Folders of rules/ holding YAML the engine reads at run time (schema/ is bundled as JSON already). */
const DATA_DIRS = ['recommended', 'strict', 'placeholders', 'structure'];

const sha1 = (bytes) => createHash('sha1').update(bytes).digest('hex');

/**
 * YAML files under rulesDir by their posix path relative to it, with their data as JSON text. `exampleTexts`: each
 * bad example as its text alone, what the language server shows of a built-in pack's examples (the hover, a rule's
 * docs): their spans, outputs and suggestions are for test-pack, which the server runs on a workspace's own packs only
 * (about 77 KB of the .vsix).
 */
export function precompileRules(rulesDir, { exampleTexts = false } = {}) {
  const entries = {};
  for (const dir of DATA_DIRS) {
    for (const name of fs.readdirSync(path.join(rulesDir, dir)).sort()) {
      if (!name.endsWith('.yaml')) continue;
      const file = path.join(rulesDir, dir, name);
      const bytes = fs.readFileSync(file);
      const text = bytes.toString('utf8');
      // The options parsePack reads packs with.
      const document = parseDocument(text, { uniqueKeys: false, prettyErrors: false });
      if (document.errors.length > 0) throw new Error(`${file}: ${document.errors[0].message}`);
      const data = document.toJS({ maxAliasCount: 100 });
      if (exampleTexts) keepExampleTexts(data);
      entries[`${dir}/${name}`] = { sha1: sha1(bytes), json: JSON.stringify(data) };
    }
  }
  return entries;
}

/** A pack's bad examples as their texts. */
function keepExampleTexts(data) {
  for (const rule of Object.values(data?.rules ?? {})) {
    const bad = rule?.examples?.bad;
    if (Array.isArray(bad)) rule.examples.bad = bad.map((example) => (typeof example === 'string' ? example : example.text));
  }
}

/** The file beside the bundle that holds the rules' descriptions and examples a bundle ships apart (`ruleDocs`). */
export const RULE_DOCS_FILE = 'rule-docs.json.br';

/**
 * The entries with each rule's description and examples taken out, and those as `docs`, by file and rule id. The
 * language server shows them (a hover, a rule's docs) and never lints with them: they were about 0.6 MB of server.js.
 */
export function splitRuleDocs(entries) {
  const packs = {};
  const docs = {};
  for (const [key, entry] of Object.entries(entries)) {
    const data = JSON.parse(entry.json);
    for (const [id, rule] of Object.entries(data?.rules ?? {})) {
      const { description, examples } = rule;
      if (description === undefined && examples === undefined) continue;
      delete rule.description;
      delete rule.examples;
      (docs[key] ??= {})[id] = { description, examples };
    }
    packs[key] = { sha1: entry.sha1, json: JSON.stringify(data) };
  }
  return { packs, docs };
}

/** The docs of splitRuleDocs as the file the bundle reads: brotli keeps them a quarter of their size in the .vsix. */
export function ruleDocsFile(docs) {
  return zlib.brotliCompressSync(JSON.stringify(docs));
}

/** The file beside the bundle that holds the entries' JSON a bundle ships apart (`packsFile`), read at the first built-in file read. */
export const PACKS_FILE = 'packs.json.br';

/**
 * The entries' JSON, UTF-8, one after another, as the bytes of PACKS_FILE brotli-compressed (0.8 MB in the server's
 * bundle, 0.15 MB so), and each entry's SHA-1 and byte span, which the bundle keeps: an entry is decoded alone, so
 * one in ASCII is a one-byte string, as it was in the bundle.
 */
export function packsFile(entries) {
  const parts = [];
  const spans = {};
  let length = 0;
  for (const [key, { sha1, json }] of Object.entries(entries)) {
    const bytes = Buffer.from(json, 'utf8');
    spans[key] = { sha1, from: length, to: length + bytes.length };
    parts.push(bytes);
    length += bytes.length;
  }
  return { bytes: zlib.brotliCompressSync(Buffer.concat(parts)), entries: spans };
}

/**
 * The source of server/src/engine/config/precompiled.ts in the bundles, and the files to write beside the bundle, by
 * name. `ruleDocs`: the rules' descriptions and examples are left to RULE_DOCS_FILE (splitRuleDocs). `packsFile`: the
 * entries' JSON is left to PACKS_FILE (packsFile).
 */
export function precompiledModule(rulesDir, { ruleDocs = false, packsFile: shipsPacks = false, ...options } = {}) {
  let entries = precompileRules(rulesDir, options);
  const files = {};
  if (ruleDocs) {
    const { packs, docs } = splitRuleDocs(entries);
    entries = packs;
    files[RULE_DOCS_FILE] = ruleDocsFile(docs);
  }
  let packs;
  if (shipsPacks) {
    const { bytes, entries: spans } = packsFile(entries);
    files[PACKS_FILE] = bytes;
    packs = { name: PACKS_FILE, entries: spans };
  }
  const source = [
    `export const PRECOMPILED = ${shipsPacks ? '{}' : JSON.stringify(entries)};`,
    `export const PACKS_FILE = ${shipsPacks ? JSON.stringify(packs) : 'undefined'};`,
    `export const RULE_DOCS_FILE = ${ruleDocs ? JSON.stringify(RULE_DOCS_FILE) : 'undefined'};`,
  ];
  return { source: `${source.join('\n')}\n`, files };
}

/** The YAML files precompileRules reads, for watch mode. */
export function precompiledSources(rulesDir) {
  return DATA_DIRS.flatMap((dir) =>
    fs
      .readdirSync(path.join(rulesDir, dir))
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => path.join(rulesDir, dir, name)),
  );
}

/**
 * The source of server/src/engine/config/config-validator.ts in the bundles: the
 * schema check as code, made with that module's Ajv options.
 */
export function configValidatorModule(rulesDir) {
  const schema = JSON.parse(fs.readFileSync(path.join(rulesDir, 'schema', 'config.schema.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, strictRequired: false, code: { source: true, esm: true } });
  ajv.addSchema(schema);
  return standaloneCode(ajv, { validateConfig: schema.$id });
}

/**
 * The source of server/src/engine/rules/pack-validator.ts in the bundles: the
 * pack schema check as code, made with that module's Ajv options.
 */
export function packValidatorModule(rulesDir) {
  const schema = JSON.parse(fs.readFileSync(path.join(rulesDir, 'schema', 'pack.schema.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, strictRequired: false, code: { source: true, esm: true } });
  ajv.addSchema(schema);
  return standaloneCode(ajv, { validatePack: schema.$id });
}

/**
 * The esbuild plugin that does this work at build time instead of at every
 * start: the built-in YAML as JSON in place of the empty precompiled.ts of
 * the sources, and the config and pack schema checks as code in place of
 * config-validator.ts and pack-validator.ts, which compile them. Used by every bundle that runs the
 * engine (scripts/build.mjs, the benchmark's cold-start entry).
 */
export function precompiledRulesPlugin(rulesDir, options) {
  return {
    name: 'precompiled-rules',
    setup(build) {
      let files = {};
      build.onLoad({ filter: /[\\/]engine[\\/]config[\\/]precompiled\.ts$/ }, () => {
        const module = precompiledModule(rulesDir, options);
        files = module.files;
        return { contents: module.source, loader: 'ts', watchFiles: precompiledSources(rulesDir) };
      });
      // Beside the bundle, where the engine reads them (config/builtin-data.ts).
      build.onEnd((result) => {
        if (result.errors.length > 0) return;
        const { outdir, absWorkingDir = process.cwd() } = build.initialOptions;
        for (const [name, bytes] of Object.entries(files)) fs.writeFileSync(path.resolve(absWorkingDir, outdir, name), bytes);
      });
      build.onLoad({ filter: /[\\/]engine[\\/]config[\\/]config-validator\.ts$/ }, () => ({
        contents: configValidatorModule(rulesDir),
        loader: 'js',
        // Its code requires ajv's small runtime helpers from node_modules.
        resolveDir: path.dirname(rulesDir),
        watchFiles: [path.join(rulesDir, 'schema', 'config.schema.json')],
      }));
      build.onLoad({ filter: /[\\/]engine[\\/]rules[\\/]pack-validator\.ts$/ }, () => ({
        contents: packValidatorModule(rulesDir),
        loader: 'js',
        resolveDir: path.dirname(rulesDir),
        watchFiles: [path.join(rulesDir, 'schema', 'pack.schema.json')],
      }));
    },
  };
}
