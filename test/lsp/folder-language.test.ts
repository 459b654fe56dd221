// A file none of whose replies tells its language is read in the language most
// files of its folder tell, in the editor as on the command line (issue 12): the
// server reads the folder off the edit path, re-publishes once it knows, reads it
// again when a reply file of the folder changes, and never reads outside the
// workspace folder.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FileChangeType, HoverRequest, type Diagnostic, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { runCli } from '../support/cli';
import { fileUri } from '../support/lsp-client';
import { serverPerTest, writeFile } from './temp-workspace';

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((diagnostic) => String(diagnostic.code));

const FINNISH = {
  'replies/chat/tervetuloa.txt': 'Hei! Kiitos viestistäsi, katsomme tilauksesi tilanteen heti.',
  'replies/chat/lahetetty.txt': 'Tilauksesi on lähetetty.',
  'replies/chat/hetki.txt': 'Hetkinen, tarkistan asian.',
  'replies/chat/pian.txt': 'Palaamme asiaan pian.',
};

describe('LSP: the language of a folder', function () {
  this.timeout(60000);
  const startServer = serverPerTest();

  it("reads a one-line file in its folder's language as the CLI does, says so on hover, and follows the folder's files", async () => {
    const { client, workspace } = await startServer({ files: FINNISH });
    // The command line's reading of the same file: Finnish from the folder, and the Finnish vague time frame.
    const cli = await runCli(['--format', 'json', 'replies/chat/pian.txt', 'replies/chat'], { cwd: workspace });
    const report = (JSON.parse(cli.stdout) as { filePath: string; replies: { languageFrom: string }[]; messages: { ruleId: string }[] }[]).find((file) =>
      file.filePath.endsWith('pian.txt'),
    )!;
    assert.deepEqual(
      report.replies.map((reply) => reply.languageFrom),
      ['folder'],
    );
    const cliRules = report.messages.map((message) => message.ruleId);
    assert.deepEqual(cliRules, ['deferral/vague-timeframe']);

    const uri = fileUri(path.join(workspace, 'replies/chat/pian.txt'));
    await client.open(uri, 'plaintext', FINNISH['replies/chat/pian.txt']);
    // Published without the folder first (English: nothing), then again once the folder is read.
    const diagnostics = await client.waitForPublished(uri, (published) => published.length > 0);
    assert.deepEqual(codes(diagnostics), cliRules);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: diagnostics[0]!.range.start });
    assert.match((hover!.contents as MarkupContent).value, /Kieli päätelty kansiosta/);

    // Two Finnish files tell their language (the other two lines tell none); two English ones make a tie,
    // which tells nothing: the line is read in the default again.
    const english = [
      writeFile(workspace, 'replies/chat/shipped.txt', 'Hi Sam, your order left our warehouse this morning and arrives on Friday.'),
      writeFile(workspace, 'replies/chat/refund.txt', 'Hello Ana, thanks for getting in touch. Your refund was sent to your card today.'),
    ];
    await client.filesChanged(english.map((file) => ({ uri: fileUri(file), type: FileChangeType.Created })));
    assert.deepEqual(await client.waitForPublished(uri, (published) => published.length === 0), []);
    // And back when they go.
    for (const file of english) fs.rmSync(file);
    await client.filesChanged(english.map((file) => ({ uri: fileUri(file), type: FileChangeType.Deleted })));
    assert.deepEqual(codes(await client.waitForPublished(uri, (published) => published.length > 0)), cliRules);
  });

  it('leaves out the files the command line leaves out: .gitignore and .replylintignore from the workspace folder down', async () => {
    const english = {
      'replies/mixed/draft-shipped.txt': 'Hi Sam, your order left our warehouse this morning and arrives on Friday.',
      'replies/mixed/draft-refund.txt': 'Hello Ana, thanks for getting in touch. Your refund was sent to your card today.',
      'replies/mixed/draft-address.txt': 'Hi Lee, thanks for the new address. The courier has it and delivers on Monday.',
    };
    const mixed = Object.fromEntries(Object.entries(FINNISH).map(([name, text]) => [name.replace('/chat/', '/mixed/'), text]));
    const { client, workspace } = await startServer({
      // Three English drafts outvote the two Finnish files that tell their language, unless they are ignored.
      files: { ...mixed, ...english, '.gitignore': 'replies/mixed/draft-*.txt\n', 'replies/mixed/.replylintignore': '!draft-address.txt\n' },
    });
    // The command line, searching the workspace: the re-included draft votes, the other two do not; Finnish wins 2 to 1.
    const cli = await runCli(['--format', 'json', '.'], { cwd: workspace });
    const files = JSON.parse(cli.stdout) as { filePath: string; replies: { languageFrom: string }[]; messages: { ruleId: string }[] }[];
    assert.deepEqual(
      files.map((file) => path.basename(file.filePath)).filter((name) => name.startsWith('draft-')),
      ['draft-address.txt'],
    );
    const report = files.find((file) => file.filePath.endsWith('mixed/pian.txt'))!;
    assert.deepEqual(
      report.replies.map((reply) => reply.languageFrom),
      ['folder'],
    );
    const uri = fileUri(path.join(workspace, 'replies/mixed/pian.txt'));
    await client.open(uri, 'plaintext', FINNISH['replies/chat/pian.txt']);
    assert.deepEqual(
      codes(await client.waitForPublished(uri, (published) => published.length > 0)),
      report.messages.map((message) => message.ruleId),
    );
    // Un-ignored, the three English drafts win: the line is read in the default (English), as the command line reads it.
    fs.writeFileSync(path.join(workspace, '.gitignore'), '');
    await client.filesChanged([{ uri: fileUri(path.join(workspace, '.gitignore')), type: FileChangeType.Changed }]);
    assert.deepEqual(await client.waitForPublished(uri, (published) => published.length === 0), []);
  });

  it('a folder of more files than it reads is sampled evenly across their names, not read from the first name on', async () => {
    // A macro repo of 5,000 files: the first 1,000 by name are English, the other 4,000 Finnish. The command line
    // counts them all (Finnish); reading only the first 1,000 names would have made the folder English.
    const files: Record<string, string> = { 'replies/big/zz-pian.txt': 'Palaamme asiaan pian.' };
    for (let index = 0; index < 5000; index++) {
      const name = `${index < 1000 ? 'a' : 'b'}-${String(index).padStart(4, '0')}.txt`;
      files[`replies/big/${name}`] =
        index < 1000 ? 'Hi Sam, your order left our warehouse this morning and arrives on Friday.' : FINNISH['replies/chat/tervetuloa.txt'];
    }
    const { client, workspace } = await startServer({ files });
    const uri = fileUri(path.join(workspace, 'replies/big/zz-pian.txt'));
    await client.open(uri, 'plaintext', 'Palaamme asiaan pian.');
    assert.deepEqual(codes(await client.waitForPublished(uri, (published) => published.length > 0)), ['deferral/vague-timeframe']);
  });

  it('never reads a file outside the workspace folder, even through a symlink, and a file alone stays in the default', async () => {
    const outside = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'replylint-outside-')));
    try {
      for (const [name, text] of Object.entries(FINNISH)) if (!name.endsWith('pian.txt')) fs.writeFileSync(path.join(outside, path.basename(name)), text);
      const { client, workspace } = await startServer({
        files: { 'replies/links/pian.txt': FINNISH['replies/chat/pian.txt'], 'replies/alone/pian.txt': 'Palaamme asiaan pian.' },
      });
      for (const name of fs.readdirSync(outside)) fs.symlinkSync(path.join(outside, name), path.join(workspace, 'replies/links', name));
      const linked = fileUri(path.join(workspace, 'replies/links/pian.txt'));
      const alone = fileUri(path.join(workspace, 'replies/alone/pian.txt'));
      await client.open(linked, 'plaintext', FINNISH['replies/chat/pian.txt']);
      await client.open(alone, 'plaintext', 'Palaamme asiaan pian.');
      assert.deepEqual(await client.waitForPublished(linked), []);
      assert.deepEqual(await client.waitForPublished(alone), []);
      // An edit after the folder was read: still the default (nothing of the folder counted).
      await client.change(linked, [{ text: 'Palaamme asiaan pian!' }]);
      assert.deepEqual(await client.waitForPublished(linked), []);
      // The same links inside the workspace do count: the links' targets move in.
      const inside = path.join(workspace, 'shared');
      fs.cpSync(outside, inside, { recursive: true });
      for (const name of fs.readdirSync(outside)) {
        const link = path.join(workspace, 'replies/links', name);
        fs.rmSync(link);
        fs.symlinkSync(path.join(inside, name), link);
        await client.filesChanged([{ uri: fileUri(link), type: FileChangeType.Changed }]);
      }
      assert.deepEqual(codes(await client.waitForPublished(linked, (published) => published.length > 0)), ['deferral/vague-timeframe']);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });
});
