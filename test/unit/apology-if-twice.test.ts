// An apology hedged only because the writer cannot know whether this reader got the message twice ("Apologies if this
// newsletter reaches you twice") doubts no harm: no non-apology (reviewer-26 #1), in en, pl, fi and lt. The same "if"
// over a harm the writer caused ("Apologies if the new mail service caused you any trouble") still hedges.
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

const RULE = 'empathy/non-apology';
const flagged = (text: string, language: string) => spansOf(RULE, text, 'notice.txt', { language });

const rows: [string, string, string][] = [
  [
    'en',
    'Hello,\n\nApologies if this newsletter reaches you twice: we moved to a new mail service this week. The spring market opens on Saturday at 9:00.\n\nHill Farm Shop',
    'Hello,\n\nApologies if the new mail service caused you any trouble this week.\n\nHill Farm Shop',
  ],
  [
    'pl',
    'Dzie\u0144 dobry,\n\nprzepraszamy, je\u015bli ta wiadomo\u015b\u0107 trafi\u0142a do Pani dwukrotnie: w tym tygodniu zmienili\u015bmy system pocztowy. Targ wiosenny rusza w sobot\u0119 o 9:00.\n\nSklep Pod Lasem',
    'Dzie\u0144 dobry,\n\nprzepraszamy, je\u015bli nowy system pocztowy sprawi\u0142 Pani k\u0142opot.\n\nSklep Pod Lasem',
  ],
  [
    'fi',
    'Hei,\n\npahoittelemme, jos saat t\u00e4m\u00e4n uutiskirjeen kahdesti: vaihdoimme t\u00e4ll\u00e4 viikolla s\u00e4hk\u00f6postipalvelua. Kev\u00e4ttori aukeaa lauantaina klo 9.\n\nM\u00e4en tilapuoti',
    'Hei,\n\npahoittelemme, jos uusi s\u00e4hk\u00f6postipalvelu aiheutti sinulle harmia.\n\nM\u00e4en tilapuoti',
  ],
  [
    'lt',
    'Sveiki,\n\natsipra\u0161ome, jei \u0161\u012f naujienlai\u0161k\u012f gavote du kartus: \u0161i\u0105 savait\u0119 pakeit\u0117me pa\u0161to paslaug\u0105. Pavasario turgus prasideda \u0161e\u0161tadien\u012f 9 val.\n\nKalvos \u016bkio parduotuv\u0117',
    'Sveiki,\n\natsipra\u0161ome, jei nauja pa\u0161to paslauga jums suk\u0117l\u0117 nepatogum\u0173.\n\nKalvos \u016bkio parduotuv\u0117',
  ],
];

describe('an apology in case the message came twice (reviewer-26 #1)', function () {
  this.timeout(60_000);

  for (const [language, twice, hedge] of rows) {
    it(`${language}: "sorry if you got this twice" is quiet; "sorry if it caused you trouble" is flagged`, () => {
      assert.deepEqual(flagged(twice, language), []);
      assert.equal(flagged(hedge, language).length, 1);
    });
  }
});
