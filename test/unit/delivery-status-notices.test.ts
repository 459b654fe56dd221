// A courier's, parcel point's or shop's notice of an event on the reader's own parcel (kindSignals.status, read by
// rules/kind-inference.ts statusNotice): with no config it is an auto-reply, not a body an agent wraps nor a saved
// chat line. Trial 41: 53 of 84 delivery notices were read as snippets, so the auto-reply checks met few of them.
import * as assert from 'node:assert/strict';
import { buildConfig } from '../../server/src/engine/config/project-config';
import { lint } from '../../server/src/engine/linter';
import type { LintResult } from '../../server/src/engine/types';

const read = (language: string, text: string, fileName = 'notice.txt'): LintResult =>
  lint({ text, fileName }, buildConfig({ language }, undefined).lintOptions);
const kindOf = (language: string, text: string, fileName?: string) => {
  const unit = read(language, text, fileName).units[0]!;
  return `${unit.kind} ${unit.kindReason?.id}`;
};

describe("kind inference: a delivery system's notice of the reader's parcel", () => {
  it('greeted on one line, unsigned, or under a title: an auto-reply in five languages, quoting the event', () => {
    const notices: [string, string, string][] = [
      [
        'en',
        'Hi {{first_name}}, your parcel {{tracking_code}} is ready for pickup at the Elm Street kiosk until Friday.',
        'your parcel {{tracking_code}} is ready for pickup',
      ],
      ['en', 'Your order has been dispatched.\nThe courier brings it on Tuesday between 9:00 and 13:00.', 'Your order has been dispatched'],
      ['pl', 'Paczka czeka na odbiór w punkcie przy ul. Lipowej 4 do środy, 20:00.', 'Paczka czeka na odbiór'],
      ['pl', 'Dzień dobry, przesyłka {numer} została doręczona do skrytki nr 12. Kod otwarcia: {kod}.', 'przesyłka {numer} została doręczona'],
      ['fi', 'Hei {nimi}, pakettisi on noudettavissa Keskustan pisteestä 14.5. asti.', 'pakettisi on noudettavissa'],
      ['lt', 'Siunta pristatyta\n\nJūsų siunta {kodas} padėta į paštomatą Vilniaus g. 3. Atsiimkite ją iki penktadienio.', 'Siunta pristatyta'],
      ['sq', 'Përshëndetje {emri}, porosia juaj u dorëzua sot në orën 14:20. Ju urojmë ditë të mbarë!', 'porosia juaj u dorëzua'],
    ];
    for (const [language, text, excerpt] of notices) {
      const unit = read(language, text).units[0]!;
      assert.equal(unit.kind, 'auto-reply', `${language}: ${text}`);
      assert.equal(unit.kindReason?.id, 'kind.inferred.status', `${language}: ${text}`);
      assert.equal(unit.kindReason?.args?.excerpt, excerpt, `${language}: ${text}`);
    }
  });

  it('read as a notice, it is asked what happens next: an arrival with a vague next step is found', () => {
    const result = read('en', 'Hello, your package has arrived at our depot. We will contact you to arrange delivery.');
    assert.equal(result.units[0]!.kind, 'auto-reply');
    assert.ok(result.findings.some((finding) => finding.ruleId === 'deferral/auto-reply-next-step'));
  });

  it("an agent's answer about the parcel stays what it was: first person, thanks for the message, a person or the team signing", () => {
    const answers: [string, string, string][] = [
      ['en', 'Hi Sam,\n\nI checked with the courier: your parcel was delivered to the neighbour at number 12 on Monday.', 'macro kind.inferred.greeted'],
      ['en', 'Hi Sam,\n\nThanks for your message. Your order has been dispatched and arrives on Thursday.', 'macro kind.inferred.greeted'],
      ['en', 'Hi Sam,\n\nYour order has been dispatched and arrives on Thursday.\n\nBest,\nMaria', 'macro kind.inferred.greeted'],
      ['pl', 'Dzień dobry,\n\nsprawdziłam u kuriera: przesyłka została doręczona w poniedziałek.', 'macro kind.inferred.greeted'],
      ['sq', 'Përshëndetje,\n\nporosia juaj u nis sot me korrier.\n\nme respekt, ekipi i shërbimit ndaj klientit', 'macro kind.inferred.greeted'],
      // A body an agent wraps, with the event far down: not a notice that opens with it.
      [
        'en',
        'Returns are free within 30 days. Print the label from your account. Drop the box at any post office. Your parcel is in transit once scanned.',
        'snippet kind.inferred.body',
      ],
    ];
    for (const [language, text, expected] of answers) assert.equal(kindOf(language, text), expected, `${language}: ${text}`);
  });
});
