// Replies filed as `reply` that read as thread posts by the handle they address, beside other `reply` ones asked to
// greet or sign: together the sign of a folder of thread answers filed under the wrong kind (trial 29). The command
// line says so once a run, on stderr; the language server once a session, as an information message.

import type { LintResult } from './engine/types';

export interface ThreadAnswerSigns {
  /** Replies filed as `reply` read as posts in a thread: they address a handle (@name). */
  handlePosts: number;
  /** The other replies filed as `reply` that are asked to greet or sign. */
  askedToGreet: number;
}

export function threadAnswerSigns(result: LintResult): ThreadAnswerSigns {
  const signs = { handlePosts: 0, askedToGreet: 0 };
  for (const unit of result.units) {
    if (unit.kindReason?.id === 'kind.inferred.handleInReply') signs.handlePosts++;
    else if (unit.kind === 'reply' && (unit.scorecard.greeting === 'fail' || unit.scorecard.closing === 'fail')) signs.askedToGreet++;
  }
  return signs;
}

/** The hint that replies filed as `reply` look like answers posted in a thread; undefined when the signs do not say so. */
export function threadAnswersHint({ handlePosts, askedToGreet }: ThreadAnswerSigns): string | undefined {
  if (handlePosts === 0 || askedToGreet === 0) return undefined;
  const read =
    handlePosts === 1
      ? '1 reply filed as `reply` addresses its reader by a handle (@name) and was checked as a post in a thread'
      : `${handlePosts} replies filed as \`reply\` address their reader by a handle (@name) and were checked as posts in a thread`;
  return (
    `${read}; ${askedToGreet} more filed as \`reply\` ${askedToGreet === 1 ? 'is' : 'are'} asked to greet or sign. If they are answers posted in an ` +
    'issue or forum thread, file them as `kind: thread` (README, Reply kinds): a comment in a thread needs no greeting or sign-off.'
  );
}
