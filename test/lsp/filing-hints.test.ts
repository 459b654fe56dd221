// The editor's side of the CLI's filing hints (test/unit/cli-thread-hint.test.ts): replies filed as `reply` that address
// a handle, beside others asked to greet or sign, and a folder of replies of a sent kind most of which hold fill-in
// slots, among the files linted this session. The server says so once, as an information message (window/showMessage)
// in the editor's display language; the diagnostics stay as they are.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { MessageType } from 'vscode-languageserver-protocol/node';
import { LintFilesRequest } from '../../server/src/lsp/protocol';
import { fileUri } from '../support/lsp-client';
import { serverPerTest, type TestServer } from './temp-workspace';

const CONFIG = 'root: true\nlanguage: en\nkind: reply\n';
const HANDLE_POSTS = ['@lena-v the import limit is raised, so the file should load now.\n', '@olek the fix went out in 2.3.1 this morning.\n'];
const NO_GREETING = 'Refund sent, it shows on the card in a few days.\n';
const LETTER = 'Hi Sam,\n\nthe fix went out this morning.\n\nBest,\nAna\n';

describe('LSP: the hint that replies filed as `reply` are thread answers', function () {
  this.timeout(60000);
  const startServer = serverPerTest();

  it('is shown once, as information, when the files linted hold replies to a handle and others asked to greet or sign', async () => {
    const { client, workspace } = await startServer({ files: { '.replylint.yaml': CONFIG } });
    const open = async (name: string, text: string) => {
      const uri = fileUri(path.join(workspace, 'answers', name));
      await client.open(uri, 'markdown', text);
      await client.waitForPublished(uri);
      return uri;
    };
    await open('a.md', HANDLE_POSTS[0]!);
    assert.equal(client.messages.length, 0, 'no hint from handle posts alone');
    await open('b.md', HANDLE_POSTS[1]!);
    await open('c.md', NO_GREETING);
    const hint = await client.waitFor('the hint', () => client.messages.find((message) => /kind: thread/.test(message.message)));
    assert.equal(hint.type, MessageType.Info);
    assert.match(hint.message, /^Replylint: 2 replies filed as `reply` address their reader by a handle .* 1 more filed as `reply` is asked .* `kind: thread`/);
    // Once a session: another such file and an edit say nothing more.
    const again = await open('d.md', NO_GREETING);
    await client.change(again, [{ text: `${NO_GREETING}Thanks.\n` }]);
    await client.waitForPublished(again);
    assert.equal(client.messages.filter((message) => /kind: thread/.test(message.message)).length, 1);
  });

  it("counts a folder's files only: a handle post in one folder and a reply asked to greet in another, or an untitled draft, say nothing", async () => {
    const { client, workspace } = await startServer({ files: { '.replylint.yaml': CONFIG } });
    const open = async (uri: string, text: string) => {
      await client.open(uri, 'markdown', text);
      await client.waitForPublished(uri);
    };
    await open(fileUri(path.join(workspace, 'answers', 'a.md')), HANDLE_POSTS[0]!);
    await open(fileUri(path.join(workspace, 'letters', 'b.md')), NO_GREETING);
    await open('untitled:Untitled-1', NO_GREETING);
    assert.deepEqual(client.messages, []);
    await open(fileUri(path.join(workspace, 'answers', 'c.md')), NO_GREETING);
    const hint = await client.waitFor('the hint', () => client.messages.find((message) => /kind: thread/.test(message.message)));
    assert.match(hint.message, /^Replylint: 1 reply filed as `reply` addresses its reader by a handle \(@name\) and was checked as a post in a thread; 1 more/);
  });

  it('is not shown when no reply addresses a handle, or none is asked to greet or sign', async () => {
    for (const texts of [[NO_GREETING, LETTER], HANDLE_POSTS]) {
      const { client, workspace } = await startServer({ files: { '.replylint.yaml': CONFIG } });
      for (const [index, text] of texts.entries()) {
        const uri = fileUri(path.join(workspace, `${index}.md`));
        await client.open(uri, 'markdown', text);
        await client.waitForPublished(uri);
      }
      assert.deepEqual(client.messages, []);
    }
  });
});

