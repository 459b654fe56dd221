// What a placeholder is: its delimiters, its kind and what it names. A leaf module, so every reader of a
// template syntax (scan.ts, icu.ts) builds placeholders the same way without importing the scanner.

/** The opening delimiter a placeholder is written with. */
export type PlaceholderSyntax =
  | '[['
  | '[$'
  | '[%'
  | '<#'
  | '[#'
  | '{{'
  | '{%'
  | '%{'
  | '#{'
  | '{$'
  | '{#'
  | '{!!'
  | '@'
  | '<?'
  | '${'
  | '$'
  | '@{'
  | '{'
  | '['
  | '<'
  | '<<'
  | '(('
  | '%'
  | '%%'
  | '__'
  | '%s'
  | ':'
  | 't-'
  | '#';

export interface Placeholder {
  start: number;
  end: number;
  /**
   * 'output': a value the help desk fills in ({{x}}, %{x}, {$Ticket->id});
   * 'tag': control flow or a comment ({% if %}, {{#if}}, {{/if}}, {{> partial}});
   * 'slot': a fill-in the agent replaces by hand ([CUSTOMER_NAME], [x], <NAME>).
   */
  kind: 'output' | 'tag' | 'slot';
  syntax: PlaceholderSyntax;
  /** The expression inside the delimiters, trimmed. */
  body: string;
  /** Variable path of an output, e.g. ticket.requester.first_name or Ticket->OwnerObj->Name. */
  variable: string | undefined;
  hasFallback: boolean;
  /** First word of a Liquid tag (if, endif, comment, ...) or a Handlebars block (#if, /if, else). */
  tagName: string | undefined;
  /**
   * What a control tag does to the block it belongs to, set when it balances: opens one ({% if %}, {{#if}}, [% IF %]),
   * starts another branch of the innermost ({% else %}, {% elsif %}, {{else}}, [% ELSIF %]) or closes it.
   */
  flow?: 'open' | 'branch' | 'close';
}

/** A placeholder: no variable, fallback, tag name or flow unless `more` gives them. */
export function placeholderOf(
  start: number,
  end: number,
  kind: Placeholder['kind'],
  syntax: PlaceholderSyntax,
  body: string,
  more: Partial<Pick<Placeholder, 'variable' | 'hasFallback' | 'tagName' | 'flow'>> = {},
): Placeholder {
  const placeholder: Placeholder = { start, end, kind, syntax, body, variable: more.variable, hasFallback: more.hasFallback ?? false, tagName: more.tagName };
  if (more.flow !== undefined) placeholder.flow = more.flow;
  return placeholder;
}
