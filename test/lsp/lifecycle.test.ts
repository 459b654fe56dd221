// Server lifecycle: clean shutdown, and surviving documents it cannot lint.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DiagnosticSeverity, MessageType } from 'vscode-languageserver-protocol/node';
import { fileUri, messageText } from '../support/lsp-client';
import { SERVER_BUNDLE } from '../support/build';
import { createWorkspace, removeWorkspace, serverPerTest } from './temp-workspace';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('LSP server lifecycle', function () {
  this.timeout(30000);
  const startServer = serverPerTest();

  it('exits with code 0 after shutdown and exit, leaving no process', async () => {
    const { client, workspace } = await startServer();
    const uri = fileUri(path.join(workspace, 'reply.md'));
    await client.open(uri, 'markdown', 'We will reply soon.\n');
    await client.waitForPublished(uri);
    const pid = client.child.pid!;
    // Says it started (the output channel shows it after a restart, below the old server's exit).
    assert.ok(client.logs.some((log) => log.type === MessageType.Info && log.message === `Replylint language server started (process ${pid}).`));
    assert.equal(await client.stop(), 0);
    assert.equal(isRunning(pid), false);
  });

  it('reports a lint failure as one error diagnostic per document and keeps serving', async () => {
    // A bundle with no built-in rules folder above it cannot lint anything.
    const orphan = createWorkspace({ 'server.js': fs.readFileSync(SERVER_BUNDLE, 'utf8') });
    try {
      const { client, workspace } = await startServer({ serverPath: path.join(orphan, 'server.js') });

      for (const name of ['first.md', 'second.txt']) {
        const uri = fileUri(path.join(workspace, name));
        await client.open(uri, name.endsWith('.md') ? 'markdown' : 'plaintext', 'We will reply soon.\n');
        const diagnostics = await client.waitForPublished(uri);
        assert.equal(diagnostics.length, 1);
        assert.equal(diagnostics[0]!.severity, DiagnosticSeverity.Error);
        assert.deepEqual(diagnostics[0]!.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
        // The catalogs are in the missing rules folder too: the note is the engine's own words.
        assert.match(messageText(diagnostics[0]!), /^Replylint: .*rules folder/);
      }
      assert.ok(client.logs.some((log) => log.type === MessageType.Error && log.message.includes('first.md')));

      const uri = fileUri(path.join(workspace, 'first.md'));
      assert.equal(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 15 } }), null);
      assert.equal(await client.stop(), 0);
    } finally {
      removeWorkspace(orphan);
    }
  });
});
