// empathy/stock-empathy after the problem is named (issue 13, trial10 E-STOCK-AFTER-NAMED, trial12
// apology-names-situation): the reply has already said what went wrong, so "Sorry for the inconvenience" there is
// fine (`unless.near` on a phrase rule: the match's sentence, the one before it or, in its paragraph, the one before
// that; `unless.after`: the stock words go on to name it). Alone, with the problem named only after it, or named
// only in what the customer is asked to send (`unless.requests`), it is still stock.
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

const RULE = 'empathy/stock-empathy';

function stock(text: string, language: string): string[] {
  return spansOf(RULE, text, 'reply.txt', { language, kind: 'reply', placeholders: 'none' });
}

describe('stock empathy after the named problem', function () {
  this.timeout(60_000);

  it('the problem named in the sentence before or the same one makes the stock words fine, in en and pl', () => {
    assert.deepEqual(stock('Our checkout was down for an hour this morning. Sorry for the inconvenience.', 'en'), []);
    assert.deepEqual(stock('We apologize for the inconvenience the outage caused.', 'en'), []);
    assert.deepEqual(stock('W nocy wystąpiła awaria serwera płatności. Przepraszamy za utrudnienia.', 'pl'), []);
  });

  it('two sentences up in the same paragraph, or named by the apology itself, the problem is named (reviewer #12, trial 12)', () => {
    assert.deepEqual(stock('We had a billing error on Monday. The second charge is refunded. We are sorry for the inconvenience.', 'en'), []);
    assert.deepEqual(stock('We apologize for the inconvenience during the unavailability of our mail servers.', 'en'), []);
    assert.deepEqual(stock('We apologize for the inconvenience regarding the reminder sent to you by mistake.', 'en'), []);
    assert.deepEqual(stock('W nocy wystąpiła awaria terminali. Płatności już działają. Przepraszamy za utrudnienia.', 'pl'), []);
    assert.deepEqual(stock('Przepraszamy za utrudnienia przy płatnościach kartą w sobotę.', 'pl'), []);
  });

  it('a problem only in what the customer is asked to send names nothing, with or without "?"', () => {
    assert.deepEqual(stock('Please send me a screenshot of the error message. We apologize for the inconvenience.', 'en'), ['apologize for the inconvenience']);
    assert.deepEqual(stock('Prosimy o przesłanie zrzutu ekranu z komunikatem błędu. Przepraszamy za utrudnienia.', 'pl'), ['Przepraszamy za utrudnienia']);
    assert.deepEqual(stock('Proszę podać numer zamówienia i napisać, na którym etapie pojawia się błąd. Przepraszam za niedogodności.', 'pl'), [
      'Przepraszam za niedogodności',
    ]);
    // Named before the request, or in an informing "Please note that …", the problem is the reply's own.
    assert.deepEqual(stock('W nocy wystąpił błąd bramki, prosimy ponowić płatność. Przepraszamy za utrudnienia.', 'pl'), []);
    assert.deepEqual(stock('Please note that we had an outage this morning. We are sorry for the inconvenience.', 'en'), []);
  });

  it('alone, in another paragraph two sentences up, with "caused" alone or before the problem is named, they are still stock', () => {
    assert.deepEqual(stock('Thanks for your message. Sorry for the inconvenience.', 'en'), ['Sorry for the inconvenience']);
    // Below the opening (which names the problem for the whole reply: stock-empathy-opening.test.ts).
    assert.deepEqual(
      stock('Thanks for your message. I checked your order.\n\nOur checkout was down for an hour.\n\nYour order is safe. Sorry for the inconvenience.', 'en'),
      ['Sorry for the inconvenience'],
    );
    assert.deepEqual(stock('Thanks for your message. We apologize for the inconvenience caused.', 'en'), ['apologize for the inconvenience']);
    assert.deepEqual(stock('Sorry for the inconvenience. Our checkout was down for an hour.', 'en'), ['Sorry for the inconvenience']);
    assert.deepEqual(stock('Dziękujemy za wiadomość. Przepraszamy za utrudnienia.', 'pl'), ['Przepraszamy za utrudnienia']);
  });

  it('stock words that go on with an empty word ("of the situation", "related to this") name nothing (reviewer #5)', () => {
    for (const apology of [
      'We apologize for the inconvenience of the situation.',
      'We are sorry for the inconvenience with the matter.',
      'We apologize for the inconvenience related to this.',
      'We are sorry for the inconvenience caused by this.',
    ])
      assert.equal(stock(`Thanks for getting back to me. ${apology}`, 'en').length, 1, apology);
    assert.deepEqual(stock('Thanks for getting back to me. I am sorry for the inconvenience caused by the late courier.', 'en'), []);
  });

  it('stock words that go on to name any thing name it, not a closed list of nouns (trial 12, issue 13 item 3)', () => {
    for (const apology of [
      'We apologize for the inconvenience with the login page.',
      'We are sorry for the inconvenience during maintenance of the payment gateway.',
      'Sorry for the inconvenience of the double charge on your card.',
      "We apologise for the inconvenience following yesterday's password reset.",
    ])
      assert.deepEqual(stock(`Thanks for getting back to me. ${apology}`, 'en'), [], apology);
    for (const apology of ['We apologize for the inconvenience this may have caused.', 'We apologize for the inconvenience in the meantime.'])
      assert.equal(stock(`Thanks for getting back to me. ${apology}`, 'en').length, 1, apology);
  });

  it('the head of the noun phrase judges it, not the first word after the determiner (reviewer #18)', () => {
    for (const apology of [
      'We apologize for the inconvenience from our side.',
      'We apologize for the inconvenience during these difficult times.',
      'We apologize for the inconvenience with your order.',
      'Sorry for the inconvenience of the whole thing.',
    ])
      assert.equal(stock(`Thanks for getting back to me. ${apology}`, 'en').length, 1, apology);
    for (const apology of [
      'We apologize for the inconvenience with the double charge on your card.',
      'We apologise for the inconvenience during the outage of our mail servers.',
      'Sorry for the inconvenience with the late delivery, as the courier lost the label.',
      'We apologize for the inconvenience with the login page and thank you for telling us about it.',
    ])
      assert.deepEqual(stock(`Thanks for getting back to me. ${apology}`, 'en'), [], apology);
  });

  it('pl: "przy tej sprawie" names nothing; "przy tej płatności kartą" names the thing (issue 13 item 2)', () => {
    assert.deepEqual(stock('Dziękujemy za wiadomość. Przepraszamy za utrudnienia przy tej sprawie.', 'pl'), ['Przepraszamy za utrudnienia']);
    assert.deepEqual(stock('Dziękujemy za wiadomość. Przepraszamy za utrudnienia przy tej płatności kartą.', 'pl'), []);
    assert.deepEqual(stock('Dziękujemy za wiadomość. Przepraszamy za utrudnienia przy płatności kartą i dziękujemy za zgłoszenie tego.', 'pl'), []);
  });

  it("a reason after a comma ends the request: the problem it names is the reply's own (reviewer #7)", () => {
    const en =
      'Please confirm your delivery address, as the courier made an error on the label and the parcel came back to us. We are sorry for the inconvenience.';
    assert.deepEqual(stock(en, 'en'), []);
    const pl = 'Proszę potwierdzić adres dostawy, ponieważ kurier popełnił błąd na etykiecie i paczka wróciła do nas. Przepraszamy za utrudnienia.';
    assert.deepEqual(stock(pl, 'pl'), []);
    // "as well as" goes on with what is asked.
    assert.deepEqual(stock('Please send us the order number, as well as a screenshot of the error. We apologize for the inconvenience.', 'en'), [
      'apologize for the inconvenience',
    ]);
  });
  it('the head of the noun phrase judges, not its first noun (verifier V1)', () => {
    assert.deepEqual(stock('Sorry for the inconvenience with your account being locked after the password change. I unlocked it just now.', 'en'), []);
    assert.deepEqual(stock('Sorry for the inconvenience with your order 4410. I refunded the shipping today.', 'en'), []);
    assert.deepEqual(stock('Sorry for the inconvenience with your order of the blue sofa. It ships tomorrow.', 'en'), []);
    assert.deepEqual(stock('Sorry for the inconvenience with your order today. It ships tomorrow.', 'en'), ['Sorry for the inconvenience']);
    assert.deepEqual(stock('Sorry for the inconvenience with your order. It ships tomorrow.', 'en'), ['Sorry for the inconvenience']);
  });

  it('the failure told and the refund already made, the apology opening the next paragraph (trial 20)', () => {
    const en =
      'Your order for the pottery class was not successful: the payment timed out. We have issued a refund to your card.\n\nWe apologize for the inconvenience.';
    assert.deepEqual(stock(en, 'en'), []);
    const pl = 'Twoje zamówienie na warsztaty nie powiodło się, bo płatność wygasła. Zleciliśmy zwrot za zamówienie.\n\nPrzepraszamy za niedogodności.';
    assert.deepEqual(stock(pl, 'pl'), []);
    // A refund the customer only asked about is no remedy made, and nothing went wrong in the reply.
    assert.deepEqual(stock('Thanks for asking about a refund.\n\nWe apologize for the inconvenience.', 'en'), ['apologize for the inconvenience']);
    assert.deepEqual(stock('Dziękujemy za pytanie o zwrot.\n\nPrzepraszamy za niedogodności.', 'pl'), ['Przepraszamy za niedogodności']);
  });

  it('a refund with its reason in its sentence, or the failure it repairs, names the problem (reviewer-22 #14)', () => {
    for (const text of [
      'The courier lost your parcel, so we have refunded the full amount today. We apologize for the inconvenience.',
      'Your kettle arrived broken, so we have issued a full refund. We apologize for the inconvenience.',
      'We have refunded the double charge from 3 March. We apologize for the inconvenience.',
    ])
      assert.deepEqual(stock(text, 'en'), [], text);
    assert.deepEqual(
      stock('Kurier zgubi\u0142 paczk\u0119, wi\u0119c zwr\u00f3cili\u015bmy ca\u0142\u0105 kwot\u0119. Przepraszamy za niedogodno\u015bci.', 'pl'),
      [],
    );
  });

  it('a refund made names the problem only with the failure told near it (reviewer-21 #24)', () => {
    assert.deepEqual(stock('We have processed your refund. We apologize for the inconvenience.', 'en'), ['apologize for the inconvenience']);
    assert.deepEqual(stock('Your refund has been issued to your card.\n\nSorry for the inconvenience.', 'en'), ['Sorry for the inconvenience']);
    assert.deepEqual(stock('Zleciliśmy zwrot na Pani kartę. Przepraszamy za niedogodności.', 'pl'), ['Przepraszamy za niedogodności']);
    // The failure in its own paragraph right above the remedy still names it.
    assert.deepEqual(stock('Your card payment was unsuccessful.\n\nWe have refunded the deposit. We apologize for the inconvenience.', 'en'), []);
    assert.deepEqual(stock('Płatność kartą nie powiodła się.\n\nZwróciliśmy pieniądze na kartę. Przepraszamy za niedogodności.', 'pl'), []);
  });
});
