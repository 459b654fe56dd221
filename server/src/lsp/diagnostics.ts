// Converts lint outcomes and config problems into LSP diagnostics. Ranges
// are the engine's, computed on the text that was linted.

import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigProblem } from '../engine/config/project-config';
import { aliasedBodyNote, DEFAULT_MAX_FINDINGS, uncheckedMessage, wordlessMessage } from '../engine/linter';
import type { Finding, Severity } from '../engine/types';
import type { LintOutcome } from './document-linter';
import { DIAGNOSTIC_SOURCE } from './protocol';
import { docsUrlOf } from '../engine/rules/rule-lookup';

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function rangeOf(document: TextDocument, start: number, end: number): Range {
  return { start: document.positionAt(start), end: document.positionAt(end) };
}

export function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

export function diagnosticsOf(outcome: LintOutcome): Diagnostic[] {
  switch (outcome.kind) {
    case 'disabled':
    case 'idle':
    case 'view':
    case 'config-file':
      return [];
    case 'skipped':
      if (outcome.at)
        return [{ range: { start: outcome.at, end: outcome.at }, severity: DiagnosticSeverity.Warning, source: DIAGNOSTIC_SOURCE, message: outcome.message }];
      return [fileLevelDiagnostic(outcome.message, DiagnosticSeverity.Information)];
    case 'failed':
      return [fileLevelDiagnostic(outcome.message, DiagnosticSeverity.Error)];
    case 'linted': {
      const diagnostics = outcome.result.findings.map((finding) => {
        return findingDiagnostic(finding, docsUrlOf(finding, outcome.result, outcome.config));
      });
      // A note the command line prints, as an empty-range diagnostic at its offset.
      const noteAt = (offset: number, message: string, severity: DiagnosticSeverity = DiagnosticSeverity.Information): Diagnostic => {
        const at = outcome.result.lines.positionAt(offset);
        return { range: { start: at, end: at }, severity, source: DIAGNOSTIC_SOURCE, message: `Replylint: ${message}` };
      };
      // By index: a for-of here made an iterator result per reply (5,000 in the 5 MB export) at every lint.
      const { units } = outcome.result;
      for (let index = 0; index < units.length; index++) {
        const unit = units[index]!;
        if (unit.uncheckedFrom !== undefined) diagnostics.push(noteAt(unit.uncheckedFrom, uncheckedMessage(unit)));
        // An export's body with no words: said as the command line says it.
        if (unit.wordless !== undefined) diagnostics.push(noteAt(unit.start, wordlessMessage(unit)));
      }
      // A YAML macro body written as an alias: said as the command line says it, in the language of the file's first reply.
      const language = units[0]?.language;
      for (const body of language === undefined ? [] : (outcome.result.aliasedBodies ?? [])) {
        const { message, severity } = aliasedBodyNote(body, outcome.result.lines, language);
        diagnostics.push(noteAt(body.offset, message, severity === 'info' ? DiagnosticSeverity.Information : DiagnosticSeverity.Warning));
      }
      const omitted = outcome.result.omittedFindings;
      if (omitted > 0) {
        const max = outcome.options.maxFindings ?? DEFAULT_MAX_FINDINGS;
        diagnostics.push(
          fileLevelDiagnostic(
            `Replylint shows at most ${max} problems per file (maxFindings in .replylint.yaml): ${omitted} more are not shown.`,
            DiagnosticSeverity.Information,
          ),
        );
      }
      return diagnostics;
    }
  }
}

/**
 * Diagnostics by the engine's range object. A lint after a small edit keeps
 * the Range of every finding the edit did not move on screen, so their
 * diagnostics are reused, not rebuilt: a big export has thousands.
 */
const diagnosticsByRange = new WeakMap<Range, Diagnostic>();

/**
 * A finding as a diagnostic. Its quick fixes are not sent along: code
 * actions take them from the server's lint of the same version, which keeps
 * every report small.
 */
function findingDiagnostic(finding: Finding, link: string | undefined): Diagnostic {
  const known = diagnosticsByRange.get(finding.range);
  if (
    known &&
    known.code === finding.ruleId &&
    known.message === finding.message &&
    known.severity === SEVERITIES[finding.severity] &&
    known.codeDescription?.href === link
  ) {
    return known;
  }
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: SEVERITIES[finding.severity],
    code: finding.ruleId,
    ...(link ? { codeDescription: { href: link } } : {}),
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
  };
  diagnosticsByRange.set(finding.range, diagnostic);
  return diagnostic;
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
