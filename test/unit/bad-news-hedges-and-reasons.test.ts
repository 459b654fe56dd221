// empathy/bad-news-without-empathy (corpus set 6): "we can't promise a repair, but we'll take a good look" hedges an
// outcome nobody knows yet (en, pl, lt, sq; fi's "emme voi luvata" was never read as news), and what cannot be done
// without turning off the water or the lift is a planned-works notice's reason (lt "ne\u012fmanoma \u2026 nei\u0161jungus"). The same
// words refusing something ("so we can't repair kettles", "Pinig\u0173 gr\u0105\u017einti ne\u012fmanoma.") stay bad news.
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

const RULE = 'empathy/bad-news-without-empathy';
const flagged = (text: string, language: string) => spansOf(RULE, text, 'reply.txt', { language });

const hedges: [string, string, string][] = [
  [
    'en',
    "Hi Sam,\n\nOur fixers are all volunteers, so we can't promise a repair, but we'll take a good look and show you what we find.\n\nRuth",
    "Hi Sam,\n\nOur fixers are all volunteers, so we can't repair kettles.\n\nRuth",
  ],
  [
    'pl',
    'Cze\u015b\u0107 Ola,\n\nnasi naprawiacze to wolontariusze, wi\u0119c nie mo\u017cemy obieca\u0107 naprawy, ale dok\u0142adnie obejrzymy sprz\u0119t i poka\u017cemy, co znajdziemy.\n\nRuta',
    'Cze\u015b\u0107 Ola,\n\nnasi naprawiacze to wolontariusze, wi\u0119c nie mo\u017cemy naprawia\u0107 czajnik\u00f3w.\n\nRuta',
  ],
  [
    'lt',
    'Sveiki, Rasa,\n\nm\u016bs\u0173 meistrai yra savanoriai, tod\u0117l negalime pa\u017ead\u0117ti, kad pataisysime, bet atid\u017eiai ap\u017ei\u016br\u0117sime ir parodysime, k\u0105 radome.\n\nR\u016bta',
    'Sveiki, Rasa,\n\nm\u016bs\u0173 meistrai yra savanoriai, tod\u0117l negalime taisyti virduli\u0173.\n\nR\u016bta',
  ],
  [
    'sq',
    "P\u00ebrsh\u00ebndetje Arta,\n\nriparuesit tan\u00eb jan\u00eb vullnetar\u00eb, prandaj nuk mund t\u00eb premtojm\u00eb riparimin, por do ta shohim me kujdes dhe do t'ju tregojm\u00eb \u00e7far\u00eb gjejm\u00eb.\n\nRuta",
    'P\u00ebrsh\u00ebndetje Arta,\n\nriparuesit tan\u00eb jan\u00eb vullnetar\u00eb, prandaj nuk mund t\u2019i riparojm\u00eb kazan\u00ebt.\n\nRuta',
  ],
];

const works = (reason: string) =>
  `Gerbiami gyventojai,\n\nketvirtadien\u012f nuo 8 iki 14 val. namuose nebus vandens, nes kei\u010diama sklend\u0117. ${reason}\n\nJei jums sunku atsine\u0161ti vandens, paskambinkite pirmininkui iki tre\u010diadienio.\n\nAtsipra\u0161ome u\u017e nepatogumus.\n\nBendrijos valdyba`;

describe("bad news: a hedge on an unknown outcome, a planned stop's reason (corpus set 6)", function () {
  this.timeout(60_000);

  for (const [language, hedge, refusal] of hedges)
    it(`${language}: "can't promise \u2026, but" is quiet; the same clause refusing is flagged`, () => {
      assert.deepEqual(flagged(hedge, language), []);
      assert.equal(flagged(refusal, language).length, 1);
    });

  it('lt: "ne\u012fmanoma" before "without turning off \u2026" is the works\' reason; "ne\u012fmanoma" refusing is news', () => {
    assert.deepEqual(flagged(works('To padaryti ne\u012fmanoma neu\u017edarius vandens.'), 'lt'), []);
    assert.deepEqual(flagged(works('O to ne\u012fmanoma padaryti nei\u0161jungus siurblio.'), 'lt'), []);
    assert.equal(flagged(works('Deja, gr\u0105\u017einti pinig\u0173 u\u017e pra\u0117jus\u012f m\u0117nes\u012f ne\u012fmanoma.'), 'lt').length, 1);
  });
});
