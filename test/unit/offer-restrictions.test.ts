// "Only" with a verb of the refused thing (accept, take back, refund) right after an offer's words narrows the refusal
// and offers no way round it (reviewer-23 #21); "only" with the offer's own verb (offer, exchange) still offers it
// (reviewer-24 #6): empathy/bad-news-without-empathy's `requires.restrictions`, in five languages.
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

const RULE = 'empathy/bad-news-without-empathy';

function flagged(language: string, text: string): string[] {
  return spansOf(RULE, text, 'reply.txt', { language, kind: 'reply', placeholders: 'none' });
}

describe('an offer narrowed by "only" is no way round a refusal', function () {
  this.timeout(60_000);

  // [language, the refusal, an offer narrowed by "only", a real offer]
  const cases: [string, string, string, string][] = [
    [
      'en',
      'Unfortunately we cannot take back worn trainers.',
      'We can, however, accept only unused pairs for exchange.',
      'We can, however, swap them for a new size.',
    ],
    [
      'pl',
      'Nie mo\u017cemy przyj\u0105\u0107 zwrotu noszonych but\u00f3w.',
      'Mo\u017cemy jednak przyj\u0105\u0107 tylko buty nienoszone.',
      'Mo\u017cemy jednak wymieni\u0107 je na inny rozmiar.',
    ],
    [
      'fi',
      'Emme voi ottaa k\u00e4ytettyj\u00e4 kenki\u00e4 takaisin.',
      'Voimme kuitenkin ottaa takaisin vain k\u00e4ytt\u00e4m\u00e4tt\u00f6m\u00e4t keng\u00e4t.',
      'Voimme kuitenkin vaihtaa ne toiseen kokoon.',
    ],
    [
      'lt',
      'Deja, ne\u0161iot\u0173 bat\u0173 gr\u0105\u017einti negalime.',
      'Vis d\u0117lto galime priimti tik nene\u0161iotus batus.',
      'Vis d\u0117lto galime juos pakeisti kitu dyd\u017eiu.',
    ],
    [
      'sq',
      'Fatkeq\u00ebsisht nuk mund t\u2019i kthejm\u00eb k\u00ebpuc\u00ebt e veshura.',
      'Megjithat\u00eb mund t\u00eb pranojm\u00eb vet\u00ebm k\u00ebpuc\u00eb t\u00eb pambathura p\u00ebr nd\u00ebrrim.',
      'Megjithat\u00eb mund t\u2019jua nd\u00ebrrojm\u00eb me nj\u00eb mas\u00eb tjet\u00ebr.',
    ],
  ];
  for (const [language, refusal, narrowed, offered] of cases) {
    it(`${language}: "only" after the offer's words leaves the refusal flagged`, () => {
      assert.equal(flagged(language, `${refusal} ${narrowed}`).length, 1);
    });
    it(`${language}: the same offer without "only" meets it`, () => {
      assert.deepEqual(flagged(language, `${refusal} ${offered}`), []);
    });
  }

  it('"only" with the offer\'s own verb still offers a way round (reviewer-24 #6)', () => {
    for (const [language, text] of [
      ['en', 'Unfortunately we cannot take back worn trainers. You can exchange them only for another size, and I have set a pair aside for you.'],
      ['lt', 'Deja, ne\u0161iot\u0173 bat\u0173 gr\u0105\u017einti negalime. Galime pasi\u016blyti tik keitim\u0105 \u012f kit\u0105 dyd\u012f.'],
      [
        'sq',
        'Fatkeq\u00ebsisht nuk mund t\u2019i kthejm\u00eb k\u00ebpuc\u00ebt e veshura. Mund t\u2019ju ofrojm\u00eb vet\u00ebm nj\u00eb nd\u00ebrrim me nj\u00eb mas\u00eb tjet\u00ebr.',
      ],
    ]) {
      assert.deepEqual(flagged(language!, text!), [], `${language}: ${text}`);
    }
  });

  it('en: "only" in a later clause of the offer is not right after its verb', () => {
    assert.deepEqual(
      flagged('en', 'Unfortunately we cannot take back worn trainers. We can, however, swap them for a new size if you only wore them indoors.'),
      [],
    );
  });
});
