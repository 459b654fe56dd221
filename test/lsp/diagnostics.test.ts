// Diagnostics over LSP: push and pull, exact UTF-16 ranges, edits, settings.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { fileUri, messageText, type LspTestClient } from '../support/lsp-client';
import { serverForSuite, serverPerTest } from './temp-workspace';
import { ScorecardRequest } from '../../server/src/lsp/protocol';

const RULE = 'deferral/vague-timeframe';

// Emoji (two UTF-16 units each) before the findings, and CRLF line endings.
const REPLY = 'Hi Sam 👋,\r\n\r\nThanks 🙏 for writing. We’ll get back to you soon.\r\nOur team will reply as soon as possible.\r\n';
const SOON = { start: { line: 2, character: 45 }, end: { line: 2, character: 49 } };
const ASAP = { start: { line: 3, character: 20 }, end: { line: 3, character: 39 } };

const ofRule = (diagnostics: Diagnostic[]) => diagnostics.filter((diagnostic) => diagnostic.code === RULE);

function assertVagueTimeframe(diagnostic: Diagnostic | undefined, range: Diagnostic['range'], excerpt: string): void {
  assert.ok(diagnostic, `expected a ${RULE} diagnostic at ${JSON.stringify(range)}`);
  assert.deepEqual(diagnostic.range, range);
  assert.equal(diagnostic.code, RULE);
  assert.equal(diagnostic.source, 'replylint');
  assert.equal(diagnostic.severity, DiagnosticSeverity.Warning);
  assert.match(messageText(diagnostic), new RegExp(`"${excerpt}"`));
  // Quick fixes come from code actions (code-actions.test.ts): reports stay small.
  assert.equal(diagnostic.data, undefined);
}

