// Help-desk macro exports as reply units: Zendesk macro JSON (one macro,
// {"macros": [...]}, {"macro": {...}} or an array), and generic JSON arrays
// or YAML lists of macros with a body field. Each body is its own reply,
// titled by the macro's name; offsets map through string escapes.

import { findNodeAtLocation, parseTree, type Node as JsonNode } from 'jsonc-parser';
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node as YamlNode, type YAMLMap } from 'yaml';
import { alignYamlScalar, decodeJsonString, encodeJsonString, type DecodedString } from './source-map';

export interface ExportFields {
  /** Field names holding a reply body, tried in order. */
  body: string[];
  /** Field names holding the macro's title. */
  title: string[];
}

export const DEFAULT_EXPORT_FIELDS: ExportFields = {
  body: ['body', 'content', 'text', 'message', 'reply', 'comment_value', 'comment_value_html', 'html', 'value'],
  title: ['title', 'name', 'subject', 'raw_title'],
};

export interface ExportBody {
  title: string;
  body: DecodedString;
  isHtml: boolean;
  /** Encodes text for insertion into this string in the source. */
  encode(text: string): string;
}

const ZENDESK_BODY_FIELDS = new Set(['comment_value', 'comment_value_html']);

/** Bodies of a JSON export, or undefined when the JSON is not a macro export (or not JSON). */
export function jsonExportBodies(source: string, fields: ExportFields = DEFAULT_EXPORT_FIELDS): ExportBody[] | undefined {
  // The parser recurses per level; no macro export nests this deep.
  if (nestingDepth(source) > MAX_NESTING) return undefined;
  const errors: unknown[] = [];
  const root = parseTree(source, errors as never[], { allowTrailingComma: false, disallowComments: true });
  if (!root || errors.length > 0) return undefined;
  const macros = macroNodes(root);
  if (!macros) return undefined;
  const bodies: ExportBody[] = [];
  macros.forEach((macro, index) => {
    const title = stringValue(macro, fields.title) ?? `Macro ${index + 1}`;
    const actions = findNodeAtLocation(macro, ['actions']);
    if (actions?.type === 'array') {
      // Zendesk: the reply is the value of a comment_value(_html) action.
      for (const action of actions.children ?? []) {
        const field = findNodeAtLocation(action, ['field'])?.value;
        const value = findNodeAtLocation(action, ['value']);
        if (typeof field !== 'string' || !ZENDESK_BODY_FIELDS.has(field) || value?.type !== 'string') continue;
        bodies.push(jsonBody(source, title, value, field.endsWith('_html')));
      }
      return;
    }
    for (const name of fields.body) {
      const value = findNodeAtLocation(macro, [name]);
      if (value?.type === 'string') {
        bodies.push(jsonBody(source, title, value, name.includes('html')));
        return;
      }
    }
  });
  return bodies.length > 0 || macros.length === 0 ? bodies : undefined;
}

const MAX_NESTING = 200;

/** Deepest [ { nesting outside strings, stopping early once past the limit (by character code: it reads every character). */
function nestingDepth(source: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < source.length && deepest <= MAX_NESTING; i++) {
    const code = source.charCodeAt(i);
    if (inString) {
      if (code === 0x5c) i++;
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x5b || code === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (code === 0x5d || code === 0x7d) depth--;
  }
  return deepest;
}

function macroNodes(root: JsonNode): JsonNode[] | undefined {
  if (root.type === 'array') return (root.children ?? []).filter((child) => child.type === 'object');
  if (root.type !== 'object') return undefined;
  const list = findNodeAtLocation(root, ['macros']);
  if (list?.type === 'array') return (list.children ?? []).filter((child) => child.type === 'object');
  const single = findNodeAtLocation(root, ['macro']);
  if (single?.type === 'object') return [single];
  if (findNodeAtLocation(root, ['actions'])?.type === 'array') return [root];
  return undefined;
}

function stringValue(node: JsonNode, names: string[]): string | undefined {
  for (const name of names) {
    const value = findNodeAtLocation(node, [name])?.value;
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return undefined;
}

function jsonBody(source: string, title: string, node: JsonNode, isHtml: boolean): ExportBody {
  return { title, body: decodeJsonString(source, node.offset, node.offset + node.length), isHtml, encode: encodeJsonString };
}

/** Bodies of a YAML list of macros, or undefined when the YAML is not one. */
export function yamlExportBodies(source: string, fields: ExportFields = DEFAULT_EXPORT_FIELDS): ExportBody[] | undefined {
  if (nestingDepth(source) > MAX_NESTING) return undefined;
  const document = parseDocument(source, { lineCounter: new LineCounter(), keepSourceTokens: false });
  if (document.errors.length > 0) return undefined;
  let list: YamlNode | null | undefined = document.contents;
  if (isMap(list)) list = list.get('macros', true) as YamlNode | undefined;
  if (!isSeq(list)) return undefined;
  const bodies: ExportBody[] = [];
  list.items.forEach((item, index) => {
    if (!isMap(item)) return;
    const title = yamlString(item, fields.title) ?? `Macro ${index + 1}`;
    for (const name of fields.body) {
      const node = item.get(name, true);
      if (!isScalar(node) || typeof node.value !== 'string' || !node.range) continue;
      bodies.push(yamlBody(source, title, node.value, node.range, node.type, name.includes('html')));
      return;
    }
  });
  return bodies.length > 0 ? bodies : undefined;
}

function yamlString(map: YAMLMap, names: string[]): string | undefined {
  for (const name of names) {
    const value = map.get(name);
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return undefined;
}

function yamlBody(source: string, title: string, value: string, range: [number, number, number], type: string | undefined, isHtml: boolean): ExportBody {
  let start = range[0];
  const block = type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED';
  // A block scalar's header line (| or >) is not part of its value.
  if (block) start = source.indexOf('\n', start) + 1;
  const aligned = alignYamlScalar(source, start, range[1], value);
  // Unaccountable escapes: every character points at the scalar's start, never at a wrong place.
  const body = aligned ?? { text: value, offsets: new Int32Array(value.length + 1).fill(range[0]) };
  // Continuation lines keep the block's indentation, or the flow scalar's column.
  const lineStart = source.lastIndexOf('\n', range[0] - 1) + 1;
  const indent = block ? (/^[ \t]*/.exec(source.slice(start))?.[0] ?? '') : ' '.repeat(range[0] - lineStart);
  const encode = (text: string): string => {
    if (block) return text.replace(/\n/g, `\n${indent}`);
    if (type === 'QUOTE_DOUBLE') return encodeJsonString(text);
    // Plain and single-quoted scalars fold lines: a blank line stands for one line break.
    const folded = type === 'QUOTE_SINGLE' ? text.replace(/'/g, "''") : text;
    return folded.replace(/\n/g, `\n\n${indent}`);
  };
  return { title, body, isHtml, encode };
}
