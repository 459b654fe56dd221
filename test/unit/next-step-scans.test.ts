// The next-step reading (clauses around time frames, waiting clauses, vague
// times) does a bounded amount of work per word: a sentence holding many time
// frames once cost a walk to the clause's breaks for each of them, quadratic in
// one long sentence. Work is counted (regular expression tests), never timed.
import * as assert from 'node:assert/strict';
import { buildConfig } from '../../server/src/engine/config/project-config';
import { lint } from '../../server/src/engine/linter';

const options = { ...buildConfig({}, undefined).lintOptions, language: 'en' };

/** How many regular expression tests linting `text` takes. */
function regexTestsFor(text: string): number {
  const test = Object.getOwnPropertyDescriptor(RegExp.prototype, 'test')!.value as (this: RegExp, input: string) => boolean;
  let calls = 0;
  RegExp.prototype.test = function (this: RegExp, input: string) {
    calls++;
    return test.call(this, input);
  };
  try {
    lint({ text, fileName: 'reply.txt' }, options);
  } finally {
    RegExp.prototype.test = test;
  }
  return calls;
}

/** One sentence of `pieces` repeated pieces, with no break in it. */
const longSentence = (piece: string, pieces: number) => `Hi Ana, ${piece.repeat(pieces)}thanks.\n`;

describe('next-step scans', () => {
  for (const piece of ['we will reply soon usually within a day ', 'we will write once we know more as soon as possible usually the same day ']) {
    it(`a sentence of "${piece.trim()}" repeated costs work in proportion to its length`, () => {
      const small = regexTestsFor(longSentence(piece, 200));
      const large = regexTestsFor(longSentence(piece, 800));
      // Four times the words: about four times the work (quadratic work grew sixteenfold).
      assert.ok(large < small * 6, `regular expression tests grew from ${small} to ${large}`);
    });
  }
});
