// Fixes in the editor: a quick fix from the code action provider, the Fix all
// command, and fix-all on save through editor.codeActionsOnSave.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import * as vscode from 'vscode';
import {
  SOON_RANGE,
  VAGUE_REPLY,
  activateReplylint,
  closeAllEditors,
  insertText,
  ofRule,
  openWorkspaceFile,
  waitFor,
  waitForDiagnostics,
} from './helpers';

const TWO_VAGUE = VAGUE_REPLY.replace('soon.', 'soon. I will update you shortly.');

suite('code actions', () => {
  suiteSetup(activateReplylint);
  teardown(closeAllEditors);

  test('a quick fix replaces the vague time frame', async () => {
    const { document } = await openWorkspaceFile('fixes/quick-fix.md', VAGUE_REPLY);
    await waitForDiagnostics(document.uri, 'the vague time frame', (found) => ofRule(found).length === 1);

    // The editor cancels a code action request that a newer one (its own light bulb) supersedes,
    // which a busy machine makes likely: ask again, as a user would.
    let titles: string[] = [];
    const { fix, actions } = await waitFor(
      () => `a "within 24 hours" fix among: ${titles.join(' | ')}`,
      async () => {
        const offered: (vscode.CodeAction | vscode.Command)[] = await vscode.commands
          .executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', document.uri, SOON_RANGE)
          .then(undefined, () => []);
        titles = offered.map((action) => action.title);
        const found = offered.find((action): action is vscode.CodeAction => action.title === 'Replace with "within 24 hours"' && 'edit' in action);
        return found?.edit ? { fix: found, actions: offered } : undefined;
      },
    );
    titles = actions.map((action) => action.title);
    assert.ok(fix.edit);
    assert.equal(fix.kind?.value, vscode.CodeActionKind.QuickFix.value);
    assert.ok(titles.some((title) => /disable/i.test(title)), `no suppression among: ${titles.join(' | ')}`);

    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(document.getText(), VAGUE_REPLY.replace('soon', 'within 24 hours'));
    await waitForDiagnostics(document.uri, 'the fixed reply to be clean', (found) => found.length === 0);
  });

  test('"Replylint: Fix all" fixes every finding in the active reply', async () => {
    const { document } = await openWorkspaceFile('fixes/fix-all-command.md', TWO_VAGUE);
    await waitForDiagnostics(document.uri, 'both findings', (found) => ofRule(found).length === 2);

    await vscode.commands.executeCommand('replylint.fixAll');
    await waitFor('the fixed text', () => (document.getText().includes('soon') || document.getText().includes('shortly') ? undefined : true));
    assert.equal(document.getText(), TWO_VAGUE.replace('soon', 'within 24 hours').replace('shortly', 'within 24 hours'));
  });

  suite('on save with editor.codeActionsOnSave', () => {
    const editorSettings = () => vscode.workspace.getConfiguration('editor');
    suiteSetup(() => editorSettings().update('codeActionsOnSave', { 'source.fixAll.replylint': 'explicit' }, vscode.ConfigurationTarget.Workspace));
    suiteTeardown(() => editorSettings().update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace));

    test('source.fixAll.replylint fixes the reply as it is saved', async () => {
      const { document } = await openWorkspaceFile('fixes/on-save.md', VAGUE_REPLY);
      await insertText(document, document.lineAt(2).range.end, ' I will update you shortly.');
      await waitForDiagnostics(document.uri, 'both findings', (found) => ofRule(found).length === 2);

      assert.ok(await document.save(), 'save failed');
      const fixed = TWO_VAGUE.replace('soon', 'within 24 hours').replace('shortly', 'within 24 hours');
      assert.equal(document.getText(), fixed);
      assert.equal(fs.readFileSync(document.uri.fsPath, 'utf8'), fixed, 'the fixes are part of what was saved');
    });
  });
});
