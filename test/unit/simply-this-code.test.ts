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
      // "Copy the code and paste it" is the same step (reviewer-27 #11).
      'Simply copy the code and paste it into the Promo box when you pay.',
    ])
      for (const kind of ['macro', 'auto-reply'] as const) assert.deepEqual(flagged(voucher(step), kind), [], `${kind}: ${step}`);
  });

  it('a step the reader missed, or a fix for someone stuck, stays flagged', () => {
    for (const step of ['The code was not entered. Simply enter the code at checkout next time.', 'Simply reinstall the app and try again.'])
      assert.deepEqual(flagged(voucher(step), 'macro'), ['Simply'], step);
  });

  it('the instructions thrown back at a reader whose try failed are flagged, and a failed code copied again (reviewer-27 #11)', () => {
    const scolding = 'The code failed because you typed an O for the zero. Simply copy this code at checkout, like the instructions said.';
    assert.deepEqual(flagged(voucher(scolding), 'macro'), ['like the instructions said']);
    // The failed try named, then the same code again: no easy step the message offers.
    const again = 'The code failed because a space was copied with it. Simply copy the code and paste it again.';
    assert.deepEqual(flagged(voucher(again), 'macro'), ['Simply']);
    // The instructions followed, or pointed to as what explains a thing: no telling-off (reviewer-28).
    for (const kind of [
      'You did everything like the instructions said, so the fault is ours: a new code is below.',
      'The 1 EUR hold is the card check, as the instructions explained: it drops off in two days.',
    ])
      assert.deepEqual(flagged(voucher(kind), 'macro'), [], kind);
  });
});
