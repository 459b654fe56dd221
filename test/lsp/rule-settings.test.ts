// The replylint.rules setting over LSP: rule and category severities from the
// editor, applied over .replylint.yaml without a restart; unknown ids never
// break linting.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { DiagnosticSeverity, MessageType, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { fileUri, type LspTestClient } from '../support/lsp-client';
import { serverPerTest } from './temp-workspace';

const RULE = 'deferral/vague-timeframe';
const TEXT = 'We will reply soon.\n';
const severities = (diagnostics: Diagnostic[]) => diagnostics.filter((diagnostic) => diagnostic.code === RULE).map((diagnostic) => diagnostic.severity);

describe('LSP replylint.rules setting', function () {
  this.timeout(30000);
  const startServer = serverPerTest();
  let client: LspTestClient;

  async function openReply(config: string | undefined): Promise<string> {
    const server = await startServer({ files: config === undefined ? {} : { '.replylint.yaml': config } });
    client = server.client;
    const reply = fileUri(path.join(server.workspace, 'reply.md'));
    await client.open(reply, 'markdown', TEXT);
    return reply;
  }

  it('turns a rule off and changes its severity as the setting changes', async () => {
    const reply = await openReply(undefined);
    assert.deepEqual(severities(await client.waitForPublished(reply)), [DiagnosticSeverity.Warning]);

    await client.changeSettings({ rules: { [RULE]: 'off' } });
    await client.waitForPublished(reply, (diagnostics) => severities(diagnostics).length === 0);

    await client.changeSettings({ rules: { [RULE]: 'error' } });
    await client.waitForPublished(reply, (diagnostics) => severities(diagnostics).join() === String(DiagnosticSeverity.Error));
  });

  it('wins over .replylint.yaml, a category over the file setting one of its rules', async () => {
    const reply = await openReply(`rules:\n  ${RULE}: hint\n`);
    assert.deepEqual(severities(await client.waitForPublished(reply)), [DiagnosticSeverity.Hint]);

    await client.changeSettings({ rules: { deferral: 'error' } });
    await client.waitForPublished(reply, (diagnostics) => severities(diagnostics).join() === String(DiagnosticSeverity.Error));

    // The rule's own entry wins over its category's.
    await client.changeSettings({ rules: { deferral: 'error', [RULE]: 'off' } });
    await client.waitForPublished(reply, (diagnostics) => severities(diagnostics).length === 0);
  });

  it('ignores unknown ids and malformed values, and logs each unknown id once', async () => {
    const reply = await openReply(undefined);
    await client.waitForPublished(reply);

    await client.changeSettings({ rules: { 'deferral/no-such-rule': 'off', [RULE]: 'loud' } });
    await client.change(reply, [{ text: `${TEXT}\nYou will hear from us shortly.\n` }]);
    assert.deepEqual(severities(await client.waitForPublished(reply)), [DiagnosticSeverity.Warning, DiagnosticSeverity.Warning]);

    await client.changeSettings({ rules: { 'deferral/no-such-rule': 'error' } });
    await client.change(reply, [{ text: TEXT }]);
    assert.deepEqual(severities(await client.waitForPublished(reply)), [DiagnosticSeverity.Warning]);

    const warnings = client.logs.filter((log) => log.type === MessageType.Warning && log.message.includes('replylint.rules'));
    assert.equal(warnings.length, 1, JSON.stringify(client.logs));
    assert.match(warnings[0]!.message, /"deferral\/no-such-rule"/);
    assert.equal(client.messages.length, 0, 'no pop-up for a settings typo');
  });
});
