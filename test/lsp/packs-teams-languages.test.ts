// Team packs, the example team repository and the mixed-language fixture,
// over LSP: a broken pack gets diagnostics at its exact line and column while
// replies keep the last good config; each reply is linted with its own pack.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FileChangeType, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { ScorecardRequest, type ReplyScorecard } from '../../server/src/lsp/protocol';
import { REPO_ROOT } from '../support/build';
import { fileUri, messageText } from '../support/lsp-client';
import { serverPerTest, writeFile } from './temp-workspace';

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((diagnostic) => String(diagnostic.code));

const TEAM_PACK = `language: en
rules:
  acme/thanks-formula:
    kind: require
    category: formula
    where: opening
    phrases: ["thanks for contacting acme"]
    message: Open with the Acme thanks formula.
    description: Our standard opening thanks the customer for getting in touch.
`;

describe('LSP team packs, team repository and languages', function () {
  this.timeout(40000);
  const startServer = serverPerTest();

  it('a broken pack (YAML, regex, unknown key) gets a diagnostic at the exact place, and replies keep the last good pack', async () => {
    const { client, workspace } = await startServer({ files: { '.replylint.yaml': 'extends: [recommended, ./team.yaml]\n', 'team.yaml': TEAM_PACK } });
    const reply = fileUri(path.join(workspace, 'reply.md'));
    await client.open(reply, 'markdown', 'Hi Sam,\n\nYour order shipped.\n\nBest,\nAna\n');
    assert.ok(codes(await client.waitForPublished(reply, (diagnostics) => codes(diagnostics).includes('acme/thanks-formula'))).includes('acme/thanks-formula'));
    const pack = fileUri(path.join(workspace, 'team.yaml'));
    const breakPack = async (content: string, problem: RegExp) => {
      writeFile(workspace, 'team.yaml', content);
      await client.filesChanged([{ uri: pack, type: FileChangeType.Changed }]);
      return client.waitForPublished(pack, (diagnostics) => diagnostics.some((diagnostic) => problem.test(messageText(diagnostic))));
    };

    const badYaml = await breakPack(TEAM_PACK.replace('    where: opening', '    where: [opening'), /YAML/);
    // The unclosed [ is underlined where it is (line 5), not on line 6 where the parser noticed it.
    assert.equal(badYaml[0]!.range.start.line, 5);
    assert.match(messageText(badYaml[0]!), /YAML/);

    const badRegex = await breakPack(
      `${TEAM_PACK}  acme/shout:\n    kind: pattern\n    category: tone\n    message: m\n    description: No shouting in replies, please.\n    pattern: '(?<=x)y'\n`,
      /Invalid regular expression/,
    );
    assert.deepEqual(badRegex[0]!.range.start, { line: 14, character: 13 });
    assert.match(messageText(badRegex[0]!), /Invalid regular expression/);

    const unknownKey = await breakPack(TEAM_PACK.replace('    where: opening', '    where: opening\n    colour: blue'), /colour/);
    assert.deepEqual(unknownKey[0]!.range.start, { line: 6, character: 4 });
    assert.match(messageText(unknownKey[0]!), /unknown key "colour"/);

    // The reply is still linted with the last good pack: the team rule still fires.
    await client.change(reply, [{ text: 'Hi Sam,\n\nYour order shipped today.\n\nBest,\nAna\n' }]);
    assert.ok(codes(await client.waitForPublished(reply, (diagnostics) => diagnostics.length > 0)).includes('acme/thanks-formula'));
  });

  it('a pack example that fails gets a warning on that example, and clears when fixed', async () => {
    const examples = '    examples:\n      bad: ["Thanks for contacting Acme! Done."]\n      good: ["Thanks for contacting Acme! Done."]\n';
    const { client, workspace } = await startServer({ files: { '.replylint.yaml': 'extends: [./team.yaml]\n', 'team.yaml': TEAM_PACK + examples } });
    const reply = fileUri(path.join(workspace, 'reply.md'));
    await client.open(reply, 'markdown', 'Hi Sam, done.\n');
    await client.waitForPublished(reply);
    const pack = fileUri(path.join(workspace, 'team.yaml'));
    const warnings = await client.waitForPublished(pack, (diagnostics) => diagnostics.length > 0);
    assert.equal(warnings.length, 1);
    assert.equal(warnings[0]!.severity, 2);
    assert.deepEqual(warnings[0]!.range.start, { line: 10, character: 12 });
    assert.match(messageText(warnings[0]!), /This bad example should fire acme\/thanks-formula but does not/);
    writeFile(workspace, 'team.yaml', TEAM_PACK + examples.replace('bad: ["Thanks for contacting Acme! Done."]', 'bad: ["Done."]'));
    await client.filesChanged([{ uri: pack, type: FileChangeType.Changed }]);
    await client.waitForPublished(pack, (diagnostics) => diagnostics.length === 0);
  });

  it('the example team repository: npm pack, local pack, vocabulary and the internal audience', async () => {
    const team = path.join(REPO_ROOT, 'examples/team');
    const { client } = await startServer({ workspaceFolder: team });
    const refund = fileUri(path.join(team, 'customer/refund-delay.md'));
    await client.open(refund, 'markdown', fs.readFileSync(path.join(team, 'customer/refund-delay.md'), 'utf8'));
    const findings = await client.waitForPublished(refund, (diagnostics) => diagnostics.length > 0);
    assert.deepEqual(codes(findings), ['clarity/team-vocabulary', 'deferral/vague-timeframe']);
    assert.equal(findings[1]!.severity, 1, 'the project raised vague time frames to errors');
    const internal = fileUri(path.join(team, 'internal/laptop-request.md'));
    await client.open(internal, 'markdown', fs.readFileSync(path.join(team, 'internal/laptop-request.md'), 'utf8'));
    assert.deepEqual(await client.waitForPublished(internal), []);
  });

  it('a mixed-language workspace: each reply gets its own language pack, and a macro library holds two languages', async () => {
    const { client, workspace } = await startServer({ copyOf: path.join(REPO_ROOT, 'test/fixtures/languages') });
    const languages: Record<string, string> = {};
    for (const file of fs.readdirSync(workspace, { recursive: true, encoding: 'utf8' })) {
      const languageId = file.endsWith('.md') ? 'markdown' : file.endsWith('.txt') ? 'plaintext' : undefined;
      if (!languageId) continue;
      const uri = fileUri(path.join(workspace, file));
      await client.open(uri, languageId, fs.readFileSync(path.join(workspace, file), 'utf8'));
      await client.waitForPublished(uri);
      const reports: ReplyScorecard[] = [];
      for (let line = 0, lines = fs.readFileSync(path.join(workspace, file), 'utf8').split('\n').length; line < lines; line++) {
        const report = await client.connection.sendRequest(ScorecardRequest, { uri, position: { line, character: 0 } });
        if (report && !reports.some((seen) => seen.index === report.index)) reports.push(report);
      }
      languages[file] = reports.map((report) => report.language).join(',');
    }
    const seen = new Set(Object.values(languages).flatMap((list) => list.split(',')));
    for (const language of ['en', 'pl', 'lt', 'fi', 'sq']) assert.ok(seen.has(language), `${language} missing: ${JSON.stringify(languages)}`);
    assert.ok(
      Object.values(languages).some((list) => new Set(list.split(',')).size >= 2),
      `no file with two languages: ${JSON.stringify(languages)}`,
    );
  });
});
