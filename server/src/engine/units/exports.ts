// Help-desk macro exports as reply units: Zendesk macro JSON (one macro,
// {"macros": [...]}, {"macro": {...}} or an array), and generic JSON arrays
// or YAML lists of macros with a body field. Each body is its own reply,
// titled by the macro's name; offsets map through string escapes.

import { ParseErrorCode, printParseErrorCode, visit } from 'jsonc-parser';
import { isAlias, isMap, isPair, isScalar, isSeq, visit as visitYaml, type Document, type Node as YamlNode, type YAMLMap } from 'yaml';
import { detached } from '../text/word-memo';
import type { AliasedBody, ReplyKind } from '../types';
import { holdsHtmlMarkup } from './html-structure';
import { OffsetRuns, decodeJsonString, encodeJsonString, type DecodedString } from './source-map';
import { parseYamlDocument } from './yaml-document';
import { decodeYamlScalar, encodeIntoScalar, keyColumnOf, type ScalarStyle, type YamlScalar } from './yaml-scalar';

export interface ExportFields {
  /** Field names holding a reply body, tried in order. */
  body: string[];
  /** Field names holding the macro's title. */
  title: string[];
}

export const DEFAULT_EXPORT_FIELDS: ExportFields = {
  // The HTML twins after the plain fields: Freshdesk writes both `content` and `content_html`, and the plain one is read.
  body: ['body', 'content', 'text', 'message', 'reply', 'response', 'comment_value', 'comment_value_html', 'body_html', 'content_html', 'html', 'value'],
  title: ['title', 'name', 'subject', 'raw_title'],
};

export interface ExportBody {
  title: string;
  body: DecodedString;
  isHtml: boolean;
  /** What the export says the body is: Zammad text modules are snippets inserted into replies. */
  kind: ReplyKind | undefined;
  /** A chatbot's answer, sent as written (a Rasa response); otherwise the unit's origin is its file's syntax. */
  origin?: 'bot-answer';
  /** The language the file declares for it (a gettext catalog's header); a language comment in the body wins. */
  language?: string;
  /**
   * The source text that writes `text` in place of the body's characters
   * [from, to), or undefined when the file's syntax cannot hold it there.
   */
  encode: (text: string, from: number, to: number) => string | undefined;
}

/** A Zammad text module has `keywords` beside its `content`: a block agents insert into replies. */
const TEXT_MODULE_FIELDS = { marker: 'keywords', body: 'content' };

const ZENDESK_BODY_FIELDS = new Set(['comment_value', 'comment_value_html']);
/** Gorgias: a setResponseText action's arguments hold the reply, plain or HTML. */
const GORGIAS_RESPONSE_ACTION = 'setResponseText';
const GORGIAS_BODY_FIELDS = ['body_text', 'body_html'];
/** Keys that hold the list of macros: Zendesk's `macros`, Intercom's and Gorgias's paginated `data`. */
const MACRO_LISTS = ['macros', 'data'];
/** Whether a body named `field` with this text is HTML: bodies are HTML whatever their field is called (Help Scout's `text`, Zammad's `content`, Intercom's `body`). */
function isHtmlBody(field: string, text: string): boolean {
  return field.includes('html') || holdsHtmlMarkup(text);
}

/**
 * A JSON value as far as macro exports need it: containers down to
 * MATERIAL_DEPTH (root, macro list, macro, actions, action, its value or
 * arguments) and string
 * literals by position. Not jsonc-parser's full tree: for a 5 MB export that
 * tree alone held 37 MB.
 */
type JsonValue =
  | { type: 'string'; offset: number; length: number; short: string | undefined }
  | { type: 'object'; properties: [string, JsonValue][] }
  | { type: 'array'; items: JsonValue[] }
  | { type: 'other' };

const MATERIAL_DEPTH = 6;
/** String literals up to this length keep their value (titles, field names); longer ones are read again when asked. */
const SHORT_LITERAL = 1000;

/** What reading a JSON file finds besides its values: for the notes on a file that gives no reply. */
interface JsonSyntax {
  /**
   * The first error, a trailing comma among them (help desks' parsers reject one); a comment is none here. `opener`:
   * where the object or array a missing } or ] would close starts (said there, as a config's unclosed bracket is).
   */
  error: { offset: number; code: ParseErrorCode | 'trailingComma'; opener?: number } | undefined;
  /** Whether it parses with trailing commas and comments forgiven, as a file written by hand is meant. */
  loose: boolean;
  /** The offsets of its first PROSE_STRINGS strings of prose, at any depth. */
  prose: number[];
}

/**
 * The export's values down to MATERIAL_DEPTH, or undefined when the text is not valid JSON (a trailing comma or a
 * comment makes it invalid). `syntax`, when given, is filled in from the same pass.
 */
