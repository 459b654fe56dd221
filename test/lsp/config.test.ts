// Project configuration over LSP: watched config and pack files, broken
// configs (diagnostics on the config file, last good config kept), and pull refresh.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { DiagnosticSeverity, FileChangeType, MessageType, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { fileUri, messageText, type LspTestClient } from '../support/lsp-client';
import { serverPerTest, writeFile } from './temp-workspace';

const RULE = 'deferral/vague-timeframe';
const ofRule = (diagnostics: Diagnostic[]) => diagnostics.filter((diagnostic) => diagnostic.code === RULE);
const severities = (diagnostics: Diagnostic[]) => ofRule(diagnostics).map((diagnostic) => diagnostic.severity);

describe('LSP project configuration', function () {
  this.timeout(30000);
  const startServer = serverPerTest();
  let workspace: string;
  let client: LspTestClient;

  /** Writes a workspace file and tells the server, as a client's file watcher would. */
  async function writeWatched(relative: string, content: string, type: FileChangeType = FileChangeType.Changed): Promise<string> {
    const file = writeFile(workspace, relative, content);
    await client.filesChanged([{ uri: fileUri(file), type }]);
    return fileUri(file);
  }

  it('follows .replylint.yaml as it is created and edited', async () => {
    ({ client, workspace } = await startServer({ files: { 'reply.md': 'We will reply soon.\n' } }));
    const reply = fileUri(path.join(workspace, 'reply.md'));
    await client.open(reply, 'markdown', 'We will reply soon.\n');
    assert.deepEqual(severities(await client.waitForPublished(reply)), [DiagnosticSeverity.Warning]);

    await writeWatched('.replylint.yaml', `rules:\n  ${RULE}: off\n`, FileChangeType.Created);
    await client.waitForPublished(reply, (diagnostics) => ofRule(diagnostics).length === 0);

    await writeWatched('.replylint.yaml', `rules:\n  ${RULE}: error\n`);
    await client.waitForPublished(reply, (diagnostics) => severities(diagnostics).join() === String(DiagnosticSeverity.Error));
  });

  it('re-reads packs the config extends when they change', async () => {
    const pack = (phrase: string) =>
      `language: en\nrules:\n  acme/banned-word:\n    kind: phrase\n    category: clarity\n    message: Avoid this word.\n    phrases: [${phrase}]\n`;
    ({ client, workspace } = await startServer({
      files: { '.replylint.yaml': 'extends: [recommended, ./packs/team.yaml]\n', 'packs/team.yaml': pack('kerfuffle') },
    }));
    const reply = fileUri(path.join(workspace, 'reply.md'));
    await client.open(reply, 'markdown', 'Sorry about the hullabaloo with your order.\n');
    const before = await client.waitForPublished(reply);
    assert.equal(before.filter((diagnostic) => diagnostic.code === 'acme/banned-word').length, 0);

    await writeWatched('packs/team.yaml', pack('hullabaloo'));
    const after = await client.waitForPublished(reply, (diagnostics) => diagnostics.some((diagnostic) => diagnostic.code === 'acme/banned-word'));
    assert.deepEqual(after.find((diagnostic) => diagnostic.code === 'acme/banned-word')!.range, {
      start: { line: 0, character: 16 },
      end: { line: 0, character: 26 },
    });
  });

  it('puts problems of a broken config on the config file, warns once, and keeps the last good config', async () => {
    ({ client, workspace } = await startServer({ files: { '.replylint.yaml': `rules:\n  ${RULE}: error\n` } }));
    const reply = fileUri(path.join(workspace, 'reply.md'));
    await client.open(reply, 'markdown', 'We will reply soon.\n');
    assert.deepEqual(severities(await client.waitForPublished(reply)), [DiagnosticSeverity.Error]);

    // An unknown key on line 3 (0-based line 2).
    const config = await writeWatched('.replylint.yaml', `rules:\n  ${RULE}: error\ncolour: blue\n`);
    const problems = await client.waitForPublished(config, (diagnostics) => diagnostics.length > 0);
    assert.equal(problems.length, 1);
    assert.deepEqual(problems[0]!.range.start, { line: 2, character: 0 });
    assert.equal(problems[0]!.severity, DiagnosticSeverity.Error);
    assert.equal(problems[0]!.source, 'replylint');
    assert.match(messageText(problems[0]!), /colour/);

    // Still linted, with the last good config: both findings are errors, not the default warnings.
    await client.change(reply, [{ text: 'We will reply soon.\n\nYou will hear from us shortly.\n' }]);
    assert.deepEqual(severities(await client.waitForPublished(reply)), [DiagnosticSeverity.Error, DiagnosticSeverity.Error]);

    // Broken differently: the problem moves; the warning is not repeated.
    await writeWatched('.replylint.yaml', `rules:\n  ${RULE}: error\naudience: customer\ncolour: blue\n`);
    await client.waitForPublished(config, (diagnostics) => diagnostics[0]?.range.start.line === 3);
    const warnings = client.messages.filter((message) => message.type === MessageType.Warning);
    assert.equal(warnings.length, 1, JSON.stringify(client.messages));
    assert.match(warnings[0]!.message, /\.replylint\.yaml has 1 problem; using the last good configuration until it is fixed\.$/);

    // Fixed: the problems clear and the new config applies.
    await writeWatched('.replylint.yaml', `rules:\n  ${RULE}: off\n`);
    await client.waitForPublished(config, (diagnostics) => diagnostics.length === 0);
    await client.waitForPublished(reply, (diagnostics) => ofRule(diagnostics).length === 0);
  });

  it("warns of a broken config in the editor's display language", async () => {
    ({ client, workspace } = await startServer({ files: { '.replylint.yaml': `rules:\n  ${RULE}: error\n` }, locale: 'pl' }));
    const reply = fileUri(path.join(workspace, 'reply.md'));
    await client.open(reply, 'markdown', 'We will reply soon.\n');
    await client.waitForPublished(reply);
    await writeWatched('.replylint.yaml', `rules:\n  ${RULE}: error\ncolour: blue\nshade: red\n`);
    const warning = await client.waitFor('the warning', () => client.messages.find((message) => message.type === MessageType.Warning));
    assert.match(warning.message, /\.replylint\.yaml: 2 problemy; do czasu ich poprawienia używana jest ostatnia poprawna konfiguracja\.$/);
  });

  it('shows no pop-up for a half-typed config the writer has open (its problem is underlined there)', async () => {
    ({ client, workspace } = await startServer({ files: { '.replylint.yaml': `rules:\n  ${RULE}: error\n` } }));
    const reply = fileUri(path.join(workspace, 'reply.md'));
    await client.open(reply, 'markdown', 'We will reply soon.\n');
    await client.waitForPublished(reply);
    const halfTyped = `rules:\n  ${RULE}: error\n  tone/shouting: [\n`;
    const config = fileUri(path.join(workspace, '.replylint.yaml'));
    await client.open(config, 'yaml', halfTyped);
    // Auto-save writes the half-typed line.
    await writeWatched('.replylint.yaml', halfTyped);
    // Config problems are pushed without a version: they belong to the file on disk.
    const problems = await client.waitFor('config problems', () =>
      client.published.get(config)?.diagnostics.length ? client.published.get(config)!.diagnostics : undefined,
    );
    // At the "[" left open on line 3, not where the file ends.
    assert.deepEqual(
      problems.map((problem) => problem.range.start),
      [{ line: 2, character: 17 }],
    );
    // A request answered after the problems were sent: any pop-up sent with them has arrived by now.
    await client.codeActions(reply, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, { diagnostics: [] });
    assert.deepEqual(
      client.messages.filter((message) => message.type === MessageType.Warning),
      [],
    );
  });

  it('uses the built-in defaults while a config has never loaded', async () => {
    ({ client, workspace } = await startServer({ files: { '.replylint.yaml': 'rules: [\n' } }));
    const reply = fileUri(path.join(workspace, 'reply.md'));
    await client.open(reply, 'markdown', 'We will reply soon.\n');
    assert.deepEqual(severities(await client.waitForPublished(reply)), [DiagnosticSeverity.Warning]);
    const problems = await client.waitForPublished(fileUri(path.join(workspace, '.replylint.yaml')));
    assert.equal(problems.length, 1);
    assert.match(messageText(problems[0]!), /^YAML:/);
  });

  it('asks a pull client to refresh after a config change, and answers with the new config', async () => {
    ({ client, workspace } = await startServer({ files: { 'reply.md': 'We will reply soon.\n' }, pull: true }));
    const reply = fileUri(path.join(workspace, 'reply.md'));
    await client.open(reply, 'markdown', 'We will reply soon.\n');
    assert.deepEqual(severities((await client.pull(reply)).items), [DiagnosticSeverity.Warning]);

    await writeWatched('.replylint.yaml', `rules:\n  ${RULE}: hint\n`, FileChangeType.Created);
    await client.waitFor('a diagnostic refresh request', () => (client.refreshRequests > 0 ? true : undefined));
    assert.deepEqual(severities((await client.pull(reply)).items), [DiagnosticSeverity.Hint]);
  });

  it('follows replylint.configPath and replylint.language from the settings', async () => {
    ({ client, workspace } = await startServer({ files: { 'config/strict.yaml': `rules:\n  ${RULE}: error\n` } }));
    const reply = fileUri(path.join(workspace, 'reply.md'));
    await client.open(reply, 'markdown', 'We will reply soon.\n');
    assert.deepEqual(severities(await client.waitForPublished(reply)), [DiagnosticSeverity.Warning]);

    await client.changeSettings({ configPath: 'config/strict.yaml' });
    await client.waitForPublished(reply, (diagnostics) => severities(diagnostics).join() === String(DiagnosticSeverity.Error));

    // A language no pack has rules for is an error the user sees, never a lint with no rules.
    await client.changeSettings({ configPath: 'config/strict.yaml', language: 'xx' });
    const unknown = await client.waitForPublished(reply, (diagnostics) => ofRule(diagnostics).length === 0);
    assert.equal(unknown.length, 1);
    assert.equal(unknown[0]!.severity, DiagnosticSeverity.Error);
    assert.match(messageText(unknown[0]!), /replylint\.language setting: Unknown language "xx": Replylint has rules for en, fi, lt, pl, sq/);

    // EN-US means English.
    await client.changeSettings({ configPath: 'config/strict.yaml', language: 'EN-US' });
    await client.waitForPublished(reply, (diagnostics) => severities(diagnostics).join() === String(DiagnosticSeverity.Error));
  });
});
