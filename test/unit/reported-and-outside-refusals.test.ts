// Reviewer items of 07:08/07:44 (pre-existing at 242568c1): a refusal the reader asked about, told back as their question
// ("You asked why your refund request was denied in May.") inside a good-news reply, flagged bad-news in all five
// languages and passive-closed in pl/fi/lt/sq; a refusal an outside party made and the reply names right after it ("at
// the post office", "because the card on file expired") flagged passive-closed. en now reads a refusal in the passive as
// its twins do ("Your claim was rejected."), with the same excuses. fi/sq: our own mistake mended with a refund and its
// time ("virhe oli meidän, joten palautin tänään…") owes no more regret, as en/pl/lt read it.
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

const spans = (rule: string, text: string, language: string) => spansOf(rule, text, 'reply.txt', { language, kind: 'reply' });
const BAD_NEWS = 'empathy/bad-news-without-empathy';
const PASSIVE = 'clarity/passive-closed';

describe('refusals reported back or made by an outside party', () => {
  it("the reader's question told back is neither bad news nor a hidden decider, in every language", () => {
    const asked: [string, string][] = [
      ['en', "You asked why your refund request was denied in May. I've checked it again and sent €40 back to your card today."],
      ['pl', 'Pyta Pani, dlaczego wniosek o zwrot został odrzucony w maju. Sprawdziłem go jeszcze raz i dziś oddałem 40 zł na kartę.'],
      ['fi', 'Kysyit, miksi hyvityspyyntösi hylättiin toukokuussa. Tarkistin sen uudelleen ja maksoin tänään 40 € kortillesi.'],
      ['lt', 'Klausėte, kodėl gegužę buvo atmestas jūsų prašymas. Dar kartą jį peržiūrėjau ir šiandien pervedžiau 40 € į kortelę.'],
      ['sq', 'Pyetët pse kërkesa juaj për rimbursim u refuzua në maj. E kontrollova sërish dhe sot ju dërgova 40 € në kartë.'],
      // The reader's own report told back (reviewer HIGH 09:29).
      ['en', "You mentioned that your return request was rejected last week. I've now approved it and e-mailed you the label."],
      ['pl', 'Pisze Pani, że wniosek o zwrot został odrzucony w zeszłym tygodniu. Zatwierdziłem go i wysłałem etykietę.'],
      ['fi', 'Mainitsit, että palautuspyyntösi hylättiin viime viikolla. Hyväksyin sen nyt ja lähetin osoitekortin.'],
      ['lt', 'Minėjote, kad praėjusią savaitę buvo atmestas jūsų grąžinimo prašymas. Dabar jį patvirtinau ir išsiunčiau etiketę.'],
      ['sq', 'Përmendët se kërkesa juaj për kthim u refuzua javën e kaluar. Tani e miratova dhe ju dërgova etiketën.'],
    ];
    for (const [language, text] of asked) {
      assert.deepEqual(spans(BAD_NEWS, text, language), [], `${language}: ${text}`);
      assert.deepEqual(spans(PASSIVE, text, language), [], `${language}: ${text}`);
    }
  });

  it('the refusal itself, told to the reader, is still both', () => {
    const told: [string, string][] = [
      ['en', 'Your refund request was denied.'],
      ['pl', 'Pani wniosek o zwrot został odrzucony.'],
      ['fi', 'Hyvityspyyntösi hylättiin.'],
      ['lt', 'Jūsų prašymas grąžinti pinigus buvo atmestas.'],
      ['sq', 'Kërkesa juaj për rimbursim u refuzua.'],
    ];
    for (const [language, text] of told) {
      assert.equal(spans(BAD_NEWS, text, language).length, 1, `${language}: ${text}`);
      assert.equal(spans(PASSIVE, text, language).length, 1, `${language}: ${text}`);
    }
  });

  it('clarity/passive-closed: an outside party named right after the refusal hides nobody of ours', () => {
    const outside: [string, string][] = [
      ['en', "I'm sorry your return was rejected at the post office."],
      ['en', 'Your refund request was declined by your card issuer.'],
      ['en', 'Your refund was declined because the card on file expired in March.'],
      ['pl', 'Przykro mi, że zwrot został odrzucony na poczcie.'],
      ['pl', 'Zwrot został odrzucony, ponieważ karta zapisana na koncie wygasła w marcu.'],
      ['fi', 'Olen pahoillani, että palautuksesi hylättiin postissa.'],
      ['fi', 'Hyvityksesi hylättiin, koska tallennettu korttisi vanheni maaliskuussa.'],
      ['lt', 'Apgailestauju, kad jūsų grąžinimas buvo atmestas pašte.'],
      ['lt', 'Pinigų grąžinimas buvo atmestas, nes jūsų išsaugotos kortelės galiojimas baigėsi.'],
      ['sq', 'Më vjen keq që kthimi juaj u refuzua në postë.'],
      ['sq', 'Rimbursimi u refuzua sepse karta e ruajtur skadoi në mars.'],
    ];
    for (const [language, text] of outside) assert.deepEqual(spans(PASSIVE, text, language), [], `${language}: ${text}`);
    // "by" names who decided, whoever it is (reviewer HIGH 09:29).
    const named: [string, string][] = [
      ['en', 'Your visa application was refused by the consulate, so we have cancelled the tour.'],
      ['en', 'Your warranty claim was denied by the manufacturer last week.'],
      ['pl', 'Wniosek wizowy został odrzucony przez konsulat, więc anulowaliśmy wycieczkę.'],
    ];
    for (const [language, text] of named) assert.deepEqual(spans(PASSIVE, text, language), [], `${language}: ${text}`);
    // A cause that names no one is no decider.
    assert.equal(spans(PASSIVE, 'Your claim was rejected by mistake.', 'en').length, 1);
    // Our own reason after "because" names nobody: still hidden.
    assert.equal(spans(PASSIVE, 'Your warranty claim has been declined because the damage was caused by a drop.', 'en').length, 1);
  });

  it('clarity/passive-closed (en): the decider in the first person anywhere in the reply', () => {
    const text = 'I reviewed your claim with the photos. Your claim was rejected because the wear is normal after two years.';
    assert.deepEqual(spans(PASSIVE, text, 'en'), []);
  });

  it('empathy/bad-news-without-empathy (fi, sq): our mistake mended with a refund and its time', () => {
    assert.deepEqual(spans(BAD_NEWS, 'Virhe oli meidän, joten palautin 40 € kortillesi tänä aamuna.', 'fi'), []);
    assert.deepEqual(spans(BAD_NEWS, 'Gabimi ishte yni, ndaj jua ktheva 40 € në kartë sot në mëngjes.', 'sq'), []);
    // With no time the fix promises nothing yet, as in en ("I've refunded it." alone).
    assert.equal(spans(BAD_NEWS, 'Virhe oli meidän, joten palautin rahat.', 'fi').length, 1);
  });
});
