// esbuild's node20 target writes a regular expression literal with a \p{..} escape as `new RegExp(...)`, which
// then parsed the expression again at every call of the function holding it (scripts/node-target.mjs).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { transformSync } from 'esbuild';
import { NODE_TARGET } from '../../scripts/node-target.mjs';
import { CLI_BUNDLE, SERVER_BUNDLE, ensureBuilt } from '../support/build';

/** Each `new RegExp("...")` of a bundle whose pattern, a string, holds a \p{..} escape. */
function constructedPropertyEscapes(code: string): string[] {
  return [...code.matchAll(/new RegExp\(("(?:[^"\\\n]|\\.)*")/g)].map((match) => match[1]!).filter((pattern) => pattern.includes('\\\\p{'));
}

describe('the bundles keep regular expression literals', function () {
  this.timeout(120_000);

  it('esbuild leaves a literal with \\p{..} as written for the target the builds use', () => {
    const { code } = transformSync('export const first = (text) => /^\\p{Lu}/u.test(text);', { ...NODE_TARGET, format: 'cjs' });
    assert.match(code, /\/\^\\p\{Lu\}\/u\.test\(text\)/);
    assert.deepEqual(constructedPropertyEscapes(code), []);
  });

  it('the server and CLI bundles construct no expression with \\p{..} from a string', () => {
    ensureBuilt();
    for (const bundle of [SERVER_BUNDLE, CLI_BUNDLE]) assert.deepEqual(constructedPropertyEscapes(fs.readFileSync(bundle, 'utf8')), [], bundle);
  });
});
