// The collection flags of the command line and the language server (gc-policy.ts): set first, and never over a flag the user gave Node.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { COLLECTION_FLAGS, collectionFlags } from '../../server/src/gc-flags';
import { REPO_ROOT } from '../support/build';

describe('collection flags', () => {
  it('sets both flags when Node was given neither', () => {
    assert.deepEqual(collectionFlags([], undefined), [...COLLECTION_FLAGS]);
    assert.deepEqual(collectionFlags(['--enable-source-maps'], '--max-old-space-size=4096'), [...COLLECTION_FLAGS]);
  });

  it('leaves a flag the user gave on the command line or in NODE_OPTIONS, in either spelling', () => {
    assert.deepEqual(collectionFlags(['--heap-growing-percent=80'], undefined), ['--semi-space-growth-factor=1']);
    assert.deepEqual(collectionFlags([], '  --semi_space_growth_factor=2 --inspect'), ['--heap-growing-percent=50']);
    assert.deepEqual(collectionFlags(['--semi-space-growth-factor=4'], '--heap_growing_percent=100'), []);
  });

  it('does not take a flag whose name only starts like one of them', () => {
    assert.deepEqual(collectionFlags(['--heap-growing-percent-extra=1'], undefined), [...COLLECTION_FLAGS]);
  });

  for (const [name, entry, policy] of [
    ['CLI', 'server/src/cli/bin.ts', "import '../gc-policy';"],
    ['language server', 'server/src/server.ts', "import './gc-policy';"],
  ]) {
    it(`is the first thing the ${name} process imports, before the packs are loaded`, () => {
      const source = fs.readFileSync(path.join(REPO_ROOT, entry!), 'utf8');
      const imports = [...source.matchAll(/^import .*$/gm)].map((match) => match[0]);
      assert.equal(imports[0], policy);
    });
  }
});
