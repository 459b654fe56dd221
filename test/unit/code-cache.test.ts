// The bins start their bundle with a V8 code cache (bin/load-bundle.js): written by a run that
// finds none, used only for the very bundle it was made from.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import type { Script } from 'node:vm';
import { BUNDLE_SHA1_LINE, BUNDLE_SHA1_PLACEHOLDER } from '../../scripts/bundle-id.mjs';
import { CLI_BUNDLE, REPO_ROOT, ensureBuilt } from '../support/build';
import { tempDir } from '../support/cli';

const { loadBundle, compileBundle, cacheFiles } = createRequire(__filename)('../../bin/load-bundle.js') as {
  loadBundle: (file: string) => Record<string, unknown>;
  compileBundle: (file: string) => Script;
  cacheFiles: (file: string, key: string) => string[];
};

const bundleText = (value: string) =>
  `var value = "${value}";\nmodule.exports = { value, dir: __dirname, read: () => require("node:path").basename(__filename) };\n`;

function withCacheHome<T>(home: string, run: () => T): T {
  const saved = process.env.XDG_CACHE_HOME;
  process.env.XDG_CACHE_HOME = home;
  try {
    return run();
  } finally {
    if (saved === undefined) delete process.env.XDG_CACHE_HOME;
    else process.env.XDG_CACHE_HOME = saved;
  }
}

