// tone/condescending (issue 13, trial 28 class 6, jc): "simply" before the way to use the code the message itself
// gives ("Simply copy/paste this code at checkout") reassures about an easy step, in a notice and in an agent's
// message alike; the same word before a step the reader missed or a fix for someone stuck stays a finding.
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

const RULE = 'tone/condescending';
const flagged = (text: string, kind: 'macro' | 'auto-reply') => spansOf(RULE, text, 'reply.txt', { language: 'en', kind });

const voucher = (step: string) => `Hi Sam,\n\nA voucher for 10 EUR has been created for you.\n\nVoucher code: SPRING10\n\n${step}\n\nHill Hotel`;

describe('"simply" before the way to use the message\'s own code (trial 28)', function () {
  this.timeout(60_000);

  it('copy/paste, enter, use or redeem this code or voucher: quiet in a macro and a notice', () => {
    for (const step of [
      'Simply copy/paste this code during checkout for your next order.',
      'Simply enter this code at checkout.',
      'Simply redeem this voucher in the app.',
      'Simply use this coupon on your next booking.',
    ])
      for (const kind of ['macro', 'auto-reply'] as const) assert.deepEqual(flagged(voucher(step), kind), [], `${kind}: ${step}`);
  });

  it('a step the reader missed, or a fix for someone stuck, stays flagged', () => {
    for (const step of ['The code was not entered. Simply enter the code at checkout next time.', 'Simply reinstall the app and try again.'])
      assert.deepEqual(flagged(voucher(step), 'macro'), ['Simply'], step);
  });
});
