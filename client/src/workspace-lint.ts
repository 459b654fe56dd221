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
  // JSON, YAML and XML: the server reports only macro exports and TwiML, as the CLI does.
  const files = await vscode.workspace.findFiles('**/*.{md,markdown,txt,html,htm,json,yaml,yml,xml}', '{**/node_modules/**,**/.git/**}');
  const open = new Set(vscode.workspace.textDocuments.map((document) => document.uri.toString()));
  const pending = files.filter((uri) => !open.has(uri.toString()));
  collection.clear();
  let done = 0;
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Replylint: linting workspace'), cancellable: true },
    async (progress, token) => {
      // The count says what is done: a batch is counted when its answer is in, not when it is sent.
      progress.report({ message: vscode.l10n.t('{0} of {1} files', 0, pending.length) });
      for (let index = 0; index < pending.length && !token.isCancellationRequested; index += BATCH) {
        const batch = pending.slice(index, index + BATCH);
        const more = index + BATCH < pending.length;
        const results = await client.sendRequest(LintFilesRequest, { uris: batch.map((uri) => uri.toString()), more }, token).catch((error: unknown) => {
          if (!token.isCancellationRequested) throw error;
        });
        // Cancelled: the server stopped between files, and the files it linted are not all in the answer.
        if (!results || token.isCancellationRequested) break;
        for (const result of results) {
          collection.set(vscode.Uri.parse(result.uri), await client.protocol2CodeConverter.asDiagnostics(result.diagnostics));
        }
        done += batch.length;
        progress.report({ message: vscode.l10n.t('{0} of {1} files', done, pending.length), increment: (batch.length / pending.length) * 100 });
      }
      // Stopped early: an empty last batch ends the run, so the server's filing hints count what was linted.
      if (done < pending.length) await client.sendRequest(LintFilesRequest, { uris: [], more: false });
    },
  );
  const count = vscode.languages.getDiagnostics().filter(([uri]) => collection.has(uri)).length;
  void vscode.window.setStatusBarMessage(vscode.l10n.t('Replylint: linted {0} files, {1} with problems.', done, count), 5000);
}
