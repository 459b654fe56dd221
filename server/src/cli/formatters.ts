// Output formats of the CLI: stylish (people), json (ESLint's shape), and the
// CI formats of ci-formats.ts (sarif, github, gitlab) and html-report.ts.

import * as path from 'node:path';
import { renderMessage, renderRef } from '../engine/messages';
import { scorecardSummary } from '../engine/scorecard-summary';
import { SCORECARD_ITEMS, type Finding, type LintResult, type ScorecardItem, type ScoreReason, type Severity, type TextEdit } from '../engine/types';
import { githubWriter, gitlabWriter, sarifWriter } from './ci-formats';
import { htmlWriter } from './html-report';
import { chunkedWrite, jsonArrayWriter, jsonObjectWriter, warningCount, type FileReport, type FormatContext, type OutputWriter } from './output';

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'gitlab', 'html'] as const;
export type FormatName = (typeof FORMATS)[number];

/** ESLint counts only two levels: errors (2) and everything else (1). */
export function eslintSeverity(severity: Severity): 1 | 2 {
  return severity === 'error' ? 2 : 1;
}

/** One edit spanning several: ESLint's `fix` is a single range and text. */
function asSingleEdit(source: string, edits: TextEdit[]): { range: [number, number]; text: string } {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const start = sorted[0]!.start;
  const end = Math.max(...sorted.map((edit) => edit.end));
  let text = '';
  let at = start;
  for (const edit of sorted) {
    text += source.slice(at, edit.start) + edit.newText;
    at = edit.end;
  }
  return { range: [start, end], text: text + source.slice(at, end) };
}

function jsonMessage(finding: Finding, source: string) {
  return {
    ruleId: finding.ruleId,
    severity: eslintSeverity(finding.severity),
    level: finding.severity,
    category: finding.category,
    message: finding.message,
    line: finding.range.start.line + 1,
    column: finding.range.start.character + 1,
    endLine: finding.range.end.line + 1,
    endColumn: finding.range.end.character + 1,
    ...(finding.fix ? { fix: asSingleEdit(source, finding.fix.edits) } : {}),
    suggestions: finding.suggestions.map((suggestion) => ({ desc: suggestion.title, fix: asSingleEdit(source, suggestion.edits) })),
  };
}

/** A file's report in ESLint's shape, written a message and a reply at a time. */
function writeJsonReport(object: ReturnType<typeof jsonObjectWriter>, report: FileReport): void {
  const findings = report.result.findings;
  object.member('filePath', report.filePath);
  object.elements('messages', jsonMessages(report));
  object.member('errorCount', findings.filter((finding) => finding.severity === 'error').length);
  object.member('warningCount', warningCount(report));
  object.member('fixableErrorCount', findings.filter((finding) => finding.severity === 'error' && finding.fix !== undefined).length);
  object.member('fixableWarningCount', findings.filter((finding) => finding.severity === 'warning' && finding.fix !== undefined).length);
  object.elements('replies', jsonReplies(report.result));
  object.end();
}

function* jsonMessages(report: FileReport) {
  for (const note of report.notes) {
    yield {
      ruleId: null,
      severity: 1,
      level: note.severity ?? 'warning',
      message: note.message,
      line: note.range.start.line + 1,
      column: note.range.start.character + 1,
      endLine: note.range.end.line + 1,
      endColumn: note.range.end.character + 1,
    };
  }
  for (const finding of report.result.findings) yield jsonMessage(finding, report.source);
}

// Per reply of a library (24,000 in one file): objects of one shape, built as they are written. A member whose
// value is undefined (no kind reason, a reason without a place) is left out by JSON.stringify, as if never set.
function* jsonReplies({ units, lines }: LintResult) {
  for (const unit of units) {
    const reasons: Partial<Record<ScorecardItem, ReturnType<typeof jsonReason>>> = {};
    // Why each item has its value, in the reply's language, and the text it points at.
    for (const item of SCORECARD_ITEMS) reasons[item] = jsonReason(unit.language, unit.reasons[item], lines);
    yield {
      title: unit.title,
      line: lines.positionAt(unit.start).line + 1,
      endLine: lines.positionAt(unit.end).line + 1,
      language: unit.language,
      // How the language was decided: comment, setting, words, or (words too few) file, folder, default.
      languageFrom: unit.languageFrom,
      kind: unit.kind,
      // A macro read by its words: why it was read as this kind, and how to name another.
      kindReason: unit.kindReason && { message: renderRef(unit.language, unit.kindReason), id: unit.kindReason.id, args: unit.kindReason.args ?? {} },
      scorecard: unit.scorecard,
      reasons,
    };
  }
}

