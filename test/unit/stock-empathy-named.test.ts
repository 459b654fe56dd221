// empathy/stock-empathy right after the problem is named (issue 13, trial10 E-STOCK-AFTER-NAMED): the reply has
// already said what went wrong, so "Sorry for the inconvenience" there is fine (`unless.near` on a phrase rule:
// the match's sentence or the one before it). Alone, or with the problem named only after it, it is still stock.
import * as assert from 'node:assert/strict';
import { buildConfig } from '../../server/src/engine/config/project-config';
import { lint } from '../../server/src/engine/linter';

const RULE = 'empathy/stock-empathy';

function stock(text: string, language: string): string[] {
  const options = buildConfig({ language, kind: 'reply', placeholders: 'none' }, undefined).lintOptions;
  const result = lint({ text, fileName: 'reply.txt' }, options);
  return result.findings.filter((finding) => finding.ruleId === RULE).map((finding) => text.slice(finding.start, finding.end));
}

describe('stock empathy after the named problem', function () {
  this.timeout(60_000);

  it('the problem named in the sentence before or the same one makes the stock words fine, in en and pl', () => {
    assert.deepEqual(stock('Our checkout was down for an hour this morning. Sorry for the inconvenience.', 'en'), []);
    assert.deepEqual(stock('We apologize for the inconvenience the outage caused.', 'en'), []);
    assert.deepEqual(stock('W nocy wystąpiła awaria serwera płatności. Przepraszamy za utrudnienia.', 'pl'), []);
  });

  it('alone, two sentences away or before the problem is named, they are still stock', () => {
    assert.deepEqual(stock('Thanks for your message. Sorry for the inconvenience.', 'en'), ['Sorry for the inconvenience']);
    assert.deepEqual(stock('Our checkout was down for an hour. Your order is safe. Sorry for the inconvenience.', 'en'), ['Sorry for the inconvenience']);
    assert.deepEqual(stock('Sorry for the inconvenience. Our checkout was down for an hour.', 'en'), ['Sorry for the inconvenience']);
    assert.deepEqual(stock('Dziękujemy za wiadomość. Przepraszamy za utrudnienia.', 'pl'), ['Przepraszamy za utrudnienia']);
  });
});
