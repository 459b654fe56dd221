// The editor's side of the CLI's hint that replies filed as `reply` are answers posted in a thread (thread-answers.ts):
// the files linted this session stand for the CLI's run, and the hint is an information message, shown once.

import type { LintResult } from '../engine/types';
import { threadAnswerSigns, threadAnswersHint, type ThreadAnswerSigns } from '../thread-answers';

export class ThreadAnswersHint {
  /** Each file's signs as its last lint read them; dropped once the hint is shown. */
  private readonly signs = new Map<string, ThreadAnswerSigns>();
  private shown = false;

  constructor(private readonly show: (message: string) => void) {}

  /** A file was linted: its replies count with those of the other files linted, until the hint is shown. */
  linted(uri: string, result: LintResult): void {
    if (this.shown) return;
    this.signs.set(uri, threadAnswerSigns(result));
    const total: ThreadAnswerSigns = { handlePosts: 0, askedToGreet: 0 };
    for (const { handlePosts, askedToGreet } of this.signs.values()) {
      total.handlePosts += handlePosts;
      total.askedToGreet += askedToGreet;
    }
    const hint = threadAnswersHint(total);
    if (!hint) return;
    this.shown = true;
    this.signs.clear();
    this.show(`Replylint: ${hint}`);
  }
}
