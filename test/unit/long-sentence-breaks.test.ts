// clarity/long-sentence (issue 13, trial9): a full stop with no space after it between a word and a capitalised one
// ("gjatë javës.Nga momenti") and the check-mark bullets of a chat bot's inline list ("galime: ✅ Priimti … ✅ …")
// end what a reader sees as a sentence or an item; the words are counted between them. One long run still counts.
import * as assert from 'node:assert/strict';
import { buildConfig } from '../../server/src/engine/config/project-config';
import { lint } from '../../server/src/engine/linter';

function longSentences(text: string, language: string): number {
  const options = buildConfig({ language, kind: 'snippet', placeholders: 'none' }, undefined).lintOptions;
  return lint({ text, fileName: 'answer.txt' }, options).findings.filter((finding) => finding.ruleId === 'clarity/long-sentence').length;
}

const TWENTY = 'we pack every order by hand in our small shop and send it out with the courier on the next working day';

describe('long sentences: breaks a reader sees', function () {
  this.timeout(60_000);

  it('a full stop glued to the next capitalised word ends a sentence for the count', () => {
    assert.equal(longSentences(`Today ${TWENTY}.Then ${TWENTY}.`, 'en'), 0);
    assert.equal(longSentences(`Sot ${TWENTY} javës.Nga ${TWENTY}.`, 'sq'), 0);
    // Without the full stop it is one sentence of over 40 words.
    assert.equal(longSentences(`Today ${TWENTY} and then ${TWENTY}.`, 'en'), 1);
  });

  it("a chat bot's inline check-mark list counts per item", () => {
    assert.equal(longSentences(`We can: ✅ ${TWENTY} ✅ ${TWENTY} ✅ ${TWENTY}`, 'en'), 0);
    assert.equal(longSentences(`Galime: ✅ ${TWENTY} ✅ ${TWENTY}`, 'lt'), 0);
    // One item that is itself long still counts.
    assert.equal(longSentences(`We can: ✅ ${TWENTY} and ${TWENTY} ✅ ${TWENTY}`, 'en'), 1);
  });
});
