// Trial 40 (a school's and a kindergarten's mails to one applicant or parent, no config): a kindergarten's automatic
// confirmation, signed by its administration, says "Jūsų prašymas buvo gautas, netrukus susisieksime" (your request
// was received, we will be in touch soon). It was read as a macro, asked for a greeting and a person's name. A request
// "was received" ("buvo gautas", "wpłynął", "on saapunut", "u mor") is a receipt as "has been received" is, and a
// Lithuanian "netrukus susisieksime" is what follows (kindSignals, five languages). Our own words.
import * as assert from 'node:assert/strict';
import { buildConfig } from '../../server/src/engine/config/project-config';
import { lint } from '../../server/src/engine/linter';
import type { LintResult } from '../../server/src/engine/types';

const lintIn = (language: string, text: string): LintResult => lint({ text, fileName: 'received.txt' }, buildConfig({ language }, undefined).lintOptions);

const CONFIRMATIONS: [string, string][] = [
  ['lt', 'Dėkojame,\n\nJūsų prašymas buvo gautas, netrukus susisieksime.\n\nPagarbiai,\nDarželio „Saulutė“ administracija'],
  ['lt', 'Sveiki,\n\njūsų paraiška yra užregistruota. Artimiausiu metu susisieksime dėl pokalbio.\n\nPagarbiai,\nMokyklos administracija'],
  ['en', 'Hello,\n\nYour application was received. We will contact you about the interview date.\n\nKind regards,\nAdmissions Office'],
  ['pl', 'Dzień dobry,\n\nTwój wniosek wpłynął do sekretariatu. Skontaktujemy się z Tobą w sprawie rozmowy.\n\nPozdrawiamy,\nZespół rekrutacji'],
  ['fi', 'Hei,\n\nhakemuksesi on saapunut. Otamme sinuun yhteyttä haastattelun ajasta.\n\nYstävällisin terveisin\nHakutiimi'],
  ['sq', "Përshëndetje,\n\nkërkesa juaj u mor. Do t'ju kontaktojmë për datën e intervistës.\n\nMe respekt,\nZyra e pranimeve"],
];

describe('a request that "was received" is an acknowledgement', () => {
  it('without a config it is an auto-reply, its office signature no nameless sign-off and no greeting asked (5 languages)', () => {
    for (const [language, text] of CONFIRMATIONS) {
      const result = lintIn(language, text);
      const unit = result.units[0]!;
      assert.equal(unit.kind, 'auto-reply', `${language}: ${unit.kindReason?.id}: ${text}`);
      assert.equal(unit.kindReason?.id, 'kind.inferred.acknowledgement', language);
      const rules = result.findings.map((finding) => finding.ruleId);
      assert.ok(!rules.includes('ownership/nameless-sign-off') && !rules.includes('formula/greeting'), `${language}: ${rules.join(', ')}`);
    }
    // The kindergarten's vague "netrukus" is still told.
    assert.ok(lintIn('lt', CONFIRMATIONS[0]![1]).findings.some((finding) => finding.ruleId === 'deferral/vague-timeframe'));
  });

  it('a person who writes "I" or signs with a name keeps the macro; a receipt with nothing to follow is no acknowledgement', () => {
    const person = 'Sveiki,\n\nJūsų prašymas buvo gautas, netrukus susisieksime.\n\nPagarbiai,\nRasa Petraitė';
    assert.equal(lintIn('lt', person).units[0]!.kind, 'macro');
    const first = 'Hello,\n\nYour application was received and I will contact you about the interview date.\n\nKind regards,\nAdmissions Office';
    assert.equal(lintIn('en', first).units[0]!.kind, 'macro');
    const nothingNext = 'Dzień dobry,\n\nTwój wniosek wpłynął do sekretariatu.\n\nPozdrawiamy,\nZespół rekrutacji';
    assert.notEqual(lintIn('pl', nothingNext).units[0]!.kindReason?.id, 'kind.inferred.acknowledgement');
  });
});
