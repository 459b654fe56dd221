// Tone rules on a help desk's and a booking system's own notices (trial 19): the way in to the organisation's portal
// is a how-to step, not condescension; a formal salutation sets the register for what follows it.
import * as assert from 'node:assert/strict';
import { lintText } from '../support/engine';

function findings(text: string, rule: string, config?: Parameters<typeof lintText>[2], file = 'reply.txt'): string[] {
  return lintText(text, file, config)
    .findings.filter((finding) => finding.ruleId === rule)
    .map((finding) => finding.excerpt);
}

describe('tone on notices (trial 19)', () => {
  describe('tone/condescending: the way in to the organisation\u2019s own portal', () => {
    const notice = (step: string) =>
      `<p>Dear {{ticket.name}},</p>\n<p>You already have five open requests with us. ${step}</p>\n<p>Thank you,<br>Example Support</p>`;

    it('"simply" / "just" before logging in to our help desk or portal is no lecture', () => {
      for (const step of [
        'To add a comment to one of them, simply <a href="{{url}}/requests">log in to our help desk</a>.',
        'To add a comment to one of them, simply <a href="{{url}}/requests">login to our support portal</a>.',
        'To add a comment, just sign in to the customer portal and open the request.',
        'To follow them, simply log in to your account to track each request.',
      ]) {
        assert.deepEqual(findings(notice(step), 'tone/condescending', { kind: 'auto-reply' }, 'notice.html'), [], step);
      }
    });

    it('a fix told to a stuck customer behind the login stays flagged', () => {
      assert.deepEqual(findings('Hi Sam,\n\nSimply log in to your account and change the plan yourself.\n\nBest,\nAna', 'tone/condescending'), ['Simply']);
      assert.deepEqual(findings('Hi Sam,\n\nJust log in and switch the plan back.\n\nBest,\nAna', 'tone/condescending'), ['Just log']);
    });
  });
});
