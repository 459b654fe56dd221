// Trial 12's wrong findings on what a report says rather than what this reader is told or made to wait for:
// "unfortunately" in an outage account (empathy/bad-news-without-empathy `unless.after`), couriers' effort and a
// standing commitment before "as soon as possible" (deferral/vague-timeframe `unless.inPart`).
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

function found(text: string, rule: string): string[] {
  return spansOf(rule, text, 'reply.txt', { language: 'en', kind: 'reply', placeholders: 'none' });
}

describe('reports are not news to the reader', function () {
  this.timeout(60_000);

  it('"unfortunately" in an account of what an outage reached is no bad news; about the reader\'s own order it still is', () => {
    const report = 'Between 08:10 and 09:40 UTC a faulty configuration change unfortunately touched most of our services. We rolled it back at 09:35.';
    assert.deepEqual(found(report, 'empathy/bad-news-without-empathy'), []);
    assert.deepEqual(found("Unfortunately, we can't refund order 4410.", 'empathy/bad-news-without-empathy'), ['Unfortunately']);
  });

  it("others' effort and a standing commitment are no vague wait; our own effort still is", () => {
    const rule = 'deferral/vague-timeframe';
    assert.deepEqual(found('Our couriers are doing their best to deliver every parcel as soon as possible despite the snow.', rule), []);
    assert.deepEqual(found('We will keep our commitment to repairing faults as soon as possible.', rule), []);
    assert.deepEqual(found('We are doing our best to fix your sync as soon as possible.', rule), ['as soon as possible']);
  });
});
