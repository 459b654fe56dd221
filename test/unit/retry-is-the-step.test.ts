// deferral/check-back: a retry of the reader's own step after a problem with it (a payment or a card declined) is the step
// that fixes it, not the team leaving them to chase (trial 28 class 4: sq "provoni p\u00ebrs\u00ebri ose kontaktoni me ne"). So a
// plain "try again" is never check-back in any of the five languages, and "try again later" after such a problem is an
// error message, as after a technical failure. "Try again later" about stock, with nothing failed, stays check-back.
import * as assert from 'node:assert/strict';
import { findingsOf } from '../support/engine';

const RULE = 'deferral/check-back';

function found(text: string, language: string): string[] {
  return ['deferral/check-back', 'deferral/vague-timeframe'].flatMap((rule) =>
    findingsOf(rule, text, 'payment.txt', { language, kind: 'auto-reply' }).map(() => rule),
  );
}

describe('check-back: the reader retrying their own payment is the fix', function () {
  this.timeout(60_000);

  it('a retry after a payment problem asks no time (5 languages)', () => {
    for (const [language, text] of [
      ['en', 'Hello,\n\nThe bank flagged a problem with the card you used. Try again later, or call the front desk.'],
      ['en', 'Hello,\n\nYour card payment was declined. Please try again later, or pay at the front desk.'],
      [
        'pl',
        'Dzie\u0144 dobry,\n\nwyst\u0105pi\u0142 problem z Twoj\u0105 p\u0142atno\u015bci\u0105. Spr\u00f3buj ponownie p\u00f3\u017aniej lub skontaktuj si\u0119 z nami.',
      ],
      ['fi', 'Hei,\n\nmaksussasi oli ongelma. Yrit\u00e4 my\u00f6hemmin uudelleen tai ota meihin yhteytt\u00e4.'],
      ['fi', 'Hei,\n\nkorttimaksusi hyl\u00e4ttiin. Yrit\u00e4 maksua uudelleen tai ota yhteytt\u00e4.'],
      ['lt', 'Sveiki,\n\nsu j\u016bs\u0173 mok\u0117jimu i\u0161kilo problema. Pabandykite v\u0117liau arba susisiekite su mumis.'],
      ['lt', 'Sveiki,\n\nj\u016bs\u0173 mok\u0117jimas atmestas. Pabandykite v\u0117l arba susisiekite su mumis.'],
      ['lt', 'Sveiki,\n\n\u012fvyko technin\u0117 klaida. Pabandykite v\u0117liau.'],
      ['sq', 'P\u00ebrsh\u00ebndetje,\n\nbanka na njoftoi p\u00ebr nj\u00eb problem me kart\u00ebn. Provoni p\u00ebrs\u00ebri, ose telefononi recepsionin.'],
      ['sq', 'P\u00ebrsh\u00ebndetje,\n\npagesa me kart\u00eb u refuzua. Provoni s\u00ebrish pages\u00ebn ose na kontaktoni.'],
    ]) {
      assert.deepEqual(found(text!, language!), [], `${language}: ${text}`);
    }
  });

  it('"try again later" with nothing failed still sends the reader back', () => {
    for (const [language, text] of [
      ['en', 'Hello,\n\nThe blue jacket is sold out. Please try again later.'],
      ['pl', 'Dzie\u0144 dobry,\n\nkurtka jest wyprzedana. Spr\u00f3buj ponownie p\u00f3\u017aniej.'],
      ['fi', 'Hei,\n\ntakki on loppuunmyyty. Yrit\u00e4 my\u00f6hemmin uudelleen.'],
      ['lt', 'Sveiki,\n\n\u0161ios striuk\u0117s \u0161iuo metu n\u0117ra. Pabandykite v\u0117liau.'],
      ['sq', 'P\u00ebrsh\u00ebndetje,\n\nxhaketa ka mbaruar. Provoni p\u00ebrs\u00ebri m\u00eb von\u00eb.'],
    ]) {
      assert.deepEqual(found(text!, language!), [RULE], `${language}: ${text}`);
    }
  });
});
