import { namesTheTag } from './formats';
import type { Span } from '../types';
import { lazyPattern } from '../text/lazy-pattern';

/**
 * Escapes a catalogue or template meant as layout and the reader gets as typed: a run of "\n", "\r\n", "\t" (one
 * finding per run: "\n\n" is one slip), a translator's "/n/n", and "\ n" after a sentence's punctuation. The text is
 * the reply as its help desk stores it, an export's strings decoded: inside a JSON string a "\n" is a line break and
 * only a doubled one reaches the reader as "\n".
 */
const ESCAPES = /(?<!\\)(?:\\(?:r\\n|[nrt]))+|(?<=[,.;:!?)])\\ n(?=\s|$)|(?<![^\s])(?:\/n){2,}(?![^\s.,;:!?])/g;

/** A letter that goes on after "\n" or "\t" makes a word of it: a LaTeX command ("\times", "\newline"), a path's name ("\new"). */
const CONTINUES_WORD = lazyPattern(String.raw`^\p{Ll}`, 'u');

/** A Windows path: a drive ("C:\...") or a share ("\\server\..."). */
const PATH_START = /^(?:[A-Za-z]:\\|\\\\)/;

/** Where the run of non-space characters around `start` begins and ends. */
function tokenBounds(text: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  while (from > 0 && !/\s/.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !/\s/.test(text[to]!)) to++;
  return { from, to };
}

/**
 * A JavaScript template literal nested in an expression of the template, open up to the text's end: "${", code with
 * no brace or backtick, the opening backtick, then the nested literal's text so far (its own "${…}" values included,
 * no backtick). Its "\n" is the code's escape, a real line break in the mail sent
 * ("${notes ? `Notes:\n${notes}\n\n` : ''}", trial 47).
 */
const OPEN_NESTED_LITERAL = /\$\{[^{}`]{0,200}`(?:[^`$]|\$(?!\{)|\$\{[^{}`]{0,200}\})*$/;
/** How far back the nested literal's start is looked for. */
const NESTED_LITERAL_REACH = 600;

function inNestedScriptLiteral(text: string, start: number): boolean {
  const from = Math.max(0, start - NESTED_LITERAL_REACH);
  return text.lastIndexOf('${', start) >= from && OPEN_NESTED_LITERAL.test(text.slice(from, start));
}

/**
 * Whether a run standing alone after a word names the escape ("set the separator to \t (tab)", "a new line is written
 * as \n, so"): a slip is glued to the text ("Ana,\n\nThanks") or stands after a sentence's end ("ready. /n/n Sign in").
 */
function namedAfterWord(text: string, start: number, end: number): boolean {
  if (!/[ \t]/.test(text[start - 1] ?? '') || !/^(?:$|[\s,.;:!?)])/.test(text.slice(end, end + 1))) return false;
  return /[\p{L}\p{N}][ \t]+$/u.test(text.slice(Math.max(0, start - 40), start));
}

/**
 * The escapes of `text` a reader would see as typed. `prose` is the text with what is not the writer's prose masked
 * (same length): an escape in code, a link, a placeholder or a quote is left alone, as is one in a path (the token
 * holds another backslash, or starts as a drive or a share), one a letter goes on from, and one a sentence names
 * ("type \n where the line should break", "use `\n`", "set the separator to \t"), and one in a JavaScript template
 * literal nested in a template's expression (the code's own escape). Each run without spaces is read
 * for a path once, however many escapes it holds: a line of them stays one pass.
 */
export function literalEscapes(text: string, prose: string): Span[] {
  const found: Span[] = [];
  // Every escape holds a backslash or "/n", and most replies have neither: the pattern opens with lookbehinds, so V8
  // tried it at every character of every reply (about 3% of a library's lint).
  if (!text.includes('\\') && !text.includes('/n')) return found;
  let tokenEnd = -1;
  let inPath = false;
  for (const match of text.matchAll(ESCAPES)) {
    const start = match.index;
    const end = start + match[0].length;
    if (prose[start] !== text[start]) continue;
    if (match[0].startsWith('\\') && !match[0].startsWith('\\ ')) {
      if (CONTINUES_WORD().test(text.slice(end, end + 1))) continue;
      if (start >= tokenEnd) {
        const { from, to } = tokenBounds(text, start, end);
        const token = text.slice(from, to);
        tokenEnd = to;
        inPath = PATH_START.test(token) || token.replace(ESCAPES, '').includes('\\');
      }
      if (inPath) continue;
    }
    if (namedAfterWord(text, start, end) || namesTheTag(text, start, end) || inNestedScriptLiteral(text, start)) continue;
    found.push({ start, end });
  }
  return found;
}
