// An edit must not keep the document's earlier versions alive: a slice of 13
// characters or more is a view into the string it was cut from, so one title,
// excerpt or reply text kept across edits keeps a whole version (10 MB for the
// 5 MB export). The heap of a separate process is searched for the versions'
// strings after six edits (test/support/retained-versions.ts); nothing is timed.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const REPO_ROOT = path.resolve(__dirname, '..', '..');

function retainedAfterEdits(fileName: string): { lengths: number[]; retained: number[]; copies: number } {
  const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'test/support/retained-versions.ts', fileName], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  assert.equal(child.status, 0, child.stderr);
  return JSON.parse(child.stdout) as { lengths: number[]; retained: number[]; copies: number };
}

describe('old versions of a document after edits', function () {
  this.timeout(120000);

  it('a JSON export keeps only the current version alive', () => {
    const { lengths, retained, copies } = retainedAfterEdits('macros.json');
    assert.deepEqual(retained, [lengths[lengths.length - 1]], `versions alive: ${retained.join(', ')} of ${lengths.join(', ')}`);
    assert.equal(copies, 1, 'a version held twice');
  });

  it('a Markdown library keeps the current version and, until a whole-file lint, the one its unchanged replies were cut from', () => {
    const { lengths, retained, copies } = retainedAfterEdits('macros.md');
    const [first, last] = [lengths[0], lengths[lengths.length - 1]];
    assert.ok(retained.includes(last!));
    assert.deepEqual(
      retained.filter((length) => length !== first && length !== last),
      [],
      `versions alive: ${retained.join(', ')} of ${lengths.join(', ')}`,
    );
    // Headings' titles were slices of markdown-it's own copy of the text it parsed: a second 10 MB with a library open.
    assert.equal(copies, 1, 'a version held twice');
  });
});
