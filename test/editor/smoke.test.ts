// Probe: the extension under development is known to VS Code and a workspace is
// open. Deliberately independent of Replylint's features.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import * as vscode from 'vscode';

suite('editor smoke', () => {
  test('the extension is installed in the extension host', () => {
    const ext = vscode.extensions.getExtension('replylint.replylint');
    assert.ok(ext, 'extension replylint.replylint not found');
  });

  test('a workspace folder is open', () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.equal(folders.length, 1, 'expected exactly one workspace folder');
    // The runner opens a fresh copy of test/fixtures/editor-workspace and names it
    // here; realpath because a temp dir may sit behind a symlink (macOS /var).
    const expected = process.env.REPLYLINT_TEST_WORKSPACE;
    assert.ok(expected, 'REPLYLINT_TEST_WORKSPACE is not set: run through scripts/editor-test/run.mjs');
    assert.equal(fs.realpathSync(folders[0]!.uri.fsPath), fs.realpathSync(expected));
  });

  test('file search works (ripgrep is in place)', async () => {
    // findFiles runs ripgrep; without it (see setup-vscode-server.mjs) it throws.
    const files = await vscode.workspace.findFiles('**/*.md');
    assert.deepEqual(
      files.map((u) => u.path.split('/').pop()),
      ['reply.md'],
    );
  });
});
