// In-text directives: suppressions (`replylint-disable ...`) and the per-reply
// language comment (`replylint language=pl`), written as HTML comments or as
// Liquid comments so they never reach the customer.

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids; empty means every rule. */
  rules: string[];
  start: number;
  end: number;
}

export interface LanguageDirective {
  language: string;
  start: number;
}

// A directive's opening: an HTML comment or Liquid comment tag starting with
// replylint-<kind> or replylint language=xx. Its rule list runs to the first
// closing "-->" or "{% endcomment %}" after it.
const OPENING =
  /<!--\s*replylint(?:-(disable-next-line|disable-line|disable|enable)|\s+language\s*=\s*([a-z]{2,8}))\b|\{%-?\s*comment\s*-?%\}\s*replylint(?:-(disable-next-line|disable-line|disable|enable)|\s+language\s*=\s*([a-z]{2,8}))\b/g;
const HTML_CLOSING = /-->/g;
const LIQUID_CLOSING = /\{%-?\s*endcomment\s*-?%\}/g;

export function findDirectives(text: string): { directives: Directive[]; languages: LanguageDirective[] } {
  const directives: Directive[] = [];
  const languages: LanguageDirective[] = [];
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
    const kind = (match[1] ?? match[3]) as DirectiveKind | undefined;
    const language = match[2] ?? match[4];
    if (language) {
      languages.push({ language, start });
      continue;
    }
    if (!kind) continue;
    const list = listText.split(/--/)[0]!;
    const rules = list
      .split(/[\s,]+/)
      .map((rule) => rule.trim())
      .filter(Boolean);
    directives.push({ kind, rules, start, end });
  }
  return { directives, languages };
}

function find(pattern: RegExp, text: string, from: number): RegExpExecArray | null {
  pattern.lastIndex = from;
  return pattern.exec(text);
}