// Trial 31: review-reply templates filed as `thread`, each [NAME] reported as sent unfilled; the CLI's templates hint.
describe('LSP: the hint that replies of a sent kind are templates', function () {
  this.timeout(60000);
  const startServer = serverPerTest();
  const THREAD = 'root: true\nlanguage: en\nkind: thread\n';
  const TEMPLATES = [
    'Thank you for the review, [NAME]! See you soon at [BUSINESS].\n',
    'Sorry about the wait, [NAME]. Call us on [PHONE].\n',
    'Thanks, [NAME], we passed it to [MANAGER].\n',
  ];

  const opener = (client: TestServer['client'], workspace: string) => async (name: string, text: string) => {
    const uri = fileUri(path.join(workspace, 'reviews', name));
    await client.open(uri, 'markdown', text);
    return client.waitForPublished(uri);
  };

  it("is shown once, as information, when most of a folder's replies filed as `thread` hold fill-in slots; the slots stay reported", async () => {
    const { client, workspace } = await startServer({ files: { '.replylint.yaml': THREAD } });
    const open = opener(client, workspace);
    const slotted = await open('a.md', TEMPLATES[0]!);
    assert.ok(slotted.some((diagnostic) => diagnostic.code === 'placeholder/unfilled-slot'));
    await open('b.md', TEMPLATES[1]!);
    await open('c.md', 'Glad the course helped.\n');
    assert.equal(client.messages.length, 0, 'two of three hold slots: not yet');
    await open('d.md', TEMPLATES[2]!);
    const hint = await client.waitFor('the hint', () => client.messages.find((message) => /kind: macro/.test(message.message)));
    assert.equal(hint.type, MessageType.Info);
    assert.match(
      hint.message,
      /^Replylint: 3 of 4 replies checked as `thread` hold fill-in slots \(\[NAME\]\), each reported as sent unfilled .*`kind: macro`/,
    );
    // Once a session: another template says nothing more.
    await open('e.md', TEMPLATES[0]!);
    assert.equal(client.messages.filter((message) => /kind: macro/.test(message.message)).length, 1);
  });

  it("is in the editor's display language, not the replies'", async () => {
    const { client, workspace } = await startServer({ files: { '.replylint.yaml': THREAD }, locale: 'pl-PL' });
    const open = opener(client, workspace);
    for (const [index, text] of TEMPLATES.entries()) await open(`${index}.md`, text);
    const hint = await client.waitFor('the hint', () => client.messages.find((message) => /kind: macro/.test(message.message)));
    assert.match(
      hint.message,
      /^Replylint: 3 z 3 odpowiedzi sprawdzanych jako `thread` zawierają pola do uzupełnienia \(\[NAME\]\);.*oznacz je jako `kind: macro`/,
    );
  });
});

// Lint Workspace sends a workspace in batches of 50: a folder's first batch alone must not decide a hint or its count.
describe('LSP: the filing hints over Lint Workspace', function () {
  this.timeout(60000);
  const startServer = serverPerTest();
  const THREAD = 'root: true\nlanguage: en\nkind: thread\n';
  const TEMPLATE = 'Thank you for the review, [NAME]! See you soon at [BUSINESS].\n';
  const ANSWER = 'Glad the course helped, and thanks for the kind words.\n';

  it("wait for the run's last batch, and count the whole folder", async () => {
    // Three templates first, then four plain answers: the first batch alone would call for the hint (3 of 3).
    const names = ['a.md', 'b.md', 'c.md', 'd.md', 'e.md', 'f.md', 'g.md'];
    const texts = [TEMPLATE, TEMPLATE, TEMPLATE, ANSWER, ANSWER, ANSWER, TEMPLATE];
    const files = Object.fromEntries(names.map((name, index) => [`reviews/${name}`, texts[index]!]));
    const { client, workspace } = await startServer({ files: { '.replylint.yaml': THREAD, ...files } });
    const uris = names.map((name) => fileUri(path.join(workspace, 'reviews', name)));
    await client.connection.sendRequest(LintFilesRequest, { uris: uris.slice(0, 3), more: true });
    assert.deepEqual(client.messages, [], 'nothing before the last batch');
    await client.connection.sendRequest(LintFilesRequest, { uris: uris.slice(3), more: false });
    const hint = await client.waitFor('the hint', () => client.messages.find((message) => /kind: macro/.test(message.message)));
    assert.match(hint.message, /^Replylint: 4 of 7 replies checked as `thread` hold fill-in slots/);
  });

  it('a run stopped early ends with an empty last batch: no hint where the folder as linted does not call for one', async () => {
    const files = { 'reviews/a.md': TEMPLATE, 'reviews/b.md': TEMPLATE, 'reviews/c.md': ANSWER, 'reviews/d.md': ANSWER, 'reviews/e.md': ANSWER };
    const { client, workspace } = await startServer({ files: { '.replylint.yaml': THREAD, ...files } });
    const uris = Object.keys(files).map((name) => fileUri(path.join(workspace, name)));
    await client.connection.sendRequest(LintFilesRequest, { uris, more: true });
    await client.connection.sendRequest(LintFilesRequest, { uris: [], more: false });
    // 2 of 5 hold slots: no hint. One more template opened calls for it, with the folder's whole count (3 of 6).
    assert.deepEqual(client.messages, []);
    await client.open(fileUri(path.join(workspace, 'reviews', 'f.md')), 'markdown', TEMPLATE);
    const hint = await client.waitFor('the hint', () => client.messages.find((message) => /kind: macro/.test(message.message)));
    assert.match(hint.message, /^Replylint: 3 of 6 replies checked as `thread` hold fill-in slots/);
  });
});
