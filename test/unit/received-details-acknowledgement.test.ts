// Trial 39 (a hiring side's mails to one applicant, no config): a hiring system's confirmation, greeted and signed by
// its team, says it "received your details" and that the recruitment team "will review them", or that the team is
// going through applications "and will come back to you". It was read as a recruiter's macro: the team signature was
// asked for a person's name and the missing time went unasked. Details, a CV or documents received are a receipt, and a
// team's review or a carried-on "and will come back to you" is what follows (kindSignals, five languages).
import * as assert from 'node:assert/strict';
import { buildConfig } from '../../server/src/engine/config/project-config';
import { lint } from '../../server/src/engine/linter';
import type { LintResult } from '../../server/src/engine/types';

const lintIn = (language: string, text: string): LintResult => lint({ text, fileName: 'received.txt' }, buildConfig({ language }, undefined).lintOptions);

// Own words: a careers system's confirmation that the applicant's details arrived, with the review to follow and no time.
const CONFIRMATIONS: [string, string][] = [
  ['en', 'Hello {first_name},\n\nThanks for applying. We have received your details and our hiring team will review them.\n\nBest regards,\nNorthwind Team'],
  [
    'en',
    'Hi {first_name},\n\nThank you for submitting your application for the {role} role. We are reading every application and will come back to you when the shortlist is made.\n\nKind regards,\nNorthwind Talent Team',
  ],
  ['pl', 'Dzień dobry,\n\ndziękujemy za aplikację. Otrzymaliśmy Twoje dane, a nasz zespół rekrutacyjny je przeanalizuje.\n\nPozdrawiamy,\nZespół Northwind'],
  [
    'fi',
    'Hei {first_name},\n\nkiitos hakemuksesta. Olemme vastaanottaneet tietosi, ja rekrytointitiimimme käy ne läpi.\n\nYstävällisin terveisin\nNorthwind-tiimi',
  ],
  ['lt', 'Laba diena,\n\ndėkojame už paraišką. Gavome jūsų duomenis, mūsų atrankos komanda peržiūrės juos.\n\nPagarbiai\nNorthwind komanda'],
  [
    'sq',
    "Përshëndetje {first_name},\n\nfaleminderit për aplikimin. Kemi marrë të dhënat tuaja dhe ekipi ynë i rekrutimit do t'i shqyrtojë.\n\nMe respekt,\nEkipi Northwind",
  ],
];

describe('a confirmation that the applicant details arrived is an acknowledgement', () => {
  it('without a config it is an auto-reply that says why, its team signature is no nameless sign-off, and the missing time is asked', () => {
    for (const [language, text] of CONFIRMATIONS) {
      const result = lintIn(language, text);
      const unit = result.units[0]!;
      assert.equal(unit.kind, 'auto-reply', `${language}: ${unit.kindReason?.id}`);
      assert.equal(unit.kindReason?.id, 'kind.inferred.acknowledgement', language);
      const rules = result.findings.map((finding) => finding.ruleId);
      assert.ok(!rules.includes('ownership/nameless-sign-off'), `${language}: ${rules.join(', ')}`);
    }
    const told = CONFIRMATIONS.filter(([, text]) => !text.includes('shortlist')).map(([language, text]) => [
      language,
      lintIn(language, text).findings.map((finding) => finding.ruleId),
    ]);
    for (const [language, rules] of told) assert.ok(rules!.includes('deferral/auto-reply-next-step'), `${String(language)}: ${String(rules)}`);
  });

  it('a person who received the documents writes "I", or signs with a name, and keeps the macro', () => {
    const first = 'Hi {first_name},\n\nI have received your details and our hiring team will review them.\n\nBest regards,\nNorthwind Team';
    const named = 'Hi Sam,\n\nWe have received your documents and our billing team will review them by Friday.\n\nBest,\nAna';
    for (const text of [first, named]) assert.equal(lintIn('en', text).units[0]!.kind, 'macro', text);
  });

  it('a team that will review something with no receipt before it keeps the macro', () => {
    const text =
      'Hello {first_name},\n\nThanks for the photos of the damaged box. Our returns team will review them and refund you by Friday.\n\nBest regards,\nNorthwind Team';
    assert.equal(lintIn('en', text).units[0]!.kind, 'macro');
  });
});
