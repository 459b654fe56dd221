// tone/shouting and the capitals of plain-text e-mails: a line of capitals on
// its own is a section heading, capitals ending a banner line ("Shop name -
// ORDER CONFIRMED") are its title, and capitals ended by a colon are a label.
// None of them is a raised voice. Capitals inside a sentence still are, and a
// finding covers the words only (it started on the line break before them).
import * as assert from 'node:assert/strict';
import { findingsOf } from '../support/engine';
import { compileTextPattern, bothEngines } from '../../server/src/engine/rules/text-pattern';

function shouting(text: string) {
  return findingsOf('tone/shouting', text);
}

const PLAIN_TEXT_VERSIONS: { language: string; text: string; shouted: string }[] = [
  {
    language: 'en',
    text: `Hi Maria,

Thanks for your order. Your parcel leaves our warehouse on Friday, and the tracking link follows by email.

YOUR ORDER DETAILS
One blue kettle, paid by card.

Nordic Home - YOUR ORDER IS CONFIRMED

WHAT HAPPENS NEXT: we pack it on Thursday.

Your refund is ON ITS WAY now.

Best regards,
Ana`,
    shouted: 'ON ITS WAY',
  },
  {
    language: 'fi',
    text: `Hei Maria,

Kiitos tilauksestasi. Paketti lähtee varastolta perjantaina, ja seurantalinkki tulee sähköpostiin.

TILAUKSESI TIEDOT TÄSSÄ
Sininen vedenkeitin, maksettu kortilla.

Kotikauppa - TILAUS ON VAHVISTETTU

MITÄ SEURAAVAKSI TAPAHTUU: pakkaamme sen torstaina.

Paketti on NYT JO MATKALLA sinulle.

Ystävällisin terveisin
Ana`,
    shouted: 'NYT JO MATKALLA',
  },
  {
    language: 'pl',
    text: `Dzień dobry Pani Mario,

dziękujemy za zamówienie. Paczka wyjdzie z magazynu w piątek, a link do śledzenia przyjdzie mailem.

SZCZEGÓŁY TWOJEGO ZAMÓWIENIA
Niebieski czajnik, opłacony kartą.

Sklep Domowy - ZAMÓWIENIE JEST POTWIERDZONE

CO BĘDZIE DALEJ: zapakujemy je w czwartek.

Paczka jest JUŻ W DRODZE do Pani.

Pozdrawiam
Anna`,
    shouted: 'JUŻ W DRODZE',
  },
  {
    language: 'lt',
    text: `Laba diena, Marija,

ačiū už užsakymą. Siunta iš sandėlio išvyks penktadienį, o sekimo nuorodą atsiųsime el. paštu.

JŪSŲ UŽSAKYMO INFORMACIJA
Mėlynas virdulys, apmokėtas kortele.

Namų prekės - UŽSAKYMAS YRA PATVIRTINTAS

KAS BUS TOLIAU: supakuosime jį ketvirtadienį.

Siunta JAU KELYJE PAS jus.

Pagarbiai
Ana`,
    shouted: 'JAU KELYJE PAS',
  },
  {
    language: 'sq',
    text: `Përshëndetje Maria,

faleminderit për porosinë. Pakoja niset nga magazina të premten dhe lidhjen e gjurmimit do ta merrni me email.

DETAJET E POROSISË SUAJ
Një çajnik blu, paguar me kartë.

Dyqani Shtëpiak - POROSIA JUAJ U KONFIRMUA

ÇFARË NDODH MË TEJ: do ta paketojmë të enjten.

Paketa është TASHMË NË RRUGË për ju.

Me respekt
Ana`,
    shouted: 'TASHMË NË RRUGË',
  },
];

describe('tone/shouting: headings, banners and labels in capitals', () => {
  for (const { language, text, shouted } of PLAIN_TEXT_VERSIONS) {
    it(`${language}: flags the capitals in the sentence only, from its first capital`, () => {
      const findings = shouting(text);
      assert.deepEqual(
        findings.map((finding) => finding.excerpt),
        [shouted],
      );
      assert.equal(findings[0]!.start, text.indexOf(shouted));
      assert.equal(findings[0]!.end, text.indexOf(shouted) + shouted.length);
    });
  }

  it('capitals at the end of a line of prose are still shouting; a heading line with sentence punctuation too', () => {
    assert.deepEqual(
      shouting('Hi Sam,\n\nYour parcel is ON ITS WAY\nThanks for waiting; I will check the tracking again on Friday.\n\nBest,\nAna').map((f) => f.excerpt),
      ['ON ITS WAY'],
    );
    assert.deepEqual(
      shouting('Hi Sam,\n\nWE ARE SO SORRY Sam, the parcel should have arrived on Monday.\n\nBest,\nAna').map((f) => f.excerpt),
      ['WE ARE SO SORRY'],
    );
    assert.deepEqual(
      shouting('Hi Sam,\n\nThe parcel arrives on Monday.\nPLEASE CALL US FIRST.\nI have noted the new address on the order.\n\nBest,\nAna').map(
        (f) => f.excerpt,
      ),
      ['PLEASE CALL US FIRST'],
    );
  });
});

