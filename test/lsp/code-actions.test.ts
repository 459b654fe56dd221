// Code actions over LSP: quick fixes, suppressions, fix-all, and the fix-all command.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeAction, Diagnostic, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol/node';
import { LspTestClient, editsByUri, fileUri } from '../support/lsp-client';
import { serverForSuite } from './temp-workspace';

const RULE = 'deferral/vague-timeframe';
/** Its fixes only drop filler words: what fix-all may apply. */
const FILLER = 'tone/condescending';
const FILLERS = 'Just restart the app.\n\nThen just click Save.\n\nObviously, the data is safe. We will reply soon.\n';
const WITHOUT_FILLERS = 'Restart the app.\n\nThen click Save.\n\nThe data is safe. We will reply soon.\n';
const ofRule = (diagnostics: Diagnostic[]) => diagnostics.filter((diagnostic) => diagnostic.code === RULE);

function titles(actions: CodeAction[]): string[] {
  return actions.map((action) => action.title);
}

function find(actions: CodeAction[], title: string): CodeAction {
  const action = actions.find((candidate) => candidate.title === title);
  assert.ok(action, `no code action "${title}" among ${JSON.stringify(titles(actions))}`);
  return action;
}

function assertNoOverlaps(edits: TextEdit[]): void {
  const ordered = [...edits].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  for (let i = 1; i < ordered.length; i++) {
    const previous = ordered[i - 1]!.range.end;
    const next = ordered[i]!.range.start;
    assert.ok(previous.line < next.line || (previous.line === next.line && previous.character <= next.character), `edits ${i - 1} and ${i} overlap`);
  }
}

