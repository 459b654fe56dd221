// The language server on hostile documents: bounded diagnostics, odd URIs,
// protocol misuse. Each answers with diagnostics or a clear message, never an error.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol/node';
import { ensureBuilt } from '../helpers/build';
import { LspTestClient, fileUri } from './lsp-client';
import { createWorkspace, removeWorkspace } from './temp-workspace';

describe('LSP hostile documents', function () {
  this.timeout(60000);
  let workspace: string;
  let client: LspTestClient;

  before(async () => {
    ensureBuilt();
    workspace = createWorkspace();
    client = await LspTestClient.start({ workspaceFolder: workspace });
  });
  after(async () => {
    await client.stop();
    removeWorkspace(workspace);
  });

  it('caps diagnostics at 1,000 per document plus one saying how many more there are', async () => {
    const uri = fileUri(path.join(workspace, 'flood.txt'));
    await client.open(uri, 'plaintext', 'We will reply soon. '.repeat(1500));
    const diagnostics = await client.waitForPublished(uri);
    assert.equal(diagnostics.length, 1001);
    const note = diagnostics.find((diagnostic) => diagnostic.code === undefined)!;
    assert.equal(note.severity, DiagnosticSeverity.Information);
    assert.match(String(note.message), /at most 1000 problems per file .*: \d+ more are not shown/);
  });
});
