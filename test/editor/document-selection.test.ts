// What the extension lints: help-desk exports (JSON) and TwiML (XML) like the CLI, and with no
// config in reach (replylint.withoutConfig: replies, the default) only clear
// replies, never a README; the rule documentation it opens is never linted.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { VAGUE_REPLY, VAGUE_RULE, activateReplylint, closeAllEditors, ofRule, openWorkspaceFile, ruleIdOf, waitFor, waitForDiagnostics } from './helpers';

const ZENDESK_MACRO = JSON.stringify(
  {
    macro: {
      title: 'Refund delay',
      actions: [{ field: 'comment_value', value: 'Hi {{ticket.requester.first_name}},\n\nYour refund will arrive soon.\n\nBest,\nSam' }],
    },
  },
  null,
  2,
);

suite('document selection', () => {
  suiteSetup(activateReplylint);
  teardown(closeAllEditors);

  test('a Zendesk macro export (.json) gets diagnostics at the characters inside the JSON string', async () => {
    const { document } = await openWorkspaceFile('exports/refund.json', ZENDESK_MACRO);
    const [soon] = await waitForDiagnostics(document.uri, 'the vague time frame in the export', (found) => ofRule(found).length === 1);
    assert.equal(document.getText(soon!.range), 'soon');
  });

  test('a TwiML call flow (.xml) gets diagnostics on its prompts; a pom.xml, strings.xml and an SVG stay silent', async () => {
    // One at a time: opening several editors at once fails ("Could NOT open editor").
    const silent: vscode.TextDocument[] = [];
    for (const [file, text] of [
      ['pom.xml', '<?xml version="1.0"?>\n<project>\n  <description>We will get back to you soon.</description>\n</project>\n'],
      ['app/res/values/strings.xml', '<resources>\n  <string name="busy">We will get back to you soon.</string>\n</resources>\n'],
      ['ivr/logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"><title>We will get back to you soon.</title></svg>\n'],
    ] as const) {
      silent.push((await openWorkspaceFile(file, text)).document);
    }
    const twiml = '<?xml version="1.0" encoding="UTF-8"?>\n<Response>\n  <Say>Thanks for calling. We will get back to you soon.</Say>\n</Response>\n';
    const { document } = await openWorkspaceFile('ivr/callback.xml', twiml);
    assert.equal(document.languageId, 'xml');
    const [soon] = await waitForDiagnostics(document.uri, 'the vague time frame in the <Say>', (found) => ofRule(found).length === 1);
    assert.equal(document.getText(soon!.range), 'soon');
    // The TwiML file was linted after the others were opened: they had their turn.
    for (const other of silent) assert.deepEqual(vscode.languages.getDiagnostics(other.uri), [], other.fileName);
  });

  suite('withoutConfig: replies (the default)', () => {
    const settings = () => vscode.workspace.getConfiguration('replylint');
    suiteSetup(() => settings().update('withoutConfig', 'replies', vscode.ConfigurationTarget.Workspace));
    suiteTeardown(() => settings().update('withoutConfig', undefined, vscode.ConfigurationTarget.Workspace));

    test('lints a reply folder but leaves README and CHANGELOG alone', async () => {
      const { document: readme } = await openWorkspaceFile('project/README.md', VAGUE_REPLY);
      const { document: changelog } = await openWorkspaceFile('project/CHANGELOG.md', VAGUE_REPLY);
      const { document: macro } = await openWorkspaceFile('project/macros/refund.md', VAGUE_REPLY);
      await waitForDiagnostics(macro.uri, 'the reply in macros/', (found) => ofRule(found).length === 1);
      // The macro was linted after the README and changelog were opened: they had their turn.
      assert.deepEqual(vscode.languages.getDiagnostics(readme.uri), []);
      assert.deepEqual(vscode.languages.getDiagnostics(changelog.uri), []);
    });
  });

  test('"Show documentation" opens the rule page, which is never linted', async () => {
    const { document } = await openWorkspaceFile('docs-link/reply.md', VAGUE_REPLY);
    const [soon] = await waitForDiagnostics(document.uri, 'the vague time frame', (found) => ofRule(found).length === 1);
    assert.match(String(typeof soon!.code === 'object' ? soon!.code.target : ''), /docs\/rules\.md#recommended-en-deferral-vague-timeframe$/);
    await vscode.commands.executeCommand('replylint.showRuleDocs', VAGUE_RULE, document.uri.toString());
    const page = await waitFor('the rule page', () => vscode.workspace.textDocuments.find((candidate) => candidate.uri.scheme === 'replylint-docs'));
    assert.match(page.getText(), /^# `deferral\/vague-timeframe`/);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    assert.deepEqual(
      vscode.languages.getDiagnostics(page.uri).filter((diagnostic) => ruleIdOf(diagnostic) !== undefined),
      [],
    );
  });
});
