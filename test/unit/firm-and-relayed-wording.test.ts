// Firm or relayed wording a QA lead would sign (trial 26 class 3, judgement calls judged wrong), in five languages:
// a work that must wait for a licence or permit is the law's condition, not the writer's order; "just" before the
// message's own form says it is quick; an invitation declined is the invitee's choice, relayed to the one who invited,
// so neither a refusal needing regret nor a passive that hides who acted. The same words without the permit, the
// message's form or the invitation stay findings.
import * as assert from 'node:assert/strict';
import { findingsOf, spansOf } from '../support/engine';

const config = (language: string) => ({ language, placeholders: 'none' as const });
const found = (rule: string, text: string, language: string) => spansOf(rule, text, 'reply.txt', config(language));

const licence: [string, string, string][] = [
  [
    'en',
    'Hi Sam,\n\nThanks for applying. You must not start digging until you receive your licence, as the dates are still being agreed.\n\nBest,\nOwen',
    'Hi Sam,\n\nThanks for applying. You must not start digging before Friday.\n\nBest,\nOwen',
  ],
  [
    'pl',
    'Dzie\u0144 dobry,\n\ndzi\u0119kujemy za wniosek. Musi Pan wstrzyma\u0107 si\u0119 z kopaniem do czasu otrzymania zezwolenia, bo terminy s\u0105 jeszcze uzgadniane.\n\nPozdrawiam\nOla',
    'Dzie\u0144 dobry,\n\ndzi\u0119kujemy za wniosek. Musi Pan wstrzyma\u0107 si\u0119 z kopaniem do pi\u0105tku.\n\nPozdrawiam\nOla',
  ],
  [
    'fi',
    'Hei,\n\nkiitos hakemuksesta. Teid\u00e4n t\u00e4ytyy j\u00e4tt\u00e4\u00e4 kaivaminen aloittamatta, kunnes saatte luvan, koska p\u00e4ivist\u00e4 sovitaan viel\u00e4.\n\nTerveisin\nLaura',
    'Hei,\n\nkiitos hakemuksesta. Teid\u00e4n t\u00e4ytyy j\u00e4tt\u00e4\u00e4 kaivaminen aloittamatta perjantaihin asti.\n\nTerveisin\nLaura',
  ],
  [
    'lt',
    'Laba diena,\n\nd\u0117kojame u\u017e parai\u0161k\u0105. Privalote neprad\u0117ti kasti, kol gausite leidim\u0105, nes datos dar derinamos.\n\nPagarbiai\nJonas',
    'Laba diena,\n\nd\u0117kojame u\u017e parai\u0161k\u0105. Privalote neprad\u0117ti kasti iki penktadienio.\n\nPagarbiai\nJonas',
  ],
  [
    'sq',
    'P\u00ebrsh\u00ebndetje,\n\nfaleminderit p\u00ebr aplikimin. Ju duhet t\u00eb mos filloni g\u00ebrmimin para se t\u00eb merrni lejen, sepse datat ende po caktohen.\n\nMe respekt,\nArta',
    'P\u00ebrsh\u00ebndetje,\n\nfaleminderit p\u00ebr aplikimin. Ju duhet t\u00eb mos filloni g\u00ebrmimin para s\u00eb premtes.\n\nMe respekt,\nArta',
  ],
];

const invitations: [string, string][] = [
  ['en', '<!-- replylint kind=auto-reply -->\nYour invitation to Tom Berg has been declined. The choir still needs one more co-host before the season starts.'],
  ['pl', 'Pani zaproszenie do wsp\u00f3\u0142prowadzenia ch\u00f3ru zosta\u0142o odrzucone. Tomasz Berg odpisa\u0142, \u017ce nie ma w tym sezonie czasu.'],
  ['fi', 'Kutsusi kuoron varajohtajaksi on hyl\u00e4tty. Tomi Berg vastasi, ettei h\u00e4nell\u00e4 ole t\u00e4ll\u00e4 kaudella aikaa.'],
  ['lt', 'J\u016bs\u0173 kvietimas buvo atmestas. Tomas Bergas atsak\u0117, kad \u0161\u012f sezon\u0105 neturi laiko.'],
  ['sq', 'Ftesa p\u00ebr bashk\u00ebdrejtimin e korit u refuzua. Tom Berg u p\u00ebrgjigj se k\u00ebt\u00eb sezon nuk ka koh\u00eb.'],
];

