// In-text directives: suppressions (`replylint-disable ...`), the per-reply
// settings (`replylint language=pl`, `replylint kind=snippet`) and the file's placeholder
// dialect (`replylint dialect=zendesk`), written as HTML comments or as Liquid comments so
// they never reach the customer.

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

// A directive's opening: an HTML comment or Liquid comment tag starting with
// replylint-<kind>, replylint language=xx, replylint kind=xx or replylint dialect=xx. Its rule
// list runs to the first closing "-->" or "{% endcomment %}" after it.
const OPENING =
  /<!--\s*replylint(?:-(disable-next-line|disable-line|disable|enable)|\s+(language|kind|dialect)\s*=\s*([a-z][a-z0-9_]{1,30}(?:-[a-z0-9_]+)*))\b|\{%-?\s*comment\s*-?%\}\s*replylint(?:-(disable-next-line|disable-line|disable|enable)|\s+(language|kind|dialect)\s*=\s*([a-z][a-z0-9_]{1,30}(?:-[a-z0-9_]+)*))\b/g;
const HTML_CLOSING = /-->/g;
const LIQUID_CLOSING = /\{%-?\s*endcomment\s*-?%\}/g;

export function findDirectives(text: string): { directives: Directive[]; settings: SettingDirective[] } {
  const directives: Directive[] = [];
  const settings: SettingDirective[] = [];
  // Where a closing was searched for and not found: no later opening of that kind is closed
  // either, so the rest of the text is read once, not once per unclosed opening.
  const unclosedFrom = new Map<RegExp, number>();
  OPENING.lastIndex = 0;
  for (let match = OPENING.exec(text); match; match = OPENING.exec(text)) {
    const start = match.index;
    const closing = match[0].startsWith('<') ? HTML_CLOSING : LIQUID_CLOSING;
    const closed = (unclosedFrom.get(closing) ?? Infinity) > OPENING.lastIndex && find(closing, text, OPENING.lastIndex);
    if (!closed) {
      unclosedFrom.set(closing, Math.min(unclosedFrom.get(closing) ?? Infinity, OPENING.lastIndex));
      OPENING.lastIndex = start + 1;
      continue;
    }
    const end = closed.index + closed[0].length;
    const listText = text.slice(OPENING.lastIndex, closed.index);
    OPENING.lastIndex = end;
    const kind = (match[1] ?? match[4]) as DirectiveKind | undefined;
    const key = (match[2] ?? match[5]) as SettingDirective['key'] | undefined;
    if (key) {
      settings.push({ key, value: (match[3] ?? match[6])!, start, end });
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
