// Trial 27 (a job board's e-mails, no config): an application portal's confirmation, greeted and signed by the
// company's team, says the application "has been successfully submitted" and that the team will contact the applicant
// if they fit. It was read as a greeted macro, so nobody asked when: with the team config (auto-reply) the missing time
// is flagged (3 right keys, en/fi/pl). "Submitted" is a receipt as "received" is (kindSignals.receipt, five languages).
import * as assert from 'node:assert/strict';
import { buildConfig } from '../../server/src/engine/config/project-config';
import { lint } from '../../server/src/engine/linter';
import type { LintResult } from '../../server/src/engine/types';

const lintIn = (language: string, text: string): LintResult => lint({ text, fileName: 'confirmation.txt' }, buildConfig({ language }, undefined).lintOptions);

// Own words: a portal's confirmation of a submitted application, with what follows and no time.
const CONFIRMATIONS: [string, string][] = [
  [
    'en',
    'Dear {applicant_name},\n\nthanks for applying for the {role} role. Your application has been successfully submitted to the hiring team.\n\nWe will contact you if your profile matches the role.\n\nKind regards,\n{employer} Team',
  ],
  [
    'fi',
    'Hei {applicant_name},\n\nkiitos hakemuksesta tehtävään {role}. Hakemuksesi on lähetetty rekrytointitiimille.\n\nOtamme sinuun yhteyttä, jos profiilisi sopii tehtävään.\n\nYstävällisin terveisin\n{employer} -tiimi',
  ],
  [
    'pl',
    'Dzień dobry {applicant_name},\n\ndziękujemy za aplikację na stanowisko {role}. Twoje zgłoszenie zostało pomyślnie przesłane do działu rekrutacji.\n\nSkontaktujemy się z Tobą, jeśli Twój profil będzie pasował do stanowiska.\n\nPozdrawiamy\nZespół {employer}',
  ],
  [
    'lt',
    'Sveiki, {applicant_name},\n\ndėkojame už paraišką į {role} pareigas. Jūsų paraiška buvo sėkmingai pateikta atrankos komandai.\n\nSusisieksime su jumis, jei jūsų profilis atitiks pareigas.\n\nPagarbiai\n{employer} komanda',
  ],
  [
    'sq',
    'Përshëndetje {applicant_name},\n\nfaleminderit për aplikimin për pozicionin {role}. Aplikimi juaj u dërgua me sukses te ekipi i rekrutimit.\n\nDo t’ju kontaktojmë nëse profili juaj i përshtatet pozicionit.\n\nMe respekt,\nEkipi {employer}',
  ],
];

describe('a confirmation that the application was submitted is an acknowledgement', () => {
  it('without a config it is an auto-reply that says why, in each language', () => {
    for (const [language, text] of CONFIRMATIONS) {
      const unit = lintIn(language, text).units[0]!;
      assert.equal(unit.kind, 'auto-reply', `${language}: ${unit.kindReason?.id}`);
      assert.equal(unit.kindReason?.id, 'kind.inferred.acknowledgement', language);
    }
  });

  it('a person who submitted something for the customer writes "I" and keeps the macro', () => {
    const text =
      'Hi {first_name},\n\nI checked the form with you on the phone, and your application has been submitted now. I will contact you once the bank answers.\n\nBest,\nMaya';
    assert.equal(lintIn('en', text).units[0]!.kind, 'macro');
  });
});
