// empathy/bad-news-without-empathy on reviewer-27 #9 and #4 (issue 13), five languages:
// - a rule and its reason with an amends already made for the reader right after ("I have added a free drop-in session
//   to your account") has its way forward; the same rule and reason with nothing after it is bad news in every language;
// - "cancelled successfully" with a reason of ours after it is our cancellation, not the reader's own: still bad news.
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

const RULE = 'empathy/bad-news-without-empathy';
const flagged = (text: string, language: string) => spansOf(RULE, text, 'reply.txt', { language, kind: 'reply' });

// [language, rule + reason + amends, our cancellation confirmed "successfully" with our reason]
const letters: [string, string, string][] = [
  [
    'en',
    'Hi Nora,\n\nClasses cancelled with less than 48 hours notice are not refunded, as the kiln space was set aside for you. I have added a free drop-in session to your account for next month.\n\nBest,\nIda',
    'Hi Nora,\n\nYour pottery course booking has been cancelled successfully because the first instalment did not reach us by 3 May.\n\nBest,\nIda',
  ],
  [
    'pl',
    'Dzie\u0144 dobry Pani Noro,\n\nzaj\u0119\u0107 odwo\u0142anych p\u00f3\u017aniej ni\u017c 48 godzin wcze\u015bniej nie zwracamy, bo miejsce przy piecu by\u0142o zarezerwowane dla Pani. Doda\u0142am Pani do konta darmowe wej\u015bcie na zaj\u0119cia w przysz\u0142ym miesi\u0105cu.\n\nPozdrawiam,\nIda',
    'Dzie\u0144 dobry Pani Noro,\n\nrezerwacja kursu ceramiki zosta\u0142a anulowana pomy\u015blnie, poniewa\u017c pierwsza rata nie dotar\u0142a do nas do 3 maja.\n\nPozdrawiam,\nIda',
  ],
  [
    'fi',
    'Hei Noora,\n\nalle 48 tuntia etuk\u00e4teen peruttuja kurssikertoja emme hyvit\u00e4, koska uunipaikka oli varattu sinulle. Lis\u00e4sin tilillesi ilmaisen pajakerran ensi kuulle.\n\nTerveisin\nIida',
    'Hei Noora,\n\nkeramiikkakurssin varauksesi on peruttu onnistuneesti, koska ensimm\u00e4inen er\u00e4 ei tullut meille 3.5. menness\u00e4.\n\nTerveisin\nIida',
  ],
  [
    'lt',
    'Laba diena, Nora,\n\nv\u0117liau nei likus 48 valandoms at\u0161aukt\u0173 u\u017esi\u0117mim\u0173 pinig\u0173 negr\u0105\u017einame, nes vieta prie krosnies buvo laikoma Jums. \u012e J\u016bs\u0173 paskyr\u0105 prid\u0117jau nemokam\u0105 u\u017esi\u0117mim\u0105 kitam m\u0117nesiui.\n\nPagarbiai\nIda',
    'Laba diena, Nora,\n\nkeramikos kurso rezervacija s\u0117kmingai at\u0161aukta, nes pirmoji \u012fmoka negauta iki gegu\u017e\u0117s 3 d.\n\nPagarbiai\nIda',
  ],
  [
    'sq',
    'P\u00ebrsh\u00ebndetje Nora,\n\nor\u00ebt e anuluara m\u00eb pak se 48 or\u00eb m\u00eb par\u00eb nuk rimbursohen, sepse vendi te furra ishte mbajtur p\u00ebr ju. Ju shtova n\u00eb llogari nj\u00eb or\u00eb pune falas p\u00ebr muajin tjet\u00ebr.\n\nMe respekt,\nIda',
    'P\u00ebrsh\u00ebndetje Nora,\n\nrezervimi juaj u anulua me sukses, sepse k\u00ebsti i par\u00eb nuk na arriti deri m\u00eb 3 maj.\n\nMe respekt,\nIda',
  ],
];
// The amends sentence, the last of the body paragraph.
const withoutAmends = (text: string) => text.replace(/(\.) [^.\n]+\.\n\n/, '$1\n\n');
// The reason of ours, from the comma or "because" on.
const withoutReason = (text: string) => text.replace(/,? (because|ponieważ|koska|nes|sepse) [^\n]+\n/, '.\n');

describe('bad news: an amends after the rule and its reason, our own reason after "cancelled successfully" (reviewer-27 #9, #4; reviewer-28 #12)', function () {
  this.timeout(60_000);

  for (const [language, amends, cancelled] of letters) {
    it(`${language}: a rule and its reason with an amends made is quiet; without the amends, flagged`, () => {
      assert.deepEqual(flagged(amends, language), []);
      const bare = withoutAmends(amends);
      assert.notEqual(bare, amends);
      assert.equal(flagged(bare, language).length, 1, bare);
    });

    it(`${language}: "cancelled successfully" with our reason is flagged; without the reason, or with the reader's own, quiet`, () => {
      assert.equal(flagged(cancelled, language).length, 1);
      const own = withoutReason(cancelled);
      assert.notEqual(own, cancelled);
      assert.deepEqual(flagged(own, language), [], own);
      const asked = cancelled.replace(/(because|poniewa\u017c|koska|nes|sepse) [^\n]+\n/, `$1 ${readerReason[language]}\n`);
      assert.notEqual(asked, cancelled);
      assert.deepEqual(flagged(asked, language), [], asked);
    });
  }

  it('en: a refund not on the statement yet, or sent another way, is information, not a refusal (reviewer-28 #12)', () => {
    const yet = 'Hi Nora,\n\nThe \u00a348 is not refunded on your statement yet: banks take 3 to 5 working days, and it left us on Monday.\n\nBest,\nIda';
    const route = 'Hi Nora,\n\nThe deposit is not refunded to your card: it comes off your final invoice instead.\n\nBest,\nIda';
    assert.deepEqual(flagged(yet, 'en'), []);
    assert.deepEqual(flagged(route, 'en'), []);
    assert.equal(flagged('Hi Nora,\n\nDeposits are not refunded.\n\nBest,\nIda', 'en').length, 1);
  });
});

// The reader's own reason after "successfully": they asked for it (reviewer-28 #12).
const readerReason: Record<string, string> = {
  en: 'you asked us to stop it at the end of May.',
  pl: 'poprosi\u0142a Pani o to telefonicznie.',
  fi: 'pyysit sit\u00e4 puhelimessa aamulla.',
  lt: 'to papra\u0161\u0117te telefonu.',
  sq: 'e k\u00ebrkuat n\u00eb telefon.',
};
