// A phone or desk answer opens with the organisation, a comma, the agent's name and
// words that say they are there ("VR:n asiakaspalvelu, Minna puhelimessa."): that is
// its greeting. On trial 10 four Finnish service dialogues opening so were asked for one.
// The words are pack data (formula/greeting's requires.afterAgentName).
import * as assert from 'node:assert/strict';
import { lintText } from '../support/engine';

const greetingOf = (text: string, language: string) => {
  const result = lintText(text, 'dialogue.md', { language, kind: 'reply' });
  return { findings: result.findings.filter((finding) => finding.ruleId === 'formula/greeting'), unit: result.units[0]! };
};

describe('a service opening', () => {
  const cases: [language: string, opening: string, excerpt: string, noName: string, body: string][] = [
    [
      'en',
      'Acme support, Sam speaking. How can I help?',
      'Acme support, Sam speaking',
      'Acme support, the refund is here.',
      'Your refund left our account this morning.',
    ],
    [
      'fi',
      'VR:n asiakaspalvelu, Minna puhelimessa. Miten voin auttaa?',
      'VR:n asiakaspalvelu, Minna puhelimessa',
      'VR:n asiakaspalvelu, lippu on tässä.',
      'Juna lähtee kello yhdeksän.',
    ],
    [
      'pl',
      'Sklep Kwiatek, Anna Nowak, w czym mogę pomóc?',
      'Sklep Kwiatek, Anna Nowak, w czym mogę pomóc',
      'Sklep Kwiatek, paczka jest przy telefonie.',
      'Paczka wyjechała dziś rano.',
    ],
    [
      'lt',
      'Telia klientų aptarnavimas, Rūta klauso. Kuo galiu padėti?',
      'Telia klientų aptarnavimas, Rūta klauso',
      'Telia, jūsų sąskaita paruošta, kuo galiu padėti?',
      'Sąskaitą išsiuntėme šiandien.',
    ],
    ['sq', "Vodafone, Arta në linjë. Si mund t'ju ndihmoj?", 'Vodafone, Arta në linjë', 'Vodafone, fatura është në linjë.', 'Fatura u dërgua sot.'],
  ];

  for (const [language, opening, excerpt, noName, body] of cases) {
    it(`${language}: "${opening}" greets; "${noName}" does not`, () => {
      const greeted = greetingOf(`${opening}\n\n${body}\n`, language);
      assert.deepEqual(greeted.findings, []);
      assert.equal(greeted.unit.scorecard.greeting, 'pass');
      assert.equal(greeted.unit.reasons.greeting.args?.excerpt, excerpt);
      assert.equal(greetingOf(`${noName}\n\n${body}\n`, language).findings.length, 1);
    });
  }

  it('takes the organisation and the name from the first line of the first sentence only', () => {
    // Two commas in the organisation's part, and the second half of a two-word name.
    assert.deepEqual(greetingOf('If vakuutus, vahinkoilmoitukset, Riikka puhelimessa.\n\nTarvitsen vakuutusnumeron.\n', 'fi').findings, []);
    assert.deepEqual(greetingOf('Acme support, Sam Lee here.\n\nYour refund left this morning.\n', 'en').findings, []);
    for (const text of [
      // No organisation before the name.
      'Sam speaking. Your refund left this morning.',
      // Later than the first sentence, or on the next line.
      'Your refund left this morning. Acme support, Sam speaking.',
      'Acme support,\nSam speaking. Your refund left this morning.',
      // No name: a lower-case word, or words in capitals.
      'Acme support, billing here. Your refund left this morning.',
      'Acme support, SAM speaking. Your refund left this morning.',
    ])
      assert.equal(greetingOf(`${text}\n`, 'en').findings.length, 1, text);
  });

  it('reads the line of the first word, as the name-led greeting does, when a line without words opens the sentence', () => {
    // A wave or an ellipsis on a line of its own: the opening was read on that wordless line and asked for a greeting.
    for (const mark of ['👋', '…', '* * *']) {
      assert.deepEqual(greetingOf(`${mark}\nAcme support, Sam speaking. How can I help?\n\nYour refund left this morning.\n`, 'en').findings, [], mark);
      assert.deepEqual(greetingOf(`${mark}\nAnna, thanks for the photos.\n\nYour refund left this morning.\n`, 'en').findings, [], mark);
    }
  });
});
