import { namesTheTag } from './formats';

/**
 * Escapes a catalogue or template meant as layout and the reader gets as typed: a run of "\n", "\r\n", "\t" (one
 * finding per run: "\n\n" is one slip), a translator's "/n/n", and "\ n" after a sentence's punctuation. The text is
 * the reply as its help desk stores it, an export's strings decoded: inside a JSON string a "\n" is a line break and
 * only a doubled one reaches the reader as "\n".
 */
const ESCAPES = /(?<!\\)(?:\\(?:r\\n|[nrt]))+|(?<=[,.;:!?)])\\ n(?=\s|$)|(?<![^\s])(?:\/n){2,}(?![^\s.,;:!?])/g;

/** A letter that goes on after "\n" or "\t" makes a word of it: a LaTeX command ("\times", "\newline"), a path's name ("\new"). */
const CONTINUES_WORD = /^\p{Ll}/u;

/** A Windows path: a drive ("C:\...") or a share ("\\server\..."). */
const PATH_START = /^(?:[A-Za-z]:\\|\\\\)/;

/** The run of non-space characters around [start, end). */
function tokenAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !/\s/.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !/\s/.test(text[to]!)) to++;
  return text.slice(from, to);
}

/**
 * The escapes of `text` a reader would see as typed. `prose` is the text with what is not the writer's prose masked
 * (same length): an escape in code, a link, a placeholder or a quote is left alone, as is one in a path (the token
 * holds another backslash, or starts as a drive or a share), one a letter goes on from, and one named in a sentence
 * ("type \n where the line should break", "use `\n`").
 */
export function literalEscapes(text: string, prose: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (const match of text.matchAll(ESCAPES)) {
    const start = match.index;
    const end = start + match[0].length;
    if (prose[start] !== text[start]) continue;
    if (match[0].startsWith('\\') && !match[0].startsWith('\\ ')) {
      if (CONTINUES_WORD.test(text.slice(end, end + 1))) continue;
      const token = tokenAround(text, start, end);
      if (PATH_START.test(token) || token.replace(ESCAPES, '').includes('\\')) continue;
    }
    if (namesTheTag(text, start, end)) continue;
    found.push({ start, end });
  }
  return found;
}
