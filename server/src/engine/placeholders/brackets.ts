// Where a template's round bracket closes: a Blade directive's arguments (@lang('Regards')) and a Velocity
// directive's or method's (#if($name), $i18n.getText("x")). Both are code: nested brackets count, and a bracket
// inside a quoted string ('…', "…", a backslash escaping the next character) is the string's.

/** How far a closing bracket is looked for. */
export interface BracketReach {
  /** Characters from the opening bracket within which it must close: far beyond any real argument list. */
  reach: number;
  /** What ends the search unclosed: a line break (Blade's arguments stay on their line) or a blank line (Velocity's in one paragraph). */
  within: 'line' | 'paragraph';
}

/**
 * The end (past it) of the bracket opening at `at`, or undefined when it does not close within reach or before what
 * ends the search (a stray "(" in prose takes in no paragraph after it). One pass over at most `reach` characters.
 */
export function closingBracket(text: string, at: number, { reach, within }: BracketReach): number | undefined {
  let depth = 0;
  let quote: string | undefined;
  const limit = Math.min(text.length, at + reach);
  for (let index = at; index < limit; index++) {
    const char = text[index]!;
    if (char === '\n' || char === '\r') {
      if (within === 'line' || (char === '\n' && blankLineAfter(text, index + 1, limit))) return undefined;
      continue;
    }
    if (quote) {
      if (char === '\\') index++;
      else if (char === quote) quote = undefined;
    } else if (char === "'" || char === '"') quote = char;
    else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return index + 1;
  }
  return undefined;
}

/** Whether the line starting at `from` holds only spaces, tabs or a carriage return before its "\n" (read no further than `limit`). */
function blankLineAfter(text: string, from: number, limit: number): boolean {
  for (let index = from; index < limit; index++) {
    const char = text[index];
    if (char === '\n') return true;
    if (char !== ' ' && char !== '\t' && char !== '\r') return false;
  }
  return false;
}
