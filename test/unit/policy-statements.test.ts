// empathy/bad-news-without-empathy and help-centre answers (issue 13, trial9: 10 of 10 findings wrong there):
// - a policy stated in general terms in a help-centre answer or snippet (`unless.generalIn`, kinds [snippet]: its
//   sentence names nothing of the customer's own case: no "your", "this", "I", no event that happened) is no bad
//   news delivered to this customer;
// - in a help-centre answer, a condition before the news in its sentence, or right after a one-word trigger
//   (`unless.generalIn.condition`: "If 14 days have passed, unfortunately …", "Unfortunately, if you discard the box,
//   …") tells what the policy does; in a reply, macro or chat the condition is the customer's own and the refusal
//   theirs (trial10: "If the box has been opened, we cannot accept a return.");
// - a customer we could not reach is no refusal, and a refusal handed on at once ("I'm going to escalate") has its
//   way forward.
// Bad news about the customer's own case still gets the finding, in a snippet too.
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

const RULE = 'empathy/bad-news-without-empathy';

function badNews(text: string, language: string, kind: 'macro' | 'snippet' | 'reply' | 'chat'): string[] {
  return spansOf(RULE, text, 'answer.txt', { language, kind, placeholders: 'none' });
}

// A help-centre answer: the shop's rule for everyone.
const POLICIES: [string, string][] = [
  ['en', 'To get parcels out fast, unfortunately we are unable to edit orders once they are packed.'],
  ['fi', 'Emme voi perua yksittäisiä tuotteita jo pakatusta toimituksesta.'],
  ['lt', 'Rekomenduojame užsisakyti iš karto, nes deja negalime rezervuoti prekių.'],
  ['pl', 'Niestety nie możemy zmieniać zamówień po ich spakowaniu.'],
  ['sq', 'Fatkeqësisht nuk mund të ndryshojmë porositë pasi paketohen.'],
];

// The same news about this customer's own case.
const CASES: [string, string][] = [
  ['en', 'Unfortunately we are unable to edit your order now that it is packed.'],
  ['fi', 'Emme voi enää muuttaa tilaustasi.'],
  ['lt', 'Deja, jūsų užsakymo pakeisti nebegalime.'],
  ['pl', 'Niestety nie możemy już zmienić Pana zamówienia.'],
  ['sq', 'Fatkeqësisht nuk mund ta ndryshojmë porosinë tuaj.'],
];

// A condition before the news: in a help-centre answer, what the policy does.
const CONDITIONS: [string, string][] = [
  ['en', 'If more than 30 days have passed since delivery, unfortunately we cannot refund your order.'],
  ['en', 'Unfortunately, if you throw the box away, we will have to decline your claim.'],
  ['fi', 'Jos toimituksesta on kulunut yli 30 päivää, emme voi palauttaa rahojasi.'],
  ['lt', 'Jei nuo pristatymo praėjo daugiau nei 30 dienų, deja, negalime grąžinti jūsų pinigų.'],
  ['pl', 'Jeśli od dostawy minęło ponad 30 dni, niestety nie możemy zwrócić Pana pieniędzy.'],
  ['sq', 'Nëse kanë kaluar më shumë se 30 ditë nga dorëzimi, fatkeqësisht nuk mund t’jua kthejmë paratë.'],
];

describe('bad news: policies in help-centre answers, conditions', function () {
  // The first lint builds the five packs: slow under load.
  this.timeout(60_000);

  it('a policy stated in general terms in a help-centre answer (snippet) is no bad news, in five languages', () => {
    for (const [language, text] of POLICIES) assert.deepEqual(badNews(text, language, 'snippet'), [], `${language}: ${text}`);
  });

  it("the same policy in an agent's macro or reply still needs empathy", () => {
    for (const [language, text] of POLICIES) assert.equal(badNews(text, language, 'macro').length, 1, `${language}: ${text}`);
  });

  it("bad news about the customer's own case still needs empathy in a snippet, in five languages", () => {
    for (const [language, text] of CASES) assert.equal(badNews(text, language, 'snippet').length, 1, `${language}: ${text}`);
    // Something that happened is a case too: "Unfortunately we could not fix it remotely."
    assert.equal(badNews('Unfortunately the repair could not be done remotely.', 'en', 'snippet').length, 1);
    assert.equal(badNews('Konto zostało zablokowane z powodu naruszenia regulaminu.', 'pl', 'snippet').length, 1);
  });

  it('in a help-centre answer, a condition before the news, or right after a one-word trigger, tells what the policy does', () => {
    for (const [language, text] of CONDITIONS) assert.deepEqual(badNews(text, language, 'snippet'), [], `${language}: ${text}`);
    // After a refusal the condition is still a refusal ("We can't help if …"), and one after the sentence is no condition.
    assert.equal(badNews("Unfortunately we can't help your order if it was not paid.", 'en', 'snippet').length, 1);
    assert.equal(badNews('Unfortunately we cannot refund your order. If you have questions, reply here.', 'en', 'snippet').length, 1);
  });

  it("in a reply, macro or chat the condition is the customer's own: the refusal is news to them (trial10)", () => {
    for (const kind of ['reply', 'macro', 'chat'] as const) {
      for (const [language, text] of CONDITIONS) assert.equal(badNews(text, language, kind).length, 1, `${kind} ${language}: ${text}`);
      assert.deepEqual(badNews('If the box has been opened, we cannot accept a return.', 'en', kind), ['we cannot accept'], kind);
    }
  });

  it('a customer we could not reach is no refusal; a refusal handed on at once has its way forward', () => {
    assert.deepEqual(badNews('Hi Sam,\n\nWe called twice but unfortunately have not been able to reach you.', 'en', 'macro'), []);
    assert.deepEqual(badNews("Hi Sam, since I'm unable to unlock the account myself, I'm going to escalate this to our security team.", 'en', 'macro'), []);
    assert.equal(badNews("Hi Sam, I'm unable to unlock the account. I have escalated it.", 'en', 'macro').length, 1);
  });
});
