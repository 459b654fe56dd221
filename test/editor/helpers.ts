// Shared by the editor tests: the extension, the workspace copy, polling for
// what the language server reports, and the language server's process.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'replylint.replylint';
export const VAGUE_RULE = 'deferral/vague-timeframe';

/** A reply whose only finding is "soon" (line 2, characters 49-53). */
export const VAGUE_REPLY = 'Hi Dana,\n\nThanks for reaching out. We will get back to you soon.\n\nBest regards,\nSam\n';
export const SOON_RANGE = new vscode.Range(2, 49, 2, 53);

/** Activation is asynchronous (it starts the language server): wait for it. */
export async function activateReplylint(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not installed`);
  await extension.activate();
  return extension;
}

export function workspaceFolder(): string {
  const folder = process.env.REPLYLINT_TEST_WORKSPACE;
  assert.ok(folder, 'REPLYLINT_TEST_WORKSPACE is not set: run through scripts/editor-test/run.mjs');
  return folder;
}

/** Writes a file into the workspace copy (creating folders) and returns its URI. */
export function writeWorkspaceFile(relative: string, content: string): vscode.Uri {
  const file = path.join(workspaceFolder(), relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return vscode.Uri.file(file);
}

/**
 * Opens a workspace file in an editor tab of its own. The client pulls diagnostics
 * only for documents in tabs, and a preview tab would be replaced by the next file.
 */
export async function openWorkspaceFile(relative: string, content?: string): Promise<vscode.TextEditor> {
  const uri = content === undefined ? vscode.Uri.file(path.join(workspaceFolder(), relative)) : writeWorkspaceFile(relative, content);
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
}

/** Closes every editor without saving (untitled buffers and unsaved edits are dropped). */
export async function closeAllEditors(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((candidate) => candidate.isDirty)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

const WAIT_MS = 15_000;

/** Polls until `check` returns something other than undefined; fails with `what` after the timeout. */
export async function waitFor<T>(what: string | (() => string), check: () => T | undefined | Promise<T | undefined>, timeoutMs = WAIT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${typeof what === 'string' ? what : what()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The rule id of a diagnostic: `code` is a plain string, or `{ value, target }` when it links to the docs. */
export function ruleIdOf(diagnostic: vscode.Diagnostic): string | undefined {
  const { code } = diagnostic;
  return code === undefined ? undefined : String(typeof code === 'object' ? code.value : code);
}

function replylintDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'replylint');
}

/** Waits until the document's Replylint diagnostics satisfy `accept`, and returns them. */
export function waitForDiagnostics(uri: vscode.Uri, what: string, accept: (diagnostics: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  const seen = () => `${what} (${path.basename(uri.path)}; last seen: ${summarize(replylintDiagnostics(uri))})`;
  return waitFor(seen, () => {
    const diagnostics = replylintDiagnostics(uri);
    return accept(diagnostics) ? diagnostics : undefined;
  });
}

export const ofRule = (diagnostics: vscode.Diagnostic[], ruleId = VAGUE_RULE) => diagnostics.filter((diagnostic) => ruleIdOf(diagnostic) === ruleId);

/** For failure messages: "rule@line:char-line:char, ..." */
function summarize(diagnostics: vscode.Diagnostic[]): string {
  const one = (diagnostic: vscode.Diagnostic) => {
    const { start, end } = diagnostic.range;
    return `${ruleIdOf(diagnostic)}@${start.line}:${start.character}-${end.line}:${end.character}`;
  };
  return diagnostics.map(one).join(', ') || 'none';
}

export async function insertText(document: vscode.TextDocument, position: vscode.Position, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, position, text);
  assert.ok(await vscode.workspace.applyEdit(edit), 'the edit was not applied');
}

export async function replaceAll(document: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(0, 0, document.lineCount, 0), text);
  assert.ok(await vscode.workspace.applyEdit(edit), 'the edit was not applied');
}

/** Text of a hover or completion documentation, whatever shape VS Code gives it. */
export function markdownText(contents: readonly (vscode.MarkdownString | vscode.MarkedString)[]): string {
  return contents.map((part) => (typeof part === 'string' ? part : part.value)).join('\n');
}

/**
 * The phrase tries the language server kept in the extension's global storage (lsp/server-caches.ts), each with when
 * it was written: any `phrase-tries` folder under VS Code's user data (its place differs between the two routes).
 */
export function keptPhraseTries(): Map<string, number> {
  const userData = process.env.REPLYLINT_TEST_USER_DATA;
  assert.ok(userData, 'REPLYLINT_TEST_USER_DATA is not set: run through scripts/editor-test/run.mjs');
  const kept = new Map<string, number>();
  const visit = (dir: string, depth: number) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const child = path.join(dir, entry.name);
      if (entry.name === 'phrase-tries') {
        for (const name of fs.readdirSync(child)) kept.set(path.join(child, name), fs.statSync(path.join(child, name)).mtimeMs);
      } else if (depth < 5) visit(child, depth + 1);
    }
  };
  visit(userData, 0);
  return kept;
}

/** languageServerPids() reads /proc; elsewhere the tests that need it are skipped. */
export const canListProcesses = fs.existsSync('/proc/self/stat');

/**
 * Pids of the Replylint language servers this extension host runs: its child
 * processes running the extension's dist/server.js (Linux /proc).
 */
export function languageServerPids(extension: vscode.Extension<unknown>): number[] {
  const serverModule = path.join(extension.extensionPath, 'dist', 'server.js');
  const pids: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // "pid (comm) state ppid ...": comm may hold spaces and parentheses.
      const parentPid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parentPid !== process.pid) continue;
      const argv = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (argv.includes(serverModule)) pids.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
