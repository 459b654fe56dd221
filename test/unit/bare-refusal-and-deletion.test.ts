// Strict ownership/bare-refusal and ownership/deletion-without-export (trial 34's misses, issue 13), five languages: a
// refusal or a lapse said alone is flagged, the same with its reason or a way on is quiet; data said to be deleted is
// flagged unless the reply says how to keep a copy (or that paying or renewing keeps it). Neither is in recommended.
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

const strict = (language: string, rule: string, text: string) =>
  spansOf(rule, text, 'reply.txt', { language, kind: 'auto-reply', extends: ['recommended', 'strict'] });
const recommended = (language: string, rule: string, text: string) => spansOf(rule, text, 'reply.txt', { language, kind: 'auto-reply' });

// [language, bare refusal, with its reason, bare lapse, with a way on, deletion, with a copy to keep]
const cases: [string, string, string, string, string, string, string][] = [
  [
    'en',
    "You can't switch to the Family plan.",
    "You can't switch to the Family plan, because it is sold only in the app.",
    'Your membership has expired.',
    'Your membership has expired. Renew it in Settings to keep your playlists.',
    'When the plan ends, your photos will be deleted.',
    'When the plan ends, your photos will be deleted. You can download them in Settings until then.',
  ],
  [
    'pl',
    'Nie mo\u017cesz prze\u0142\u0105czy\u0107 si\u0119 na plan Rodzina.',
    'Nie mo\u017cesz prze\u0142\u0105czy\u0107 si\u0119 na plan Rodzina, poniewa\u017c jest sprzedawany tylko w aplikacji.',
    'Twoje cz\u0142onkostwo wygas\u0142o.',
    'Twoje cz\u0142onkostwo wygas\u0142o. Odn\u00f3w je w Ustawieniach, aby zachowa\u0107 playlisty.',
    'Po zako\u0144czeniu planu Twoje zdj\u0119cia zostan\u0105 usuni\u0119te.',
    'Po zako\u0144czeniu planu Twoje zdj\u0119cia zostan\u0105 usuni\u0119te. Do tego czasu mo\u017cesz je pobra\u0107 w Ustawieniach.',
  ],
  [
    'fi',
    'Et voi vaihtaa Perhe-tilaukseen.',
    'Et voi vaihtaa Perhe-tilaukseen, koska sit\u00e4 myyd\u00e4\u00e4n vain sovelluksessa.',
    'J\u00e4senyytesi on p\u00e4\u00e4ttynyt.',
    'J\u00e4senyytesi on p\u00e4\u00e4ttynyt. Uusi se asetuksista, niin soittolistasi s\u00e4ilyv\u00e4t.',
    'Kun tilaus p\u00e4\u00e4ttyy, kuvasi poistetaan.',
    'Kun tilaus p\u00e4\u00e4ttyy, kuvasi poistetaan. Voit ladata ne asetuksista siihen asti.',
  ],
  [
    'lt',
    'Negalite perjungti \u012f \u0160eimos plan\u0105.',
    'Negalite perjungti \u012f \u0160eimos plan\u0105, nes jis parduodamas tik program\u0117l\u0117je.',
    'J\u016bs\u0173 naryst\u0117 baig\u0117si.',
    'J\u016bs\u0173 naryst\u0117 baig\u0117si. Atnaujinkite j\u0105 nustatymuose, kad grojara\u0161\u010diai i\u0161likt\u0173.',
    'Pasibaigus planui J\u016bs\u0173 nuotraukos bus i\u0161trintos.',
    'Pasibaigus planui J\u016bs\u0173 nuotraukos bus i\u0161trintos. Iki tol jas galite atsisi\u0173sti nustatymuose.',
  ],
  [
    'sq',
    'Nuk mund t\u00eb kaloni n\u00eb planin Familje.',
    'Nuk mund t\u00eb kaloni n\u00eb planin Familje, sepse shitet vet\u00ebm n\u00eb aplikacion.',
    'An\u00ebtar\u00ebsimi juaj ka skaduar.',
    'An\u00ebtar\u00ebsimi juaj ka skaduar. Rinovojeni te Cil\u00ebsimet p\u00ebr t\u2019i ruajtur listat.',
    'Kur t\u00eb mbaroj\u00eb plani, fotot tuaja do t\u00eb fshihen.',
    'Kur t\u00eb mbaroj\u00eb plani, fotot tuaja do t\u00eb fshihen. Deri at\u00ebher\u00eb mund t\u2019i shkarkoni te Cil\u00ebsimet.',
  ],
];

describe('strict: a bare refusal or lapse, data deleted with no copy to keep (trial 34)', function () {
  this.timeout(60_000);

  for (const [language, refusal, reasoned, lapse, onward, deletion, kept] of cases)
    it(`${language}: flagged alone, quiet with a reason, a way on or a copy to keep; not in recommended`, () => {
      assert.equal(strict(language, 'ownership/bare-refusal', refusal).length, 1, refusal);
      assert.deepEqual(strict(language, 'ownership/bare-refusal', reasoned), [], reasoned);
      assert.equal(strict(language, 'ownership/bare-refusal', lapse).length, 1, lapse);
      assert.deepEqual(strict(language, 'ownership/bare-refusal', onward), [], onward);
      assert.equal(strict(language, 'ownership/deletion-without-export', deletion).length, 1, deletion);
      assert.deepEqual(strict(language, 'ownership/deletion-without-export', kept), [], kept);
      assert.deepEqual(recommended(language, 'ownership/bare-refusal', refusal), []);
      assert.deepEqual(recommended(language, 'ownership/deletion-without-export', deletion), []);
    });
});
