// A crashed language server is restarted by the client, and the editor gets
// diagnostics again without any action from the user.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  VAGUE_REPLY,
  activateReplylint,
  canListProcesses,
  closeAllEditors,
  isAlive,
  languageServerPids,
  ofRule,
  openWorkspaceFile,
  replaceAll,
  waitFor,
  waitForDiagnostics,
} from './helpers';

suite('crash resilience', () => {
  let extension: vscode.Extension<unknown>;
  suiteSetup(async function () {
    if (!canListProcesses) this.skip();
    extension = await activateReplylint();
  });
  teardown(closeAllEditors);

  test('a killed language server is restarted and lints again', async () => {
    const { document } = await openWorkspaceFile('resilience/reply.md', VAGUE_REPLY);
    await waitForDiagnostics(document.uri, 'the vague time frame', (found) => ofRule(found).length === 1);
    const [crashed, ...more] = languageServerPids(extension);
    assert.ok(crashed !== undefined && more.length === 0, `expected one language server, found ${[crashed, ...more].join(', ')}`);

    process.kill(crashed, 'SIGKILL');
    await waitFor(`the killed server ${crashed} to be gone`, () => (isAlive(crashed) ? undefined : true));
    const restarted = await waitFor('a restarted language server', () => languageServerPids(extension).find((pid) => pid !== crashed));

    // The new server knows the open document: an edit gets fresh diagnostics.
    await replaceAll(document, VAGUE_REPLY.replace('soon', 'shortly'));
    await waitForDiagnostics(
      document.uri,
      'diagnostics from the restarted server',
      (found) => found.length === 1 && document.getText(found[0]!.range) === 'shortly',
    );
    assert.deepEqual(languageServerPids(extension), [restarted]);
  });
});
