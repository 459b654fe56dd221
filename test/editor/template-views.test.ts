// Mail template views (issue 12): a Blade view the config's `include` names gets the command line's diagnostics, at
// the right UTF-16 column past non-ASCII text; one no glob names gets none (the status item says why: screenshots/);
// Lint Workspace lints the named views and counts the others with the glob that would name them.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { VAGUE_RULE, activateReplylint, closeAllEditors, ofRule, openWorkspaceFile, waitForDiagnostics, writeWorkspaceFile } from './helpers';

/** 'ż', 'ó', 'ć', an emoji (two UTF-16 units) and an em dash before "soon" on its line. */
const VIEW =
  '{{-- wysyłka --}}\n<p>Hi {{ $user->first_name }},</p>\n<p>Zażółć 💶 — your refund will arrive soon.</p>\n@if($late)\n<p>Sorry.</p>\n@endif\n<p>Best,<br>Ana</p>\n';

suite('mail template views', () => {
  suiteSetup(async () => {
    await activateReplylint();
    writeWorkspaceFile('laravel/.replylint.yaml', "include:\n  - 'resources/views/mail/**/*.blade.php'\n");
  });
  teardown(closeAllEditors);

  test('a Blade view the include glob names gets its diagnostic at the UTF-16 column; an unnamed one gets none', async () => {
    const { document: unnamed } = await openWorkspaceFile('laravel/resources/views/pages/refund.blade.php', VIEW);
    const { document } = await openWorkspaceFile('laravel/resources/views/mail/refund.blade.php', VIEW);
    assert.equal(document.languageId, 'php');
    const [soon] = ofRule(await waitForDiagnostics(document.uri, 'the vague time frame in the Blade view', (found) => ofRule(found).length === 1));
    const line = VIEW.split('\n')[2]!;
    assert.ok(soon!.range.isEqual(new vscode.Range(2, line.indexOf('soon'), 2, line.indexOf('soon') + 4)), JSON.stringify(soon!.range));
    assert.equal(document.getText(soon!.range), 'soon');
    // Nothing in the Blade comment or the @if line.
    assert.deepEqual(
      vscode.languages.getDiagnostics(document.uri).filter((diagnostic) => diagnostic.range.start.line === 0 || diagnostic.range.start.line === 3),
      [],
    );
    // The unnamed view was opened first: it had its turn.
    assert.deepEqual(vscode.languages.getDiagnostics(unnamed.uri), []);
  });

  test('Lint Workspace lints the named views and says how many it left out, with the include glob', async () => {
    const named = writeWorkspaceFile('laravel/resources/views/mail/late.blade.php', VIEW);
    const unnamed = ['billing/late', 'billing/paid'].map((name) => writeWorkspaceFile(`laravel/resources/views/${name}.blade.php`, VIEW));
    // pages/refund.blade.php of the test before is on disk too, and left out unless VS Code still holds it open (Lint
    // Workspace reads open documents from the editor, not the disk).
    const open = new Set(vscode.workspace.textDocuments.map((document) => document.uri.toString()));
    const earlier = vscode.Uri.joinPath(named, '..', '..', 'pages', 'refund.blade.php');
    const summary = await vscode.commands.executeCommand<{ viewsLeftOut: number; include?: string }>('replylint.lintWorkspace');
    assert.equal(ofRule(vscode.languages.getDiagnostics(named)).length, 1, `${VAGUE_RULE} in the named view`);
    for (const uri of unnamed) assert.deepEqual(vscode.languages.getDiagnostics(uri), [], uri.path);
    assert.deepEqual(summary && { viewsLeftOut: summary.viewsLeftOut, include: summary.include }, {
      viewsLeftOut: unnamed.length + (open.has(earlier.toString()) ? 0 : 1),
      include: 'resources/views/billing/**/*.blade.php',
    });
  });
});
