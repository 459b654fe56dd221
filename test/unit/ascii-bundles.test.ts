// The bundles are pure ASCII (scripts/ascii-source.mjs): one character past
// U+00FF in a bundle's source makes V8 keep all of it as a two-byte string,
// about 2 MB more in every server and CLI process.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import fc from 'fast-check';
import { escapeNonAscii } from '../../scripts/ascii-source.mjs';
import { CLI_BUNDLE, REPO_ROOT, SERVER_BUNDLE, ensureBuilt } from '../support/build';

/** Where the first character past U+007F is, with the text around it, or undefined. */
function firstNonAscii(text: string): string | undefined {
  const at = text.search(/[^\0-\x7f]/);
  return at < 0 ? undefined : `offset ${at}: ${JSON.stringify(text.slice(Math.max(0, at - 60), at + 20))}`;
}

describe('ASCII bundles', function () {
  this.timeout(120_000);

  it('the server, CLI and client bundles hold no character past U+007F', () => {
    ensureBuilt();
    for (const bundle of [SERVER_BUNDLE, CLI_BUNDLE, path.join(REPO_ROOT, 'dist', 'client.js')]) {
      assert.equal(firstNonAscii(fs.readFileSync(bundle, 'utf8')), undefined, path.basename(bundle));
    }
  });

  it('escapes regular expressions and comments, and leaves strings, templates and names to esbuild', () => {
    const source = [
      '// It’s “quoted” 😀',
      "const apostrophe = /^['’ʼ]$/u, nbsp = /\\’\\\\’[😀-😎]/;",
      "const text = '’', template = `é${1}`, raw = String.raw`é`, café = 1;",
    ].join('\n');
    assert.equal(
      escapeNonAscii(source, 'module.ts'),
      [
        '// It\\u2019s \\u201Cquoted\\u201D \\uD83D\\uDE00',
        "const apostrophe = /^['\\u2019\\u02BC]$/u, nbsp = /\\u2019\\\\\\u2019[\\uD83D\\uDE00-\\uD83D\\uDE0E]/;",
        "const text = '’', template = `é${1}`, raw = String.raw`é`, café = 1;",
      ].join('\n'),
    );
  });

  it('a regular expression matches the same after escaping, with and without the u flag', () => {
    const pieces = ['a', 'c', '’', 'é', 'ẞ', 'ß', '😀', '\\', '\\\\', '[', ']', '-', '^', '.', '*', '?', '(', ')', '|', '{2}', '\\u2019', '\\c'];
    /** What a piece matches when it is a plain character, so some inputs match. */
    const plain = (piece: string) => ({ '\\u2019': '’', '\\\\': '\\' })[piece] ?? (piece.length <= 2 && !/^[\\[\]^.*?()|{-]/.test(piece) ? piece : '');
    const strings = fc
      .array(fc.constantFrom('a', 'c', '’', 'é', 'ẞ', 'ß', 'ss', '😀', '\ud83d', '\\', '-', 'E', 'x'), { maxLength: 8 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 8 }),
        fc.constantFrom('', 'u', 'i', 'iu', 'v'),
        fc.array(strings, { maxLength: 6 }),
        (parts, flags, inputs) => {
          const literal = `/${parts.join('')}/${flags}`;
          let original: RegExp;
          try {
            original = vm.runInNewContext(`(${literal})`) as RegExp;
          } catch {
            return; // not a regular expression literal
          }
          const escaped = escapeNonAscii(`module.exports = ${literal};`, 'module.js');
          assert.equal(firstNonAscii(escaped), undefined, escaped);
          const module = { exports: undefined as unknown };
          vm.runInNewContext(escaped, { module });
          const copy = module.exports as RegExp;
          assert.equal(copy.flags, original.flags);
          for (const input of [...inputs, parts.map(plain).join('')]) {
            assert.deepEqual(copy.exec(input)?.[0], original.exec(input)?.[0], `${literal} on ${JSON.stringify(input)}`);
          }
        },
      ),
      { numRuns: 2000, seed: 20261202 },
    );
  });
});
