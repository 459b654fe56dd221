// ICU MessageFormat's choices in a message: {count, plural, one {# day} other {# days}} and
// {gender, select, female {She} other {They}}. Each branch is an alternative the reader gets one of, as with
// {% if %} … {% else %}; the markup between branches is template code, and a plural branch's "#" is the number.
// Read before the {{ }} scan, so the "}}" that closes a branch and its argument is no stray Handlebars close.

import { placeholderOf, type Placeholder } from './placeholder';
import { lazyPattern } from '../text/lazy-pattern';

/** An argument that chooses: its name and type, up to the comma before the first case. */
const CHOICE_HEADER_SOURCE = String.raw`\{\s*([\p{L}_][\p{L}\p{N}_]*)\s*,\s*(plural|selectordinal|select)\s*,`;
const CHOICE_HEADER = lazyPattern(CHOICE_HEADER_SOURCE, 'guy');
const CHOICE_HEADER_ANYWHERE = lazyPattern(CHOICE_HEADER_SOURCE, 'gu');
/** A case's selector (`one`, `other`, `=0`, `female`) and its opening brace; a plural may start with `offset:1`. */
const CASE = lazyPattern(String.raw`\s*(?:offset\s*:\s*\d+\s+)?(?:=\d+|[\p{L}_][\p{L}\p{N}_-]*)\s*\{`, 'uy');
const ARGUMENT_END = /\s*\}/y;
/** How far one choice may run: messages are sentences, and a "{x, select," of prose must not cost a long read. */
const CHOICE_REACH = 4000;
/** Choices inside choices, as deep as real messages go (a plural in a select): each level may read a case again. */
const MAX_NESTING = 3;

/** The markup pieces (flow tags) and plural "#" outputs of every well-formed choice, in source order. */
export function scanIcuChoices(text: string): Placeholder[] {
  const pieces: Placeholder[] = [];
  if (!text.includes('plural') && !text.includes('select')) return pieces;
  const headers = CHOICE_HEADER_ANYWHERE();
  headers.lastIndex = 0;
  for (let header = headers.exec(text); header; header = headers.exec(text)) {
    const read = readChoice(text, header.index, Math.min(text.length, header.index + CHOICE_REACH), 0);
    if ('pieces' in read) for (const piece of read.pieces) pieces.push(piece);
    // A choice that does not parse is left to the other readers; nothing inside it is tried again (linear time).
    headers.lastIndex = Math.max(read.end, header.index + header[0].length);
  }
  return pieces;
}

/** A choice read to its end, or where it stopped being one (`end`: the offset reading got to). */
type ChoiceRead = { pieces: Placeholder[]; end: number } | { failed: true; end: number };

/** The choice whose "{" is at `start`, read to its closing "}" within `limit`. */
function readChoice(text: string, start: number, limit: number, nesting: number): ChoiceRead {
  const headerPattern = CHOICE_HEADER();
  const casePattern = CASE();
  headerPattern.lastIndex = start;
  const header = headerPattern.exec(text);
  if (!header) return { failed: true, end: start + 1 };
  const [, name, type] = header as unknown as [string, string, string];
  const tag = (from: number, to: number, flow: Placeholder['flow']): Placeholder =>
    placeholderOf(from, to, 'tag', '{', text.slice(from, to), { tagName: type, flow });
  const pieces: Placeholder[] = [];
  let markupFrom = start;
  let at = start + header[0].length;
  let cases = 0;
  for (;;) {
    casePattern.lastIndex = at;
    const opening = casePattern.exec(text);
    if (!opening || casePattern.lastIndex > limit) {
      ARGUMENT_END.lastIndex = at;
      const close = cases > 0 ? ARGUMENT_END.exec(text) : null;
      if (!close || ARGUMENT_END.lastIndex > limit) return { failed: true, end: at };
      pieces.push(tag(markupFrom, ARGUMENT_END.lastIndex, 'close'));
      return { pieces, end: ARGUMENT_END.lastIndex };
    }
    pieces.push(tag(markupFrom, casePattern.lastIndex, cases === 0 ? 'open' : 'branch'));
    cases++;
    const branch = readBranch(text, casePattern.lastIndex, limit, nesting, type === 'select' ? undefined : name);
    if ('failed' in branch) return branch;
    for (const piece of branch.pieces) pieces.push(piece);
    markupFrom = branch.end;
    at = branch.end + 1;
  }
}

/**
 * A case's text from `from` to its closing "}" (its offset is `end`): simple arguments ({name}) and nested choices
 * inside it; in a plural's case, each "#" is the count (an output of `count`).
 */
function readBranch(text: string, from: number, limit: number, nesting: number, count: string | undefined): ChoiceRead {
  const pieces: Placeholder[] = [];
  let depth = 0;
  for (let at = from; at < limit; at++) {
    const char = text[at];
    if (char === '{') {
      const nested = nesting < MAX_NESTING ? readChoice(text, at, limit, nesting + 1) : undefined;
      if (nested && 'pieces' in nested) {
        for (const piece of nested.pieces) pieces.push(piece);
        at = nested.end - 1;
      } else if (nested && nested.end >= limit) return nested;
      else depth++;
    } else if (char === '}') {
      if (depth === 0) return { pieces, end: at };
      depth--;
    } else if (char === '#' && count !== undefined && depth === 0) {
      pieces.push(placeholderOf(at, at + 1, 'output', '{', '#', { variable: count }));
    }
  }
  return { failed: true, end: limit };
}
