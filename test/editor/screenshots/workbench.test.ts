// Pictures for people, not assertions: a draft reply with its findings, and the
// hover on one. Run by scripts/editor-test/run.mjs when REPLYLINT_SCREENSHOTS=<dir>
// is set; the runner saves <dir>/<name>.png when a test asks for it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { activateReplylint, openWorkspaceFile, waitFor, waitForDiagnostics } from '../helpers';

const DRAFT = `Hi {{ticket.requester.first_name}},

Thanks for reaching out about your refund. Unfortunately that is our policy,
so we cannot refund an order after 30 days.

We will get back to you soon about the other options.

Best regards,
Sam
`;

/** Asks the runner (through the log it reads) for a screenshot, and waits until it is written. */
async function screenshot(name: string): Promise<void> {
  const dir = process.env.REPLYLINT_SCREENSHOTS;
  assert.ok(dir, 'REPLYLINT_SCREENSHOTS is not set');
  const file = path.join(dir, `${name}.png`);
  fs.rmSync(file, { force: true });
  console.log(`[replylint-screenshot] ${name}`);
  await waitFor(`the runner to write ${file}`, () => (fs.existsSync(file) ? true : undefined), 30_000);
}

/** The workbench paints after the API calls return; there is no event to wait for. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 1500));

suite('screenshots', () => {
  suiteSetup(activateReplylint);

  test('a draft with findings, squiggles and the Problems panel', async () => {
    const editor = await openWorkspaceFile('zendesk/draft.md', DRAFT);
    await waitForDiagnostics(editor.document.uri, 'findings', (found) => found.length >= 2);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await vscode.window.showTextDocument(editor.document);
    await settle();
    await screenshot('1-diagnostics');
  });

  test('the hover on a finding', async () => {
    const editor = await openWorkspaceFile('zendesk/draft.md');
    const soon = editor.document.getText().indexOf('soon');
    const position = editor.document.positionAt(soon + 1);
    editor.selection = new vscode.Selection(position, position);
    await vscode.commands.executeCommand('editor.action.showHover');
    await settle();
    await screenshot('2-hover');
  });
});
