// The same word typed twice in a row ("visiting visiting", "the the"): a slip every reader of a template sees.

import type { Token } from './analyze';
import type { Span } from '../types';

export interface RepeatedWord {
  /** Both words, as the finding covers them. */
  span: Span;
  /** The gap and the second word: what removing the slip deletes. */
  second: Span;
}

/** Only blanks, or one line break among them, between the two words: a wrapped line still reads as one sentence. */
const BLANK_GAP = /^[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?$/;
const HAS_LETTER = /\p{L}/u;
const LOWER_START = /^\p{Ll}/u;
/** A hyphen or a dash joining the first word to the one before: "chat-i i dyqanit" is a suffix and an article. */
const JOINED_BEFORE = /[-\u2010\u2011]$/;

/**
 * Two neighbouring words of one sentence that are the same word, with only blanks between them in the text, so markup,
 * punctuation ("no, no") and placeholders keep a pair apart; a first word hyphened to the one before it is a suffix.
 * The second word must start in lower case: "Bora Bora" and "Anna Anna" are names, "NO NO" is shouted on purpose.
 * Numbers ("10 10") and the `repeatable` words (in lower case, a pack's short list) are no slip.
 */
export function repeatedWords(text: string, tokens: readonly Token[], repeatable: readonly string[]): RepeatedWord[] {
  const found: RepeatedWord[] = [];
  for (let index = 1; index < tokens.length; index++) {
    const first = tokens[index - 1]!;
    const second = tokens[index]!;
    if (first.norm !== second.norm || first.sentence !== second.sentence || first.placeholder || second.placeholder) continue;
    if (repeatable.includes(first.norm) || !HAS_LETTER.test(first.norm)) continue;
    if (!BLANK_GAP.test(text.slice(first.end, second.start)) || !LOWER_START.test(text.slice(second.start, second.end))) continue;
    if (JOINED_BEFORE.test(text.slice(first.start - 1, first.start))) continue;
    found.push({ span: { start: first.start, end: second.end }, second: { start: first.end, end: second.end } });
  }
  return found;
}
