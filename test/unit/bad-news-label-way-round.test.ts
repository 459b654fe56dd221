// A refusal told as a label ("Not eligible:") over a line that offers the reader the way round (an exchange, store
// credit) has its alternative on the next line, as "we can't refund it, but you can exchange it" does in one sentence.
// A line that only says no again ("cannot be exchanged"), or states the rule on exchanges the reader's order missed
// (reviewer-23 #11), is no way round.
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

const RULE = 'empathy/bad-news-without-empathy';

function flagged(text: string): string[] {
  return spansOf(RULE, text, 'reply.txt', { language: 'en', kind: 'reply', placeholders: 'none' });
}

const reply = (label: string, line: string) => `Hi Sam,\n\nThanks for the photos of the jacket.\n\n${label}\n${line}\n\nBest,\nMaya`;

describe('bad news under a label: the way round on the next line', function () {
  this.timeout(60_000);

  const wayRound: [string, string][] = [
    ['Not eligible:', 'You can get store credit for the full amount instead.'],
    ['**Not Eligible:**', 'You can exchange it for another size within 30 days of delivery.'],
    ['Your jacket is not eligible for a refund.', "I'll add store credit for the full amount to your account today."],
    ['Your jacket is not eligible for a refund.', 'We can issue store credit for the full amount.'],
  ];
  for (const [label, line] of wayRound) {
    it(`${label} / ${line.slice(0, 40)}: not flagged`, () => {
      assert.deepEqual(flagged(reply(label, line)), []);
    });
  }

  const saidAgain: [string, string, string][] = [
    ['Not eligible:', 'Worn jackets cannot be exchanged or refunded.', 'Not eligible'],
    ['Your jacket is not eligible for a refund.', "Store credit can't be issued for worn items either.", 'not eligible'],
    ['Unfortunately, we cannot refund the jacket.', 'Items can be exchanged within 14 days of delivery, and yours arrived in May.', 'Unfortunately'],
    ['Not eligible:', 'Store credit is available only within 30 days of purchase, and your order is from April.', 'Not eligible'],
  ];
  for (const [label, line, span] of saidAgain) {
    it(`${label} / ${line.slice(0, 40)}: still flagged`, () => {
      assert.ok(flagged(reply(label, line)).includes(span), JSON.stringify(flagged(reply(label, line))));
    });
  }
});
