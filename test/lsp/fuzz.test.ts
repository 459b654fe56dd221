// Random edits over the language server in every format (Markdown with and
// without CRLF, text, HTML, JSON and YAML exports), with emoji, directives,
// placeholders of several dialects, escapes and markers: after each edit the
// diagnostics must equal a fresh lint of the same text. A fixed seed here;
// `npm run bench` runs more edits.
import * as assert from 'node:assert/strict';
import { fuzzIncrementalDiagnostics } from '../support/lsp-fuzz';
import { LspTestClient } from '../support/lsp-client';
import { serverForSuite } from './temp-workspace';

const SEED = 20261202;

describe('LSP random edits', function () {
  this.timeout(240000);
  let workspace: string;
  let client: LspTestClient;

  serverForSuite({ '.replylint.yaml': 'language: en\n' }, { pull: true }, (server) => ({ client, workspace } = server));

  it(`incremental diagnostics equal a fresh lint after each of 300 edits (seed ${SEED})`, async () => {
    const { edits, mismatches } = await fuzzIncrementalDiagnostics(client, workspace, { seed: SEED, editsPerDocument: 50 });
    assert.equal(edits, 300);
    const first = mismatches[0];
    assert.equal(
      mismatches.length,
      0,
      first &&
        `${mismatches.length} mismatches; first: ${first.fileName} after edit ${first.step}\n${JSON.stringify(first.text)}\nincremental: ${JSON.stringify(first.incremental)}\nfresh: ${JSON.stringify(first.fresh)}`,
    );
  });
});
