// The document linter tells its owner when a document is about to get its first lint since it was
// opened (the server collects the opening message's garbage then: lsp/idle-collector.ts), and how
// much text each lint dropped.
import * as assert from 'node:assert/strict';
import type { TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentLinter } from '../../server/src/lsp/document-linter';
import type { ReplylintSettings, SettingsStore } from '../../server/src/lsp/settings';
import type { WorkspaceConfigs } from '../../server/src/lsp/workspace-configs';
import { WorkspaceFolders } from '../../server/src/lsp/workspace-folders';

describe('document linter: opening and dropped versions', () => {
  const uri = 'file:///work/replies/macros.md';
  const open = new Map<string, TextDocument>();
  const documents = { get: (key: string) => open.get(key) } as unknown as TextDocuments<TextDocument>;
  // Disabled: every lint ends before a config is needed, so the test reads only the calls.
  const settings = { get: () => Promise.resolve({ enable: false } as ReplylintSettings) } as unknown as SettingsStore;
  const configs = {} as WorkspaceConfigs;

  it('reports the first lint of each opening, and each dropped version once', async () => {
    const calls: string[] = [];
    const linter = new DocumentLinter({
      documents,
      settings,
      configs,
      folders: new WorkspaceFolders(),
      logError: (message) => assert.fail(message),
      logWarning: (message) => assert.fail(message),
      opening: (length) => calls.push(`opening ${length}`),
      dropped: (length) => calls.push(`dropped ${length}`),
      editorLanguage: 'en',
    });
    let document = TextDocument.create(uri, 'markdown', 1, 'Hello,\n\nThanks.\n');
    open.set(uri, document);
    assert.equal((await linter.current(uri))?.outcome.kind, 'disabled');
    await linter.current(uri);
    assert.deepEqual(calls, ['opening 16'], 'once, before the first lint; the same version again is not linted');
    document = TextDocument.update(document, [{ range: { start: { line: 0, character: 5 }, end: { line: 0, character: 6 } }, text: '!!' }], 2);
    open.set(uri, document);
    await linter.current(uri);
    assert.deepEqual(calls, ['opening 16', 'dropped 16'], 'an edit: no opening, the old version dropped');
    linter.forget(uri);
    open.set(uri, TextDocument.create(uri, 'markdown', 1, 'Hi'));
    await linter.current(uri);
    assert.deepEqual(calls, ['opening 16', 'dropped 16', 'dropped 17', 'opening 2'], 'closed and opened again: a first lint again');
  });
});
