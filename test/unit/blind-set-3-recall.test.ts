// Blind set 3's tone and ownership shapes in lt and pl (issue 13: recall >= 0.85 per category in every language):
// lt blame for the customer's step in the past ("reikėjo pasitikrinti", "nurodėte neteisingą", "turėjote atnaujinti"),
// lt condescension ("Akivaizdu, kad…", "ten viskas aiškiai parašyta"), pl a fault put off "our side" ("nie leży po
// naszej stronie"), pl "Prosimy dokładnie zapoznać się". Conditions, admissions, owning the fault and a guide the
// writer links in the same part (reviewer-22 #27) stay quiet.
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

function flagged(rule: string, language: string, text: string): string[] {
  return spansOf(rule, text, 'reply.txt', { language, kind: 'reply', placeholders: 'none' });
}

describe('blind set 3: lt tone and pl ownership shapes', function () {
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
    ['tone/condescending', 'lt', 'Laba diena,\n\nakivaizdu, kad filtras yra kair\u0117je pus\u0117je.\n\nPagarbiai\nIeva', 'akivaizdu, kad'],
    [
      'tone/condescending',
      'lt',
      'Laba diena,\n\nperskaitykite nuomos s\u0105lygas, ten viskas ai\u0161kiai nurodyta.\n\nPagarbiai\nIeva',
      'viskas ai\u0161kiai nurodyta',
    ],
    [
      'ownership/we-cant-control',
      'pl',
      'Dzie\u0144 dobry,\n\nprzerwa w dzia\u0142aniu poczty nie le\u017cy po naszej stronie.\n\nPozdrawiam,\nKasia',
      'nie le\u017cy po naszej stronie',
    ],
    [
      'ownership/we-cant-control',
      'pl',
      'Dzie\u0144 dobry,\n\nto nie jest b\u0142\u0105d po naszej stronie.\n\nPozdrawiam,\nKasia',
      'nie jest b\u0142\u0105d po naszej stronie',
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
      'ownership/we-cant-control',
      'pl',
      'Dzie\u0144 dobry,\n\nb\u0142\u0105d le\u017cy po naszej stronie, dlatego zwrot zleci\u0142em dzi\u015b rano.\n\nPozdrawiam,\nKasia',
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
