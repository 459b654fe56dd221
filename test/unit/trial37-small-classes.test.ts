// Trial 37's small wrong classes (issue 13: a clinic's and a privacy desk's messages to one person), each next to what
// stays flagged.
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

const spans = (rule: string, text: string, language: string, kind: 'reply' | 'auto-reply' | 'macro' = 'macro') =>
  spansOf(rule, text, 'reply.txt', { language, kind });

describe("trial 37's small wrong classes", function () {
  this.timeout(60_000);

  it('a warm goodbye names no act of ours; our own call "soon" is still a vague time', () => {
    const cases: [string, string, string][] = [
      ['en', 'We look forward to seeing you soon.', 'We will call you soon with the results.'],
      ['pl', 'Czekamy na Panią wkrótce.', 'Zadzwonimy do Pani wkrótce z wynikami.'],
      ['fi', 'Odotamme näkevämme sinut pian.', 'Soitamme sinulle pian tuloksista.'],
      ['lt', 'Netrukus pasimatysime!', 'Netrukus paskambinsime dėl rezultatų.'],
      ['sq', "Mezi presim t'ju shohim së shpejti.", "Do t'ju telefonojmë së shpejti për rezultatet."],
    ];
    for (const [language, goodbye, promise] of cases) {
      assert.deepEqual(spans('deferral/vague-timeframe', goodbye, language), [], `${language}: ${goodbye}`);
      assert.equal(spans('deferral/vague-timeframe', promise, language).length, 1, `${language}: ${promise}`);
    }
  });
});
