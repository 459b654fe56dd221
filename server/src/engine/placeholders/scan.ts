// Finds macro placeholders ({{ ... }} and {% ... %}) and their syntax errors.
// Placeholders are opaque to prose rules; their syntax is checked here.

export interface Placeholder {
  start: number;
  end: number;
  /** 'output' for {{ }}, 'tag' for {% %}. */
  kind: 'output' | 'tag';
  /** The expression inside the delimiters, trimmed. */
  body: string;
  /** Variable path for outputs and Help Scout tags, e.g. ticket.requester.first_name. */
  variable: string | undefined;
  hasFallback: boolean;
  /** First word of a Liquid tag (if, endif, comment, ...). */
  tagName: string | undefined;
}

export interface PlaceholderProblem {
  start: number;
  end: number;
  message: string;
  /** What is missing, for the problems a repair can be offered for: a closing delimiter, or the end tag of a block. */
  missing?: { delimiter: '}}' | '%}' } | { endTag: string };
}

export interface PlaceholderScan {
  placeholders: Placeholder[];
  problems: PlaceholderProblem[];
}

const BLOCK_TAGS: Record<string, string> = {
  if: 'endif',
  unless: 'endunless',
  for: 'endfor',
  case: 'endcase',
  capture: 'endcapture',
  comment: 'endcomment',
  raw: 'endraw',
  tablerow: 'endtablerow',
};
const END_TAGS = new Map(Object.entries(BLOCK_TAGS).map(([open, close]) => [close, open]));
const VARIABLE = /^[\p{L}_][\p{L}\p{N}_-]*(?:\.[\p{L}_][\p{L}\p{N}_-]*|\[[^\]]*\])*/u;
const FALLBACK = /\|\s*(?:fallback|default)\s*:|,\s*fallback\s*=/;

/**
 * How a placeholder reads as a word to the phrase matcher: its variable in
 * braces, so a phrase can require "{{current_user.first_name}}" exactly.
 */
export function placeholderWord(variable: string | undefined): string {
  return `{{${(variable ?? '').toLowerCase()}}}`;
}

/** The variable of a placeholder written in a phrase ({{x}}, {{ x | filter }}, {%x,fallback=y%}). */
export function variableInPlaceholder(written: string): string | undefined {
  return VARIABLE.exec(written.replace(/^\{[{%]-?\s*|\s*-?[}%]\}$/g, ''))?.[0];
}

function parseOutput(body: string): Pick<Placeholder, 'variable' | 'hasFallback'> {
  const variable = VARIABLE.exec(body)?.[0];
  return { variable, hasFallback: FALLBACK.test(body) };
}

