// replylint.withoutConfig: with no .replylint.yaml in reach, `replies` lints only
// what is clearly a reply (drafts, reply folders, help-desk exports), never a
// project's README, changelog, licence or docs; a config makes everything count.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DiagnosticSeverity, FileChangeType } from 'vscode-languageserver-protocol/node';
import { LintStateRequest } from '../../server/src/lsp/protocol';
import { REPO_ROOT } from '../support/build';
import { lintText } from '../support/engine';
import { fileUri, messageText, type LspTestClient } from '../support/lsp-client';
import { serverForSuite, serverPerTest, writeFile } from './temp-workspace';

const VAGUE = 'We will get back to you soon.\n';
/** A phone system's call flow (TwiML): its prompts are read wherever the file is. */
const TWIML =
  '<?xml version="1.0" encoding="UTF-8"?>\n<Response>\n  <Say voice="alice">Thanks for calling. Obviously your refund goes out asap.</Say>\n  <Hangup/>\n</Response>\n';
/** XML that is no TwiML, the same words inside: a build file, an app's strings, an icon, a project file. */
const OTHER_XML: Record<string, string> = {
  'pom.xml': '<?xml version="1.0"?>\n<!-- licence -->\n<project>\n  <description>We will get back to you soon.</description>\n</project>\n',
  'app/res/values/strings.xml': '<resources>\n  <string name="busy">We will get back to you soon.</string>\n</resources>\n',
  'macros/icon.svg': '<svg xmlns="http://www.w3.org/2000/svg"><title>We will get back to you soon.</title></svg>\n',
  'Support.csproj':
    '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup><Description>We will get back to you soon.</Description></PropertyGroup>\n</Project>\n',
};
const EXPORT = fs.readFileSync(path.join(REPO_ROOT, 'test/fixtures/exports/zendesk-single-macro.json'), 'utf8');

describe('LSP: linting with no config in reach (replylint.withoutConfig)', function () {
  this.timeout(30000);
  let workspace: string;
  let client: LspTestClient;

  serverForSuite({}, { pull: true, settings: { withoutConfig: 'replies' } }, (server) => ({ client, workspace } = server));
  const startOther = serverPerTest();

  async function state(relative: string, text: string, languageId = 'markdown') {
    const uri = relative.startsWith('untitled:') ? relative : fileUri(path.join(workspace, relative));
    await client.open(uri, languageId, text);
    const { items } = await client.pull(uri);
    return { lintState: await client.connection.sendRequest(LintStateRequest, { uri }), findings: items.length };
  }

  it('lints drafts, reply folders and exports; README, CHANGELOG, LICENSE and docs stay idle', async () => {
    for (const idle of ['README.md', 'CHANGELOG.md', 'LICENSE.txt', 'docs/macros/guide.md', 'notes/plan.md', 'macros/README.md']) {
      assert.deepEqual(await state(idle, VAGUE), { lintState: 'idle', findings: 0 }, idle);
    }
    for (const reply of ['macros/refund.md', 'replies/billing/late.txt', 'Canned/welcome.md', 'templates/shipping.html', 'untitled:Untitled-1']) {
      const seen = await state(reply, VAGUE, reply.endsWith('.html') ? 'html' : reply.endsWith('.txt') ? 'plaintext' : 'markdown');
      assert.equal(seen.lintState, 'linting', reply);
      assert.ok(seen.findings > 0, `${reply} got no findings`);
    }
    const zendesk = await state('exports/zendesk.json', EXPORT, 'json');
    assert.equal(zendesk.lintState, 'linting');
    assert.ok(zendesk.findings > 0, 'a Zendesk export anywhere is linted');
    assert.deepEqual(await state('settings/editor.json', '{"theme": "dark"}', 'json'), { lintState: 'linting', findings: 0 });
  });

  it('a TwiML file gets the diagnostics the command line gives, in any folder; other XML gets none and no note', async () => {
    const uri = fileUri(path.join(workspace, 'ivr/returns.xml'));
    await client.open(uri, 'xml', TWIML);
    const { items } = await client.pull(uri);
    const expected = lintText(TWIML, 'returns.xml').findings.map((finding) => finding.ruleId);
    assert.ok(expected.length >= 2, expected.join());
    assert.deepEqual(
      items.map((item) => item.code),
      expected,
    );
    assert.equal(await client.connection.sendRequest(LintStateRequest, { uri }), 'linting');
    for (const [file, text] of Object.entries(OTHER_XML)) {
      assert.deepEqual(await state(file, text, 'xml'), { lintState: 'off', findings: 0 }, file);
    }
  });

  it('a TwiML file over replylint.maxFileSize gets the note on its size; other XML gets none', async () => {
    const other = await startOther({ pull: true, settings: { withoutConfig: 'replies', maxFileSize: 100 } });
    const twiml = fileUri(path.join(other.workspace, 'ivr/returns.xml'));
    await other.client.open(twiml, 'xml', TWIML);
    const [note, ...more] = (await other.client.pull(twiml)).items;
    assert.deepEqual(more, []);
    assert.equal(note?.severity, DiagnosticSeverity.Information);
    assert.match(messageText(note!), new RegExp(`it is ${Buffer.byteLength(TWIML)} bytes, over the replylint.maxFileSize limit of 100 bytes`));
    // Its root past a licence header longer than the head the root is first looked for in.
    const header = `<!--${' licence line\n'.repeat(6000)}-->\n`;
    const licensed = fileUri(path.join(other.workspace, 'ivr/licensed.xml'));
    await other.client.open(licensed, 'xml', TWIML.replace('\n', `\n${header}`));
    assert.match(messageText((await other.client.pull(licensed)).items[0]!), /over the replylint.maxFileSize limit of 100 bytes/);
    for (const [file, text] of Object.entries(OTHER_XML)) {
      const uri = fileUri(path.join(other.workspace, file));
      await other.client.open(uri, 'xml', text + ' '.repeat(100));
      assert.deepEqual((await other.client.pull(uri)).items, [], file);
      assert.equal(await other.client.connection.sendRequest(LintStateRequest, { uri }), 'off', file);
    }
  });

  it('a config in reach makes every file count', async () => {
    writeFile(workspace, '.replylint.yaml', 'extends: [recommended]\n');
    await client.filesChanged([{ uri: fileUri(path.join(workspace, '.replylint.yaml')), type: FileChangeType.Created }]);
    const uri = fileUri(path.join(workspace, 'README.md'));
    const deadline = Date.now() + 10000;
    while ((await client.connection.sendRequest(LintStateRequest, { uri })) !== 'linting') {
      assert.ok(Date.now() < deadline, 'README.md stayed idle after .replylint.yaml was created');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.ok((await client.pull(uri)).items.length > 0);
  });

  it('clients that do not send the setting lint everything they open', async () => {
    const other = await startOther({ pull: true });
    const uri = fileUri(path.join(other.workspace, 'README.md'));
    await other.client.open(uri, 'markdown', VAGUE);
    assert.ok((await other.client.pull(uri)).items.length > 0);
  });
});
