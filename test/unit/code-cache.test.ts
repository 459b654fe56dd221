// The bins start their bundle with the V8 code cache the build writes beside it
// (bin/load-bundle.js, scripts/code-cache.mjs): used only for the very bundle it was made from.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import type { Script } from 'node:vm';
import { writeCodeCache } from '../../scripts/code-cache.mjs';
import { CLI_BUNDLE, ensureBuilt } from '../support/build';
import { tempDir } from '../support/cli';

const { loadBundle, compileWithCache } = createRequire(__filename)('../../bin/load-bundle.js') as {
  loadBundle: (file: string) => Record<string, unknown>;
  compileWithCache: (file: string) => Script | undefined;
};

const bundleText = (value: string) =>
  `var value = "${value}";\nmodule.exports = { value, dir: __dirname, read: () => require("node:path").basename(__filename) };\n`;

describe('code cache of the bundles', () => {
  it('runs a bundle with its cache as require() would', () => {
    const dir = tempDir({ 'bundle.js': bundleText('one') });
    const file = path.join(dir, 'bundle.js');
    writeCodeCache(file);
    const script = compileWithCache(file);
    assert.ok(script);
    assert.equal(script.cachedDataRejected, false);
    const loaded = loadBundle(file);
    assert.equal(loaded.value, 'one');
    assert.equal(loaded.dir, dir);
    assert.equal((loaded.read as () => string)(), 'bundle.js');
  });

  it('compiles a bundle rebuilt to the same length since its cache from source: V8 would run the old code', () => {
    const dir = tempDir({ 'bundle.js': bundleText('one') });
    const file = path.join(dir, 'bundle.js');
    writeCodeCache(file);
    fs.writeFileSync(file, bundleText('two'));
    assert.equal(compileWithCache(file), undefined);
    assert.equal(loadBundle(file).value, 'two');
  });

  it('requires a bundle without a cache', () => {
    const dir = tempDir({ 'bundle.js': bundleText('three') });
    assert.equal(compileWithCache(path.join(dir, 'bundle.js')), undefined);
    assert.equal(loadBundle(path.join(dir, 'bundle.js')).value, 'three');
  });

  it('makes a cache V8 takes for the CLI bundle', () => {
    ensureBuilt();
    const dir = tempDir({});
    const file = path.join(dir, 'cli.js');
    fs.copyFileSync(CLI_BUNDLE, file);
    writeCodeCache(file);
    assert.equal(compileWithCache(file)?.cachedDataRejected, false);
  });
});
