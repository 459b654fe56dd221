// A notice's decision given with its reason, then another place for what it refused, has its way forward (trial 25:
// a forum server's registration denied with the reason printed under it and a pointer to other servers, judged to need
// no added regret). The same pointer without the reason stays a brush-off (judged so), and in a person's reply
// (a macro) it is no alternative: both keep the finding, in every language.
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

const RULE = 'empathy/bad-news-without-empathy';

const flagged = (text: string, language: string, kind: 'auto-reply' | 'macro') =>
  spansOf(RULE, text, 'notice.md', { language, kind, placeholders: 'handlebars' });

// [language, decision with its reason (the reason a variable under it), the same decision bare, the pointer elsewhere]
const notices: [string, string, string, string][] = [
  [
    'en',
    'Your application to join the Birdwatchers club has been declined for this reason:\n\n{{reason}}',
    'Your application to join the Birdwatchers club has been declined.',
    'You can find another birding club in our directory.',
  ],
  [
    'pl',
    'Twoje zg\u0142oszenie do klubu obserwator\u00f3w ptak\u00f3w zosta\u0142o odrzucone z tego powodu:\n\n{{reason}}',
    'Twoje zg\u0142oszenie do klubu obserwator\u00f3w ptak\u00f3w zosta\u0142o odrzucone.',
    'Mo\u017cesz znale\u017a\u0107 inny klub w naszym katalogu.',
  ],
  [
    'fi',
    'Hakemuksesi lintuharrastajien kerhoon on hyl\u00e4tty seuraavasta syyst\u00e4:\n\n{{reason}}',
    'Hakemuksesi lintuharrastajien kerhoon on hyl\u00e4tty.',
    'Voit l\u00f6yt\u00e4\u00e4 toisen kerhon hakemistostamme.',
  ],
  [
    'lt',
    'J\u016bs\u0173 parai\u0161ka \u012f pauk\u0161\u010di\u0173 steb\u0117toj\u0173 klub\u0105 buvo atmesta d\u0117l \u0161ios prie\u017easties:\n\n{{reason}}',
    'J\u016bs\u0173 parai\u0161ka \u012f pauk\u0161\u010di\u0173 steb\u0117toj\u0173 klub\u0105 buvo atmesta.',
    'Galite rasti kit\u0105 klub\u0105 m\u016bs\u0173 kataloge.',
  ],
  [
    'sq',
    'K\u00ebrkesa juaj p\u00ebr klubin e v\u00ebzhguesve t\u00eb shpendeve \u00ebsht\u00eb refuzuar p\u00ebr k\u00ebt\u00eb arsye:\n\n{{reason}}',
    'K\u00ebrkesa juaj p\u00ebr klubin e v\u00ebzhguesve t\u00eb shpendeve \u00ebsht\u00eb refuzuar.',
    'Mund t\u00eb gjeni nj\u00eb klub tjet\u00ebr n\u00eb katalogun ton\u00eb.',
  ],
];

describe('a notice that gives its reason and points elsewhere (trial 25)', function () {
  this.timeout(60_000);

  for (const [language, reasoned, bare, elsewhere] of notices) {
    it(`${language}: the reason and the pointer: no finding; the pointer alone, or in a person's reply: flagged`, () => {
      assert.deepEqual(flagged(`${reasoned}\n\n${elsewhere}`, language, 'auto-reply'), []);
      assert.equal(flagged(`${bare}\n\n${elsewhere}`, language, 'auto-reply').length, 1, `${language}: no reason`);
      assert.equal(flagged(`${reasoned}\n\n${elsewhere}`, language, 'macro').length, 1, `${language}: macro`);
    });
  }

  it('en: the reason on a labelled line under the news counts; a remedy is no other place', () => {
    const news = 'Your application to join the Birdwatchers club has been declined.\nReason: the club is for members of the society.';
    assert.deepEqual(flagged(`${news}\n\nYou can find another birding club in our directory.`, 'en', 'auto-reply'), []);
    assert.equal(flagged(`${news}\n\nJoin the society to apply again.`, 'en', 'auto-reply').length, 1);
  });

  it('a refund refused with its reason, then a product or a shop elsewhere, is no place to join (reviewer-24 #8)', () => {
    const news = 'Your refund request for order 4410 has been declined because the kettle was used.';
    for (const pointer of ['You can choose another kettle in our shop.', 'You can try another repair shop near you.'])
      assert.equal(flagged(`${news}\n\n${pointer}`, 'en', 'auto-reply').length, 1, pointer);
  });
});
