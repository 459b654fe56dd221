// Formats for CI services: SARIF 2.1.0 (GitHub code scanning and other SARIF
// viewers), GitHub workflow annotations with a job summary, and GitLab Code
// Quality (Code Climate issues).

import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ResolvedConfig } from '../engine/config/project-config';
import { ruleMarkdown } from '../engine/rules/docs';
import { docsUrlOf, ruleOf } from '../engine/rules/rule-lookup';
import type { LintResult, Range, Severity } from '../engine/types';
import { jsonArrayWriter, type FileReport, type FormatContext, type Note, type OutputWriter, type RuleDoc } from './output';

/** Adds the rules behind a result's findings to `docs` (the first language a rule is seen in wins). */
export function rememberRuleDocs(docs: Map<string, RuleDoc>, result: LintResult, config: ResolvedConfig): void {
  for (const finding of result.findings) {
    if (docs.has(finding.ruleId)) continue;
    const rule = ruleOf(finding, result, config);
    if (!rule) continue;
    const { spec } = rule;
    docs.set(rule.id, {
      id: rule.id,
      category: spec.category,
      severity: rule.severity,
      message: spec.message,
      description: spec.description,
      markdown: ruleMarkdown(rule.id, spec),
      helpUri: docsUrlOf(finding, result, config),
    });
  }
}

/** A finding or a note, as the CI formats report it. */
interface Problem {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
  /** The text the problem covers; empty for notes. */
  excerpt: string;
}

/** Notes (skipped files, unused disable comments) are warnings of the tool itself; what was not read, infos. */
const NOTE_RULE_ID = 'replylint';
const NOTE_RULE_DESCRIPTION =
  'A note about the file rather than its text: it was skipped, a disable comment suppresses nothing, or a config override matches no file.';

function problemsOf(report: FileReport): Problem[] {
  const notes = report.notes.map((note: Note): Problem => ({
    ruleId: NOTE_RULE_ID,
    severity: note.severity ?? 'warning',
    message: note.message,
    range: note.range,
    excerpt: '',
  }));
  return [...notes, ...report.result.findings];
}

/** The path as people and CI services see it: relative to the working folder, with `/`. */
function displayPath(filePath: string, cwd: string): string {
  return (path.relative(cwd, filePath) || path.basename(filePath)).split(path.sep).join('/');
}

/** The first sentence, for one-line descriptions. */
function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return /^.*?[.!?](?=\s|$)/.exec(flat)?.[0] ?? flat;
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/**
 * A SARIF artifact location: a relative URI reference against %SRCROOT% (the
 * working folder), each path segment percent-encoded so spaces, `#` and `%` in
 * file names stay valid URIs; files outside the working folder get a file: URI.
 */
function artifactLocation(filePath: string, cwd: string): { uri: string; uriBaseId?: string } {
  const relative = path.relative(cwd, filePath);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return { uri: pathToFileURL(filePath).href };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

/** SARIF with the results written as the files come and the rules they used after them. */
export function sarifWriter(write: (text: string) => void, context: FormatContext): OutputWriter {
  const ruleIds = new Set<string>();
  const results = jsonArrayWriter(write, '      ');
  write(
    `{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",\n  "version": "2.1.0",\n  "runs": [\n    {\n      "columnKind": "utf16CodeUnits",\n      "originalUriBaseIds": ${JSON.stringify({ '%SRCROOT%': { uri: `${pathToFileURL(context.cwd).href.replace(/\/$/, '')}/` } })},\n      "results": `,
  );
  return {
    file(report) {
      for (const problem of problemsOf(report)) {
        ruleIds.add(problem.ruleId);
        results.element({
          ruleId: problem.ruleId,
          level: SARIF_LEVEL[problem.severity],
          message: { text: problem.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: artifactLocation(report.filePath, context.cwd),
                region: {
                  startLine: problem.range.start.line + 1,
                  startColumn: problem.range.start.character + 1,
                  endLine: problem.range.end.line + 1,
                  endColumn: problem.range.end.character + 1,
                },
              },
            },
          ],
        });
      }
    },
    end() {
      results.end();
      const rules = [...ruleIds].sort().map((id) => sarifRule(id, context.rules.get(id)));
      const tool = { driver: { name: 'replylint', version: context.version, informationUri: 'https://github.com/replylint/replylint', rules } };
      write(`,\n      "tool": ${JSON.stringify(tool, null, 2).replace(/\n/g, '\n      ')}\n    }\n  ]\n}\n`);
    },
  };
}

