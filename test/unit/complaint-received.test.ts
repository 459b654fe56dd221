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

  // Turned down in other words than "rejected" (reviewer-24 #2: the noun trigger had caught these in lt).
  const turnedDown: [string, string][] = [
    ['en', 'Hi Ana,\n\nWe consider your complaint unfounded, as the base of the kettle was cracked by a fall.\n\nBest,\nTom'],
    ['en', 'Hi Ana,\n\nWe checked the delivery times and decided not to pay compensation for the kettle.\n\nBest,\nTom'],
    [
      'pl',
      'Dzie\u0144 dobry,\n\nsprawdzili\u015bmy zg\u0142oszenie i postanowili\u015bmy nie wyp\u0142aca\u0107 odszkodowania za czajnik.\n\nPozdrawiam,\nTomasz',
    ],
    ['fi', 'Hei Anna,\n\ntarkistimme vedenkeittimen ja katsomme valituksen aiheettomaksi, koska pohja oli haljennut pudotessa.\n\nTerveisin\nTuomas'],
    ['fi', 'Hei Anna,\n\ntarkistimme toimitusajat ja p\u00e4\u00e4timme olla korvaamatta vedenkeitint\u00e4.\n\nTerveisin\nTuomas'],
    ['lt', 'Laba diena,\n\nJ\u016bs\u0173 pretenzij\u0105 d\u0117l virdulio laikome nepagr\u012fsta, nes dugnas skilo nukritus.\n\nPagarbiai\nR\u016bta'],
    ['lt', 'Laba diena,\n\npatikrinome pristatymo laikus ir nusprend\u0117me kompensacijos neskirti.\n\nPagarbiai\nR\u016bta'],
    ['lt', 'Laba diena,\n\nJ\u016bs\u0173 pretenzijos d\u0117l virdulio netenkiname.\n\nPagarbiai\nR\u016bta'],
    [
      'sq',
      'P\u00ebrsh\u00ebndetje,\n\nankes\u00ebn p\u00ebr kazanin e konsiderojm\u00eb t\u00eb pabazuar, sepse fundi u \u00e7a nga nj\u00eb r\u00ebnie.\n\nMe respekt,\nArta',
    ],
    ['sq', 'P\u00ebrsh\u00ebndetje,\n\nkontrolluam af\u00ebtet dhe vendos\u00ebm t\u00eb mos ju paguajm\u00eb d\u00ebmshp\u00ebrblim.\n\nMe respekt,\nArta'],
  ];
  for (const [language, text] of turnedDown) {
    it(`${language}: a complaint turned down in other words is bad news: ${text.split('\n')[2]!.slice(0, 40)}`, () => {
      const result = lintText(text, 'reply.md', { language, kind: 'reply' });
      assert.equal(result.findings.filter((finding) => finding.ruleId === RULE).length, 1);
    });
  }

  // What was found unjustified is a fee we removed, or the decision is the reader's, or negated: no refusal (reviewer-24 #10).
  const notTurnedDown: [string, string][] = [
    ['en', 'Hi Ana,\n\nI looked into the delivery fee and found it unjustified, so I removed it from your invoice today.\n\nBest,\nTom'],
    ['en', 'Hi Ana,\n\nSince you decided not to pay for the express option, the kettle goes by standard post and arrives on Friday.\n\nBest,\nTom'],
    ['en', 'Hi Ana,\n\nWe do not consider your complaint unfounded at all, and I refunded the 9 EUR delivery this morning.\n\nBest,\nTom'],
    ['fi', 'Hei Anna,\n\ntotesimme toimitusmaksun aiheettomaksi ja palautimme 9 euroa kortillesi t\u00e4n\u00e4\u00e4n.\n\nTerveisin\nTuomas'],
    [
      'lt',
      'Laba diena,\n\npristatymo mokest\u012f pripa\u017einome nepagr\u012fstu ir \u0161iandien j\u012f gr\u0105\u017einome \u012f J\u016bs\u0173 s\u0105skait\u0105.\n\nPagarbiai\nR\u016bta',
    ],
    [
      'sq',
      'P\u00ebrsh\u00ebndetje,\n\ntarif\u00ebn e d\u00ebrges\u00ebs e konsiderojm\u00eb t\u00eb pabazuar dhe ua kthyem sot n\u00eb llogari.\n\nMe respekt,\nArta',
    ],
  ];
  for (const [language, text] of notTurnedDown) {
    it(`${language}: no complaint turned down: ${text.split('\n')[2]!.slice(0, 40)}`, () => {
      const result = lintText(text, 'reply.md', { language, kind: 'reply' });
      assert.deepEqual(
        result.findings.filter((finding) => finding.ruleId === RULE).map((finding) => text.slice(finding.start, finding.end)),
        [],
      );
    });
  }

  it('lt: a complaint turned down still is bad news', () => {
    const text = 'Laba diena,\n\nJ\u016bs\u0173 skundas d\u0117l virdulio atmestas, nes garantija baig\u0117si.\n\nPagarbiai\nR\u016bta';
    const result = lintText(text, 'reply.md', { language: 'lt', kind: 'reply' });
    assert.equal(result.findings.filter((finding) => finding.ruleId === RULE).length, 1);
  });
});
