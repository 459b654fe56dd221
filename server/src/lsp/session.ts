// One client session: builds the services from the client's capabilities and
// routes LSP messages to them. Document features all lint through
// DocumentLinter, so they agree with each other and with the diagnostics.

import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  MarkupKind,
  MessageType,
  ShowMessageNotification,
  type MarkupContent,
  TextDocumentSyncKind,
  WorkDoneProgress,
  WorkDoneProgressCreateRequest,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type TextDocuments,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigError, ResolvedConfig } from '../engine/config/project-config';
import { readTextFile } from '../engine/io/files';
import { lint, type LintOptions } from '../engine/linter';
import { renderMessage, type CatalogText } from '../engine/messages';
import { DEFAULT_LANGUAGE } from '../engine/rules/pack';
import type { LintResult } from '../engine/types';
import { codeActionsFor, fixAllTextEdits, mayOfferFixAll, resolveFixAll, unresolvedFixAll, type FixAllData } from './code-actions';
import { WorkspaceConfigs } from './workspace-configs';
import { ConfigProblemPublisher } from './config-problems';
import { DiagnosticReports } from './diagnostic-reports';
import { DocumentLinter } from './document-linter';
import { hoverAt } from './hover';
import { IdleCollector } from './idle-collector';
import { LintScheduler } from './lint-scheduler';
import { documentIncludes } from './piece-document';
import { COMPLETION_TRIGGERS, dialectOf, placeholderCompletions, placeholderHover } from './placeholder-help';
import {
  Commands,
  CreateConfigRequest,
  REPLY_FILES_GLOB,
  IGNORE_FILES_GLOB,
  DIAGNOSTIC_SOURCE,
  FIX_ALL_KIND,
  LintFilesRequest,
  LintStateRequest,
  type LintState,
  ViewNoteRequest,
  type ViewNote,
  RuleDocsRequest,
  ScorecardRequest,
  type ApplyFixAllArguments,
  type FillInArguments,
} from './protocol';
import { scorecardAt, scorecardLenses } from './scorecard';
import { SettingsStore, type ReplylintSettings } from './settings';
import { WorkspaceEditBuilder } from './workspace-edits';
import { WorkspaceFolders, filePathOf } from './workspace-folders';
import { createConfig, lintFiles, ruleDocs } from './workspace-requests';
import { FilingHints } from './filing-hints';

const LINT_DELAY_MS = 150;

interface LintedDocument {
  document: TextDocument;
  result: LintResult;
  config: ResolvedConfig;
  /** The options it was linted with: the config's, with the editor's settings applied. */
  options: LintOptions;
  fileName: string;
  /** The editor's settings it was linted with (read before the text, so nothing waits between the lint and an edit built from it). */
  settings: ReplylintSettings;
}

/** Lints another text of a linted document the same way (no cache: the document's own stays as it is). */
function relintOf(linted: LintedDocument): (text: string) => LintResult {
  return (text) => lint({ text, fileName: linted.fileName, languageId: linted.document.languageId }, linted.options);
}

/** A fix-all action's `data` as the client sent it back, if it is one. */
function fixAllDataOf(data: unknown): FixAllData | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { uri, ruleId } = data as Record<string, unknown>;
  if (typeof uri !== 'string' || (ruleId !== undefined && typeof ruleId !== 'string')) return undefined;
  return { uri, ...(ruleId === undefined ? {} : { ruleId }) };
}

