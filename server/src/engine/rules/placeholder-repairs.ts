// Repairs for broken placeholder syntax. Closing a "{{" or "{%" whose
// expression is plain is a fix: it adds no word the customer reads. Where a
// missing "{% endif %}" goes decides which words become conditional, so
// those placements are suggestions.

import type { PlaceholderProblem } from '../placeholders/scan';
import type { ReplyUnit } from '../units/reply-unit';
import { insertFix, type UnitFix } from './fixes';

export interface Repairs {
  fix?: UnitFix;
  suggestions: UnitFix[];
}

const NONE: Repairs = { suggestions: [] };

// What an unclosed opening holds before the writer's words go on: a variable with
// filters ({{first_name | fallback: "there"), a Help Scout variable
// ({%customer.firstName,fallback=there), or a Liquid tag that takes no arguments.
const VARIABLE = String.raw`[\p{L}_][\p{L}\p{N}_-]*(?:\.[\p{L}_][\p{L}\p{N}_-]*)*`;
const FILTERS = String.raw`(?:[ \t]*\|[ \t]*[a-z_]+(?:[ \t]*:[ \t]*(?:"[^"\n{}]*"|'[^'\n{}]*'|[\p{L}\p{N}_.]+))?)*`;
const OUTPUT_EXPRESSION = new RegExp(String.raw`^-?[ \t]*${VARIABLE}${FILTERS}`, 'u');
const TAG_EXPRESSION = new RegExp(
  String.raw`^-?[ \t]*(?:[\p{L}_][\p{L}\p{N}_]*\.[\p{L}_][\p{L}\p{N}_]*(?:,fallback=[\p{L}\p{N}_]*)?|(?:else|end[a-z]+|comment|raw|break|continue)(?![\p{L}\p{N}_]))`,
  'u',
);

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
  const line = text.slice(afterOpen, lineEnd(text, afterOpen));
  const expression = (delimiter === '}}' ? OUTPUT_EXPRESSION : TAG_EXPRESSION).exec(line);
  if (!expression) return undefined;
  const expressionEnd = afterOpen + expression[0].length;
  const typedHalf = (delimiter === '}}' ? /^[ \t]*\}(?!\})/ : /^[ \t]*-?%(?!\})/).exec(text.slice(expressionEnd, expressionEnd + 40));
  if (typedHalf) return insertFix({ id: 'fix.closeWith', args: { text: delimiter } }, expressionEnd + typedHalf[0].length, '}');
  const closing = delimiter === '%}' ? ' %}' : '}}';
  // Spaced like its opening: "{% else" becomes "{% else %}", "{{name" becomes "{{name}}".
  const spaced = delimiter === '%}' && /^[ \t]/.test(line) ? closing : delimiter;
  return insertFix({ id: 'fix.closeWith', args: { text: delimiter } }, expressionEnd, spaced);
}

function lineEnd(text: string, from: number): number {
  const match = /\r|\n/.exec(text.slice(from, from + 500));
  return match ? from + match.index : Math.min(text.length, from + 500);
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
