// tone/condescending: a telling-off for next time once the deed is done (trial 29: a refund issued, then a reminder to
// ask within the window "in the future"), five languages; a deadline told as help, with the way to meet it, is none.
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

const RULE = 'tone/condescending';
const lintAs = (language: string, text: string) => spansOf(RULE, text, 'reply.txt', { language, kind: 'reply', placeholders: 'none' });

describe('tone/condescending: a missed deadline held up for next time', function () {
  this.timeout(60_000);

  it('finds the lecture after the deed, in five languages', () => {
    const cases: [string, string, string][] = [
      ['en', 'Your ticket is refunded. Please cancel inside the 24-hour period in future.', 'inside the 24-hour period in future'],
      [
        'pl',
        'Bilet zwr\u00f3cony. W przysz\u0142o\u015bci prosz\u0119 odwo\u0142ywa\u0107 wizyty w okre\u015blonym terminie.',
        'W przysz\u0142o\u015bci prosz\u0119 odwo\u0142ywa\u0107 wizyty w okre\u015blonym terminie',
      ],
      ['fi', 'Lippu on hyvitetty. Peruthan jatkossa varauksen ajoissa.', 'Peruthan jatkossa varauksen ajoissa'],
      [
        'lt',
        'Biliet\u0105 gr\u0105\u017einome. Kit\u0105 kart\u0105 pra\u0161ome at\u0161aukti laiku.',
        'Kit\u0105 kart\u0105 pra\u0161ome at\u0161aukti laiku',
      ],
      ['sq', 'Bileta u rimbursua. Ju lutemi ta anuloni brenda afatit her\u00ebn tjet\u00ebr.', 'brenda afatit her\u00ebn tjet\u00ebr'],
    ];
    for (const [language, text, span] of cases) assert.deepEqual(lintAs(language, text), [span], text);
  });

  it('leaves a deadline told as help and a promise of ours about next time', () => {
    for (const [language, text] of [
      ['en', 'Cancellations are free inside the 24-hour period, and the Cancel button on your ticket does it in one tap.'],
      ['en', 'We have changed couriers so your next order arrives on time.'],
      ['en', 'Refunds asked for within the 30-day window from now on are paid back automatically.'],
      ['en', 'You can also change the seat yourself within the 24-hour period next time: the button is on your ticket.'],
      ['en', 'I have set your account so that returns sent within the 30-day period in the future go back to your card.'],
      ['lt', 'Kit\u0105 kart\u0105 pra\u0161ome nesijaudinti, jei nesp\u0117site laiku: tiesiog para\u0161ykite.'],
      ['pl', 'Wizyty mo\u017cna odwo\u0142a\u0107 bezp\u0142atnie w okre\u015blonym terminie, a w przysz\u0142o\u015bci wystarczy przycisk w aplikacji.'],
      ['fi', 'Jatkossa toimitukset saapuvat ajoissa, koska vaihdoimme kuljetusyhti\u00f6n.'],
      ['lt', 'Kit\u0105 kart\u0105 siunta atkeliaus laiku: pakeit\u0117me kurjer\u012f.'],
      ['sq', 'Her\u00ebn tjet\u00ebr porosia do t\u00eb vij\u00eb n\u00eb koh\u00eb, sepse nd\u00ebrruam korrierin.'],
    ]) {
      assert.deepEqual(lintAs(language!, text!), [], text);
    }
  });
});
