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
  writeWorkspaceFile,
} from './helpers';

/** "soon" (a suggestion: only the writer knows when) and two filler words (fixes). */
const WITH_FILLERS = VAGUE_REPLY.replace('soon.', 'soon. Just restart the app, then just click Save.');
const FILLERS_FIXED = VAGUE_REPLY.replace('soon.', 'soon. Restart the app, then click Save.');
const FILLER_RULE = 'tone/condescending';

/** The code actions at a range, asked again when the editor cancels a request its own light bulb superseded. */
async function codeActionsWith(document: vscode.TextDocument, range: vscode.Range, title: string): Promise<vscode.CodeAction[]> {
  let titles: string[] = [];
  return waitFor(
    () => `"${title}" among: ${titles.join(' | ')}`,
    async () => {
      const offered: (vscode.CodeAction | vscode.Command)[] = await vscode.commands
        .executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', document.uri, range)
        .then(undefined, () => []);
      titles = offered.map((action) => action.title);
      const actions = offered.filter((action): action is vscode.CodeAction => 'edit' in action || 'kind' in action);
      return actions.some((action) => action.title === title && action.edit) ? actions : undefined;
    },
  );
}

suite('code actions', () => {
  suiteSetup(activateReplylint);
  teardown(closeAllEditors);

  test('a suggestion, picked as a quick fix, replaces the vague time frame', async () => {
    const { document } = await openWorkspaceFile('fixes/quick-fix.md', VAGUE_REPLY);
    await waitForDiagnostics(document.uri, 'the vague time frame', (found) => ofRule(found).length === 1);

    const actions = await codeActionsWith(document, SOON_RANGE, 'Replace with "by [date]"');
    const titles = actions.map((action) => action.title);
    const fix = actions.find((action) => action.title === 'Replace with "by [date]"')!;
    assert.ok(fix.edit);
    assert.equal(fix.kind?.value, vscode.CodeActionKind.QuickFix.value);
    assert.ok(
      titles.some((title) => /disable/i.test(title)),
      `no suppression among: ${titles.join(' | ')}`,
    );

    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(document.getText(), VAGUE_REPLY.replace('soon', 'by [date]'));
    await waitForDiagnostics(document.uri, 'the fixed reply to be clean', (found) => found.length === 0);
  });

  test('"Replylint: Fix all" applies the fixes in the active reply and no suggestion', async () => {
    const { document } = await openWorkspaceFile('fixes/fix-all-command.md', WITH_FILLERS);
    await waitForDiagnostics(document.uri, 'the fillers and "soon"', (found) => found.length === 3 && ofRule(found).length === 1);

    await vscode.commands.executeCommand('replylint.fixAll');
    await waitFor('the fixed text', () => (document.getText().includes('Just restart') ? undefined : true));
    assert.equal(document.getText(), FILLERS_FIXED);
  });

  test('placeholders: "{{" closed by a fix, "{% endif %}" and "did you mean" variables as suggestions, "Fill in" puts the cursor on the slot', async () => {
    const reply = [
      '<!-- replylint kind=reply -->',
      'Hi {{ticket.requester.first_name | fallback: "there"}},',
      '',
      'Your order number is {{ticket.id.',
      '',
      'The refund for {{ticket.requester.nmae}} is on its way.',
      '',
      '{% if ticket.status == "open" %}The courier collects the parcel within [x] business days.',
      '',
      'Best,',
      '{{current_user.first_name}}',
      '',
    ].join('\n');
    const { document } = await openWorkspaceFile('fixes/placeholders.md', reply);
    const found = await waitForDiagnostics(
      document.uri,
      'the four placeholder problems',
      (all) =>
        ofRule(all, 'placeholder/malformed').length === 2 &&
        ofRule(all, 'placeholder/unknown-variable').length === 1 &&
        ofRule(all, 'placeholder/unfilled-slot').length === 1,
    );
    const onLine = (rule: string, line: number) => ofRule(found, rule).find((diagnostic) => diagnostic.range.start.line === line)!;
    const apply = async (range: vscode.Range, title: string) => {
      const action = (await codeActionsWith(document, range, title)).find((candidate) => candidate.title === title)!;
      assert.ok(await vscode.workspace.applyEdit(action.edit!));
      return action;
    };

    // Later lines first, so the earlier diagnostics' ranges still hold.
    const slot = onLine('placeholder/unfilled-slot', 7);
    const fillIn = (
      await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', document.uri, slot.range)
    ).find((action) => action.title === 'Fill in "[x]"') as vscode.CodeAction | undefined;
    assert.ok(fillIn?.command, 'no "Fill in" action');
    await vscode.commands.executeCommand(fillIn.command.command, ...((fillIn.command.arguments ?? []) as unknown[]));
    await waitFor('the slot selected', () => (vscode.window.activeTextEditor?.selection.isEqual(slot.range) ? true : undefined));

    const endTag = await apply(onLine('placeholder/malformed', 7).range, 'Add "{% endif %}" at the end of the paragraph');
    assert.notEqual(endTag.isPreferred, true, 'a suggestion is never preferred');
    await apply(onLine('placeholder/unknown-variable', 5).range, 'Change to ticket.requester.name');
    const close = await apply(onLine('placeholder/malformed', 3).range, 'Close with "}}"');
    assert.equal(close.isPreferred, true);
    assert.equal(
      document.getText(),
      reply.replace('{{ticket.id.', '{{ticket.id}}.').replace('nmae', 'name').replace('business days.', 'business days.{% endif %}'),
    );
  });

  suite('on save with editor.codeActionsOnSave', () => {
    const editorSettings = () => vscode.workspace.getConfiguration('editor');
    suiteSetup(async () => {
      // An auto save runs no code actions and races the explicit save below (prepare.mjs turns it off).
      assert.equal(vscode.workspace.getConfiguration('files').get('autoSave'), 'off', 'files.autoSave must be off for these tests');
      await editorSettings().update('codeActionsOnSave', { 'source.fixAll.replylint': 'explicit' }, vscode.ConfigurationTarget.Workspace);
      // update() can resolve before the workbench, whose save participant reads the setting, has reloaded the
      // settings file (a CI run saved without fixes right after it). The extension host's copy changes only when
      // the workbench sends it the change, so once it shows the value the save participant sees it too.
      await waitFor('editor.codeActionsOnSave in effect', () =>
        editorSettings().get<Record<string, string>>('codeActionsOnSave')?.['source.fixAll.replylint'] === 'explicit' ? true : undefined,
      );
    });
    suiteTeardown(() => editorSettings().update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace));

    test('fix-on-save drops the filler words, leaves "soon" alone and still offers its suggestion', async () => {
      const { document } = await openWorkspaceFile('fixes/on-save.md', VAGUE_REPLY);
      await insertText(document, document.lineAt(2).range.end, ' Just restart the app, then just click Save.');
      await waitForDiagnostics(document.uri, 'the fillers and "soon"', (found) => found.length === 3 && ofRule(found).length === 1);

      assert.ok(await document.save(), 'save failed');
      if (document.getText() !== FILLERS_FIXED) {
        // Says whether the server offers fix-all now, so a failure tells a slow setting from a missing action.
        const offered = await vscode.commands.executeCommand<vscode.CodeAction[]>(
          'vscode.executeCodeActionProvider',
          document.uri,
          new vscode.Range(0, 0, document.lineCount, 0),
          'source.fixAll.replylint',
        );
        assert.equal(
          document.getText(),
          FILLERS_FIXED,
          `saved without the fixes; fix-all actions offered after the save: ${offered.map((a) => a.title).join(' | ') || 'none'}`,
        );
      }
      assert.equal(fs.readFileSync(document.uri.fsPath, 'utf8'), FILLERS_FIXED, 'the fixes are part of what was saved');
      await waitForDiagnostics(document.uri, 'only "soon" left', (found) => found.length === 1 && ofRule(found).length === 1);
      const suggestion = (await codeActionsWith(document, SOON_RANGE, 'Replace with "by [date]"')).find(
        (action) => action.title === 'Replace with "by [date]"',
      )!;
      assert.notEqual(suggestion.isPreferred, true);
      assert.ok(await vscode.workspace.applyEdit(suggestion.edit!));
      assert.equal(document.getText(), FILLERS_FIXED.replace('soon', 'by [date]'));
    });

    test('a Latin-1 file is not fixed on save or by Fix all, the writer is warned, and a single quick fix still works', async () => {
      // "Café" in Latin-1: the byte E9 is no UTF-8, and VS Code shows it as U+FFFD.
      const latin1 = Buffer.concat([
        Buffer.from('Hi Dana,\n\nJust restart the app. Caf'),
        Buffer.from([0xe9]),
        Buffer.from(' opens at 9.\n\nBest regards,\nSam\n'),
      ]);
      const uri = writeWorkspaceFile('fixes/latin1.md', '');
      fs.writeFileSync(uri.fsPath, latin1);
      const warnings: string[] = [];
      // The extension shares this API object: its language client shows the server's warnings through it.
      const window = vscode.window as unknown as { showWarningMessage: (message: string, ...rest: unknown[]) => Thenable<unknown> };
      const showWarningMessage = window.showWarningMessage;
      window.showWarningMessage = (message, ...rest) => {
        warnings.push(message);
        return showWarningMessage(message, ...rest);
      };
      try {
        const { document } = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
        assert.ok(document.getText().includes('Caf\ufffd'), 'the invalid byte is shown as U+FFFD');
        const [filler] = await waitForDiagnostics(document.uri, 'the filler', (found) => ofRule(found, FILLER_RULE).length === 1);

        await vscode.commands.executeCommand('replylint.fixAll');
        await waitFor('the warning after Fix all', () => (warnings.length > 0 ? true : undefined));
        assert.match(warnings[0]!, /did not fix latin1\.md: the file is not valid UTF-8/);
        assert.ok(document.getText().includes('Just restart'), 'Fix all changed nothing');

        // Saving needs a change; fix-on-save asks the server, which refuses and warns again.
        await insertText(document, document.lineAt(4).range.end, '!');
        assert.ok(await document.save(), 'save failed');
        assert.ok(document.getText().startsWith('Hi Dana,\n\nJust restart'), 'fix-on-save changed nothing');
        await waitFor('the warning on save', () => (warnings.length > 1 ? true : undefined));

        const [single] = await codeActionsWith(document, filler!.range, 'Replace with "Restart"').then((actions) =>
          actions.filter((action) => action.title === 'Replace with "Restart"'),
        );
        assert.ok(await vscode.workspace.applyEdit(single!.edit!));
        assert.ok(document.getText().startsWith('Hi Dana,\n\nRestart the app.'), document.getText());
      } finally {
        window.showWarningMessage = showWarningMessage;
      }
    });
  });
});
