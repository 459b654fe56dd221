// An edit must not keep the document's earlier versions alive: a slice of 13
// characters or more is a view into the string it was cut from, so one title,
// excerpt or reply text kept across edits keeps a whole version (10 MB for the
// 5 MB export). The heap of a separate process is searched for the versions'
// strings after six edits (test/support/retained-versions.ts); nothing is timed.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const REPO_ROOT = path.resolve(__dirname, '..', '..');

interface Retained {
  lengths: number[];
  retained: number[];
  copies: number;
  /** Findings of the last lint shown (its maxFindings), found in all, and found in the replies the edits re-read. */
  shown: number;
  found: number;
  reread: number;
  /** Findings the heap holds built. */
  built: number;
  /** Replies of the last version, and records of the five scorecard items the heap holds. */
  units: number;
  itemRecords: number;
}

/** One child process per file, asked by every test of it. */
const children = new Map<string, Retained>();

function retainedAfterEdits(fileName: string): Retained {
  let answer = children.get(fileName);
  if (answer) return answer;
  const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'test/support/retained-versions.ts', fileName], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  assert.equal(child.status, 0, child.stderr);
  answer = JSON.parse(child.stdout) as Retained;
  children.set(fileName, answer);
  return answer;
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

// A cached lint built every finding of the file to show the first maxFindings: 8.4 MB of the server's heap with
// the bench's 5 MB library open (about 25,000 findings). Only the replies up to the last one shown (some of whose
// findings disable comments hide) and the replies edits re-read are built now; the rest are counted.
describe('findings of a document after edits', function () {
  this.timeout(120000);

  for (const fileName of ['macros.md', 'macros.json']) {
    it(`${fileName}: the heap holds built only the findings near those shown and those of the replies edits re-read`, () => {
      const { shown, found, reread, built } = retainedAfterEdits(fileName);
      assert.ok(found > shown * 2 + reread, `the text must have far more findings than are shown: ${found}`);
      assert.ok(built >= shown, `${built} built, ${shown} shown`);
      assert.ok(built <= shown * 2 + reread, `${built} findings built of ${found}; ${shown} shown, ${reread} in re-read replies`);
    });
  }
});

// A cached lint copied every reply's scorecard reasons into its report, placed in the source, as long as the
// document stayed open (the bench's 5 MB library: 8,736 records and a copy of each reason with a span); the
// report reads them from the evaluation when asked (linter.ts PlacedReport).
describe('scorecards of a document after edits', function () {
  this.timeout(120000);

  for (const fileName of ['macros.md', 'macros.json']) {
    it(`${fileName}: each reply keeps its scorecard and its reasons once, none copied into its report`, () => {
      const { units, itemRecords } = retainedAfterEdits(fileName);
      assert.ok(units > 100, `${units} replies`);
      // Two per reply (its scorecard, its reasons), and a few the packs and the engine hold.
      assert.ok(itemRecords <= 2 * units + 20, `${itemRecords} records of the scorecard items for ${units} replies`);
    });
  }
});
