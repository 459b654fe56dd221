// Blind set 3's tone shapes in lt and pl (issue 13: recall >= 0.85 per category in every language): lt blame for the
// customer's step told in the past (had to check, gave a wrong number, should have updated), lt condescension on what
// the reader had to see ("it is obvious that the button is ...", "it is all clearly written there"), pl "please read
// the rules carefully" with "Prosimy". Conditions, admissions, events and others' faults told as obvious, praise of the
// customer's own letter and a guide the writer links in the same part (reviewer-22 #27, reviewer-23 #17) stay quiet.
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

function flagged(rule: string, language: string, text: string): string[] {
  return spansOf(rule, text, 'reply.txt', { language, kind: 'reply', placeholders: 'none' });
}

describe('blind set 3: lt and pl tone shapes', function () {
  this.timeout(60_000);

  const cases: [string, string, string, string][] = [
    [
      'tone/blame',
      'lt',
      'Laba diena,\n\njums reik\u0117jo pasitikrinti paskyros nustatymus prie\u0161 apmokant.\n\nPagarbiai\nIeva',
      'reik\u0117jo pasitikrinti',
    ],
    [
      'tone/blame',
      'lt',
      'Laba diena,\n\nj\u016bs patys nurod\u0117te neteising\u0105 laiptin\u0117s numer\u012f, tod\u0117l kurjeris j\u016bs\u0173 nerado.\n\nPagarbiai\nIeva',
      'nurod\u0117te neteising\u0105',
    ],
    ['tone/blame', 'lt', 'Laba diena,\n\nj\u016bs tur\u0117jote atnaujinti nar\u0161ykl\u0119 dar pernai.\n\nPagarbiai\nIeva', 'tur\u0117jote atnaujinti'],
    ['tone/condescending', 'lt', 'Laba diena,\n\nakivaizdu, kad filtras yra kair\u0117je pus\u0117je.\n\nPagarbiai\nIeva', 'akivaizdu, kad filtras yra'],
    [
      'tone/condescending',
      'lt',
      'Laba diena,\n\nperskaitykite nuomos s\u0105lygas, ten viskas ai\u0161kiai nurodyta.\n\nPagarbiai\nIeva',
      'ten viskas ai\u0161kiai nurodyta',
    ],
    [
      'tone/blame',
      'pl',
      'Dzie\u0144 dobry,\n\nprosimy dok\u0142adnie zapozna\u0107 si\u0119 z regulaminem promocji.\n\nPozdrawiam,\nKasia',
      'prosimy dok\u0142adnie zapozna\u0107',
    ],
  ];
  for (const [rule, language, text, span] of cases) {
    it(`${language} ${rule}: ${span}`, () => {
      assert.deepEqual(flagged(rule, language, text), [span]);
    });
  }

  const quiet: [string, string, string][] = [
    [
      'tone/blame',
      'lt',
      'Laba diena,\n\njei nety\u010dia nurod\u0117te neteising\u0105 adres\u0105, para\u0161ykite mums, ir j\u012f pakeisime.\n\nPagarbiai\nIeva',
    ],
    ['tone/condescending', 'lt', 'Laba diena,\n\nakivaizdu, kad mes suklydome, tod\u0117l pinigus gr\u0105\u017einau \u0161iandien.\n\nPagarbiai\nIeva'],
    [
      'tone/condescending',
      'lt',
      'Laba diena,\n\nakivaizdu, kad d\u0117\u017e\u0117 buvo sulankstyta kelyje, tod\u0117l nauj\u0105 prek\u0119 i\u0161siun\u010diame \u0161iandien.\n\nPagarbiai\nIeva',
    ],
    [
      'tone/condescending',
      'lt',
      'Laba diena,\n\na\u010di\u016b, j\u016bs\u0173 \u017einut\u0117je viskas ai\u0161kiai apra\u0161yta, tod\u0117l pinigus gr\u0105\u017einau i\u0161kart.\n\nPagarbiai\nIeva',
    ],
    [
      'tone/condescending',
      'lt',
      'Sveiki,\n\nnaujoje versijoje viskas ai\u0161kiai apra\u0161yta vadove, nuorod\u0105 \u012fd\u0117jau \u017eemiau.\n\nPagarbiai\nR\u016bta',
    ],
  ];
  for (const [rule, language, text] of quiet) {
    it(`${language} ${rule}: ${text.split('\n')[2]!.slice(0, 40)} (quiet)`, () => {
      assert.deepEqual(flagged(rule, language, text), []);
    });
  }
});
