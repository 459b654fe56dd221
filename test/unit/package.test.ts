// What the .vsix holds (vsce ls, which applies .vscodeignore): the bundles, the
// rules they read, and metadata. Sources, tests, source maps and node_modules stay
// out: everything the extension runs is bundled into dist/.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT, ensureBuilt } from '../support/build';

const VSCE = path.join(REPO_ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
/**
 * Uncompressed, with the production (minified) bundles that `vsce package` ships. At 74d5951: 4.02 MB, of which the
 * five languages' rule data is about 2 MB (rules/ as YAML 1.1 MB, and again as precompiled JSON in server.js 0.87 MB).
 */
const MAX_BYTES = 4.5 * 1024 * 1024;
/** VS Code's own UI strings (package.nls.*.json) and the client's (l10n bundles) in each language with rules. */
const UI_TRANSLATIONS = [
  'package.nls.json',
  ...['fi', 'lt', 'pl', 'sq'].flatMap((language) => [`package.nls.${language}.json`, `l10n/bundle.l10n.${language}.json`]),
];

describe('extension package (.vsix contents)', function () {
  this.timeout(60000);
  let files: string[];

  before(() => {
    ensureBuilt();
    files = execFileSync(process.execPath, [VSCE, 'ls', '--no-dependencies'], { cwd: REPO_ROOT, encoding: 'utf8' })
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .sort();
  });

  it('holds only the bundles, the rules, the metadata, the UI translations and the icon: no sources, tests, maps or node_modules', () => {
    const outsideRules = files.filter((file) => !file.startsWith('rules/'));
    assert.deepEqual(
      outsideRules,
      ['CHANGELOG.md', 'LICENSE', 'README.md', 'dist/client.js', 'dist/server.js', 'images/icon.png', ...UI_TRANSLATIONS, 'package.json'].sort(),
    );
    const rules = files.filter((file) => file.startsWith('rules/'));
    for (const needed of [
      'rules/recommended/en.yaml',
      'rules/placeholders/dialects.yaml',
      'rules/schema/config.schema.json',
      'rules/schema/pack.schema.json',
    ]) {
      assert.ok(rules.includes(needed), `${needed} is missing`);
    }
    assert.deepEqual(
      rules.filter((file) => !/\.(yaml|json)$/.test(file)),
      [],
    );
  });

  it('is small', () => {
    // Measured on a production build of its own: dist/ may hold a development build (npm run build) or a
    // production one (another test packed the npm package), and the package ships the production one.
    const production = fs.mkdtempSync(path.join(os.tmpdir(), 'replylint-production-'));
    try {
      execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'build.mjs'), '--production', '--outdir', production], { cwd: REPO_ROOT });
      const sizeOf = (file: string) =>
        fs.statSync(file.startsWith('dist/') ? path.join(production, file.slice('dist/'.length)) : path.join(REPO_ROOT, file)).size;
      const bytes = files.reduce((total, file) => total + sizeOf(file), 0);
      assert.ok(bytes < MAX_BYTES, `${files.length} files, ${(bytes / 1024 / 1024).toFixed(2)} MB uncompressed`);
    } finally {
      fs.rmSync(production, { recursive: true, force: true });
    }
  });
});
