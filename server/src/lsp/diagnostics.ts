// Converts lint outcomes and config problems into LSP diagnostics. Offsets
// become positions through the TextDocument of the linted version.

import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigProblem } from '../engine/config/project-config';
import type { Finding, Severity } from '../engine/types';
import type { LintOutcome } from './document-linter';
import { DIAGNOSTIC_SOURCE, type DiagnosticData } from './protocol';
import { ruleOf } from './rule-lookup';

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function rangeOf(document: TextDocument, start: number, end: number): Range {
  return { start: document.positionAt(start), end: document.positionAt(end) };
}

export function diagnosticsOf(document: TextDocument, outcome: LintOutcome): Diagnostic[] {
  switch (outcome.kind) {
    case 'disabled':
    case 'config-file':
      return [];
    case 'skipped':
      return [fileLevelDiagnostic(outcome.message, DiagnosticSeverity.Information)];
    case 'failed':
      return [fileLevelDiagnostic(`Replylint failed on this document: ${outcome.message}`, DiagnosticSeverity.Error)];
    case 'linted':
      return outcome.result.findings.map((finding) => {
        const link = ruleOf(finding, outcome.result, outcome.config)?.spec.link;
        return findingDiagnostic(document, finding, link);
      });
  }
}

function findingDiagnostic(document: TextDocument, finding: Finding, link: string | undefined): Diagnostic {
  const data: DiagnosticData = {
    ruleId: finding.ruleId,
    fixes: finding.fixes.map((fix) => ({
      title: fix.title,
      edits: fix.edits.map((edit) => ({ range: rangeOf(document, edit.start, edit.end), newText: edit.newText })),
    })),
  };
  return {
    range: rangeOf(document, finding.start, finding.end),
    severity: SEVERITIES[finding.severity],
    code: finding.ruleId,
    ...(link ? { codeDescription: { href: link } } : {}),
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    data,
  };
}

function fileLevelDiagnostic(message: string, severity: DiagnosticSeverity): Diagnostic {
  const start = { line: 0, character: 0 };
  return { range: { start, end: start }, severity, source: DIAGNOSTIC_SOURCE, message };
}

export function configProblemDiagnostic(problem: ConfigProblem): Diagnostic {
  return {
    range: {
      start: { line: problem.line, character: problem.column },
      end: { line: problem.endLine, character: problem.endColumn },
    },
    severity: problem.severity === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error,
    source: DIAGNOSTIC_SOURCE,
    message: problem.message,
  };
}
