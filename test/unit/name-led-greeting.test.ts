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
});
