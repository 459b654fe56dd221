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
