// What the bundles carry precompiled (scripts/precompile.mjs): the built-in
// YAML as JSON, the same data and used only for the very text it was made
// from; the config schema check as code, answering as the compiled one does.
import { transformSync } from 'esbuild';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { brotliDecompressSync } from 'node:zlib';
import { parse } from 'yaml';
import {
  PACKS_FILE,
  RULE_DOCS_FILE,
  configValidatorModule,
  packValidatorModule,
  packsFile,
  precompileRules,
  splitRuleDocs,
} from '../../scripts/precompile.mjs';
import { precompiledData } from '../../server/src/engine/config/builtin-data';
import { validateConfig } from '../../server/src/engine/config/config-validator';
import { builtinPackNames, builtinRulesDir } from '../../server/src/engine/config/pack-resolver';
import { PRECOMPILED } from '../../server/src/engine/config/precompiled';
import { parsePack } from '../../server/src/engine/rules/pack';
import { validatePack } from '../../server/src/engine/rules/pack-validator';
import { CLI_BUNDLE, REPO_ROOT, SERVER_BUNDLE, ensureBuilt } from '../support/build';

describe('precompiled built-in rules', () => {
  const rulesDir = builtinRulesDir();
  const entries = precompileRules(rulesDir);
  const fileOf = (key: string) => path.join(rulesDir, ...key.split('/'));

  it('has every built-in pack, the placeholder dialects, the footers and the grammar', () => {
    const packs = builtinPackNames().flatMap((pack) => fs.readdirSync(path.join(rulesDir, pack)).map((name) => `${pack}/${name}`));
    assert.deepEqual(Object.keys(entries).sort(), [...packs, 'placeholders/dialects.yaml', 'structure/footers.yaml', 'structure/grammar.yaml'].sort());
  });

  it('equals what the YAML parsers make of each file', () => {
    for (const [key, entry] of Object.entries(entries)) {
      const text = fs.readFileSync(fileOf(key), 'utf8');
      const expected: unknown = key.startsWith('placeholders/') || key.startsWith('structure/') ? parse(text) : parsePack(text).pack;
      assert.ok(expected, `${key} does not parse`);
      assert.deepEqual(JSON.parse(entry.json), expected, key);
    }
  });

  it("keeps a bad example's text alone for the language server, and nothing else changed", () => {
    const texts = precompileRules(rulesDir, { exampleTexts: true });
    type Pack = { rules?: Record<string, { examples?: { bad?: (string | { text: string })[] } }> };
    let objects = 0;
    for (const [key, entry] of Object.entries(entries)) {
      const whole = JSON.parse(entry.json) as Pack;
      for (const rule of Object.values(whole.rules ?? {})) {
        const bad = rule.examples?.bad;
        if (!bad) continue;
        objects += bad.filter((example) => typeof example !== 'string').length;
        rule.examples!.bad = bad.map((example) => (typeof example === 'string' ? example : example.text));
      }
      assert.deepEqual(JSON.parse(texts[key]!.json), whole, key);
      assert.equal(texts[key]!.sha1, entry.sha1, key);
    }
    assert.ok(objects > 0, 'no bad example was written with its span: the case is not exercised');
  });

  it("leaves the rules' descriptions and examples to a file of their own for the language server, and loses none", () => {
    const texts = precompileRules(rulesDir, { exampleTexts: true });
    const { packs, docs } = splitRuleDocs(texts);
    type Pack = { rules?: Record<string, Record<string, unknown>> };
    let described = 0;
    for (const [key, entry] of Object.entries(texts)) {
      const pack = JSON.parse(packs[key]!.json) as Pack;
      assert.equal(packs[key]!.sha1, entry.sha1, key);
      for (const [id, rule] of Object.entries(pack.rules ?? {})) {
        assert.ok(!('description' in rule) && !('examples' in rule), `${key} ${id} keeps its docs`);
        // As the file carries them: JSON.
        Object.assign(rule, JSON.parse(JSON.stringify(docs[key]?.[id] ?? {})) as object);
        if (rule.description !== undefined) described++;
      }
      assert.deepEqual(pack, JSON.parse(entry.json), key);
    }
    assert.ok(described > 100, `${described} descriptions`);
    ensureBuilt();
    const shipped = JSON.parse(brotliDecompressSync(fs.readFileSync(path.join(path.dirname(SERVER_BUNDLE), RULE_DOCS_FILE))).toString('utf8')) as unknown;
    assert.deepEqual(shipped, JSON.parse(JSON.stringify(docs)));
    const opening = docs['recommended/en.yaml']!['deferral/vague-timeframe']!.description!.slice(0, 60);
    assert.ok(!fs.readFileSync(SERVER_BUNDLE, 'utf8').includes(opening), 'server.js still carries the descriptions');
  });

  describe('lookup', () => {
    before(() => Object.assign(PRECOMPILED, entries));
    after(() => {
      for (const key of Object.keys(entries)) delete PRECOMPILED[key];
    });

    it('answers for the bytes it was made from', () => {
      const file = fileOf('recommended/en.yaml');
      assert.deepEqual(precompiledData(rulesDir, file, fs.readFileSync(file)), parsePack(fs.readFileSync(file, 'utf8')).pack);
    });

    it('leaves an edited file to the YAML parser', () => {
      const file = fileOf('recommended/en.yaml');
      assert.equal(precompiledData(rulesDir, file, Buffer.from(`${fs.readFileSync(file, 'utf8')}\n# edited\n`)), undefined);
    });

    it('knows nothing of files outside the built-in rules', () => {
      assert.equal(precompiledData(rulesDir, path.join(rulesDir, '..', 'en.yaml'), Buffer.from('rules: {}')), undefined);
    });
  });

  it('is in the CLI bundle, and beside the server bundle, compressed, with nothing else', () => {
    ensureBuilt();
    const { sha1, json } = entries['recommended/en.yaml']!;
    // The longest stretch of a rule's message between quotes: written alike in a bundle's JSON, escaped or not.
    const { message: whole } = (JSON.parse(json) as { rules: Record<string, { message: string }> }).rules['deferral/vague-timeframe']!;
    const message = whole.split('"').reduce((longest, part) => (part.length > longest.length ? part : longest));
    const cli = fs.readFileSync(CLI_BUNDLE, 'utf8');
    assert.ok(cli.includes(sha1) && cli.includes(message), 'cli.js lacks the precompiled packs');
    // The server's entries (bad examples as their texts, descriptions and examples left to RULE_DOCS_FILE), each entry's
    // JSON at the byte span the bundle keeps.
    const expected = splitRuleDocs(precompileRules(rulesDir, { exampleTexts: true })).packs;
    const { bytes, entries: spans } = packsFile(expected);
    const file = fs.readFileSync(path.join(path.dirname(SERVER_BUNDLE), PACKS_FILE));
    assert.ok(bytes.equals(file), 'packs.json.br is not of these packs');
    const text = brotliDecompressSync(file);
    assert.deepEqual(Object.keys(spans), Object.keys(expected));
    for (const [key, { sha1, from, to }] of Object.entries(spans)) {
      assert.equal(sha1, expected[key]!.sha1, key);
      assert.equal(text.toString('utf8', from, to), expected[key]!.json, key);
    }
    // The SHA-1s stay in the bundle (its identity covers the data's), the JSON does not.
    const server = fs.readFileSync(SERVER_BUNDLE, 'utf8');
    assert.ok(server.includes(sha1) && !server.includes(message), 'server.js still carries the packs');
  });
});

