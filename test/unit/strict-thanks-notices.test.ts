// strict formula/thanks in automatic notices (issue 13, trial 40): a notice owes thanks where it acknowledges what the
// reader sent or turns it down (`unless.unanswered`, read from the recommended packs' kindSignals receipt/refusal);
// a payment link, an offer or a status line answers nothing the reader did. The pack examples check the strict pack
// alone, which has no kind signals: the notices that still owe thanks are checked here, with both packs.
import * as assert from 'node:assert/strict';
import { buildConfig } from '../../server/src/engine/config/project-config';
import { lint } from '../../server/src/engine/linter';

const thanksAsked = (language: string, text: string): boolean =>
  lint(
    { text: `<!-- replylint kind=auto-reply -->\n${text}`, fileName: 'notice.md' },
    buildConfig({ language, extends: ['recommended', 'strict'] }, undefined).lintOptions,
  ).findings.some((finding) => finding.ruleId === 'formula/thanks');

const NOTICES: Record<string, { refused: string; received: string; paymentLink: string }> = {
  en: {
    refused: 'Your request to join the pottery course has been rejected. Reason: the group is full.',
    received: 'We have received your payment of 100 EUR. The receipt is attached.',
    paymentLink: 'Your application fee of 100 EUR is due by 14 March. Pay it here: {{payment_link}}',
  },
  pl: {
    refused: 'Twoje zgłoszenie na kurs ceramiki zostało odrzucone. Powód: brak wolnych miejsc.',
    received: 'Twoje zgłoszenie na studia {{major}} zostało wysłane. Wyniki ogłosimy do 20 marca.',
    paymentLink: 'Opłata rekrutacyjna 100 zł jest do zapłaty do 14 marca. Link do płatności: {{payment_link}}',
  },
  fi: {
    refused: 'Hakemuksesi keramiikkakurssille on hylätty. Syy: ryhmä on täynnä.',
    received: 'Maksusi on vastaanotettu. Kuitti on liitteenä.',
    paymentLink: 'Hakemusmaksu 100 euroa erääntyy 14.3. Maksa se tästä: {{payment_link}}',
  },
  lt: {
    refused: 'Jūsų paraiška keramikos kursams buvo atmesta. Priežastis: grupė pilna.',
    received: 'Jūsų kandidatūra sėkmingai pateikta. Atsakymą gausite iki kovo 20 d.',
    paymentLink: 'Stojimo mokestis 100 eurų turi būti sumokėtas iki kovo 14 d. Mokėjimo nuoroda: {{payment_link}}',
  },
  sq: {
    refused: 'Kërkesa juaj për kursin e qeramikës u refuzua. Arsyeja: grupi është plot.',
    received: 'Pagesa juaj u verifikua me sukses. Fatura është bashkëngjitur.',
    paymentLink: 'Tarifa e aplikimit prej 100 eurosh duhet paguar deri më 14 mars. Paguani këtu: {{payment_link}}',
  },
};

describe('strict formula/thanks: automatic notices (trial 40)', () => {
  for (const [language, { refused, received, paymentLink }] of Object.entries(NOTICES)) {
    it(`${language}: a refusal or an acknowledgement that never thanks is asked; a payment link is not`, () => {
      assert.equal(thanksAsked(language, refused), true, refused);
      assert.equal(thanksAsked(language, received), true, received);
      assert.equal(thanksAsked(language, paymentLink), false, paymentLink);
    });
  }
});
