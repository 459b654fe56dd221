// Fill-in slots over LSP: in a reply, "Fill in" selects the slot in the editor
// (window/showDocument with a selection), so what the writer types replaces it.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { ExecuteCommandRequest, type Command, type Diagnostic, type Hover, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { fileUri, type LspTestClient } from '../support/lsp-client';
import { createWorkspace, removeWorkspace, serverPerTest } from './temp-workspace';

const RULE = 'placeholder/unfilled-slot';

describe('LSP fill-in slots', function () {
  this.timeout(30000);
  let workspace: string;
  const startServer = serverPerTest();

  before(() => {
    workspace = createWorkspace({ '.replylint.yaml': 'kind: reply\n' });
  });
  after(() => removeWorkspace(workspace));

  async function slotsIn(client: LspTestClient, name: string, text: string): Promise<{ uri: string; slots: Diagnostic[] }> {
    const uri = fileUri(path.join(workspace, name));
    await client.open(uri, 'plaintext', text);
    const diagnostics = await client.waitForPublished(uri, (published) => published.some((diagnostic) => diagnostic.code === RULE));
    return { uri, slots: diagnostics.filter((diagnostic) => diagnostic.code === RULE) };
  }

  it('"Fill in" selects the slot, at UTF-16 positions after emoji and CRLF', async () => {
    const { client } = await startServer({ workspaceFolder: workspace, showDocument: true });
    const text = 'Hi Zoë 👋,\r\n\r\nOur technician can visit on TBD between 9:00 and 12:00.\r\n\r\nBest,\r\nAna\r\n';
    const { uri, slots } = await slotsIn(client, 'visit.txt', text);
    assert.equal(slots.length, 1);
    const range = slots[0]!.range;
    assert.deepEqual(range, { start: { line: 2, character: 28 }, end: { line: 2, character: 31 } });
    const actions = await client.codeActions(uri, range, { diagnostics: slots });
    const fillIn = actions.find((action) => action.title === 'Fill in "TBD"');
    assert.ok(fillIn?.command, JSON.stringify(actions.map((action) => action.title)));
    assert.equal(fillIn.isPreferred, true);
    const command = fillIn.command as Command;
    const done: unknown = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: command.command, arguments: command.arguments });
    assert.equal(done, true);
    assert.deepEqual(client.shownDocuments.at(-1), { uri, selection: range, takeFocus: true });
  });

  it('a bracket slot in a reply gets "Fill in"; in a macro it is no problem and its hover says it must be filled', async () => {
    const { client } = await startServer({ workspaceFolder: workspace, showDocument: true });
    const reply = 'Hi Marek,\n\nThe courier will collect the laptop within [x] business days.\n\nBest,\nLena\n';
    const { uri, slots } = await slotsIn(client, 'slot.txt', reply);
    assert.deepEqual(slots[0]!.range, { start: { line: 2, character: 43 }, end: { line: 2, character: 46 } });
    const actions = await client.codeActions(uri, slots[0]!.range, { diagnostics: slots });
    assert.ok(
      actions.some((action) => action.title === 'Fill in "[x]"'),
      JSON.stringify(actions.map((action) => action.title)),
    );

    const macroUri = fileUri(path.join(workspace, 'macro.md'));
    await client.open(macroUri, 'markdown', `<!-- replylint kind=macro -->\n${reply}`);
    const diagnostics = await client.waitForPublished(macroUri);
    assert.ok(!diagnostics.some((diagnostic) => diagnostic.code === RULE), JSON.stringify(diagnostics));
    const hover = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: macroUri },
      position: { line: 3, character: 44 },
    })) as Hover | null;
    assert.match((hover?.contents as MarkupContent).value, /^\*\*Fill-in slot\*\* `\[x\]`/);
  });

  it('a note on a line of its own is offered for removal with its line', async () => {
    const { client } = await startServer({ workspaceFolder: workspace, showDocument: true });
    const text = 'Hi Sofia,\n\nREMOVE THIS LINE BEFORE SENDING: check the order first.\n\nYour order leaves tomorrow morning.\n\nBest,\nJonas\n';
    const { uri, slots } = await slotsIn(client, 'note.txt', text);
    const actions = await client.codeActions(uri, slots[0]!.range, { diagnostics: slots });
    const remove = actions.find((action) => action.title.startsWith('Remove'));
    assert.ok(remove?.edit, JSON.stringify(actions.map((action) => action.title)));
  });

  it('a client that cannot select gets no "Fill in" action', async () => {
    const { client } = await startServer({ workspaceFolder: workspace });
    const { uri, slots } = await slotsIn(client, 'plain-client.txt', 'Hi Priya,\n\nThe visit is on TBD.\n\nBest,\nAna\n');
    const actions = await client.codeActions(uri, slots[0]!.range, { diagnostics: slots });
    assert.ok(!actions.some((action) => action.title.startsWith('Fill in')), JSON.stringify(actions.map((action) => action.title)));
  });
});
