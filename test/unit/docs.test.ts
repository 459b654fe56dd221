// docs/rules.md is generated from the packs and must be up to date.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { renderRulesDoc } from '../../scripts/generate-docs';

describe('rule documentation', () => {
  // The rule-trust table lints the whole labelled corpus.
  it('docs/rules.md matches the packs and the corpus (run `npm run docs` after changing rules/ or the corpus)', function () {
    this.timeout(300_000);
    const file = path.join(__dirname, '..', '..', 'docs', 'rules.md');
    assert.ok(fs.existsSync(file), 'docs/rules.md is missing: run `npm run docs`');
    assert.ok(fs.readFileSync(file, 'utf8') === renderRulesDoc(), 'docs/rules.md is out of date: run `npm run docs`');
  });
});
