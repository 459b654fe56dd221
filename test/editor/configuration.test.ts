// Configuration changes take effect on open documents without a restart: the
// replylint.rules setting, and .replylint.yaml edited in the editor.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  VAGUE_REPLY,
  VAGUE_RULE,
  activateReplylint,
  closeAllEditors,
  ofRule,
  openWorkspaceFile,
  replaceAll,
  waitForDiagnostics,
  writeWorkspaceFile,
} from './helpers';

suite('configuration', () => {
  suiteSetup(activateReplylint);
  teardown(closeAllEditors);

  suite('replylint.rules setting', () => {
    const settings = () => vscode.workspace.getConfiguration('replylint');
    teardown(() => settings().update('rules', undefined, vscode.ConfigurationTarget.Workspace));

    test('turning a rule off removes its diagnostic; turning it back on restores it', async () => {
      const { document } = await openWorkspaceFile('settings/reply.md', VAGUE_REPLY);
      await waitForDiagnostics(document.uri, 'the vague time frame', (found) => ofRule(found).length === 1);

      await settings().update('rules', { [VAGUE_RULE]: 'off' }, vscode.ConfigurationTarget.Workspace);
      await waitForDiagnostics(document.uri, 'the rule to go quiet', (found) => ofRule(found).length === 0);

      await settings().update('rules', { deferral: 'error' }, vscode.ConfigurationTarget.Workspace);
      await waitForDiagnostics(document.uri, 'the category as errors', (found) =>
        ofRule(found).some((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Error),
      );
    });
  });

  test('editing .replylint.yaml in the editor re-lints open replies', async () => {
    // A folder of its own, so this config applies to nothing else.
    writeWorkspaceFile('config-edit/.replylint.yaml', 'rules: {}\n');
    const { document: reply } = await openWorkspaceFile('config-edit/reply.md', VAGUE_REPLY);
    await waitForDiagnostics(reply.uri, 'the vague time frame', (found) => ofRule(found).length === 1);

    const { document: config } = await openWorkspaceFile('config-edit/.replylint.yaml');
    await replaceAll(config, `rules:\n  ${VAGUE_RULE}: off\n`);
    await config.save();
    await waitForDiagnostics(reply.uri, 'the rule to be turned off', (found) => ofRule(found).length === 0);

    await replaceAll(config, `rules:\n  ${VAGUE_RULE}: error\n`);
    await config.save();
    await waitForDiagnostics(reply.uri, 'the rule back, as an error', (found) =>
      ofRule(found).some((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Error),
    );
  });

  test('a team pack broken in the editor gets a diagnostic at the exact place, and replies keep the last good pack', async () => {
    const pack = (where: string) =>
      `language: en\nrules:\n  team/thanks:\n    kind: require\n    category: formula\n    where: ${where}\n    phrases: ["thanks for contacting acme"]\n    message: Open with the Acme thanks formula.\n    description: Our standard opening thanks the customer for getting in touch.\n` +
      // A rule with no bad example is itself a warning on the pack (test-pack fails on it): this pack has its examples.
      `    examples:\n      bad: ["Hi Sam,\\n\\nYour order shipped today.\\n\\nBest,\\nAna"]\n      good: ["Hi Sam,\\n\\nThanks for contacting Acme! Your order shipped today.\\n\\nBest,\\nAna"]\n`;
    writeWorkspaceFile('team-pack/.replylint.yaml', 'extends: [recommended, ./team.yaml]\n');
    writeWorkspaceFile('team-pack/team.yaml', pack('opening'));
    const { document: reply } = await openWorkspaceFile('team-pack/reply.md', VAGUE_REPLY);
    await waitForDiagnostics(reply.uri, 'the team rule', (found) => ofRule(found, 'team/thanks').length === 1);

    const { document: packDocument } = await openWorkspaceFile('team-pack/team.yaml');
    await replaceAll(packDocument, pack('openning'));
    await packDocument.save();
    const problems = await waitForDiagnostics(packDocument.uri, 'the problem on the pack', (found) => found.length > 0);
    // Line 6 (0-based 5), on the value that is not one of opening, closing, anywhere.
    assert.equal(problems[0]!.range.start.line, 5);
    assert.match(problems[0]!.message, /where/);

    // The reply is still linted with the last good pack.
    await replaceAll(reply, VAGUE_REPLY.replace('soon', 'soon, promise'));
    await waitForDiagnostics(
      reply.uri,
      'the team rule, from the last good pack',
      (found) => ofRule(found, 'team/thanks').length === 1 && ofRule(found).length === 1,
    );

    await replaceAll(packDocument, pack('opening'));
    await packDocument.save();
    await waitForDiagnostics(packDocument.uri, 'the problem to clear', (found) => found.length === 0);
  });
});
