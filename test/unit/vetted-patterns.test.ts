// Patterns in Replylint's own packs run on V8's regex engine for speed
// (workspace packs run on RE2). This proves they are safe to: no nested
// quantifiers that could backtrack badly, and the same matches on both
// engines over every example and corpus reply we ship.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { shippedTexts } from '../support/shipped-texts';
import { builtinPackNames, builtinRulesDir, readPackFile } from '../../server/src/engine/config/project-config';
import { bothEngines, nativeFlags } from '../../server/src/engine/rules/text-pattern';
import { exampleText } from '../../server/src/engine/rules/pack';

// A quantified group that itself ends in a quantifier: (a+)+, (a*)*, (\s+x?)+ ...
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*[+*}?]\)[+*{]/;

// Emoji (surrogate pairs), the Kelvin sign and long s (which fold to k and s only in Unicode mode).
const SURROGATES_AND_FOLDING =
  'BY 5 PM 😀 by 5\u212A 😀😀 \u017Fee you TOMORROW 😀 within 2 days😀, WE ARE SO SORRY 😀 ticket #123. Agent note: 😀 call 😀\nTBD 😀 remove this line before sending 😀';

describe('vetted patterns of the built-in packs', () => {
  const texts = shippedTexts();
  it('the nested-quantifier check catches the classic shapes', () => {
    for (const evil of ['(a+)+$', '(a*)*b', '(?:\\s+x?)+', '(\\w{1,3}){2,}']) assert.match(evil, NESTED_QUANTIFIER, evil);
  });
  it('drops Unicode mode only where it cannot change a match', () => {
    assert.equal(nativeFlags('\\b(?:by|at)\\s+\\d{1,2}[/.]\\d{2}\\b', false), 'gi');
    assert.equal(nativeFlags('[A-Z]{4,}', true), 'g');
    assert.equal(nativeFlags('\\d+\\s*(?:-|–|to)\\s*\\d+', false), 'gi');
    for (const needsIt of ['\\p{Lu}+', 'a.b', '[^x]+y', '(?:a[^x]*)', '[^x]+?', 'a.{2}', '\\S+', '😀+', '\\u{1F600}', '[^\\uDC00-\\uDFFF]*'])
      assert.match(nativeFlags(needsIt, false), /u$/, needsIt);
    // A greedy run to the end of the match stops only at a character it excludes, never inside a surrogate pair.
    for (const safe of ['note:[^\\r\\n]*', 'a.*|b[^x]+|c']) assert.equal(nativeFlags(safe, false), 'gi', safe);
  });
  for (const packName of builtinPackNames()) {
    for (const file of fs.readdirSync(path.join(builtinRulesDir(), packName)).filter((name) => name.endsWith('.yaml'))) {
      const spec = readPackFile(path.join(builtinRulesDir(), packName, file));
      const patterns = [
        ...[...(spec.timeframes ?? []), ...(spec.dates ?? [])].map((pattern) => ({ pattern, caseSensitive: false, examples: [] as string[] })),
        ...Object.values(spec.rules)
          // A check may read its words from a pattern too (unfilled-slot's notes to the agent).
          .filter((rule) => (rule.kind === 'pattern' || rule.kind === 'check') && rule.pattern)
          .map((rule) => ({
            pattern: rule.pattern!,
            caseSensitive: rule.caseSensitive ?? false,
            examples: [...(rule.examples?.bad ?? []).map(exampleText), ...(rule.examples?.good ?? [])],
          })),
      ];
      it(`${packName}/${file}: ${patterns.length} patterns match the same on RE2 and V8, with no nested quantifiers`, () => {
        const ruleExamples = Object.values(spec.rules).flatMap((rule) => [...(rule.examples?.bad ?? []).map(exampleText), ...(rule.examples?.good ?? [])]);
        for (const { pattern, caseSensitive, examples } of patterns) {
          assert.doesNotMatch(pattern, NESTED_QUANTIFIER, `nested quantifier in ${pattern}`);
          const { re2, native } = bothEngines(pattern, caseSensitive);
          for (const text of [...texts, ...ruleExamples, ...examples, SURROGATES_AND_FOLDING]) {
            assert.deepEqual(native.spans(text), re2.spans(text), `${pattern} differs on: ${text.slice(0, 80)}`);
            assert.deepEqual(native.reported(text), re2.reported(text), `${pattern} reports differently on: ${text.slice(0, 80)}`);
          }
        }
      });
    }
  }
});
