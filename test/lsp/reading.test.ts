// What the server reads, over LSP: HTML character references as characters
// with exact UTF-16 ranges on the whole reference, and replylint comments it
// cannot follow as errors at the comment.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { LineIndex } from '../../server/src/engine/text/line-index';
import { lintText } from '../support/engine';
import { LspTestClient, fileUri, messageText } from '../support/lsp-client';
import { serverForSuite } from './temp-workspace';
import { ALIASED_DUMP } from '../support/yaml-aliases';

describe('LSP reading of references and setting comments', function () {
  this.timeout(30000);
  let workspace: string;
  let client: LspTestClient;
  serverForSuite({}, {}, (server) => ({ client, workspace } = server));

  it('puts a finding across HTML references on the whole references, past emoji and CRLF', async () => {
    const uri = fileUri(path.join(workspace, 'reply.html'));
    const text = '<p>Hi Zo&euml; 👋,</p>\r\n<p>We&rsquo;ll reply as soon as&nbsp;poss&#105;ble 🙏.</p>\r\n';
    await client.open(uri, 'html', text);
    const diagnostics = (await client.waitForPublished(uri)).filter((diagnostic) => diagnostic.code === 'deferral/vague-timeframe');
    const line = text.split('\r\n')[1]!;
    const phrase = 'as soon as&nbsp;poss&#105;ble';
    assert.deepEqual(
      diagnostics.map((diagnostic) => diagnostic.range),
      [{ start: { line: 1, character: line.indexOf(phrase) }, end: { line: 1, character: line.indexOf(phrase) + phrase.length } }],
    );
  });

  it("reads a Rasa bot's domain.yml as the CLI does: each answer's findings on its characters in the YAML", async () => {
    const text = fs.readFileSync(path.resolve(__dirname, '../fixtures/exports/rasa-domain.yml'), 'utf8');
    const uri = fileUri(path.join(workspace, 'bot', 'domain.yml'));
    await client.open(uri, 'yaml', text);
    const lines = new LineIndex(text);
    const expected = lintText(text, 'domain.yml').findings.map((finding) => [finding.ruleId, lines.positionAt(finding.start), lines.positionAt(finding.end)]);
    const published = (await client.waitForPublished(uri)).map((diagnostic) => [diagnostic.code, diagnostic.range.start, diagnostic.range.end]);
    assert.ok(expected.length >= 3);
    assert.deepEqual(published, expected);
  });

  it('says at a YAML macro body written as an alias that its text is read at the anchor, as the command line does', async () => {
    const uri = fileUri(path.join(workspace, 'macros', 'zendesk.yaml'));
    await client.open(uri, 'yaml', ALIASED_DUMP);
    const notes = (await client.waitForPublished(uri)).filter((diagnostic) => diagnostic.code === undefined);
    assert.deepEqual(
      notes.map((note) => [note.range.start, note.severity]),
      [
        [{ line: 8, character: 15 }, DiagnosticSeverity.Information],
        [{ line: 12, character: 31 }, DiagnosticSeverity.Information],
      ],
    );
    assert.match(messageText(notes[0]!), /^Replylint: Not checked here: this body is the YAML alias \*refund\..*&refund writes it \(line 5\)/);
  });

  it('says at an export body with no words that its wording was not checked, as the command line does', async () => {
    const uri = fileUri(path.join(workspace, 'macros', 'intercom.json'));
    await client.open(
      uri,
      'json',
      '{"type": "list", "data": [\n  {"name": "Blank", "body": " "},\n  {"name": "Full", "body": "Hi Sam, your refund went out today."}\n]}\n',
    );
    const notes = (await client.waitForPublished(uri)).filter((diagnostic) => diagnostic.code === undefined);
    assert.deepEqual(
      notes.map((note) => [note.range.start, note.severity]),
      [[{ line: 1, character: 29 }, DiagnosticSeverity.Information]],
    );
    assert.match(messageText(notes[0]!), /^Replylint: "Blank" has no words: its body is empty, or holds only placeholders or markup/);
  });

  it('says an alias with no anchor before it as a warning that names no line', async () => {
    const uri = fileUri(path.join(workspace, 'unanchored.yaml'));
    await client.open(uri, 'yaml', ALIASED_DUMP.replace('value: &refund "', 'value: "'));
    const notes = (await client.waitForPublished(uri)).filter((diagnostic) => diagnostic.code === undefined);
    assert.deepEqual(
      notes.map((note) => [note.range.start.line, note.severity]),
      [
        [8, DiagnosticSeverity.Warning],
        [12, DiagnosticSeverity.Warning],
      ],
    );
    assert.match(messageText(notes[0]!), /^Replylint: Not checked: this body is the YAML alias \*refund, and no anchor &refund comes before it/);
  });

  it("reads a gettext catalog's translations as the CLI does, opened as plain text or po: UTF-16 positions past emoji and CRLF", async () => {
    const text = [
      'msgid ""',
      'msgstr "Language: pl\\n"',
      '',
      'msgid "Your parcel is late."',
      'msgstr ""',
      '"Przesyłka 📦 się spóźnia. 🙏 "',
      '"Przepraszamy za wszelkie niedogodności."',
      '',
    ].join('\r\n');
    for (const [name, languageId] of [
      ['shop.po', 'plaintext'],
      ['sklep.po', 'po'],
    ] as const) {
      const uri = fileUri(path.join(workspace, 'locale', name));
      await client.open(uri, languageId, text);
      const diagnostics = (await client.waitForPublished(uri)).filter((diagnostic) => diagnostic.code === 'empathy/non-apology');
      const phrase = 'Przepraszamy za wszelkie niedogodności';
      assert.deepEqual(
        diagnostics.map((diagnostic) => diagnostic.range),
        [{ start: { line: 6, character: 1 }, end: { line: 6, character: 1 + phrase.length } }],
        languageId,
      );
    }
  });

  it('reports a language comment naming a language without rules as an error at the comment', async () => {
    const uri = fileUri(path.join(workspace, 'reply.md'));
    const text = 'Hallo 👋,\n\n<!-- replylint language=de -->\nWir melden uns bald.\n';
    await client.open(uri, 'markdown', text);
    const [problem] = (await client.waitForPublished(uri)).filter((diagnostic) => diagnostic.code === 'replylint/unknown-setting');
    assert.ok(problem);
    assert.equal(problem.severity, DiagnosticSeverity.Error);
    assert.deepEqual(problem.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 30 } });
    assert.match(messageText(problem), /Unknown language "de".*en, fi, lt, pl, sq/);
  });

  it('reports an unknown rule id in a disable comment as an error at the id, in UTF-16 code units, after an edit too', async () => {
    const uri = fileUri(path.join(workspace, 'disable.md'));
    // formula/thanks is strict's: a rule, though the default config does not extend that pack.
    const text = 'Cześć Zoë 👋,\n\nWe will reply 🙂 soon. <!-- replylint-disable-line deferral/vague-timefram, formula/thanks -->\n';
    await client.open(uri, 'markdown', text);
    const unknownIds = (diagnostics: Diagnostic[]) => diagnostics.filter((diagnostic) => diagnostic.code === 'replylint/unknown-setting');
    const published = await client.waitForPublished(uri);
    const [problem, ...rest] = unknownIds(published);
    assert.ok(problem);
    assert.equal(rest.length, 0);
    assert.equal(problem.severity, DiagnosticSeverity.Error);
    const line = text.split('\n')[2]!;
    const id = 'deferral/vague-timefram';
    assert.deepEqual(problem.range, { start: { line: 2, character: line.indexOf(id) }, end: { line: 2, character: line.indexOf(id) + id.length } });
    assert.equal(
      messageText(problem),
      'Unknown rule id "deferral/vague-timefram" in this replylint-disable-line comment; did you mean "deferral/vague-timeframe"?',
    );
    // The misspelt id hides nothing.
    assert.ok(published.some((diagnostic) => diagnostic.code === 'deferral/vague-timeframe'));
    // Typing before the comment on its line moves the problem with the id.
    await client.change(uri, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: '🙏 ' }]);
    const [moved] = unknownIds(await client.waitForPublished(uri));
    assert.deepEqual(moved?.range, { start: { line: 2, character: line.indexOf(id) + 3 }, end: { line: 2, character: line.indexOf(id) + 3 + id.length } });
  });
});
