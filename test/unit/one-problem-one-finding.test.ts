// One problem, one finding (issue 13; trial7 judged both findings right but double): an automatic
// acknowledgement whose promise of contact is vague in its own sentence ("We will contact you as soon as
// possible") gets deferral/vague-timeframe only, which names the words and suggests a time that mends both;
// deferral/auto-reply-next-step yields to it (`yieldsTo`, pack data in five languages).
import * as assert from 'node:assert/strict';
import type { RuleSetting } from '../../server/src/engine/config/config-file';
import { buildConfig } from '../../server/src/engine/config/project-config';
import { lint } from '../../server/src/engine/linter';

const RULES = ['deferral/auto-reply-next-step', 'deferral/vague-timeframe'];

function deferrals(text: string, language: string, rules: Record<string, RuleSetting> = {}): string[] {
  const options = buildConfig({ language, kind: 'auto-reply', placeholders: 'handlebars', rules }, undefined).lintOptions;
  const result = lint({ text, fileName: 'notice.md' }, options);
  return result.findings.filter((finding) => RULES.includes(finding.ruleId)).map((finding) => finding.ruleId);
}

describe('one problem, one finding: a vague acknowledgement', function () {
  // The first lint builds the five packs: slow under load.
  this.timeout(60_000);

  it('a vague time in the acknowledgement sentence is vague-timeframe only, in five languages', () => {
    const cases: [string, string][] = [
      ['en', 'Hello,\n\nThanks for your message. We will contact you as soon as possible.'],
      ['pl', 'Dzień dobry,\n\nTwoje zgłoszenie zostało wysłane. Skontaktujemy się z Tobą najszybciej jak to możliwe.'],
      ['fi', 'Hei,\n\nOtamme teihin yhteyttä mahdollisimman pian.'],
      ['lt', 'Sveiki,\n\nSusisieksime su jumis kuo greičiau.'],
      ['sq', "Përshëndetje,\n\nDo t'ju kontaktojmë sa më shpejt të jetë e mundur."],
    ];
    for (const [language, text] of cases) assert.deepEqual(deferrals(text, language), ['deferral/vague-timeframe'], `${language}: ${text}`);
  });

  it('an acknowledgement with no time at all, or a vague time about something else, keeps its own finding', () => {
    assert.deepEqual(deferrals('Hello,\n\nWe have received your message.', 'en'), ['deferral/auto-reply-next-step']);
    assert.deepEqual(deferrals('Hello,\n\nWe have received your message. The new app is coming soon.', 'en'), RULES);
  });

  it('with vague-timeframe turned off, the acknowledgement rule reports it again', () => {
    const text = 'Hello,\n\nThanks for your message. We will contact you shortly.';
    assert.deepEqual(deferrals(text, 'en'), ['deferral/vague-timeframe']);
    assert.deepEqual(deferrals(text, 'en', { 'deferral/vague-timeframe': 'off' }), ['deferral/auto-reply-next-step']);
  });
});
