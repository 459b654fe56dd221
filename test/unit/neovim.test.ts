// Neovim as an LSP client: the Lua snippet from docs/editors.md, run in a
// headless Neovim against the built server, must produce Replylint's diagnostics
// at the same places the engine reports them (UTF-16 columns, non-ASCII text).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT, ensureBuilt } from '../support/build';
import { tempDir } from '../support/cli';

const NVIM = ['/usr/bin/nvim', '/usr/local/bin/nvim'].find((candidate) => fs.existsSync(candidate));

/** The first Lua block of the Neovim section of docs/editors.md. */
function documentedSnippet(): string {
  const doc = fs.readFileSync(path.join(REPO_ROOT, 'docs', 'editors.md'), 'utf8');
  const section = doc.slice(doc.indexOf('## Neovim'));
  const snippet = /```lua\n([^]*?)```/.exec(section)?.[1];
  assert.ok(snippet, 'docs/editors.md has no Lua snippet under "## Neovim"');
  return snippet;
}

describe('Neovim (headless) with the documented vim.lsp.start snippet', function () {
  this.timeout(60000);

  before(function () {
    if (!NVIM) {
      // .ci/run installs Neovim and sets REPLYLINT_CI, so CI never skips this.
      if (process.env.REPLYLINT_CI) throw new Error('Neovim is not installed (apt-get install neovim)');
      console.warn('\n  SKIPPED: the Neovim test needs nvim (apt-get install neovim); .ci/run installs it.\n');
      this.skip();
    }
    ensureBuilt();
  });

  it('shows Replylint diagnostics for a Markdown reply', () => {
    const workspace = tempDir({
      '.replylint.yaml': 'extends: [recommended]\n',
      'macros/refund.md': 'Hello Zoë,\n\nZoë 👋, your refund will arrive soon.\n\nBest,\nAna\n',
    });
    // The snippet starts `replylint-language-server` from PATH, as a global npm install puts it there.
    const binDir = path.join(workspace, '.bin');
    fs.mkdirSync(binDir);
    fs.symlinkSync(path.join(REPO_ROOT, 'bin', 'replylint-language-server.js'), path.join(binDir, 'replylint-language-server'));
    const init = path.join(workspace, '.init.lua');
    fs.writeFileSync(
      init,
      `${fs.readFileSync(path.join(REPO_ROOT, 'test/fixtures/neovim/compat.lua'), 'utf8')}\nvim.cmd('filetype on')\n${documentedSnippet()}`,
    );
    const out = path.join(workspace, '.diagnostics.json');
    const result = spawnSync(
      NVIM!,
      ['--headless', '-i', 'NONE', '-n', '-u', init, '-c', `luafile ${path.join(REPO_ROOT, 'test/fixtures/neovim/read-diagnostics.lua')}`],
      {
        cwd: workspace,
        encoding: 'utf8',
        timeout: 45000,
        env: {
          ...process.env,
          PATH: `${binDir}${path.delimiter}${process.env.PATH}`,
          REPLYLINT_NVIM_FILE: path.join(workspace, 'macros', 'refund.md'),
          REPLYLINT_NVIM_OUT: out,
          XDG_CONFIG_HOME: workspace,
          XDG_STATE_HOME: workspace,
          XDG_DATA_HOME: workspace,
        },
      },
    );
    assert.ok(fs.existsSync(out), `Neovim wrote no result (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
    const seen = JSON.parse(fs.readFileSync(out, 'utf8')) as {
      arrived: boolean;
      filetype: string;
      clients: string[];
      diagnostics: { line: number; col: number; code: string; source: string; message: string }[];
    };
    assert.equal(seen.filetype, 'markdown');
    assert.deepEqual(seen.clients, ['replylint']);
    assert.ok(seen.arrived, 'no diagnostics arrived');
    const soon = seen.diagnostics.find((diagnostic) => diagnostic.code === 'deferral/vague-timeframe');
    assert.ok(soon, JSON.stringify(seen.diagnostics));
    // Neovim converts the server's UTF-16 columns to byte columns of the line.
    assert.deepEqual(
      { line: soon.line, col: soon.col, source: soon.source },
      { line: 2, col: Buffer.byteLength('Zoë 👋, your refund will arrive '), source: 'replylint' },
    );
  });
});
