// Hover, code lenses and the replylint/scorecard request over LSP.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeLens, Hover, MarkupContent } from 'vscode-languageserver-protocol/node';
import { readPackFile } from '../../server/src/engine/config/project-config';
import { exampleText } from '../../server/src/engine/rules/pack';
import { LspTestClient, fileUri } from '../support/lsp-client';
import { REPO_ROOT } from '../support/build';
import { serverForSuite } from './temp-workspace';

const RULE = 'deferral/vague-timeframe';
const MACROS = fs.readFileSync(path.join(REPO_ROOT, 'test/fixtures/lsp/macros.md'), 'utf8');
const SCORECARD_LINE = /^Greeting [✓✗–] · Empathy [✓✗–] · Next step [✓✗–] · Ownership [✓✗–] · Closing [✓✗–]$/;

/** Hover text without Markdown escapes, to compare with the pack's plain text. */
function hoverText(hover: Hover | null): string {
  assert.ok(hover, 'expected a hover');
  const contents = hover.contents as MarkupContent;
  assert.equal(contents.kind, 'markdown');
  return contents.value.replace(/\\([\\`*_{}[\]<>|#~])/g, '$1');
}

describe('LSP hover, code lens and scorecard', function () {
  this.timeout(30000);
  let workspace: string;
  let client: LspTestClient;

  serverForSuite({ 'macros.md': MACROS }, {}, (server) => ({ client, workspace } = server));

  it("hover on a finding shows the rule id, category, the description's opening and a bad and a good example", async () => {
    const uri = fileUri(path.join(workspace, 'hover.md'));
    await client.open(uri, 'markdown', 'Hi 👋 Sam,\n\nWe will reply soon.\n');
    await client.waitForPublished(uri);
    const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 16 } });
    const text = hoverText(hover as Hover | null);
    const spec = readPackFile(path.join(REPO_ROOT, 'rules/recommended/en.yaml')).rules[RULE]!;
    assert.ok(text.startsWith(`**${RULE}**`), `the narrowest finding comes first:\n${text}`);
    assert.ok(text.includes('deferral'), text);
    // The rule's description runs to some 3,500 characters of cases it leaves alone: the hover shows its opening
    // sentences, whole, so the examples stay in view; the documentation link has the rest.
    const [opening] = text.split(' \u2026\n');
    assert.ok(opening !== text, `no ellipsis after the opening:\n${text}`);
    const description = opening!.slice(opening!.lastIndexOf('\n') + 1);
    assert.ok(spec.description!.startsWith(description) && description.endsWith('.'), text);
    assert.ok(description.length > 100 && description.length <= 400, `${description.length} characters:\n${description}`);
    assert.ok(text.includes(exampleText(spec.examples!.bad![0]!)), text);
    assert.ok(text.includes(spec.examples!.good![0]!), text);
    assert.deepEqual((hover as Hover).range, { start: { line: 2, character: 14 }, end: { line: 2, character: 18 } });
  });

  it('hover away from findings shows nothing', async () => {
    const uri = fileUri(path.join(workspace, 'hover.md'));
    const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 0 } });
    assert.equal(hover, null);
  });

  it('shows a scorecard code lens on each reply of a multi-reply file', async () => {
    const uri = fileUri(path.join(workspace, 'macros.md'));
    await client.open(uri, 'markdown', MACROS);
    const lenses = (await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as CodeLens[];
    assert.deepEqual(
      lenses.map((lens) => lens.range.start.line),
      [2, 11, 20],
      'one lens on each "##" heading',
    );
    for (const lens of lenses) {
      assert.match(lens.command!.title, SCORECARD_LINE);
      assert.equal(lens.command!.command, 'replylint.showScorecard');
    }
    // The first and last replies defer vaguely ("soon", "as soon as possible").
    assert.match(lenses[0]!.command!.title, /Next step ✗/);
    assert.match(lenses[2]!.command!.title, /Next step ✗/);
  });

  it('shows no code lens in a single-reply file', async () => {
    const uri = fileUri(path.join(workspace, 'single.md'));
    await client.open(uri, 'markdown', 'Hi Sam,\n\nWe will reply soon.\n');
    assert.deepEqual(await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } }), []);
  });

  it('replylint/scorecard returns the reply containing the position', async () => {
    const uri = fileUri(path.join(workspace, 'macros.md'));
    const outage = (await client.connection.sendRequest('replylint/scorecard', { uri, position: { line: 24, character: 3 } })) as {
      title: string;
      index: number;
      count: number;
      range: unknown;
      scorecard: Record<string, string>;
      summary: string;
      lines: { item: string; value: string; reason: string; range?: { start: { line: number; character: number } } }[];
    };
    assert.equal(outage.title, 'Outage');
    assert.match(outage.summary, SCORECARD_LINE);
    // Each item says why, and the failed next step points at "as soon as possible" on line 25.
    assert.deepEqual(
      outage.lines.map((line) => line.item),
      ['greeting', 'empathy', 'nextStep', 'ownership', 'closing'],
    );
    const nextStep = outage.lines.find((line) => line.item === 'nextStep')!;
    assert.equal(nextStep.value, 'fail');
    assert.match(nextStep.reason, /"as soon as possible" leaves the customer without a time \(deferral\/vague-timeframe\)/);
    assert.deepEqual(nextStep.range?.start, { line: 24, character: 25 });
    const greeting = outage.lines.find((line) => line.item === 'greeting')!;
    assert.equal(greeting.reason, 'Opens with a greeting: "Hi".');
    assert.equal(outage.index, 2);
    assert.equal(outage.count, 3);
    assert.deepEqual(outage.range, { start: { line: 20, character: 0 }, end: { line: 28, character: 0 } });
    assert.equal(outage.scorecard.nextStep, 'fail');

    const first = (await client.connection.sendRequest('replylint/scorecard', { uri })) as { title: string };
    assert.equal(first.title, 'Refund delayed');
  });

  it("replylint/scorecard says, short and in the reply's language, the kind it is read as and its language", async () => {
    const uri = fileUri(path.join(workspace, 'macros.md'));
    const outage = (await client.connection.sendRequest('replylint/scorecard', { uri, position: { line: 24, character: 3 } })) as { reading: string };
    assert.equal(outage.reading, 'Read as: macro · en');
    const polishUri = fileUri(path.join(workspace, 'odpowiedz.txt'));
    await client.open(polishUri, 'plaintext', 'Dzień dobry,\n\nzwrot wysłaliśmy wczoraj, pieniądze będą na koncie w piątek.\n\nPozdrawiam,\nAnna');
    const polish = (await client.connection.sendRequest('replylint/scorecard', { uri: polishUri })) as { reading: string };
    assert.equal(polish.reading, 'Rodzaj tekstu: makro · pl');
  });
});
