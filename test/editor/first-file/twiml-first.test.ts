// The first file of a window is a TwiML call flow (.xml), in a workspace with no Replylint config and no reply file,
// with the default replylint.withoutConfig (replies): the runner's --first-file run. The prompt gets its diagnostics
// at the file's characters, as the command line gives them; a build file's XML opened after it gets none.
// What activates Replylint here is not the .xml: VS Code's own plain-text model at startup fires onLanguage:plaintext
// before any test runs (the extension host log), so this run checks the first file's reading, not the activation event.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ofRule, openWorkspaceFile, waitForDiagnostics } from '../helpers';

const TWIML = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<Response>',
  '  <Gather numDigits="1" action="/menu">',
  '    <Say voice="Polly.Amy">Thanks for calling Harbour &amp; Pine. We will get back to you soon.</Say>',
  '  </Gather>',
  '</Response>',
  '',
].join('\r\n');

suite('a TwiML call flow as the first file, no config', () => {
  test('gets the finding of its prompt on the characters of the file; a pom.xml opened after it gets none', async () => {
    assert.equal(vscode.workspace.getConfiguration('replylint').get('withoutConfig'), 'replies');
    assert.deepEqual(
      vscode.workspace.textDocuments.filter((document) => document.uri.scheme === 'file').map((document) => document.uri.fsPath),
      [],
      'a file was open before the TwiML file',
    );
    const { document } = await openWorkspaceFile('ivr/callback.xml', TWIML);
    assert.equal(document.languageId, 'xml');
    const [soon] = await waitForDiagnostics(document.uri, 'the vague time frame in the <Say>', (found) => ofRule(found).length === 1);
    assert.deepEqual(soon!.range, new vscode.Range(3, 90, 3, 94));
    assert.equal(document.getText(soon!.range), 'soon');

    const { document: build } = await openWorkspaceFile('pom.xml');
    // The build file was opened after the TwiML file was linted; a second's wait gives a finding time to appear.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    assert.deepEqual(vscode.languages.getDiagnostics(build.uri), []);
  });
});
