// Docs links over LSP: every built-in rule's diagnostic links to its section of
// docs/rules.md (codeDescription.href), hover shows the link, and the server's
// "Show documentation" command works for a client that is not VS Code.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ExecuteCommandRequest, type Diagnostic, type Hover, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { readPackFile } from '../../server/src/engine/config/pack-resolver';
import { exampleText } from '../../server/src/engine/rules/pack';
import { REPO_ROOT } from '../support/build';
import { LspTestClient, fileUri } from '../support/lsp-client';
import { serverForSuite } from './temp-workspace';

const RULES_DOC = fs.readFileSync(path.join(REPO_ROOT, 'docs', 'rules.md'), 'utf8');
const DOCS_URL = 'https://github.com/replylint/replylint/blob/main/docs/rules.md#';

/** The rule id whose section the link's anchor names in docs/rules.md. */
function documentedRule(href: string): string | undefined {
  assert.ok(href.startsWith(DOCS_URL), href);
  const anchor = href.slice(DOCS_URL.length);
  return new RegExp(`<a id="${anchor}"></a>\\n\\n#### \`([^\`]+)\``).exec(RULES_DOC)?.[1];
}

describe('LSP rule documentation links', function () {
  this.timeout(30000);
  let workspace: string;
  let client: LspTestClient;

  serverForSuite(
    {
      // A rule with options is a copy of the pack's rule (project-config.ts compileRuleSet): its docs are still shown.
      '.replylint.yaml': 'extends: [recommended, ./team.yaml]\nrules:\n  deferral/vague-timeframe: { severity: info }\n',
      'team.yaml': `name: team
language: en
rules:
  team/no-cheers:
    kind: phrase
    category: tone
    phrases: [cheers]
    message: Sign off with our standard closing.
    description: Our sign-off is "Kind regards".
    examples: { bad: ["Cheers, Ana"], good: ["Kind regards, Ana"] }
`,
    },
    {},
    (server) => ({ client, workspace } = server),
  );

  async function diagnosticsOf(name: string, text: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
    const uri = fileUri(path.join(workspace, name));
    await client.open(uri, 'markdown', text);
    return { uri, diagnostics: await client.waitForPublished(uri, (published) => published.length > 0) };
  }

  it("every built-in rule links to its own section, in the reply's language; a team rule without a link has none", async () => {
    const english = await diagnosticsOf('en.md', 'Dear Customer,\n\nWe apologize for any inconvenience. Obviously your refund will arrive soon. Cheers, Ana\n');
    const polish = await diagnosticsOf('pl.md', '<!-- replylint language=pl -->\nWitam,\n\nPrzepraszamy za utrudnienia. Zwrot dotrze wkrótce.\n');
    assert.ok(english.diagnostics.length >= 4 && polish.diagnostics.length >= 2);
    for (const diagnostic of [...english.diagnostics, ...polish.diagnostics]) {
      if (diagnostic.code === 'team/no-cheers') {
        assert.equal(diagnostic.codeDescription, undefined);
        continue;
      }
      const href = diagnostic.codeDescription?.href;
      assert.ok(href, `${diagnostic.code} has no codeDescription`);
      assert.equal(documentedRule(href), diagnostic.code, href);
    }
    assert.ok(polish.diagnostics.every((diagnostic) => diagnostic.codeDescription?.href.includes('#recommended-pl-')));
    assert.ok(english.diagnostics.some((diagnostic) => diagnostic.code === 'team/no-cheers'));
  });

  it('hover shows the documentation link', async () => {
    const { uri, diagnostics } = await diagnosticsOf('hover.md', 'Hello Sam,\n\nYour refund will arrive soon.\n');
    const soon = diagnostics.find((diagnostic) => diagnostic.code === 'deferral/vague-timeframe')!;
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: soon.range.start })) as Hover;
    const value = (hover.contents as MarkupContent).value;
    assert.ok(value.includes(`[Rule documentation](${soon.codeDescription!.href})`), value);
  });

  it('"Show documentation" runs on the server: a client without showDocument gets the link in a message and the Markdown back', async () => {
    const { uri } = await diagnosticsOf('command.md', 'Hello Sam,\n\nYour refund will arrive soon. Cheers, Ana\n');
    const before = client.messages.length;
    const markdown: unknown = await client.connection.sendRequest(ExecuteCommandRequest.type, {
      command: 'replylint.showRuleDocs',
      arguments: ['deferral/vague-timeframe', uri],
    });
    assert.match(String(markdown), /^# `deferral\/vague-timeframe`/);
    // The description and examples, which the server's bundle ships apart from its packs (rule-docs.json.br).
    const spec = readPackFile(path.join(REPO_ROOT, 'rules', 'recommended', 'en.yaml')).rules['deferral/vague-timeframe']!;
    for (const shown of [spec.description!, exampleText(spec.examples!.bad![0]!), spec.examples!.good![0]!])
      assert.ok(String(markdown).includes(shown.split('\n')[0]!), shown);
    const message = await client.waitFor('the message', () =>
      client.messages.slice(before).find((shown) => shown.message.startsWith('deferral/vague-timeframe')),
    );
    assert.equal(message.message, `deferral/vague-timeframe: ${DOCS_URL}recommended-en-deferral-vague-timeframe`);

    const team: unknown = await client.connection.sendRequest(ExecuteCommandRequest.type, {
      command: 'replylint.showRuleDocs',
      arguments: ['team/no-cheers', uri],
    });
    assert.match(String(team), /Kind regards/);
    const teamMessage = await client.waitFor('the team rule message', () =>
      client.messages.slice(before).find((shown) => shown.message.startsWith('team/no-cheers')),
    );
    assert.equal(teamMessage.message, 'team/no-cheers: Our sign-off is "Kind regards".');
  });
});
