// replylint.withoutConfig: with no .replylint.yaml in reach, `replies` lints only
// what is clearly a reply (drafts, reply folders, help-desk exports), never a
// project's README, changelog, licence or docs; a config makes everything count.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FileChangeType } from 'vscode-languageserver-protocol/node';
import { LintStateRequest } from '../../server/src/lsp/protocol';
import { REPO_ROOT } from '../support/build';
import { fileUri, type LspTestClient } from '../support/lsp-client';
import { serverForSuite, serverPerTest, writeFile } from './temp-workspace';

const VAGUE = 'We will get back to you soon.\n';
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