function readJson(source: string, syntax?: JsonSyntax): JsonValue | undefined {
  let root: JsonValue | undefined;
  let failed = false;
  // A comma with nothing after it in its object or array, until a value or a property shows it is none.
  let comma: number | undefined;
  // The container that ended last and where: the parser ends one whose } or ] is missing before it reports that.
  let ended: { offset: number; start: number | undefined } | undefined;
  const closing = (offset: number) => {
    if (comma !== undefined) {
      failed = true;
      if (syntax) syntax.error ??= { offset: comma, code: 'trailingComma' };
    }
    comma = undefined;
    ended = { offset, start: open.pop()?.start };
  };
  // Open containers, each with the key its next value goes under and where it starts.
  const open: { value: JsonValue; key: string | undefined; start: number }[] = [];
  const place = (value: JsonValue) => {
    const parent = open[open.length - 1];
    if (!parent) root = value;
    else if (parent.value.type === 'object') parent.value.properties.push([parent.key ?? '', value]);
    else if (parent.value.type === 'array') parent.value.items.push(value);
  };
  const begin = (container: JsonValue, start: number) => {
    comma = undefined;
    const value = open.length < MATERIAL_DEPTH ? container : ({ type: 'other' } as const);
    place(value);
    open.push({ value, key: undefined, start });
  };
  visit(
    source,
    {
      onObjectBegin: (offset) => begin({ type: 'object', properties: [] }, offset),
      onArrayBegin: (offset) => begin({ type: 'array', items: [] }, offset),
      onObjectEnd: closing,
      onArrayEnd: closing,
      onSeparator: (separator, offset) => {
        if (separator === ',') comma = offset;
      },
      onObjectProperty: (property) => {
        comma = undefined;
        open[open.length - 1]!.key = property;
      },
      onLiteralValue: (value: unknown, offset, length) => {
        comma = undefined;
        place(typeof value === 'string' ? { type: 'string', offset, length, short: length <= SHORT_LITERAL ? value : undefined } : { type: 'other' });
        if (syntax && syntax.prose.length < PROSE_STRINGS && typeof value === 'string' && isProse(value)) syntax.prose.push(offset);
      },
      onComment: () => {
        failed = true;
      },
      onError: (error, offset) => {
        failed = true;
        if (syntax) {
          syntax.loose = false;
          const unclosed = error === ParseErrorCode.CloseBraceExpected || error === ParseErrorCode.CloseBracketExpected;
          syntax.error ??= { offset, code: error, opener: unclosed && ended?.offset === offset ? ended.start : undefined };
        }
      },
    },
    { allowTrailingComma: true, disallowComments: false },
  );
  return failed ? undefined : root;
}

/** The last property `name` of an object: the one JSON.parse keeps, and so the one the help desk reads. */
function property(value: JsonValue | undefined, name: string): JsonValue | undefined {
  if (value?.type !== 'object') return undefined;
  for (let index = value.properties.length - 1; index >= 0; index--) if (value.properties[index]![0] === name) return value.properties[index]![1];
  return undefined;
}

function stringOf(source: string, value: JsonValue | undefined): string | undefined {
  if (value?.type !== 'string') return undefined;
  return value.short ?? (JSON.parse(source.slice(value.offset, value.offset + value.length)) as string);
}

/**
 * Bodies of a JSON export, each made into what `make` makes of it as soon as it is decoded, or undefined
 * when the JSON is not a macro export (or not JSON). A decoded body holds an offset per character until its
 * reply keeps them as runs: all of a 5 MB export's at once were 11 MB (15 MB before a collection) on top of
 * everything its first lint builds.
 */
export function eachJsonExportBody<T>(source: string, fields: ExportFields, make: (body: ExportBody) => T): T[] | undefined {
  // The parser recurses per level; no macro export nests this deep.
  if (nestingDepth(source, 'json') > MAX_NESTING) return undefined;
  const root = readJson(source);
  const macros = root && macroValues(jsonTree(source), root, fields)?.macros;
  if (!macros) return undefined;
  const bodies: T[] = [];
  const bodyOf = (title: string, value: JsonValue & { type: 'string' }, field: string, kind?: ReplyKind): T => {
    const body = decodeJsonString(source, value.offset, value.offset + value.length);
    return make({ title, body, isHtml: isHtmlBody(field, body.text), kind, encode: encodeJsonString });
  };
  macros.forEach((macro, index) => {
    // Titles are kept with the reply's findings: detached, they do not keep this version of the file alive after an edit.
    const title = detached(fields.title.map((name) => stringOf(source, property(macro, name))?.trim()).find(Boolean) ?? `Macro ${index + 1}`);
    const actions = property(macro, 'actions');
    if (actions?.type === 'array') {
      for (const action of actions.items) {
        const found = actionBody(source, action);
        if (found) bodies.push(bodyOf(title, found.value, found.field));
      }
      return;
    }
    const textModule = property(macro, TEXT_MODULE_FIELDS.marker) !== undefined;
    for (const name of fields.body) {
      const value = property(macro, name);
      if (value?.type === 'string') {
        bodies.push(bodyOf(title, value, name, textModule && name === TEXT_MODULE_FIELDS.body ? 'snippet' : undefined));
        return;
      }
    }
  });
  return bodies.length > 0 || macros.length === 0 ? bodies : undefined;
}

