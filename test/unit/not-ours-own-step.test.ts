// "Not ours" followed at once by the writer's own step ("that's not our department, but I called the courier myself")
// is no deflection: en, fi and sq now read it as pl and lt do (7906d15, reviewer-23 #20). Sent on to someone else
// ("but you can call the shop") it still is.
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

const RULE = 'ownership/not-my-department';
const flagged = (text: string, language: string) => spansOf(RULE, text, 'reply.txt', { language, kind: 'reply', placeholders: 'none' });

const cases: [string, string, string][] = [
  [
    'en',
    "Hi Eva,\n\nThe heater is not our department, but I phoned the maker's service and they will visit you on Monday at 9:00.\n\nBest,\nLiam",
    "Hi Eva,\n\nThe heater is not our department, but you can phone the maker's service.\n\nBest,\nLiam",
  ],
  [
    'fi',
    'Hei Eeva,\n\nl\u00e4mmitin ei kuulu meille, mutta varasin valmistajan huollon, ja he tulevat maanantaina klo 9.\n\nTerveisin\nLiisa',
    'Hei Eeva,\n\nl\u00e4mmitin ei kuulu meille, mutta voit soittaa valmistajan huoltoon.\n\nTerveisin\nLiisa',
  ],
  [
    'sq',
    'P\u00ebrsh\u00ebndetje,\n\nngroh\u00ebsi nuk \u00ebsht\u00eb p\u00ebrgjegj\u00ebsia jon\u00eb, por un\u00eb thirra servisin e prodhuesit dhe ata vijn\u00eb t\u00eb h\u00ebn\u00ebn n\u00eb or\u00ebn 9.\n\nMe respekt,\nLiam',
    'P\u00ebrsh\u00ebndetje,\n\nngroh\u00ebsi nuk \u00ebsht\u00eb p\u00ebrgjegj\u00ebsia jon\u00eb, por mund t\u00eb telefononi servisin e prodhuesit.\n\nMe respekt,\nLiam',
  ],
];

describe("not ours, then the writer's own step (en, fi, sq as pl, lt)", function () {
  this.timeout(60_000);

  for (const [language, ownStep, sentOn] of cases) {
    it(`${language}: the writer's step after it: quiet; sent on to someone else: flagged`, () => {
      assert.deepEqual(flagged(ownStep, language), []);
      assert.equal(flagged(sentOn, language).length, 1);
    });
  }
});
