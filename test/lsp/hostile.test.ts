// The language server on hostile documents: bounded diagnostics, odd URIs,
// protocol misuse. Each answers with diagnostics or a clear message, never an error.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { DiagnosticSeverity, DidChangeTextDocumentNotification, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CreateConfigRequest, LintFilesRequest } from '../../server/src/lsp/protocol';
import { fileUri, messageText, type LspTestClient } from '../support/lsp-client';
import { serverForSuite } from './temp-workspace';

describe('LSP hostile documents', function () {
  this.timeout(60000);
  let workspace: string;
  let client: LspTestClient;

  serverForSuite({}, {}, (server) => ({ client, workspace } = server));

  it('caps diagnostics at 1,000 per document plus one saying how many more there are', async () => {
    const uri = fileUri(path.join(workspace, 'flood.txt'));
    await client.open(uri, 'plaintext', 'We will reply soon. '.repeat(1500));
    const diagnostics = await client.waitForPublished(uri);
    assert.equal(diagnostics.length, 1001);
    const note = diagnostics.find((diagnostic) => diagnostic.code === undefined)!;
    assert.equal(note.severity, DiagnosticSeverity.Information);
    assert.match(messageText(note), /at most 1000 problems per file .*: \d+ more are not shown/);
  });

  it('a reply too long to check whole gets one information diagnostic where checking stopped', async () => {
    const uri = fileUri(path.join(workspace, 'long.txt'));
    await client.open(uri, 'plaintext', 'We looked into it and we will reply soon. '.repeat(6000));
    const diagnostics = await client.waitForPublished(uri);
    const notes = diagnostics.filter((diagnostic) => /too long to check whole/.test(messageText(diagnostic)));
    assert.equal(notes.length, 1);
    assert.equal(notes[0]!.severity, DiagnosticSeverity.Information);
    assert.equal(notes[0]!.range.start.line, 0);
    assert.ok(notes[0]!.range.start.character > 198_000 && notes[0]!.range.start.character <= 200_000);
  });

  const vague = (diagnostics: Diagnostic[]) => diagnostics.filter((diagnostic) => diagnostic.code === 'deferral/vague-timeframe');

  it('a didChange that reuses a version number is linted, not answered from the old text', async () => {
    const uri = fileUri(path.join(workspace, 'reused-version.md'));
    await client.open(uri, 'markdown', 'We will reply soon.\n');
    assert.equal(vague(await client.waitForPublished(uri)).length, 1);
    const text = 'Thanks, we fixed it today.\n';
    client.documents.set(uri, TextDocument.create(uri, 'markdown', 1, text));
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 1 }, contentChanges: [{ text }] });
    await client.waitForPublished(uri, (diagnostics) => vague(diagnostics).length === 0);
  });

  describe('unusual URIs', () => {
    let pull: LspTestClient;
    serverForSuite({}, { pull: true }, (server) => ({ client: pull } = server));

    for (const uri of ['untitled:50%25%', 'file://fileserver/share/reply.md', 'file:///tmp/a%2Fb.md', 'file:///tmp/%E0%A4%A.md']) {
      it(`answers textDocument/diagnostic for ${uri}`, async () => {
        await pull.open(uri, 'markdown', 'We will reply soon.\n');
        const report = await pull.pull(uri);
        assert.equal(vague(report.items).length, 1);
      });
    }

    it('Lint workspace and Create configuration answer for URIs with no local path', async () => {
      const odd = ['file://fileserver/share/reply.md', 'file:///tmp/a%2Fb.md', 'file:///tmp/%E0%A4%A.md', 'untitled:50%25%'];
      const linted = await pull.connection.sendRequest(LintFilesRequest, { uris: odd });
      assert.deepEqual(
        linted.map((file) => [file.uri, file.diagnostics.map((diagnostic) => diagnostic.message)]),
        odd.map((uri) => [uri, ['Replylint: not a file on disk.']]),
      );
      for (const folderUri of odd) {
        const created = await pull.connection.sendRequest(CreateConfigRequest, { folderUri });
        assert.deepEqual(created.written, []);
        assert.match(created.error ?? '', /not a folder on this machine/);
      }
    });
  });
});
