// empathy/bad-news-without-empathy on reviewer-27 #5 (issue 13): thanks for the reader's appeal (requires.appeals) meets
// the appeal's decision only, news in its sentence or the next that says it is bad news; a bare refusal of something
// else after it ("We can't refund the spring tournament fee, though.") and a second refusal further down stay findings,
// in five languages (Finnish has no appeal words: its "valitettavasti" is the regret itself).
import * as assert from 'node:assert/strict';
import { findingsOf } from '../support/engine';

const RULE = 'empathy/bad-news-without-empathy';
// The lines of the findings.
const flagged = (text: string, language: string) =>
  findingsOf(RULE, text, 'reply.txt', { language, kind: 'reply' }).map((finding) => text.slice(0, finding.start).split('\n').length);

// [language, thanks and a lifted block, then a bare money refusal; thanks and the regretted decision, then a second
// regretted refusal in a paragraph of its own]
const letters: [string, string, string | undefined][] = [
  [
    'en',
    "Hi Kai,\n\nThank you for your appeal; I have lifted the posting block on the forum, so you can write again today. We can't refund the spring tournament fee, though.\n\nBest,\nLena",
    "Hi Kai,\n\nThanks for your appeal. Unfortunately, the two-week posting block stays in place.\n\nAbout the entry fee: unfortunately, we can't refund the spring tournament fee.\n\nBest,\nLena",
  ],
  [
    'pl',
    'Cze\u015b\u0107 Kai,\n\ndzi\u0119kuj\u0119 za odwo\u0142anie \u2013 zdj\u0119\u0142am blokad\u0119 pisania na forum, wi\u0119c ju\u017c dzi\u015b mo\u017cesz zn\u00f3w pisa\u0107. Nie mo\u017cemy jednak zwr\u00f3ci\u0107 op\u0142aty za wiosenny turniej.\n\nLena',
    'Cze\u015b\u0107 Kai,\n\ndzi\u0119kuj\u0119 za odwo\u0142anie. Niestety dwutygodniowa blokada pisania zostaje.\n\nCo do op\u0142aty: niestety nie mo\u017cemy zwr\u00f3ci\u0107 op\u0142aty za wiosenny turniej.\n\nLena',
  ],
  [
    'fi',
    'Hei Kai,\n\nkiitos valituksesta \u2013 poistin kirjoituseston foorumilta, joten voit kirjoittaa taas t\u00e4n\u00e4\u00e4n. Kev\u00e4tturnauksen osallistumismaksua emme hyvit\u00e4.\n\nLena',
    undefined,
  ],
  [
    'lt',
    'Labas, Kai,\n\na\u010di\u016b u\u017e apeliacij\u0105 \u2013 panaikinau ra\u0161ymo forume draudim\u0105, tad jau \u0161iandien v\u0117l gali ra\u0161yti. Ta\u010diau negalime gr\u0105\u017einti pavasario turnyro mokes\u010dio.\n\nLena',
    'Labas, Kai,\n\na\u010di\u016b u\u017e apeliacij\u0105. Deja, dviej\u0173 savai\u010di\u0173 ra\u0161ymo draudimas lieka.\n\nD\u0117l mokes\u010dio: deja, negalime gr\u0105\u017einti pavasario turnyro mokes\u010dio.\n\nLena',
  ],
  [
    'sq',
    'P\u00ebrsh\u00ebndetje Kai,\n\nfaleminderit p\u00ebr apelimin \u2013 e hoqa bllokimin e shkrimit n\u00eb forum, k\u00ebshtu q\u00eb mund t\u00eb shkruani sot. Megjithat\u00eb nuk mund ta kthejm\u00eb tarif\u00ebn e turneut t\u00eb pranver\u00ebs.\n\nLena',
    'P\u00ebrsh\u00ebndetje Kai,\n\nfaleminderit p\u00ebr apelimin. Fatkeq\u00ebsisht, bllokimi i shkrimit p\u00ebr dy jav\u00eb mbetet.\n\nP\u00ebr tarif\u00ebn: fatkeq\u00ebsisht, nuk mund ta kthejm\u00eb tarif\u00ebn e turneut t\u00eb pranver\u00ebs.\n\nLena',
  ],
];

describe("bad news: thanks for an appeal meets the appeal's decision only (reviewer-27 #5)", function () {
  this.timeout(60_000);

  for (const [language, lifted, twoRefusals] of letters) {
    it(`${language}: a bare refusal after the thanks and the good news is flagged`, () => {
      assert.deepEqual(flagged(lifted, language), [3]);
    });

    if (twoRefusals)
      it(`${language}: the regretted decision right after the thanks is quiet; a second refusal further down is flagged`, () => {
        assert.deepEqual(flagged(twoRefusals, language), [5]);
      });
  }
});
