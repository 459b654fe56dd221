// Trial 36's small wrong classes (issue 13): the usual "if this was not you" line (lt), our promise not to sell the
// reader's data (en), a template's check-box choices one per line (long-sentence) and a process dated the sentence
// before (pl); each next to what stays flagged.
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

const count = (rule: string, text: string, language: string, kind: 'reply' | 'auto-reply' | 'macro' = 'auto-reply') =>
  spansOf(rule, text, 'reply.txt', { language, kind }).length;

describe("trial 36's small wrong classes", function () {
  this.timeout(60_000);

  it('lt: a condition with its object before the verb is the security line, no blame', () => {
    assert.equal(count('tone/blame', 'Jeigu tokio u\u017esakymo nepateik\u0117te, \u0161\u012f lai\u0161k\u0105 galite i\u0161trinti.', 'lt'), 0);
    assert.equal(count('tone/blame', 'Jei \u0161ios u\u017eklausos nepateik\u0117te j\u016bs, para\u0161ykite mums.', 'lt'), 0);
    assert.equal(count('tone/blame', 'Nepateik\u0117te s\u0105skaitos kopijos, tod\u0117l pra\u0161ymo dar negalime svarstyti.', 'lt'), 1);
  });

  it("en: our promise about the reader's own data is no bad news; a refusal in the same words is", () => {
    assert.equal(count('empathy/bad-news-without-empathy', 'We do not sell your personal data to anyone.', 'en', 'reply'), 0);
    assert.equal(count('empathy/bad-news-without-empathy', "We don't sell or share your personal information.", 'en', 'reply'), 0);
    assert.equal(count('empathy/bad-news-without-empathy', 'We do not sell gift cards in our shops.', 'en', 'reply'), 1);
  });

  it('long-sentence: check-box lines are items, not one sentence', () => {
    const choices = [
      'Please tick the reason that applies:',
      '\u2610 We have to keep the invoices for six years under the accounting rules that apply to every order we ship',
      '\u2610 The data is needed for a legal claim that is still open with the courier that lost the second parcel',
      '\u2612 We could not confirm that the address you wrote from belongs to the holder of the account',
    ].join('\n');
    assert.equal(count('clarity/long-sentence', choices, 'en', 'macro'), 0);
  });

  it('pl: the process dated the sentence before is no undated event; a named verification process is', () => {
    const dated = 'Rozpatrzymy wniosek w ci\u0105gu 30 dni. Po zako\u0144czeniu procesu wy\u015blemy potwierdzenie na ten adres.';
    assert.equal(count('deferral/undated-event', dated, 'pl'), 0);
    assert.equal(count('deferral/undated-event', 'Po zako\u0144czeniu procesu weryfikacji damy zna\u0107, co dalej.', 'pl'), 1);
  });
});
