// Editor help for macro placeholders: completion of the dialect's variables
// after {{ or {%, and a hover that says what a placeholder renders to.

import { CompletionItemKind, MarkupKind, type CompletionItem, type Hover, type Position } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LintOptions } from '../engine/linter';
import { detectDialect, isKnownVariable, isNameVariable, type Dialect } from '../engine/placeholders/dialects';
import { scanPlaceholders } from '../engine/placeholders/scan';
import { rangeOf } from './diagnostics';

export const COMPLETION_TRIGGERS = ['{', '%', '.', ' '];

/** The dialect of a document: the configured one, or detected from its placeholders. */
export function dialectOf(text: string, options: LintOptions): Dialect {
  const name = options.placeholders === 'auto' ? detectDialect(text, scanPlaceholders(text).placeholders) : options.placeholders;
  return options.dialects[name] ?? options.dialects.liquid!;
}

export function placeholderCompletions(document: TextDocument, position: Position, dialect: Dialect): CompletionItem[] {
  const lineStart = { line: position.line, character: 0 };
  const before = document.getText({ start: lineStart, end: position });
  // Inside an unclosed {{ or {% on this line, after the opening and any spaces.
  const open = /(\{\{|\{%-?)\s*([\p{L}\p{N}_.]*)$/u.exec(before);
  if (!open || /\}\}|%\}/.test(before.slice(open.index))) return [];
  const wantsTag = open[1]!.startsWith('{%');
  if (wantsTag !== (dialect.syntax === 'helpscout')) return [];
  const typed = open[2]!;
  const replace = { start: { line: position.line, character: position.character - typed.length }, end: position };
  return dialect.variables
    .filter((variable) => !variable.includes('*') && variable.toLowerCase().startsWith(typed.toLowerCase()))
    .map((variable, index) => ({
      label: variable,
      kind: CompletionItemKind.Variable,
      detail: dialect.title,
      documentation: isNameVariable(dialect, variable) ? 'A name that can be empty: add a fallback in a greeting.' : undefined,
      sortText: String(index).padStart(4, '0'),
      textEdit: { range: replace, newText: variable },
    }));
}

export function placeholderHover(document: TextDocument, position: Position, dialect: Dialect): Hover | null {
  const text = document.getText();
  const offset = document.offsetAt(position);
  const placeholder = scanPlaceholders(text).placeholders.find((item) => item.start <= offset && offset <= item.end);
  if (!placeholder?.variable) return null;
  const { variable } = placeholder;
  const fallback = /(?:fallback|default)\s*[:=]\s*["']?([^"'%}]*)/.exec(placeholder.body)?.[1]?.trim();
  const lines = [`**\`${variable}\`** · ${dialect.title}`, ''];
  if (!isKnownVariable(dialect, variable)) lines.push(`Not a ${dialect.title} variable: it may render as raw text or nothing.`);
  else lines.push(`Renders the ticket's value of \`${variable}\`.`);
  if (fallback !== undefined) lines.push('', `When it has no value: "${fallback}".`);
  else if (isNameVariable(dialect, variable)) lines.push('', 'No fallback: when the name is unknown it renders as nothing ("Hi ,").');
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, range: rangeOf(document, placeholder.start, placeholder.end) };
}