/**
 * The reply of one macro action: Zendesk's comment_value(_html) action,
 * whose value is the text or, in API exports, `["channel:all", "text"]`; or
 * Gorgias's setResponseText action, whose arguments hold body_text or body_html.
 */
function actionBody(source: string, action: JsonValue): { value: JsonValue & { type: 'string' }; field: string } | undefined {
  const field = stringOf(source, property(action, 'field'));
  if (field !== undefined && ZENDESK_BODY_FIELDS.has(field)) {
    const value = property(action, 'value');
    if (value?.type === 'string') return { value, field };
    const text = value?.type === 'array' ? value.items[value.items.length - 1] : undefined;
    return text?.type === 'string' ? { value: text, field } : undefined;
  }
  if (stringOf(source, property(action, 'name')) !== GORGIAS_RESPONSE_ACTION) return undefined;
  const args = property(action, 'arguments');
  for (const name of GORGIAS_BODY_FIELDS) {
    const value = property(args, name);
    if (value?.type === 'string') return { value, field: name };
  }
  return undefined;
}

const MAX_NESTING = 200;

/**
 * Deepest [ { nesting outside strings, stopping early once past the limit (by character code: it reads every character).
 * A comment could hide a quote from this count but not from the parser, so in JSON (where comments are invalid) one
 * makes the text too deep to read, and in YAML a comment is skipped to its line's end.
 */
function nestingDepth(source: string, language: 'json' | 'yaml'): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < source.length && deepest <= MAX_NESTING; i++) {
    const code = source.charCodeAt(i);
    if (inString) {
      if (code === 0x5c) i++;
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x2f && language === 'json') return Infinity;
    else if (code === 0x23 && language === 'yaml' && (i === 0 || /\s/.test(source[i - 1]!))) {
      while (i < source.length && source.charCodeAt(i) !== 0x0a) i++;
    } else if (code === 0x5b || code === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (code === 0x5d || code === 0x7d) depth--;
  }
  return deepest;
}

/**
 * What the export shapes ask of a parsed file, so that JSON and YAML are read as one: which list holds the macros,
 * which mapping is one macro, which strings could be a body (reviewer-33 #5: a YAML `data:` list went unread while
 * its JSON twin was read, and the note on it advised a body field the reader already knew).
 */
interface ExportTree<N> {
  isMapping(node: N | undefined): boolean;
  /** A mapping's value under `name`. */
  field(node: N | undefined, name: string): N | undefined;
  /** A mapping's keys and values, in order. */
  entries(node: N): [string | undefined, N][];
  /** A list's items; undefined for anything else. */
  items(node: N | undefined): N[] | undefined;
  /** A string's text and where its literal starts in the file. */
  string(node: N | undefined): { text: string; offset: number } | undefined;
}

function jsonTree(source: string): ExportTree<JsonValue> {
  return {
    isMapping: (node) => node?.type === 'object',
    field: property,
    entries: (node) => (node.type === 'object' ? node.properties : []),
    items: (node) => (node?.type === 'array' ? node.items : undefined),
    string: (node) => (node?.type === 'string' ? { text: stringOf(source, node)!, offset: node.offset } : undefined),
  };
}

const yamlTree: ExportTree<YamlNode | null> = {
  isMapping: (node) => isMap(node),
  field: (node, name) => (isMap(node) ? (node.get(name, true) as YamlNode | undefined) : undefined),
  entries: (node) => (isMap(node) ? node.items.map((pair) => [isScalar(pair.key) ? String(pair.key.value) : undefined, pair.value as YamlNode | null]) : []),
  items: (node) => (isSeq(node) ? (node.items as (YamlNode | null)[]) : undefined),
  string: (node) => (isScalar(node) && typeof node.value === 'string' && node.range ? { text: node.value, offset: node.range[0] } : undefined),
};

/** A list of macros and its mappings: the top-level list, or the first list under one of MACRO_LISTS's keys. */
function macroList<N>(tree: ExportTree<N>, root: N): { list: N; macros: N[] } | undefined {
  const list = tree.isMapping(root) ? MACRO_LISTS.map((key) => tree.field(root, key)).find((node) => tree.items(node)) : root;
  const items = tree.items(list);
  return items && { list: list!, macros: items.filter((item) => tree.isMapping(item)) };
}

/**
 * The macros of an export and the list holding them: a list of them (macroList), a `macro` mapping, one macro with
 * `actions`, or one macro mapping with a title and a body (an API's single saved reply or canned response: Help
 * Scout's `name` and `text`, Freshdesk's `title` and `content`, reviewer-24 #13; an osTicket template's `subject` and
 * `body`).
 */
function macroValues<N>(tree: ExportTree<N>, root: N, fields: ExportFields): { list: N | undefined; macros: N[] } | undefined {
  const found = macroList(tree, root);
  if (found || !tree.isMapping(root)) return found;
  const single = tree.field(root, 'macro');
  if (tree.isMapping(single)) return { list: undefined, macros: [single!] };
  if (tree.items(tree.field(root, 'actions'))) return { list: undefined, macros: [root] };
  const titled = fields.title.some((name) => tree.string(tree.field(root, name))?.text.trim());
  return titled && fields.body.some((name) => tree.string(tree.field(root, name))) ? { list: undefined, macros: [root] } : undefined;
}