function sarifRule(id: string, rule: RuleDoc | undefined) {
  const description = id === NOTE_RULE_ID ? NOTE_RULE_DESCRIPTION : (rule?.description ?? rule?.message ?? id).trim();
  return {
    id,
    name: id,
    shortDescription: { text: firstSentence(description) },
    fullDescription: { text: description },
    help: { text: description, markdown: rule?.markdown ?? description },
    ...(rule?.helpUri ? { helpUri: rule.helpUri } : {}),
    defaultConfiguration: { level: SARIF_LEVEL[rule?.severity ?? 'warning'] },
    properties: { category: rule?.category ?? 'replylint', tags: [rule?.category ?? 'replylint'] },
  };
}

/** Problems of one file, by severity, for the job summary. */
interface FileCounts {
  filePath: string;
  replies: number;
  error: number;
  warning: number;
  info: number;
}

/**
 * GitHub Actions workflow commands (properties and data escaped as the runner expects),
 * and in a workflow a job summary table appended to $GITHUB_STEP_SUMMARY.
 */
export function githubWriter(write: (text: string) => void, context: FormatContext): OutputWriter {
  const escapeData = (value: string) => value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProperty = (value: string) => escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const level: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };
  const files: FileCounts[] = [];
  const byRule = new Map<string, number>();
  return {
    file(report) {
      const filePath = displayPath(report.filePath, context.cwd);
      const counts: FileCounts = { filePath, replies: report.result.units.length, error: 0, warning: 0, info: 0 };
      for (const problem of problemsOf(report)) {
        const where = `file=${escapeProperty(filePath)},line=${problem.range.start.line + 1},col=${problem.range.start.character + 1},endLine=${problem.range.end.line + 1},endColumn=${problem.range.end.character + 1}`;
        write(`::${level[problem.severity]} ${where},title=${escapeProperty(problem.ruleId)}::${escapeData(problem.message)}\n`);
        counts[problem.severity === 'hint' ? 'info' : problem.severity]++;
        byRule.set(problem.ruleId, (byRule.get(problem.ruleId) ?? 0) + 1);
      }
      files.push(counts);
    },
    end() {
      const summaryFile = process.env.GITHUB_STEP_SUMMARY;
      if (summaryFile) fs.appendFileSync(summaryFile, githubStepSummary(files, byRule, context.rules));
    },
  };
}

/** Markdown table cell text: pipes and line breaks would end the cell. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** The job summary: totals, the files with problems, and the rules that fired most. */
function githubStepSummary(files: FileCounts[], byRule: Map<string, number>, rules: ReadonlyMap<string, RuleDoc>): string {
  const total = (key: 'error' | 'warning' | 'info') => files.reduce((sum, file) => sum + file[key], 0);
  const lines = ['## Replylint', ''];
  if (byRule.size === 0) {
    lines.push(`No problems in ${files.length} file${files.length === 1 ? '' : 's'}.`);
    return `${lines.join('\n')}\n`;
  }
  lines.push(`${total('error')} errors, ${total('warning')} warnings, ${total('info')} info in ${files.length} files.`, '');
  lines.push('| File | Replies | Errors | Warnings | Info |', '|---|---:|---:|---:|---:|');
  for (const file of files) {
    if (file.error + file.warning + file.info === 0) continue;
    lines.push(`| ${cell(file.filePath)} | ${file.replies} | ${file.error} | ${file.warning} | ${file.info} |`);
  }
  lines.push('', '| Rule | Findings |', '|---|---:|');
  for (const [id, count] of [...byRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    const helpUri = rules.get(id)?.helpUri;
    lines.push(`| ${helpUri ? `[\`${id}\`](${helpUri})` : `\`${id}\``} | ${count} |`);
  }
  return `${lines.join('\n')}\n`;
}

const GITLAB_SEVERITY: Record<Severity, string> = { error: 'major', warning: 'minor', info: 'info', hint: 'info' };

/**
 * GitLab Code Quality: an array of Code Climate issues. A fingerprint names the
 * same problem across commits (file, rule, the words flagged, and which such
 * occurrence it is), so moving a reply down a file does not make it "new".
 */
export function gitlabWriter(write: (text: string) => void, cwd: string): OutputWriter {
  const issues = jsonArrayWriter(write, '');
  return {
    file(report) {
      const filePath = displayPath(report.filePath, cwd);
      const seen = new Map<string, number>();
      for (const problem of problemsOf(report)) {
        const key = [filePath, problem.ruleId, problem.excerpt || problem.message].join('\u0000');
        const occurrence = (seen.get(key) ?? 0) + 1;
        seen.set(key, occurrence);
        issues.element({
          type: 'issue',
          check_name: problem.ruleId,
          description: problem.message,
          categories: ['Style'],
          severity: GITLAB_SEVERITY[problem.severity],
          fingerprint: createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex'),
          location: { path: filePath, lines: { begin: problem.range.start.line + 1, end: problem.range.end.line + 1 } },
        });
      }
    },
    end() {
      issues.end();
      write('\n');
    },
  };
}