/** A module of precompile.mjs's generated code, run as Node runs a CommonJS file: its code wrapped in a function of module, exports and require. */
function runModule<T>(source: string): T {
  const { code } = transformSync(source, { format: 'cjs' });
  const module = { exports: {} as T };
  const run = vm.compileFunction(code, ['module', 'exports', 'require']) as (m: typeof module, e: T, r: NodeJS.Require) => void;
  run(module, module.exports, createRequire(path.join(REPO_ROOT, 'package.json')));
  return module.exports;
}

describe('precompiled config schema check', () => {
  const precompiled = runModule<{ validateConfig: typeof validateConfig }>(configValidatorModule(path.join(REPO_ROOT, 'rules'))).validateConfig;

  const configs: Record<string, unknown> = {
    'the team example': parse(fs.readFileSync(path.join(REPO_ROOT, 'examples', 'team', '.replylint.yaml'), 'utf8')) as unknown,
    'every key': {
      root: true,
      language: 'auto',
      extends: ['recommended', './packs/acme.yaml'],
      placeholders: 'zendesk',
      audience: 'internal',
      exports: { body: ['content'], title: ['name'] },
      rules: { 'tone/condescending': 'off', clarity: 'info', 'clarity/long-sentence': { max: 30 } },
      vocabulary: { reject: ['L2', { term: 'Zephyr', replace: ['your order page'] }], accept: ['Acme Cloud'] },
      overrides: [{ files: ['internal/**'], audience: 'internal' }],
      ignore: ['archive/**'],
    },
    'unknown keys': { colour: 'red', overrides: [{ files: ['a'], colour: 'blue' }] },
    'wrong types and values': { language: 3, audience: 'everyone', rules: { 'tone/condescending': 'loud' }, extends: 'recommended' },
    'an override without files': { overrides: [{ audience: 'internal' }] },
  };

  for (const [name, config] of Object.entries(configs)) {
    it(`answers as the compiled check for ${name}`, () => {
      const valid = validateConfig(config);
      assert.equal(precompiled(config), valid);
      assert.deepEqual(precompiled.errors ?? null, validateConfig.errors ?? null);
    });
  }
});

