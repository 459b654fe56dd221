// A YAML file read as the tools that write it read it. PyYAML (Rasa's parser)
// does not check how far a quoted scalar's continuation lines are indented;
// the `yaml` library requires them past the key's column and otherwise stops
// at "Missing closing quote", leaving the whole file unread. RasaHQ/rasa-demo
// writes its answers so ("- text: \"…" with lines at the column of `text`).

import { parseDocument, visit, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';
import { partitionPoint } from '../text/partition-point';

type Options = ParseOptions & DocumentOptions & SchemaOptions;

/** Spaces to insert at `at` (an offset into the file) so a continuation line reaches its scalar's indentation. */
interface Insertion {
  at: number;
  count: number;
}

/**
 * `source` parsed. When it does not parse and the only reason is quoted scalars whose continuation lines are not
 * indented past their key, it is parsed again with those lines indented one column past the key (PyYAML's reading:
 * leading white space of a continuation line is not content), and every node's range is mapped back onto `source`.
 * Otherwise the first parse, errors and all.
 */
export function parseYamlDocument(source: string, options: Options): Document.Parsed {
  const document = parseDocument(source, options);
  if (document.errors.length === 0) return document;
  const insertions = quotedContinuations(source);
  if (!insertions) return document;
  const reindented = parseDocument(withInsertions(source, insertions), options);
  if (reindented.errors.length > 0) return document;
  const toSource = sourceOffsetOf(insertions);
  visit(reindented, (_key, node) => {
    if (node && typeof node === 'object' && 'range' in node && Array.isArray(node.range)) {
      node.range = node.range.map(toSource) as [number, number, number];
    }
    return undefined;
  });
  reindented.range = reindented.range.map(toSource) as [number, number, number];
  return reindented;
}

/** A line whose value opens a quoted scalar: `key: "`, `- "`, `- key: '` (the key is plain). */
const QUOTED_VALUE = /^([ \t]*(?:-[ \t]+)*)([^\s"'#?:,[\]{}&*!|>%@`-](?:[^\r\n#:]|:(?![ \t]))*?:[ \t]+)?(["'])/;
/** A line whose value is a block scalar (`key: |`, `- >-`): its content lines are indented past the line's key. */
const BLOCK_VALUE = /^([ \t]*(?:-[ \t]+)*)(?:[^\s"'#?:,[\]{}&*!|>%@`-](?:[^\r\n#:]|:(?![ \t]))*?:[ \t]+)?[|>][-+1-9]*[ \t]*(?:#.*)?\r?$/;
const DOCUMENT_MARKER = /^(?:---|\.\.\.)(?:[ \t]|\r?$)/;

/**
 * Where continuation lines of quoted scalars sit at or before their key's column (or their dash's, in a list), and
 * how many spaces take each one past it; undefined when there is none or the file's quoting cannot be followed (a
 * quote never closed, a document marker inside one).
 */
function quotedContinuations(source: string): Insertion[] | undefined {
  const insertions: Insertion[] = [];
  // The scalar left open at the end of the line before: its quote and the indentation its lines need.
  let open: { quote: string; indent: number } | undefined;
  // Inside a block scalar: lines past this column (and blank lines) are its content.
  let blockColumn: number | undefined;
  for (let lineStart = 0; lineStart < source.length;) {
    const newline = source.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? source.length : newline;
    const line = source.slice(lineStart, lineEnd);
    const spaces = /^ */.exec(line)![0].length;
    const blank = /^[ \t]*\r?$/.test(line);
    if (open) {
      if (DOCUMENT_MARKER.test(line)) return undefined;
      if (!blank && spaces < open.indent) insertions.push({ at: lineStart, count: open.indent - spaces });
      if (closingQuote(line, spaces, open.quote) !== -1) open = undefined;
    } else if (blockColumn !== undefined && (blank || spaces > blockColumn)) {
      // Block content: quotes here are text.
    } else {
      blockColumn = undefined;
      const value = QUOTED_VALUE.exec(line);
      const block = value ? undefined : BLOCK_VALUE.exec(line);
      if (value) {
        const quote = value[3]!;
        const quoteAt = value[0].length - 1;
        if (closingQuote(line, quoteAt + 1, quote) === -1) open = { quote, indent: parentColumn(value[1]!, value[2] !== undefined) + 1 };
      } else if (block) {
        blockColumn = parentColumn(block[1]!, /:[ \t]+[|>]/.test(line));
      }
    }
    lineStart = lineEnd + 1;
  }
  return open || insertions.length === 0 ? undefined : insertions;
}

/** The column of the key a value belongs to ("  - text: " -> 4), or of its list item's dash ("  - " -> 2). */
function parentColumn(lead: string, keyed: boolean): number {
  return keyed ? lead.length : lead.lastIndexOf('-');
}

/** Where `quote` closes a scalar on `line` from `from` on, or -1 (a backslash escapes in "…", '' is a quote in '…'). */
function closingQuote(line: string, from: number, quote: string): number {
  for (let at = from; at < line.length; at++) {
    const char = line[at];
    if (quote === '"' && char === '\\') at++;
    else if (char === quote) {
      if (quote === "'" && line[at + 1] === "'") at++;
      else return at;
    }
  }
  return -1;
}

function withInsertions(source: string, insertions: Insertion[]): string {
  const pieces: string[] = [];
  let copied = 0;
  for (const { at, count } of insertions) {
    pieces.push(source.slice(copied, at), ' '.repeat(count));
    copied = at;
  }
  pieces.push(source.slice(copied));
  return pieces.join('');
}

/** Maps an offset into the reindented text back onto the file: an inserted space maps to where it was inserted. */
function sourceOffsetOf(insertions: Insertion[]): (offset: number) => number {
  // Where each insertion starts in the reindented text, and how many spaces were inserted before it.
  const starts: number[] = [];
  const before: number[] = [];
  let inserted = 0;
  for (const { at, count } of insertions) {
    starts.push(at + inserted);
    before.push(inserted);
    inserted += count;
  }
  return (offset) => {
    const index = partitionPoint(starts.length, (at) => starts[at]! <= offset) - 1;
    if (index < 0) return offset;
    const { at, count } = insertions[index]!;
    return offset < starts[index]! + count ? at : offset - before[index]! - count;
  };
}
