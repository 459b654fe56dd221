// Hover on a finding and on a placeholder, and placeholder completion after {{.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import {
  SOON_RANGE,
  VAGUE_REPLY,
  VAGUE_RULE,
  activateReplylint,
  closeAllEditors,
  markdownText,
  ofRule,
  openWorkspaceFile,
  waitForDiagnostics,
} from './helpers';

interface PackFile {
  rules: Record<string, { description?: string }>;
}
interface DialectsFile {
  [dialect: string]: { title: string; variables: string[] };
}

suite('hover and completion', () => {
  let extension: vscode.Extension<unknown>;
  /** The shipped data the server reads, so the tests follow edits to the packs. */
  const shipped = <T>(relative: string): T => parse(fs.readFileSync(path.join(extension.extensionPath, relative), 'utf8')) as T;

  suiteSetup(async () => {
    extension = await activateReplylint();
  });
  teardown(closeAllEditors);

  async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
    return hovers.map((hover) => markdownText(hover.contents)).join('\n');
  }

  test("hover on a finding shows the rule, its message and its description's opening", async () => {
    const { document } = await openWorkspaceFile('hover/finding.md', VAGUE_REPLY);
    await waitForDiagnostics(document.uri, 'the vague time frame', (found) => ofRule(found).length === 1);
    const text = await hoverText(document.uri, SOON_RANGE.start.translate(0, 2));
    const description = shipped<PackFile>('rules/recommended/en.yaml').rules[VAGUE_RULE]!.description;
    assert.ok(description, `${VAGUE_RULE} has no description`);
    // A description this long shows its opening sentences and an ellipsis; the linked documentation has the rest.
    const firstSentence = description.slice(0, description.indexOf('. ') + 1);
    assert.ok(firstSentence.length > 20 && text.includes(firstSentence), `hover lacks the description's opening:\n${text}`);
    assert.ok(!text.includes(description) && text.includes(' \u2026'), `hover shows the whole description:\n${text}`);
    assert.ok(text.includes(VAGUE_RULE), `hover lacks the rule id:\n${text}`);
    assert.match(text, /soon/);
  });

  test("completion after {{ offers the dialect's variables", async () => {
    // zendesk/.replylint.yaml says `placeholders: zendesk`.
    const { document } = await openWorkspaceFile('zendesk/completion.md', 'Hi {{ticket.requester.first_name}},\n\nYour order {{');
    const end = document.lineAt(document.lineCount - 1).range.end;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, end, '{');
    const replylintItems = list.items.filter((item) => item.detail === 'Zendesk (Liquid)');
    const labels = replylintItems.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    const expected = shipped<DialectsFile>('rules/placeholders/dialects.yaml').zendesk!.variables.filter((variable) => !variable.includes('*'));
    assert.deepEqual([...labels].sort(), [...expected].sort());
  });

  test('hover on a placeholder says what it renders', async () => {
    const { document } = await openWorkspaceFile('zendesk/hover.md', 'Hi {{ticket.requester.first_name}},\n\nYour order {{ticket.id}} shipped today.\n');
    const text = await hoverText(document.uri, new vscode.Position(0, 8));
    assert.match(text, /ticket\.requester\.first_name/);
    assert.match(text, /Zendesk \(Liquid\)/);
    assert.match(text, /Renders the ticket's value/);
  });
});
