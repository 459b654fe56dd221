// The V8 flags of the command line and the language server (v8-policy.ts): set first, and never over a flag the user gave Node.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { V8_FLAGS, v8FlagsToSet } from '../../server/src/v8-flags';
import { REPO_ROOT } from '../support/build';

describe('V8 flags', () => {
  it('sets every flag when Node was given none of them', () => {
    assert.deepEqual(v8FlagsToSet([], undefined), [...V8_FLAGS]);
    assert.deepEqual(v8FlagsToSet(['--enable-source-maps'], '--max-old-space-size=4096'), [...V8_FLAGS]);
  });

  it('leaves a flag the user gave on the command line or in NODE_OPTIONS, in either spelling', () => {
    assert.deepEqual(v8FlagsToSet(['--heap-growing-percent=80'], undefined), ['--semi-space-growth-factor=1', '--regexp-tier-up-ticks=0']);
    assert.deepEqual(v8FlagsToSet([], '  --semi_space_growth_factor=2 --inspect'), ['--heap-growing-percent=50', '--regexp-tier-up-ticks=0']);
    assert.deepEqual(v8FlagsToSet(['--semi-space-growth-factor=4'], '--heap_growing_percent=100 --regexp_tier_up_ticks=5'), []);
  });

  it('does not take a flag whose name only starts like one of them', () => {
    assert.deepEqual(v8FlagsToSet(['--heap-growing-percent-extra=1', '--regexp-tier-up'], undefined), [...V8_FLAGS]);
  });

  for (const [name, entry, policy] of [
    ['CLI', 'server/src/cli/bin.ts', "import '../v8-policy';"],
    ['language server', 'server/src/server.ts', "import './v8-policy';"],
  ]) {
    it(`is the first thing the ${name} process imports, before the packs are loaded`, () => {
      const source = fs.readFileSync(path.join(REPO_ROOT, entry!), 'utf8');
      const imports = [...source.matchAll(/^import .*$/gm)].map((match) => match[0]);
      assert.equal(imports[0], policy);
    });
  }
});
