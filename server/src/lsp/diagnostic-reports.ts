// Delivers lint diagnostics to the client: pushed with publishDiagnostics, or
// answered to textDocument/diagnostic pulls. Either way the last report per
// document is kept, which is what `run: onSave` shows between saves.

import type { Connection, Diagnostic, DocumentDiagnosticReport } from 'vscode-languageserver/node';
import type { DocumentLinter, LintOutcome, LintSnapshot } from './document-linter';
import { diagnosticsOf, sameRange } from './diagnostics';

type DiagnosticsMode = 'push' | 'pull';

interface Report {
  resultId: string;
  outcome: LintOutcome;
  /** Mostly the same objects from one report to the next (diagnostics.ts), so keeping them costs an array. */
  diagnostics: Diagnostic[];
}

export class DiagnosticReports {
  private readonly reports = new Map<string, Report>();
  private nextResultId = 1;

  constructor(
    private readonly connection: Connection,
    private readonly linter: DocumentLinter,
    readonly mode: DiagnosticsMode,
    private readonly clientCanRefresh: boolean,
  ) {}

  /** Lints the current text and reports it (pushing it in push mode: each version gets its publish). */
  async update(uri: string): Promise<void> {
    const snapshot = await this.linter.current(uri);
    if (!snapshot) return;
    const previous = this.reports.get(uri);
    if (previous?.outcome === snapshot.outcome) return;
    const report = this.record(uri, snapshot);
    if (this.pushes(report)) {
      await this.connection.sendDiagnostics({ uri, version: snapshot.document.version, diagnostics: report.diagnostics });
    }
  }

  /** textDocument/diagnostic: fresh diagnostics when linting on type, the last report when linting on save. */
  async pull(uri: string, previousResultId: string | undefined): Promise<DocumentDiagnosticReport> {
    const snapshot = await this.linter.current(uri);
    if (!snapshot) return { kind: 'full', items: [] };
    let report = this.reports.get(uri);
    if (!report || (report.outcome !== snapshot.outcome && snapshot.settings.run === 'onType')) report = this.record(uri, snapshot);
    // An edit that changed no diagnostic (most keystrokes in a big file) sends none back.
    if (report.resultId === previousResultId) return { kind: 'unchanged', resultId: report.resultId };
    return { kind: 'full', resultId: report.resultId, items: report.diagnostics };
  }

  /** Pull clients fetch again after a change the server made on its own (config, save). */
  async refreshClient(): Promise<void> {
    if (this.mode === 'pull' && this.clientCanRefresh) await this.connection.languages.diagnostics.refresh();
  }

  async clear(uri: string): Promise<void> {
    const report = this.reports.get(uri);
    this.reports.delete(uri);
    if (report && this.pushes(report)) await this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Config files carry pushed config problems; an empty lint report must not replace them. */
  private pushes(report: Report): boolean {
    return this.mode === 'push' && report.outcome.kind !== 'config-file';
  }

  /** The report of a lint: the previous one, with its resultId, when every diagnostic is the same. */
  private record(uri: string, snapshot: LintSnapshot): Report {
    const diagnostics = diagnosticsOf(snapshot.outcome);
    const previous = this.reports.get(uri);
    const same =
      previous !== undefined &&
      previous.diagnostics.length === diagnostics.length &&
      previous.diagnostics.every((diagnostic, index) => sameDiagnostic(diagnostic, diagnostics[index]!));
    if (same) {
      previous.outcome = snapshot.outcome;
      return previous;
    }
    const report = { resultId: String(this.nextResultId++), outcome: snapshot.outcome, diagnostics };
    this.reports.set(uri, report);
    return report;
  }
}

/** Mostly the same object; the edited reply's are new objects that may say the same. */
function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  if (a === b) return true;
  return (
    a.code === b.code &&
    a.message === b.message &&
    a.severity === b.severity &&
    a.source === b.source &&
    a.codeDescription?.href === b.codeDescription?.href &&
    sameRange(a.range, b.range)
  );
}
