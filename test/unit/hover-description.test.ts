// The hover shows a rule description's opening sentences: long descriptions go on to the cases a rule leaves
// alone, and the hover's examples and documentation link must stay in view.
import assert from 'node:assert/strict';
import { descriptionOpening } from '../../server/src/lsp/hover';

const filler = (words: number) => Array.from({ length: words }, () => 'word').join(' ');

describe('hover description opening', () => {
  it('keeps a short description whole', () => {
    const short = 'Vague times leave the customer guessing. Say when.';
    assert.equal(descriptionOpening(short), short);
  });

  it('cuts a long one after its last whole sentence under about 400 characters, with an ellipsis', () => {
    const first = `The first sentence says what the rule is for, ${filler(20)}.`;
    const second = `The second says why it matters, ${filler(30)}.`;
    const rest = `Not flagged: ${filler(80)}.`;
    assert.equal(descriptionOpening(`${first} ${second} ${rest}`), `${first} ${second} \u2026`);
  });

  it("never cuts inside brackets or quotes, in any of the packs' quoting styles", () => {
    const intro = `Intro ${filler(5)}.`;
    for (const [open, close] of [
      ['("', '")'],
      ['"', '"'],
      ['\u201e', '\u201d'],
      ['\u201e', '\u201c'],
      ['\u201d', '\u201d'],
      ['\u00ab', '\u00bb'],
    ]) {
      // The quoted example's first full stop comes before the budget, its end after it.
      const text = `${intro} Say when ${filler(60)} ${open}We will refund it. Please allow ${filler(10)} days.${close} is answered. Next ${filler(50)}.`;
      assert.equal(descriptionOpening(text), `${intro} \u2026`, `${open}\u2026${close}`);
    }
  });

  it('a sentence may open with a quote', () => {
    const first = `Vague words make the customer ask again, ${filler(40)}.`;
    const second = `\u201eAs soon as possible, by Friday\u201d is a time, ${filler(40)}.`;
    assert.equal(descriptionOpening(`${first} ${second} Hints ${filler(60)}.`), `${first} \u2026`);
  });

  it('keeps a first sentence longer than the budget whole', () => {
    const first = `One long sentence ${filler(100)}.`;
    assert.equal(descriptionOpening(`${first} Another ${filler(10)}.`), `${first} \u2026`);
  });
});
