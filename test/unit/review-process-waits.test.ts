// Our own review process, or a feature built, as the wait with no date is an undated event in five languages (older
// misses: a review process or a build that is finished "as soon as", "once" or "when"); a date meets it, and
// a review told as done ("The vetting process is over, and \u2026") waits on nothing.
import * as assert from 'node:assert/strict';
import { findingsOf } from '../support/engine';

function flagged(text: string, language: string): boolean {
  return findingsOf('deferral/undated-event', text, 'review.md', { language, kind: 'macro' }).length > 0;
}

describe('undated event: our review process as the wait, five languages', function () {
  this.timeout(60_000);

  it('the review process or the build as the wait, with no date, is flagged', () => {
    for (const [language, text] of [
      ['en', "We'll open your seller page once the verification process is finished."],
      ['en', "Thanks for the suggestion. We'll e-mail you when it is implemented."],
      ['pl', 'Powiadomimy Pana o otwarciu strony po zako\u0144czeniu weryfikacji.'],
      ['fi', 'Avaamme myyj\u00e4sivun, kun k\u00e4sittely on valmis.'],
      ['lt', 'Pardav\u0117jo puslap\u012f atidarysime, kai per\u017ei\u016bra bus baigta.'],
      ['sq', 'Do ta hapim faqen e shit\u00ebsit pasi t\u00eb p\u00ebrfundoj\u00eb verifikimi.'],
    ]) {
      assert.equal(flagged(text!, language!), true, `${language}: ${text}`);
    }
  });

  it('a date, or the review told as done, meets it', () => {
    for (const [language, text] of [
      ['en', "We'll open your seller page once the verification process is finished, by 12 May at the latest."],
      ['en', 'The vetting process is over, and you will get the contract by e-mail.'],
      ['pl', 'Powiadomimy Pana o otwarciu strony po zako\u0144czeniu weryfikacji, najp\u00f3\u017aniej do 12 maja.'],
      ['fi', 'Avaamme myyj\u00e4sivun, kun k\u00e4sittely on valmis, perjantaihin menness\u00e4.'],
    ]) {
      assert.equal(flagged(text!, language!), false, `${language}: ${text}`);
    }
  });
});
