// deferral/auto-reply-next-step: a variable whose words name a date is the time right after the team's own step: sq
// "do t'ju telefonojë më {{ intervista.data_e_telefonates }}" (blind set 5: a false positive). An event's own date ("the
// course on {{data}}") is no reply time. Polish "do {{ … }}" stays flagged: a name there ("odezwiemy się do {{ rekruter.imie
// }}") reads the same, and any value after "do" would pass as an hour.
import * as assert from 'node:assert/strict';
import { findingsOf } from '../support/engine';

const RULE = 'deferral/auto-reply-next-step';

function fired(text: string, language: string): number {
  return findingsOf(RULE, text, 'notice.txt', { language, kind: 'auto-reply' }).length;
}

describe('auto-reply-next-step: a date variable after our step is its time', function () {
  this.timeout(60_000);

  it('a date variable after the promised step meets it (sq)', () => {
    for (const [language, text] of [
      [
        'sq',
        "P\u00ebrsh\u00ebndetje,\n\nfaleminderit p\u00ebr bised\u00ebn. {{ rekrutuesi }} do t'ju telefonoj\u00eb m\u00eb {{ intervista.data_e_telefonates }}.\n\nZyra e Personelit",
      ],
    ]) {
      assert.equal(fired(text!, language!), 0, `${language}: ${text}`);
    }
  });

  it("an event's date or a name in the same place is no reply time (pl, sq)", () => {
    for (const [language, text] of [
      ['pl', 'Dzie\u0144 dobry,\n\ndzi\u0119kujemy za rozmow\u0119. Odezwiemy si\u0119 do {{ rekruter.imie }}.\n\nDzia\u0142 Kadr'],
      [
        'sq',
        'P\u00ebrsh\u00ebndetje,\n\nfaleminderit p\u00ebr rezervimin e vendit n\u00eb kursin e piktur\u00ebs m\u00eb {{data}}. Rezervimi juaj do t\u00eb shqyrtohet nga stafi yn\u00eb.\n\nPunishtja',
      ],
    ]) {
      assert.equal(fired(text!, language!), 1, `${language}: ${text}`);
    }
  });
});
