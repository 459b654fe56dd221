// A complaint the team has received is the customer's own message, not bad news told to them (reviewer-23 #19: lt
// "gavome Jūsų skundą" with the writer's name and a time got empathy/bad-news-without-empathy, en was quiet). In every
// language the receipt gets no finding; the scorecard still asks the reply to acknowledge the complaint.
import * as assert from 'node:assert/strict';
import { lintText } from '../support/engine';

const RULE = 'empathy/bad-news-without-empathy';

const received: [string, string][] = [
  ['en', 'Hi Ana,\n\nWe have received your complaint about the broken kettle. I will check it and reply by Friday 12:00.\n\nBest,\nTom'],
  [
    'pl',
    'Dzie\u0144 dobry,\n\notrzymali\u015bmy Pani reklamacj\u0119 dotycz\u0105c\u0105 zepsutego czajnika. Sprawdz\u0119 j\u0105 i odpowiem do pi\u0105tku do 12:00.\n\nPozdrawiam,\nTomasz',
  ],
  [
    'fi',
    'Hei Anna,\n\nolemme saaneet valituksesi rikkin\u00e4isest\u00e4 vedenkeittimest\u00e4. Selvit\u00e4n asian ja vastaan perjantaihin klo 12 menness\u00e4.\n\nTerveisin\nTuomas',
  ],
  [
    'lt',
    'Laba diena,\n\ngavome J\u016bs\u0173 skund\u0105 d\u0117l sugedusio virdulio. J\u012f i\u0161nagrin\u0117siu ir atsakysiu iki penktadienio 12 val.\n\nPagarbiai\nR\u016bta',
  ],
  [
    'sq',
    'P\u00ebrsh\u00ebndetje,\n\nkemi marr\u00eb ankes\u00ebn tuaj p\u00ebr kazanin e prishur. Do ta shqyrtoj dhe do t\u2019ju p\u00ebrgjigjem deri t\u00eb premten n\u00eb or\u00ebn 12:00.\n\nMe respekt,\nArta',
  ],
];

describe('a complaint received is no bad news (reviewer-23 #19)', function () {
  this.timeout(60_000);

  for (const [language, text] of received) {
    it(`${language}: no finding; the scorecard still asks for the complaint to be acknowledged`, () => {
      const result = lintText(text, 'reply.md', { language, kind: 'reply' });
      assert.deepEqual(
        result.findings.filter((finding) => finding.ruleId === RULE).map((finding) => text.slice(finding.start, finding.end)),
        [],
      );
      assert.equal(result.units[0]!.scorecard.empathy, 'fail');
    });
  }

  it('lt: a complaint turned down still is bad news', () => {
    const text = 'Laba diena,\n\nJ\u016bs\u0173 skundas d\u0117l virdulio atmestas, nes garantija baig\u0117si.\n\nPagarbiai\nR\u016bta';
    const result = lintText(text, 'reply.md', { language: 'lt', kind: 'reply' });
    assert.equal(result.findings.filter((finding) => finding.ruleId === RULE).length, 1);
  });
});
