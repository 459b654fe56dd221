// Requests beyond one open document (lint files on disk, rule docs, starter
// config) and placeholder completion and hover, over LSP.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CompletionList, Hover, MarkupContent } from 'vscode-languageserver-protocol/node';
import { CreateConfigRequest, LintFilesRequest, RuleDocsRequest } from '../../server/src/lsp/protocol';
import { LspTestClient, fileUri, messageText } from '../support/lsp-client';
import { serverForSuite, serverPerTest } from './temp-workspace';

describe('LSP workspace requests and placeholders', function () {
  this.timeout(30000);
  let workspace: string;
  let client: LspTestClient;

  serverForSuite(
    {
      'replies/late.md': 'Hi Sam,\n\nWe will reply soon.\n\nBest,\nAna\n',
      'replies/clean.md': 'Hi Sam,\n\nThanks for your patience. I refunded the order today, so the money is back on your card within 3 days.\n\nBest,\nAna\n',
      'exports/macros.json': JSON.stringify({ macros: [{ title: 'Late', actions: [{ field: 'comment_value', value: 'Hi Sam,\n\nBack soon.' }] }] }),
      'package.json': '{"name": "not-a-reply"}',
      'ivr/flow.xml': '<Response>\n  <Say>We will call you back soon.</Say>\n</Response>\n',
      'pom.xml': '<project>\n  <description>We will reply soon.</description>\n</project>\n',
      'custom/.replylint.yaml': 'placeholders:\n  dialect: zendesk\n  variables: [refund_amount, "ticket.ticket_field_*"]\n',
    },
    {},
    (server) => ({ client, workspace } = server),
  );

  it('replylint/lintFiles lints files on disk, reporting only files with problems', async () => {
    const uris = ['replies/late.md', 'replies/clean.md', 'exports/macros.json', 'package.json', 'ivr/flow.xml', 'pom.xml'].map((file) =>
      fileUri(path.join(workspace, file)),
    );
    const results = await client.connection.sendRequest(LintFilesRequest, { uris });
    const byFile = Object.fromEntries(
      results.map((result) => [path.basename(result.uri), result.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.start.line])]),
    );
    assert.ok(
      byFile['late.md']!.some(([code, line]) => code === 'deferral/vague-timeframe' && line === 2),
      JSON.stringify(byFile['late.md']),
    );
    assert.equal(byFile['clean.md'], undefined, JSON.stringify(byFile['clean.md']));
    assert.equal(byFile['package.json'], undefined);
    assert.equal(byFile['pom.xml'], undefined);
    assert.deepEqual(byFile['flow.xml'], [['deferral/vague-timeframe', 1]]);
    assert.ok(
      byFile['macros.json']!.some(([code]) => code === 'deferral/vague-timeframe'),
      JSON.stringify(byFile['macros.json']),
    );
  });

  it('replylint/ruleDocs returns the rule documentation; an unknown id says so', async () => {
    const docs = await client.connection.sendRequest(RuleDocsRequest, { ruleId: 'deferral/vague-timeframe' });
    assert.match(docs, /^# `deferral\/vague-timeframe`/);
    assert.match(docs, /Flagged:/);
    assert.match(await client.connection.sendRequest(RuleDocsRequest, { ruleId: 'nope/none' }), /not active/);
  });

  it('replylint/createConfig writes the starter config once and refuses to overwrite', async () => {
    const folderUri = fileUri(workspace);
    const first = await client.connection.sendRequest(CreateConfigRequest, { folderUri });
    assert.deepEqual(
      first.written.map((uri) => path.basename(uri)),
      ['.replylint.yaml', 'team-pack.yaml'],
    );
    assert.ok(fs.existsSync(path.join(workspace, '.replylint.yaml')));
    const second = await client.connection.sendRequest(CreateConfigRequest, { folderUri });
    assert.deepEqual(second.written, []);
    assert.match(second.error!, /Not overwriting/);
    fs.rmSync(path.join(workspace, '.replylint.yaml'));
    fs.rmSync(path.join(workspace, 'replylint'), { recursive: true });
  });

  describe('in an editor shown in Polish', () => {
    const start = serverPerTest();

    it("replylint/createConfig refuses in the editor's language (initialize's locale)", async () => {
      const { client: polish, workspace: folder } = await start({ locale: 'pl-PL', files: { '.replylint.yaml': 'language: en\n' } });
      const exists = await polish.connection.sendRequest(CreateConfigRequest, { folderUri: fileUri(folder) });
      assert.deepEqual(exists, { written: [], error: 'Nie nadpisuję istniejących plików: .replylint.yaml.' });
      const remote = await polish.connection.sendRequest(CreateConfigRequest, { folderUri: 'file://fileserver/share' });
      assert.deepEqual(remote, { written: [], error: 'file://fileserver/share nie jest folderem na tym komputerze.' });
    });

    it("Lint workspace's note on a file it cannot read, and an inactive rule's docs, are in the editor's language", async () => {
      const { client: polish } = await start({ locale: 'pl', files: { '.replylint.yaml': 'language: en\n' } });
      const [remote] = await polish.connection.sendRequest(LintFilesRequest, { uris: ['file://fileserver/share/reply.md'] });
      assert.deepEqual(
        remote?.diagnostics.map((diagnostic) => diagnostic.message),
        ['Replylint: to nie jest plik na dysku.'],
      );
      assert.match(await polish.connection.sendRequest(RuleDocsRequest, { ruleId: 'nope/none' }), /^# nope\/none\n\nTa reguła nie jest włączona/);
      // An active rule's page names the pack it comes from in the editor's language too.
      const page = await polish.connection.sendRequest(RuleDocsRequest, { ruleId: 'deferral/vague-timeframe' });
      assert.ok(page.endsWith('\n\nZ pakietu: recommended\n'), page.slice(-120));
    });

    it("Lint workspace's note on a binary file, and a document the replylint.language setting stops, are in the editor's language", async () => {
      const { client: polish, workspace: folder } = await start({
        locale: 'pl',
        files: { '.replylint.yaml': 'language: en\n', 'reply.md': 'We will reply soon.\n' },
      });
      fs.writeFileSync(path.join(folder, 'logo.txt'), Buffer.from([0x89, 0x50, 0x00, 0xff]));
      const [binary] = await polish.connection.sendRequest(LintFilesRequest, { uris: [fileUri(path.join(folder, 'logo.txt'))] });
      assert.deepEqual(
        binary?.diagnostics.map((diagnostic) => diagnostic.message),
        ['Replylint: Pomini\u0119to: plik binarny.'],
      );
      const reply = fileUri(path.join(folder, 'reply.md'));
      await polish.changeSettings({ language: 'xx' });
      await polish.open(reply, 'markdown', 'We will reply soon.\n');
      const [failed] = await polish.waitForPublished(reply, (diagnostics) => diagnostics.length === 1 && diagnostics[0]!.code === undefined);
      assert.match(messageText(failed!), /^Replylint nie sprawdzi\u0142 tego dokumentu: ustawienie replylint\.language podaje nieznany j\u0119zyk "xx"/);
    });

    it('a display language Replylint has no words for reads English', async () => {
      const { client: german, workspace: folder } = await start({ locale: 'de', files: { '.replylint.yaml': 'language: en\n' } });
      const exists = await german.connection.sendRequest(CreateConfigRequest, { folderUri: fileUri(folder) });
      assert.equal(exists.error, 'Not overwriting .replylint.yaml.');
    });
  });

  it('completes the dialect variables after {{ and replaces what was typed', async () => {
    const uri = fileUri(path.join(workspace, 'zendesk.md'));
    const text = 'Hi {{ticket.requester.first_name}},\n\nYour order {{ticket.re';
    await client.open(uri, 'markdown', text);
    const complete = async (character: number) =>
      (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 2, character } })) as CompletionList;
    const list = await complete(22);
    assert.equal(list.isIncomplete, true, 'clients ask again as the writer types');
    const labels = list.items.map((item) => item.label);
    assert.ok(labels.includes('ticket.requester.email'), labels.join(', '));
    // Names starting with what was typed come first.
    const firstOther = labels.findIndex((label) => !label.startsWith('ticket.re'));
    assert.ok(firstOther > 0 && labels.slice(firstOther).every((label) => !label.startsWith('ticket.re')), labels.join(', '));
    const edit = list.items[0]!.textEdit as { range: { start: { character: number } } };
    assert.equal(edit.range.start.character, 13);
    assert.equal(list.items[0]!.labelDetails?.description, 'Zendesk (Liquid)');
    assert.deepEqual((await complete(4)).items, []);

    // Typing on after {{ keeps finding variables by any part of their name, not only the start.
    await client.change(uri, [{ range: { start: { line: 2, character: 13 }, end: { line: 2, character: 22 } }, text: 'orga' }]);
    const byPart = (await complete(17)).items.map((item) => item.label);
    assert.ok(byPart.length > 0 && byPart.every((label) => /(^|[._])orga/.test(label)), byPart.join(', '));
    await client.change(uri, [{ range: { start: { line: 2, character: 13 }, end: { line: 2, character: 17 } }, text: 'tcktid' }]);
    assert.equal((await complete(19)).items[0]?.label, 'ticket.id', 'letters in order');
  });

  it('completes osTicket, Zammad and Request Tracker variables after their own openings, in UTF-16 columns after non-ASCII text', async () => {
    const complete = async (name: string, text: string) => {
      const uri = fileUri(path.join(workspace, name));
      await client.open(uri, 'plaintext', text);
      const lines = text.split('\n');
      const position = { line: lines.length - 1, character: lines[lines.length - 1]!.length };
      return (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position })) as CompletionList;
    };
    // "Żółć 😀 " is 8 UTF-16 code units before the opening.
    const osticket = await complete('osticket.txt', 'Dear %{recipient.name.first},\n\nŻółć 😀 %{ticket.num');
    assert.equal(osticket.items[0]?.label, 'ticket.number');
    assert.equal((osticket.items[0]!.textEdit as { range: { start: { character: number } } }).range.start.character, 10);
    assert.match((osticket.items[0]!.documentation as MarkupContent).value, /^`%\{ticket\.number\}` · osTicket/);
    const zammad = await complete('zammad.txt', 'Hi #{ticket.customer.firstname},\n\nŻółć 😀 #{ticket.cust');
    assert.ok(
      zammad.items.some((item) => item.label === 'ticket.customer.firstname'),
      zammad.items.map((item) => item.label).join(', '),
    );
    const rt = await complete('rt.txt', 'Request {$Ticket->id}\n\nŻółć 😀 {$Ticket->Queue');
    assert.equal(rt.items[0]?.label, 'Ticket->QueueObj->Name');
    // Another dialect's opening offers nothing.
    assert.deepEqual((await complete('osticket-braces.txt', 'Dear %{recipient.name.first},\n\n{{ticket.')).items, []);
  });

  it('a `replylint dialect=` comment names the dialect completion offers and makes an unknown variable an error', async () => {
    const uri = fileUri(path.join(workspace, 'named-dialect.md'));
    // Without the comment these Zendesk-looking variables would read as Zendesk.
    const text = '<!-- replylint dialect=intercom -->\nHi {{ticket.requester.first_name}}, {{frist_name}} 😀\n\n{{user.';
    await client.open(uri, 'markdown', text);
    const unknown = (await client.waitForPublished(uri)).filter((diagnostic) => diagnostic.code === 'placeholder/unknown-variable');
    assert.ok(unknown.length > 0 && unknown.every((diagnostic) => diagnostic.severity === 1), JSON.stringify(unknown));
    const list = (await client.connection.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position: { line: 3, character: 7 },
    })) as CompletionList;
    assert.ok(list.items.length > 0 && list.items.every((item) => item.labelDetails?.description === 'Intercom'), JSON.stringify(list.items.slice(0, 3)));
  });

  it("offers the config's custom variables, says where they come from, and never reports them as unknown", async () => {
    const uri = fileUri(path.join(workspace, 'custom/refund.md'));
    const text = 'Hi {{ticket.requester.first_name}},\n\nŻółć 😀 {{refund_amount}}, {{ticket.ticket_field_360}}, {{refund_amout}}.\n\n{{refu';
    await client.open(uri, 'markdown', text);
    const diagnostics = await client.waitForPublished(uri);
    const unknown = diagnostics.filter((diagnostic) => diagnostic.code === 'placeholder/unknown-variable');
    // Only the typo, an error (the config names the dialect), with the custom variable as "did you mean", at its UTF-16 columns.
    assert.equal(unknown.length, 1, JSON.stringify(diagnostics));
    assert.equal(unknown[0]!.severity, 1);
    assert.match(unknown[0]!.message as string, /Did you mean refund_amount\?/);
    assert.deepEqual(unknown[0]!.range, { start: { line: 2, character: 58 }, end: { line: 2, character: 70 } });
    const list = (await client.connection.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position: { line: 4, character: 6 },
    })) as CompletionList;
    const custom = list.items.find((item) => item.label === 'refund_amount');
    assert.ok(custom, list.items.map((item) => item.label).join(', '));
    assert.match(custom.detail!, /custom variable \(placeholders\.variables in your Replylint config\)/);
    // Zendesk's own variables still say Zendesk; globs are not offered as names.
    assert.ok(
      list.items.every((item) => item.label === 'refund_amount' || item.detail === 'Zendesk (Liquid)'),
      JSON.stringify(list.items.map((item) => item.detail)),
    );
    assert.ok(!list.items.some((item) => item.label.includes('*')));
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 12 } })) as Hover | null;
    assert.match((hover?.contents as MarkupContent).value, /A custom variable/);
  });

  it('hover on a placeholder says what it renders to and its fallback', async () => {
    const uri = fileUri(path.join(workspace, 'intercom.md'));
    await client.open(uri, 'markdown', 'Hi {{first_name}}, and {{company.name | fallback: "your team"}} too.\n');
    await client.waitForPublished(uri);
    const hoverAt = async (character: number) => {
      const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character } })) as Hover | null;
      return (hover?.contents as MarkupContent | undefined)?.value ?? '';
    };
    const name = await hoverAt(8);
    assert.match(name, /`first_name`\*\* · Intercom/);
    assert.match(name, /No fallback: when the name is unknown it renders as nothing/);
    // The finding on the same words comes first.
    assert.ok(name.indexOf('name-without-fallback') >= 0 && name.indexOf('name-without-fallback') < name.indexOf('`first_name`'), name);
    assert.match(await hoverAt(30), /When it has no value: "your team"/);
  });
});