export class ReplylintSession {
  private readonly capabilities: InitializeParams['capabilities'];
  /** The editor's display language ("pl" of pl-PL), for messages about no reply in particular. */
  private readonly editorLanguage: string;
  private readonly folders = new WorkspaceFolders();
  private readonly settings: SettingsStore;
  private readonly configs: WorkspaceConfigs;
  private readonly linter: DocumentLinter;
  private readonly reports: DiagnosticReports;
  private readonly scheduler: LintScheduler;
  private readonly edits: WorkspaceEditBuilder;
  /** Frees dropped versions of big documents once typing stops, and the message of a big one before its first lint (idle-collector.ts). */
  private readonly collector = new IdleCollector();
  /** Tells once a session when a folder's replies look filed under the wrong kind, as the CLI tells once a run. */
  private readonly filingHints: FilingHints;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    params: InitializeParams,
  ) {
    this.capabilities = params.capabilities;
    this.editorLanguage = params.locale?.split(/[-_]/)[0]?.toLowerCase() || DEFAULT_LANGUAGE;
    const workspace = this.capabilities.workspace;
    this.folders.set(params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []));
    this.settings = new SettingsStore(connection, workspace?.configuration === true);
    const configProblems = new ConfigProblemPublisher(connection);
    this.filingHints = new FilingHints(this.editorLanguage, (message) => this.background(this.notify(MessageType.Info, message)));
    this.configs = new WorkspaceConfigs({
      problemsChanged: (problems) => configProblems.publish(problems),
      broke: (error, file, usingLastGood) => this.reportBrokenConfig(error, file, usingLastGood),
    });
    this.linter = new DocumentLinter({
      documents,
      settings: this.settings,
      configs: this.configs,
      folders: this.folders,
      logError: (message) => connection.console.error(message),
      logWarning: (message) => connection.console.warn(message),
      dropped: (length) => this.collector.linted(length),
      opening: (length) => this.collector.opening(length),
      folderLanguageChanged: (folder) => this.folderLanguageChanged(folder),
      linted: (uri, result) => this.filingHints.linted(uri, result),
      editorLanguage: this.editorLanguage,
      ...(this.capabilities.window?.workDoneProgress ? { longFirstLint: (uri: string) => this.firstLintProgress(uri) } : {}),
    });
    const pull = this.capabilities.textDocument?.diagnostic !== undefined;
    this.reports = new DiagnosticReports(connection, this.linter, pull ? 'pull' : 'push', workspace?.diagnostics?.refreshSupport === true);
    this.scheduler = new LintScheduler(LINT_DELAY_MS, (uri) => this.background(this.lintAfterTyping(uri)));
    this.edits = new WorkspaceEditBuilder(workspace?.workspaceEdit?.documentChanges === true);
  }

  /** Registers every handler; returns the initialize result. */
  start(): InitializeResult {
    this.listenToDocuments();
    this.listenToWorkspace();
    this.listenToFeatures();
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: this.resolvesCodeActionEdits() },
        hoverProvider: true,
        completionProvider: { triggerCharacters: COMPLETION_TRIGGERS },
        codeLensProvider: { resolveProvider: false },
        executeCommandProvider: { commands: [Commands.applyFixAll, Commands.showRuleDocs, Commands.fillIn] },
        ...(this.reports.mode === 'pull'
          ? { diagnosticProvider: { identifier: DIAGNOSTIC_SOURCE, interFileDependencies: false, workspaceDiagnostics: false } }
          : {}),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'replylint' },
    };
  }

  private listenToDocuments(): void {
    const { documents } = this;
    documents.onDidOpen(({ document }) => {
      // Pull clients ask for diagnostics themselves right after opening.
      if (this.reports.mode === 'push') this.background(this.reports.update(document.uri));
    });
    documents.onDidChangeContent(({ document }) => {
      if (this.reports.mode === 'push') this.scheduler.schedule(document.uri);
    });
    documents.onDidSave(({ document }) => this.background(this.lintAfterSaving(document.uri)));
    documents.onDidClose(({ document }) => {
      this.scheduler.cancel(document.uri);
      this.linter.forget(document.uri);
      this.settings.forget(document.uri);
      this.background(this.reports.clear(document.uri));
    });
  }

  private listenToWorkspace(): void {
    const { connection } = this;
    const workspace = this.capabilities.workspace;
    connection.onInitialized(() => {
      // The output channel's first line: after "Restart Server" the last one was the old server's exit.
      connection.console.info(`Replylint language server started (process ${process.pid}).`);
      if (workspace?.didChangeWatchedFiles?.dynamicRegistration) {
        this.background(
          connection.client.register(DidChangeWatchedFilesNotification.type, {
            // Reply files too: a folder's language comes from its files (folder-languages.ts).
            watchers: [
              { globPattern: '**/.replylint.{yaml,yml,json}' },
              { globPattern: '**/*.{yaml,yml,json}' },
              { globPattern: REPLY_FILES_GLOB },
              { globPattern: IGNORE_FILES_GLOB },
            ],
          }),
        );
      }
      if (workspace?.didChangeConfiguration?.dynamicRegistration) {
        this.background(connection.client.register(DidChangeConfigurationNotification.type, { section: 'replylint' }));
      }
      if (workspace?.workspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders(({ added, removed }) => {
          this.folders.change(added, removed);
          this.configsChanged();
        });
      }
    });
    connection.onDidChangeConfiguration(({ settings }) => {
      this.settings.reset((settings as { replylint?: unknown } | null)?.replylint);
      this.configsChanged();
    });
    connection.onDidChangeWatchedFiles(({ changes }) => {
      const filePaths = changes.map(({ uri }) => filePathOf(uri)).filter((filePath) => filePath !== undefined);
      // Macro exports are YAML and JSON too; only files a config was read from matter to the configs.
      if (filePaths.some((filePath) => this.configs.isDependency(filePath))) this.configsChanged();
      // A reply file's folder is read again for its language (and its documents linted again when it changed).
      else this.linter.filesChanged(filePaths);
    });
  }

  private listenToFeatures(): void {
    const { connection } = this;
    if (this.reports.mode === 'pull') {
      connection.languages.diagnostics.on(({ textDocument, previousResultId }) => this.reports.pull(textDocument.uri, previousResultId));
    }
    connection.onCodeAction(async ({ textDocument, context }) => {
      const linted = await this.linted(textDocument.uri);
      if (!linted) return [];
      const canSelect = this.capabilities.window?.showDocument?.support === true;
      // Only when this request may offer fix-all: VS Code asks for code actions at the cursor after each pause in typing.
      const refusal = mayOfferFixAll(context, linted.result) ? this.fixAllRefusal(linted) : undefined;
      const refuseFixAll = refusal === undefined ? undefined : () => this.background(this.notify(MessageType.Warning, refusal));
      return codeActionsFor({
        document: linted.document,
        result: linted.result,
        context,
        edits: this.edits,
        relint: relintOf(linted),
        editorLanguage: this.editorLanguage,
        resolvesEdits: this.resolvesCodeActionEdits(),
        canSelect,
        refuseFixAll,
      });
    });
    connection.onCodeActionResolve(async (action) => {
      const data = fixAllDataOf(action.data);
      if (!data) return action;
      // The document may have changed since the action was listed: the edit is built from its text now, with
      // nothing awaited between that lint and the edit, so the edit's version is the version it was built from.
      const linted = await this.linted(data.uri);
      if (!linted) return unresolvedFixAll(action, renderMessage(this.editorLanguage, 'action.documentClosed'));
      const refusal = this.fixAllRefusal(linted);
      if (refusal !== undefined) {
        this.background(this.notify(MessageType.Warning, refusal));
        return unresolvedFixAll(action, refusal);
      }
      return resolveFixAll(action, data, {
        document: linted.document,
        result: linted.result,
        edits: this.edits,
        relint: relintOf(linted),
        editorLanguage: this.editorLanguage,
      });
    });
    connection.onHover(async ({ textDocument, position }) => {
      const linted = await this.linted(textDocument.uri);
      if (!linted) return null;
      const dialect = dialectOf(linted.result, linted.options);
      const placeholder = this.linter.placeholderAt(linted.document, linted.document.offsetAt(position));
      // A finding explains itself first; the placeholder under the cursor after it.
      const parts = [hoverAt(linted.document, linted.result, linted.config, position), placeholderHover(linted.document, placeholder, dialect)].filter(
        (hover) => hover !== null,
      );
      if (parts.length === 0) return null;
      return {
        contents: { kind: MarkupKind.Markdown, value: parts.map((hover) => (hover.contents as MarkupContent).value).join('\n\n---\n\n') },
        range: parts[0]!.range,
      };
    });
    connection.onCompletion(async ({ textDocument, position }) => {
      const linted = await this.linted(textDocument.uri);
      if (!linted) return [];
      return placeholderCompletions(linted.document, position, dialectOf(linted.result, linted.options));
    });
    connection.onCodeLens(async ({ textDocument }) => {
      const linted = await this.linted(textDocument.uri);
      return linted ? scorecardLenses(linted.document, linted.result) : [];
    });
    connection.onRequest(ScorecardRequest, async ({ uri, position }) => {
      const linted = await this.linted(uri);
      return linted ? scorecardAt(linted.document, linted.result, position) : null;
    });
    connection.onRequest(LintStateRequest, async ({ uri }): Promise<LintState> => {
      const kind = (await this.linter.current(uri))?.outcome.kind;
      return kind === 'idle' || kind === 'view' ? kind : kind === 'disabled' || kind === undefined ? 'off' : 'linting';
    });
    connection.onRequest(ViewNoteRequest, async ({ uri }): Promise<ViewNote | null> => {
      const outcome = (await this.linter.current(uri))?.outcome;
      if (outcome?.kind !== 'view') return null;
      return {
        detail: outcome.detail,
        message: outcome.message,
        include: outcome.include,
        ...(outcome.config !== undefined ? { config: pathToFileURL(outcome.config).toString() } : {}),
      };
    });
    connection.onRequest(LintFilesRequest, async ({ uris, more }, token) => {
      this.filingHints.hold();
      try {
        return await lintFiles(
          uris,
          (uri) => this.linter.lintFile(uri),
          () => token.isCancellationRequested,
        );
      } finally {
        if (!more) this.filingHints.release();
      }
    });
    connection.onRequest(RuleDocsRequest, async ({ ruleId, uri }) => ruleDocs(ruleId, await this.configForDocs(uri), this.editorLanguage).markdown);
    connection.onRequest(CreateConfigRequest, ({ folderUri }) => createConfig(folderUri, this.editorLanguage));
    connection.onExecuteCommand(async ({ command, arguments: args }) => {
      if (command === Commands.showRuleDocs) return this.showRuleDocs(String(args?.[0]), typeof args?.[1] === 'string' ? args[1] : undefined);
      if (command === Commands.fillIn) {
        const { uri, range } = (args?.[0] ?? {}) as Partial<FillInArguments>;
        return uri && range ? (await connection.window.showDocument({ uri, selection: range, takeFocus: true })).success : false;
      }
      if (command !== Commands.applyFixAll) return null;
      const { uri } = (args?.[0] ?? {}) as Partial<ApplyFixAllArguments>;
      return uri ? this.applyFixAll(uri) : null;
    });
    connection.onShutdown(() => {
      this.linter.dispose();
      this.scheduler.dispose();
      this.collector.dispose();
    });
  }

  /** The client asks for a code action's edit when it is chosen, and keeps the action's `data` until then (VS Code does). */
  private resolvesCodeActionEdits(): boolean {
    const codeAction = this.capabilities.textDocument?.codeAction;
    return codeAction?.dataSupport === true && codeAction.resolveSupport?.properties.includes('edit') === true;
  }

  private async lintAfterTyping(uri: string): Promise<void> {
    if ((await this.settings.get(uri)).run === 'onType') await this.reports.update(uri);
  }

  private async lintAfterSaving(uri: string): Promise<void> {
    if ((await this.settings.get(uri)).run !== 'onSave') return;
    await this.reports.update(uri);
    await this.reports.refreshClient();
  }

  /** Settings, config files or folders changed: every open document is linted again. */
  private configsChanged(): void {
    this.configs.invalidate();
    this.linter.invalidateAll();
    this.background(
      (async () => {
        for (const document of this.documents.all()) await this.reports.update(document.uri);
        await this.reports.refreshClient();
      })(),
    );
  }

  /** A folder's language is known or changed: its open documents are linted and reported again. */
  private folderLanguageChanged(folder: string): void {
    this.background(
      (async () => {
        for (const document of this.documents.all()) {
          const filePath = filePathOf(document.uri);
          if (filePath === undefined || path.dirname(filePath) !== folder) continue;
          this.linter.invalidate(document.uri);
          await this.reports.update(document.uri);
        }
        await this.reports.refreshClient();
      })(),
    );
  }

  /** The config a rule's documentation is read from: the document's, else the first folder's. */
  private async configForDocs(uri: string | undefined): Promise<ResolvedConfig> {
    const linted = uri ? await this.linted(uri) : undefined;
    const folder = this.folders.first;
    return linted?.config ?? this.configs.configFor({ filePath: undefined, dir: folder, configFile: undefined, language: undefined, workspaceRoot: folder });
  }

  /** "Show documentation" for any LSP client: opens the rule's page, or says where it is; returns the Markdown. */
  private async showRuleDocs(ruleId: string, uri: string | undefined): Promise<string> {
    const docs = ruleDocs(ruleId, await this.configForDocs(uri), this.editorLanguage);
    if (docs.url && this.capabilities.window?.showDocument?.support) {
      await this.connection.window.showDocument({ uri: docs.url, external: true });
    } else {
      await this.notify(MessageType.Info, renderMessage(this.editorLanguage, 'window.ruleDocs', { rule: ruleId, docs: docs.url ?? docs.summary }));
    }
    return docs.markdown;
  }

  private async linted(uri: string): Promise<LintedDocument | undefined> {
    const snapshot = await this.linter.current(uri);
    if (snapshot?.outcome.kind !== 'linted') return undefined;
    const { result, config, options, fileName } = snapshot.outcome;
    return { document: snapshot.document, result, config, options, fileName, settings: snapshot.settings };
  }

  /**
   * Why fix-all must leave a document alone: its file is not valid in its
   * encoding (UTF-8, or UTF-16 with a byte-order mark: the message names it, as
   * the CLI's refusal does), the editor shows each invalid byte as U+FFFD, and
   * saving the fixed text would write U+FFFD over those bytes. Undefined when
   * fix-all may run.
   */
  private fixAllRefusal({ document, settings }: LintedDocument): CatalogText | undefined {
    const filePath = filePathOf(document.uri);
    if (!filePath || !documentIncludes(document, '\ufffd')) return undefined;
    const read = readTextFile(filePath, settings.maxFileSize, 'replylint.maxFileSize');
    if (!('valid' in read) || read.valid) return undefined;
    return renderMessage(this.editorLanguage, 'window.notFixedNotUtf8', { file: path.basename(filePath), encoding: read.encoding.toUpperCase() });
  }

  /**
   * The one way the server shows a message in the editor's window: catalog text only, rendered in the editor's display
   * language. A plain window/showMessage: showWarningMessage() sends a request that clients without actions may reject.
   */
  private notify(type: MessageType, message: CatalogText): Promise<void> {
    return this.connection.sendNotification(ShowMessageNotification.type, { type, message });
  }

  private async applyFixAll(uri: string): Promise<boolean> {
    const linted = await this.linted(uri);
    const refusal = linted && this.fixAllRefusal(linted);
    if (refusal) {
      await this.notify(MessageType.Warning, refusal);
      return false;
    }
    // Asked from the palette: saying nothing would look like a command that did not run.
    const file = path.basename(filePathOf(uri) ?? decodeURIComponent(uri));
    if (!linted) {
      await this.notify(MessageType.Info, renderMessage(this.editorLanguage, 'window.fixAllNotLinted', { file }));
      return false;
    }
    const edits = fixAllTextEdits(linted.document, linted.result, relintOf(linted));
    if (!edits) {
      const id = linted.result.findings.length === 0 ? 'window.fixAllClean' : 'window.fixAllNoFixes';
      await this.notify(MessageType.Info, renderMessage(this.editorLanguage, id, { file }));
      return false;
    }
    const { applied } = await this.connection.workspace.applyEdit({
      label: renderMessage(linted.result.units[0]?.language ?? DEFAULT_LANGUAGE, 'action.fixAll'),
      edit: this.edits.build(linted.document, edits),
    });
    return applied;
  }

  private reportBrokenConfig(error: ConfigError, file: string | undefined, usingLastGood: boolean): void {
    const fallback = usingLastGood ? 'the last good configuration' : 'the built-in defaults';
    this.connection.console.warn(`Replylint configuration problems (using ${fallback}):\n${error.message}`);
    // Someone typing in the config (auto-save writing a half-typed line) sees its problems underlined right there.
    const broken = new Set(error.problems.map((problem) => problem.file));
    if (this.documents.all().some((document) => broken.has(filePathOf(document.uri) ?? ''))) return;
    this.background(
      this.notify(
        MessageType.Warning,
        renderMessage(this.editorLanguage, usingLastGood ? 'window.configBroken.lastGood' : 'window.configBroken.defaults', {
          file: file ?? renderMessage(this.editorLanguage, 'window.configUnnamed'),
          problems: renderMessage(this.editorLanguage, 'cli.problems', { count: error.problems.length }),
        }),
      ),
    );
  }

  /**
   * Tells the editor a long first lint has begun (window/workDoneProgress, in its display language), and waits until
   * the begin is written: the lint then holds the server's thread. Resolves with what ends the report; never rejects.
   */
  private async firstLintProgress(uri: string): Promise<() => void> {
    const token = randomUUID();
    try {
      await this.connection.sendRequest(WorkDoneProgressCreateRequest.type, { token });
      const file = path.basename(filePathOf(uri) ?? decodeURIComponent(uri));
      await this.connection.sendProgress(WorkDoneProgress.type, token, {
        kind: 'begin',
        title: 'Replylint',
        message: renderMessage(this.editorLanguage, 'progress.firstLint', { file }),
      });
    } catch (error) {
      this.connection.console.warn(`Replylint: no progress report: ${error instanceof Error ? error.message : String(error)}`);
      return () => {};
    }
    return () => this.background(this.connection.sendProgress(WorkDoneProgress.type, token, { kind: 'end' }));
  }

  /** Notification handlers run detached; a failure is logged, never an unhandled rejection. */
  private background(work: Promise<unknown>): void {
    work.catch((error: unknown) => this.connection.console.error(`Replylint: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
  }
}
