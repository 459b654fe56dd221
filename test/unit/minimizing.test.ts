// empathy/minimizing (issue 13, trial 12 misses "the impact was very limited" and lt "Nieko baisaus nenutiko"): playing
// down a harm to the one it happened to. It is in the strict pack of all five languages, not in recommended: the same
// words are kindness about the customer's own slip, and a status page telling how far an outage reached is often
// plain fact, and no real-text trial has shown the rule right 9 times in 10.
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

const RULE = 'empathy/minimizing';

function minimizing(text: string, language: string, packs: string[]): string[] {
  return spansOf(RULE, text, 'reply.txt', { language, kind: 'reply', placeholders: 'none', extends: packs });
}

const STRICT = ['recommended', 'strict'];

describe('minimising the harm', function () {
  this.timeout(60_000);

  it('strict flags a harm played down to the one it happened to, in all five languages', () => {
    assert.deepEqual(minimizing('The warning was sent in error. The impact was very limited.', 'en', STRICT), ['The impact was very limited']);
    assert.deepEqual(minimizing('Ostrzeżenie wysłaliśmy przez pomyłkę, ale wpływ był bardzo ograniczony.', 'pl', STRICT), ['wpływ był bardzo ograniczony']);
    assert.deepEqual(minimizing('Kyseessä oli vain pieni häiriö.', 'fi', STRICT), ['vain pieni häiriö']);
    assert.deepEqual(minimizing('Nieko baisaus nenutiko, programėlė vėl veikia.', 'lt', STRICT), ['Nieko baisaus nenutiko']);
    assert.deepEqual(minimizing('Nuk ndodhi asgjë e rëndë, pakoja vonohet një ditë.', 'sq', STRICT), ['Nuk ndodhi asgjë e rëndë']);
  });

  it("the same words about the customer's own slip are kindness", () => {
    assert.deepEqual(minimizing('No need to apologise for the typo, it happens to everyone.', 'en', STRICT), []);
    assert.deepEqual(minimizing('Nereikia atsiprašyti dėl rašybos klaidos, taip nutinka visiems.', 'lt', STRICT), []);
  });

  it("saying no harm reached a thing of the reader's is reassurance, not a harm played down (reviewer #17)", () => {
    const facts: [string, string][] = [
      ['en', 'The sync was down from 9:00 to 10:15. Nothing serious happened to your account: no payment was taken twice.'],
      ['pl', 'Awaria trwała od 9:00 do 10:15. Z Pani zamówieniem nic się nie stało: płatność pobraliśmy tylko raz.'],
      ['pl', 'Pani zamówieniu nic się nie stało.'],
      ['fi', 'Katko kesti klo 9.00–10.15. Tietoihinne ei tapahtunut mitään pahaa, eikä teidän tarvitse tehdä mitään.'],
      ['lt', 'Sutrikimas truko nuo 9:00 iki 10:15. Jūsų duomenims nieko blogo nenutiko, jums nieko daryti nereikia.'],
      ['sq', 'Ndërprerja zgjati nga 9:00 deri në 10:15. Nuk ndodhi asgjë e keqe me të dhënat tuaja.'],
      ['en', 'The sync was down from 9:00 to 10:15. Your data was not affected. No action is needed on your side.'],
    ];
    for (const [language, text] of facts) assert.deepEqual(minimizing(text, language, STRICT), [], `${language}: ${text}`);
    // The same words with no thing of theirs spared still play the harm down.
    assert.deepEqual(minimizing('Nothing serious happened, the app works again.', 'en', STRICT), ['Nothing serious happened']);
    assert.deepEqual(minimizing('Ei tapahtunut mitään pahaa, sovellus toimii taas.', 'fi', STRICT), ['Ei tapahtunut mitään pahaa']);
  });

  it('recommended does not hold the rule', () => {
    assert.deepEqual(minimizing('The warning was sent in error. The impact was very limited.', 'en', ['recommended']), []);
    assert.deepEqual(minimizing("It's just a minor glitch, these things happen.", 'en', ['recommended']), []);
  });
});
