// A minimal LSP client for the tests and the benchmark: starts dist/server.js
// as a child process and speaks to it over stdio (or node IPC) the way an
// editor would.
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  ApplyWorkspaceEditRequest,
  CodeActionRequest,
  CodeActionResolveRequest,
  ConfigurationRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  DiagnosticRefreshRequest,
  DocumentDiagnosticRequest,
  ExitNotification,
  InitializeRequest,
  InitializedNotification,
  IPCMessageReader,
  IPCMessageWriter,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowDocumentRequest,
  ShowMessageNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  WorkDoneProgress,
  WorkDoneProgressCreateRequest,
  createProtocolConnection,
  type CodeAction,
  type CodeActionContext,
  type Diagnostic,
  type FileEvent,
  type InitializeResult,
  type LogMessageParams,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type ShowDocumentParams,
  type ShowMessageParams,
  type TextDocumentContentChangeEvent,
  type TextEdit,
  type WorkDoneProgressBegin,
  type WorkDoneProgressEnd,
  type WorkDoneProgressReport,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { SERVER_EXEC_ARGV, serverEnvironment, type InitializationOptions } from '../../server/src/lsp/protocol';
import { SERVER_BUNDLE } from './build';

export interface ClientOptions {
  /** Announce textDocument.diagnostic (pull); otherwise the server pushes. */
  pull?: boolean;
  /** Absolute path of the workspace folder, if any. */
  workspaceFolder?: string;
  /** What workspace/configuration answers for the `replylint` section. */
  settings?: Record<string, unknown>;
  transport?: 'stdio' | 'node-ipc';
  serverPath?: string;
  /** Announce window/showDocument (the editor opens a document with a selection). */
  showDocument?: boolean;
  /** The editor's display language sent in initialize (VS Code sends vscode.env.language). */
  locale?: string;
  /** Announce codeAction/resolve for edits, with `data` kept (as VS Code does); default true. */
  resolveCodeActions?: boolean;
  /** Announce window.workDoneProgress (as VS Code does): the server may report progress of its own work. */
  workDoneProgress?: boolean;
  /** What the client tells the server at start (VS Code: the folder it keeps its caches in). */
  initializationOptions?: InitializationOptions;
}

/** A work-done progress report from the server, and how many diagnostics had been published when it came. */
export interface ProgressEvent {
  value: WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd;
  publishedBefore: number;
}

/** Default time a test waits for the server to report something. */
export const WAIT_MS = 10000;

export interface Memory {
  /** Peak resident set size (VmHWM), MB. */
  peakMb: number;
  /** Current resident set size (VmRSS), MB. */
  rssMb: number;
}

export class LspTestClient {
  readonly published = new Map<string, PublishDiagnosticsParams>();
  private readonly publishCounts = new Map<string, number>();
  readonly messages: ShowMessageParams[] = [];
  /** window/showDocument requests, when the client announced them. */
  readonly shownDocuments: ShowDocumentParams[] = [];
  readonly logs: LogMessageParams[] = [];
  /** Work-done progress reports, when the client announced them. */
  readonly progress: ProgressEvent[] = [];
  readonly documents = new Map<string, TextDocument>();
  refreshRequests = 0;
  settings: Record<string, unknown>;
  initializeResult: InitializeResult | undefined;
  stderr = '';
  private readonly listeners = new Set<() => void>();

  private constructor(
    readonly child: ChildProcess,
    readonly connection: ProtocolConnection,
    settings: Record<string, unknown>,
  ) {
    this.settings = settings;
  }