/**
 * Bodies of a YAML export, each made into what `make` makes of it as soon as it is decoded (as eachJsonExportBody:
 * a 5 MB export's offsets, 4 bytes a character, were all alive before its first reply was made), or undefined when
 * the YAML is not one: a Rasa bot's answers, or the export shapes JSON has (macroValues). `aliases`, when given, gets
 * the export's bodies written as an alias (aliasedBodies), found in the same parse.
 */
export function eachYamlExportBody<T>(source: string, fields: ExportFields, make: (body: ExportBody) => T, aliases?: AliasedBody[]): T[] | undefined {
  if (nestingDepth(source, 'yaml') > MAX_NESTING) return undefined;
  const { document, error } = readYaml(source);
  if (error) return undefined;
  const bodies = yamlExportBodies(source, document, fields, make);
  if (bodies && aliases) for (const alias of aliasedBodies(source, document, fields)) aliases.push(alias);
  return bodies;
}

function yamlExportBodies<T>(source: string, document: Document.Parsed, fields: ExportFields, make: (body: ExportBody) => T): T[] | undefined {
  const root = document.contents;
  if (isMap(root)) {
    const answers = rasaResponseBodies(source, root, make);
    if (answers) return answers;
  }
  const found = macroValues(yamlTree, root, fields);
  if (!found) return undefined;
  // The collections holding each macro, outermost first: where a flow collection starts decides how a fix is written.
  const containers = [root, found.list].filter((node): node is YamlNode => node !== null && node !== undefined);
  const bodies: T[] = [];
  found.macros.forEach((macro, index) => yamlMacroBodies(source, macro as YAMLMap, fields, index, containers, make, bodies));
  return bodies.length > 0 ? bodies : undefined;
}

/** Keys of a Rasa bot's answers: `responses:` (Rasa 2 and later), `templates:` (Rasa 1). */
const RASA_RESPONSE_LISTS = ['responses', 'templates'];
/** Rasa runs only answers named so: the prefix tells a bot's answers from any other `responses:` map. */
const RASA_RESPONSE_PREFIX = 'utter_';
/**
 * A bot's answer is a chat line sent at any point of a chat: no greeting or sign-off is asked of it (trial 30: a
 * goodbye line read as an e-mail's sign-off asked for a greeting), and "Thanks for your message! What's your customer
 * number?" is no acknowledgement owing a time, as it would be in an auto-reply (reviewer HIGH on 2057b9da). Its
 * origin says it is sent as written, so a fill-in left in it ([Company Name]) is flagged, as in a transcript's turns.
 */
const BOT_ANSWER_KIND: ReplyKind = 'chat';

/**
 * The answers of a Rasa bot (domain.yml, domain/*.yml, data/*.yml): `responses:` maps each `utter_…` name to its
 * variants, and each variant's `text` is one answer, titled by the name (and the variant's number when there are
 * several), a chat line sent as written. Undefined when the file holds no such answer. Not read: button titles (labels the customer clicks, not
 * sentences the bot writes), `image` (an address), `custom` (a channel's own payload), and an alias (`*name`), whose
 * anchored text is read where it is written.
 */
function rasaResponseBodies<T>(source: string, root: YAMLMap, make: (body: ExportBody) => T): T[] | undefined {
  const responses = RASA_RESPONSE_LISTS.map((key) => root.get(key, true) as YamlNode | undefined).find((node) => isMap(node));
  if (!isMap(responses)) return undefined;
  const bodies: T[] = [];
  for (const pair of responses.items) {
    const name = isScalar(pair.key) ? String(pair.key.value) : '';
    const variants = pair.value;
    if (!name.startsWith(RASA_RESPONSE_PREFIX) || !isSeq(variants)) continue;
    variants.items.forEach((variant, index) => {
      if (!isMap(variant)) return;
      const text = variant.get('text', true);
      if (!isScalar(text) || typeof text.value !== 'string' || !text.range) return;
      const title = detached(variants.items.length > 1 ? `${name} #${index + 1}` : name);
      const body = yamlBody(source, title, text.value, text.range, text.type, 'text', flowStart(root, responses, variants, variant));
      bodies.push(make({ ...body, kind: BOT_ANSWER_KIND, origin: 'bot-answer' }));
    });
  }
  return bodies.length > 0 ? bodies : undefined;
}

/**
 * Where a JSON or YAML file that names a body field (so it looks like a macro
 * export) stops being valid JSON or YAML, or undefined. Such a file yields no
 * reply at all; saying so beats letting it pass unchecked (osTicket's own
 * translated canned responses ship with lines a YAML parser rejects).
 */
