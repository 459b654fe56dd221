// A YAML scalar read character by character, so every decoded character
// knows where it sits in the file, and an edit to the decoded text can be
// written back in the scalar's own style. Every style of YAML 1.2: plain,
// single- and double-quoted (all escapes, \U pairs included), literal and
// folded block scalars with their indentation and chomping. An edit whose
// result would not read back as intended is refused, never written.

import { parseDocument, visit, type Document } from 'yaml';
import { parseYamlDocument } from './yaml-document';
import type { DecodedString } from './source-map';

export type ScalarStyle = 'PLAIN' | 'QUOTE_SINGLE' | 'QUOTE_DOUBLE' | 'BLOCK_LITERAL' | 'BLOCK_FOLDED';

const SIMPLE_ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};
const HEX_DIGITS: Record<string, number> = { x: 2, u: 4, U: 8 };

const isBreak = (char: string | undefined) => char === '\n' || char === '\r';
const isBlank = (char: string | undefined) => char === ' ' || char === '\t';

/** A line break at `at` ("\r\n" counts as one): its length, or 0. */
function breakLength(text: string, at: number): number {
  if (text[at] === '\r') return text[at + 1] === '\n' ? 2 : 1;
  return text[at] === '\n' ? 1 : 0;
}

/** Decoded text in runs (not a string per character: a 5 MB export has millions) and an offset per UTF-16 unit. */
class Builder {
  private readonly pieces: string[] = [];
  private readonly offsets: number[] = [];
  /** Where the source of the last character pushed ends: what an edit at the end of the text replaces up to. */
  private sourceEnd: number | undefined;
  /** Characters that all stand for the `length` source characters at `at` (an escape, a folded line break). */
  push(text: string, at: number, length: number): void {
    this.pieces.push(text);
    for (let i = 0; i < text.length; i++) this.offsets.push(at);
    this.sourceEnd = at + length;
  }
  /** Characters copied from the source starting at `at`. */
  copy(text: string, at: number): void {
    this.pieces.push(text);
    for (let i = 0; i < text.length; i++) this.offsets.push(at + i);
    this.sourceEnd = at + text.length;
  }
  get length(): number {
    return this.offsets.length;
  }
  /** `start`: where the content starts, the end of an empty text. */
  done(start: number): DecodedString {
    const offsets = new Int32Array(this.offsets.length + 1);
    offsets.set(this.offsets);
    offsets[this.offsets.length] = this.sourceEnd ?? start;
    return { text: this.pieces.join(''), offsets };
  }
}

/**
 * Plain and quoted scalars between `start` and `end` (inside the quotes):
 * a line break folds to a space, n breaks to n-1 newlines, white space
 * around breaks goes; quotes and escapes per style. Undefined on an escape
 * YAML does not know.
 */
