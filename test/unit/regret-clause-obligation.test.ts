// Reviewer-29 #6: "have to" / "musi" / "duhet" inside a regret clause ("I'm sorry you have to wait for the
// replacement") is the writer's regret, neither an order (tone/commanding) nor work pushed back
// (ownership/you-will-have-to). The five packs read it alike; the same step told bare, or after "sorry, but", stays flagged.
import * as assert from 'node:assert/strict';
import { lintText } from '../support/engine';

const RULES = ['tone/commanding', 'ownership/you-will-have-to'];
const flagged = (text: string, language: string) =>
  lintText(text, 'reply.txt', { language, kind: 'reply' })
    .findings.filter((finding) => RULES.includes(finding.ruleId))
    .map((finding) => `${finding.ruleId} ${text.slice(finding.start, finding.end)}`);

describe("a regret clause around the reader's obligation, in every language", () => {
  it('is no order and no work pushed back', () => {
    const regrets: [string, string][] = [
      ['en', "I'm sorry you have to wait for the replacement. The courier brings it on Thursday."],
      ['en', "We're really sorry you need to send the lamp back a second time. The label is attached."],
      ['en', "I'm so sorry you need to contact the bank about this; their direct line is 0800 123 456."],
      // The phrase reads no comma: the regret governs the step as "sorry you have to" does (reviewer-30).
      ['en', "I'm sorry, you have to log in before you can see the invoice."],
      ['en', 'Sorry, you have to log in first.'],
      ['pl', 'Przepraszam, musi się Pan najpierw zalogować.'],
      ['fi', 'Pahoittelen, sinun täytyy ensin kirjautua sisään.'],
      ['sq', 'Na vjen keq, duhet të hyni në llogari fillimisht.'],
      ['pl', 'Przepraszam, że musi Pani czekać na wymianę. Kurier dostarczy ją w czwartek.'],
      ['pl', 'Bardzo nam przykro, że musi Pan odesłać lampę drugi raz. Etykieta jest w załączniku.'],
      ['pl', 'Przepraszam, że musi się Pan skontaktować z bankiem w tej sprawie.'],
      ['fi', 'Pahoittelen, että joudut odottamaan korvaavaa tuotetta. Kuriiri tuo sen torstaina.'],
      ['fi', 'Pahoittelemme, että joudut lähettämään lampun takaisin toisen kerran.'],
      ['lt', 'Atsiprašau, kad turite laukti pakaitinės prekės. Kurjeris ją atveš ketvirtadienį.'],
      ['lt', 'Atsiprašau, kad teks palaukti dar kelias dienas. Pinigai grįš iki penktadienio.'],
      ['lt', 'Atsiprašau, kad turite susisiekti su banku dėl šio reikalo.'],
      ['sq', 'Më vjen keq që duhet të prisni për zëvendësimin. Korrieri e sjell të enjten.'],
      ['sq', "Na vjen shumë keq që do t'ju duhet ta dërgoni llambën përsëri."],
      ['sq', 'Më vjen keq që duhet të kontaktoni bankën për këtë.'],
    ];
    for (const [language, text] of regrets) assert.deepEqual(flagged(text, language), [], `${language}: ${text}`);
  });

  it('the same step told bare is still flagged', () => {
    const bare: [string, string, string][] = [
      ['en', 'You have to wait for the replacement.', 'tone/commanding You have to'],
      ['pl', 'Musi Pani czekać na wymianę.', 'ownership/you-will-have-to Musi Pani czekać'],
      ['fi', 'Joudut odottamaan korvaavaa tuotetta.', 'ownership/you-will-have-to Joudut odottamaan'],
      ['lt', 'Teks palaukti pakaitinės prekės.', 'ownership/you-will-have-to Teks palaukti'],
      ['sq', 'Duhet të prisni për zëvendësimin.', 'ownership/you-will-have-to Duhet të prisni'],
      // "but" after the regret turns to the order (reviewer-30).
      ['en', "We're sorry, but you have to wait until Monday.", 'tone/commanding you have to'],
      ['pl', 'Przepraszam, ale musi Pani poczekać do poniedziałku.', 'ownership/you-will-have-to musi Pani poczekać'],
      ['fi', 'Pahoittelen, mutta joudut odottamaan maanantaihin.', 'ownership/you-will-have-to joudut odottamaan'],
      ['lt', 'Atsiprašau, bet turite palaukti iki pirmadienio.', 'ownership/you-will-have-to turite palaukti'],
      ['sq', 'Më vjen keq, por duhet të prisni deri të hënën.', 'ownership/you-will-have-to duhet të prisni'],
    ];
    for (const [language, text, finding] of bare) assert.deepEqual(flagged(text, language), [finding], `${language}: ${text}`);
  });
});
