// The examples folder is documentation that must stay true: clean-* replies
// lint with no findings at all, and the other files together show every
// category of the recommended pack.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { resolveConfig } from '../../server/src/engine/config/project-config';
import { lint } from '../../server/src/engine/linter';
import { CATEGORIES } from '../../server/src/engine/types';
import { lintText } from '../support/engine';

const dir = path.join(__dirname, '..', '..', 'examples');
const files = fs
  .readdirSync(dir)
  .filter((name) => /\.(md|txt|html)$/.test(name) && name !== 'README.md')
  .sort();
const lintFile = (name: string) => lintText(fs.readFileSync(path.join(dir, name), 'utf8'), name);

describe('examples/', () => {
  const clean = files.filter((name) => name.startsWith('clean-'));
  const flawed = files.filter((name) => !name.startsWith('clean-'));

  it('has a dozen replies in Markdown, text and HTML, and a macro library', () => {
    assert.ok(files.length >= 12, files.join(', '));
    for (const extension of ['.md', '.txt', '.html'])
      assert.ok(
        files.some((name) => name.endsWith(extension)),
        extension,
      );
    assert.ok(clean.length >= 3, 'clean examples');
    const library = lintFile('macros.md');
    assert.ok(library.units.length >= 5 && library.units.length <= 8, `${library.units.length} macros`);
  });

  for (const name of clean) {
    it(`${name} has no findings`, () => {
      assert.deepEqual(
        lintFile(name).findings.map((finding) => `${finding.ruleId}: "${finding.excerpt}"`),
        [],
      );
    });
  }

  it('the flawed examples together show findings in every category', () => {
    const seen = new Set(flawed.flatMap((name) => lintFile(name).findings.map((finding) => finding.category)));
    assert.deepEqual(
      CATEGORIES.filter((category) => !seen.has(category)),
      [],
    );
  });

  it('its .replylint.yaml lints every example as no config does, and leaves README.md out', () => {
    // The config is there so that the editor lints the folder (without one it lints only reply folders).
    assert.equal(resolveConfig(path.join(dir, 'README.md')).ignored, true);
    for (const name of [...files, 'zendesk-macros.json']) {
      const file = path.join(dir, name);
      const config = resolveConfig(file);
      assert.equal(config.ignored, false, name);
      const withConfig = lint({ text: fs.readFileSync(file, 'utf8'), fileName: name }, config.lintOptions);
      const without = lintText(fs.readFileSync(file, 'utf8'), name);
      assert.deepEqual(
        withConfig.findings.map((finding) => `${finding.ruleId} ${finding.start}`),
        without.findings.map((finding) => `${finding.ruleId} ${finding.start}`),
        name,
      );
    }
  });

  it('every flawed example has at least one warning or error', () => {
    for (const name of flawed) {
      const serious = lintFile(name).findings.filter((finding) => finding.severity === 'warning' || finding.severity === 'error');
      assert.ok(serious.length > 0, name);
    }
  });

  it('README.md lists every example file', () => {
    const readme = fs.readFileSync(path.join(dir, 'README.md'), 'utf8');
    for (const name of files) assert.ok(readme.includes(`\`${name}\``), name);
  });
});
