// A YAML (or JSON) file read for its data, able to say where each problem
// is: syntax errors, schema errors and problems found later at a key path all
// carry the line and column in the file. One way for configs, packs and the
// examples inside packs.

import type { ErrorObject } from 'ajv';
import { Parser, isMap, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode, type YAMLError } from 'yaml';
import { LineIndex } from '../text/line-index';
import { didYouMean } from './did-you-mean';

/** 0-based lines and UTF-16 columns in the file. */
export interface FilePlace {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface YamlProblem extends FilePlace {
  message: string;
}

export type KeyPath = (string | number)[];

export const FILE_START: FilePlace = { line: 0, column: 0, endLine: 0, endColumn: 0 };

export class YamlFile {
  private readonly lines: LineIndex;
  readonly document: Document.Parsed;

  /** `uniqueKeys: false` skips yaml's own duplicate-key check (quadratic in a mapping's size). */
  constructor(
    private readonly text: string,
    options: { uniqueKeys?: boolean } = {},
  ) {
    this.lines = new LineIndex(text);
    this.document = parseDocument(text, { uniqueKeys: options.uniqueKeys ?? true, prettyErrors: false });
  }

  /** One problem per mistake: an unclosed quote inside an unclosed `[` is one mistake, said once. */
  syntaxProblems(): YamlProblem[] {
    const problems = new Map<number, YamlProblem>();
    for (const error of this.document.errors) {
      const { range, message } = this.mistakeOf(error);
      if (!problems.has(range[0])) problems.set(range[0], { message: `YAML: ${message}`, ...this.placeOf(range) });
    }
    return [...problems.values()];
  }

  /**
   * Where the writer made a syntax mistake, not where the parser noticed it:
   * an unclosed `[`, `{` or quote is noticed where the next key or the file
   * ends, and a key missing its colon runs on into the next line.
   */
  private mistakeOf(error: YAMLError): { range: [number, number]; message: string } {
    const [start, end] = error.pos;
    const message = error.message.split('\n')[0]!;
    const lineEnd = (offset: number) => {
      const newline = this.text.indexOf('\n', offset);
      return newline === -1 ? this.text.length : newline;
    };
    if (error.code === 'MISSING_CHAR' || (error.code === 'BAD_INDENT' && /end with a [\]}]/.test(message))) {
      const opener = unclosedOpenerBefore(this.text, start);
      if (opener !== undefined) {
        const open = this.text[opener]!;
        const close = open === '[' ? ']' : open === '{' ? '}' : open;
        return { range: [opener, lineEnd(opener)], message: `this ${open} is never closed: add the ${close} that ends it` };
      }
    }
    if (error.code === 'MULTILINE_IMPLICIT_KEY') return { range: [start, Math.min(end, lineEnd(start))], message: `${message} (is a ":" missing?)` };
    return { range: [start, end], message };
  }

  /** The document's data, or the problem that stops reading it (too many aliases). */
  data(): { data: unknown } | { problem: YamlProblem } {
    try {
      return { data: this.document.toJS({ maxAliasCount: 100 }) };
    } catch (error) {
      return { problem: { message: `YAML: ${(error as Error).message}`, ...FILE_START } };
    }
  }

  placeOf(range: readonly number[] | null | undefined): FilePlace {
    const { start, end } = this.lines.rangeOf(range?.[0] ?? 0, range?.[1] ?? range?.[0] ?? 0);
    return { line: start.line, column: start.character, endLine: end.line, endColumn: end.character };
  }

  /** The node at a path, or the nearest one on the way; with `key`, the key of the last step. */
  nodeAt(path: KeyPath, key = false): YamlNode | undefined {
    let node: unknown = this.document.contents;
    for (const [index, step] of path.entries()) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(step));
        if (!pair) return node;
        if (key && index === path.length - 1) return pair.key as YamlNode;
        node = pair.value ?? pair.key;
      } else if (isSeq(node)) {
        const item = node.items[Number(step)];
        if (!item) return node;
        node = item;
      } else break;
    }
    return node as YamlNode | undefined;
  }

  problemAt(path: KeyPath, message: string, key = false): YamlProblem {
    return { message, ...this.placeOf(this.nodeAt(path, key)?.range) };
  }

  /**
   * Schema errors, one per mistake, each at its key (unknown keys) or value,
   * with the closest known word when it looks like a typo. `subject` names the
   * whole file ("the config"); `schema` is the one the errors came from.
   */
  schemaProblems(errors: ErrorObject[] | null | undefined, subject: string, schema: object): YamlProblem[] {
    return oneErrorPerMistake(errors ?? [], (path) => this.nodeAt(path)).map(({ error, path }) => {
      const where = path.length > 0 ? path.join('.') : subject;
      if (error.keyword === 'additionalProperties') {
        const extra = (error.params as { additionalProperty: string }).additionalProperty;
        const known = Object.keys(schemaAt(schema, error.schemaPath, -1)?.properties ?? {});
        return this.problemAt([...path, extra], `${where}: unknown key "${extra}"${didYouMean(extra, known)}`, true);
      }
      if (error.keyword === 'enum') {
        const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map(String);
        const written = this.valueAt(path);
        const hint = typeof written === 'string' ? didYouMean(written, allowed) : '';
        const shown = allowed.map((value) => JSON.stringify(value)).join(', ');
        return this.problemAt(path, `${where}: ${JSON.stringify(written)} is not one of ${shown}${hint}`);
      }
      // One value where a list belongs (`files: "koha/**"`, as ESLint's old configs allowed): show the list it should be.
      const written = this.valueAt(path);
      if (error.keyword === 'type' && (error.params as { type?: string }).type === 'array' && typeof written === 'string' && path.length > 0)
        return this.problemAt(path, `${where}: must be a list: ${path[path.length - 1]}: [${JSON.stringify(written)}]`);
      return this.problemAt(path, `${where}: ${error.message ?? 'is invalid'}`);
    });
  }

  private valueAt(path: KeyPath): unknown {
    const node = this.nodeAt(path);
    return isScalar(node) ? node.value : undefined;
  }
}