describe('precompiled pack schema check', () => {
  const precompiled = runModule<{ validatePack: typeof validatePack }>(packValidatorModule(path.join(REPO_ROOT, 'rules'))).validatePack;
  const rulesDir = builtinRulesDir();
  const rule = { kind: 'phrase', category: 'tone', message: 'Say it plainly.', phrases: ['just'] };

  const packs: Record<string, unknown> = {
    ...Object.fromEntries(
      builtinPackNames().flatMap((pack) =>
        fs
          .readdirSync(path.join(rulesDir, pack))
          .map((name) => [`${pack}/${name}`, parse(fs.readFileSync(path.join(rulesDir, pack, name), 'utf8')) as unknown]),
      ),
    ),
    'a small team pack': { name: 'acme', language: 'en', rules: { 'tone/acme-just': rule } },
    'unknown keys': { colour: 'red', rules: { 'tone/a': { ...rule, colour: 'blue' } } },
    'wrong types and values': {
      language: 'english',
      rules: {
        'Tone/Bad': rule,
        'tone/b': { ...rule, severity: 'loud', phrases: ['ok', { phrase: 3, fix: 4 }], unless: { before: [] }, suggest: {} },
        'clarity/c': { kind: 'metric', category: 'clarity', message: 'm', measure: 'words', max: 0 },
      },
    },
    'a rule without what its kind needs': {
      rules: { 'tone/d': { kind: 'phrase', category: 'tone', message: 'm' }, 'tone/e': { kind: 'conditional', category: 'tone', message: 'm' } },
    },
    'no rules': { name: 'empty' },
  };

  for (const [name, pack] of Object.entries(packs)) {
    it(`answers as the compiled check for ${name}`, () => {
      const valid = validatePack(pack);
      assert.equal(precompiled(pack), valid);
      assert.deepEqual(precompiled.errors ?? null, validatePack.errors ?? null);
    });
  }

  it('replaces the compiler in the bundles, which carry no schema compiler', () => {
    ensureBuilt();
    // Strings a minified (production) build keeps too: a schema path only the generated check holds, and a message of ajv's compiler.
    for (const bundle of [SERVER_BUNDLE, CLI_BUNDLE]) {
      const text = fs.readFileSync(bundle, 'utf8');
      assert.ok(text.includes('#/definitions/suggest/properties/replace/minItems'), `${path.basename(bundle)} lacks the pack schema check`);
      assert.ok(!text.includes('keywords option as map is deprecated'), `${path.basename(bundle)} carries ajv's schema compiler`);
    }
  });
});
