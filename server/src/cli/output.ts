// What the CLI's output formats share: a file's report, the run's context and
// the writer each format implements (formatters.ts picks one by name).

import type { Category, LintResult, Range, Severity } from '../engine/types';
import { messageLanguages } from '../engine/messages';
import { DEFAULT_LANGUAGE } from '../engine/rules/pack';

/** A message about the file rather than its prose: a skip, an unused disable comment. */
export interface Note {
  message: string;
  range: Range;
  /** `info` for what was not read in a file with nothing wrong in it (no --max-warnings count); absent: a warning. */
  severity?: 'info';
}

export interface FileReport {
  filePath: string;
  source: string;
  result: LintResult;
  /** Reported without a rule id, as ESLint does: warnings, or infos (Note.severity). */
  notes: Note[];
}

/**
 * A file's warnings, as --max-warnings and ESLint's warningCount count them: warning findings and notes, not infos
 * (an info is no warning, though ESLint's JSON has no lower severity than 1 to give it: reviewer L4).
 */
export function warningCount(report: FileReport): number {
  return report.result.findings.filter((finding) => finding.severity === 'warning').length + report.notes.filter((note) => note.severity !== 'info').length;
}

export const fileStartRange: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** What the reports say about a rule, gathered from the configs that produced the findings. */
export interface RuleDoc {
  id: string;
  category: Category;
  severity: Severity;
  message: string;
  description?: string;
  /** The rule's documentation as Markdown (the same text as docs/rules.md). */
  markdown: string;
  helpUri?: string;
}

export interface FormatContext {
  version: string;
  /** The language of Replylint's own words (headings, severities, scorecards, summary): userLocale. */
  locale: string;
  /** The rules behind the findings, by id; complete by the time a writer ends. */
  rules: ReadonlyMap<string, RuleDoc>;
  /** Paths in reports are relative to this folder. */
  cwd: string;
  stream: NodeJS.WriteStream;
}

/**
 * Writes the output a file at a time, as the files are linted, so a run
 * holds one file's report at once, never the whole output as one string.
 */
export interface OutputWriter {
  file(report: FileReport): void;
  /** Writes what follows the last file (closing brackets, the stylish summary). */
  end(): void;
}

/** Per nesting depth: the characters JSON.stringify(value wrapped in that many arrays, null, 2) writes before and after the value. */
const arrayWrappers: { before: number; after: number }[] = [];

/**
 * A value as JSON.stringify(value, null, 2) lays it out, nested at `indent`
 * (two spaces per level). Wrapped in one array per level, the value comes out
 * of V8's stringifier already indented: no second pass over every line of the
 * report to indent it.
 */
function indentedJson(value: unknown, indent: string): string {
  const { json, start, end } = indentedJsonIn(value, indent);
  return json.slice(start, end);
}

/** indentedJson's text as json.slice(start, end): a caller that cuts it further slices once (a batch is tens of KB). */
function indentedJsonIn(value: unknown, indent: string): { json: string; start: number; end: number } {
  const depth = indent.length / 2;
  let wrapped = value;
  for (let level = 0; level < depth; level++) wrapped = [wrapped];
  const json = JSON.stringify(wrapped, null, 2);
  return depth === 0 ? { json, start: 0, end: json.length } : { json, start: wrapperOf(depth).before, end: json.length - wrapperOf(depth).after };
}

function wrapperOf(depth: number): { before: number; after: number } {
  let wrapper = arrayWrappers[depth];
  if (!wrapper) {
    // "[\n" at each level's indentation, then the value's own indentation; "\n" and "]" at each level's after it.
    let before = 0;
    let after = 0;
    for (let level = 0; level < depth; level++) {
      before += 2 * level + 2;
      after += 2 * level + 2;
    }
    arrayWrappers[depth] = wrapper = { before: before + 2 * depth, after };
  }
  return wrapper;
}

/**
 * Elements stringified together by `elements`. A reply of a library is 1.5-2 KB of JSON (its kind's reason and five
 * item reasons, each with its message): 32 of them stay near the writer's 64 KB chunk (64 were 110 KB, one write).
 */
const ELEMENTS_PER_CALL = 32;

