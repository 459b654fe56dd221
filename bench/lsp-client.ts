// A bare LSP client for the benchmark: spawns `node dist/server.js --stdio`,
// answers what the server asks (settings, registrations), and lets the bench
// time pushed diagnostics (publishDiagnostics) or pulled ones
// (textDocument/diagnostic), as VS Code, Neovim or Helix would get them.

import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  ConfigurationRequest,
  DiagnosticRefreshRequest,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  ExitNotification,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  WorkDoneProgressCreateRequest,
  createProtocolConnection,
  type Diagnostic,
  type ProtocolConnection,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { REPO_ROOT } from './workspace';

export const SERVER_BUNDLE = path.join(REPO_ROOT, 'dist', 'server.js');

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

export function fileUri(file: string): string {
  return new URL(`file://${file}`).href;
}

export class BenchLspClient {
  readonly documents = new Map<string, TextDocument>();
  private readonly published = new Map<string, Published>();
  private readonly waiters = new Set<() => void>();
  stderr = '';

  private constructor(
    readonly child: ChildProcess,
    readonly connection: ProtocolConnection,
    private readonly settings: Record<string, unknown>,
  ) {}

  /** Spawns the server and completes initialize/initialized. `spawnedAt` is when the process was started. */
  static async start(options: { pull: boolean; workspaceFolder: string; settings?: Record<string, unknown> }): Promise<{ client: BenchLspClient; spawnedAt: number }> {
    if (!fs.existsSync(SERVER_BUNDLE)) throw new Error(`${SERVER_BUNDLE} is missing: run npm run build`);
    const spawnedAt = performance.now();
    const child = spawn(process.execPath, [SERVER_BUNDLE, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new BenchLspClient(child, connection, options.settings ?? {});
    child.stderr!.on('data', (chunk: Buffer) => (client.stderr = (client.stderr + chunk.toString()).slice(-4000)));
    client.listen();
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: fileUri(options.workspaceFolder),
      workspaceFolders: [{ uri: fileUri(options.workspaceFolder), name: 'bench' }],
      capabilities: {
        textDocument: {
          synchronization: { didSave: true, dynamicRegistration: false },
          publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          ...(options.pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
        },
        workspace: { configuration: true, workspaceFolders: true, diagnostics: { refreshSupport: true } },
      },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return { client, spawnedAt };
  }

  private listen(): void {
    const { connection } = this;
    connection.onRequest(ConfigurationRequest.type, ({ items }) => items.map((item) => (item.section === 'replylint' ? this.settings : null)));
    connection.onRequest(RegistrationRequest.type, () => undefined);
    connection.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
    connection.onRequest(DiagnosticRefreshRequest.type, () => undefined);
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.set(params.uri, { version: params.version, diagnostics: params.diagnostics, at: performance.now() });
      for (const waiter of [...this.waiters]) waiter();
    });
  }

  async open(uri: string, languageId: string, text: string): Promise<TextDocument> {
    const document = TextDocument.create(uri, languageId, 1, text);
    this.documents.set(uri, document);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return document;
  }

  /** Sends an incremental change; returns the new version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<TextDocument> {
    const document = this.documents.get(uri)!;
    const updated = TextDocument.update(document, changes, document.version + 1);
    this.documents.set(uri, updated);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: updated.version }, contentChanges: changes });
    return updated;
  }

  /** textDocument/diagnostic for the current text. */
  async pull(uri: string): Promise<Diagnostic[]> {
    const report = await this.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
    return report.kind === 'full' ? report.items : [];
  }

  /** The first publishDiagnostics for `uri` at `version` or later. */
  waitForPublished(uri: string, version: number, timeoutMs: number): Promise<Published> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const published = this.published.get(uri);
        if (!published || (published.version ?? 0) < version) return;
        done();
        resolve(published);
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`no diagnostics for ${path.basename(uri)} v${version} within ${timeoutMs} ms. Server stderr: ${this.stderr.slice(-1000)}`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
      check();
    });
  }

  /** Peak and current RSS of the server process, from /proc (Linux). */
  memory(): Memory {
    const status = fs.readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? Number.NaN);
    return { peakMb: kb('VmHWM') / 1024, rssMb: kb('VmRSS') / 1024 };
  }

  /** shutdown + exit; kills the process if it does not end within a few seconds. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    const timer = setTimeout(() => this.child.kill(), 5000);
    try {
      await Promise.race([this.connection.sendRequest(ShutdownRequest.type), exited]);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      this.child.kill();
    }
    await exited;
    clearTimeout(timer);
    this.connection.dispose();
  }
}
