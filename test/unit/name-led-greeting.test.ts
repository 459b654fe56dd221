// A reply that opens with the customer's name and a comma, then thanks or news on
// the same line ("Anna, thanks for the photos."), is greeted: chat lines and short
// e-mails greet so. Words that open a sentence before a comma ("Yes, thanks") are
// no name. The words are pack data (formula/greeting's requires.afterName, notName).
import * as assert from 'node:assert/strict';
import { lintText } from '../support/engine';

const greetingOf = (text: string, language: string, kind?: 'reply') => {
  const result = lintText(text, 'reply.md', { language, ...(kind ? { kind } : {}) });
  return { findings: result.findings.filter((finding) => finding.ruleId === 'formula/greeting'), unit: result.units[0]! };
};

describe('a name-led opening line', () => {
  const cases: [language: string, nameLed: string, notName: string, body: string][] = [
    ['en', 'Anna, thanks for the photos.', 'Yes, thanks for the photos.', 'The replacement mug leaves our workshop tomorrow morning.'],
    ['pl', 'Marek, dziękuję za zdjęcia.', 'Tak, dziękuję za zdjęcia.', 'Nowy kubek wyślemy jutro rano.'],
    ['fi', 'Anna, kiitos kuvista.', 'Kyllä, kiitos kuvista.', 'Uusi muki lähtee huomenna aamulla.'],
    ['lt', 'Rūta, ačiū už nuotraukas.', 'Taip, ačiū už nuotraukas.', 'Naują puodelį išsiųsime rytoj ryte.'],
    ['sq', 'Arta, faleminderit për fotot.', 'Po, faleminderit për fotot.', 'Filxhanin e ri e dërgojmë nesër në mëngjes.'],
  ];

  for (const [language, nameLed, notName, body] of cases) {
    it(`${language}: "${nameLed}" greets, "${notName}" does not`, () => {
      const greeted = greetingOf(`${nameLed} ${body}\n`, language, 'reply');
      assert.deepEqual(greeted.findings, []);
      assert.equal(greeted.unit.scorecard.greeting, 'pass');
      assert.equal(greeted.unit.reasons.greeting.args?.excerpt, nameLed);
      assert.equal(greetingOf(`${notName} ${body}\n`, language, 'reply').findings.length, 1);
      // Read by its words, the name-led macro is a greeted e-mail, not a body without a greeting.
      assert.equal(greetingOf(`${nameLed}\n\n${body}\n`, language).unit.kindReason?.id, 'kind.inferred.greeted');
    });
  }

  it('takes two words or a placeholder as the name, and nothing but a name and a comma before the words', () => {
    assert.deepEqual(greetingOf('Anna Maria, thank you for waiting. Your refund went out this morning.\n', 'en', 'reply').findings, []);
    assert.deepEqual(greetingOf('{{ticket.requester.first_name}}, thank you for waiting. Your refund went out this morning.\n', 'en', 'reply').findings, []);
    for (const text of [
      'Unfortunately, thanks to the strike, your parcel is late. It should reach you on Monday.',
      'Anna thanks you for the photos. The replacement mug leaves tomorrow.',
      'ANNA, thanks for the photos. The replacement mug leaves tomorrow.',
      'Your order, thanks to the new courier, arrives on Friday.',
      'The Acme Support Team, thanks for waiting. The replacement leaves tomorrow.',
    ])
      assert.equal(greetingOf(`${text}\n`, 'en', 'reply').findings.length, 1, text);
  });

  // Reviewer bug 1: a sentence adverb, or the afterName word itself, before a comma is no name.
  const notNames: [language: string, openers: string[]][] = [
    [
      'en',
      [
        'Actually, good news: your replacement shipped this morning.',
        'Honestly, sorry for the mix-up with the sizes.',
        'Meanwhile, thanks for your patience with the parcel.',
        'Thanks, sorry for the delay with the parcel.',
        'Luckily, thanks to a spare part from our Leeds workshop, your repair is done.',
        'Amazingly, thanks to a spare part from our Leeds workshop, your repair is done.',
      ],
    ],
    [
      'pl',
      ['Dodatkowo, przepraszamy za opóźnienie przesyłki.', 'Dziękujemy, przepraszamy za opóźnienie przesyłki.', 'Na szczęście, dziękujemy za cierpliwość.'],
    ],
    ['fi', ['Kiitos, pahoittelen viivästystä paketin kanssa.', 'Onneksi, kiitos kärsivällisyydestänne.', 'Lisäksi, pahoittelemme viivästystä.']],
    ['lt', ['Gaila, ačiū už kantrybę laukiant siuntos.', 'Ačiū, atsiprašome už vėlavimą.', 'Laimei, ačiū už kantrybę.']],
    ['sq', ['Megjithatë, faleminderit për durimin me paketën.', 'Faleminderit, na vjen keq për vonesën.', 'Fatmirësisht, faleminderit për durimin.']],
  ];
  for (const [language, openers] of notNames) {
    it(`${language}: a sentence adverb or the thanks itself before a comma greets nobody`, () => {
      for (const opener of openers) assert.equal(greetingOf(`${opener}\n`, language, 'reply').findings.length, 1, opener);
    });
  }

  it("takes names with an apostrophe, an inner capital or a hyphen (O'Brien, McKenzie, Anna-Maria)", () => {
    for (const name of ["O'Brien", 'O’Brien', 'McKenzie', 'Anna-Maria', 'Anna-Maria Kowalska']) {
      const greeted = greetingOf(`${name}, thanks for the photos. The replacement mug leaves our workshop tomorrow.\n`, 'en', 'reply');
      assert.deepEqual(greeted.findings, [], name);
      assert.equal(greeted.unit.scorecard.greeting, 'pass', name);
    }
  });

  it('ends the greeting before the line break of a CRLF line', () => {
    for (const prefix of ['', '😀 ']) {
      const text = `${prefix}Anna, thanks for the photos\r\nThe mug leaves tomorrow.\r\n\r\nBest,\r\nTom\r\n`;
      const { reasons } = greetingOf(text, 'en', 'reply').unit;
      assert.equal(reasons.greeting.args?.excerpt, 'Anna, thanks for the photos');
      assert.equal(text.slice(reasons.greeting.start, reasons.greeting.end), 'Anna, thanks for the photos', JSON.stringify(prefix));
    }
  });
});
