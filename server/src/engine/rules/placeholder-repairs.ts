// Repairs for broken placeholder syntax. Closing a "{{" or "{%" whose
// expression is plain is a fix: it adds no word the customer reads. Where a
// missing "{% endif %}" goes decides which words become conditional, so
// those placements are suggestions.

import { unclosedExpression, type PlaceholderProblem } from '../placeholders/scan';
import type { ReplyUnit } from '../units/reply-unit';
import { insertFix, type UnitFix } from './fixes';

export interface Repairs {
  fix?: UnitFix;
  suggestions: UnitFix[];
}

const NONE: Repairs = { suggestions: [] };

export function placeholderRepairs(unit: ReplyUnit, problem: PlaceholderProblem): Repairs {
  const missing = problem.missing;
  if (!missing) return NONE;
  if ('delimiter' in missing) {
    // A field closed with one ">": the other goes right after it.
    const { delimiter } = missing;
    const fix =
      delimiter === '>>'
        ? insertFix({ id: 'fix.closeWith', args: { text: delimiter } }, problem.end, '>')
        : closingDelimiter(unit.text, problem.start, delimiter);
    if (!fix) return NONE;
    return problem.offerOnly ? { suggestions: [fix] } : { fix, suggestions: [] };
  }
  return { suggestions: endTagPlacements(unit, problem.end, missing.endTag) };
}

/**
 * Closes "{{name" or "{%tag" right after its expression; completes a closing
 * typed half ("{{name}" or "{% endif %"). None when the expression is not
 * plain: where it ends is then a guess.
 */
function closingDelimiter(text: string, openAt: number, delimiter: '}}' | '%}'): UnitFix | undefined {
  const afterOpen = openAt + 2;
  const expression = unclosedExpression(text, afterOpen, delimiter);
  if (!expression) return undefined;
  if (expression.halfEnd !== undefined) return insertFix({ id: 'fix.closeWith', args: { text: delimiter } }, expression.halfEnd, '}');
  const closing = delimiter === '%}' ? ' %}' : '}}';
  // Spaced like its opening: "{% else" becomes "{% else %}", "{{name" becomes "{{name}}".
  const spaced = delimiter === '%}' && /^[ \t]/.test(text.slice(afterOpen, afterOpen + 1)) ? closing : delimiter;
  return insertFix({ id: 'fix.closeWith', args: { text: delimiter } }, expression.end, spaced);
}

const PARAGRAPH_REACH = 4000;

/**
 * Where a missing end tag may go: the end of the paragraph the block opens
 * in, and the end of the reply before its footer (the footer is blank in
 * the prose). One suggestion when both are the same place.
 */
function endTagPlacements(unit: ReplyUnit, blockEnd: number, endTag: string): UnitFix[] {
  const { text, prose } = unit;
  const tag = `{% ${endTag} %}`;
  const replyEnd = Math.max(blockEnd, prose.trimEnd().length);
  // The paragraph of the block's first words (they may start on a line of their own),
  // looked for nearby only: a text of many unended blocks is read once, not once per block.
  const near = (from: number) => text.slice(from, Math.min(replyEnd, from + PARAGRAPH_REACH));
  const firstWords = blockEnd + (/\S/.exec(near(blockEnd))?.index ?? 0);
  const paragraphBreak = /\r?\n[ \t]*\r?\n/.exec(near(firstWords));
  const paragraphEnd = paragraphBreak ? firstWords + text.slice(firstWords, firstWords + paragraphBreak.index).trimEnd().length : replyEnd;
  const atReplyEnd = { id: 'fix.endTagReply', args: { text: tag } };
  if (replyEnd === paragraphEnd) return [insertFix(atReplyEnd, replyEnd, tag)];
  return [insertFix({ id: 'fix.endTagParagraph', args: { text: tag } }, paragraphEnd, tag), insertFix(atReplyEnd, replyEnd, tag)];
}
