// clarity/passive-closed (issue 13): an automatic notice reports a state change in the passive
// ("Your account has been suspended", pl "rozmowa została zamknięta"): no person is hidden, so the
// rule asks the first person of replies, macros, snippets and chat only, in all five languages.
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

function passive(text: string, language: string, kind: 'macro' | 'auto-reply'): string[] {
  return spansOf('clarity/passive-closed', text, 'reply.txt', { language, kind });
}

describe('clarity/passive-closed: automatic notices speak in the passive', function () {
  this.timeout(60_000);
  const cases: [string, string][] = [
    ['en', 'Hello,\n\nYour request has been closed.'],
    ['pl', 'Dzień dobry,\n\nZgłoszenie zostało zamknięte.'],
    ['fi', 'Hei,\n\nPalvelupyyntönne on suljettu.'],
    ['lt', 'Laba diena,\n\nJūsų užklausa uždaryta.'],
    ['sq', 'Përshëndetje,\n\nKërkesa juaj është mbyllur.'],
  ];
  for (const [language, text] of cases) {
    it(`${language}: flagged in a macro, not in an automatic notice`, () => {
      assert.equal(passive(text, language, 'macro').length, 1, text);
      assert.deepEqual(passive(text, language, 'auto-reply'), []);
    });
  }
});
