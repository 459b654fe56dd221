// Every built-in rule's examples: each bad example fires the rule, each good one does not.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtinRulesDir, builtinPackNames, readPackFile } from '../../server/src/engine/config/project-config';
import { lintWithPacks } from '../helpers/engine';

const MIN_EXAMPLES = 3;

for (const packName of builtinPackNames()) {
  const dir = path.join(builtinRulesDir(), packName);
  for (const file of fs.readdirSync(dir).filter((name) => name.endsWith('.yaml'))) {
    const language = path.basename(file, '.yaml');
    const spec = readPackFile(path.join(dir, file));
    const packs = [{ name: packName, spec }];
    describe(`pack ${packName}/${file}`, () => {
      for (const [id, rule] of Object.entries(spec.rules)) {
        describe(id, () => {
          it(`has at least ${MIN_EXAMPLES} bad and ${MIN_EXAMPLES} good examples, a description and a message`, () => {
            assert.ok((rule.examples?.bad ?? []).length >= MIN_EXAMPLES, 'bad examples');
            assert.ok((rule.examples?.good ?? []).length >= MIN_EXAMPLES, 'good examples');
            assert.ok(rule.description && rule.description.length > 20, 'description');
          });
          for (const example of rule.examples?.bad ?? []) {
            it(`flags: ${example.replace(/\s+/g, ' ').slice(0, 70)}`, () => {
              const fired = lintWithPacks(example, packs, language).findings.map((finding) => finding.ruleId);
              assert.ok(fired.includes(id), `expected ${id}, got [${fired.join(', ')}]`);
            });
          }
          for (const example of rule.examples?.good ?? []) {
            it(`accepts: ${example.replace(/\s+/g, ' ').slice(0, 70)}`, () => {
              const findings = lintWithPacks(example, packs, language).findings.filter((finding) => finding.ruleId === id);
              assert.deepEqual(findings.map((finding) => finding.excerpt), [], `${id} fired on a good example`);
            });
          }
        });
      }
    });
  }
}
