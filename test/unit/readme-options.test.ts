// The README's command-line table is where a new team looks for an option: every option --help lists is in it.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../support/build';
import { runCli } from '../support/cli';

describe('README command line', () => {
  it('lists every option of --help (--help and --version aside)', async () => {
    const help = (await runCli(['--help'])).stdout;
    const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('\n## Command line\n'), readme.indexOf('\n## Configuration\n'));
    assert.ok(section.length > 0, 'no "## Command line" section before "## Configuration"');
    const options = [...new Set(help.match(/(?<![\w-])--[a-z][a-z-]+/g))].filter((option) => option !== '--help' && option !== '--version');
    assert.ok(options.length > 10, options.join(' '));
    assert.deepEqual(
      options.filter((option) => !new RegExp(`[\`\\s]${option}(?![\\w-])`).test(section)),
      [],
    );
  });
});
