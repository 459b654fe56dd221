// An office that signs alone under the valediction ("Sekretariat szkoły", "Opintotoimisto", "Priėmimo komisija":
// kindSignals.department) signs as the team does, no person: a greeted acknowledgement so signed is read by its
// words, an auto-reply (rules/kind-inference.ts signedByDepartment). reading40 left it read as a person's macro.
import * as assert from 'node:assert/strict';
import { buildConfig } from '../../server/src/engine/config/project-config';
import { lint } from '../../server/src/engine/linter';

const kindOf = (language: string, text: string) => {
  const unit = lint({ text, fileName: 'mail.txt' }, buildConfig({ language }, undefined).lintOptions).units[0]!;
  return `${unit.kind} ${unit.kindReason?.id}`;
};

describe("kind inference: a department's signature", () => {
  const acknowledgements: [string, string, string, string][] = [
    ['en', 'Dear Alex,\n\nWe have received your application. We will reply within 10 working days.', 'Kind regards,', 'Registry'],
    ['pl', 'Dzień dobry,\n\notrzymaliśmy Pani wniosek o duplikat legitymacji. Odpowiemy w ciągu 5 dni roboczych.', 'Z poważaniem', 'Sekretariat szkoły'],
    ['fi', 'Hei,\n\nolemme vastaanottaneet hakemuksesi. Vastaamme viiden arkipäivän kuluessa.', 'Ystävällisin terveisin', 'Opintotoimisto'],
    ['lt', 'Laba diena,\n\ngavome jūsų prašymą. Atsakysime per 5 darbo dienas.', 'Pagarbiai', 'Priėmimo komisija'],
    ['sq', 'Përshëndetje,\n\nkemi marrë kërkesën tuaj. Do t’ju përgjigjemi brenda 5 ditëve të punës.', 'Me respekt,', 'Sekretaria e shkollës'],
  ];

  it('signed by the office alone, a greeted acknowledgement is an auto-reply in five languages', () => {
    for (const [language, body, valediction, office] of acknowledgements)
      assert.equal(kindOf(language, `${body}\n\n${valediction}\n${office}`), 'auto-reply kind.inferred.acknowledgement', `${language}: ${office}`);
  });

  it("a person's name over the office, or beside it, signs as a person: the macro it was", () => {
    for (const [language, body, valediction, office] of acknowledgements) {
      assert.equal(kindOf(language, `${body}\n\n${valediction}\nMaria Lind\n${office}`), 'macro kind.inferred.greeted', `${language}: name over ${office}`);
      assert.equal(kindOf(language, `${body}\n\n${valediction}\nMaria Lind, ${office}`), 'macro kind.inferred.greeted', `${language}: name beside ${office}`);
    }
  });

  it('an office signing an answer with no acknowledgement or notice words stays a macro', () => {
    assert.equal(
      kindOf('pl', 'Dzień dobry,\n\nlegitymację można odebrać w pokoju 12 od poniedziałku do piątku, 8:00–15:00.\n\nZ poważaniem\nSekretariat szkoły'),
      'macro kind.inferred.greeted',
    );
  });
});
