// Trial 29: staff answers posted in issue threads, filed as `kind: reply`. The ones that address a handle are read as
// thread posts; the one-line answers that name no one give no such sign and are asked to greet and sign. The CLI says
// once what the handles suggest: file the folder as `thread`.
import * as assert from 'node:assert/strict';
import { runCli, tempDir } from '../support/cli';

const CONFIG = 'root: true\nlanguage: en\nkind: reply\n';

describe('cli: the hint that replies filed as `reply` are thread answers', () => {
  it('is written once when some replies address a handle and others are asked to greet or sign', async () => {
    const dir = tempDir({
      '.replylint.yaml': CONFIG,
      'answers/a.md': '@lena-v the import limit is raised, so the file should load now.\n',
      'answers/b.md': '@olek the fix went out in 2.3.1 this morning.\n',
      'answers/c.md': 'Refund sent, it shows on the card in a few days.\n',
    });
    const run = await runCli(['--format', 'json', '.'], { cwd: dir });
    const hints = run.stderr.split('\n').filter((line) => line.startsWith('replylint: hint:'));
    assert.equal(hints.length, 1, run.stderr);
    assert.match(hints[0]!, /2 replies filed as `reply` address their reader by a handle .* 1 more .* `kind: thread`/);
  });

  it('is not written when no reply addresses a handle, or none is asked to greet or sign', async () => {
    const letters = tempDir({
      '.replylint.yaml': CONFIG,
      'a.md': 'Refund sent, it shows on the card in a few days.\n',
      'b.md': 'Hi Sam,\n\nthe fix went out this morning.\n\nBest,\nAna\n',
    });
    assert.doesNotMatch((await runCli(['--format', 'json', '.'], { cwd: letters })).stderr, /hint/);
    const posts = tempDir({ '.replylint.yaml': CONFIG, 'a.md': '@olek the fix went out in 2.3.1 this morning.\n' });
    assert.doesNotMatch((await runCli(['--format', 'json', '.'], { cwd: posts })).stderr, /hint/);
  });
});