export function exportSyntaxError(file: ExportFile, fields: ExportFields = DEFAULT_EXPORT_FIELDS): { offset: number; message: string } | undefined {
  const names = fields.body.map((name) => name.replace(/[^\w-]/g, '')).join('|');
  const bodyField = file.format === 'json' ? new RegExp(`"(?:${names})"\\s*:`) : new RegExp(`^[ \\t-]*(?:${names})[ \\t]*:`, 'm');
  if (!bodyField.test(file.source)) return undefined;
  if (file.format === 'yaml') return file.yaml.error && notParsed(file.yaml.error.offset, `YAML syntax error: ${file.yaml.error.message}`);
  const { error } = file.json.syntax;
  if (!error) return undefined;
  if (error.opener !== undefined) {
    const [open, close] = error.code === ParseErrorCode.CloseBraceExpected ? ['{', '}'] : ['[', ']'];
    return notParsed(error.opener, `JSON syntax error: this ${open} is never closed: add the ${close} that ends it`);
  }
  return notParsed(error.offset, `JSON syntax error: ${jsonProblem(error.code)}`);
}

/** What a JSON parse error code means, in words a support lead reads (the parser's name of it after them). */
function jsonProblem(code: ParseErrorCode | 'trailingComma'): string {
  if (code === 'trailingComma') return 'a comma with nothing after it in its list or object: remove it (help desks read the file as strict JSON)';
  const words: Partial<Record<ParseErrorCode, string>> = {
    [ParseErrorCode.CommaExpected]: 'a comma is missing before this',
    [ParseErrorCode.ColonExpected]: 'a colon is missing after the property name',
    [ParseErrorCode.PropertyNameExpected]: 'a property name in double quotes is expected here',
    [ParseErrorCode.ValueExpected]: 'a value is expected here',
    [ParseErrorCode.CloseBraceExpected]: 'a } is missing',
    [ParseErrorCode.CloseBracketExpected]: 'a ] is missing',
    [ParseErrorCode.EndOfFileExpected]: 'text after the end of the JSON value',
    [ParseErrorCode.UnexpectedEndOfString]: 'a string is never closed: add its closing double quote',
    [ParseErrorCode.UnexpectedEndOfComment]: 'a comment is never closed',
    [ParseErrorCode.InvalidEscapeCharacter]: 'a backslash escape JSON does not have (write \\\\ for a backslash)',
    [ParseErrorCode.InvalidCharacter]: 'a character a JSON string cannot hold as it is (a tab or line break is written \\t, \\n)',
  };
  return `${words[code] ?? 'JSON cannot read this'} (${printParseErrorCode(code)})`;
}

/**
 * A JSON or YAML file that gave no reply, read once for the notes that say why (exportSyntaxError, unknownBodyField,
 * unshapedProse). `tooDeep`: nested past what the readers follow (the parsers recurse per level); such JSON is not parsed.
 */
export type ExportFile = { source: string; tooDeep: boolean } & (
  { format: 'json'; json: { root: JsonValue | undefined; syntax: JsonSyntax } } | { format: 'yaml'; yaml: ParsedYaml }
);

export function readExportFile(source: string, format: 'json' | 'yaml'): ExportFile {
  const tooDeep = nestingDepth(source, format) > MAX_NESTING;
  if (format === 'yaml') return { source, tooDeep, format, yaml: readYaml(source) };
  const syntax: JsonSyntax = { error: undefined, loose: true, prose: [] };
  const root = tooDeep ? undefined : readJson(source, syntax);
  return { source, tooDeep, format, json: { root, syntax: tooDeep ? { error: undefined, loose: false, prose: [] } : syntax } };
}

/** The parser's own " at line 21, column 1:" ending: the note is shown at that position already. */
const POSITION_SUFFIX = / \S+ \S+ \d+, \S+ \d+:?$/;

/** A YAML file as the export readers read it, and its first error (the message's first line, without its position). */
interface ParsedYaml {
  document: Document.Parsed;
  error: { offset: number; message: string } | undefined;
}

/**
 * `source` parsed, with yaml's own duplicate key check left to duplicateKey: yaml compares each key of a map with
 * every key before it, and a bot's `responses:` map of 15,000 answers (a 5 MB domain.yml) took 36 s to parse, 4 s
 * without it. Read as PyYAML reads it (parseYamlDocument): a quoted answer's lines at its key's column.
 */
function readYaml(source: string): ParsedYaml {
  const document = parseYamlDocument(source, { keepSourceTokens: false, uniqueKeys: false });
  const error = document.errors[0];
  if (error) return { document, error: { offset: error.pos[0], message: error.message.split('\n')[0]!.replace(POSITION_SUFFIX, '') } };
  return { document, error: duplicateKey(document) };
}

/**
 * The first key written twice in one map (a Set per map: linear), as yaml reports it: maps in document order, a
 * pair's key before its value, as yaml's visit walks them. Walked here, not with visit, which made a path array per
 * node (4% of reading a 5 MB macro list).
 */
