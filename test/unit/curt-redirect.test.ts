// ownership/curt-redirect (strict only): "Thanks for your message. For support, contact X." shows the customer the door
// to another channel with nobody who has read their message. Many teams find the one-line pointer plain and polite
// enough after a thanks or a "sorry", so the rule is in strict, not in recommended.
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

const RULE = 'ownership/curt-redirect';

function redirects(text: string, packs: string[]): string[] {
  return spansOf(RULE, text, 'reply.txt', { language: 'en', kind: 'reply', placeholders: 'none', extends: packs });
}

const reply = (body: string) => `Hi Sam,\n\n${body}\n\nBest,\nMira`;

describe('ownership/curt-redirect', function () {
  this.timeout(60_000);

  it('strict flags a bare pointer to another channel after a thanks or an apology', () => {
    const strict = ['recommended', 'strict'];
    assert.deepEqual(redirects(reply('Thanks for your interest. For wholesale questions, please contact trade@example.com.'), strict), [
      'For wholesale questions, please contact',
    ]);
    assert.deepEqual(redirects(reply("I'm sorry the shade arrived cracked. For warranty support, email care@example.org."), strict), [
      'For warranty support, email',
    ]);
    assert.deepEqual(redirects(reply('Thanks for reaching out! Please use the community forum for support.'), strict), [
      'Please use the community forum for support',
    ]);
  });

  it('recommended alone leaves the pointer be', () => {
    assert.deepEqual(redirects(reply('Thanks for your interest. For wholesale questions, please contact trade@example.com.'), ['recommended']), []);
  });

  it('our own channel, who helps there and why, or the customer\u2019s own bank is no curt redirect', () => {
    const strict = ['recommended', 'strict'];
    for (const body of [
      'Thanks for the photos. For help with anything else, contact us at hello@example.com or reply to this e-mail.',
      'For payroll questions, email payroll@example.com, where Ines or her colleague can answer within two working days.',
      "For billing questions, email Wes's team at billing@example.com, who can see your invoices.",
      'Please contact your bank for help with the pending charge; it drops off within five days.',
    ]) {
      assert.deepEqual(redirects(reply(body), strict), [], body);
    }
  });
});
