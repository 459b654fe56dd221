// The Replylint commands: every contributed command is registered, and each runs.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import {
  VAGUE_REPLY,
  VAGUE_RULE,
  activateReplylint,
  canListProcesses,
  closeAllEditors,
  isAlive,
  keptPhraseTries,
  languageServerPids,
  ofRule,
  openWorkspaceFile,
  replaceAll,
  ruleIdOf,
  waitFor,
  waitForDiagnostics,
  workspaceFolder,
} from './helpers';

interface ScorecardReport {
  title: string;
  scorecard: Record<'greeting' | 'empathy' | 'nextStep' | 'ownership' | 'closing', 'pass' | 'fail' | 'n/a'>;
  lines: { item: string; reason: string }[];
}

suite('commands', () => {
  let extension: vscode.Extension<unknown>;
  suiteSetup(async () => {
    extension = await activateReplylint();
  });
  teardown(closeAllEditors);

  test('every contributed command is registered', async () => {
    const contributed = (extension.packageJSON as { contributes: { commands: { command: string }[] } }).contributes.commands.map(({ command }) => command);
    assert.ok(contributed.length >= 6, `only ${contributed.length} contributed commands`);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(
      contributed.filter((command) => !registered.has(command)),
      [],
    );
  });

  test("Show scorecard returns the reply's scorecard and opens it without blocking", async () => {
    await openWorkspaceFile('commands/scorecard.md', VAGUE_REPLY);
    const report = await vscode.commands.executeCommand<ScorecardReport | undefined>('replylint.showScorecard');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.ok(report, 'no scorecard for an open reply');
    assert.equal(report.scorecard.greeting, 'pass');
    // A .md file is a macro: the help desk appends its signature, so recommended does not ask its closing (issue 13).
    assert.equal(report.scorecard.closing, 'n/a');
    assert.match(report.lines.find((line) => line.item === 'closing')!.reason, /help desk appends/);
    // "soon" is no time frame, and the item says so.
    assert.equal(report.scorecard.nextStep, 'fail');
    assert.match(report.lines.find((line) => line.item === 'nextStep')!.reason, /"soon" leaves the customer without a time/);
  });

  test('Lint workspace puts findings of unopened files into the Problems panel', async () => {
    const unopened = vscode.Uri.file(path.join(workspaceFolder(), 'unopened', 'late-reply.md'));
    assert.ok(!vscode.workspace.textDocuments.some((document) => document.uri.toString() === unopened.toString()), 'the file must not be open');
    assert.deepEqual(vscode.languages.getDiagnostics(unopened), []);

    await vscode.commands.executeCommand('replylint.lintWorkspace');
    const found = vscode.languages.getDiagnostics(unopened);
    assert.deepEqual(found.map(ruleIdOf), [VAGUE_RULE]);
    assert.equal(found[0]!.source, 'replylint');
    assert.ok(found[0]!.range.isEqual(new vscode.Range(2, 81, 2, 85)), `range ${JSON.stringify(found[0]!.range)}`);
  });

  test('Create configuration writes the starter config, which then applies', async () => {
    const root = workspaceFolder();
    const written = [path.join(root, '.replylint.yaml'), path.join(root, 'replylint', 'team-pack.yaml')];
    assert.deepEqual(
      written.filter((file) => fs.existsSync(file)),
      [],
      'the fixture has no config at its root',
    );
    // The starter's team pack flags internal names customers never see.
    const TEAM_RULE = 'team/internal-names';
    const { document: reply } = await openWorkspaceFile(
      'commands/internal-name.md',
      'Hi Dana,\n\nYou can change it in the back office. We will email you soon.\n\nBest regards,\nSam\n',
    );
    const before = await waitForDiagnostics(reply.uri, 'the reply linted with the defaults', (found) => ofRule(found).length === 1);
    assert.deepEqual(ofRule(before, TEAM_RULE), []);
    try {
      await vscode.commands.executeCommand('replylint.createConfig');
      assert.deepEqual(
        written.filter((file) => !fs.existsSync(file)),
        [],
        'files not written',
      );
      assert.equal(vscode.window.activeTextEditor?.document.uri.fsPath, written[0], 'the new config is shown');
      await waitForDiagnostics(reply.uri, "the team pack's rule", (found) => ofRule(found, TEAM_RULE).length === 1);
    } finally {
      for (const file of written) fs.rmSync(file, { force: true });
    }
    await waitForDiagnostics(reply.uri, 'the defaults again', (found) => ofRule(found, TEAM_RULE).length === 0 && ofRule(found).length === 1);
  });

  test('Restart server starts a new language server that lints', async function () {
    if (!canListProcesses) this.skip();
    const { document } = await openWorkspaceFile('commands/restart.md', VAGUE_REPLY);
    await waitForDiagnostics(document.uri, 'the vague time frame', (found) => ofRule(found).length === 1);
    const [before, ...more] = languageServerPids(extension);
    assert.ok(before !== undefined && more.length === 0, `expected one language server, found ${[before, ...more].join(', ')}`);
    // The server keeps the phrase tries it built in the extension's storage, written after its first diagnostics.
    const kept = await waitFor('the phrase tries kept in global storage', () => {
      const tries = keptPhraseTries();
      return tries.size > 0 ? tries : undefined;
    });

    await vscode.commands.executeCommand('replylint.restartServer');
    const after = await waitFor('a new language server', () => languageServerPids(extension).find((pid) => pid !== before));
    await waitFor(`the old language server ${before} to exit`, () => (isAlive(before) ? undefined : true));
    await replaceAll(document, VAGUE_REPLY.replace('soon', 'shortly'));
    const found = await waitForDiagnostics(document.uri, 'diagnostics from the new server', (diagnostics) =>
      diagnostics.some((diagnostic) => document.getText(diagnostic.range) === 'shortly'),
    );
    assert.equal(found.length, 1);
    assert.deepEqual(languageServerPids(extension), [after]);
    // The new server read them: none written again.
    const now = keptPhraseTries();
    for (const [file, written] of kept) assert.equal(now.get(file), written, `${file} was written again`);
  });

  test('Show output opens the Replylint output channel', async () => {
    await vscode.commands.executeCommand('replylint.showOutput');
    // A shown output channel is a text document with the output scheme.
    await waitFor('the Replylint output channel', () =>
      vscode.workspace.textDocuments.find((document) => document.uri.scheme === 'output' && /Replylint/.test(decodeURIComponent(document.uri.toString()))),
    );
  });
});