function duplicateKey(document: Document.Parsed): ParsedYaml['error'] {
  // Nodes still to walk, the next one last.
  const pending: unknown[] = [document.contents];
  while (pending.length > 0) {
    const node = pending.pop();
    if (isPair(node)) pending.push(node.value, node.key);
    else if (isSeq(node)) for (let index = node.items.length - 1; index >= 0; index--) pending.push(node.items[index]);
    else if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const { key } of node.items) {
        const value = isScalar(key) ? key.value : key;
        if (seen.has(value)) return { offset: (key as YamlNode | null)?.range?.[0] ?? node.range?.[0] ?? 0, message: 'Map keys must be unique' };
        seen.add(value);
      }
      for (let index = node.items.length - 1; index >= 0; index--) pending.push(node.items[index]);
    }
  }
  return undefined;
}

const notParsed = (offset: number, problem: string) => ({
  offset,
  message: `Not checked: ${problem}. Replies are read only from a file that parses; fix it to have them checked.`,
});

/**
 * Where the outermost flow collection ([…], {…}) among a scalar's containers
 * (outermost first) starts, or undefined when the scalar is in block context.
 */
function flowStart(...containers: (YamlNode | null | undefined)[]): number | undefined {
  for (const node of containers) if ((isSeq(node) || isMap(node)) && node.flow && node.range) return node.range[0];
  return undefined;
}

/**
 * The bodies of one macro mapping, each made by `make` and added to `bodies`: its Zendesk comment actions, or its
 * first body field; undefined when it has none. `containers`: the collections holding the macro, outermost first.
 */
function yamlMacroBodies<T>(
  source: string,
  macro: YAMLMap,
  fields: ExportFields,
  index: number,
  containers: YamlNode[],
  make: (body: ExportBody) => T,
  bodies: T[] = [],
): T[] | undefined {
  const title = detached(yamlString(macro, fields.title) ?? `Macro ${index + 1}`);
  const actions = macro.get('actions', true);
  if (isSeq(actions)) {
    for (const action of actions.items) {
      if (!isMap(action)) continue;
      const field = action.get('field');
      if (typeof field !== 'string' || !ZENDESK_BODY_FIELDS.has(field)) continue;
      const value = action.get('value', true) as YamlNode | undefined;
      // `value: ["channel:all", "…"]`: the text is the last item.
      const node = isSeq(value) ? (value.items[value.items.length - 1] as YamlNode | undefined) : value;
      if (!isScalar(node) || typeof node.value !== 'string' || !node.range) continue;
      bodies.push(make(yamlBody(source, title, node.value, node.range, node.type, field, flowStart(...containers, macro, actions, action, value))));
    }
    return bodies;
  }
  const found = yamlBodyNode(macro, fields.body);
  if (!found) return undefined;
  const textModule = macro.has(TEXT_MODULE_FIELDS.marker) && found.field === TEXT_MODULE_FIELDS.body;
  bodies.push(
    make({
      ...yamlBody(source, title, found.node.value as string, found.node.range!, found.node.type, found.field, flowStart(...containers, macro)),
      kind: textModule ? 'snippet' : undefined,
    }),
  );
  return bodies;
}

function yamlBodyNode(map: YAMLMap, names: string[]) {
  for (const field of names) {
    const node = map.get(field, true);
    if (isScalar(node) && typeof node.value === 'string' && node.range) return { node, field };
  }
  return undefined;
}