  static async start(options: ClientOptions = {}): Promise<LspTestClient> {
    const serverPath = options.serverPath ?? SERVER_BUNDLE;
    if (!fs.existsSync(serverPath)) throw new Error(`${serverPath} is missing: run npm run build`);
    const transport = options.transport ?? 'stdio';
    // Started as the editor starts it (SERVER_EXEC_ARGV, SERVER_ENV), so tests and the benchmark measure what users run.
    const child = spawn(process.execPath, [...SERVER_EXEC_ARGV, serverPath, `--${transport}`], {
      env: { ...process.env, ...serverEnvironment(process.env) },
      stdio: transport === 'stdio' ? ['pipe', 'pipe', 'pipe'] : ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    const connection =
      transport === 'stdio'
        ? createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!))
        : createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    const client = new LspTestClient(child, connection, options.settings ?? {});
    child.stderr!.on('data', (chunk: Buffer) => (client.stderr += chunk.toString()));
    // A crashed server must fail the test at once, not at its timeout.
    child.once('exit', () => {
      connection.dispose();
      client.changed();
    });
    client.listen();
    connection.listen();
    const folder = options.workspaceFolder;
    client.initializeResult = await client.initialize(
      options.pull === true,
      folder,
      options.showDocument === true,
      options.locale,
      options.resolveCodeActions !== false,
      options.workDoneProgress === true,
      options.initializationOptions,
    );
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  private async initialize(
    pull: boolean,
    folder: string | undefined,
    showDocument: boolean,
    locale: string | undefined,
    resolveCodeActions: boolean,
    workDoneProgress: boolean,
    initializationOptions: InitializationOptions | undefined,
  ): Promise<InitializeResult> {
    try {
      return await this.connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: null,
        ...(locale ? { locale } : {}),
        workspaceFolders: folder ? [{ uri: fileUri(folder), name: 'workspace' }] : null,
        ...(initializationOptions ? { initializationOptions } : {}),
        capabilities: {
          textDocument: {
            synchronization: { didSave: true },
            publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
            codeAction: {
              codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
              isPreferredSupport: true,
              ...(resolveCodeActions ? { dataSupport: true, resolveSupport: { properties: ['edit'] } } : {}),
            },
            hover: { contentFormat: ['markdown', 'plaintext'] },
            codeLens: {},
            ...(pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
          },
          workspace: {
            configuration: true,
            workspaceFolders: true,
            applyEdit: true,
            workspaceEdit: { documentChanges: true },
            didChangeWatchedFiles: { dynamicRegistration: true },
            didChangeConfiguration: { dynamicRegistration: true },
            diagnostics: { refreshSupport: true },
          },
          window: { ...(showDocument ? { showDocument: { support: true } } : {}), ...(workDoneProgress ? { workDoneProgress: true } : {}) },
        },
      });
    } catch (error) {
      throw new Error(`initialize failed: ${(error as Error).message}\nServer stderr:\n${this.stderr}`, { cause: error });
    }
  }

