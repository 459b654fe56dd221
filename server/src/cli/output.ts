// What the CLI's output formats share: a file's report, the run's context and
// the writer each format implements (formatters.ts picks one by name).

import type { Category, LintResult, Range, Severity } from '../engine/types';

/** A message about the file rather than its prose: a skip, an unused disable comment. */
export interface Note {
  message: string;
  range: Range;
}

export interface FileReport {
  filePath: string;
  source: string;
  result: LintResult;
  /** Reported as warnings without a rule id, as ESLint does. */
  notes: Note[];
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

/** An array written an element at a time, laid out as JSON.stringify(array, null, 2) would be. */
export function jsonArrayWriter(write: (text: string) => void, indent: string) {
  let count = 0;
  return {
    element(value: unknown): void {
      write(`${count++ === 0 ? '[\n' : ',\n'}${indent}  ${JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}  `)}`);
    },
    end(): void {
      write(count === 0 ? '[]' : `\n${indent}]`);
    },
  };
}