function yamlString(map: YAMLMap, names: string[]): string | undefined {
  for (const name of names) {
    const value = map.get(name);
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return undefined;
}

/** `flowFrom`: where the outermost flow collection ([…] or {…}) holding the scalar starts, if it is in one. */
function yamlBody(
  source: string,
  title: string,
  value: string,
  range: [number, number, number],
  type: string | undefined,
  field: string,
  flowFrom: number | undefined,
): ExportBody {
  const isHtml = isHtmlBody(field, value);
  const style = (type ?? 'PLAIN') as ScalarStyle;
  const lineStart = source.lastIndexOf('\n', range[0] - 1) + 1;
  const lineBreak = /\r\n/.test(source.slice(range[0], range[1])) || source[lineStart - 2] === '\r' ? '\r\n' : '\n';
  // Continuation lines of a flow scalar are indented to its first character's column.
  const scalar: YamlScalar = {
    style,
    start: range[0],
    end: range[1],
    indent: ' '.repeat(range[0] - lineStart),
    lineBreak,
    prefix: source.slice(lineStart, range[0]),
    flowColumn: flowFrom === undefined ? undefined : keyColumnOf(source.slice(source.lastIndexOf('\n', flowFrom - 1) + 1, flowFrom)),
  };
  const decoded = decodeYamlScalar(source, scalar, value);
  if (!decoded) {
    // A scalar this reader cannot account for: every character points at its start, and nothing is written into it.
    return { title, body: { text: value, offsets: new Int32Array(value.length + 1).fill(range[0]) }, isHtml, kind: undefined, encode: () => undefined };
  }
  // yaml reads a line of spaces right after a block scalar as outside it or, once an edit
  // changes the lines before, inside it: no edit is written into such a block.
  const block = style === 'BLOCK_LITERAL' || style === 'BLOCK_FOLDED';
  if (block && /^(?:[ \t]*\r?\n)*?[ \t]+(?:\r?\n|$)/.test(source.slice(range[1], range[1] + 1000))) {
    return { title, body: decoded, isHtml, kind: undefined, encode: () => undefined };
  }
  // The scalar's own text, detached from the file, and its offsets as runs (one a line, where the body's own are 4
  // bytes a character) are all a later edit needs: the reply keeps `encode` as long as it lives.
  const region = detached(source.slice(range[0], range[1]));
  const local: YamlScalar = { ...scalar, start: 0, end: region.length };
  const decodedText = decoded.text;
  const runs = new OffsetRuns(decoded.offsets);
  const start = range[0];
  const encode = (text: string, from: number, to: number) => encodeIntoScalar(region, local, decodedText, runs, start, from, to, text);
  return { title, body: decoded, isHtml, kind: undefined, encode };
}

/** A string this long in words, or over several lines, reads as a reply's text, not a label, code or id. */
const PROSE_WORDS = 8;
const isProse = (text: string) => text.includes('\n') || text.trim().split(/\s+/).length >= PROSE_WORDS;

/**
 * Where a JSON or YAML file that parses and has no reply reads like a macro
 * export with a body field nobody named: a list of objects (at the top, or
 * under `macros:` or `data:`), at least half of them with a title field and
 * a field of prose (a string of PROSE_WORDS words or several lines). Such a
 * file is not left silently unchecked: a note names the fields found and
 * the setting that reads them. Undefined for anything else (a package.json,
 * a CI workflow, a list of labels).
 */
export function unknownBodyField(file: ExportFile, fields: ExportFields = DEFAULT_EXPORT_FIELDS): { offset: number; message: string } | undefined {
  if (file.tooDeep) return undefined;
  const found =
    file.format === 'json'
      ? proseFields(jsonTree(file.source), file.json.root, fields)
      : file.yaml.error
        ? undefined
        : proseFields(yamlTree, file.yaml.document.contents, fields);
  if (!found || found.fields.length === 0) return undefined;
  const names = [...new Set(found.fields)];
  return {
    offset: found.offset,
    message:
      `Not checked: no reply body field found in ${found.objects === 1 ? 'this object' : `these ${found.objects} objects`} (known fields: ${fields.body.join(', ')}). ` +
      `${found.objects === 1 ? 'Its' : 'Their'} text is in ${names.map((name) => `"${name}"`).join(', ')}: name it in .replylint.yaml to have it checked (exports: { body: [${names[0]}] }).`,
  };
}

/**
 * Where a macro export holds a reply in a shape no reader takes, so nothing of it was checked: a titled macro whose
 * body field is a list or an object (`"body": ["Hi", "…"]`), whose `actions` are not a list, or whose comment action's
 * value is not text (`"value": 42`). Said at the macro's title, with the field; undefined for anything else.
 */
export function misshapenBody(file: ExportFile, fields: ExportFields = DEFAULT_EXPORT_FIELDS): { offset: number; message: string } | undefined {
  if (file.tooDeep) return undefined;
  if (file.format === 'json') return file.json.root === undefined ? undefined : misshapenIn(jsonTree(file.source), file.json.root, fields);
  return file.yaml.error ? undefined : misshapenIn(yamlTree, file.yaml.document.contents, fields);
}

function misshapenIn<N>(tree: ExportTree<N>, root: N, fields: ExportFields): { offset: number; message: string } | undefined {
  const shape = (node: N | undefined) => (tree.items(node) ? 'as a list, not as text' : tree.isMapping(node) ? 'as an object, not as text' : 'not as text');
  for (const macro of macroList(tree, root)?.macros ?? (tree.isMapping(root) ? [root] : [])) {
    const title = fields.title.map((name) => tree.string(tree.field(macro, name))).find((text) => text?.text.trim());
    if (!title) continue;
    const said = (problem: string) => ({
      offset: title.offset,
      message: `Not checked: the macro "${title.text.trim()}" has ${problem}. Replylint reads a reply written as one string; fix the export to have it checked.`,
    });
    const actions = tree.field(macro, 'actions');
    if (actions !== undefined && !tree.items(actions) && tree.isMapping(actions)) return said('its "actions" as an object, not as a list of actions');
    for (const action of tree.items(actions) ?? []) {
      const field = tree.string(tree.field(action, 'field'))?.text;
      const value = tree.field(action, 'value');
      if (field === undefined || !ZENDESK_BODY_FIELDS.has(field) || tree.string(value)) continue;
      const last = tree.items(value)?.at(-1);
      if (!tree.string(last)) return said(`its "${field}" action's value ${shape(value)}`);
    }
    for (const name of fields.body) {
      const value = tree.field(macro, name);
      if (value !== undefined && (tree.items(value) || tree.isMapping(value))) return said(`its "${name}" ${shape(value)}`);
    }
  }
  return undefined;
}

/** The prose fields of a list of macro-like objects, by the rule of unknownBodyField, with the first one's offset. */
interface ProseFields {
  objects: number;
  fields: string[];
  offset: number;
}

/**
 * The prose fields of an export's macro list, by the rule of unknownBodyField. A macro whose reply is in its
 * `actions` is read from them whatever its other fields hold (a Zendesk macro's `description` is a note to agents):
 * naming one of those fields would change nothing, so it is no candidate.
 */
function proseFields<N>(tree: ExportTree<N>, root: N | undefined, fields: ExportFields): ProseFields | undefined {
  const objects = root === undefined ? undefined : macroList(tree, root)?.macros;
  if (!objects) return undefined;
  const macros = objects.flatMap((object) => {
    if (!fields.title.some((name) => tree.string(tree.field(object, name))?.text.trim()) || tree.items(tree.field(object, 'actions'))) return [];
    const prose = tree.entries(object).flatMap(([name, value]) => {
      // A known body field is read where it is a string: naming it again would change nothing.
      const text = name === undefined || fields.title.includes(name) || fields.body.includes(name) ? undefined : tree.string(value);
      return text && isProse(text.text) ? [{ name: name!, offset: text.offset }] : [];
    });
    return prose.length > 0 ? [prose] : [];
  });
  if (macros.length === 0 || macros.length * 2 < objects.length) return undefined;
  return { objects: objects.length, fields: macros.flatMap((prose) => prose.map((field) => field.name)), offset: macros[0]![0]!.offset };
}

/**
 * Whether the text may write a value as a YAML alias (`value: *body`, `["channel:all", *body]`): a star after `:`, `,`,
 * `[` or `-` and spaces, before a name; bold Markdown (`**`) is none. From star to star: a regular expression tried at
 * every character took 20 ms over a 5 MB export, 1 ms so.
 */
function mayHoldAlias(source: string): boolean {
  for (let star = source.indexOf('*'); star >= 0; star = source.indexOf('*', star + 1)) {
    if (!/^[^\s*,\]]/.test(source.slice(star + 1, star + 2))) continue;
    let before = star - 1;
    while (source[before] === ' ' || source[before] === '\t') before--;
    if (':,[-'.includes(source[before] ?? '*')) return true;
  }
  return false;
}

