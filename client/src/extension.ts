// The VS Code side of Replylint, kept thin: it starts the language server,
// wires commands to it and shows the reply scorecard. All linting logic
// lives in the server (and the engine it calls).

import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  ExecuteCommandRequest,
  LanguageClient,
  RevealOutputChannelOn,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import {
  Commands,
  CreateConfigRequest,
  REPLY_FILES_GLOB,
  IGNORE_FILES_GLOB,
  readsXmlText,
  RuleDocsRequest,
  TEMPLATE_LANGUAGES,
  isTemplateName,
  inViewFolder,
  SERVER_EXEC_ARGV,
  type InitializationOptions,
  serverEnvironment,
  type ApplyFixAllArguments,
} from '../../server/src/lsp/protocol';
import { idleNoticeOnce } from './idle-notice';
import { createScorecardStatus } from './scorecard-status';
import { createWorkspaceLinter } from './workspace-lint';

let client: LanguageClient | undefined;

/**
 * Replies, JSON/YAML for macro exports and XML for TwiML phone prompts (other JSON, YAML and XML files get no
 * diagnostics). Opening an XML file activates Replylint (onLanguage:xml), so a TwiML file opened first is linted, but
 * starts no server unless it is TwiML (serverReads): a Java, Android or .NET project pays for a look at its root.
 * `po` is a gettext catalog as a gettext extension (mrorz.language-gettext) names it; without one it is plaintext.
 */
export const REPLY_LANGUAGES = ['markdown', 'plaintext', 'html', 'json', 'yaml', 'xml', 'po'];

/**
 * Replies, and mail template views on disk (Blade, Handlebars …: TEMPLATE_LANGUAGES): the server lints a view its
 * config's `include` names and tells the status item why another is not linted. PHP code gets nothing.
 */
export const DOCUMENT_SELECTOR = [
  ...REPLY_LANGUAGES.flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]),
  ...TEMPLATE_LANGUAGES.map((language) => ({ scheme: 'file', language })),
];

function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  // The language client adds `env` to the extension host's environment.
  const env = serverEnvironment(process.env);
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: SERVER_EXEC_ARGV, env } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6019'], env } },
  };
  // The server keeps its phrase tries from one start to the next in the extension's own storage, not its install folder.
  const initializationOptions: InitializationOptions = context.globalStorageUri.scheme === 'file' ? { cacheFolder: context.globalStorageUri.fsPath } : {};
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    initializationOptions,
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    middleware: {
      // The server's "Show documentation" opens a web page for any client; here the same text opens in a preview.
      executeCommand: (command, args, next): unknown =>
        command === Commands.showRuleDocs ? showRuleDocs(String(args[0]), args[1] as string | undefined) : next(command, args),
    },
    synchronize: {
      // Config and pack files: the server reloads and re-lints when they change. Reply files: a folder's
      // files tell the language of a file in it that does not tell its own (the server reads them again).
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/.replylint.{yaml,yml,json}'),
        vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml,json}'),
        vscode.workspace.createFileSystemWatcher(REPLY_FILES_GLOB),
        // .gitignore and .replylintignore: a folder's language leaves out the files they ignore, as the command line does.
        vscode.workspace.createFileSystemWatcher(IGNORE_FILES_GLOB),
      ],
    },
  };
  return new LanguageClient('replylint', 'Replylint', serverOptions, clientOptions);
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Replylint', { log: true });
  context.subscriptions.push(output);
  client = createClient(context, output);
  const noticeIdle = idleNoticeOnce(context.workspaceState, (fileName) => void showIdleNotice(fileName));
  // With no folder open there is nowhere to create a config: no notice.
  const scorecard = createScorecardStatus(
    () => client,
    (fileName) => {
      if (vscode.workspace.workspaceFolders?.length) noticeIdle(fileName);
    },
  );
  const workspaceLinter = createWorkspaceLinter(() => client);
  context.subscriptions.push(
    scorecard,
    workspaceLinter,
    vscode.commands.registerCommand('replylint.fixAll', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !client) return;
      const fixAll: ApplyFixAllArguments = { uri: editor.document.uri.toString() };
      await client.sendRequest(ExecuteCommandRequest.type, { command: Commands.applyFixAll, arguments: [fixAll] });
    }),
    vscode.commands.registerCommand(Commands.showScorecard, () => scorecard.show()),
    vscode.commands.registerCommand('replylint.lintWorkspace', () => workspaceLinter.run()),
    vscode.commands.registerCommand('replylint.createConfig', () => createConfig()),
    vscode.commands.registerCommand('replylint.restartServer', async () => {
      await client?.restart();
    }),
    vscode.commands.registerCommand('replylint.showOutput', () => output.show(true)),
    vscode.workspace.registerTextDocumentContentProvider(RULE_DOCS_SCHEME, { provideTextDocumentContent: (page) => ruleDocsPages.get(page.toString()) ?? '' }),
  );
  // Activated by an XML file that is no TwiML or a PHP file that is no mail view (or by anything else while only such
  // files are open): the server starts with the first document it reads, opened or edited into one (a new .xml given
  // its <Response>). A command that asks the server something starts it too (LanguageClient.sendRequest).
  const documents = vscode.workspace.textDocuments;
  const gated = (document: vscode.TextDocument) => document.languageId === 'xml' || TEMPLATE_LANGUAGES.includes(document.languageId);
  if (documents.some(serverReads) || !documents.some(gated)) {
    await client.start();
    return;
  }
  const startFor = (document: vscode.TextDocument) => {
    if (!serverReads(document)) return;
    for (const waiting of waitings) waiting.dispose();
    void client?.start();
  };
  const waitings = [vscode.workspace.onDidOpenTextDocument(startFor), vscode.workspace.onDidChangeTextDocument(({ document }) => startFor(document))];
  context.subscriptions.push(vscode.Disposable.from(...waitings));
}