export function scanPlaceholders(text: string): PlaceholderScan {
  const placeholders: Placeholder[] = [];
  const problems: PlaceholderProblem[] = [];
  const openBlocks: Placeholder[] = [];
  // Each search below remembers where it found nothing, so a later one from
  // further on answers at once: the scan stays one pass over the text however
  // many "{{" are never closed or "{% comment %}" never ended.
  const lineEnds = lineEndFinder(text);
  const unendedFrom = new Map<string, number>();
  let i = 0;
  while (i < text.length) {
    const open = nextDelimiter(text, i);
    if (!open) break;
    if (open.token === '}}' || open.token === '%}') {
      problems.push({
        start: open.index,
        end: open.index + 2,
        message: `Stray "${open.token}" with no opening "${open.token === '}}' ? '{{' : '{%'}".`,
      });
      i = open.index + 2;
      continue;
    }
    const closeToken = open.token === '{{' ? '}}' : '%}';
    const closeIndex = findClose(text, open.index + 2, closeToken);
    if (closeIndex < 0) {
      problems.push({
        start: open.index,
        end: lineEnds(open.index),
        message: `"${open.token}" is never closed with "${closeToken}".`,
        missing: { delimiter: closeToken },
      });
      i = open.index + 2;
      continue;
    }
    const end = closeIndex + 2;
    const rawBody = text.slice(open.index + 2, closeIndex);
    const body = rawBody.replace(/^-|-$/g, '').trim();
    if (open.token === '{{') {
      const parsed = parseOutput(body);
      if (!body) problems.push({ start: open.index, end, message: 'Empty placeholder "{{ }}".' });
      placeholders.push({ start: open.index, end, kind: 'output', body, tagName: undefined, ...parsed });
    } else {
      const tagName = /^[a-z_]+/i.exec(body)?.[0]?.toLowerCase();
      // Help Scout writes variables as {%customer.firstName,fallback=there%}.
      const isVariable = /^[\p{L}_][\p{L}\p{N}_]*\.[\p{L}_]/u.test(body);
      const placeholder: Placeholder = isVariable
        ? { start: open.index, end, kind: 'tag', body, tagName: undefined, ...parseOutput(body) }
        : { start: open.index, end, kind: 'tag', body, tagName, variable: undefined, hasFallback: false };
      placeholders.push(placeholder);
      if (!body) problems.push({ start: open.index, end, message: 'Empty tag "{% %}".' });
      if (tagName && tagName in BLOCK_TAGS) openBlocks.push(placeholder);
      else if (tagName && END_TAGS.has(tagName)) {
        const expected = END_TAGS.get(tagName)!;
        const last = openBlocks[openBlocks.length - 1];
        if (last && last.tagName === expected) openBlocks.pop();
        else if (last) {
          problems.push({
            start: open.index,
            end,
            message: `"{% ${tagName} %}" closes "{% ${expected} %}" but "{% ${last.tagName} %}" is still open.`,
          });
        } else {
          problems.push({ start: open.index, end, message: `"{% ${tagName} %}" has no matching "{% ${expected} %}".` });
        }
      }
      // Nothing inside a comment or raw block is a placeholder.
      if ((tagName === 'comment' || tagName === 'raw') && (unendedFrom.get(tagName) ?? Infinity) > end) {
        const closer = new RegExp(`\\{%-?\\s*end${tagName}\\s*-?%\\}`, 'g');
        closer.lastIndex = end;
        const found = closer.exec(text);
        if (!found) unendedFrom.set(tagName, end);
        else {
          openBlocks.pop();
          placeholders.push({
            start: found.index,
            end: found.index + found[0].length,
            kind: 'tag',
            body: `end${tagName}`,
            tagName: `end${tagName}`,
            variable: undefined,
            hasFallback: false,
          });
          i = found.index + found[0].length;
          continue;
        }
      }
    }
    i = end;
  }
  for (const block of openBlocks) {
    problems.push({
      start: block.start,
      end: block.end,
      message: `"{% ${block.tagName} %}" is never closed with "{% ${BLOCK_TAGS[block.tagName!]} %}".`,
      missing: { endTag: BLOCK_TAGS[block.tagName!]! },
    });
  }
  return { placeholders, problems };
}

function nextDelimiter(text: string, from: number): { index: number; token: string } | undefined {
  const match = /\{\{|\{%|\}\}|%\}/g;
  match.lastIndex = from;
  const found = match.exec(text);
  return found ? { index: found.index, token: found[0] } : undefined;
}

/** The closing delimiter, unless another opening comes first on the way. */
function findClose(text: string, from: number, closeToken: string): number {
  const pattern = /\{\{|\{%|\}\}|%\}/g;
  pattern.lastIndex = from;
  for (let found = pattern.exec(text); found; found = pattern.exec(text)) {
    if (found[0] === closeToken) return found.index;
    if (found[0] === '{{' || found[0] === '{%') return -1;
  }
  return -1;
}

/** The end of the line holding an offset, asked in increasing order; each character is read once. */
function lineEndFinder(text: string): (from: number) => number {
  let known = -1;
  return (from) => {
    if (from <= known) return known;
    known = from;
    while (known < text.length && text[known] !== '\n' && text[known] !== '\r') known++;
    return known;
  };
}