/**
 * Where a YAML macro's body is an alias of text anchored elsewhere (`value: *body` after `value: &body "…"`): a reply
 * is read once, where its characters are, so findings and fixes land on them, and the alias's macro has no reply of
 * its own (issue 12; a Rasa answer's alias is read so too). One walk of the document, anchors noted as it passes them
 * (yaml's alias.resolve searches the whole document each time: quadratic over a dump of thousands of aliases).
 * Empty for files with no alias: the document is walked only when an alias may be in it.
 */
function aliasedBodies(source: string, document: Document.Parsed, fields: ExportFields): AliasedBody[] {
  if (!mayHoldAlias(source)) return [];
  const anchors = new Map<string, number>();
  const noteAnchor = (_key: unknown, node: YamlNode) => {
    if (node.anchor && node.range) anchors.set(node.anchor, node.range[0]);
    return undefined;
  };
  const found: AliasedBody[] = [];
  visitYaml(document, {
    Scalar: noteAnchor,
    Map: noteAnchor,
    Seq: noteAnchor,
    Pair: (_key, pair, path) => {
      const name = isScalar(pair.key) ? String(pair.key.value) : '';
      const holder = path[path.length - 1];
      if (!isMap(holder)) return undefined;
      // A Zendesk comment action's `value`, or a macro's own body field (not beside `actions:` or in another action).
      const actionValue = name === 'value' && ZENDESK_BODY_FIELDS.has(String(holder.get('field')));
      const bodyField = fields.body.includes(name) && !holder.has('field') && !holder.has('actions');
      if (!actionValue && !bodyField) return undefined;
      const value = pair.value;
      const items = isSeq(value) ? value.items : [value];
      const alias = items[items.length - 1];
      if (isAlias(alias) && alias.range) found.push({ offset: alias.range[0], alias: alias.source, anchor: anchors.get(alias.source) });
      return undefined;
    },
  });
  return found;
}

/** How many strings of prose make a JSON or YAML file one that holds replies: a manifest's one description does not. */
const PROSE_STRINGS = 3;

/**
 * The offset of the first string of prose (by the rule of unknownBodyField) in
 * a JSON or YAML file that parses and holds at least PROSE_STRINGS of them in a
 * shape no export reader takes (answers keyed by name, nested deeper than a
 * macro list): the text a user who names such a file expects checked. Undefined
 * for settings, manifests and lists of labels.
 */
export function unshapedProse(file: ExportFile): number | undefined {
  if (file.tooDeep) return undefined;
  let offsets: number[] = [];
  if (file.format === 'json') {
    if (!file.json.syntax.loose) return undefined;
    offsets = file.json.syntax.prose;
  } else {
    const { document, error } = file.yaml;
    if (error) return undefined;
    visitYaml(document, {
      Scalar: (key, node) => {
        if (key === 'key' || typeof node.value !== 'string' || !node.range || !isProse(node.value)) return undefined;
        offsets.push(node.range[0]);
        return offsets.length < PROSE_STRINGS ? undefined : visitYaml.BREAK;
      },
    });
  }
  return offsets.length >= PROSE_STRINGS ? offsets[0] : undefined;
}
