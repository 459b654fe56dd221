// strict formula/thanks in automatic notices (issue 13, trial 40): a notice owes thanks where it acknowledges what the
// reader sent or turns it down (`unless.unanswered`, read from the recommended packs' kindSignals receipt/refusal);
// a payment link, an offer or a status line answers nothing the reader did. The pack examples check the strict pack
// alone, which has no kind signals: the notices that still owe thanks are checked here, with both packs.
import * as assert from 'node:assert/strict';
import { buildConfig } from '../../server/src/engine/config/project-config';
import { lint } from '../../server/src/engine/linter';

const thanksAsked = (language: string, text: string, kind = 'auto-reply'): boolean =>
  lint(
    { text: `<!-- replylint kind=${kind} -->\n${text}`, fileName: 'notice.md' },
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

// A letter the organisation writes first (`unless.writtenFirst`: a notice, a reminder, a cover letter) owes no thanks in
// any kind (trials 46, 47: cost and arrears notices, a forced move, claims letters sent as macros); the same letter that
// also acknowledges what the reader sent (a kindSignals receipt, read from recommended) is asked again.
const LETTERS: Record<string, { notice: string; receipt: string; answer: string }> = {
  en: {
    notice:
      'Dear Ms Reed,\n\nThis letter serves as notice that the May rent for Flat 2 is still unpaid. The balance is 640 EUR.\n\nRegards,\nHollow Lane Lettings',
    receipt: 'We have received your payment of 200 EUR.',
    answer: 'Dear Ms Reed,\n\nWe would like to inform you that your complaint about the heating was not upheld.\n\nRegards,\nHollow Lane Lettings',
  },
  pl: {
    notice:
      'Szanowna Pani,\n\nniniejszym informujemy, że czynsz za maj za lokal nr 2 nie został opłacony. Zaległość wynosi 640 zł.\n\nZ poważaniem,\nAdministracja Osiedla Lipowa',
    receipt: 'Otrzymaliśmy Pani wniosek o rozłożenie zaległości na raty.',
    answer:
      'Szanowna Pani,\n\nuprzejmie informujemy, że reklamacja dotycząca ogrzewania nie została uwzględniona.\n\nZ poważaniem,\nAdministracja Osiedla Lipowa',
  },
  fi: {
    notice: 'Hei Aino,\n\ntäten ilmoitamme, että toukokuun vuokra asunnosta 2 on maksamatta. Avoin summa on 640 euroa.\n\nTerveisin,\nVuokrapalvelu Kotiin',
    receipt: 'Olemme vastaanottaneet hakemuksesi maksuajasta.',
    answer: 'Hei Aino,\n\nilmoitamme, että reklamaatiosi lämmityksestä on hylätty.\n\nTerveisin,\nVuokrapalvelu Kotiin',
  },
  lt: {
    notice: 'Laba diena,\n\nšiuo laišku informuojame, kad gegužės nuoma už butą nr. 2 nesumokėta. Skola yra 640 eurų.\n\nPagarbiai,\nNamo administracija',
    receipt: 'Gavome jūsų prašymą dėl mokėjimo atidėjimo.',
    answer: 'Laba diena,\n\ninformuojame, kad jūsų pretenzija dėl šildymo nepatenkinta.\n\nPagarbiai,\nNamo administracija',
  },
  sq: {
    notice:
      'Përshëndetje Arta,\n\nme anë të kësaj letre ju njoftojmë se qiraja e majit për apartamentin 2 nuk është paguar. Shuma e papaguar është 640 euro.\n\nMe respekt,\nAdministrata e pallatit',
    receipt: 'Kemi marrë kërkesën tuaj për shtyrjen e pagesës.',
    answer: 'Përshëndetje Arta,\n\nju njoftojmë se ankesa juaj për ngrohjen nuk është pranuar.\n\nMe respekt,\nAdministrata e pallatit',
  },
};

describe('strict formula/thanks: letters the organisation writes first (trials 46, 47)', () => {
  for (const [language, { notice, receipt, answer }] of Object.entries(LETTERS)) {
    it(`${language}: a notice sent as a macro is not asked; with an acknowledgement of what the reader sent it is`, () => {
      // A verb of informing is no letter's word: a stiff answer to a complaint is still asked.
      assert.equal(thanksAsked(language, answer, 'macro'), true, answer);
      assert.equal(thanksAsked(language, notice, 'macro'), false, notice);
      const acknowledged = notice.replace(/\n\n/, `\n\n${receipt} `);
      assert.equal(thanksAsked(language, acknowledged, 'macro'), true, acknowledged);
    });
  }
});
