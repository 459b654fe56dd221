// Configuration changes take effect on open documents without a restart: the
// replylint.rules setting, and .replylint.yaml edited in the editor.
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
      await waitForDiagnostics(document.uri, 'the category as errors', (found) => ofRule(found).some((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Error));
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
    await waitForDiagnostics(reply.uri, 'the rule back, as an error', (found) => ofRule(found).some((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Error));
  });
});