describe('LSP code actions', function () {
  this.timeout(30000);
  let workspace: string;
  let client: LspTestClient;
  let counter = 0;

  serverForSuite({}, {}, (server) => ({ client, workspace } = server));

  /** Opens a new document and returns its URI and its diagnostics. */
  async function openReply(text: string, extension = 'md', languageId = 'markdown'): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
    const uri = fileUri(path.join(workspace, `reply-${++counter}.${extension}`));
    await client.open(uri, languageId, text);
    return { uri, diagnostics: await client.waitForPublished(uri) };
  }

  /** Lints `text` as a fresh document and returns its findings of RULE. */
  async function ruleFindingsIn(text: string, extension = 'md', languageId = 'markdown'): Promise<Diagnostic[]> {
    return ofRule((await openReply(text, extension, languageId)).diagnostics);
  }

  it('on a Polish reply, quick-fix titles and the hover header are in Polish', async () => {
    const text = 'Szanowny Kliencie,\n\nzwrot został zlecony wczoraj i pieniądze wrócą na konto w ciągu 5 dni roboczych.\n\nPozdrawiam,\nAnna\n';
    const { uri, diagnostics } = await openReply(text);
    const dear = diagnostics.find((diagnostic) => diagnostic.code === 'formula/dear-customer');
    assert.ok(dear, JSON.stringify(diagnostics));
    const actions = titles(await client.codeActions(uri, dear.range, { diagnostics: [dear] }));
    for (const title of ['Zamień na „Dzień dobry”', 'Wyłącz regułę formula/dear-customer w tym wierszu', 'Pokaż dokumentację reguły formula/dear-customer']) {
      assert.ok(actions.includes(title), `no "${title}" among ${JSON.stringify(actions)}`);
    }
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: dear.range.start })) as {
      contents: { value: string };
    };
    assert.ok(hover.contents.value.startsWith('**formula/dear-customer** · formuły · informacja'), hover.contents.value);
    assert.ok(hover.contents.value.includes('[Dokumentacja reguły]('), hover.contents.value);
  });

  it('offers each suggestion of a diagnostic as its own quick fix, and applying one edits exactly the finding', async () => {
    const text = 'Hi Sam 👋,\r\n\r\nThanks 🙏 for writing. We’ll get back to you soon.\r\n';
    const { uri, diagnostics } = await openReply(text);
    const soon = ofRule(diagnostics)[0]!;
    const actions = await client.codeActions(uri, soon.range, { diagnostics: [soon] });

    const first = find(actions, 'Replace with "by [date]"');
    const second = find(actions, 'Replace with "within [time frame]"');
    for (const action of [first, second]) {
      assert.equal(action.kind, 'quickfix');
      assert.notEqual(action.isPreferred, true, 'a suggestion is never preferred: it changes what the reply promises');
      assert.deepEqual(action.diagnostics, [soon]);
    }
    assert.equal(client.textAfter(uri, first.edit), 'Hi Sam 👋,\r\n\r\nThanks 🙏 for writing. We’ll get back to you by [date].\r\n');
    assert.equal(client.textAfter(uri, second.edit), 'Hi Sam 👋,\r\n\r\nThanks 🙏 for writing. We’ll get back to you within [time frame].\r\n');

    const docs = find(actions, `Show documentation for ${RULE}`);
    assert.deepEqual(docs.command, { title: `Show documentation for ${RULE}`, command: 'replylint.showRuleDocs', arguments: [RULE, uri] });
    assert.ok(titles(actions).includes(`Disable ${RULE} for this line`));
    assert.ok(titles(actions).includes(`Disable ${RULE} for this file`));
  });

  it('offers no fixes for a diagnostic that no longer matches the text', async () => {
    const { uri, diagnostics } = await openReply('We will reply soon.\n');
    const stale = { ...ofRule(diagnostics)[0]!, range: { start: { line: 0, character: 1 }, end: { line: 0, character: 5 } } };
    assert.deepEqual(await client.codeActions(uri, stale.range, { diagnostics: [stale] }), []);
  });

  it('"Disable for this line" inserts an HTML comment above, with the line\'s indentation and line ending (Markdown)', async () => {
    const text = 'Hi Sam,\r\n\r\n   We will reply soon.\r\n';
    const { uri, diagnostics } = await openReply(text);
    const soon = ofRule(diagnostics)[0]!;
    const action = find(await client.codeActions(uri, soon.range, { diagnostics: [soon] }), `Disable ${RULE} for this line`);
    const edited = client.textAfter(uri, action.edit);
    assert.equal(edited, `Hi Sam,\r\n\r\n   <!-- replylint-disable-next-line ${RULE} -->\r\n   We will reply soon.\r\n`);
    assert.deepEqual(await ruleFindingsIn(edited), []);
  });

  it('"Disable for this line" uses the Liquid comment form in a Zendesk macro', async () => {
    const { uri, diagnostics } = await openReply('Hi {{ticket.requester.first_name}},\nWe will reply soon.\n', 'txt', 'plaintext');
    const soon = ofRule(diagnostics)[0]!;
    const action = find(await client.codeActions(uri, soon.range, { diagnostics: [soon] }), `Disable ${RULE} for this line`);
    const edited = client.textAfter(uri, action.edit);
    assert.equal(edited, `Hi {{ticket.requester.first_name}},\n{% comment %}replylint-disable-next-line ${RULE}{% endcomment %}\nWe will reply soon.\n`);
    assert.deepEqual(await ruleFindingsIn(edited, 'txt', 'plaintext'), []);
  });

  it('"Disable for this line" writes the comment of the plain-text template\'s own engine, or offers none (reviewer-26 #9)', async () => {
    const templates: [string, string | undefined, string?][] = [
      // Jinja (read as Liquid, told by its elif and its fallback filter): Liquid's comment tag would break it.
      [
        'Hi {{ member.first_name | default("there") }},\n{% if member.paid %}Thanks for renewing.{% elif member.trial %}Thanks for trying us.{% endif %}\nWe will reply soon.\n',
        `{# replylint-disable-next-line ${RULE} #}`,
      ],
      ['Dear [% borrower.firstname %],\n[% IF hold %]Your hold is ready.[% END %]\nWe will reply soon.\n', `[%# replylint-disable-next-line ${RULE} %]`],
      ['Hi {{#if name}}{{name}}{{else}}there{{/if}},\nWe will reply soon.\n', `{{!-- replylint-disable-next-line ${RULE} --}}`],
      // osTicket would print any comment to the customer.
      ['Dear %{ticket.name.first},\nWe will reply soon.\n', undefined],
      // Nothing tells which engine reads a text with no template syntax, or Intercom's (reviewer-27 #16).
      ['Hello,\nWe will reply soon.\n', undefined],
      ['Hi {{ first_name | fallback: "there" }},\nWe will reply soon.\n', undefined],
      ['Hi <%= member.first_name %>,\nWe will reply soon.\n', `<%# replylint-disable-next-line ${RULE} %>`, 'erb'],
      // A template's own file name says its engine; its bare {{ first_name }} is no Intercom variable (reviewer-28 #2, #8).
      ['Hi {{ first_name }},\nWe will reply soon.\n', `{% comment %}replylint-disable-next-line ${RULE}{% endcomment %}`, 'liquid'],
      ['Hi {{ first_name }},\nWe will reply soon.\n', `{# replylint-disable-next-line ${RULE} #}`, 'twig'],
      ['Hi {{ first_name }},\nWe will reply soon.\n', `{{!-- replylint-disable-next-line ${RULE} --}}`, 'hbs'],
      ['Hi {{ first_name }},\nWe will reply soon.\n', undefined],
    ];
    for (const [text, comment, extension = 'txt'] of templates) {
      const { uri, diagnostics } = await openReply(text, extension, 'plaintext');
      const soon = ofRule(diagnostics)[0]!;
      assert.ok(soon, text);
      const actions = await client.codeActions(uri, soon.range, { diagnostics: [soon] });
      if (!comment) {
        assert.deepEqual(
          titles(actions).filter((title) => title.startsWith('Disable')),
          [],
          text,
        );
        continue;
      }
      const edited = client.textAfter(uri, find(actions, `Disable ${RULE} for this line`).edit);
      assert.equal(edited, text.replace('We will reply soon.', `${comment}\nWe will reply soon.`));
      assert.deepEqual(await ruleFindingsIn(edited, extension, 'plaintext'), [], edited);
    }
  });

  it('offers "Disable for this line" on no line inside a translation call: a line there would change its words (reviewer-27 #17)', async () => {
    const text = 'Hi {{ member.first_name | default("there") }},\n\n{% trans %}Thanks for your patience.\nWe will reply soon.{% endtrans %}\n';
    const { uri, diagnostics } = await openReply(text, 'txt', 'plaintext');
    const soon = ofRule(diagnostics)[0]!;
    assert.ok(soon, JSON.stringify(diagnostics));
    const disables = titles(await client.codeActions(uri, soon.range, { diagnostics: [soon] })).filter((title) => title.startsWith('Disable'));
    assert.deepEqual(disables, [`Disable ${RULE} for this file`]);
  });

  it('fixes findings inside a Zendesk macro export in place, and offers no suppression comment there', async () => {
    const text =
      '{"title":"Refund","actions":[{"field":"comment_value","value":"Hi {{ticket.requester.first_name}},\\n\\nWe\\u2019ll reply soon.\\n\\nBest,\\nAna"}]}\n';
    const { uri, diagnostics } = await openReply(text, 'json', 'json');
    const soon = ofRule(diagnostics)[0]!;
    // Past the escapes \n\n and \u2019, on the exact characters of "soon" in the JSON source.
    assert.deepEqual(soon.range, { start: { line: 0, character: 119 }, end: { line: 0, character: 123 } });
    const actions = await client.codeActions(uri, soon.range, { diagnostics: [soon] });
    assert.equal(client.textAfter(uri, find(actions, 'Replace with "by [date]"').edit), text.replace('soon', 'by [date]'));
    assert.deepEqual(
      titles(actions).filter((title) => title.startsWith('Disable')),
      [],
    );
  });

  it('"Disable for this file" inserts the directive at the top, below Markdown front matter', async () => {
    const { uri, diagnostics } = await openReply('---\ntitle: Refund\n---\nWe will reply soon.\n\nAnd shortly after that.\n');
    const soon = ofRule(diagnostics)[0]!;
    const action = find(await client.codeActions(uri, soon.range, { diagnostics: [soon] }), `Disable ${RULE} for this file`);
    const edited = client.textAfter(uri, action.edit);
    assert.equal(edited, `---\ntitle: Refund\n---\n<!-- replylint-disable ${RULE} -->\nWe will reply soon.\n\nAnd shortly after that.\n`);
    assert.deepEqual(await ruleFindingsIn(edited), []);
  });

  it('offers no "Disable" or rule page for a problem in a replylint comment (replylint/unknown-setting): it is fixed where it is written', async () => {
    const text = 'Hi Sam,\n\n<!-- replylint-disable-next-line deferral/vague-timefram -->\nWe will reply soon.\n<!-- replylint language=de -->\n';
    const { uri, diagnostics } = await openReply(text);
    const settings = diagnostics.filter((diagnostic) => diagnostic.code === 'replylint/unknown-setting');
    assert.equal(settings.length, 2, JSON.stringify(diagnostics));
    for (const problem of settings) assert.deepEqual(titles(await client.codeActions(uri, problem.range, { diagnostics: [problem] })), []);
    // Asked together with a rule's diagnostic, the rule's own actions only.
    const soon = ofRule(diagnostics)[0]!;
    const together = titles(await client.codeActions(uri, soon.range, { diagnostics: [settings[0]!, soon] }));
    assert.ok(together.includes(`Disable ${RULE} for this line`), JSON.stringify(together));
    assert.deepEqual(
      together.filter((title) => title.includes('unknown-setting')),
      [],
    );
  });

  it('a fix is its own preferred quick fix, listed before the suggestions', async () => {
    const { uri, diagnostics } = await openReply('Hi Sam,\n\nJust click Save.\n');
    const filler = diagnostics.find((diagnostic) => diagnostic.code === FILLER)!;
    const actions = await client.codeActions(uri, filler.range, { diagnostics: [filler] });
    const fix = find(actions, 'Replace with "Click"');
    assert.equal(fix.isPreferred, true);
    assert.equal(actions[0], fix);
    assert.equal(client.textAfter(uri, fix.edit), 'Hi Sam,\n\nClick Save.\n');
  });

  it('"Fix all <rule> problems" applies every fix of the rule with non-overlapping edits', async () => {
    const { uri, diagnostics } = await openReply(FILLERS);
    const findings = diagnostics.filter((diagnostic) => diagnostic.code === FILLER);
    assert.equal(findings.length, 3);
    const actions = await client.codeActions(uri, findings[0]!.range, { diagnostics: [findings[0]!] });
    const listed = find(actions, `Fix all ${FILLER} problems`);
    assert.equal(listed.kind, 'quickfix');
    const fixRule = await client.resolveCodeAction(listed);
    const edits = editsByUri(fixRule.edit!).get(uri)!;
    assert.equal(edits.length, 3);
    assertNoOverlaps(edits);
    assert.equal(client.textAfter(uri, fixRule.edit), WITHOUT_FILLERS);
  });

  it('suggestions are never applied in bulk: no "Fix all" for a rule that only suggests', async () => {
    const { uri, diagnostics } = await openReply('We will reply soon.\n\nOur team will answer as soon as possible.\n');
    const first = ofRule(diagnostics)[0]!;
    const actions = await client.codeActions(uri, first.range, { diagnostics: [first] });
    assert.deepEqual(
      titles(actions).filter((title) => title.startsWith('Fix all')),
      [],
    );
    assert.deepEqual(await client.codeActions(uri, first.range, { diagnostics: [], only: ['source.fixAll'] }), []);
  });

  it('"Fix all Replylint problems" and source.fixAll.replylint apply the fixes and leave "soon" to the writer', async () => {
    const { uri, diagnostics } = await openReply(FILLERS);
    const first = diagnostics.find((diagnostic) => diagnostic.code === FILLER)!;

    const quickFix = await client.resolveCodeAction(find(await client.codeActions(uri, first.range, { diagnostics: [first] }), 'Fix all Replylint problems'));
    assert.equal(quickFix.kind, 'quickfix');

    const sourceActions = await client.codeActions(uri, first.range, { diagnostics: [], only: ['source.fixAll'] });
    assert.deepEqual(
      sourceActions.map((action) => [action.title, action.kind]),
      [['Fix all Replylint problems', 'source.fixAll.replylint']],
    );
    const onSave = await client.resolveCodeAction(sourceActions[0]!);
    assert.deepEqual(onSave.edit, quickFix.edit);
    const edits = editsByUri(onSave.edit!).get(uri)!;
    assertNoOverlaps(edits);
    const fixed = client.textAfter(uri, onSave.edit);
    assert.equal(fixed, WITHOUT_FILLERS);
    const after = (await openReply(fixed)).diagnostics;
    assert.deepEqual(
      after.filter((diagnostic) => diagnostic.code === FILLER),
      [],
    );
    assert.equal(ofRule(after).length, 1, '"soon" stays: its time frame is the writer\'s to choose');

    const quickFixesOnly = await client.codeActions(uri, first.range, { diagnostics: [first], only: ['quickfix'] });
    assert.ok(quickFixesOnly.every((action) => action.kind === 'quickfix'));
  });

  it('fix-all actions are listed without their edit, built when one is chosen (codeAction/resolve) from the document as it is then', async () => {
    const { uri, diagnostics } = await openReply(FILLERS);
    const first = diagnostics.find((diagnostic) => diagnostic.code === FILLER)!;
    const listed = [
      ...(await client.codeActions(uri, first.range, { diagnostics: [first] })).filter((action) => action.title.startsWith('Fix all')),
      ...(await client.codeActions(uri, first.range, { diagnostics: [], only: ['source.fixAll'] })),
    ];
    assert.deepEqual(
      listed.map((action) => [action.title, action.edit]),
      [
        [`Fix all ${FILLER} problems`, undefined],
        ['Fix all Replylint problems', undefined],
        ['Fix all Replylint problems', undefined],
      ],
    );
    // The writer types before choosing: the edit is the current version's.
    const typed = await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Hi Sam,\n\n' }]);
    await client.waitForPublished(uri, (published) =>
      published.filter((diagnostic) => diagnostic.code === FILLER).every((diagnostic) => diagnostic.range.start.line > 1),
    );
    for (const action of listed) {
      const { edit } = await client.resolveCodeAction(action);
      assert.equal((edit!.documentChanges![0] as TextDocumentEdit).textDocument.version, typed.version);
      assert.equal(client.textAfter(uri, edit), `Hi Sam,\n\n${WITHOUT_FILLERS}`);
    }
  });

  it('a fix-all chosen after its problems were fixed by hand, or after its document was closed, gets no edit and says why', async () => {
    const { uri, diagnostics } = await openReply(FILLERS);
    const first = diagnostics.find((diagnostic) => diagnostic.code === FILLER)!;
    const listed = [
      ...(await client.codeActions(uri, first.range, { diagnostics: [first] })).filter((action) => action.title.startsWith('Fix all')),
      ...(await client.codeActions(uri, first.range, { diagnostics: [], only: ['source.fixAll'] })),
    ];
    assert.equal(listed.length, 3);
    await client.change(uri, [{ text: WITHOUT_FILLERS }]);
    for (const action of listed) {
      const resolved = await client.resolveCodeAction(action);
      assert.deepEqual([resolved.edit, resolved.disabled], [undefined, { reason: 'Nothing to fix in the document as it is now.' }]);
    }
    await client.close(uri);
    const resolved = await client.resolveCodeAction(listed[0]!);
    assert.deepEqual([resolved.edit, resolved.disabled], [undefined, { reason: 'The document was closed.' }]);
  });

  it('a fix-all chosen after the document became one decoded from invalid UTF-8 gets no edit, and the writer is told why', async () => {
    const file = path.join(workspace, 'became-latin1.txt');
    fs.writeFileSync(
      file,
      Buffer.concat([Buffer.from('Simply restart the app. Caf'), Buffer.from([0xe9]), Buffer.from(' is open.\n\nThen just click Save.\n')]),
    );
    const uri = fileUri(file);
    await client.open(uri, 'plaintext', 'Simply restart the app.\n\nThen just click Save.\n');
    const [first] = await client.waitForPublished(uri);
    const [fixAll] = await client.codeActions(uri, first!.range, { diagnostics: [], only: ['source.fixAll'] });
    assert.ok(fixAll);
    // Reopened as the file is: each invalid byte shown as U+FFFD.
    await client.change(uri, [{ text: 'Simply restart the app. Caf\ufffd is open.\n\nThen just click Save.\n' }]);
    const warned = client.messages.length;
    const resolved = await client.resolveCodeAction(fixAll);
    assert.equal(resolved.edit, undefined);
    assert.match(resolved.disabled!.reason, /did not fix became-latin1\.txt/);
    const warning = await client.waitFor('the warning', () => client.messages[warned]);
    assert.match(warning.message, /did not fix became-latin1\.txt: the file is not valid UTF-8/);
  });

  it('a document decoded from invalid UTF-8 is not fixed in bulk, and the writer is told why', async () => {
    const latin1 = Buffer.concat([Buffer.from('Simply restart the app. Caf'), Buffer.from([0xe9]), Buffer.from(' is open.\n\nThen just click Save.\n')]);
    const file = path.join(workspace, 'latin1.txt');
    fs.writeFileSync(file, latin1);
    const uri = fileUri(file);
    // What an editor shows for the file: each invalid byte as U+FFFD.
    await client.open(uri, 'plaintext', new TextDecoder().decode(latin1));
    const fillers = (await client.waitForPublished(uri)).filter((diagnostic) => diagnostic.code === FILLER);
    assert.equal(fillers.length, 2);
    const warned = client.messages.length;
    assert.deepEqual(await client.codeActions(uri, fillers[0]!.range, { diagnostics: [], only: ['source.fixAll'] }), []);
    const warning = await client.waitFor('the warning', () => client.messages[warned]);
    assert.match(warning.message, /did not fix latin1\.txt: the file is not valid UTF-8/);
    const quickFixes = titles(await client.codeActions(uri, fillers[0]!.range, { diagnostics: [fillers[0]!] }));
    assert.ok(quickFixes.includes('Remove "Simply"'), JSON.stringify(quickFixes));
    assert.deepEqual(
      quickFixes.filter((title) => title.startsWith('Fix all')),
      [],
    );
    assert.equal(await client.connection.sendRequest('workspace/executeCommand', { command: 'replylint.applyFixAll', arguments: [{ uri }] }), false);
    assert.deepEqual(fs.readFileSync(file), latin1);

    // A U+FFFD the file really holds (valid UTF-8) is text like any other.
    const valid = path.join(workspace, 'replacement-character.txt');
    fs.writeFileSync(valid, 'Simply restart the app. Caf\ufffd is open.\n\nThen just click Save.\n');
    await client.open(fileUri(valid), 'plaintext', fs.readFileSync(valid, 'utf8'));
    const [first] = await client.waitForPublished(fileUri(valid));
    assert.equal((await client.codeActions(fileUri(valid), first!.range, { diagnostics: [], only: ['source.fixAll'] })).length, 1);
  });

  // Review leftover: the editor said "not valid UTF-8" of a damaged UTF-16 file; the refusal names the file's encoding, as the CLI's does.
  it('a damaged UTF-16 file is not fixed in bulk, and the warning names its encoding', async () => {
    const text = 'Simply restart the app.\n\nThen just click Save.\n';
    // A byte-order mark, then UTF-16LE with one byte cut off its last character: an odd length, shown as U+FFFD.
    const damaged = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le'), Buffer.from([0x21])]);
    const file = path.join(workspace, 'cut-utf16.txt');
    fs.writeFileSync(file, damaged);
    const uri = fileUri(file);
    await client.open(uri, 'plaintext', new TextDecoder('utf-16le').decode(damaged));
    const fillers = (await client.waitForPublished(uri)).filter((diagnostic) => diagnostic.code === FILLER);
    assert.equal(fillers.length, 2);
    const warned = client.messages.length;
    assert.deepEqual(await client.codeActions(uri, fillers[0]!.range, { diagnostics: [], only: ['source.fixAll'] }), []);
    const warning = await client.waitFor('the warning', () => client.messages[warned]);
    assert.match(warning.message, /did not fix cut-utf16\.txt: the file is not valid UTF-16LE,/);
    assert.deepEqual(fs.readFileSync(file), damaged);
  });

  // Reviewer 21 #21: "Just [click here](…)" became "Click here](…)" in the quick fix and in fix-all.
  it('no quick fix, "Fix all" or source.fixAll eats a Markdown link or emphasis mark beside "just"', async () => {
    const marked: [string, string][] = [
      ['Just [click here]({{reset_url}}) to reset it.', '[Click here]({{reset_url}}) to reset it.'],
      ['You can **just** click `Save` in the editor.', 'You can click `Save` in the editor.'],
      ['Just _click_ Save and wait.', '_Click_ Save and wait.'],
    ];
    const text = `Hi Sam,\n\n${marked.map(([line]) => line).join('\n\n')}\n\nThen just click Save.\n\nJust restart the app.\n\nBest,\nAna\n`;
    const { uri, diagnostics } = await openReply(text);
    const fillers = diagnostics.filter((diagnostic) => diagnostic.code === FILLER);
    assert.equal(fillers.length, 5, JSON.stringify(diagnostics));
    for (const [i, [line, rewritten]] of marked.entries()) {
      const actions = await client.codeActions(uri, fillers[i]!.range, { diagnostics: [fillers[i]!] });
      const rewrites = actions.filter((action) => action.title.startsWith('Replace with'));
      assert.equal(rewrites.length, 1, JSON.stringify(titles(actions)));
      assert.notEqual(rewrites[0]!.isPreferred, true, 'offered, never applied by itself');
      assert.equal(client.textAfter(uri, rewrites[0]!.edit), text.replace(line, rewritten));
    }
    // The plain "just"s are fixed in bulk, the marked ones are left as they are.
    const onlyPlain = text.replace('Then just click Save.', 'Then click Save.').replace('Just restart', 'Restart');
    const fixAlls = [
      ...(await client.codeActions(uri, fillers[0]!.range, { diagnostics: [fillers[0]!] })).filter((action) => action.title.startsWith('Fix all')),
      ...(await client.codeActions(uri, fillers[0]!.range, { diagnostics: [], only: ['source.fixAll'] })),
    ];
    assert.equal(fixAlls.length, 3, JSON.stringify(titles(fixAlls)));
    for (const action of fixAlls) assert.equal(client.textAfter(uri, (await client.resolveCodeAction(action)).edit), onlyPlain, action.title);

    // In a macro export the quick fix edits the JSON string and leaves valid JSON with the link whole.
    const exported = JSON.stringify([{ title: 'Reset', body: `Hi Sam,\n\n${marked[0]![0]}\n\nBest,\nAna` }]);
    const inExport = await openReply(exported, 'json', 'json');
    const filler = inExport.diagnostics.find((diagnostic) => diagnostic.code === FILLER)!;
    const rewrite = find(await client.codeActions(inExport.uri, filler.range, { diagnostics: [filler] }), 'Replace with "Click"');
    const body = (JSON.parse(client.textAfter(inExport.uri, rewrite.edit)) as { body: string }[])[0]!.body;
    assert.equal(body, `Hi Sam,\n\n${marked[0]![1]}\n\nBest,\nAna`);
    assert.deepEqual(await client.codeActions(inExport.uri, filler.range, { diagnostics: [], only: ['source.fixAll'] }), []);
  });

  it('the replylint.applyFixAll command says why when it changes nothing: no problem has a fix, or none is found', async () => {
    const apply = (uri: string) => client.connection.sendRequest('workspace/executeCommand', { command: 'replylint.applyFixAll', arguments: [{ uri }] });
    const said = client.messages.length;
    const { uri: unfixable } = await openReply('Hi Sam,\n\nWe will get back to you soon.\n\nBest,\nAna\n');
    assert.equal(await apply(unfixable), false);
    const noFixes = await client.waitFor('the message', () => client.messages[said]);
    assert.match(noFixes.message, /^Replylint: none of the problems in [\w.-]+ can be fixed automatically\./);
    const { uri: clean } = await openReply('Hi Sam,\n\nYour refund of 20 EUR went out today.\n\nBest,\nAna\n');
    assert.equal(await apply(clean), false);
    assert.match((await client.waitFor('the message', () => client.messages[said + 1])).message, /^Replylint: [\w.-]+ has no problems\.$/);
  });

  it('the replylint.applyFixAll command applies fix-all through workspace/applyEdit', async () => {
    const { uri } = await openReply(FILLERS);
    const applied = await client.connection.sendRequest('workspace/executeCommand', { command: 'replylint.applyFixAll', arguments: [{ uri }] });
    assert.equal(applied, true);
    assert.equal(client.documents.get(uri)!.getText(), WITHOUT_FILLERS, 'no greeting, closing or time frame is added');
    assert.deepEqual(
      (await client.waitForPublished(uri)).filter((diagnostic) => diagnostic.code === FILLER),
      [],
    );
  });
});

