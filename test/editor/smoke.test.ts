// Probe: the extension under development is known to VS Code and a workspace is
// open. Deliberately independent of Replylint's features.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import * as vscode from 'vscode';
import { EXTENSION_ID, workspaceFolder } from './helpers';

suite('editor smoke', () => {
  test('the extension is installed in the extension host', () => {
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID), `extension ${EXTENSION_ID} not found`);
  });

  test('a workspace folder is open', () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.equal(folders.length, 1, 'expected exactly one workspace folder');
    // The runner opens a fresh copy of test/fixtures/editor-workspace and names it
    // here; realpath because a temp dir may sit behind a symlink (macOS /var).
    assert.equal(fs.realpathSync(folders[0]!.uri.fsPath), fs.realpathSync(workspaceFolder()));
  });

  test('file search works (ripgrep is in place)', async () => {
    // findFiles runs ripgrep; without it (see setup-vscode-server.mjs) it throws.
    const files = await vscode.workspace.findFiles('**/*.md');
    const relative = files.map((uri) => vscode.workspace.asRelativePath(uri));
    for (const expected of ['reply.md', 'unopened/late-reply.md']) assert.ok(relative.includes(expected), `${expected} not in ${relative.join(', ')}`);
  });
});