describe('tone/shouting: a heading or separator line ending in "?" or closing emphasis', () => {
  const HEADINGS: [string, string, string][] = [
    ['en', 'WHAT HAPPENS NEXT', 'we pack it'],
    ['fi', 'MITÄ SEURAAVAKSI TAPAHTUU', 'pakkaamme sen'],
    ['pl', 'CO BĘDZIE DALEJ', 'zapakujemy je'],
    ['lt', 'KAS BUS TOLIAU', 'supakuosime jį'],
    ['sq', 'ÇFARË NDODH MË TEJ', 'do ta paketojmë'],
  ];
  for (const [language, heading, words] of HEADINGS) {
    it(`${language}: "${heading}?" and "_${heading}_" alone on their line are headings; in a line of prose they shout`, () => {
      const options = { language };
      const found = (text: string) => findingsOf('tone/shouting', text, 'reply.txt', options).map((f) => f.excerpt);
      assert.deepEqual(found(`${heading}?\n${words}.\n`), []);
      assert.deepEqual(found(`---- _${heading}_\n\n${words}.\n`), []);
      assert.deepEqual(found(`${heading}? ${words}.\n`), [heading]);
      assert.deepEqual(found(`**${heading}** ${words}.\n`), [heading]);
      assert.deepEqual(found(`${words} ${heading}?\n`), [heading]);
    });
  }
});

describe('tone/shouting: a label in capitals with a comma in it, closed by a colon (reviewer MED 1)', () => {
  // [language, the label's words, its value, a run of capitals cut by commas inside a sentence, what it shouts]
  const LABELS: [string, string, string, string, string][] = [
    [
      'en',
      'WHAT WE DELETED, AND WHY',
      'your saved addresses.',
      'We kept your order, BUT WE CANNOT REFUND IT, as the window has passed.',
      'BUT WE CANNOT REFUND IT',
    ],
    [
      'pl',
      'CO ZOSTAŁO USUNIĘTE, I DLACZEGO',
      'zapisane adresy.',
      'Zamówienie zostaje, ALE NIE MOŻEMY GO ZWRÓCIĆ, bo termin minął.',
      'ALE NIE MOŻEMY GO ZWRÓCIĆ',
    ],
    [
      'fi',
      'MITÄ TILILTÄ POISTETTIIN, JA MIKSI',
      'tallennetut osoitteet.',
      'Tilaus säilyy, MUTTA SITÄ EI HYVITETÄ, koska aika umpeutui.',
      'MUTTA SITÄ EI HYVITETÄ',
    ],
    [
      'lt',
      'KĄ IŠTRYNĖME IŠ PASKYROS, IR KODĖL',
      'išsaugotus adresus.',
      'Užsakymas lieka, BET PINIGŲ NEGRĄŽINSIME JUMS, nes terminas praėjo.',
      'BET PINIGŲ NEGRĄŽINSIME JUMS',
    ],
    [
      'sq',
      'ÇFARË FSHIMË NGA LLOGARIA, DHE PSE',
      'adresat e ruajtura.',
      'Porosia mbetet, POR NUK JU KTHEJMË PARATË, sepse afati kaloi.',
      'POR NUK JU KTHEJMË PARATË',
    ],
  ];
  for (const [language, label, value, sentence, shouted] of LABELS) {
    it(`${language}: "**${label}**:" and "${label}:" are headings; capitals between commas in a sentence shout`, () => {
      const found = (text: string) => findingsOf('tone/shouting', text, 'reply.txt', { language }).map((f) => f.excerpt);
      assert.deepEqual(found(`Account closed.\n\n**${label}**:\n- ${value}\n`), []);
      assert.deepEqual(found(`${label}: ${value}\n`), []);
      assert.deepEqual(found(`${sentence}\n`), [shouted]);
      // Not at its line's start, the label is part of a sentence.
      assert.deepEqual(found(`Note that ${label}: ${value}\n`).length, 1);
    });
  }
});

describe('tone/shouting: a whole shouted sentence ended by a colon is no label (reviewer P6)', () => {
  it('is too long for a label and still flags, in en and pl', () => {
    const found = (text: string, language: string) => findingsOf('tone/shouting', text, 'reply.txt', { language }).map((f) => f.excerpt);
    assert.deepEqual(found('WE ARE NOT REFUNDING THIS, AND WE WILL NOT DISCUSS IT AGAIN:\nthe order was used.\n', 'en'), ['WE ARE NOT REFUNDING THIS']);
    assert.deepEqual(found('NIE ZWRÓCIMY PIENIĘDZY, I PROSZĘ WIĘCEJ O TO NIE PYTAĆ:\nzamówienie było używane.\n', 'pl'), ['NIE ZWRÓCIMY PIENIĘDZY']);
  });
});

describe('pattern rules report their first capture group', () => {
  it('on V8 and on RE2 alike, and the whole match without groups', () => {
    const text = 'ab XY cd. xy';
    for (const engine of Object.values(bothEngines('(?:^|\\s)([A-Z]+)\\s|(x)y', true))) {
      assert.deepEqual(engine.reported(text), [
        { start: 3, end: 5 },
        { start: 10, end: 11 },
      ]);
      assert.deepEqual(engine.spans(text), [
        { start: 2, end: 6 },
        { start: 10, end: 12 },
      ]);
    }
    assert.deepEqual(compileTextPattern('[A-Z]+', { caseSensitive: true }).reported(text), [{ start: 3, end: 5 }]);
    assert.deepEqual(compileTextPattern('[A-Z]+', { caseSensitive: true, vetted: true }).reported(text), [{ start: 3, end: 5 }]);
  });
});
