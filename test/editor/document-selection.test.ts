// What the extension lints: help-desk exports (JSON) like the CLI, and with no
// config in reach (replylint.withoutConfig: replies, the default) only clear
// replies, never a README; the rule documentation it opens is never linted.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { VAGUE_REPLY, VAGUE_RULE, activateReplylint, closeAllEditors, ofRule, openWorkspaceFile, ruleIdOf, waitFor, waitForDiagnostics } from './helpers';

const ZENDESK_MACRO = JSON.stringify(
  {
    macro: {
      title: 'Refund delay',
      actions: [{ field: 'comment_value', value: 'Hi {{ticket.requester.first_name}},\n\nYour refund will arrive soon.\n\nBest,\nSam' }],
    },
  },
  null,
  2,
);

suite('document selection', () => {
  suiteSetup(activateReplylint);
  teardown(closeAllEditors);

  test('a Zendesk macro export (.json) gets diagnostics at the characters inside the JSON string', async () => {
    const { document } = await openWorkspaceFile('exports/refund.json', ZENDESK_MACRO);
    const [soon] = await waitForDiagnostics(document.uri, 'the vague time frame in the export', (found) => ofRule(found).length === 1);
    assert.equal(document.getText(soon!.range), 'soon');
  });

  suite('withoutConfig: replies (the default)', () => {
    const settings = () => vscode.workspace.getConfiguration('replylint');
    suiteSetup(() => settings().update('withoutConfig', 'replies', vscode.ConfigurationTarget.Workspace));
    suiteTeardown(() => settings().update('withoutConfig', undefined, vscode.ConfigurationTarget.Workspace));

    test('lints a reply folder but leaves README and CHANGELOG alone', async () => {
      const { document: readme } = await openWorkspaceFile('project/README.md', VAGUE_REPLY);
      const { document: changelog } = await openWorkspaceFile('project/CHANGELOG.md', VAGUE_REPLY);
      const { document: macro } = await openWorkspaceFile('project/macros/refund.md', VAGUE_REPLY);
      await waitForDiagnostics(macro.uri, 'the reply in macros/', (found) => ofRule(found).length === 1);
      // The macro was linted after the README and changelog were opened: they had their turn.
      assert.deepEqual(vscode.languages.getDiagnostics(readme.uri), []);
      assert.deepEqual(vscode.languages.getDiagnostics(changelog.uri), []);
    });
  });

  test('"Show documentation" opens the rule page, which is never linted', async () => {
    const { document } = await openWorkspaceFile('docs-link/reply.md', VAGUE_REPLY);
    const [soon] = await waitForDiagnostics(document.uri, 'the vague time frame', (found) => ofRule(found).length === 1);
    assert.match(String(typeof soon!.code === 'object' ? soon!.code.target : ''), /docs\/rules\.md#recommended-en-deferral-vague-timeframe$/);
    await vscode.commands.executeCommand('replylint.showRuleDocs', VAGUE_RULE, document.uri.toString());
    const page = await waitFor('the rule page', () => vscode.workspace.textDocuments.find((candidate) => candidate.uri.scheme === 'replylint-docs'));
    assert.match(page.getText(), /^# `deferral\/vague-timeframe`/);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    assert.deepEqual(
      vscode.languages.getDiagnostics(page.uri).filter((diagnostic) => ruleIdOf(diagnostic) !== undefined),
      [],
    );
  });
});
