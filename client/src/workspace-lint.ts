// "Lint workspace": every reply file into the Problems panel, with progress.
// The server reads and lints the files; the client only batches and shows.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

interface FileDiagnostics {
  uri: string;
  diagnostics: {
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    severity: 1 | 2 | 3 | 4;
    message: string;
    code?: string;
  }[];
}

const BATCH = 50;
const SEVERITY = [vscode.DiagnosticSeverity.Error, vscode.DiagnosticSeverity.Warning, vscode.DiagnosticSeverity.Information, vscode.DiagnosticSeverity.Hint];

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
  const files = await vscode.workspace.findFiles('**/*.{md,markdown,txt,html,htm}', '{**/node_modules/**,**/.git/**}');
  const open = new Set(vscode.workspace.textDocuments.map((document) => document.uri.toString()));
  const pending = files.filter((uri) => !open.has(uri.toString()));
  collection.clear();
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Replylint: linting workspace', cancellable: true },
    async (progress, token) => {
      for (let index = 0; index < pending.length && !token.isCancellationRequested; index += BATCH) {
        const batch = pending.slice(index, index + BATCH);
        progress.report({ message: `${index + batch.length} of ${pending.length} files`, increment: (batch.length / pending.length) * 100 });
        const results = await client.sendRequest<FileDiagnostics[]>('replylint/lintFiles', { uris: batch.map((uri) => uri.toString()) }, token);
        for (const result of results) {
          collection.set(
            vscode.Uri.parse(result.uri),
            result.diagnostics.map((diagnostic) => {
              const { start, end } = diagnostic.range;
              const converted = new vscode.Diagnostic(
                new vscode.Range(start.line, start.character, end.line, end.character),
                diagnostic.message,
                SEVERITY[diagnostic.severity - 1],
              );
              converted.source = 'replylint';
              if (diagnostic.code) converted.code = diagnostic.code;
              return converted;
            }),
          );
        }
      }
    },
  );
  const count = vscode.languages.getDiagnostics().filter(([uri]) => collection.has(uri)).length;
  void vscode.window.setStatusBarMessage(`Replylint: linted ${pending.length} files, ${count} with problems.`, 5000);
}
