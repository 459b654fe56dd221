// In-text directives: suppressions (`replylint-disable ...`), the per-reply
// settings (`replylint language=pl`, `replylint kind=snippet`) and the file's placeholder
// dialect (`replylint dialect=zendesk`), written as HTML comments or as a template engine's
// comments so they never reach the customer.

import { detached } from '../text/word-memo';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids; empty means every rule. */
  rules: string[];
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
// after it. The comments: HTML's, and those the template engines of dialects.yaml (`comments`) drop: Liquid's
// {% comment %}, Jinja's {# #}, Handlebars' {{!-- --}} and {{! }}, Template Toolkit's [%# %], FreeMarker's <#-- -->,
// Smarty's {* *}, ERB's <%# %> (reviewer-26 #9: the editor writes each file's own).
const OPENING =
  /(<!--|<#--|<%#|\{%-?\s*comment\s*-?%\}|\{#|\{\{!(?:--)?|\[%#|\{\*)\s*replylint(?:-(disable-next-line|disable-line|disable|enable)|\s+(language|kind|dialect)\s*=\s*([a-z][a-z0-9_]{1,30}(?:-[a-z0-9_]+)*))\b/g;
const HTML_CLOSING = /-->/g;
const LIQUID_CLOSING = /\{%-?\s*endcomment\s*-?%\}/g;
const JINJA_CLOSING = /#\}/g;
const HANDLEBARS_LONG_CLOSING = /--\}\}/g;
const HANDLEBARS_CLOSING = /\}\}/g;
const TOOLKIT_CLOSING = /%\]/g;
const SMARTY_CLOSING = /\*\}/g;
const ERB_CLOSING = /%>/g;

/** The closing of the comment an opening (OPENING's first group) starts. */
function closingOf(opening: string): RegExp {
  if (opening === '<%#') return ERB_CLOSING;
  if (opening.startsWith('<')) return HTML_CLOSING;
  if (opening.startsWith('{%')) return LIQUID_CLOSING;
  if (opening === '{#') return JINJA_CLOSING;
  if (opening === '{{!--') return HANDLEBARS_LONG_CLOSING;
  if (opening === '{{!') return HANDLEBARS_CLOSING;
  return opening === '[%#' ? TOOLKIT_CLOSING : SMARTY_CLOSING;
}

export function findDirectives(text: string): { directives: Directive[]; settings: SettingDirective[] } {
  const directives: Directive[] = [];
  const settings: SettingDirective[] = [];
  // Where a closing was searched for and not found: no later opening of that kind is closed
  // either, so the rest of the text is read once, not once per unclosed opening.
  const unclosedFrom = new Map<RegExp, number>();
  OPENING.lastIndex = 0;
  for (let match = OPENING.exec(text); match; match = OPENING.exec(text)) {
    const start = match.index;
    const closing = closingOf(match[1]!);
    const closed = (unclosedFrom.get(closing) ?? Infinity) > OPENING.lastIndex && find(closing, text, OPENING.lastIndex);
    if (!closed) {
      unclosedFrom.set(closing, Math.min(unclosedFrom.get(closing) ?? Infinity, OPENING.lastIndex));
      OPENING.lastIndex = start + 1;
      continue;
    }
    const end = closed.index + closed[0].length;
    const listText = text.slice(OPENING.lastIndex, closed.index);
    OPENING.lastIndex = end;
    const kind = match[2] as DirectiveKind | undefined;
    const key = match[3] as SettingDirective['key'] | undefined;
    if (key) {
      settings.push({ key, value: match[4]!, start, end });
      continue;
    }
    if (!kind) continue;
    const list = listText.split(/--/)[0]!;
    // Kept as long as the document's lint: detached, so they do not keep this version of the text alive after an edit.
    const rules = list
      .split(/[\s,]+/)
      .map((rule) => rule.trim())
      .filter(Boolean)
      .map(detached);
    directives.push({ kind: detached(kind) as DirectiveKind, rules, start, end });
  }
  return { directives, settings };
}

function find(pattern: RegExp, text: string, from: number): RegExpExecArray | null {
  pattern.lastIndex = from;
  return pattern.exec(text);
}
