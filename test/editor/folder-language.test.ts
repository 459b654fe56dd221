// A one-line chat file whose words tell no language is read in the language of
// its folder's other files, in VS Code as on the command line (issue 12): the
// hover says so, and reply files written beside it (VS Code's file watcher)
// make the server read the folder again.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import * as vscode from 'vscode';
import { VAGUE_RULE, activateReplylint, closeAllEditors, markdownText, ofRule, openWorkspaceFile, waitForDiagnostics, writeWorkspaceFile } from './helpers';

suite('the language of a folder', () => {
  suiteSetup(async () => {
    await activateReplylint();
  });
  teardown(closeAllEditors);

  test("a line that tells no language is read in its folder's, says so on hover, and follows the folder's files", async () => {
    // In the fixture, so VS Code watches the folder from the start (a folder made during the run can be
    // missed by its watcher, and with it every file written there later).
    const { document } = await openWorkspaceFile('replies/chat-fi/pian.txt');
    // Finnish "pian" (soon) is the Finnish pack's vague time frame; English rules see nothing in the line.
    const [vague] = ofRule(
      await waitForDiagnostics(document.uri, "the Finnish vague time frame, from the folder's language", (found) => ofRule(found).length === 1),
    );
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, vague!.range.start);
    const hover = hovers.map((one) => markdownText(one.contents)).join('\n');
    assert.ok(hover.includes(VAGUE_RULE), `hover lacks the rule:\n${hover}`);
    assert.match(hover, /Kieli päätelty kansiosta/, `hover does not say the language came from the folder:\n${hover}`);

    // Two English files beside it tie the folder: it tells nothing, and the line is read in English again.
    const english = [
      writeWorkspaceFile('replies/chat-fi/shipped.txt', 'Hi Sam, your order left our warehouse this morning and arrives on Friday.'),
      writeWorkspaceFile('replies/chat-fi/refund.txt', 'Hello Ana, thanks for getting in touch. Your refund was sent to your card today.'),
    ];
    await waitForDiagnostics(document.uri, 'no finding once the folder ties', (found) => ofRule(found).length === 0);
    // And back when they are rewritten in Finnish. (Not deleted: VS Code's watcher drops a file created and
    // deleted within one batch of events, and under load that batch can come after the server listed them.)
    for (const uri of english) fs.writeFileSync(uri.fsPath, 'Kiitos viestistäsi! Tilauksesi lähti varastostamme tänä aamuna ja saapuu perjantaina.');
    await waitForDiagnostics(document.uri, 'the Finnish finding again once those files are Finnish', (found) => ofRule(found).length === 1);
  });
});
