// Bad news the reader's own lapse caused, told with the reader's own way out ("until it is returned, we cannot lend
// you other tools"; "Pay the invoice to restore it" under a notice's reason line), owes no regret: the condition is the
// reader's to meet, as after "if" (corpus blind set 4; the pack's unpaid-hosting example is judged the same way now).
// A condition that is our own step ("until our supplier delivers") still delivers our bad news.
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

const RULE = 'empathy/bad-news-without-empathy';
const found = (text: string, language: string) => spansOf(RULE, text, 'reply.txt', { language, placeholders: 'none' });

const cases: [string, string, string][] = [
  [
    'en',
    '<!-- replylint kind=auto-reply -->\nDear member,\n\nYour tool-library card has been blocked because the drill is 20 days overdue. Until it is returned, we cannot lend you other tools.\n\nEastside Tool Library',
    'Hi Sam,\n\nUntil our supplier delivers, we cannot ship the drill.\n\nBest,\nOwen',
  ],
  [
    'pl',
    'Dzie\u0144 dobry,\n\nkarta wypo\u017cyczalni narz\u0119dzi jest zablokowana z powodu przetrzymanej wiertarki. Dop\u00f3ki nie zostanie zwr\u00f3cona, nie mo\u017cemy wypo\u017cyczy\u0107 innych narz\u0119dzi.\n\nWypo\u017cyczalnia Narz\u0119dzi',
    'Dzie\u0144 dobry,\n\ndop\u00f3ki dostawca nie dowiezie towaru, nie mo\u017cemy ju\u017c zmieni\u0107 zam\u00f3wienia.\n\nPozdrawiam\nOla',
  ],
  [
    'fi',
    'Hei,\n\nlainauskorttisi on estetty my\u00f6h\u00e4ss\u00e4 olevan porakoneen vuoksi. Kunnes se on palautettu, emme voi lainata sinulle muita ty\u00f6kaluja.\n\nTy\u00f6kalulainaamo',
    'Hei,\n\nkunnes toimittaja on toimittanut tavaran, emme voi l\u00e4hett\u00e4\u00e4 porakonetta.\n\nTerveisin\nLaura',
  ],
  [
    'lt',
    'Laba diena,\n\nJ\u016bs\u0173 \u012franki\u0173 nuomos kortel\u0117 u\u017eblokuota d\u0117l v\u0117luojan\u010dio gr\u0105\u017etuvo. Kol gr\u0105\u017etuvas nebus gr\u0105\u017eintas, kit\u0173 \u012franki\u0173 i\u0161duoti negal\u0117sime.\n\n\u012eranki\u0173 nuoma',
    'Laba diena,\n\nkol tiek\u0117jas nepristatys preki\u0173, u\u017esakymo pakeisti negal\u0117sime.\n\nPagarbiai\nJonas',
  ],
  [
    'sq',
    'P\u00ebrsh\u00ebndetje,\n\nkarta juaj e huazimit t\u00eb veglave \u00ebsht\u00eb bllokuar p\u00ebr shkak t\u00eb trapanit t\u00eb vonuar. Derisa t\u00eb kthehet, nuk mund t\u2019ju huazojm\u00eb vegla t\u00eb tjera.\n\nHuazimi i Veglave',
    'P\u00ebrsh\u00ebndetje,\n\nderisa furnitori t\u00eb dor\u00ebzoj\u00eb mallin, nuk mund t\u2019ju d\u00ebrgojm\u00eb trapanin.\n\nMe respekt,\nArta',
  ],
];

describe("bad news with the reader's own way out", function () {
  this.timeout(60_000);

  for (const [language, ownWayOut, ourStep] of cases) {
    it(`${language}: until the reader's lapse is undone: quiet; until our own step: flagged`, () => {
      assert.deepEqual(found(ownWayOut, language), []);
      assert.equal(found(ourStep, language).length, 1);
    });
  }

  it("en: the way out after a notice's reason line meets the news; with no way out it is flagged", () => {
    const notice = (end: string) =>
      `<!-- replylint kind=auto-reply -->\nHello Ravi,\n\nYour mail server has been suspended.\nReason: invoice 7781 is 30 days overdue.\n\n${end}Pine Hosting`;
    assert.deepEqual(found(notice('Pay the invoice in your client area to restore your server.\n\n'), 'en'), []);
    assert.deepEqual(found(notice(''), 'en'), ['has been suspended']);
  });
});
