// The data of a YAML file written the plain way packs are written (block
// mappings and lists, one-line scalars, comments), read without building
// yaml's document: a 5,000-rule pack's document cost about 500 ms of CPU and
// 600 scavenges, while its data alone takes a few tens of milliseconds.
//
// Anything outside that plain form (anchors, tags, flow collections, block or
// multi-line scalars, several documents, tabs, a duplicate key, anything the
// parser would call an error) gives `undefined`, and the caller reads the file
// with yaml's parser as before, which also places every problem. Where this
// reader gives data, it is the data yaml's `parseDocument(text).toJS()` gives
// (YAML 1.2 core schema): test/unit/plain-yaml.test.ts compares the two on
// every shipped YAML file, the bench's packs and generated documents.

/** A content line: its indent and its text from the first non-space character. */
interface Line {
  indent: number;
  text: string;
}

/** Not read here: yaml's parser reads (or rejects) the file. */
class NotPlain extends Error {}

const notPlain = (): never => {
  throw new NotPlain();
};

/** The longest implicit key yaml accepts is 1024 characters; well under it, nothing to decide. */
const MAX_KEY = 1000;

/** The data of a plain-form YAML mapping, or `undefined` when yaml's parser must read it. */
export function readPlainYaml(text: string): { data: Record<string, unknown> } | undefined {
  // Tabs, control characters, a BOM and the line breaks of other standards
  // (NEL, LS, PS) each have rules of their own in YAML: left to the parser.
  // eslint-disable-next-line no-control-regex -- the control characters are what this looks for
  if (/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f\u0085\u2028\u2029\ufeff]|\r(?!\n)/.test(text)) return undefined;
  try {
    const lines = contentLines(text);
    if (lines.length === 0) return undefined;
    const reader = new PlainReader(lines);
    const data = reader.block(lines[0]!.indent);
    if (reader.at < lines.length || typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
    return { data: data as Record<string, unknown> };
  } catch (error) {
    if (error instanceof NotPlain) return undefined;
    throw error;
  }
}

function contentLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let first = true;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const lineEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    let indent = start;
    while (indent < lineEnd && text.charCodeAt(indent) === 32) indent++;
    if (indent < lineEnd && text.charCodeAt(indent) !== 35 /* # */) {
      const content = text.slice(indent, lineEnd);
      // Directives, document markers: one document of plain data only (a leading `---` alone is fine).
      if (indent === start && /^(?:%|---(?:[ ]|$)|\.\.\.(?:[ ]|$))/.test(content)) {
        if (!(first && content.trimEnd() === '---')) notPlain();
      } else {
        lines.push({ indent: indent - start, text: content });
      }
      first = false;
    }
    start = end + 1;
  }
  return lines;
}

const isItem = (text: string) => text === '-' || text.startsWith('- ');

class PlainReader {
  at = 0;
  constructor(private readonly lines: Line[]) {}

  /** The mapping or list whose lines start at `indent`. */
  block(indent: number): unknown {
    const line = this.lines[this.at]!;
    if (line.indent !== indent) notPlain();
    return isItem(line.text) ? this.list(indent) : this.mapping(indent);
  }

  /** A value after `key:` or `-` with nothing else on its line: a nested block, or null. */
  private nested(indent: number, compactList: boolean): unknown {
    const next = this.lines[this.at];
    if (next && next.indent > indent) return this.block(next.indent);
    // A list may sit at its key's own indent (`key:` then `- item`).
    if (compactList && next && next.indent === indent && isItem(next.text)) return this.list(indent);
    return null;
  }

  /** A scalar on the rest of a line; its value may not go on to the next line. */
  private inline(rest: string, indent: number): unknown {
    const next = this.lines[this.at];
    if (next && next.indent > indent) notPlain();
    return scalarValue(rest);
  }

  private mapping(indent: number): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    const seen = new Set<string>();
    while (this.at < this.lines.length) {
      const line = this.lines[this.at]!;
      if (line.indent < indent) break;
      if (line.indent > indent || isItem(line.text)) notPlain();
      const { key, rest } = splitKey(line.text);
      if (seen.has(key)) notPlain();
      seen.add(key);
      this.at++;
      map[key] = rest === '' ? this.nested(indent, true) : this.inline(rest, indent);
    }
    return map;
  }

  private list(indent: number): unknown[] {
    const list: unknown[] = [];
    while (this.at < this.lines.length) {
      const line = this.lines[this.at]!;
      if (line.indent < indent) break;
      if (line.indent > indent) notPlain();
      if (!isItem(line.text)) break;
      let offset = 1;
      while (line.text.charCodeAt(offset) === 32) offset++;
      const rest = line.text.slice(offset);
      if (rest === '' || rest.startsWith('#')) {
        this.at++;
        list.push(this.nested(indent, false));
      } else if (isItem(rest)) {
        notPlain();
      } else if (keyLength(rest) !== undefined) {
        // `- key: value`: a mapping whose keys stand where this one does.
        this.lines[this.at] = { indent: indent + offset, text: rest };
        list.push(this.mapping(indent + offset));
      } else {
        this.at++;
        list.push(this.inline(rest, indent));
      }
    }
    return list;
  }
}

/** The length of a line's key up to its `:` (quotes included), or undefined when the line is no `key:`. */
function keyLength(text: string): number | undefined {
  const first = text[0];
  if (first === '"' || first === "'") {
    const end = quotedEnd(text);
    if (end === undefined || text[end] !== ':' || !(end + 1 === text.length || text[end + 1] === ' ')) return undefined;
    return end;
  }
  for (let colon = text.indexOf(':'); colon !== -1; colon = text.indexOf(':', colon + 1)) {
    if (colon + 1 === text.length || text[colon + 1] === ' ') return colon;
  }
  return undefined;
}

