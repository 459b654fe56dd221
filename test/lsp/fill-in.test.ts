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

  async function slotsIn(client: LspTestClient, name: string, text: string, languageId = 'plaintext'): Promise<{ uri: string; slots: Diagnostic[] }> {
    const uri = fileUri(path.join(workspace, name));
    await client.open(uri, languageId, text);
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

  it('hover over &lt;NAME&gt; in an HTML file and in an HTML export body shows the slot the reader sees', async () => {
    const { client } = await startServer({ workspaceFolder: workspace });
    const hoverAt = async (uri: string, line: number, character: number) =>
      (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } })) as Hover | null;
    // After an emoji (two UTF-16 units), so the hover's range is in the editor's columns.
    const html = '<p>Hi 👋 &lt;CUSTOMER_NAME&gt;,</p>\r\n<p>Your refund arrives within 3 days.</p>\r\n<p>Best,<br>Ana</p>\r\n';
    const { uri: htmlUri } = await slotsIn(client, 'refund.html', html, 'html');
    const inHtml = await hoverAt(htmlUri, 0, 15);
    assert.match((inHtml?.contents as MarkupContent).value, /\*\*Fill-in slot\*\* `<CUSTOMER_NAME>`/);
    assert.deepEqual(inHtml?.range, { start: { line: 0, character: 9 }, end: { line: 0, character: 30 } });

    const body = '<p>Hi &lt;NAME&gt;,</p><p>Your refund arrives within 3 days.</p><p>Best,<br>Ana</p>';
    const json = `${JSON.stringify({ macros: [{ title: 'Refund', actions: [{ field: 'comment_value_html', value: body }] }] }, null, 2)}\n`;
    const { uri: jsonUri, slots } = await slotsIn(client, 'macros.json', json, 'json');
    const { start, end } = slots[0]!.range;
    const inExport = await hoverAt(jsonUri, start.line, start.character + 3);
    assert.match((inExport?.contents as MarkupContent).value, /\*\*Fill-in slot\*\* `<NAME>`/);
    assert.deepEqual(inExport?.range, { start, end });
    assert.equal(json.split('\n')[start.line]!.slice(start.character, end.character), '&lt;NAME&gt;');
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
