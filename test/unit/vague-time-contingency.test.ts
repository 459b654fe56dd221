// Trial 14 (issue 13): an acknowledgement that gives the statutory date and says it will give "a revised time-scale at
// the earliest opportunity" only if that date slips has given the time; a vague time of its own is still a wait.
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

const vague = (text: string) => spansOf('deferral/vague-timeframe', text, 'reply.txt', { language: 'en', kind: 'reply' });

const letter = (body: string) => `Dear Ms Lane,\n\n${body}\n\nYours sincerely,\nOwen`;

describe('deferral/vague-timeframe: a contingency on a time the reply gave', () => {
  it('excuses a vague time behind a condition that points back at the date given above', () => {
    const given =
      'You will receive our answer within 20 working days. In some cases we cannot meet this deadline. If this is likely, we will give you a revised date at the earliest opportunity.';
    assert.deepEqual(vague(letter(given)), []);
    assert.deepEqual(vague(letter('We will reply by 14 March. If that changes, we will tell you as soon as possible.')), []);
  });

  it('keeps it with no time above, with a condition of its own, or with the condition after it', () => {
    assert.deepEqual(
      vague(letter('In some cases we cannot meet the deadline. If this is likely, we will give you a revised date at the earliest opportunity.')),
      ['at the earliest opportunity'],
    );
    assert.deepEqual(
      vague(letter('The courier usually delivers within two working days. If a part of the order is still missing, we will get back to you shortly.')),
      ['shortly'],
    );
    assert.deepEqual(vague(letter('You will receive our answer within 20 working days. We will write again soon if this changes.')), ['soon']);
  });
});
