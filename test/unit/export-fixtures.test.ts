// Round trips over realistic exports of every format and dialect
// (test/fixtures/exports): every finding covers exactly characters of its
// decoded reply, and every quick fix leaves a valid file in which only that
// reply changed.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { resolveConfig } from '../../server/src/engine/config/project-config';
import { applyEdits } from '../../server/src/engine/fix-all';
import { lint } from '../../server/src/engine/linter';
import { splitReplyUnits } from '../../server/src/engine/units/formats';

const DIR = path.resolve(__dirname, '../fixtures/exports');
const FIXTURES = fs.readdirSync(DIR).filter((name) => /\.(json|ya?ml)$/.test(name) && !name.startsWith('.'));

describe('export fixtures', () => {
  it('cover every format and dialect', () => {
    const config = resolveConfig(path.join(DIR, 'x.json'));
    const dialects = new Set<string>();
    for (const name of FIXTURES) {
      const result = lint({ text: fs.readFileSync(path.join(DIR, name), 'utf8'), fileName: name }, config.lintOptions);
      assert.ok(result.units.length > 0, `${name} has no replies`);
      dialects.add(name.split('-')[0]!);
    }
    assert.deepEqual([...dialects].sort(), ['freshdesk', 'front', 'gorgias', 'helpscout', 'intercom', 'osticket', 'rasa', 'zammad', 'zendesk']);
  });

  for (const name of FIXTURES) {
    it(`${name}: findings cover characters of the decoded reply, and every fix keeps the file valid and local`, () => {
      const file = path.join(DIR, name);
      const source = fs.readFileSync(file, 'utf8');
      const config = resolveConfig(file);
      const options = config.lintOptions;
      const units = splitReplyUnits(source, name, { exportFields: options.exportFields });
      const result = lint({ text: source, fileName: name }, options);
      assert.ok(result.findings.length > 0, `${name} should show problems`);
      const parse = (text: string): unknown => (name.endsWith('.json') ? JSON.parse(text) : parseYaml(text));
      for (const finding of result.findings) {
        const unit = units[finding.unit]!;
        assert.ok(unit.sourceStart <= finding.start && finding.end <= unit.sourceEnd, `${finding.ruleId} outside its reply`);
        // The decoded characters the range covers, read back through the file's own syntax.
        const raw = source.slice(finding.start, finding.end);
        const decoded = name.endsWith('.json') ? (JSON.parse(`"${raw}"`) as string) : raw.replace(/\n[ \t]+/g, '\n');
        // YAML folds line breaks, so compare with white space collapsed.
        const collapse = (text: string) => text.replace(/\s+/g, ' ');
        assert.ok(collapse(unit.text).includes(collapse(decoded)), `${finding.ruleId}: ${JSON.stringify(decoded)} is not in its reply`);
        for (const fix of [...(finding.fix ? [finding.fix] : []), ...finding.suggestions]) {
          const fixed = applyEdits(source, fix.edits);
          assert.doesNotThrow(() => parse(fixed), `${fix.title} broke ${name}`);
          const after = splitReplyUnits(fixed, name, { exportFields: options.exportFields });
          assert.equal(after.length, units.length, `${fix.title} changed the number of replies`);
          after.forEach((other, index) => {
            if (index !== finding.unit) assert.equal(other.text, units[index]!.text, `${fix.title} changed another reply`);
          });
          assert.notEqual(after[finding.unit]!.text, unit.text, `${fix.title} changed nothing`);
        }
      }
    });
  }
});
