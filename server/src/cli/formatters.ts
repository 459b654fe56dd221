// Output formats of the CLI: stylish (people), json (ESLint's shape), sarif
// (code scanning) and github (workflow annotations).

import * as path from 'node:path';
import { scorecardSummary } from '../engine/scorecard-summary';
import type { Finding, LintResult, Range, Severity, TextEdit } from '../engine/types';

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

export type FormatName = 'stylish' | 'json' | 'sarif' | 'github';
export const FORMATS: FormatName[] = ['stylish', 'json', 'sarif', 'github'];

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

function formatJson(reports: FileReport[]): string {
  return JSON.stringify(
    reports.map((report) => {
      const messages = [
        ...report.notes.map((note) => ({
          ruleId: null,
          severity: 1,
          level: 'warning',
          message: note.message,
          line: note.range.start.line + 1,
          column: note.range.start.character + 1,
          endLine: note.range.end.line + 1,
          endColumn: note.range.end.character + 1,
        })),
        ...report.result.findings.map((finding) => jsonMessage(finding, report.source)),
      ];
      const findings = report.result.findings;
      return {
        filePath: report.filePath,
        messages,
        errorCount: findings.filter((finding) => finding.severity === 'error').length,
        warningCount: findings.filter((finding) => finding.severity !== 'error').length + report.notes.length,
        fixableErrorCount: findings.filter((finding) => finding.severity === 'error' && finding.fix !== undefined).length,
        fixableWarningCount: findings.filter((finding) => finding.severity !== 'error' && finding.fix !== undefined).length,
        replies: report.result.units.map((unit) => ({
          title: unit.title,
          line: unit.range.start.line + 1,
          endLine: unit.range.end.line + 1,
          language: unit.language,
          scorecard: unit.scorecard,
        })),
      };
    }),
    null,
    2,
  );
}

const useColor = (stream: NodeJS.WriteStream) => stream.isTTY === true && !process.env.NO_COLOR;

function paint(code: number, text: string, color: boolean): string {
  return color ? `\u001b[${code}m${text}\u001b[0m` : text;
}

const SEVERITY_COLOR: Record<Severity, number> = { error: 31, warning: 33, info: 36, hint: 90 };

function formatStylish(reports: FileReport[], color: boolean): string {
  const lines: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const report of reports) {
    if (report.notes.length === 0 && report.result.findings.length === 0) continue;
    lines.push(paint(4, path.relative(process.cwd(), report.filePath) || report.filePath, color));
    for (const note of report.notes) {
      counts.warning++;
      const where = `${note.range.start.line + 1}:${note.range.start.character + 1}`.padEnd(8);
      lines.push(`  ${where}${paint(33, 'warning'.padEnd(8), color)}${note.message}`);
    }
    for (const finding of report.result.findings) {
      counts[finding.severity]++;
      const where = `${finding.range.start.line + 1}:${finding.range.start.character + 1}`.padEnd(8);
      lines.push(`  ${where}${paint(SEVERITY_COLOR[finding.severity], finding.severity.padEnd(8), color)}${finding.message}  ${paint(90, finding.ruleId, color)}`);
    }
    const units = report.result.units;
    if (units.length > 1) {
      for (const unit of units) lines.push(paint(90, `  ${unit.title}: ${scorecardSummary(unit.scorecard)}`, color));
    }
    lines.push('');
  }
  const total = counts.error + counts.warning + counts.info + counts.hint;
  if (total > 0) {
    const summary = `✖ ${total} problem${total === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info + counts.hint} info)`;
    lines.push(paint(counts.error > 0 ? 31 : 33, summary, color));
  }
  return lines.join('\n');
}

/** Notes ride along in SARIF and annotations as warnings of the tool itself. */
function noteAsFinding(note: Note): Pick<Finding, 'ruleId' | 'severity' | 'message' | 'range' | 'category'> {
  return { ruleId: 'replylint', severity: 'warning', message: note.message, range: note.range, category: 'clarity' };
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

function formatSarif(reports: FileReport[], version: string): string {
  const ruleIds = [...new Set(reports.flatMap((report) => report.result.findings.map((finding) => finding.ruleId)))].sort();
  const results = reports.flatMap((report) =>
    [...report.notes.map(noteAsFinding), ...report.result.findings].map((finding) => ({
      ruleId: finding.ruleId,
      ruleIndex: ruleIds.indexOf(finding.ruleId),
      level: SARIF_LEVEL[finding.severity],
      message: { text: finding.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: path.relative(process.cwd(), report.filePath).split(path.sep).join('/') },
            region: {
              startLine: finding.range.start.line + 1,
              startColumn: finding.range.start.character + 1,
              endLine: finding.range.end.line + 1,
              endColumn: finding.range.end.character + 1,
            },
          },
        },
      ],
      properties: { category: finding.category },
    })),
  );
  return JSON.stringify(
    {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'replylint', version, rules: ruleIds.map((id) => ({ id, name: id })) } },
          columnKind: 'utf16CodeUnits',
          results,
        },
      ],
    },
    null,
    2,
  );
}

/** GitHub Actions workflow commands; properties and data are escaped as the runner expects. */
function formatGithub(reports: FileReport[]): string {
  const escapeData = (value: string) => value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProperty = (value: string) => escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const level: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };
  return reports
    .flatMap((report) =>
      [...report.notes.map(noteAsFinding), ...report.result.findings].map((finding) => {
        const file = escapeProperty(path.relative(process.cwd(), report.filePath));
        const where = `file=${file},line=${finding.range.start.line + 1},col=${finding.range.start.character + 1},endLine=${finding.range.end.line + 1},endColumn=${finding.range.end.character + 1}`;
        return `::${level[finding.severity]} ${where},title=${escapeProperty(finding.ruleId)}::${escapeData(finding.message)}`;
      }),
    )
    .join('\n');
}

export function format(name: FormatName, reports: FileReport[], version: string, stream: NodeJS.WriteStream): string {
  switch (name) {
    case 'json':
      return formatJson(reports);
    case 'sarif':
      return formatSarif(reports, version);
    case 'github':
      return formatGithub(reports);
    case 'stylish':
      return formatStylish(reports, useColor(stream));
  }
}