describe('firm or relayed wording (trial 26 class 3)', function () {
  this.timeout(60_000);

  for (const [language, condition, order] of licence) {
    it(`${language}: a work that waits for the licence is no order; the same step until a date is`, () => {
      assert.deepEqual(found('tone/commanding', condition, language), []);
      assert.equal(found('tone/commanding', order, language).length, 1);
    });
  }

  it('en: a need denied is no order ("There is nothing else you need to do", reviewer-25 #14)', () => {
    assert.deepEqual(found('tone/commanding', 'Hi Sam,\n\nI refunded the fee today. There is nothing else you need to do.\n\nBest,\nOwen', 'en'), []);
  });

  it('en: a prohibition is offered "Please do not", not "Please not"', () => {
    const text = 'Hi Sam,\n\nYou must not open the box before the courier collects it.\n\nBest,\nOwen';
    const [finding] = findingsOf('tone/commanding', text, 'reply.txt', config('en'));
    assert.deepEqual(
      finding?.suggestions.map((fix) => fix.edits.map((edit) => edit.newText).join('')),
      ['Please do not'],
    );
  });

  it('en: "just" before the message\'s own form is quiet; before a form sent earlier it is flagged', () => {
    const own = 'Thanks for joining! It takes a minute: just fill in the form below and press Send.';
    const earlier = 'Hi Sam,\n\nJust fill out the form we sent you last week.\n\nBest,\nOwen';
    assert.deepEqual(found('tone/condescending', own, 'en'), []);
    assert.deepEqual(found('tone/condescending', earlier, 'en'), ['Just fill']);
  });

  for (const [language, declined] of invitations) {
    it(`${language}: an invitation the invitee declined is neither our refusal nor a hidden actor`, () => {
      assert.deepEqual(found('empathy/bad-news-without-empathy', declined, language), []);
      assert.deepEqual(found('clarity/passive-closed', declined, language), []);
    });
  }

  it('an invitation asked of us and turned down stays a refusal (en) and a hidden actor (pl, fi)', () => {
    // A request for an invitation turned down is ours, whatever invitation noun it names (reviewer-25 #4).
    assert.equal(
      found('empathy/bad-news-without-empathy', 'Hi Sam,\n\nYour request for an invitation to the beta has been declined.\n\nBest,\nOwen', 'en').length,
      1,
    );
    assert.equal(
      found(
        'empathy/bad-news-without-empathy',
        'Dzie\u0144 dobry,\n\nPani pro\u015bba o zaproszenie do test\u00f3w zosta\u0142a odrzucona.\n\nPozdrawiam\nOla',
        'pl',
      ).length,
      1,
    );
    assert.equal(
      found('empathy/bad-news-without-empathy', 'Hi Sam,\n\nYour invitation request for the choir app has been declined.\n\nBest,\nOwen', 'en').length,
      1,
    );
    assert.equal(
      found('clarity/passive-closed', 'Dzie\u0144 dobry,\n\nPani wniosek o zaproszenie do ch\u00f3ru zosta\u0142 odrzucony.\n\nPozdrawiam\nOla', 'pl').length,
      1,
    );
    assert.equal(found('clarity/passive-closed', 'Hei,\n\nkutsupyynt\u00f6si kuorosovellukseen on hyl\u00e4tty.\n\nTerveisin\nLaura', 'fi').length, 1);
  });
});
