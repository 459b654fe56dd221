// deferral/auto-reply-next-step: a notice that brings its own outcome owes no "what happens next and when" (trial 27
// class 3, team mode): an application turned down (the employer goes on with other candidates) and a password reset
// told in other words (lt "atstatyti slaptažodį", fi "palauttaa salasanan") wait on nobody. An application received and
// still to be weighed against others keeps its wait: the decision verb is what tells the outcome.
import * as assert from 'node:assert/strict';
import { findingsOf } from '../support/engine';

const RULE = 'deferral/auto-reply-next-step';

function fired(text: string, language: string): number {
  return findingsOf(RULE, text, 'notice.md', { language, kind: 'auto-reply' }).length;
}

describe('auto-reply-next-step: a decision or a reset link is the outcome, not a wait', function () {
  this.timeout(60_000);

  it('an application turned down or a reset link owes no time (5 languages)', () => {
    for (const [language, text] of [
      [
        'en',
        "Hello,\n\nthank you for applying for the {{job}} position. We have received the employer's answer: after reviewing all applications, they have decided to move forward with other candidates.",
      ],
      [
        'pl',
        'Dzie\u0144 dobry,\n\ndzi\u0119kujemy za udzia\u0142 w rekrutacji na stanowisko {{job}}. Otrzymali\u015bmy od pracodawcy informacj\u0119, \u017ce wybra\u0142 innych kandydat\u00f3w.',
      ],
      [
        'fi',
        'Hei,\n\nkiitos hakemuksestasi. Olemme saaneet ty\u00f6nantajalta tiedon, ett\u00e4 se on p\u00e4\u00e4tt\u00e4nyt jatkaa muiden hakijoiden kanssa.',
      ],
      [
        'lt',
        'Laba diena,\n\nd\u0117kojame u\u017e j\u016bs\u0173 parai\u0161k\u0105. Gavome j\u016bs\u0173 lai\u0161k\u0105 ir darbdavio atsakym\u0105: jis nusprend\u0117 t\u0119sti atrank\u0105 su kitais kandidatais.',
      ],
      [
        'sq',
        'P\u00ebrsh\u00ebndetje,\n\nfaleminderit p\u00ebr mesazhin. Pun\u00ebdh\u00ebn\u00ebsi ka vendosur t\u00eb vazhdoj\u00eb me kandidat\u00eb t\u00eb tjer\u00eb.',
      ],
      [
        'lt',
        'Sveiki!\n\n\u0160\u012f lai\u0161k\u0105 gaunate, nes gavome pra\u0161ym\u0105 atstatyti j\u016bs\u0173 Klevo darb\u0173 paskyros slapta\u017eod\u012f.\n\n[Atstatyti slapta\u017eod\u012f]({{link}})\n\nJei to nepra\u0161\u0117te, nieko daryti nereikia.',
      ],
      [
        'fi',
        'Hei!\n\nSaimme pyynn\u00f6n palauttaa Vaahteraty\u00f6t-tilisi salasanan.\n\n[Salasanan palautus]({{link}})\n\nJos et pyyt\u00e4nyt t\u00e4t\u00e4, voit j\u00e4tt\u00e4\u00e4 viestin huomiotta.',
      ],
    ]) {
      assert.equal(fired(text!, language!), 0, `${language}: ${text}`);
    }
  });

  it('an application received and still to be weighed against others owes its time', () => {
    for (const [language, text] of [
      ['en', 'Hello,\n\nWe have received your application for the {{job}} position. It will be reviewed together with other candidates.'],
      ['pl', 'Dzie\u0144 dobry,\n\notrzymali\u015bmy Pani zg\u0142oszenie na stanowisko {{job}}. Rozpatrzymy je razem z innymi kandydatami.'],
      ['fi', 'Hei,\n\nolemme vastaanottaneet hakemuksesi teht\u00e4v\u00e4\u00e4n {{job}}. K\u00e4sittelemme sen muiden hakijoiden kanssa.'],
    ]) {
      assert.equal(fired(text!, language!), 1, `${language}: ${text}`);
    }
  });
});
