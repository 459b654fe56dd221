// Mail template views in the editor: a view the config's `include` names is linted as the command line lints it
// (positions in UTF-16 past non-ASCII text); another gets no diagnostics, its lint state says `view` and the server
// says why and the glob that would name it; PHP code gets nothing. Lint Workspace counts the views it left out.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { LintFilesRequest, LintStateRequest, ViewNoteRequest } from '../../server/src/lsp/protocol';
import { fileUri, type LspTestClient } from '../support/lsp-client';
import { serverForSuite } from './temp-workspace';

const CONFIG = "include:\n  - 'resources/views/mail/**/*.blade.php'\n";
/** Non-ASCII before the finding: 'ż', 'ó', an em dash and an emoji (two UTF-16 units) on the same line. */
const VIEW =
  '{{-- wysyłka: zwrot --}}\n<p>Hi {{ $user->first_name }},</p>\n<p>Zażółć 💶 — your refund will arrive soon.</p>\n@if($late)\n<p>Sorry.</p>\n@endif\n<p>Best,<br>Ana</p>\n';
const CODE = '<?php\nnamespace App\\Http;\n\nclass Refund extends Mailable\n{\n    // We will get back to you soon.\n}\n';

describe('LSP: mail template views', function () {
  this.timeout(30000);
  let workspace: string;
  let client: LspTestClient;

  serverForSuite(
    {
      '.replylint.yaml': CONFIG,
      'resources/views/mail/refund.blade.php': VIEW,
      'resources/views/mail/late.blade.php': VIEW,
      'resources/views/pages/refund.blade.php': VIEW,
      'resources/views/pages/late.blade.php': VIEW,
      'app/Http/RefundController.php': CODE,
    },
    { pull: true },
    (server) => ({ client, workspace } = server),
  );

  async function opened(relative: string, text: string, languageId: string) {
    const uri = fileUri(path.join(workspace, relative));
    await client.open(uri, languageId, text);
    const { items } = await client.pull(uri);
    return { uri, items, state: await client.connection.sendRequest(LintStateRequest, { uri }) };
  }

  it('a Blade view the include glob names is linted as the command line reads it, at UTF-16 positions', async () => {
    const { items, state } = await opened('resources/views/mail/refund.blade.php', VIEW, 'php');
    assert.equal(state, 'linting');
    const soon = items.filter((item) => item.code === 'deferral/vague-timeframe');
    const line = VIEW.split('\n')[2]!;
    assert.deepEqual(
      soon.map((item) => item.range),
      [{ start: { line: 2, character: line.indexOf('soon') }, end: { line: 2, character: line.indexOf('soon') + 4 } }],
    );
    // The comment and the directives are no prose: no finding in them.
    assert.deepEqual(
      items.filter((item) => item.range.start.line === 0 || item.range.start.line === 3),
      [],
    );
  });

  it('a view no include names: no diagnostics, the state says view and the note gives the glob; PHP code gets nothing', async () => {
    const { uri, items, state } = await opened('resources/views/pages/refund.blade.php', VIEW, 'blade');
    assert.deepEqual({ items, state }, { items: [], state: 'view' });
    const note = await client.connection.sendRequest(ViewNoteRequest, { uri });
    assert.deepEqual(note && { include: note.include, config: note.config }, {
      include: 'resources/views/pages/**/*.blade.php',
      config: fileUri(path.join(workspace, '.replylint.yaml')),
    });
    assert.equal(note!.detail, 'not in include');
    assert.match(note!.message, /^Replylint does not lint refund\.blade\.php: .* Add include: \['resources\/views\/pages\/\*\*\/\*\.blade\.php'\] to lint/);
    const code = await opened('app/Http/RefundController.php', CODE, 'php');
    assert.deepEqual({ items: code.items, state: code.state }, { items: [], state: 'off' });
    assert.equal(await client.connection.sendRequest(ViewNoteRequest, { uri: code.uri }), null);
  });

  it('Lint Workspace: named views get diagnostics, the others come back as left out with their glob, code as nothing', async () => {
    const uris = ['resources/views/mail/late.blade.php', 'resources/views/pages/late.blade.php', 'app/Http/RefundController.php'].map((file) =>
      fileUri(path.join(workspace, file)),
    );
    const results = await client.connection.sendRequest(LintFilesRequest, { uris, more: false });
    assert.deepEqual(
      results.map((result) => ({
        uri: result.uri,
        leftOutView: result.leftOutView,
        vague: result.diagnostics.some((item) => item.code === 'deferral/vague-timeframe'),
      })),
      [
        { uri: uris[0], leftOutView: undefined, vague: true },
        { uri: uris[1], leftOutView: 'resources/views/pages/**/*.blade.php', vague: false },
      ],
    );
  });
});
