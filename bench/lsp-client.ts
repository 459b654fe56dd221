// The benchmark's LSP client: a thin layer over the tests' LspTestClient
// (test/lsp/lsp-client.ts), which spawns `node dist/server.js --stdio` and
// answers what the server asks. This adds what the bench needs: when each
// pushed diagnostic arrived, and the server process's memory.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentDiagnosticRequest, type Diagnostic, type TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol/node';
import { LspTestClient, fileUri } from '../test/lsp/lsp-client';
import { SERVER_BUNDLE } from '../test/helpers/build';

export { SERVER_BUNDLE, fileUri };

export interface Published {
  version: number | undefined;
  diagnostics: Diagnostic[];
  /** performance.now() when the notification arrived. */
  at: number;
}

export interface Memory {
  /** Peak resident set size (VmHWM), MB. */
  peakMb: number;
  /** Current resident set size (VmRSS), MB. */
  rssMb: number;
}

export class BenchLspClient {
  private constructor(readonly lsp: LspTestClient) {}

  get documents(): Map<string, TextDocument> {
    return this.lsp.documents;
  }

  /** Spawns the server and completes initialize/initialized. `spawnedAt` is when the process was started. */
  static async start(options: {
    pull: boolean;
    workspaceFolder: string;
    settings?: Record<string, unknown>;
  }): Promise<{ client: BenchLspClient; spawnedAt: number }> {
    if (!fs.existsSync(SERVER_BUNDLE)) throw new Error(`${SERVER_BUNDLE} is missing: run npm run build`);
    const spawnedAt = performance.now();
    const lsp = await LspTestClient.start({ pull: options.pull, workspaceFolder: options.workspaceFolder, settings: options.settings ?? {} });
    return { client: new BenchLspClient(lsp), spawnedAt };
  }

  open(uri: string, languageId: string, text: string): Promise<TextDocument> {
    return this.lsp.open(uri, languageId, text);
  }

  /** Sends an incremental change; returns the updated document. */
  change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<TextDocument> {
    return this.lsp.change(uri, changes);
  }

  /** The last full report per document, as VS Code keeps it to send its resultId along. */
  private readonly lastReports = new Map<string, { resultId: string | undefined; items: Diagnostic[] }>();

  /** textDocument/diagnostic for the current text, naming the last result as VS Code does ("unchanged" keeps it). */
  async pull(uri: string): Promise<Diagnostic[]> {
    const last = this.lastReports.get(uri);
    const report = await this.lsp.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId: last?.resultId });
    if (report.kind === 'unchanged' && last) return last.items;
    if (report.kind !== 'full') throw new Error(`Unexpected ${report.kind} report with no earlier result.`);
    this.lastReports.set(uri, { resultId: report.resultId, items: report.items });
    return report.items;
  }

  /** The first publishDiagnostics for `uri` at `version` or later. */
  waitForPublished(uri: string, version: number, timeoutMs: number): Promise<Published> {
    return this.lsp.waitFor(
      `diagnostics for ${path.basename(uri)} v${version}`,
      () => {
        const params = this.lsp.published.get(uri);
        if (!params || (params.version ?? 0) < version) return undefined;
        return { version: params.version, diagnostics: params.diagnostics, at: this.lsp.publishedAt.get(uri)! };
      },
      timeoutMs,
    );
  }

  /** Peak and current RSS of the server process, from /proc (Linux). */
  memory(): Memory {
    const status = fs.readFileSync(`/proc/${this.lsp.child.pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? Number.NaN);
    return { peakMb: kb('VmHWM') / 1024, rssMb: kb('VmRSS') / 1024 };
  }

  /** shutdown + exit; kills the process if it does not end within a few seconds. */
  async stop(): Promise<void> {
    const { child } = this.lsp;
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const timer = setTimeout(() => child.kill(), 5000);
    try {
      await this.lsp.stop();
    } catch {
      this.lsp.kill();
    }
    await exited;
    clearTimeout(timer);
  }
}
