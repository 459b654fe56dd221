// Engine behaviour the recommended pack relies on for precision: `unless`
// context stays inside the sentence and also applies to conditional triggers;
// sentences end after "in." and after numbers; HTML declarations are not prose;
// removing a whole-sentence filler takes its punctuation with it.
import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import type { LoadedPack } from '../../server/src/engine/config/project-config';
import { applyEdits } from '../../server/src/engine/fix-all';
import type { PackSpec } from '../../server/src/engine/rules/pack';
import { builtinGrammar } from '../../server/src/engine/config/grammar-file';
import { analyzeProse } from '../../server/src/engine/text/analyze';
import { lintWithPacks } from '../support/engine';

const PACK: LoadedPack[] = [
  {
    name: 'test',
    file: 'test.yaml',
    spec: parse(`
language: en
timeframes: ['\\bby \\d{1,2} ?[ap]m\\b']
rules:
  formula/no-problem:
    kind: phrase
    category: formula
    message: Drop {match}
    phrases: [no problem]
    unless: { before: [there, "it was * to"], after: ["with the * at all"] }
  deferral/looking-into-it:
    kind: conditional
    category: deferral
    message: When?
    trigger: ["looking into it"]
    unless: { before: [stop] }
    requires: { timeframe: true }
  formula/hope-this-helps:
    kind: phrase
    category: formula
    message: Drop {match}
    phrases: [i hope this helps]
    suggest: { remove: true }
`) as PackSpec,
  },
];

const ids = (text: string, fileName = 'reply.txt') => lintWithPacks(text, PACK, 'en', fileName).findings.map((finding) => finding.ruleId);

describe('engine details behind the recommended pack', () => {
  it('`unless before` only looks inside the same sentence', () => {
    assert.deepEqual(ids('Is it there? No problem, I will check.'), ['formula/no-problem']);
    assert.deepEqual(ids('There no problem.'), []);
  });

  it('`unless` phrases of several words excuse only when they end right before the hit or start right after it', () => {
    assert.deepEqual(ids('It was never going to be no problem.'), ['formula/no-problem']);
    assert.deepEqual(ids('It was going to no problem.'), []);
    assert.deepEqual(ids('It was going to. No problem.'), ['formula/no-problem']);
    assert.deepEqual(ids('No problem with the courier at all.'), []);
    assert.deepEqual(ids('No problem with the courier.'), ['formula/no-problem']);
    assert.deepEqual(ids('No problem. With the courier at all.'), ['formula/no-problem']);
  });

  it('`unless` also excuses conditional triggers', () => {
    assert.deepEqual(ids("We're looking into it."), ['deferral/looking-into-it']);
    assert.deepEqual(ids('We will never stop looking into it.'), []);
    assert.deepEqual(ids("We're looking into it and will reply by 3 pm."), []);
  });

  it('ends a sentence after "in." and after a number when a capital follows', () => {
    const sentences = (text: string) =>
      analyzeProse(text, [], builtinGrammar('en').sentences).sentences.map((sentence) => text.slice(sentence.start, sentence.end));
    assert.deepEqual(sentences('Please sign in. Then open Settings.'), ['Please sign in.', 'Then open Settings.']);
    assert.deepEqual(sentences('Your seats are in row 12. The hotel agreed.'), ['Your seats are in row 12.', 'The hotel agreed.']);
    assert.deepEqual(sentences('The shelf is 5 in. wide.'), ['The shelf is 5 in. wide.']);
    assert.deepEqual(sentences('It costs 3.50 EUR.'), ['It costs 3.50 EUR.']);
  });

  it('ends a Lithuanian sentence after a date\'s "d." when a capital follows, not after "d.d."', () => {
    const sentences = (text: string) =>
      analyzeProse(text, [], builtinGrammar('lt').sentences).sentences.map((sentence) => text.slice(sentence.start, sentence.end));
    assert.deepEqual(sentences('Spaustuvė nedirbs vasario 15 d. Visi užsakymai bus išsiųsti vėliau.'), [
      'Spaustuvė nedirbs vasario 15 d.',
      'Visi užsakymai bus išsiųsti vėliau.',
    ]);
    assert.deepEqual(sentences('Siunta pasieks per 1–3 d.d. jeigu pasirinkote paštomatą.'), ['Siunta pasieks per 1–3 d.d. jeigu pasirinkote paštomatą.']);
  });

  it('does not read <!DOCTYPE> or <title> as prose', () => {
    const result = lintWithPacks('<!DOCTYPE html><html><head><title>No problem</title></head><body><p>Hello.</p></body></html>', PACK, 'en', 'a.html');
    assert.deepEqual(result.findings, []);
  });

  it('removing a whole-sentence filler removes its punctuation too', () => {
    const text = 'Your refund is done. I hope this helps! Have a good day.';
    const finding = lintWithPacks(text, PACK, 'en').findings.find((item) => item.ruleId === 'formula/hope-this-helps')!;
    assert.equal(applyEdits(text, finding.suggestions[0]!.edits), 'Your refund is done. Have a good day.');
  });
});
