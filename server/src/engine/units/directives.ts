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

const COMMENT =
  /<!--\s*replylint(?:-(disable-next-line|disable-line|disable|enable)|\s+language\s*=\s*([a-z]{2,8}))\b([^]*?)-->|\{%-?\s*comment\s*-?%\}\s*replylint(?:-(disable-next-line|disable-line|disable|enable)|\s+language\s*=\s*([a-z]{2,8}))\b([^]*?)\{%-?\s*endcomment\s*-?%\}/g;

export function findDirectives(text: string): { directives: Directive[]; languages: LanguageDirective[] } {
  const directives: Directive[] = [];
  const languages: LanguageDirective[] = [];
  for (const match of text.matchAll(COMMENT)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const kind = (match[1] ?? match[4]) as DirectiveKind | undefined;
    const language = match[2] ?? match[5];
    if (language) {
      languages.push({ language, start });
      continue;
    }
    if (!kind) continue;
    const list = (match[3] ?? match[6] ?? '').split(/--/)[0]!;
    const rules = list
      .split(/[\s,]+/)
      .map((rule) => rule.trim())
      .filter(Boolean);
    directives.push({ kind, rules, start, end });
  }
  return { directives, languages };
}
