// In-text directives: suppressions (`replylint-disable ...`), the per-reply
// settings (`replylint language=pl`, `replylint kind=snippet`) and the file's placeholder
// dialect (`replylint dialect=zendesk`), written as HTML comments or as a template engine's
// comments so they never reach the customer.

import { builtinDialects } from '../config/dialects-file';
import { eachMatch } from '../text/each-match';
import { escapeRegExp } from '../text/escape-regexp';
import { detached } from '../text/word-memo';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids; empty means every rule. */
  rules: string[];
  /** Where each of `rules` is written, as characters from `start` (an edit before the comment moves it whole). */
  ruleOffsets: number[];
  start: number;
  end: number;
}

/** A setting written in the text: `replylint language=pl`, `replylint kind=snippet` (per reply), `replylint dialect=zendesk` (the file). */
export interface SettingDirective {
  key: 'language' | 'kind' | 'dialect';
  value: string;
  /** The comment's span. */
  start: number;
  end: number;
}

// A directive's opening: a comment that the customer never sees, starting with replylint-<kind>, replylint
// language=xx, replylint kind=xx or replylint dialect=xx. Its rule list runs to the first closing of that comment
// after it. The comments: HTML's, Mustache's short {{! }}, and those the template engines of dialects.yaml
// (`comments`) drop (reviewer-26 #9: the editor writes each file's own), read from the data.
const READ_ALSO: readonly (readonly [string, string])[] = [
  ['<!--', '-->'],
  ['{{!', '}}'],
];

/** A comment's delimiter as a pattern: spaces may be any, and Liquid's tags may trim ({%- comment -%}). */
function delimiter(written: string): string {
  return escapeRegExp(written.trim()).replace(/\\\{%/g, '\\{%-?').replace(/%\\\}/g, '-?%\\}').replace(/ +/g, '\\s*');
}

/** What follows a comment's opening in a directive: its kind, or its setting and value. */
const DIRECTIVE =
  /\s*replylint(?:-(?<kind>disable-next-line|disable-line|disable|enable)|\s+(?<key>language|kind|dialect)\s*=\s*(?<value>[a-z][a-z0-9_]{1,30}(?:-[a-z0-9_]+)*))\b/;

/** A rule id or category in a suppression's list. */
const RULE_ID = /[^\s,]+/g;

let forms: { opening: RegExp; closings: RegExp[] } | undefined;

/** The openings (one capture group each, `form<i>`) and, per form, its closing. */
function commentForms(): { opening: RegExp; closings: RegExp[] } {
  if (forms) return forms;
  const pairs = new Map<string, string>();
  for (const [opening, closing] of [
    ...READ_ALSO,
    ...Object.values(builtinDialects()).flatMap((dialect) => (dialect.comments ?? []).map((entry) => entry.comment)),
  ])
    pairs.set(delimiter(opening), delimiter(closing));
  // The longest first: {{!-- before {{!.
  const ordered = [...pairs].sort((a, b) => b[0].length - a[0].length);
  const openings = ordered.map(([opening], index) => `(?<form${index}>${opening})`).join('|');
  forms = {
    opening: new RegExp(`(?:${openings})${DIRECTIVE.source}`, 'g'),
    closings: ordered.map(([, closing]) => new RegExp(closing, 'g')),
  };
  return forms;
}

/** The closing of the comment a match of the opening starts. */
function closingOf(match: RegExpExecArray, closings: readonly RegExp[]): RegExp {
  const groups = match.groups!;
  return closings[closings.findIndex((_, index) => groups[`form${index}`] !== undefined)]!;
}

export function findDirectives(text: string): { directives: Directive[]; settings: SettingDirective[] } {
  const directives: Directive[] = [];
  const settings: SettingDirective[] = [];
  // Where a closing was searched for and not found: no later opening of that kind is closed
  // either, so the rest of the text is read once, not once per unclosed opening.
  const unclosedFrom = new Map<RegExp, number>();
  const { opening: OPENING, closings } = commentForms();
  OPENING.lastIndex = 0;
  for (let match = OPENING.exec(text); match; match = OPENING.exec(text)) {
    const start = match.index;
    const closing = closingOf(match, closings);
    const closed = (unclosedFrom.get(closing) ?? Infinity) > OPENING.lastIndex && find(closing, text, OPENING.lastIndex);
    if (!closed) {
      unclosedFrom.set(closing, Math.min(unclosedFrom.get(closing) ?? Infinity, OPENING.lastIndex));
      OPENING.lastIndex = start + 1;
      continue;
    }
    const end = closed.index + closed[0].length;
    const listStart = OPENING.lastIndex;
    const listText = text.slice(listStart, closed.index);
    OPENING.lastIndex = end;
    const kind = match.groups!.kind as DirectiveKind | undefined;
    const key = match.groups!.key as SettingDirective['key'] | undefined;
    if (key) {
      settings.push({ key, value: match.groups!.value!, start, end });
      continue;
    }
    if (!kind) continue;
    // The ids are separated by spaces or commas, on one line: the first with any (an id may go on the line after the
    // keyword, in a comment tag of its own). A description may follow `--`, or go on the lines after: an opening still
    // being typed, closed only by a later comment, reads no prose as ids.
    const first = listText.search(/\S/);
    const lineEnd = first < 0 ? -1 : listText.slice(first).search(/[\r\n]/);
    const list = (lineEnd < 0 ? listText : listText.slice(0, first + lineEnd)).split(/--/)[0]!;
    const rules: string[] = [];
    const ruleOffsets: number[] = [];
    eachMatch(RULE_ID, list, (rule) => {
      // Kept as long as the document's lint: detached, so they do not keep this version of the text alive after an edit.
      rules.push(detached(rule[0]));
      ruleOffsets.push(listStart + rule.index - start);
    });
    directives.push({ kind: detached(kind) as DirectiveKind, rules, ruleOffsets, start, end });
  }
  return { directives, settings };
}

function find(pattern: RegExp, text: string, from: number): RegExpExecArray | null {
  pattern.lastIndex = from;
  return pattern.exec(text);
}
