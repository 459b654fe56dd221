// A long document's first lint holds the server for seconds (a 5 MB library: 2-3 s on a quiet machine, 50 s on a loaded
// one) with nothing on screen. The server reports it as work-done progress, in the editor's display language, when the
// client takes progress reports (VS Code does); short documents and later lints report nothing.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { LONG_FIRST_LINT_UNITS } from '../../server/src/lsp/document-linter';
import { fileUri } from '../support/lsp-client';
import { serverPerTest } from './temp-workspace';

const CONFIG = 'root: true\nlanguage: en\n';

/** A macro library at least `length` code units long. */
function library(length: number): string {
  let text = '';
  for (let macro = 1; text.length < length; macro++) text += `## Macro ${macro}\n\nHi Sam,\n\nwe will look into it soon.\n\nBest,\nAna\n\n`;
  return text;
}

describe('LSP: progress of a long first lint', function () {
  this.timeout(180000);
  const startServer = serverPerTest();

  it("reports a long document's first lint, begun before its diagnostics, in the display language; not its next lint", async () => {
    const { client, workspace } = await startServer({ files: { '.replylint.yaml': CONFIG }, workDoneProgress: true, locale: 'pl' });
    const uri = fileUri(path.join(workspace, 'library.md'));
    const text = library(LONG_FIRST_LINT_UNITS);
    await client.open(uri, 'markdown', text);
    const diagnostics = await client.waitForPublished(uri, (published) => published.length > 0, 120000);
    assert.ok(diagnostics.some((diagnostic) => diagnostic.code === 'deferral/vague-timeframe'));
    await client.waitFor('the end of the report', () => client.progress.find((event) => event.value.kind === 'end'));
    assert.deepEqual(
      client.progress.map((event) => event.value.kind),
      ['begin', 'end'],
    );
    const begin = client.progress[0]!;
    assert.equal(begin.publishedBefore, 0, 'begun before the diagnostics');
    assert.equal(begin.value.kind === 'begin' && begin.value.message, 'Sprawdzanie pliku library.md');
    await client.change(uri, [{ text: `## Macro 0\n\nHi Sam,\n\nwe will reply soon.\n\nBest,\nAna\n\n${text}` }]);
    await client.waitForPublished(uri, undefined, 120000);
    assert.equal(client.progress.length, 2, 'an edit reports nothing');
  });

  it('reports nothing for a short document, or to a client that takes no progress reports', async () => {
    const short = await startServer({ files: { '.replylint.yaml': CONFIG }, workDoneProgress: true });
    const shortUri = fileUri(path.join(short.workspace, 'reply.md'));
    await short.client.open(shortUri, 'markdown', library(2000));
    await short.client.waitForPublished(shortUri);
    assert.deepEqual(short.client.progress, []);
    const plain = await startServer({ files: { '.replylint.yaml': CONFIG } });
    const longUri = fileUri(path.join(plain.workspace, 'library.md'));
    await plain.client.open(longUri, 'markdown', library(LONG_FIRST_LINT_UNITS));
    await plain.client.waitForPublished(longUri, (published) => published.length > 0, 120000);
    assert.deepEqual(plain.client.progress, []);
  });
});
