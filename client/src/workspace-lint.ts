// "Lint workspace": every reply file into the Problems panel, with progress.
// The server reads and lints the files; the client only batches and shows.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { LintFilesRequest } from '../../server/src/lsp/protocol';

const BATCH = 50;

export interface WorkspaceLinter extends vscode.Disposable {
  run(): Promise<void>;
}

export function createWorkspaceLinter(getClient: () => LanguageClient | undefined): WorkspaceLinter {
  const collection = vscode.languages.createDiagnosticCollection('replylint-workspace');
  // Open documents get live diagnostics from the server; drop their snapshot.
  const onOpen = vscode.workspace.onDidOpenTextDocument((document) => collection.delete(document.uri));
  return {
    run: async () => {
      const client = getClient();
      if (client) await lintWorkspace(client, collection);
    },
    dispose() {
      onOpen.dispose();
      collection.dispose();
    },
  };
}

async function lintWorkspace(client: LanguageClient, collection: vscode.DiagnosticCollection): Promise<void> {
  // JSON and YAML: the server reports only macro exports, as the CLI does.
  const files = await vscode.workspace.findFiles('**/*.{md,markdown,txt,html,htm,json,yaml,yml}', '{**/node_modules/**,**/.git/**}');
  const open = new Set(vscode.workspace.textDocuments.map((document) => document.uri.toString()));
  const pending = files.filter((uri) => !open.has(uri.toString()));
  collection.clear();
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Replylint: linting workspace'), cancellable: true },
    async (progress, token) => {
      for (let index = 0; index < pending.length && !token.isCancellationRequested; index += BATCH) {
        const batch = pending.slice(index, index + BATCH);
        progress.report({ message: vscode.l10n.t('{0} of {1} files', index + batch.length, pending.length), increment: (batch.length / pending.length) * 100 });
        const results = await client.sendRequest(LintFilesRequest, { uris: batch.map((uri) => uri.toString()) }, token);
        for (const result of results) {
          collection.set(vscode.Uri.parse(result.uri), await client.protocol2CodeConverter.asDiagnostics(result.diagnostics));
        }
      }
    },
  );
  const count = vscode.languages.getDiagnostics().filter(([uri]) => collection.has(uri)).length;
  void vscode.window.setStatusBarMessage(vscode.l10n.t('Replylint: linted {0} files, {1} with problems.', pending.length, count), 5000);
}
