// Diagnostics in the editor: on open, following edits, on untitled buffers,
// and none on a good reply.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  SOON_RANGE,
  VAGUE_REPLY,
  VAGUE_RULE,
  activateReplylint,
  closeAllEditors,
  insertText,
  ofRule,
  openWorkspaceFile,
  replaceAll,
  ruleIdOf,
  waitForDiagnostics,
} from './helpers';

suite('diagnostics', () => {
  suiteSetup(activateReplylint);
  teardown(closeAllEditors);

  test('appear on open with source, rule id, severity and exact range', async () => {
    const { document } = await openWorkspaceFile('diagnostics/on-open.md', VAGUE_REPLY);
    const [diagnostic, ...others] = await waitForDiagnostics(document.uri, 'the vague time frame', (found) => found.length > 0);
    assert.deepEqual(others, [], 'only "soon" is a problem in this reply');
    assert.equal(diagnostic!.source, 'replylint');
    assert.equal(ruleIdOf(diagnostic!), VAGUE_RULE);
    assert.equal(diagnostic!.severity, vscode.DiagnosticSeverity.Warning);
    assert.ok(diagnostic!.range.isEqual(SOON_RANGE), `range ${JSON.stringify(diagnostic!.range)}`);
    assert.match(diagnostic!.message, /"soon"/);
  });

  test('follow edits: a finding moves with the text, and a new one appears', async () => {
    const { document } = await openWorkspaceFile('diagnostics/edits.md', VAGUE_REPLY);
    await waitForDiagnostics(document.uri, 'the first finding', (found) => found.length === 1);

    // 21 characters before "soon" on its line.
    await insertText(document, new vscode.Position(2, 25), 'Sorry for the delay. ');
    const moved = await waitForDiagnostics(document.uri, 'the finding to move', (found) => found.length === 1 && found[0]!.range.start.character === 70);
    assert.ok(moved[0]!.range.isEqual(new vscode.Range(2, 70, 2, 74)));

    await insertText(document, document.lineAt(2).range.end, ' I will update you shortly.');
    const both = await waitForDiagnostics(document.uri, 'a second finding', (found) => ofRule(found).length === 2);
    assert.deepEqual(
      both.map((diagnostic) => document.getText(diagnostic.range)),
      ['soon', 'shortly'],
    );
  });

  test('a good reply gets none, and is linted again after each edit', async () => {
    const { document } = await openWorkspaceFile('reply.md');
    // Proves the server has linted this document before "none" is believed.
    await insertText(document, new vscode.Position(2, 0), 'We will call you soon. ');
    await waitForDiagnostics(document.uri, 'the inserted problem', (found) => ofRule(found).length === 1);
    await vscode.commands.executeCommand('undo');
    assert.equal(document.isDirty, false, 'undo should restore the saved text');
    await waitForDiagnostics(document.uri, 'no findings on the good reply', (found) => found.length === 0);
  });

  test('an untitled buffer is linted', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: VAGUE_REPLY });
    await vscode.window.showTextDocument(document);
    assert.equal(document.uri.scheme, 'untitled');
    const found = await waitForDiagnostics(document.uri, 'the vague time frame', (diagnostics) => diagnostics.length > 0);
    assert.deepEqual(found.map(ruleIdOf), [VAGUE_RULE]);
    assert.ok(found[0]!.range.isEqual(SOON_RANGE));

    await replaceAll(document, VAGUE_REPLY.replace('soon', 'by Friday'));
    await waitForDiagnostics(document.uri, 'the fixed buffer to be clean', (diagnostics) => diagnostics.length === 0);
  });
});
