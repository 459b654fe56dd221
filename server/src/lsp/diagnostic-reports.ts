// Delivers lint diagnostics to the client: pushed with publishDiagnostics, or
// answered to textDocument/diagnostic pulls. Either way the last report per
// document is kept, which is what `run: onSave` shows between saves.

import type { Connection, Diagnostic, DocumentDiagnosticReport } from 'vscode-languageserver/node';
import type { DocumentLinter, LintOutcome, LintSnapshot } from './document-linter';
import { diagnosticsOf } from './diagnostics';

type DiagnosticsMode = 'push' | 'pull';

interface Report {
  resultId: string;
  outcome: LintOutcome;
  /**
   * Kept only where a pull answers with this report after the text changed
   * (`run: onSave`); otherwise made from the outcome when asked for. A big
   * export has thousands: megabytes the server need not hold.
   */
  diagnostics: Diagnostic[] | undefined;
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

  /** Lints the current text and reports it (pushing it in push mode). */
  async update(uri: string): Promise<void> {
    const snapshot = await this.linter.current(uri);
    if (!snapshot) return;
    const previous = this.reports.get(uri);
    if (previous?.outcome === snapshot.outcome) return;
    const diagnostics = diagnosticsOf(snapshot.document, snapshot.outcome);
    const report = this.record(uri, snapshot, diagnostics);
    if (this.pushes(report)) {
      await this.connection.sendDiagnostics({ uri, version: snapshot.document.version, diagnostics });
    }
  }

  /** textDocument/diagnostic: fresh diagnostics when linting on type, the last report when linting on save. */
  async pull(uri: string, previousResultId: string | undefined): Promise<DocumentDiagnosticReport> {
    const snapshot = await this.linter.current(uri);
    if (!snapshot) return { kind: 'full', items: [] };
    let report = this.reports.get(uri);
    const stale = report !== undefined && report.outcome !== snapshot.outcome && (snapshot.settings.run === 'onType' || report.diagnostics === undefined);
    if (!report || stale) report = this.record(uri, snapshot);
    if (report.resultId === previousResultId) return { kind: 'unchanged', resultId: report.resultId };
    // A report without its diagnostics is of the current text (see stale).
    return { kind: 'full', resultId: report.resultId, items: report.diagnostics ?? diagnosticsOf(snapshot.document, snapshot.outcome) };
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

  private record(uri: string, snapshot: LintSnapshot, diagnostics?: Diagnostic[]): Report {
    const keep = this.mode === 'pull' && snapshot.settings.run === 'onSave';
    const report = {
      resultId: String(this.nextResultId++),
      outcome: snapshot.outcome,
      diagnostics: keep ? (diagnostics ?? diagnosticsOf(snapshot.document, snapshot.outcome)) : undefined,
    };
    this.reports.set(uri, report);
    return report;
  }
}