describe('code cache of the bundles', () => {
  // loadBundle tells the bundle where it keeps its phrase tries (trie-cache.ts): not the tests that run after these.
  afterEach(() => {
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('replylint.bundleCaches')];
  });

  it('a checkout not built yet says to build it, with no stack trace', () => {
    // The bins as a fresh clone has them: no dist/ beside bin/.
    const dir = tempDir({});
    fs.mkdirSync(path.join(dir, 'bin'));
    for (const name of ['replylint.js', 'replylint-language-server.js', 'load-bundle.js', 'kept-files.js']) {
      fs.copyFileSync(path.join(REPO_ROOT, 'bin', name), path.join(dir, 'bin', name));
    }
    for (const bin of ['replylint.js', 'replylint-language-server.js']) {
      const run = spawnSync(process.execPath, [path.join(dir, 'bin', bin), '--version'], { encoding: 'utf8' });
      assert.equal(run.status, 2, run.stderr);
      assert.match(run.stderr, /^replylint: .*dist.* is missing: build this checkout first with "npm run build"\.\n$/);
    }
  });

  it('runs a bundle as require() would, writes its cache on the first run and uses it on the next', () => {
    const dir = tempDir({ 'bundle.js': bundleText('one') });
    const file = path.join(dir, 'bundle.js');
    const first = loadBundle(file);
    assert.equal(first.value, 'one');
    assert.equal(first.dir, dir);
    assert.equal((first.read as () => string)(), 'bundle.js');
    assert.ok(fs.existsSync(`${file}.cache`), 'the first run wrote the cache beside the bundle');
    assert.equal(compileBundle(file).cachedDataRejected, false);
    assert.equal(loadBundle(file).value, 'one');
  });

  it('does not run the cached code of a bundle rebuilt to the same length: V8 would', () => {
    const dir = tempDir({ 'bundle.js': bundleText('one') });
    const file = path.join(dir, 'bundle.js');
    loadBundle(file);
    const written = fs.readFileSync(`${file}.cache`);
    fs.writeFileSync(file, bundleText('two'));
    assert.equal(loadBundle(file).value, 'two');
    assert.notDeepEqual(fs.readFileSync(`${file}.cache`), written, 'the cache of the new bundle replaced the old one');
  });

  it('keys the cache by the SHA-1 the build wrote on the first line, else by hashing the bundle', () => {
    const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');
    const keyOf = (file: string) => fs.readFileSync(`${file}.cache`).toString('latin1', 0, 40);
    const written = 'c0ffee'.padEnd(40, '0');
    const dir = tempDir({ 'built.js': `// replylint-bundle-sha1 ${written}\n${bundleText('built')}`, 'other.js': bundleText('other') });
    assert.equal(loadBundle(path.join(dir, 'built.js')).value, 'built');
    assert.equal(keyOf(path.join(dir, 'built.js')), written);
    assert.equal(loadBundle(path.join(dir, 'other.js')).value, 'other');
    assert.equal(keyOf(path.join(dir, 'other.js')), sha1(bundleText('other')));
  });

  it("has the CLI bundle's SHA-1 on its first line, as the build wrote it", () => {
    ensureBuilt();
    const text = fs.readFileSync(CLI_BUNDLE, 'latin1');
    const firstLine = text.slice(0, text.indexOf('\n'));
    const written = firstLine.slice(BUNDLE_SHA1_LINE.length - BUNDLE_SHA1_PLACEHOLDER.length);
    assert.match(written, /^[0-9a-f]{40}$/, firstLine);
    assert.equal(createHash('sha1').update(text.replaceAll(written, BUNDLE_SHA1_PLACEHOLDER), 'latin1').digest('hex'), written);
  });

  it('runs the bundle as written when its cache is damaged, which V8 would run as it is, and writes a whole cache', () => {
    const dir = tempDir({ 'bundle.js': bundleText('written-constant') });
    const file = path.join(dir, 'bundle.js');
    loadBundle(file);
    const damaged = fs.readFileSync(`${file}.cache`);
    const at = damaged.indexOf('written-constant', 0, 'latin1');
    assert.ok(at > 0, "the constant is in V8's data");
    damaged[at] = 'X'.charCodeAt(0);
    fs.writeFileSync(`${file}.cache`, damaged);
    assert.equal(loadBundle(file).value, 'written-constant');
    assert.notDeepEqual(fs.readFileSync(`${file}.cache`), damaged, 'the damaged cache was replaced');
    assert.equal(compileBundle(file).cachedDataRejected, false);
    assert.equal(loadBundle(file).value, 'written-constant');
  });

  it('gives the CLI its findings when a phrase of the packs is damaged in its cache', () => {
    ensureBuilt();
    // The CLI bundle beside the built-in rules and the manifest, started as bin/replylint.js starts it.
    const dir = tempDir({
      'reply.md': 'Hi Sam,\n\nThanks for your patience. We will get back to you shortly.\n\nBest,\nAna\n',
      'bin/replylint.js': `require(${JSON.stringify(path.join(REPO_ROOT, 'bin', 'load-bundle.js'))}).loadBundle(require('node:path').join(__dirname, '..', 'dist', 'cli.js'));\n`,
    });
    fs.mkdirSync(path.join(dir, 'dist'));
    fs.copyFileSync(CLI_BUNDLE, path.join(dir, 'dist', 'cli.js'));
    for (const name of ['rules', 'package.json']) fs.symlinkSync(path.join(REPO_ROOT, name), path.join(dir, name));
    const lint = () => spawnSync(process.execPath, [path.join('bin', 'replylint.js'), '--format', 'json', 'reply.md'], { cwd: dir, encoding: 'utf8' });
    const fromSource = lint();
    assert.match(fromSource.stdout, /deferral\/vague-timeframe/, fromSource.stderr);
    // "shortly" as "shortlx" wherever the cache holds it (the packs' precompiled data is a two-byte string there).
    const cacheFile = path.join(dir, 'dist', 'cli.js.cache');
    const cache = fs.readFileSync(cacheFile);
    let changed = 0;
    for (const encoding of ['latin1', 'utf16le'] as const) {
      const word = Buffer.from('shortly', encoding);
      for (let at = cache.indexOf(word); at >= 0; at = cache.indexOf(word, at + 1), changed++) cache[at + word.length - (encoding === 'latin1' ? 1 : 2)] = 120;
    }
    assert.ok(changed > 0, 'the cache holds the phrase');
    fs.writeFileSync(cacheFile, cache);
    for (let run = 0; run < 2; run++) {
      const cached = lint();
      assert.equal(cached.status, fromSource.status, cached.stderr);
      assert.equal(cached.stdout, fromSource.stdout);
    }
  });

  it("writes the cache to the user's cache folder when none can be written beside the bundle", () => {
    const dir = tempDir({ 'bundle.js': bundleText('three') });
    const file = path.join(dir, 'bundle.js');
    // A folder where the cache would go: no one, root included, writes a file there.
    fs.mkdirSync(`${file}.cache`);
    const home = tempDir({});
    withCacheHome(home, () => {
      assert.equal(loadBundle(file).value, 'three');
      assert.equal(fs.readdirSync(path.join(home, 'replylint')).length, 1);
      assert.equal(compileBundle(file).cachedDataRejected, false);
    });
    assert.deepEqual(fs.readdirSync(dir).sort(), ['bundle.js', 'bundle.js.cache'], 'no temporary file left');
  });

  it("looks for the cache beside the bundle, then in the user's cache folder", () => {
    withCacheHome('/cache-home', () => {
      assert.deepEqual(cacheFiles('/app/dist/cli.js', 'abc'), ['/app/dist/cli.js.cache', path.join('/cache-home', 'replylint', 'cli.js-abc.cache')]);
    });
  });

  it('makes a cache V8 takes for the CLI bundle', () => {
    ensureBuilt();
    const dir = tempDir({});
    const file = path.join(dir, 'cli.js');
    fs.copyFileSync(CLI_BUNDLE, file);
    compileBundle(file);
    assert.equal(compileBundle(file).cachedDataRejected, false);
  });
});
