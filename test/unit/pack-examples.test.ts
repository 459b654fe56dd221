// Every built-in rule documents itself and proves it: each bad example fires
// the rule, each good one does not (the same check as `replylint test-pack`).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkPackExamples } from '../../server/src/engine/pack-examples';
import { tempDir } from '../support/cli';
import { builtinPackNames, builtinRulesDir, readPackFile } from '../../server/src/engine/config/project-config';
import type { RuleSpec } from '../../server/src/engine/rules/pack';

const MIN_EXAMPLES = 3;

/** A rule that declares a fix or suggestion (its own or a phrase's), or a check, all of which offer changes. */
function offersChanges(rule: RuleSpec): boolean {
  const phrases = [...(rule.phrases ?? []), ...(rule.trigger ?? [])];
  return Boolean(
    rule.fix ||
    rule.suggest ||
    rule.kind === 'check' ||
    phrases.some((item) => typeof item !== 'string' && (item.fix !== undefined || item.suggest !== undefined)),
  );
}

for (const packName of builtinPackNames()) {
  const dir = path.join(builtinRulesDir(), packName);
  for (const file of fs.readdirSync(dir).filter((name) => name.endsWith('.yaml'))) {
    const packFile = path.join(dir, file);
    const { failures } = checkPackExamples(packFile);
    const invalid = failures.filter((failure) => failure.kind === 'invalid');
    describe(`pack ${packName}/${file}`, () => {
      // A built-in pack is loaded unchecked at run time: a phrase past 256 variants would fail at the first lint.
      it('loads: every phrase and pattern compiles', () => {
        assert.deepEqual(
          invalid.map((failure) => `${failure.line + 1}:${failure.column + 1}: ${failure.ruleId}: ${failure.message}`),
          [],
        );
      });
      if (invalid.length > 0) return;
      const spec = readPackFile(packFile);
      it('no phrase is written as if | split whole phrases (alternatives are per word)', () => {
        assert.deepEqual(
          failures.filter((failure) => failure.kind === 'phrase').map((failure) => `${failure.line + 1}: ${failure.message}`),
          [],
        );
      });
      for (const [id, rule] of Object.entries(spec.rules)) {
        it(`${id}: documented, with ${MIN_EXAMPLES}+ bad and good examples that behave`, () => {
          assert.ok((rule.examples?.bad ?? []).length >= MIN_EXAMPLES, 'needs bad examples');
          assert.ok((rule.examples?.good ?? []).length >= MIN_EXAMPLES, 'needs good examples');
          assert.ok(rule.description && rule.description.length > 20, 'needs a description');
          if (offersChanges(rule)) {
            // RuleTester style: what each bad example is found as, and reads after the fix and after each suggestion.
            const unstated = (rule.examples?.bad ?? []).filter(
              (example) => typeof example === 'string' || example.span === undefined || example.output === undefined || example.suggestions === undefined,
            );
            assert.deepEqual(unstated, [], 'a rule with a fix or suggestion states span, output and suggestions for every bad example');
          }
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

describe('RuleTester-style examples', () => {
  const packWith = (bad: string) => {
    const dir = tempDir({
      'pack.yaml': `language: en
rules:
  tone/filler:
    kind: phrase
    category: tone
    message: Drop "{match}".
    phrases: [{ phrase: just click, fix: click }, { phrase: soon, suggest: [within 24 hours, by Friday] }]
    examples:
      bad:
${bad}
      good: ["Click Save."]
`,
    });
    return checkPackExamples(path.join(dir, 'pack.yaml')).failures.map((failure) => failure.message);
  };

  it('passes when the span, the text after the fix and after each suggestion are as stated', () => {
    assert.deepEqual(
      packWith(
        '        - { text: "Just click Save.", span: "Just click", output: "Click Save." }\n        - { text: "Back soon.", output: null, suggestions: ["Back within 24 hours.", "Back by Friday."] }',
      ),
      [],
    );
  });

  it('names each expectation the rule does not meet', () => {
    assert.deepEqual(
      packWith(
        '        - { text: "Just click Save.", span: "Save", output: "Save." }\n        - { text: "Back soon.", output: "Back soon!", suggestions: ["Back by Friday."] }',
      ),
      [
        'No finding covers "Save"; the rule covers "Just click".',
        'After the fix this example reads null, not "Back soon!".',
        'Its suggestions give ["Back within 24 hours.","Back by Friday."], not ["Back by Friday."].',
      ],
    );
  });
});

describe("a pack's examples", () => {
  it('are run once while its file is unchanged, and again after it changes', () => {
    const pack = (good: string) => `language: en
rules:
  tone/filler:
    kind: phrase
    category: tone
    message: Drop "{match}".
    phrases: [simply]
    examples: { bad: ["Simply click Save."], good: ["${good}"] }
`;
    const dir = tempDir({ 'pack.yaml': pack('Click Save.') });
    const file = path.join(dir, 'pack.yaml');
    const first = checkPackExamples(file);
    // The same report: test-pack after the pack tests (cli.test.ts) runs none of the built-in examples again.
    assert.equal(checkPackExamples(file), first);
    assert.deepEqual(first.failures, []);
    fs.writeFileSync(file, pack('Simply save it.'));
    fs.utimesSync(file, new Date(), new Date(Date.now() + 5000));
    assert.deepEqual(
      checkPackExamples(file).failures.map((failure) => `${failure.kind}: ${failure.example}`),
      ['good: Simply save it.'],
    );
  });
});

describe('built-in phrases', () => {
  // "kas nors|kažkas susisieks" reads as "kas" then "nors|kažkas": alternatives are one word
  // each, so a two-word alternative silently never matches. Such a phrase repeats a word in
  // two neighbouring groups ("ei kuulu|eivät kuulu"), which this catches.
  it('never repeat a word in two neighbouring alternative groups (a two-word alternative that cannot match)', () => {
    const suspicious: string[] = [];
    for (const packName of builtinPackNames()) {
      const dir = path.join(builtinRulesDir(), packName);
      for (const file of fs.readdirSync(dir).filter((name) => name.endsWith('.yaml'))) {
        for (const [id, rule] of Object.entries(readPackFile(path.join(dir, file)).rules)) {
          const phrases = [...(rule.phrases ?? []), ...(rule.trigger ?? []), ...(rule.requires?.phrases ?? [])];
          for (const item of phrases) {
            const phrase = typeof item === 'string' ? item : item.phrase;
            const groups = phrase.split(/\s+/).map((group) => new Set(group.split('|')));
            const repeats = groups.slice(1).some((group, index) => [...group].some((word) => word !== '*' && groups[index]!.has(word)));
            if (repeats) suspicious.push(`${packName}/${file} ${id}: "${phrase}"`);
          }
        }
      }
    }
    assert.deepEqual(suspicious, []);
  });
});
