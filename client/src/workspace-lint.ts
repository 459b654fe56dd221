// "Lint workspace": every reply file into the Problems panel, with progress.
// The server reads and lints the files; the client only batches and shows.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { LintFilesRequest, TEMPLATE_FILES_GLOBS } from '../../server/src/lsp/protocol';

const BATCH = 50;

/** What a run did, as its summary says it (the command's result, for tests and other extensions). */
export interface WorkspaceLintSummary {
  linted: number;
  withProblems: number;
  /** Mail views no `include` names, left out. */
  viewsLeftOut: number;
  /** The glob that would name most of them. */
  include?: string;
}

export interface WorkspaceLinter extends vscode.Disposable {
  run(): Promise<WorkspaceLintSummary | undefined>;
}

export function createWorkspaceLinter(getClient: () => LanguageClient | undefined): WorkspaceLinter {
  const collection = vscode.languages.createDiagnosticCollection('replylint-workspace');
  // Open documents get live diagnostics from the server; drop their snapshot.
  const onOpen = vscode.workspace.onDidOpenTextDocument((document) => collection.delete(document.uri));
  return {
    run: async () => {
      const client = getClient();
      return client ? lintWorkspace(client, collection) : undefined;
    },
    dispose() {
      onOpen.dispose();
      collection.dispose();
    },
  };
}

async function lintWorkspace(client: LanguageClient, collection: vscode.DiagnosticCollection): Promise<WorkspaceLintSummary> {
  // JSON, YAML and XML: the server reports only macro exports and TwiML, as the CLI does.
  // Mail template views too: the server lints those an `include` glob names and tells which it left out (PHP code: nothing).
  const exclude = '{**/node_modules/**,**/.git/**}';
  const found = await Promise.all(
    ['**/*.{md,markdown,txt,html,htm,json,yaml,yml,xml}', ...TEMPLATE_FILES_GLOBS].map((glob) => vscode.workspace.findFiles(glob, exclude)),
  );
  // A Blade view in a views folder is found twice.
  const files = [...new Map(found.flat().map((uri) => [uri.toString(), uri])).values()];
  const open = new Set(vscode.workspace.textDocuments.map((document) => document.uri.toString()));
  const pending = files.filter((uri) => !open.has(uri.toString()));
  collection.clear();
  let done = 0;
  /** Views no `include` names, by the glob that would name them. */
  const leftOut = new Map<string, number>();
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
          if (result.leftOutView !== undefined) {
            leftOut.set(result.leftOutView, (leftOut.get(result.leftOutView) ?? 0) + 1);
            continue;
          }
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
  const views = [...leftOut.values()].reduce((sum, each) => sum + each, 0);
  if (views === 0) {
    void vscode.window.setStatusBarMessage(vscode.l10n.t('Replylint: linted {0} files, {1} with problems.', done, count), 5000);
    return { linted: done, withProblems: count, viewsLeftOut: 0 };
  }
  // As the command line's note says it: how many views were left out, and the glob (the commonest) that lints them.
  const glob = [...leftOut].sort((a, b) => b[1] - a[1])[0]![0];
  void vscode.window.showInformationMessage(
    vscode.l10n.t(
      "Replylint: linted {0} files, {1} with problems. {2} mail views left out: add include: ['{3}'] to .replylint.yaml to lint them.",
      done - views,
      count,
      views,
      glob,
    ),
  );
  return { linted: done - views, withProblems: count, viewsLeftOut: views, include: glob };
}
