// "Either … or you did not understand" blames only when its first branch is the reader's doing too: two failings listed
// ("either you typed the wrong postcode, or you did not understand the instructions"). A first branch that is not the
// reader's (an attachment that never arrived) offers a cause. pl and fi read the first branch as en does: pl excused
// any "albo … albo" within four words, fi any "joko".
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

const blamed = (text: string, language: string) => spansOf('tone/blame', text, 'reply.txt', { language, kind: 'reply', placeholders: 'none' });

const cases: [string, string, string, string][] = [
  [
    'en',
    'We could not accept the form: either you typed the wrong postcode, or you did not understand the instructions.',
    'Either the photo did not reach us, or you did not understand the question, so I will ask again: which size did you order?',
    'or you did not understand the instructions',
  ],
  [
    'pl',
    'Nie przyj\u0119li\u015bmy wniosku: albo wpisa\u0142 Pan z\u0142y kod pocztowy, albo nie zrozumia\u0142 Pan instrukcji.',
    'Albo zdj\u0119cie do nas nie dotar\u0142o, albo nie zrozumia\u0142 Pan pytania, wi\u0119c zapytam jeszcze raz: jaki rozmiar Pan zam\u00f3wi\u0142?',
    'albo nie zrozumia\u0142 Pan instrukcji',
  ],
  [
    'fi',
    'Emme voineet hyv\u00e4ksy\u00e4 lomaketta: joko sy\u00f6tit v\u00e4\u00e4r\u00e4n postinumeron tai et ymm\u00e4rt\u00e4nyt ohjeita.',
    'Joko kuva ei tullut perille tai et ymm\u00e4rt\u00e4nyt kysymyst\u00e4, joten kysyn uudelleen: mink\u00e4 koon tilasit?',
    'tai et ymm\u00e4rt\u00e4nyt ohjeita',
  ],
];

describe('either-or blame: the first branch decides', function () {
  this.timeout(60_000);

  for (const [language, twoFailings, offeredCause, span] of cases) {
    it(`${language}: two failings listed are blame; a cause that is not the reader's is none`, () => {
      assert.deepEqual(blamed(twoFailings, language), [span]);
      assert.deepEqual(blamed(offeredCause, language), []);
    });
  }
});
