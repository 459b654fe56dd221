// Every built-in rule documents itself and proves it: each bad example fires
// the rule, each good one does not (the same check as `replylint test-pack`).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkPackExamples } from '../../server/src/engine/rules/pack-examples';
import { builtinPackNames, builtinRulesDir, readPackFile } from '../../server/src/engine/config/project-config';

const MIN_EXAMPLES = 3;

for (const packName of builtinPackNames()) {
  const dir = path.join(builtinRulesDir(), packName);
  for (const file of fs.readdirSync(dir).filter((name) => name.endsWith('.yaml'))) {
    const packFile = path.join(dir, file);
    const spec = readPackFile(packFile);
    const { failures } = checkPackExamples(packFile);
    describe(`pack ${packName}/${file}`, () => {
      for (const [id, rule] of Object.entries(spec.rules)) {
        it(`${id}: documented, with ${MIN_EXAMPLES}+ bad and good examples that behave`, () => {
          assert.ok((rule.examples?.bad ?? []).length >= MIN_EXAMPLES, 'needs bad examples');
          assert.ok((rule.examples?.good ?? []).length >= MIN_EXAMPLES, 'needs good examples');
          assert.ok(rule.description && rule.description.length > 20, 'needs a description');
          const mine = failures.filter((failure) => failure.ruleId === id);
          assert.deepEqual(
            mine.map((failure) => `${failure.kind}: ${failure.example} (fired: ${failure.fired.join(', ') || 'nothing'})`),
            [],
          );
        });
      }
    });
  }
}
