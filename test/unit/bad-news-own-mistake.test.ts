// empathy/bad-news-without-empathy on trial 29's recall (issue 13): our own mistake admitted with no word of regret
// ("There was an error in preparing the plugin package.") is news against the reader that we caused, in five
// languages; the same admission with an apology in its sentence is met.
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

const RULE = 'empathy/bad-news-without-empathy';
const flagged = (text: string, language: string) => spansOf(RULE, text, 'reply.txt', { language, kind: 'reply' });

// [language, the mistake admitted bare, the same with an apology]
const letters: [string, string, string][] = [
  [
    'en',
    'Hi Piotr,\n\nThere was an error in preparing the plugin package. Please download the file again from the release page.\n\nBest,\nMarta',
    'Hi Piotr,\n\nSorry, there was an error in preparing the plugin package. Please download the file again from the release page.\n\nBest,\nMarta',
  ],
  [
    'pl',
    'Dzie\u0144 dobry,\n\nby\u0142 b\u0142\u0105d w przygotowaniu paczki z wtyczk\u0105. Prosz\u0119 pobra\u0107 plik ponownie ze strony wydania.\n\nPozdrawiam,\nMarta',
    'Dzie\u0144 dobry,\n\nprzepraszamy, by\u0142 b\u0142\u0105d w przygotowaniu paczki z wtyczk\u0105. Prosz\u0119 pobra\u0107 plik ponownie ze strony wydania.\n\nPozdrawiam,\nMarta',
  ],
  [
    'fi',
    'Hei Petri,\n\nlis\u00e4osan paketin valmistelussa oli virhe. Lataa tiedosto uudelleen julkaisusivulta.\n\nTerveisin\nMarta',
    'Hei Petri,\n\npahoittelemme, lis\u00e4osan paketin valmistelussa oli virhe. Lataa tiedosto uudelleen julkaisusivulta.\n\nTerveisin\nMarta',
  ],
  [
    'lt',
    'Laba diena,\n\nruo\u0161iant \u012fskiepio paket\u0105 \u012fvyko klaida. Atsisi\u0173skite fail\u0105 i\u0161 naujo i\u0161 leidimo puslapio.\n\nPagarbiai\nMarta',
    'Laba diena,\n\natsipra\u0161ome, ruo\u0161iant \u012fskiepio paket\u0105 \u012fvyko klaida. Atsisi\u0173skite fail\u0105 i\u0161 naujo i\u0161 leidimo puslapio.\n\nPagarbiai\nMarta',
  ],
  [
    'sq',
    'P\u00ebrsh\u00ebndetje Petrit,\n\npati nj\u00eb gabim n\u00eb p\u00ebrgatitjen e paket\u00ebs s\u00eb shtojc\u00ebs. Ju lutem shkarkojeni skedarin p\u00ebrs\u00ebri nga faqja e publikimit.\n\nMe respekt,\nMarta',
    'P\u00ebrsh\u00ebndetje Petrit,\n\nna vjen keq, pati nj\u00eb gabim n\u00eb p\u00ebrgatitjen e paket\u00ebs s\u00eb shtojc\u00ebs. Ju lutem shkarkojeni skedarin p\u00ebrs\u00ebri nga faqja e publikimit.\n\nMe respekt,\nMarta',
  ],
];

describe('bad news: our own mistake admitted with no regret (trial 29 recall)', function () {
  this.timeout(60_000);

  for (const [language, bare, sorry] of letters)
    it(`${language}: flagged bare, quiet with an apology`, () => {
      assert.equal(flagged(bare, language).length, 1);
      assert.deepEqual(flagged(sorry, language), []);
    });
});