function jsonReason(language: string, reason: ScoreReason, lines: LintResult['lines']) {
  const at = reason.start !== undefined && reason.end !== undefined ? lines.rangeOf(reason.start, reason.end) : undefined;
  return {
    message: renderRef(language, reason),
    id: reason.id,
    args: reason.args ?? {},
    line: at && at.start.line + 1,
    column: at && at.start.character + 1,
    endLine: at && at.end.line + 1,
    endColumn: at && at.end.character + 1,
  };
}

function jsonWriter(write: (text: string) => void): OutputWriter {
  const array = jsonArrayWriter(write, '');
  return {
    file: (report) => {
      array.begin();
      writeJsonReport(jsonObjectWriter(write, '  '), report);
    },
    end: () => {
      array.end();
      write('\n');
    },
  };
}

const useColor = (stream: NodeJS.WriteStream) => stream.isTTY === true && !process.env.NO_COLOR;

function paint(code: number, text: string, color: boolean): string {
  return color ? `\u001b[${code}m${text}\u001b[0m` : text;
}

const SEVERITY_COLOR: Record<Severity, number> = { error: 31, warning: 33, info: 36, hint: 90 };
const SEVERITIES = Object.keys(SEVERITY_COLOR) as Severity[];

function stylishWriter(write: (text: string) => void, color: boolean, locale: string): OutputWriter {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  // Every severity word in the user's locale, rendered once for the run and padded to the longest, so messages start in
  // one column in every file.
  const words = SEVERITIES.map((severity) => renderMessage(locale, `severity.${severity}`));
  const width = Math.max(8, ...words.map((word) => word.length + 1));
  const labels = Object.fromEntries(SEVERITIES.map((severity, index) => [severity, words[index]!.padEnd(width)])) as Record<Severity, string>;
  return {
    file(report) {
      if (report.notes.length === 0 && report.result.findings.length === 0) return;
      const units = report.result.units;
      const rows = [
        ...report.notes.map((note) => ({ range: note.range, severity: note.severity ?? ('warning' as const), message: note.message, ruleId: '' })),
        ...report.result.findings,
      ];
      const lines = [paint(4, path.relative(process.cwd(), report.filePath) || report.filePath, color)];
      const whereOf = (row: (typeof rows)[number]) => `${row.range.start.line + 1}:${row.range.start.character + 1}`;
      // Eight wide as ESLint writes it, wider for the whole file when a position needs it ("3:199985" on a long line),
      // so a position never runs into its severity and the file's messages still start in one column.
      let whereWidth = 8;
      for (const row of rows) whereWidth = Math.max(whereWidth, whereOf(row).length + 1);
      for (const row of rows) {
        counts[row.severity]++;
        const where = whereOf(row).padEnd(whereWidth);
        const rule = row.ruleId ? `  ${paint(90, row.ruleId, color)}` : '';
        lines.push(`  ${where}${paint(SEVERITY_COLOR[row.severity], labels[row.severity], color)}${row.message}${rule}`);
      }
      if (units.length > 1) {
        for (const unit of units) lines.push(paint(90, `  ${unit.title}: ${scorecardSummary(unit.scorecard, locale)}`, color));
      }
      write(`${lines.join('\n')}\n\n`);
    },
    end() {
      const total = counts.error + counts.warning + counts.info + counts.hint;
      if (total === 0) return;
      const counted = (id: string, count: number) => renderMessage(locale, id, { count });
      const summary = renderMessage(locale, 'cli.summary', {
        problems: counted('cli.problems', total),
        errors: counted('cli.errors', counts.error),
        warnings: counted('cli.warnings', counts.warning),
        infos: counted('cli.infos', counts.info + counts.hint),
      });
      write(`${paint(counts.error > 0 ? 31 : 33, summary, color)}\n`);
    },
  };
}

export function outputWriter(name: FormatName, context: FormatContext): OutputWriter {
  const output = chunkedWrite((text) => void context.stream.write(text));
  const writer = formatWriter(name, context, output.write);
  return {
    file: (report) => {
      writer.file(report);
      output.flush();
    },
    end: () => {
      writer.end();
      output.flush();
    },
  };
}

function formatWriter(name: FormatName, context: FormatContext, write: (text: string) => void): OutputWriter {
  switch (name) {
    case 'json':
      return jsonWriter(write);
    case 'sarif':
      return sarifWriter(write, context);
    case 'github':
      return githubWriter(write, context);
    case 'gitlab':
      return gitlabWriter(write, context.cwd);
    case 'html':
      return htmlWriter(write, context);
    case 'stylish':
      return stylishWriter(write, useColor(context.stream), context.locale);
  }
}