function splitKey(text: string): { key: string; rest: string } {
  const length = keyLength(text);
  if (length === undefined || length > MAX_KEY) return notPlain();
  const written = text.slice(0, length);
  let key: string;
  if (written[0] === '"' || written[0] === "'") {
    key = quotedValue(written);
  } else {
    if (written === '' || written.endsWith(' ') || written.includes(' #') || !plainStart(written)) notPlain();
    // A key that would resolve to a number, boolean or null is left to yaml (it stringifies them).
    if (typeof plainValue(written) !== 'string') notPlain();
    key = written;
  }
  if (key === '__proto__' || key === '<<') notPlain();
  let rest = text.slice(length + 1).trimStart();
  if (rest.startsWith('#')) rest = '';
  return { key, rest };
}

/** Whether a plain scalar may start so (not an indicator: `-`, `?`, `:` only before a non-space). */
function plainStart(text: string): boolean {
  const first = text[0]!;
  if ('[]{}#&*!|>%@`,\'"'.includes(first)) return false;
  if ((first === '-' || first === '?' || first === ':') && (text.length === 1 || text[1] === ' ')) return false;
  return true;
}

/** The value written on the rest of a line (a scalar or a one-line `[list]`), with an optional comment after it. */
function scalarValue(rest: string): unknown {
  const first = rest[0];
  if (first === '[') return flowList(rest);
  if (first === '"' || first === "'") {
    const end = quotedEnd(rest);
    if (end === undefined) return notPlain();
    const after = rest.slice(end);
    if (after.trim() !== '' && !/^ +#/.test(after)) notPlain();
    return quotedValue(rest.slice(0, end));
  }
  const hash = rest.indexOf(' #');
  const written = (hash === -1 ? rest : rest.slice(0, hash)).trimEnd();
  if (!plainStart(written) || written.endsWith(':') || written.includes(': ')) notPlain();
  return plainValue(written);
}

/**
 * A list written `[a, 'b', "c"]` on one line, of scalars only; nested
 * collections, empty entries and a trailing comma are left to yaml.
 */
function flowList(rest: string): unknown[] {
  const list: unknown[] = [];
  let at = 1;
  const skipSpaces = () => {
    while (rest.charCodeAt(at) === 32) at++;
  };
  skipSpaces();
  if (rest[at] === ']') at++;
  else {
    for (;;) {
      skipSpaces();
      const first = rest[at];
      if (first === '"' || first === "'") {
        const end = quotedEnd(rest.slice(at));
        if (end === undefined) return notPlain();
        list.push(quotedValue(rest.slice(at, at + end)));
        at += end;
      } else {
        let end = at;
        while (end < rest.length && !',[]{}'.includes(rest[end]!)) end++;
        const written = rest.slice(at, end).trimEnd();
        if (written === '' || !plainStart(written) || written.includes(':') || written.includes('#')) notPlain();
        list.push(plainValue(written));
        at = end;
      }
      skipSpaces();
      if (rest[at] === ']') {
        at++;
        break;
      }
      if (rest[at] !== ',') notPlain();
      at++;
    }
  }
  const after = rest.slice(at);
  if (after.trim() !== '' && !/^ +#/.test(after)) notPlain();
  return list;
}

/** The offset just past a quoted scalar's closing quote on this line, or undefined. */
function quotedEnd(text: string): number | undefined {
  const quote = text[0]!;
  for (let index = 1; index < text.length; index++) {
    const char = text[index];
    if (quote === '"' && char === '\\') index++;
    else if (char === quote) {
      if (quote === "'" && text[index + 1] === "'") index++;
      else return index + 1;
    }
  }
  return undefined;
}

/** A quoted scalar's string; double quotes only with the escapes JSON shares with YAML. */
function quotedValue(written: string): string {
  const inner = written.slice(1, -1);
  if (written[0] === "'") return inner.replace(/''/g, "'");
  if (!inner.includes('\\')) return inner;
  if (/\\(?!["\\/bfnrt]|u[0-9a-fA-F]{4})/.test(inner)) notPlain();
  return JSON.parse(`"${inner}"`) as string;
}

/** The core schema's null, booleans, infinities and not-a-number, as written (YAML syntax, no language's words). */
const CORE_WORDS = new Map<string, unknown>([
  ...['', '~', 'null', 'Null', 'NULL'].map((word) => [word, null] as const),
  ...['true', 'True', 'TRUE'].map((word) => [word, true] as const),
  ...['false', 'False', 'FALSE'].map((word) => [word, false] as const),
  ...['.nan', '.NaN', '.NAN'].map((word) => [word, NaN] as const),
  ...['inf', 'Inf', 'INF'].flatMap((word) => [
    [`.${word}`, Number.POSITIVE_INFINITY] as const,
    [`+.${word}`, Number.POSITIVE_INFINITY] as const,
    [`-.${word}`, Number.NEGATIVE_INFINITY] as const,
  ]),
]);

/** A plain scalar by the YAML 1.2 core schema, resolved as yaml resolves it. */
function plainValue(text: string): unknown {
  if (CORE_WORDS.has(text)) return CORE_WORDS.get(text);
  const first = text.charCodeAt(0);
  // Numbers start with a digit, a sign or a dot.
  if (!((first >= 48 && first <= 57) || first === 43 || first === 45 || first === 46)) return text;
  if (/^0o[0-7]+$/.test(text)) return parseInt(text.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(text)) return parseInt(text, 10);
  if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text.substring(2), 16);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(text) || /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(text)) return parseFloat(text);
  return text;
}
