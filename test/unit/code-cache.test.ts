// The bins start their bundle with a V8 code cache (bin/load-bundle.js): written by a run that
// finds none, used only for the very bundle it was made from.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import type { Script } from 'node:vm';
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
  it('a checkout not built yet says to build it, with no stack trace', () => {
    // The bins as a fresh clone has them: no dist/ beside bin/.
    const dir = tempDir({});
    fs.mkdirSync(path.join(dir, 'bin'));
    for (const name of ['replylint.js', 'replylint-language-server.js', 'load-bundle.js']) {
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
