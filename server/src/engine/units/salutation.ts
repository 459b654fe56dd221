// The salutation line ("Hi Ana,", "Dear [Customer name / generic salutation],",
// "Dzień dobry,"): one reader for the structure code that asks whether a
// reply or a file opens with one. Structural, in every language: a line
// that ends in a comma, emphasis markup after it aside.

/** How strictly a line is read as a salutation. */
export interface SalutationOptions {
  /**
   * At most this many words before the comma, a fill-in slot counting as one
   * ("Hi [CUSTOMER_NAME]," and "Dear [Customer name / generic salutation]," are two);
   * any line ending in a comma when undefined.
   */
  maxWords?: number;
}

/**
 * Any line that ends in a comma: words right under it are the reply's first
 * words, never a footer (units/footers.ts). A reply's first line seldom ends
 * in a comma unless it addresses someone.
 */
export const ANY_COMMA_LINE: SalutationOptions = {};

/**
 * A short line of up to six words ending in a comma: above a Markdown file's
 * first `##` section it makes the file one e-mail with sub-headings
 * (units/formats.ts), so a long first line that happens to end in a comma must not.
 */
export const SHORT_SALUTATION: SalutationOptions = { maxWords: 6 };

const ENDS_IN_COMMA = /,[ \t*_]*\r?$/;
/** A fill-in slot: [Customer name], {{ first_name | fallback: "there" }}, {name}, %{ticket.name}, #{name}, <Name>. */
const SLOT = /\[[^\]\n]{1,80}\]|\{\{[^}\n]{1,80}\}\}|[%#]?\{[^{}\n]{1,80}\}|<[A-Za-z][^<>\n]{0,80}>/g;
/** Words (at least one, the first no comma) and a comma, emphasis markup around them aside. */
const WORDS_THEN_COMMA = /^[ \t*_]*([^\s,][^\s]*(?:[ \t]+[^\s]+)*),[ \t*_]*$/;

/** Whether `line` (one line, its line break aside) is a salutation as `options` reads one. */
export function isSalutationLine(line: string, options: SalutationOptions): boolean {
  if (!ENDS_IN_COMMA.test(line)) return false;
  const { maxWords } = options;
  if (maxWords === undefined) return true;
  const words = WORDS_THEN_COMMA.exec(line.replace(/\r$/, '').replace(SLOT, 'slot'));
  return words !== null && words[1]!.split(/[ \t]+/).length <= maxWords;
}