describe('LSP code actions, for a client that does not resolve them', function () {
  this.timeout(30000);
  let workspace: string;
  let client: LspTestClient;

  serverForSuite({}, { resolveCodeActions: false }, (server) => ({ client, workspace } = server));

  it('lists fix-all actions with their edits', async () => {
    const uri = fileUri(path.join(workspace, 'reply.md'));
    await client.open(uri, 'markdown', FILLERS);
    const first = (await client.waitForPublished(uri)).find((diagnostic) => diagnostic.code === FILLER)!;
    assert.deepEqual(client.initializeResult!.capabilities.codeActionProvider, {
      codeActionKinds: ['quickfix', 'source.fixAll.replylint'],
      resolveProvider: false,
    });
    const fixAlls = [
      ...(await client.codeActions(uri, first.range, { diagnostics: [first] })).filter((action) => action.title.startsWith('Fix all')),
      ...(await client.codeActions(uri, first.range, { diagnostics: [], only: ['source.fixAll'] })),
    ];
    assert.deepEqual(
      fixAlls.map((action) => [action.title, client.textAfter(uri, action.edit)]),
      [
        [`Fix all ${FILLER} problems`, WITHOUT_FILLERS],
        ['Fix all Replylint problems', WITHOUT_FILLERS],
        ['Fix all Replylint problems', WITHOUT_FILLERS],
      ],
    );
  });
});
