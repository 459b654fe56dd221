// Editor help for macro placeholders: completion of the dialect's variables
// after {{ or {%, and a hover that says what a placeholder renders to.

import { CompletionItemKind, MarkupKind, type CompletionItem, type CompletionList, type Hover, type Position } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { dialectNamed, type LintOptions, type PlaceholderInSource } from '../engine/linter';
import type { LintResult } from '../engine/types';
import { isCustomVariable, isKnownVariable, isNameVariable, writtenIn, type Dialect } from '../engine/placeholders/dialects';
import { rangeOf } from './diagnostics';

/** Where a custom variable comes from, as completion and hover name it. */
const CUSTOM_SOURCE = 'custom variable (placeholders.variables in your Replylint config)';

export const COMPLETION_TRIGGERS = ['{', '%', '.', ' ', '$', '>'];

/** The dialect a lint read the document in. */
export function dialectOf(result: LintResult, options: LintOptions): Dialect {
  return dialectNamed(result.dialect ?? 'liquid', options);
}

/**
 * How well a variable matches what was typed, or undefined: the start of the name,
 * the start of one of its parts (`ord` finds `ticket.order_id`), inside it, or its
 * letters in order. Lower is better.
 */
function matchRank(variable: string, typed: string): number | undefined {
  const name = variable.toLowerCase();
  const wanted = typed.toLowerCase();
  if (name.startsWith(wanted)) return 0;
  if (name.split(/[._]/).some((part) => part.startsWith(wanted))) return 1;
  if (name.includes(wanted)) return 2;
  let at = 0;
  for (const letter of name) if (letter === wanted[at]) at++;
  return at === wanted.length ? 3 : undefined;
}

/**
 * The dialect's variables matching what was typed after its opening (`{{`, `{%`,
 * `%{`, `#{`, `{$`). The list is
 * incomplete on purpose: clients ask again as the writer types, so the matching here
 * (parts and letters in order, not only the start) is what they show.
 */
export function placeholderCompletions(document: TextDocument, position: Position, dialect: Dialect): CompletionList {
  const none: CompletionList = { isIncomplete: false, items: [] };
  const lineStart = { line: position.line, character: 0 };
  const before = document.getText({ start: lineStart, end: position });
  // Inside an unclosed opening on this line, after the opening and any spaces.
  const open = /(\{\{|\{%-?|%\{|#\{|\{\s*\$)\s*([\p{L}\p{N}_.>-]*)$/u.exec(before);
  if (!open || /\}/.test(before.slice(open.index))) return none;
  const opening = open[1]!.replace(/-$|\s+/g, '');
  if (dialect.syntaxes[0] !== opening) return none;
  const typed = open[2]!;
  const replace = { start: { line: position.line, character: position.character - typed.length }, end: position };
  const matches = dialect.variables
    .filter((variable) => !variable.includes('*'))
    .map((variable, index) => ({ variable, index, rank: matchRank(variable, typed) }))
    .filter((match): match is { variable: string; index: number; rank: number } => match.rank !== undefined)
    .sort((a, b) => a.rank - b.rank || a.index - b.index);
  const items = matches.map(({ variable }, order): CompletionItem => {
    // The team's own fields say where they come from: the help desk does not list them, the config does.
    const source = isCustomVariable(dialect, variable) ? CUSTOM_SOURCE : dialect.title;
    return {
      label: variable,
      // Where the variable comes from beside the name, where editors show it in full; the explanation in the documentation.
      labelDetails: { description: source },
      kind: CompletionItemKind.Variable,
      detail: source,
      documentation: {
        kind: MarkupKind.Markdown,
        value: `\`${writtenIn(dialect, variable)}\` · ${source}${isNameVariable(dialect, variable) ? '\n\nA name that can be empty: in a greeting, add a fallback.' : ''}`,
      },
      sortText: String(order).padStart(4, '0'),
      // Starts with what was typed, so a client's own filter keeps every match in this order.
      filterText: typed.length > 0 ? typed + variable : variable,
      textEdit: { range: replace, newText: variable },
    };
  });
  return { isIncomplete: true, items };
}

/**
 * What the placeholder under the cursor renders to. `found` is the lint's
 * (UnitCache.placeholderAt): the reply as the rules read it, so a slot
 * written `&lt;NAME&gt;` in HTML or inside an export's string is `<NAME>`.
 */
export function placeholderHover(document: TextDocument, found: PlaceholderInSource | undefined, dialect: Dialect): Hover | null {
  if (!found) return null;
  const { placeholder } = found;
  if (placeholder.kind === 'slot') {
    const lines = [
      `**Fill-in slot** \`${found.written}\``,
      '',
      'The agent fills this in by hand before sending. A macro, snippet or saved chat line keeps it; in a reply, auto-reply, chat transcript or post in a thread it reaches the customer as written (placeholder/unfilled-slot).',
    ];
    return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, range: rangeOf(document, found.start, found.end) };
  }
  if (!placeholder.variable) return null;
  const { variable } = placeholder;
  const fallback = /(?:fallback|default)\s*[:=]\s*["']?([^"'%}]*)/.exec(placeholder.body)?.[1]?.trim();
  const lines = [`**\`${variable}\`** · ${dialect.title}`, ''];
  if (!isKnownVariable(dialect, variable)) lines.push(`Not a ${dialect.title} variable: it may render as raw text or nothing.`);
  else if (isCustomVariable(dialect, variable)) lines.push(`A ${CUSTOM_SOURCE}: renders the ticket's value of \`${variable}\`.`);
  else lines.push(`Renders the ticket's value of \`${variable}\`.`);
  if (fallback !== undefined) lines.push('', `When it has no value: "${fallback}".`);
  else if (isNameVariable(dialect, variable)) lines.push('', 'No fallback: when the name is unknown it renders as nothing ("Hi ,").');
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, range: rangeOf(document, found.start, found.end) };
}