interface PlacedError {
  error: ErrorObject;
  path: string[];
}

/**
 * ajv reports every branch of a union that failed: a rule set to `warn` is
 * "not one of the severities" and "must be object". Keep what speaks to the
 * value as written: errors deeper inside it; for a scalar, the branch of
 * allowed values; for a list or object in the wrong place, one error naming
 * every form the setting takes.
 */
function oneErrorPerMistake(errors: ErrorObject[], nodeAt: (path: string[]) => YamlNode | undefined): PlacedError[] {
  const placed = errors
    .filter((error) => !['if', 'anyOf', 'oneOf'].includes(error.keyword))
    .map((error) => ({ error, path: pointerParts(error.instancePath) }));
  const keyOf = (path: string[]) => path.map((part) => `/${part}`).join('');
  // An unknown key is a mistake at the key, below its parent object.
  const placeOf = ({ error, path }: PlacedError) =>
    keyOf(error.keyword === 'additionalProperties' ? [...path, (error.params as { additionalProperty: string }).additionalProperty] : path);
  const deepest = new Set(placed.map(placeOf));
  const hasDeeper = (path: string[]) => {
    const prefix = `${keyOf(path)}/`;
    for (const key of deepest) if (key.startsWith(prefix)) return true;
    return false;
  };
  const byPlace = new Map<string, PlacedError[]>();
  for (const item of placed) {
    if (item.error.keyword !== 'additionalProperties' && hasDeeper(item.path)) continue;
    byPlace.set(placeOf(item), [...(byPlace.get(placeOf(item)) ?? []), item]);
  }
  return [...byPlace.values()].map((items) => {
    const first = items[0]!;
    if (items.length === 1) return first;
    const scalar = isScalar(nodeAt(first.path));
    const specific = items.find((item) => item.error.keyword !== 'type' && (scalar || item.error.keyword !== 'enum'));
    if (specific) return specific;
    const forms = items.map(({ error }) =>
      error.keyword === 'enum'
        ? `one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((value) => JSON.stringify(value)).join(', ')}`
        : String((error.params as { type?: string }).type ?? error.message),
    );
    return { ...first, error: { ...first.error, keyword: 'type', message: `must be ${[...new Set(forms)].join(' or ')}` } };
  });
}

/** The subschema at an ajv schemaPath (`#/properties/rules/additionalProperties`), `drop` segments short of its end. */
function schemaAt(schema: object, schemaPath: string, drop: number): { properties?: object } | undefined {
  let node: unknown = schema;
  for (const part of pointerParts(schemaPath).slice(0, drop)) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'object' && node !== null ? node : undefined;
}

/** The unescaped steps of a JSON pointer (`/rules/tone~1shouting`, or `#/properties/...`). */
export function pointerParts(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The offset of the last `[`, `{` or quote before `offset` that the text never closes. */
function unclosedOpenerBefore(text: string, offset: number): number | undefined {
  let found: number | undefined;
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    const token = node as { type?: string; offset?: number; source?: string; end?: { type: string }[] };
    const unclosed =
      (token.type === 'flow-collection' && !(token.end ?? []).some((end) => end.type === 'flow-seq-end' || end.type === 'flow-map-end')) ||
      ((token.type === 'double-quoted-scalar' || token.type === 'single-quoted-scalar') && !isClosedQuote(token.source ?? ''));
    if (unclosed && token.offset !== undefined && token.offset <= offset && (found === undefined || token.offset > found)) found = token.offset;
    for (const value of Object.values(node)) visit(value);
  };
  for (const token of new Parser().parse(text)) visit(token);
  return found;
}

function isClosedQuote(source: string): boolean {
  const quote = source[0];
  if (source.length < 2 || !source.endsWith(quote!)) return false;
  // In a double-quoted scalar a backslash escapes the quote; in a single-quoted one the quote is doubled.
  if (quote === '"') return source.slice(0, -1).match(/\\*$/)![0].length % 2 === 0;
  return true;
}