/** An array written an element at a time, laid out as JSON.stringify(array, null, 2) would be. */
export function jsonArrayWriter(write: (text: string) => void, indent: string) {
  let count = 0;
  const begin = () => write(`${count++ === 0 ? '[\n' : ',\n'}${indent}  `);
  return {
    element(value: unknown): void {
      begin();
      write(indentedJson(value, `${indent}  `));
    },
    /**
     * Writes each value as `element` would, several to one JSON.stringify call: a
     * batch stringified as an array at this indentation holds its elements laid
     * out and separated exactly as they are written one at a time (a library of
     * 24,000 replies was 24,000 calls, each with its wrapping arrays and slice).
     */
    elements(values: Iterable<unknown>): void {
      let batch: unknown[] = [];
      const flush = () => {
        if (batch.length === 0) return;
        // The batch as an array at this indentation, after a 0 when elements came before it: from its "[\n" (or the
        // ",\n" after the 0) to before its "\n" + indent + "]", it is what the elements' writes would be, as one
        // slice of one string (tens of KB written as they are, never copied into a joined string).
        const { json, start, end } = indentedJsonIn(count === 0 ? batch : [0, ...batch], indent);
        write(json.slice(start + (count === 0 ? 0 : indent.length + 5), end - indent.length - 2));
        count += batch.length;
        batch = [];
      };
      for (const value of values) {
        batch.push(value);
        if (batch.length === ELEMENTS_PER_CALL) flush();
      }
      flush();
    },
    /** Starts an element the caller writes itself, at `${indent}  ` (an object of jsonObjectWriter). */
    begin,
    end(): void {
      write(count === 0 ? '[]' : `\n${indent}]`);
    },
  };
}

/**
 * An object written a member at a time, laid out as JSON.stringify(object, null, 2)
 * would be; a long array member is written an element at a time (`elements`), so
 * a file's report of 24,000 replies is never one string or one object tree.
 */
export function jsonObjectWriter(write: (text: string) => void, indent: string) {
  let count = 0;
  const key = (name: string) => write(`${count++ === 0 ? '{\n' : ',\n'}${indent}  ${JSON.stringify(name)}: `);
  return {
    member(name: string, value: unknown): void {
      if (value === undefined) return;
      key(name);
      write(indentedJson(value, `${indent}  `));
    },
    elements(name: string, values: Iterable<unknown>): void {
      key(name);
      const array = jsonArrayWriter(write, `${indent}  `);
      array.elements(values);
      array.end();
    },
    end(): void {
      write(count === 0 ? '{}' : `\n${indent}}`);
    },
  };
}

/** A text this long is written on its own (after what is pending), not copied into a chunk: a batch of JSON elements. */
const OWN_WRITE = 1 << 14;

/** Collects small writes into chunks of about 64 KB (and whatever is left at each flush): one system call per chunk, not per element. */
export function chunkedWrite(write: (text: string) => void): { write: (text: string) => void; flush: () => void } {
  let pending: string[] = [];
  let size = 0;
  const flush = () => {
    if (pending.length > 0) write(pending.join(''));
    pending = [];
    size = 0;
  };
  return {
    write(text: string) {
      if (text.length >= OWN_WRITE) {
        flush();
        write(text);
        return;
      }
      pending.push(text);
      size += text.length;
      if (size >= 1 << 16) flush();
    },
    flush,
  };
}

/**
 * The language of Replylint's own words in a run (severities, scorecards, headings, summary, notes): --locale, else the
 * user's environment (the first set of LC_ALL, LC_MESSAGES, LANG, as POSIX orders them), else English. Not each
 * reply's language: one listing of Polish, Finnish and Albanian replies says "warning" one way. A locale Replylint has
 * no words for (de_DE, C, POSIX) is English.
 */
export function userLocale(option: string | undefined, env: NodeJS.ProcessEnv): string {
  if (option !== undefined) return option;
  const setting = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  const language = setting === undefined ? undefined : /^[a-z]{2,3}(?![a-z])/i.exec(setting)?.[0].toLowerCase();
  return language !== undefined && messageLanguages().includes(language) ? language : DEFAULT_LANGUAGE;
}