  private listen(): void {
    const { connection } = this;
    connection.onRequest(ConfigurationRequest.type, ({ items }) => items.map((item) => (item.section === 'replylint' ? this.settings : null)));
    connection.onRequest(RegistrationRequest.type, () => undefined);
    connection.onRequest(DiagnosticRefreshRequest.type, () => {
      this.refreshRequests++;
      this.changed();
    });
    connection.onRequest(ApplyWorkspaceEditRequest.type, async ({ edit }) => {
      for (const [uri, edits] of editsByUri(edit)) {
        const document = this.documents.get(uri);
        if (!document) return { applied: false, failureReason: `${uri} is not open` };
        await this.change(uri, [{ text: TextDocument.applyEdits(document, edits) }]);
      }
      return { applied: true };
    });
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.set(params.uri, params);
      this.publishCounts.set(params.uri, this.publishCount(params.uri) + 1);
      this.changed();
    });
    connection.onRequest(ShowDocumentRequest.type, (params) => {
      this.shownDocuments.push(params);
      this.changed();
      return { success: true };
    });
    connection.onNotification(ShowMessageNotification.type, (params) => {
      this.messages.push(params);
      this.changed();
    });
    connection.onRequest(WorkDoneProgressCreateRequest.type, ({ token }) => {
      connection.onProgress(WorkDoneProgress.type, token, (value) => {
        const publishedBefore = [...this.publishCounts.values()].reduce((sum, count) => sum + count, 0);
        this.progress.push({ value, publishedBefore });
        this.changed();
      });
    });
    connection.onNotification(LogMessageNotification.type, (params) => {
      this.logs.push(params);
    });
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  publishCount(uri: string): number {
    return this.publishCounts.get(uri) ?? 0;
  }

  /** Resolves once `check` returns a value other than undefined; re-checked on every server message. */
  waitFor<T>(what: string, check: () => T | undefined, timeoutMs = WAIT_MS): Promise<T> {
    return new Promise((resolve, reject) => {
      const attempt = () => {
        if (this.child.exitCode !== null || this.child.signalCode !== null) {
          done();
          reject(new Error(`The server exited while waiting for ${what}.\nServer stderr:\n${this.stderr}`));
          return;
        }
        const value = check();
        if (value === undefined) return;
        done();
        resolve(value);
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.\nServer stderr:\n${this.stderr}`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.listeners.delete(attempt);
      };
      this.listeners.add(attempt);
      attempt();
    });
  }

  /** The pushed diagnostics for the document's current version (or any, when it is not open). */
  waitForPublished(uri: string, accept: (diagnostics: Diagnostic[]) => boolean = () => true, timeoutMs?: number): Promise<Diagnostic[]> {
    return this.waitFor(
      `diagnostics for ${uri}`,
      () => {
        const params = this.published.get(uri);
        const document = this.documents.get(uri);
        if (!params || (document && params.version !== document.version)) return undefined;
        return accept(params.diagnostics) ? params.diagnostics : undefined;
      },
      timeoutMs,
    );
  }

  async open(uri: string, languageId: string, text: string): Promise<TextDocument> {
    const document = TextDocument.create(uri, languageId, 1, text);
    this.documents.set(uri, document);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return document;
  }

  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<TextDocument> {
    const document = this.documents.get(uri)!;
    const updated = TextDocument.update(document, changes, document.version + 1);
    this.documents.set(uri, updated);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: updated.version },
      contentChanges: changes,
    });
    return updated;
  }

  async save(uri: string): Promise<void> {
    await this.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
  }

  async close(uri: string): Promise<void> {
    this.documents.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async changeSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { replylint: settings } });
  }

  async filesChanged(changes: FileEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  /** textDocument/diagnostic; fails unless the report is a full one. */
  async pull(uri: string, previousResultId?: string): Promise<{ resultId: string | undefined; items: Diagnostic[] }> {
    const report = await this.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId });
    if (report.kind !== 'full') throw new Error(`Expected a full diagnostic report, got ${report.kind}.`);
    return { resultId: report.resultId, items: report.items };
  }

  /** The last full report per document, as VS Code keeps it to send its resultId along. */
  private readonly lastReports = new Map<string, { resultId: string | undefined; items: Diagnostic[] }>();

  /** textDocument/diagnostic as VS Code sends it: naming the last result, keeping it when the answer is "unchanged". */
  async pullAsEditor(uri: string): Promise<Diagnostic[]> {
    const last = this.lastReports.get(uri);
    const report = await this.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId: last?.resultId });
    if (report.kind === 'unchanged' && last) return last.items;
    if (report.kind !== 'full') throw new Error(`Unexpected ${report.kind} report with no earlier result.`);
    this.lastReports.set(uri, { resultId: report.resultId, items: report.items });
    return report.items;
  }

  async codeActions(uri: string, range: Range, context: CodeActionContext): Promise<CodeAction[]> {
    const actions = await this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context });
    return (actions ?? []).map((action) => {
      if (!('kind' in action) && 'command' in action && typeof action.command === 'string') throw new Error('Expected code actions, got a bare command.');
      return action as CodeAction;
    });
  }

  /** A code action with its edit, as an editor asks for it when the action is chosen (codeAction/resolve). */
  resolveCodeAction(action: CodeAction): Promise<CodeAction> {
    return this.connection.sendRequest(CodeActionResolveRequest.type, action);
  }

  /** The text of an open document after applying a workspace edit to it (the document itself is unchanged). */
  textAfter(uri: string, edit: WorkspaceEdit | undefined): string {
    const document = this.documents.get(uri)!;
    const edits = editsByUri(edit ?? {}).get(uri) ?? [];
    return TextDocument.applyEdits(document, edits);
  }

  /** Peak and current RSS of the server process, from /proc (Linux). */
  memory(): Memory {
    const status = fs.readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? Number.NaN);
    return { peakMb: kb('VmHWM') / 1024, rssMb: kb('VmRSS') / 1024 };
  }

  /**
   * shutdown + exit, then waits for the process to end; resolves with its exit
   * code (null when it had to be killed: no answer, or not gone within 5 s).
   */
  async stop(): Promise<number | null> {
    const { child } = this;
    if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const timer = setTimeout(() => child.kill(), 5000);
    try {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      this.kill();
    }
    const code = await exited;
    clearTimeout(timer);
    this.connection.dispose();
    return code;
  }

  /** Last resort for a failed test: ends this test's own server process. */
  kill(): void {
    this.connection.dispose();
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill();
  }
}

/** A diagnostic's message as text (LSP 3.18 also allows Markdown content there). */
export function messageText(diagnostic: Diagnostic): string {
  return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

export function fileUri(filePath: string): string {
  return new URL(`file://${filePath.split('\\').join('/')}`).href;
}

/** The text edits of a workspace edit per document, from `changes` or `documentChanges`. */
export function editsByUri(edit: WorkspaceEdit): Map<string, TextEdit[]> {
  const byUri = new Map<string, TextEdit[]>();
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) byUri.set(uri, [...(byUri.get(uri) ?? []), ...edits]);
  for (const change of edit.documentChanges ?? []) {
    if (!('textDocument' in change)) throw new Error(`Unexpected resource operation ${change.kind}.`);
    const edits = change.edits.map((item) => {
      if (!('newText' in item)) throw new Error('Unexpected snippet edit.');
      return { range: item.range, newText: item.newText };
    });
    byUri.set(change.textDocument.uri, [...(byUri.get(change.textDocument.uri) ?? []), ...edits]);
  }
  return byUri;
}