/**
 * A document the server lints: of the selected languages, a template language's only when it is a mail view, XML only when it is TwiML or an Odoo data file (its root is
 * <Response>, <odoo> or <openerp>, looked for in the text's head, as the server looks: this runs at each edit of a
 * build file or SVG until the server starts).
 */
function serverReads(document: vscode.TextDocument): boolean {
  if (vscode.languages.match(DOCUMENT_SELECTOR, document) === 0) return false;
  if (TEMPLATE_LANGUAGES.includes(document.languageId)) {
    // A view by its name or folder (a PHP view told only by its text waits for the server to start for something else).
    const folder = vscode.workspace.getWorkspaceFolder(document.uri)?.uri.fsPath ?? path.dirname(document.uri.fsPath);
    return isTemplateName(document.uri.fsPath) || inViewFolder(document.uri.fsPath, folder);
  }
  if (document.languageId !== 'xml') return true;
  const length = document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
  return readsXmlText(length, (end) => document.getText(new vscode.Range(new vscode.Position(0, 0), document.positionAt(end))));
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

/** Rule pages live in their own scheme, outside the document selector: Replylint never lints its own docs. */
const RULE_DOCS_SCHEME = 'replylint-docs';
const ruleDocsPages = new Map<string, string>();

async function showRuleDocs(ruleId: string, documentUri: string | undefined): Promise<void> {
  if (!client) return;
  const uri = documentUri ?? vscode.window.activeTextEditor?.document.uri.toString();
  const markdown = await client.sendRequest(RuleDocsRequest, { ruleId, uri });
  const page = vscode.Uri.from({ scheme: RULE_DOCS_SCHEME, path: `/${ruleId}.md` });
  ruleDocsPages.set(page.toString(), markdown);
  await vscode.commands.executeCommand('markdown.showPreview', page);
}

/** The one notice of an idle workspace (idle-notice.ts): why the file gets no findings, and the way out. */
async function showIdleNotice(fileName: string): Promise<void> {
  const create = vscode.l10n.t('Create Configuration');
  const message = vscode.l10n.t(
    'Replylint is not checking {0}: no .replylint.yaml is in reach, so only drafts, reply folders and macro exports are checked.',
    fileName,
  );
  if ((await vscode.window.showInformationMessage(message, create)) === create) await createConfig();
}

async function createConfig(): Promise<void> {
  const folder =
    vscode.workspace.workspaceFolders?.length === 1
      ? vscode.workspace.workspaceFolders[0]
      : await vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Folder for .replylint.yaml') });
  if (!folder || !client) {
    if (!folder) void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder first: the config belongs in a workspace folder.'));
    return;
  }
  const result = await client.sendRequest(CreateConfigRequest, {
    folderUri: folder.uri.toString(),
  });
  if (result.error) {
    void vscode.window.showWarningMessage(result.error);
    return;
  }
  const config = result.written[0];
  if (config) await vscode.window.showTextDocument(vscode.Uri.parse(config));
}