describe('LSP diagnostics', function () {
  this.timeout(30000);
  /** The workspace of the server the running test talks to. */
  let workspace: string;
  let counter = 0;
  /** A new file URI in the workspace, so tests sharing a server do not share documents. */
  const newUri = (extension = 'md') => fileUri(path.join(workspace, `reply-${++counter}.${extension}`));

  describe('pushed, default settings (one server)', () => {
    let client: LspTestClient;
    serverForSuite({}, {}, (server) => ({ client, workspace } = server));

    it('reports exact UTF-16 ranges, code, source and severity past emoji and CRLF, without fix data', async () => {
      assert.equal(client.initializeResult?.capabilities.diagnosticProvider, undefined);
      const uri = newUri();
      await client.open(uri, 'markdown', REPLY);
      const diagnostics = ofRule(await client.waitForPublished(uri));
      assert.equal(diagnostics.length, 2);
      assertVagueTimeframe(diagnostics[0], SOON, 'soon');
      assertVagueTimeframe(diagnostics[1], ASAP, 'as soon as possible');
    });

    it('follows incremental edits', async () => {
      const uri = newUri();
      await client.open(uri, 'markdown', REPLY);
      await client.waitForPublished(uri, (diagnostics) => ofRule(diagnostics).length === 2);

      // Two more emoji at the start of line 2 move "soon" four UTF-16 units right.
      await client.change(uri, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: '🎉🎉' }]);
      const shifted = ofRule(await client.waitForPublished(uri));
      assert.deepEqual(shifted[0]?.range, { start: { line: 2, character: 49 }, end: { line: 2, character: 53 } });

      // Replacing "as soon as possible" with words that give no time removes that finding only.
      await client.change(uri, [{ range: ASAP, text: 'in writing' }]);
      const remaining = ofRule(await client.waitForPublished(uri));
      assert.deepEqual(
        remaining.map((diagnostic) => diagnostic.range),
        [{ start: { line: 2, character: 49 }, end: { line: 2, character: 53 } }],
      );

      // A time frame in the next sentence says when, for "soon" too: both findings go.
      await client.change(uri, [{ range: { start: ASAP.start, end: { line: 3, character: 30 } }, text: 'by 3 pm today' }]);
      assert.deepEqual(ofRule(await client.waitForPublished(uri)), []);
    });

    it('lints a burst of keystrokes once, for the last version', async () => {
      const uri = newUri();
      await client.open(uri, 'markdown', 'Thanks for writing.\n');
      await client.waitForPublished(uri);
      const publishedBefore = client.publishCount(uri);
      for (const letter of 'We will reply soon.') {
        const end = client.documents.get(uri)!.positionAt(Number.MAX_SAFE_INTEGER);
        await client.change(uri, [{ range: { start: end, end }, text: letter }]);
      }
      const diagnostics = ofRule(await client.waitForPublished(uri));
      assert.equal(diagnostics.length, 1);
      assert.equal(client.publishCount(uri) - publishedBefore, 1, 'one publish for the whole burst');
    });

    it('clears diagnostics when the document closes', async () => {
      const uri = newUri();
      await client.open(uri, 'markdown', REPLY);
      await client.waitForPublished(uri, (diagnostics) => diagnostics.length > 0);
      await client.close(uri);
      await client.waitForPublished(uri, (diagnostics) => diagnostics.length === 0);
    });
  });

  describe('pushed, own server per test', () => {
    let client: LspTestClient;
    const startServer = serverPerTest();

    it('lints untitled buffers with the config of the first workspace folder', async () => {
      ({ client } = await startServer({ files: { '.replylint.yaml': `rules:\n  ${RULE}: error\n` } }));
      await client.open('untitled:Untitled-1', 'markdown', 'We will reply soon.\n');
      const diagnostics = ofRule(await client.waitForPublished('untitled:Untitled-1'));
      assert.equal(diagnostics.length, 1);
      assert.equal(diagnostics[0]!.severity, DiagnosticSeverity.Error);
    });

    it('an untitled draft is a reply and a file a macro in the scorecard, unless a config names the kind', async () => {
      ({ client, workspace } = await startServer({ files: { 'snippets/.replylint.yaml': 'kind: snippet\n' } }));
      const kindOf = async (uri: string, text: string) => {
        await client.open(uri, 'markdown', text);
        await client.waitForPublished(uri);
        return (await client.connection.sendRequest(ScorecardRequest, { uri, position: { line: 1, character: 3 } }))!;
      };
      // Non-ASCII before the position: the reply is found by UTF-16 offsets.
      const text = '😀 Zoë’s parcel left today.\nIt arrives on Friday.\n';
      assert.equal((await kindOf('untitled:Untitled-1', text)).kind, 'reply');
      // A file is a macro read by its words: with neither a greeting nor a sign-off, a body (snippet), and the scorecard says why.
      const body = await kindOf(fileUri(path.join(workspace, 'parcel.md')), text);
      assert.equal(body.kind, 'snippet');
      assert.match(body.kindReason ?? '', /neither a greeting nor a sign-off.*replylint kind=macro/);
      assert.equal(body.readAs, 'Read as: snippet', 'the short row the quick pick shows above the reason');
      assert.equal(body.kindBrief, 'Neither a greeting nor a sign-off: the help desk adds its own.', "the reason in the row's second line");
      assert.equal((await kindOf(fileUri(path.join(workspace, 'greeted.md')), `Hi Zoë,\n${text}`)).kind, 'macro');
      const snippet = await kindOf(fileUri(path.join(workspace, 'snippets', 'parcel.md')), text);
      assert.equal(snippet.kind, 'snippet');
      assert.equal(snippet.scorecard.greeting, 'n/a');
    });

    it('works over node IPC as well as stdio', async () => {
      ({ client, workspace } = await startServer({ transport: 'node-ipc' }));
      const uri = newUri();
      await client.open(uri, 'markdown', REPLY);
      assert.equal(ofRule(await client.waitForPublished(uri)).length, 2);
    });

    it('skips files over replylint.maxFileSize with one information diagnostic', async () => {
      ({ client, workspace } = await startServer({ settings: { maxFileSize: 40 } }));
      const uri = newUri();
      await client.open(uri, 'markdown', REPLY);
      const diagnostics = await client.waitForPublished(uri);
      assert.equal(diagnostics.length, 1);
      assert.equal(diagnostics[0]!.severity, DiagnosticSeverity.Information);
      assert.deepEqual(diagnostics[0]!.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
      assert.match(messageText(diagnostics[0]!), /maxFileSize/);
    });

    it('says where a macro export stops parsing, with one warning there, instead of showing nothing', async () => {
      ({ client, workspace } = await startServer({}));
      const uri = newUri('yaml');
      // Polish text before the error (UTF-16 positions) and a line at column 0 inside a block scalar.
      await client.open(uri, 'yaml', '- title: Przykład\n  response: |\n    Witaj, Zoë 😀,\n    zgłoszenie jest w dziale\n%{ticket.dept.name} department.\n');
      const diagnostics = await client.waitForPublished(uri, (published) => published.length > 0);
      assert.equal(diagnostics.length, 1);
      assert.equal(diagnostics[0]!.severity, DiagnosticSeverity.Warning);
      assert.deepEqual(diagnostics[0]!.range, { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } });
      assert.match(messageText(diagnostics[0]!), /^Replylint: Not checked: YAML syntax error: /);
      // Fixed, it is read as an export again.
      await client.change(uri, [{ text: '- title: Przykład\n  response: |\n    Hi Sam, we will reply soon.\n' }]);
      await client.waitForPublished(uri, (published) => published.some((diagnostic) => diagnostic.code === RULE));
    });

    it('reports nothing while replylint.enable is false, and lints again when it is turned on', async () => {
      ({ client, workspace } = await startServer({ settings: { enable: false } }));
      const uri = newUri();
      await client.open(uri, 'markdown', REPLY);
      assert.deepEqual(await client.waitForPublished(uri), []);
      await client.changeSettings({ enable: true });
      await client.waitForPublished(uri, (diagnostics) => ofRule(diagnostics).length === 2);
    });

    it('with replylint.run "onSave", lints on open and save but not while typing', async () => {
      ({ client, workspace } = await startServer({ settings: { run: 'onSave' } }));
      const uri = newUri();
      await client.open(uri, 'markdown', 'Thanks for writing.\n');
      assert.deepEqual(ofRule(await client.waitForPublished(uri)), []);
      await client.change(uri, [{ text: 'We will reply soon.\n' }]);
      await new Promise((resolve) => setTimeout(resolve, 500));
      assert.equal(client.published.get(uri)?.version, 1, 'no lint while typing');
      await client.save(uri);
      assert.equal(ofRule(await client.waitForPublished(uri)).length, 1);
    });
  });

  describe('pulled (client with textDocument.diagnostic)', () => {
    let client: LspTestClient;
    serverForSuite({}, { pull: true }, (server) => ({ client, workspace } = server));

    it('answers textDocument/diagnostic with the same exact diagnostics and pushes none', async () => {
      assert.ok(client.initializeResult?.capabilities.diagnosticProvider, 'diagnosticProvider announced');
      const uri = newUri();
      await client.open(uri, 'markdown', REPLY);
      const { items } = await client.pull(uri);
      const diagnostics = ofRule(items);
      assert.equal(diagnostics.length, 2);
      assertVagueTimeframe(diagnostics[0], SOON, 'soon');
      assertVagueTimeframe(diagnostics[1], ASAP, 'as soon as possible');
      assert.equal(client.published.has(uri), false);
    });

    it('answers for the current text after incremental edits, and "unchanged" when nothing changed', async () => {
      const uri = newUri();
      await client.open(uri, 'markdown', REPLY);
      const first = await client.pull(uri);
      const report = await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri }, previousResultId: first.resultId });
      assert.deepEqual(report, { kind: 'unchanged', resultId: first.resultId });

      await client.change(uri, [{ range: SOON, text: 'in person' }]);
      const second = await client.pull(uri, first.resultId);
      assert.deepEqual(
        ofRule(second.items).map((diagnostic) => diagnostic.range),
        [ASAP],
      );
    });

    it('answers "unchanged" after an edit inside one reply that moved no diagnostic on screen, and in full after one that did', async () => {
      const uri = newUri();
      const library =
        '## Shipping\n\nHi Sam,\n\nWe will get back to you soon.\nYour parcel left our warehouse this morning.\n\nBest,\nAna\n\n## Refund\n\nHi Ana,\n\nI refunded the order today. We will reply soon.\n\nBest,\nSam\n';
      const document = await client.open(uri, 'markdown', library);
      const first = await client.pull(uri);
      assert.equal(ofRule(first.items).length, 2);
      // "this morning" -> "this very morning": its line holds no finding, and no line moved.
      const at = document.positionAt(library.indexOf('morning'));
      await client.change(uri, [{ range: { start: at, end: at }, text: 'very ' }]);
      const report = await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri }, previousResultId: first.resultId });
      assert.deepEqual(report, { kind: 'unchanged', resultId: first.resultId });
      // A word before "soon" on its line moves that diagnostic: a full report.
      const before = document.positionAt(library.indexOf('get back'));
      await client.change(uri, [{ range: { start: before, end: before }, text: 'surely ' }]);
      const moved = await client.pull(uri, first.resultId);
      assert.notEqual(moved.resultId, first.resultId);
      assert.equal(ofRule(moved.items)[0]!.range.start.character, ofRule(first.items)[0]!.range.start.character + 'surely '.length);
    });

    it('answers a pull that names no earlier result in full, however often it is asked', async () => {
      const uri = newUri();
      await client.open(uri, 'markdown', REPLY);
      const first = await client.pull(uri);
      const again = await client.pull(uri);
      assert.equal(again.resultId, first.resultId);
      assert.deepEqual(again.items, first.items);
    });
  });

  describe('pulled, with replylint.run "onSave"', () => {
    let client: LspTestClient;
    const startServer = serverPerTest();

    it('answers with the report of the last save while typing, and with the saved text after a save', async () => {
      ({ client, workspace } = await startServer({ pull: true, settings: { run: 'onSave' } }));
      const uri = newUri();
      await client.open(uri, 'markdown', REPLY);
      const opened = await client.pull(uri);
      assert.deepEqual(
        ofRule(opened.items).map((diagnostic) => diagnostic.range),
        [SOON, ASAP],
      );

      await client.change(uri, [{ range: SOON, text: 'in person' }]);
      const typed = await client.pull(uri);
      assert.equal(typed.resultId, opened.resultId, 'no lint while typing');
      assert.deepEqual(typed.items, opened.items);

      await client.save(uri);
      await client.waitFor('a refresh request', () => (client.refreshRequests > 0 ? true : undefined));
      const saved = await client.pull(uri, opened.resultId);
      assert.deepEqual(
        ofRule(saved.items).map((diagnostic) => diagnostic.range),
        [ASAP],
      );
    });
  });
});