function decodeFlow(text: string, start: number, end: number, style: 'PLAIN' | 'QUOTE_SINGLE' | 'QUOTE_DOUBLE'): DecodedString | undefined {
  const out = new Builder();
  let at = start;
  while (at < end) {
    const char = text[at]!;
    if (style === 'QUOTE_DOUBLE' && char === '\\') {
      const kind = text[at + 1];
      if (kind === undefined || at + 1 >= end) return undefined;
      const escapedBreak = breakLength(text, at + 1);
      if (escapedBreak > 0) {
        // An escaped line break joins the lines: the break and the next line's indentation go.
        at += 1 + escapedBreak;
        while (at < end && isBlank(text[at])) at++;
        continue;
      }
      const digits = HEX_DIGITS[kind];
      if (digits !== undefined) {
        const hex = text.slice(at + 2, at + 2 + digits);
        if (hex.length !== digits || !/^[0-9a-fA-F]+$/.test(hex)) return undefined;
        const code = parseInt(hex, 16);
        if (code > 0x10ffff) return undefined;
        out.push(String.fromCodePoint(code), at, 2 + digits);
        at += 2 + digits;
        continue;
      }
      const simple = SIMPLE_ESCAPES[kind];
      if (simple === undefined) return undefined;
      out.push(simple, at, 2);
      at += 2;
      continue;
    }
    if (style === 'QUOTE_SINGLE' && char === "'") {
      if (text[at + 1] !== "'") return undefined;
      out.push("'", at, 2);
      at += 2;
      continue;
    }
    if (isBlank(char)) {
      let after = at;
      while (after < end && isBlank(text[after])) after++;
      // White space before a line break (or the end of a plain scalar) is not content.
      if (after >= end ? style === 'PLAIN' : isBreak(text[after])) {
        at = after;
        continue;
      }
      out.copy(text.slice(at, after), at);
      at = after;
      continue;
    }
    if (isBreak(char)) {
      const breaks: number[] = [];
      while (at < end && isBreak(text[at])) {
        breaks.push(at);
        at += breakLength(text, at);
        while (at < end && isBlank(text[at])) at++;
      }
      if (breaks.length === 1) out.push(' ', breaks[0]!, breakLength(text, breaks[0]!));
      else for (const position of breaks.slice(1)) out.push('\n', position, breakLength(text, position));
      continue;
    }
    let runEnd = at + 1;
    while (runEnd < end && !/[\\' \t\r\n]/.test(text[runEnd]!)) runEnd++;
    out.copy(text.slice(at, runEnd), at);
    at = runEnd;
  }
  return out.done(start);
}

const BLOCK_HEADER = /^([|>])([+-]?)([1-9]?)([+-]?)[ \t]*(?:#[^\r\n]*)?/;

/**
 * A block scalar's header and the indentation of its content: the explicit
 * indicator (`|2`, `>-1`) counts from `keyColumn`, the column of the key it
 * is the value of; without one, the first line with content sets it.
 */
function blockLayout(text: string, start: number, end: number, keyColumn: number) {
  const header = BLOCK_HEADER.exec(text.slice(start, end));
  if (!header) return undefined;
  let contentStart = start + header[0].length;
  const headerBreak = breakLength(text, contentStart);
  if (headerBreak === 0 && contentStart < end) return undefined;
  contentStart += headerBreak;
  let indent = header[3] ? keyColumn + Number(header[3]) : 0;
  for (let probe = contentStart; !header[3] && probe < end;) {
    let spaces = 0;
    while (text[probe + spaces] === ' ') spaces++;
    if (!isBreak(text[probe + spaces]) && probe + spaces < end) {
      indent = spaces;
      break;
    }
    probe += spaces;
    const length = breakLength(text, probe);
    if (length === 0) break;
    probe += length;
  }
  return { folded: header[1] === '>', chomping: header[2] || header[4] || '', contentStart, indent };
}

/** The column of the key a scalar on this line is the value of ("  - body: " -> 4). */
export const keyColumnOf = (prefix: string) => /^[ \t-]*/.exec(prefix)![0].length;

/** A block scalar from its header (`|` or `>`, indicators) to `end`; `keyColumn` as in blockLayout. */
function decodeBlock(text: string, start: number, end: number, keyColumn: number): DecodedString | undefined {
  const layout = blockLayout(text, start, end, keyColumn);
  if (!layout) return undefined;
  const { folded, chomping, indent } = layout;
  let at = layout.contentStart;
  const out = new Builder();
  // Line breaks not yet written: folding decides what they become once the next line is known.
  let pending: number[] = [];
  let previousWasText = false;
  let previousMoreIndented = false;
  const flushBreaks = (nextIsText: boolean, nextMoreIndented: boolean) => {
    if (pending.length === 0) return;
    if (folded && previousWasText && nextIsText && !previousMoreIndented && !nextMoreIndented) {
      // Between two plain lines the first break folds: to a space alone, or away before empty lines.
      if (pending.length === 1) out.push(' ', pending[0]!, breakLength(text, pending[0]!));
      else for (const position of pending.slice(1)) out.push('\n', position, breakLength(text, position));
    } else {
      for (const position of pending) out.push('\n', position, breakLength(text, position));
    }
    pending = [];
  };
  while (at < end) {
    let spaces = 0;
    while (spaces < indent && text[at + spaces] === ' ') spaces++;
    const lineStart = at + spaces;
    let lineEnd = lineStart;
    while (lineEnd < end && !isBreak(text[lineEnd])) lineEnd++;
    const content = text.slice(lineStart, lineEnd);
    const empty = spaces < indent ? /^[ ]*$/.test(text.slice(at, lineEnd)) : content === '';
    if (!empty && spaces < indent) return undefined;
    if (!empty) {
      const moreIndented = isBlank(content[0]);
      flushBreaks(true, moreIndented);
      out.copy(content, lineStart);
      previousWasText = true;
      previousMoreIndented = moreIndented;
    }
    const length = breakLength(text, lineEnd);
    if (length === 0) break;
    pending.push(lineEnd);
    at = lineEnd + length;
  }
  // Chomping: strip drops the final line breaks, clip keeps one, keep keeps all.
  if (chomping === '+') for (const position of pending) out.push('\n', position, breakLength(text, position));
  else if (chomping === '' && pending.length > 0 && out.length > 0) out.push('\n', pending[0]!, breakLength(text, pending[0]!));
  return out.done(at);
}

export interface YamlScalar {
  style: ScalarStyle;
  /** Where the scalar's source starts: its opening quote or block header, else its first character. */
  start: number;
  end: number;
  /** The column continuation lines are indented to (flow scalars). */
  indent: string;
  lineBreak: string;
  /** The scalar's line before it ("    body: "): the context an edited scalar is read back in. */
  prefix: string;
  /**
   * Inside a flow collection (`value: ["channel:all", "Hi…"]`, possibly over
   * several lines): the column of the block key its outermost flow collection
   * is the value of, which its lines must stay indented past. Its line before
   * it is no context to read it back in; a one-item flow sequence at that
   * key is. Undefined in block context.
   */
  flowColumn?: number;
}

/** The scalar's decoded text mapped onto the file, or undefined when it does not read back as `expected`. */
export function decodeYamlScalar(text: string, scalar: YamlScalar, expected: string): DecodedString | undefined {
  const decoded = decodeRegion(text, scalar);
  return decoded?.text === expected ? decoded : undefined;
}

function decodeRegion(text: string, { style, start, end, prefix }: Pick<YamlScalar, 'style' | 'start' | 'end' | 'prefix'>): DecodedString | undefined {
  if (style === 'BLOCK_LITERAL' || style === 'BLOCK_FOLDED') return decodeBlock(text, start, end, keyColumnOf(prefix));
  if (style === 'PLAIN') return decodeFlow(text, start, end, style);
  const quote = style === 'QUOTE_DOUBLE' ? '"' : "'";
  let close = end - 1;
  while (close > start && text[close] !== quote) close--;
  if (text[start] !== quote || close <= start) return undefined;
  return decodeFlow(text, start + 1, close, style);
}

/**
 * The source text that writes `newText` in place of decoded characters
 * [from, to) of the scalar, or undefined when no text written there would
 * read back as the intended value. `decodedText` is the scalar as it reads now,
 * and `offsets.at(i)` less `offsetBase` the offset of its character i in `text`.
 */
export function encodeIntoScalar(
  text: string,
  scalar: YamlScalar,
  decodedText: string,
  offsets: { at(index: number): number },
  offsetBase: number,
  from: number,
  to: number,
  newText: string,
): string | undefined {
  const { style } = scalar;
  let written: string;
  const lineBreaks = (count: number, indent: string) => `${scalar.lineBreak.repeat(count)}${indent}`;
  if (style === 'QUOTE_DOUBLE') {
    written = JSON.stringify(newText).slice(1, -1);
  } else if (style === 'BLOCK_LITERAL') {
    written = newText.replace(/\n/g, lineBreaks(1, blockIndent(text, scalar)));
  } else if (style === 'BLOCK_FOLDED') {
    // A newline is an empty line between two lines.
    written = newText.replace(/\n/g, lineBreaks(2, blockIndent(text, scalar)));
  } else {
    // Plain and single-quoted: n newlines are n+1 line breaks.
    const quoted = style === 'QUOTE_SINGLE' ? newText.replace(/'/g, "''") : newText;
    written = quoted.replace(/\n+/g, (run) => lineBreaks(run.length + 1, scalar.indent));
  }
  const sourceFrom = offsets.at(from) - offsetBase;
  const sourceTo = offsets.at(to) - offsetBase;
  const region = text.slice(scalar.start, sourceFrom) + written + text.slice(sourceTo, scalar.end);
  const intended = decodedText.slice(0, from) + newText + decodedText.slice(to);
  // A block scalar ends where the next line starts: what follows it in the file is that line.
  const nextLineFollows = /[\r\n]$/.test(text.slice(scalar.start, scalar.end));
  return readsBackAs(scalar, region, text.slice(scalar.start, scalar.end), intended, nextLineFollows) ? written : undefined;
}

/**
 * Whether the edited scalar, on its own line as in the file and followed by
 * a key as the next macro field would be, is valid YAML with exactly the
 * intended value (YAML's own parser decides: a ": " or " #" in a plain
 * scalar, a line that changes a block's indentation, text run into the next line).
 * `unedited`: the scalar's text before the edit.
 */
function readsBackAs({ prefix, lineBreak, flowColumn }: YamlScalar, region: string, unedited: string, intended: string, nextLineFollows: boolean): boolean {
  const flow = flowColumn !== undefined;
  const keyColumn = flow ? flowColumn : keyColumnOf(prefix);
  // In a flow collection the scalar ends at "," or "]": read back as the one item of a flow sequence.
  const lead = flow ? `${' '.repeat(flowColumn)}value: [` : prefix;
  const next = `${flow ? ']' : ''}${nextLineFollows ? '' : lineBreak}${' '.repeat(keyColumn)}next: 1${lineBreak}`;
  const inContext = (scalarText: string) => `${lead}${scalarText}${next}`;
  let document: Document.Parsed = parseDocument(inContext(region), { keepSourceTokens: false });
  // A quoted answer whose lines sit at its key's column, read as PyYAML reads it (parseYamlDocument), may keep them
  // there; a scalar yaml reads as it is must stay one it reads.
  if (document.errors.length > 0 && parseDocument(inContext(unedited), { keepSourceTokens: false }).errors.length > 0) {
    document = parseYamlDocument(inContext(region), { keepSourceTokens: false });
  }
  if (document.errors.length > 0) return false;
  let value: unknown;
  visit(document, {
    Scalar(_key, node) {
      if (node.range?.[0] !== lead.length) return undefined;
      value = node.value;
      return visit.BREAK;
    },
  });
  return value === intended;
}

/** The indentation of a block scalar's content lines. */
function blockIndent(text: string, scalar: YamlScalar): string {
  const indent = blockLayout(text, scalar.start, scalar.end, keyColumnOf(scalar.prefix))?.indent;
  return indent ? ' '.repeat(indent) : '  ';
}
