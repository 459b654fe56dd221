// The packaged extension: the runner's --vsix mode installs replylint.vsix into a
// fresh VS Code server, and these tests check what was installed and that it lints.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, SOON_RANGE, VAGUE_REPLY, VAGUE_RULE, activateReplylint, openWorkspaceFile, ruleIdOf, waitForDiagnostics } from '../helpers';

suite('installed .vsix', () => {
  let extension: vscode.Extension<unknown>;
  suiteSetup(async () => {
    extension = await activateReplylint();
  });

  test('is the installed package, holding only bundles, rules and metadata', () => {
    const { version } = extension.packageJSON as { version: string };
    assert.equal(path.basename(extension.extensionPath), `${EXTENSION_ID}-${version}`, 'not the installed copy');
    const files = fs
      .readdirSync(extension.extensionPath, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(extension.extensionPath, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
      .sort();
    const translations = [
      'package.nls.json',
      ...['fi', 'lt', 'pl', 'sq'].flatMap((language) => [`package.nls.${language}.json`, `l10n/bundle.l10n.${language}.json`]),
    ];
    const expected = [
      '.vsixmanifest',
      'LICENSE.txt',
      'changelog.md',
      'dist/client.js',
      // The packs, read at the first lint, and the rules' descriptions and examples, read at the first hover or rule
      // page: compressed beside server.js, for size.
      'dist/packs.json.br',
      'dist/rule-docs.json.br',
      'dist/server.js',
      'images/icon.png',
      'package.json',
      'readme.md',
      ...translations,
    ].sort();
    assert.deepEqual(
      files.filter((file) => !file.startsWith('rules/')),
      expected,
    );
    const rules = files.filter((file) => file.startsWith('rules/'));
    // The packs, dialects and structure data ship once, in dist/packs.json.br: of rules/, the messages and schemas alone.
    assert.ok(rules.includes('rules/messages/en.json') && rules.includes('rules/schema/pack.schema.json'), rules.join(', '));
    assert.deepEqual(
      rules.filter((file) => !/^rules\/(messages|schema)\/[^/]+\.json$/.test(file)),
      [],
    );
  });

  test("speaks VS Code's display language: command titles from its package.nls file", () => {
    // npm run test:vsix runs this suite with --locale pl; run alone, in English.
    const locale = process.env.REPLYLINT_EDITOR_LOCALE ?? 'en';
    assert.equal(vscode.env.language, locale);
    const readJson = <T>(file: string) => JSON.parse(fs.readFileSync(path.join(extension.extensionPath, file), 'utf8')) as T;
    type Title = string | { value: string; original: string };
    type Commands = { contributes: { commands: { command: string; title: Title }[] } };
    const english = readJson<Record<string, string>>('package.nls.json');
    const translated = readJson<Record<string, string>>(locale === 'en' ? 'package.nls.json' : `package.nls.${locale}.json`);
    // The manifest as written holds %keys%; VS Code hands the extension (and the command palette) the
    // translation, keeping the English one as `original` so English words still find the command.
    const keys = readJson<Commands>('package.json').contributes.commands.map(({ title }) => /^%(.+)%$/.exec(title as string)![1]!);
    const shown = (extension.packageJSON as Commands).contributes.commands.map(({ title }) => title);
    const expected = keys.map((key) => (locale === 'en' ? english[key] : { value: translated[key], original: english[key] }));
    assert.deepEqual(shown, expected);
    if (locale === 'pl') assert.ok(shown.some((title) => typeof title !== 'string' && title.value === 'Utwórz konfigurację'));
  });

  test('lints a reply', async () => {
    const { document } = await openWorkspaceFile('packaged/reply.md', VAGUE_REPLY);
    const found = await waitForDiagnostics(document.uri, 'the vague time frame', (diagnostics) => diagnostics.length > 0);
    assert.deepEqual(found.map(ruleIdOf), [VAGUE_RULE]);
    assert.ok(found[0]!.range.isEqual(SOON_RANGE));
  });
});
