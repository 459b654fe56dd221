// Two signs that a folder's replies are filed under the wrong kind, said once by the command line (a run, on stderr) and
// by the language server (a session, as an information message):
// - thread answers: replies filed as `reply` that read as thread posts by the handle they address, or as public replies
//   under a review by their thanks for it, beside other `reply` ones asked to greet or sign (trials 29, 31);
// - templates: most replies of a sent kind hold fill-in slots, each reported as sent unfilled (trial 31: review-reply
//   templates filed as `thread`). Each slot stays an error (a forgotten "[Customer Name]" in a reply as sent is the
//   rule's main catch); the hint says where templates go.
// The words are message ids (rules/messages), rendered in the language the caller names: the CLI's summary language,
// the editor's display language.

import { joinCatalogTexts, renderMessage, type CatalogText } from './engine/messages';
import type { LintResult, ReplyKind } from './engine/types';

/** A sent kind's replies, those holding a fill-in slot reported as sent unfilled, and the first such slot. */
interface SentSlots {
  replies: number;
  slotted: number;
  example: string;
}

export interface FilingSigns {
  /** Replies filed as `reply` read as posts in a thread: they address a handle (@name). */
  handlePosts: number;
  /** Replies filed as `reply` read as public replies under a review: they thank for it. */
  reviewReplies: number;
  /** The other replies filed as `reply` that are asked to greet or sign. */
  askedToGreet: number;
  /** Per sent kind, in the order first met. */
  sentSlots: Map<ReplyKind, SentSlots>;
}

/** The kinds whose replies are sent or posted as written: a fill-in slot in them is reported as sent unfilled. */
const SENT_KINDS: readonly ReplyKind[] = ['reply', 'thread'];
/** A folder is "full of" slots when at least this many of its sent replies hold one, and at least half of them. */
const MIN_SLOTTED_REPLIES = 3;

/** No replies counted yet. */
export function noFilingSigns(): FilingSigns {
  return { handlePosts: 0, reviewReplies: 0, askedToGreet: 0, sentSlots: new Map() };
}

/** Adds one file's signs to a run's or a folder's. */
export function addFilingSigns(total: FilingSigns, signs: FilingSigns): void {
  total.handlePosts += signs.handlePosts;
  total.reviewReplies += signs.reviewReplies;
  total.askedToGreet += signs.askedToGreet;
  for (const [kind, { replies, slotted, example }] of signs.sentSlots) {
    const count = total.sentSlots.get(kind);
    if (!count) total.sentSlots.set(kind, { replies, slotted, example });
    else {
      count.replies += replies;
      count.slotted += slotted;
      count.example ||= example;
    }
  }
}

/** One file's signs. */
export function filingSigns(result: LintResult): FilingSigns {
  const signs = noFilingSigns();
  result.units.forEach((unit, index) => {
    if (unit.kindReason?.id === 'kind.inferred.handleInReply') signs.handlePosts++;
    else if (unit.kindReason?.id === 'kind.inferred.reviewInReply') signs.reviewReplies++;
    else if (unit.kind === 'reply' && (unit.scorecard.greeting === 'fail' || unit.scorecard.closing === 'fail')) signs.askedToGreet++;
    if (!SENT_KINDS.includes(unit.kind)) return;
    let count = signs.sentSlots.get(unit.kind);
    if (!count) signs.sentSlots.set(unit.kind, (count = { replies: 0, slotted: 0, example: '' }));
    count.replies++;
    const slot = result.findings.find((finding) => finding.unit === index && finding.ruleId === 'placeholder/unfilled-slot');
    if (!slot) return;
    count.slotted++;
    count.example ||= slot.excerpt;
  });
  return signs;
}

/** The hint that replies filed as `reply` look like answers posted in a thread or under reviews; undefined when the signs do not say so. */
export function threadAnswersHint({ handlePosts, reviewReplies, askedToGreet }: FilingSigns, language: string): CatalogText | undefined {
  if (handlePosts + reviewReplies === 0 || askedToGreet === 0) return undefined;
  const read = [
    ...(handlePosts > 0 ? [renderMessage(language, 'hint.handlePosts', { count: handlePosts })] : []),
    ...(reviewReplies > 0 ? [renderMessage(language, 'hint.reviewReplies', { count: reviewReplies })] : []),
  ];
  const where = handlePosts === 0 ? 'reviews' : reviewReplies === 0 ? 'threads' : 'threadsOrReviews';
  const asked = joinCatalogTexts(
    [renderMessage(language, 'hint.askedToGreet', { count: askedToGreet }), renderMessage(language, `hint.fileAsThread.${where}`)],
    ' ',
  );
  return joinCatalogTexts([...read, asked], '; ');
}

/** The hint that replies of a sent kind are mostly templates; undefined when none is full of fill-in slots. */
export function sentTemplatesHint({ sentSlots }: FilingSigns, language: string): CatalogText | undefined {
  const full = [...sentSlots].filter(([, count]) => count.slotted >= MIN_SLOTTED_REPLIES && count.slotted * 2 >= count.replies);
  if (full.length === 0) return undefined;
  const held = full.map(([kind, { slotted, replies, example }]) => renderMessage(language, 'hint.slotted', { count: slotted, replies, kindId: kind, example }));
  return renderMessage(language, 'hint.fileAsMacro', { slotted: held.join('; ') });
}
