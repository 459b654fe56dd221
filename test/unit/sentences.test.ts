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
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), fc.constantFrom('en', 'pl'), (pieces, language) => {
        assertSameSentences(pieces.join(' '), language);
      }),
      { numRuns: RUNS },
    );
  });
});
