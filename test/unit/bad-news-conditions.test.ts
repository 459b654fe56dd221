// What would follow if the reader skipped an instruction ("use the invited address, otherwise we won't be able to
// match your account": trial 22) is a condition's consequence, as after "if": nothing has happened to the reader, in
// every language. The same refusal told as what we do stays bad news.
import * as assert from 'node:assert/strict';
import { assertQuietAndFlagged, spansOf } from '../support/engine';

const RULE = 'empathy/bad-news-without-empathy';

const flagged = (text: string, language: string) => spansOf(RULE, text, 'reply.md', { language, kind: 'macro', placeholders: 'none' });

const cases: [string, string, string][] = [
  [
    'en',
    "When you sign in, please use the e-mail address from the invite letter, otherwise we won't be able to match your account.",
    "We won't be able to match your account.",
  ],
  ['en', "Keep the receipt with the parcel, or else we won't be able to process the return.", "We won't be able to process the return."],
  [
    'pl',
    'Przy logowaniu u\u017cyj adresu e-mail z zaproszenia, w przeciwnym razie nie b\u0119dziemy mogli powi\u0105za\u0107 Twojego konta.',
    'Nie b\u0119dziemy mogli powi\u0105za\u0107 Twojego konta.',
  ],
  [
    'fi',
    'Kun kirjaudut sis\u00e4\u00e4n, k\u00e4yt\u00e4 kutsun s\u00e4hk\u00f6postiosoitetta, muuten emme voi yhdist\u00e4\u00e4 tili\u00e4si.',
    'Emme voi yhdist\u00e4\u00e4 tili\u00e4si.',
  ],
  [
    'lt',
    'Prisijungdami naudokite kvietime nurodyt\u0105 el. pa\u0161to adres\u0105, kitaip negal\u0117sime suteikti Jums prieigos.',
    'Negal\u0117sime suteikti Jums prieigos.',
  ],
  [
    'sq',
    'Kur t\u00eb hyni, p\u00ebrdorni adres\u00ebn e email-it nga ftesa, p\u00ebrndryshe nuk mund ta aktivizojm\u00eb llogarin\u00eb tuaj.',
    'Nuk mund ta aktivizojm\u00eb llogarin\u00eb tuaj.',
  ],
];

describe("bad news: a consequence under 'otherwise' is a condition's (trial 22)", function () {
  this.timeout(60_000);

  for (const [language, consequence, refusal] of cases) {
    it(`${language}: ${consequence.slice(0, 50)}`, () => {
      assert.deepEqual(flagged(consequence, language), []);
      assert.equal(flagged(refusal, language).length, 1, refusal);
    });
  }

  // "Otherwise" as "apart from that", opening a sentence after what we did or right before a bare refusal, makes
  // nothing conditional (reviewer-24 #1).
  const apart: [string, string][] = [
    ['en', 'The new mug went out today. Otherwise, we cannot refund the bowls, as they were used.'],
    ['en', 'The new mug went out today. The bowls are otherwise not eligible for a refund, as they were used.'],
    ['fi', 'L\u00e4hetin uuden mukin t\u00e4n\u00e4\u00e4n. Muuten emme voi hyvitt\u00e4\u00e4 kulhoja, koska niit\u00e4 on k\u00e4ytetty.'],
    ['lt', 'Nauj\u0105 puodel\u012f i\u0161siunt\u0117me \u0161iandien. Kitaip negalime pad\u0117ti, nes dubenys buvo naudoti.'],
  ];
  for (const [language, text] of apart) {
    it(`${language}: ${text.slice(28, 70)}: still flagged`, () => {
      assert.equal(flagged(text, language).length, 1, text);
    });
  }
});

// "This cannot be undone." after what the reader's step still to come will do is a warning shown before they confirm
// (trial 34, consequence-warning); after what we already did it is news against them. Each consequence group's asks
// answer its own opens only: "Please note that …" excuses an "Otherwise," and no "This cannot be undone." (reviewer 10:02).
describe('bad news: "This cannot be undone." as a warning before the reader confirms (trial 34)', function () {
  this.timeout(60_000);

  const warnings = [
    'Every member of your plan will lose access to the shared albums. This cannot be undone.',
    'Removing the shared folder deletes every file in it for all members. This cannot be undone.',
    'Are you sure you want to close the team workspace? This action cannot be undone.',
    'Your notes will be permanently deleted when you confirm. This cannot be undone.',
  ];
  const losses = [
    'While tidying the duplicates we removed your shared album. This cannot be undone.',
    'Please note that we sent the refund to the card that has expired. This cannot be undone.',
    'We merged your two profiles by mistake, and every member will lose the older comments. This cannot be undone.',
    'Your shared album was deleted during the clean-up, so all members will lose its photos. This cannot be undone.',
    // Our act or decision in the consequence's sentence or the one before (reviewer 12:50).
    'A sync fault on our side wiped the team folder, and members will no longer see it. This cannot be undone.',
    'We are closing the Basic plan on 3 March. All members will lose its templates. This cannot be undone.',
    // What already happened, whoever did it, in the sentence before (reviewer 13:18).
    'A faulty import removed the team folder this morning. Members will no longer see it. This cannot be undone.',
  ];
  it('quiet on a warning before the step; flagged after what was done', () => {
    assertQuietAndFlagged((text) => flagged(text, 'en'), warnings, losses);
  });
});
