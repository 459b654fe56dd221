// "Try again later" after our own failure: an error message's line in a notice, but in a person's reply or macro it
// leaves the chasing to the customer (reviewer-27 #12: en "Our payment system is down\u2026, try again later" was flagged
// while "is not working" and pl/fi/lt/sq outages were quiet). A failed payment of the reader's stays their own step.
import * as assert from 'node:assert/strict';
import type { ReplyKind } from '../../server/src/engine/types';
import { findingsOf } from '../support/engine';

function flagged(text: string, language: string, kind: ReplyKind): boolean {
  return findingsOf('deferral/check-back', text, 'retry.md', { language, kind }).length > 0;
}

const OUTAGES: [string, string][] = [
  ['en', 'Our booking system is not working, so please try again later.'],
  ['en', 'We have an outage on the booking page. Please try again later.'],
  ['pl', 'Nasz system rezerwacji ma awari\u0119, dlatego prosz\u0119 spr\u00f3bowa\u0107 ponownie p\u00f3\u017aniej.'],
  ['fi', 'Varausj\u00e4rjestelm\u00e4ss\u00e4mme on vika, joten yrit\u00e4 my\u00f6hemmin uudelleen.'],
  ['lt', 'M\u016bs\u0173 rezervacij\u0173 sistema neveikia, tod\u0117l bandykite v\u0117liau.'],
  ['sq', 'Sistemi yn\u00eb i rezervimeve nuk funksionon, prandaj provoni p\u00ebrs\u00ebri m\u00eb von\u00eb.'],
];

describe('check-back: our own failure excuses the retry only in a notice, five languages', function () {
  this.timeout(60_000);

  it('in a person\'s reply or macro, our outage and "try again later" leave the chasing to the customer', () => {
    for (const [language, text] of OUTAGES) {
      assert.equal(flagged(text, language, 'macro'), true, `${language} macro: ${text}`);
      assert.equal(flagged(text, language, 'reply'), true, `${language} reply: ${text}`);
    }
  });

  it('in a notice or a chat widget line it is an error message', () => {
    for (const [language, text] of OUTAGES) {
      assert.equal(flagged(text, language, 'auto-reply'), false, `${language} auto-reply: ${text}`);
      assert.equal(flagged(text, language, 'chat'), false, `${language} chat: ${text}`);
    }
  });

  // "Today" there says when it fails, not when to come back (reviewer-28 #15: read as the retry's time in five languages).
  it('the day of the failure gives no time to come back; an hour does', () => {
    for (const [language, text] of [
      ['en', 'Our booking system is down today, so please try again later.'],
      ['pl', 'Nasz system rezerwacji dzi\u015b nie dzia\u0142a, prosz\u0119 spr\u00f3bowa\u0107 p\u00f3\u017aniej.'],
      ['fi', 'Varausj\u00e4rjestelm\u00e4mme on t\u00e4n\u00e4\u00e4n poissa k\u00e4yt\u00f6st\u00e4, joten yrit\u00e4 my\u00f6hemmin uudelleen.'],
      ['lt', 'M\u016bs\u0173 rezervacij\u0173 sistema \u0161iandien neveikia, tod\u0117l bandykite v\u0117liau.'],
      ['sq', 'Sistemi yn\u00eb i rezervimeve sot nuk funksionon, prandaj provoni p\u00ebrs\u00ebri m\u00eb von\u00eb.'],
    ]) {
      assert.equal(flagged(text!, language!, 'reply'), true, `${language}: ${text}`);
    }
    for (const [language, text] of [
      ['en', 'Our booking system is down today until 3 pm, so please try again after 3 pm.'],
      ['pl', 'Nasz system rezerwacji dzi\u015b nie dzia\u0142a do 15:00, prosz\u0119 spr\u00f3bowa\u0107 po 15:00.'],
      [
        'fi',
        'Varausj\u00e4rjestelm\u00e4mme on t\u00e4n\u00e4\u00e4n poissa k\u00e4yt\u00f6st\u00e4 klo 15 asti, joten yrit\u00e4 uudelleen klo 15 j\u00e4lkeen.',
      ],
      ['lt', 'M\u016bs\u0173 rezervacij\u0173 sistema \u0161iandien neveikia iki 15 val., tod\u0117l bandykite po 15 val.'],
      ['sq', 'Sistemi yn\u00eb i rezervimeve sot nuk funksionon deri n\u00eb or\u00ebn 15:00, prandaj provoni p\u00ebrs\u00ebri pas or\u00ebs 15:00.'],
    ]) {
      assert.equal(flagged(text!, language!, 'reply'), false, `${language}: ${text}`);
    }
  });

  it("the reader's failed payment is their own step in any kind", () => {
    for (const [language, text] of [
      ['en', 'Your payment failed. Please try again later.'],
      ['pl', 'P\u0142atno\u015b\u0107 nie powiod\u0142a si\u0119. Prosz\u0119 spr\u00f3bowa\u0107 ponownie p\u00f3\u017aniej.'],
      ['fi', 'Korttimaksusi ep\u00e4onnistui. Yrit\u00e4 my\u00f6hemmin uudelleen.'],
      ['lt', 'J\u016bs\u0173 mok\u0117jimas nepavyko. Bandykite v\u0117liau.'],
      ['sq', 'Pagesa d\u00ebshtoi. Provoni p\u00ebrs\u00ebri m\u00eb von\u00eb.'],
    ]) {
      assert.equal(flagged(text!, language!, 'macro'), false, `${language}: ${text}`);
    }
  });
});
