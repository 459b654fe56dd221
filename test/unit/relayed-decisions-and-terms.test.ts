// Trial 27 classes 4 and 5 in our own words. An impersonal passive whose decision-maker the same sentence names as the
// source ("We received a notice from the council that it was decided …") is relayed, not hidden: "we decided" would
// claim it (five languages); without the source, with only a complaint from someone else before it, or with our own
// people as the source ("from our head office", reviewer-26 #18), it stays a finding. Terms to read and accept before
// going on using the service are its condition, not an order (en, lt, jc);
// "read our help pages before writing to us again" stays one.
import * as assert from 'node:assert/strict';
import { assertQuietAndFlagged, spansOf } from '../support/engine';

const found = (rule: string, text: string, language: string) => spansOf(rule, text, 'reply.txt', { language, placeholders: 'none' });

const relayed: [string, string, string[]][] = [
  [
    'en',
    'Thanks for asking about the car park. We received a notice from the council that it was decided to close it for resurfacing in March.',
    [
      'Thanks for asking about the car park. It was decided to close it for resurfacing in March.',
      'We had complaints from neighbours about the noise, and it was decided to close the car park at night.',
      'We received word from our head office that it was decided to close the car park at night.',
    ],
  ],
  [
    'pl',
    'dzi\u0119kujemy za pytanie o parking. Otrzymali\u015bmy zawiadomienie od gminy, \u017ce na zebraniu podj\u0119to decyzj\u0119 o remoncie nawierzchni w marcu.',
    [
      'dzi\u0119kujemy za pytanie o parking. Podj\u0119to decyzj\u0119 o remoncie nawierzchni w marcu.',
      'Otrzymali\u015bmy informacj\u0119 od naszego zarz\u0105du, \u017ce podj\u0119to decyzj\u0119 o zamkni\u0119ciu parkingu na noc.',
    ],
  ],
  [
    'fi',
    'kiitos kysymyksest\u00e4 pys\u00e4k\u00f6intialueesta. Saimme kunnalta ilmoituksen, ett\u00e4 alue on p\u00e4\u00e4tetty p\u00e4\u00e4llyst\u00e4\u00e4 uudelleen maaliskuussa.',
    [
      'kiitos kysymyksest\u00e4 pys\u00e4k\u00f6intialueesta. Alue on p\u00e4\u00e4tetty p\u00e4\u00e4llyst\u00e4\u00e4 uudelleen maaliskuussa.',
      'Saimme p\u00e4\u00e4konttoriltamme tiedon, ett\u00e4 pys\u00e4k\u00f6intialue on p\u00e4\u00e4tetty sulkea \u00f6isin.',
    ],
  ],
  [
    'lt',
    'd\u0117kojame u\u017e klausim\u0105 apie automobili\u0173 stov\u0117jimo aik\u0161tel\u0119. I\u0161 savivaldyb\u0117s gavome prane\u0161im\u0105, kad buvo nuspr\u0119sta kov\u0105 aik\u0161tel\u0119 remontuoti.',
    [
      'd\u0117kojame u\u017e klausim\u0105 apie automobili\u0173 stov\u0117jimo aik\u0161tel\u0119. Buvo nuspr\u0119sta kov\u0105 aik\u0161tel\u0119 remontuoti.',
      'I\u0161 m\u016bs\u0173 vadovyb\u0117s gavome \u017eini\u0105, kad buvo nuspr\u0119sta aik\u0161tel\u0119 nakt\u012f u\u017edaryti.',
    ],
  ],
  [
    'sq',
    'faleminderit p\u00ebr pyetjen p\u00ebr parkimin. Mor\u00ebm njoftim nga bashkia se u vendos q\u00eb parkimi t\u00eb riparohet n\u00eb mars.',
    [
      'faleminderit p\u00ebr pyetjen p\u00ebr parkimin. U vendos q\u00eb parkimi t\u00eb riparohet n\u00eb mars.',
      'Mor\u00ebm njoftim nga drejtoria jon\u00eb se u vendos q\u00eb parkimi t\u00eb mbyllet nat\u00ebn.',
    ],
  ],
];

const conditions: [string, string, string][] = [
  [
    'en',
    'Hi Sam,\n\nOur privacy terms have changed. You must read and accept them before you continue using your account.\n\nBest,\nJo',
    'Hi Sam,\n\nYou must read our help pages before writing to us again.\n\nBest,\nJo',
  ],
  [
    'lt',
    'Laba diena,\n\npakeit\u0117me privatumo s\u0105lygas. Prie\u0161 toliau naudodamiesi paskyra, privalote jas perskaityti ir priimti.\n\nPagarbiai\nJonas',
    'Laba diena,\n\nprivalote perskaityti pagalbos puslapius, prie\u0161 v\u0117l mums ra\u0161ydami.\n\nPagarbiai\nJonas',
  ],
];

describe('a decision relayed from its maker; terms as a condition of use (trial 27 classes 4 and 5)', function () {
  this.timeout(60_000);

  for (const [language, named, hidden] of relayed) {
    it(`${language}: the decision's maker named as the source: quiet; no maker named: flagged`, () => {
      assertQuietAndFlagged((text) => found('clarity/impersonal-passive', text, language), [named], hidden);
    });
  }

  for (const [language, condition, order] of conditions) {
    it(`${language}: terms to accept before going on using the service: quiet; a demand before writing again: flagged`, () => {
      assert.deepEqual(found('tone/commanding', condition, language), []);
      assert.equal(found('tone/commanding', order, language).length, 1);
    });
  }
});
