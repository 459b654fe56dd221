// A reply costs its matches, not the size of its packs: a team pack of thousands of phrase rules
// (docs/performance.md, the bench's 10 -> 5,000 rules) must not make each reply read every rule.
import * as assert from 'node:assert/strict';
import { builtinDialects } from '../../server/src/engine/config/dialects-file';
import { builtinFooters } from '../../server/src/engine/config/footers-file';
import { buildConfig, compileRuleSet, type LoadedPack } from '../../server/src/engine/config/project-config';
import { lint } from '../../server/src/engine/linter';
import type { PackSpec } from '../../server/src/engine/rules/pack';
import type { ActiveRule, RuleSet } from '../../server/src/engine/rules/rule-set';
import { markdownLibrary } from '../support/corpus';

/** `count` phrase rules of made-up terms no reply holds. */
function unmatchedPack(count: number): LoadedPack {
  const rules: PackSpec['rules'] = {};
  for (let i = 0; i < count; i++)
    rules[`clarity/unmatched-${i}`] = { kind: 'phrase', category: 'clarity', severity: 'info', message: 'Avoid "{match}".', phrases: [`zqx${i}vrt`] };
  return { name: `unmatched-${count}`, file: `unmatched-${count}.yaml`, spec: { name: `unmatched-${count}`, language: 'en', rules } as PackSpec };
}

/** Lints the text with the packs and `extra` unmatched rules; counts how often a rule of the set is read. */
function lintCountingRuleReads(text: string, packs: LoadedPack[], extra: number): { reads: number; findings: string[] } {
  const ruleSet = compileRuleSet('en', [...packs, unmatchedPack(extra)], {});
  let reads = 0;
  const counted = new Proxy(ruleSet.rules, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  (ruleSet as { rules: ActiveRule[] }).rules = counted;
  const result = lint(
    { text, fileName: 'library.md' },
    { language: 'en', audience: 'customer', placeholders: 'auto', dialects: builtinDialects(), footers: builtinFooters(), ruleSetFor: (): RuleSet => ruleSet },
  );
  return { reads, findings: result.findings.map((finding) => `${finding.ruleId}@${finding.range.start.line}:${finding.range.start.character}`) };
}

describe('pack size', () => {
  const { text, replies } = markdownLibrary(7, 30_000);
  const recommended = buildConfig({}, undefined).packs;

  // Macros no one named are read by their words (kind inference), which asked every reply for the rule that finds
  // notes to the agent by searching the rules: the whole team pack when it has no such rule.
  const bases: [string, LoadedPack[]][] = [
    ['a team pack alone', []],
    ['the recommended pack and a team pack', recommended],
  ];
  for (const [name, packs] of bases)
    it(`reads the same rules of a library with ${name}, of 10 or of 2,000 unmatched phrase rules`, () => {
      assert.ok(replies > 20);
      const few = lintCountingRuleReads(text, packs, 10);
      const many = lintCountingRuleReads(text, packs, 2000);
      assert.deepEqual(many.findings, few.findings);
      assert.equal(many.reads, few.reads);
    });
});
