// A YAML (or JSON) file read for its data, able to say where each problem
// is: syntax errors, schema errors and problems found later at a key path all
// carry the line and column in the file. One way for configs, packs and the
// examples inside packs.

import type { ErrorObject } from 'ajv';
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { LineIndex } from '../text/line-index';

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
  constructor(text: string, options: { uniqueKeys?: boolean } = {}) {
    this.lines = new LineIndex(text);
    this.document = parseDocument(text, { uniqueKeys: options.uniqueKeys ?? true, prettyErrors: false });
  }

  syntaxProblems(): YamlProblem[] {
    return this.document.errors.map((error) => ({ message: `YAML: ${error.message.split('\n')[0]}`, ...this.placeOf([error.pos[0], error.pos[1]]) }));
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

  /** Schema errors, each at its key (unknown keys) or value; `subject` names the whole file ("the config"). */
  schemaProblems(errors: ErrorObject[] | null | undefined, subject: string): YamlProblem[] {
    // The if/then and anyOf wrappers repeat what their inner errors say.
    return (errors ?? [])
      .filter((error) => error.keyword !== 'if' && error.keyword !== 'anyOf')
      .map((error) => {
        const path = error.instancePath
          .split('/')
          .slice(1)
          .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
        const where = path.length > 0 ? path.join('.') : subject;
        if (error.keyword === 'additionalProperties') {
          const extra = (error.params as { additionalProperty: string }).additionalProperty;
          return this.problemAt([...path, extra], `${where}: unknown key "${extra}"`, true);
        }
        let message = `${where}: ${error.message ?? 'is invalid'}`;
        if (error.keyword === 'enum') {
          message += `: ${(error.params as { allowedValues: unknown[] }).allowedValues.map((value) => JSON.stringify(value)).join(', ')}`;
        }
        return this.problemAt(path, message);
      });
  }
}
