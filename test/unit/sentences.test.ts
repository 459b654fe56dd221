// Plainly written blocks skip the sentence parser (text/analyze.ts). The
// sentences found that way must be exactly the parser's: checked here on
// every text we ship, a generated library of realistic replies, and
// generated text full of abbreviations, numbers, initials and odd marks.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { markdownLibrary } from '../support/corpus';
import { builtinGrammar } from '../../server/src/engine/config/grammar-file';
import { sentenceSpans } from '../../server/src/engine/text/analyze';
import { maskProse } from '../../server/src/engine/units/formats';
import { findingsOf } from '../support/engine';
import { shippedTexts } from '../support/shipped-texts';

const RUNS = Number(process.env.REPLYLINT_PROPERTY_RUNS ?? 400);

function assertSameSentences(text: string, language: string): void {
  const { prose } = maskProse(text, 'markdown');
  const { sentences } = builtinGrammar(language);
  assert.deepEqual(sentenceSpans(prose, sentences), sentenceSpans(prose, sentences, { plain: false }), text.slice(0, 200));
}

describe('sentences of plainly written blocks', () => {
  it("equal the parser's on every shipped example and fixture, in English and as Latin-script text", () => {
    for (const text of shippedTexts()) {
      assertSameSentences(text, 'en');
      assertSameSentences(text, 'pl');
    }
  });

  it("equal the parser's on a generated library of realistic replies", () => {
    const library = markdownLibrary(20261123, 400_000).text;
    for (const section of library.split(/\n(?=## )/)) assertSameSentences(section, 'en');
  });

  it("equal the parser's after numbers of every length, which it reads by their count of digits", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{1,9}$/), fc.constantFrom('.', '!', '?'), fc.constantFrom('en', 'pl'), (number, mark, language) => {
        assertSameSentences(`Your reference is ${number}${mark} We logged it.\n\n${number}${mark} Then we wrote.`, language);
      }),
      { numRuns: RUNS },
    );
  });

  it("equal the parser's on text full of abbreviations, numbers, initials and odd marks", () => {
    const piece = fc.constantFrom(
      'We checked today.',
      'It ships in sept.',
      'Call Mr.',
      'Dr.',
      'See e.g.',
      'approx.',
      'etc.',
      'It is 3.5 GB.',
      'the U.S.',
      'sign in.',
      'No.',
      'vs.',
      'Acme Inc.',
      'St.',
      'at 5 a.m.',
      'Really?',
      'Great!',
      'Wait...',
      'Done!!',
      'Why?!',
      'Thanks.',
      'thanks.',
      'Ok.',
      'We refunded it.',
      'I',
      'The',
      'then',
      'Your order',
      'is on its way',
      '(see above.)',
      '"quoted."',
      ' ',
      '  ',
      '\n',
      ',',
      ':)',
      '—',
      'Zoë wrote.',
      'Łukasz',
      "don't.",
      'co-op.',
      'tues.',
      'Blvd.',
      'Calif.',
      'x.',
      'hi .',
      'A.',
      'wed.',
      'Sat.',
      'in 2 days.',
      'on https://help.example.com/a.',
      'says "Refunded".',
      '[the article](https://example.com).',
      '1.',
      '2)',
      '4242.',
      'No. 5',
      'p.m.',
      '10.30',
      '3. Open Settings > Billing.',
      'on March 21.',
      'row\t12.',
      'Sat.',
      'sun.',
      'of £19.00 to the card.',
      '$7.49.',
      '1.5.',
      'v2.0.1',
      'Order No. 4410',
      'no. 12.',
      'No.',
      'zamówienie nr. 123',
      'Nr. 7',
      'Nr.',
      '4410',
      '12. Then',
      'Annex I.',
      'in Part IV.',
      'John I.',
      'Załącznik II.',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), fc.constantFrom('en', 'pl', 'lt'), (pieces, language) => {
        assertSameSentences(pieces.join(' '), language);
      }),
      { numRuns: RUNS },
    );
  });

  // grammar.yaml noEndBeforeNumberAfterWords and noEndAfterWords: the parser ends a sentence at "Nr." before "4410" and
  // at "ul." before "Lipowej"; the language says it goes on.
  it('go on after a listed abbreviation before a number ("Nr. 4410", "nr. 123", "nro. 4410", "No. 4410") or a name ("ul. Lipowej"), on both paths', () => {
    const cases: [string, string, string[]][] = [
      ['lt', 'Užsakymas Nr. 4410 atšauktas. Ačiū.', ['Užsakymas Nr. 4410 atšauktas.', 'Ačiū.']],
      ['lt', 'Jūsų užsakymas nr. 12 išsiųstas.', ['Jūsų užsakymas nr. 12 išsiųstas.']],
      ['pl', 'Zamówienie nr. 123 zostało anulowane. Dziękujemy.', ['Zamówienie nr. 123 zostało anulowane.', 'Dziękujemy.']],
      ['pl', 'Faktura Nr. 55 jest gotowa.', ['Faktura Nr. 55 jest gotowa.']],
      ['fi', 'Tilaus nro. 4410 on peruttu.', ['Tilaus nro. 4410 on peruttu.']],
      ['sq', 'Porosia Nr. 4410 u anulua. Faleminderit.', ['Porosia Nr. 4410 u anulua.', 'Faleminderit.']],
      ['en', 'Your order No. 4410 was cancelled. Thanks.', ['Your order No. 4410 was cancelled.', 'Thanks.']],
      ['en', 'Ticket no. 12 is closed.', ['Ticket no. 12 is closed.']],
      // grammar.yaml noEndAfterWords: an abbreviation a name follows ends no sentence, before a capital either.
      ['pl', 'Nie będzie wody przy ul. Lipowej 4. Przepraszamy.', ['Nie będzie wody przy ul. Lipowej 4.', 'Przepraszamy.']],
      ['pl', 'Msza w kościele św. Anny. Zapraszamy.', ['Msza w kościele św. Anny.', 'Zapraszamy.']],
      // "im" is also the pronoun, "pl" also a domain's end: a capital after them opens a sentence.
      [
        'pl',
        'Wysłaliśmy nowe dane i podziękowaliśmy im. Nowa przesyłka wyjedzie w poniedziałek.',
        ['Wysłaliśmy nowe dane i podziękowaliśmy im.', 'Nowa przesyłka wyjedzie w poniedziałek.'],
      ],
      ['pl', 'Formularz jest na stronie naszsklep.pl. Wystarczy wpisać numer.', ['Formularz jest na stronie naszsklep.pl.', 'Wystarczy wpisać numer.']],
      // Not listed, or not before a number: as the parser reads it.
      ['en', 'We checked it. 4410 orders shipped.', ['We checked it.', '4410 orders shipped.']],
      ['lt', 'Užsakymas Nr. Jonas jį atšaukė.', ['Užsakymas Nr.', 'Jonas jį atšaukė.']],
      ['pl', 'Zamówienie anr. 123 gotowe.', ['Zamówienie anr.', '123 gotowe.']],
      // A paragraph's end is a sentence's end, whatever word the paragraph ends on.
      ['lt', 'Užsakymas Nr.\n\n4410 atšauktas.', ['Užsakymas Nr.', '4410 atšauktas.']],
    ];
    assertSentencesOnBothPaths(cases);
  });

  // grammar.yaml endAfterRomanNumeralsAfterWords: the parser reads "I." as an initial and goes on; after a listed word
  // of a document's part it is a numeral whose period ends the sentence before a capital (trial 47).
  it('end after a Roman-numbered part of a document ("Annex I. Could you", "Załącznik II. Prosimy"), not after an initial, on both paths', () => {
    const cases: [string, string, string[]][] = [
      ['en', 'It is attached to this letter as Annex I. Could you please sign it?', ['It is attached to this letter as Annex I.', 'Could you please sign it?']],
      ['en', 'See Appendix II. The form is short.', ['See Appendix II.', 'The form is short.']],
      ['en', 'The rules are in schedule IV. They apply from May.', ['The rules are in schedule IV.', 'They apply from May.']],
      ['pl', 'Umowa zawiera Załącznik II. Prosimy o podpis.', ['Umowa zawiera Załącznik II.', 'Prosimy o podpis.']],
      ['fi', 'Ehdot ovat liitteessä Liite I. Pyydämme allekirjoitusta.', ['Ehdot ovat liitteessä Liite I.', 'Pyydämme allekirjoitusta.']],
      ['lt', 'Sąlygos pateiktos Priede I. Prašome pasirašyti.', ['Sąlygos pateiktos Priede I.', 'Prašome pasirašyti.']],
      ['sq', 'Kushtet janë në Aneksi I. Ju lutemi ta nënshkruani.', ['Kushtet janë në Aneksi I.', 'Ju lutemi ta nënshkruani.']],
      // A name's initial, a numeral not after a listed word, a word that only ends in one: as the parser reads them.
      ['en', 'Our caretaker John I. Smith will call.', ['Our caretaker John I. Smith will call.']],
      ['en', 'Ask our Counterpart I. Smith today.', ['Ask our Counterpart I. Smith today.']],
      ['en', 'It is in Annex I. then sign it.', ['It is in Annex I. then sign it.']],
    ];
    assertSentencesOnBothPaths(cases);
  });

  it('let a phrase across "Nr. 4410" match, on its exact characters', function () {
    // The first lint builds the packs: slow under load.
    this.timeout(60_000);
    const cases: [string, string, string][] = [
      ['lt', 'Laba diena,\n\nUžsakymas Nr. 4410 atšauktas. Jei turite klausimų, parašykite mums.', 'Užsakymas Nr. 4410 atšauktas'],
      ['pl', 'Dzień dobry,\n\nTwoje zamówienie nr. 4410 zostało anulowane.', 'zamówienie nr. 4410 zostało anulowane'],
      ['pl', 'Dzień dobry,\n\nTwoje zamówienie Nr. 4410 zostało anulowane.', 'zamówienie Nr. 4410 zostało anulowane'],
    ];
    for (const [language, text, span] of cases) {
      const found = findingsOf('empathy/bad-news-without-empathy', text, 'reply.md', { language, kind: 'auto-reply', placeholders: 'handlebars' });
      assert.deepEqual(
        found.map((finding) => text.slice(finding.start, finding.end)),
        [span],
        `${language}: ${text}`,
      );
      assert.equal(found[0]!.start, text.indexOf(span));
    }
  });
});

/** Each case's sentences as the language's grammar splits them, on the plain-text path and the parsed one. */
function assertSentencesOnBothPaths(cases: [string, string, string[]][]): void {
  for (const [language, text, expected] of cases) {
    const { sentences } = builtinGrammar(language);
    for (const plain of [true, false]) {
      const spans = sentenceSpans(text, sentences, { plain });
      assert.deepEqual(
        spans.map(({ start, end }) => text.slice(start, end)),
        expected,
        `${language} (plain: ${plain}): ${text}`,
      );
    }
  }
}
