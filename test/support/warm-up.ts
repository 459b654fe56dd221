// Mocha root hook (.mocharc.json "require"): the engine's one-time work of a run — reading and checking
// the built-in packs of every language, compiling their rules, the first lints — is done here, under a
// timeout of its own, instead of inside whichever test of the run lints first. Under load (eight suites
// on two cores) that first test paid for it and timed out at 20 s (bad-news-opening, the second file).
import type { Context } from 'mocha';
import { buildConfig } from '../../server/src/engine/config/project-config';
import { builtinLanguages } from '../../server/src/engine/config/pack-resolver';
import { lint } from '../../server/src/engine/linter';
import { PhraseSyntaxError } from '../../server/src/engine/match/phrase-index';

export const mochaHooks = {
  beforeAll(this: Context): void {
    this.timeout(120_000);
    for (const language of builtinLanguages()) {
      try {
        lint(
          { text: 'Hi Sam,\n\nThanks for your message. We will get back to you soon.\n\nBest,\nAna\n', fileName: 'reply.txt' },
          buildConfig({ language }, undefined).lintOptions,
        );
      } catch (error) {
        // A built-in phrase that does not parse (past 256 variants: the engine loads its own packs unchecked) throws at
        // the first lint. Thrown here, mocha ran no test at all; the tests fail on it, and pack-examples.test.ts names
        // its rule, file and line.
        if (!(error instanceof PhraseSyntaxError)) throw error;
      }
    }
  },
};
