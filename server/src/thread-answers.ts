// Replies filed as `reply` that read as thread posts by the handle they address, or as public replies under a review by
// their thanks for it, beside other `reply` ones asked to greet or sign: together the sign of a folder of thread answers
// or review replies filed under the wrong kind (trials 29, 31). The command line says so once a run, on stderr; the
// language server once a session, as an information message.

import type { LintResult } from './engine/types';

export interface ThreadAnswerSigns {
  /** Replies filed as `reply` read as posts in a thread: they address a handle (@name). */
  handlePosts: number;
  /** Replies filed as `reply` read as public replies under a review: they thank for it. */
  reviewReplies: number;
  /** The other replies filed as `reply` that are asked to greet or sign. */
  askedToGreet: number;
}

/** No replies counted yet. */
export function noThreadAnswerSigns(): ThreadAnswerSigns {
  return { handlePosts: 0, reviewReplies: 0, askedToGreet: 0 };
}

/** Adds one file's signs to a run's or a folder's. */
export function addThreadAnswerSigns(total: ThreadAnswerSigns, signs: ThreadAnswerSigns): void {
  total.handlePosts += signs.handlePosts;
  total.reviewReplies += signs.reviewReplies;
  total.askedToGreet += signs.askedToGreet;
}

export function threadAnswerSigns(result: LintResult): ThreadAnswerSigns {
  const signs = noThreadAnswerSigns();
  for (const unit of result.units) {
    if (unit.kindReason?.id === 'kind.inferred.handleInReply') signs.handlePosts++;
    else if (unit.kindReason?.id === 'kind.inferred.reviewInReply') signs.reviewReplies++;
    else if (unit.kind === 'reply' && (unit.scorecard.greeting === 'fail' || unit.scorecard.closing === 'fail')) signs.askedToGreet++;
  }
  return signs;
}

/** The hint that replies filed as `reply` look like answers posted in a thread or under reviews; undefined when the signs do not say so. */
export function threadAnswersHint({ handlePosts, reviewReplies, askedToGreet }: ThreadAnswerSigns): string | undefined {
  if (handlePosts + reviewReplies === 0 || askedToGreet === 0) return undefined;
  const replies = (count: number, one: string, many: string) =>
    `${count} ${count === 1 ? `reply filed as \`reply\` ${one}` : `replies filed as \`reply\` ${many}`}`;
  const read = [
    ...(handlePosts > 0
      ? [
          replies(
            handlePosts,
            'addresses its reader by a handle (@name) and was checked as a post in a thread',
            'address their reader by a handle (@name) and were checked as posts in a thread',
          ),
        ]
      : []),
    ...(reviewReplies > 0
      ? [
          replies(
            reviewReplies,
            'thanks for a review and was checked as a public reply under it',
            'thank for a review and were checked as public replies under it',
          ),
        ]
      : []),
  ];
  const where = [...(handlePosts > 0 ? ['in an issue or forum thread'] : []), ...(reviewReplies > 0 ? ['under reviews'] : [])];
  return (
    `${read.join('; ')}; ${askedToGreet} more filed as \`reply\` ${askedToGreet === 1 ? 'is' : 'are'} asked to greet or sign. ` +
    `If they are answers posted ${where.join(' or ')}, file them as \`kind: thread\` (README, Reply kinds): a public answer needs no greeting or sign-off.`
  );
}
