// Probe: the extension under development is known to VS Code and a workspace is
// open. Deliberately independent of Replylint's features.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';

suite('editor smoke', () => {
  test('the extension is installed in the extension host', () => {
    const ext = vscode.extensions.getExtension('replylint.replylint');
    assert.ok(ext, 'extension replylint.replylint not found');
  });

  test('a workspace folder is open', () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.equal(folders.length, 1, 'expected exactly one workspace folder');
    const expected = process.env.REPLYLINT_TEST_WORKSPACE;
    if (expected) assert.equal(folders[0]!.uri.fsPath, expected);
  });
});
