// Files kept from run to run by key (bin/kept-files.js), for the bins' code caches and the bundles' phrase tries:
// a file is read back only under its own key and with its data whole; it goes to the first folder that takes it;
// a folder keeps its newest files of a kind.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { tempDir } from '../support/cli';

const { keep, readKept, userCacheDir } = createRequire(__filename)('../../bin/kept-files.js') as typeof import('../../bin/kept-files');

const KEY = 'a'.repeat(40);
const DATA = Buffer.from(Array.from({ length: 1000 }, (_, at) => at % 251));

describe('files kept by key', () => {
  it('reads back what was kept under the same key, and nothing under another', () => {
    const dir = tempDir({});
    const file = path.join(dir, 'kept', `${KEY}.trie`);
    assert.equal(readKept([file], KEY), undefined);
    keep([file], KEY, DATA, 4);
    assert.deepEqual(readKept([file], KEY), DATA);
    assert.equal(readKept([file], 'b'.repeat(40)), undefined);
    assert.deepEqual(fs.readdirSync(path.dirname(file)), [`${KEY}.trie`], 'no temporary file left');
  });

  it('reads a damaged, cut or empty file as no file', () => {
    const dir = tempDir({});
    const file = path.join(dir, `${KEY}.trie`);
    keep([file], KEY, DATA, 4);
    const good = fs.readFileSync(file);
    for (const [what, bytes] of [
      ['a byte of the data changed', Buffer.concat([good.subarray(0, 500), Buffer.from([good[500]! ^ 1]), good.subarray(501)])],
      ['the last byte cut', good.subarray(0, good.length - 1)],
      ['a byte more', Buffer.concat([good, Buffer.from([0])])],
      ['only the key', good.subarray(0, 40)],
      ['empty', Buffer.alloc(0)],
    ] as const) {
      fs.writeFileSync(file, bytes);
      assert.equal(readKept([file], KEY), undefined, what);
    }
  });

  it('reads from the first file that holds the data whole and writes to the first folder that takes it', () => {
    const dir = tempDir({});
    const blocked = path.join(dir, 'blocked');
    fs.writeFileSync(blocked, 'a file where a folder would be');
    const files = [path.join(blocked, `${KEY}.trie`), path.join(dir, 'second', `${KEY}.trie`)];
    keep(files, KEY, DATA, 4);
    assert.ok(fs.existsSync(files[1]!), 'kept in the second folder');
    assert.deepEqual(readKept(files, KEY), DATA);
    // No folder takes it: not kept, and no error.
    keep([path.join(blocked, `${KEY}.trie`)], KEY, DATA, 4);
  });

  it('leaves a folder its newest files of the kind it writes, and files of other kinds', () => {
    const dir = tempDir({ 'other.cache': 'a code cache' });
    for (let run = 0; run < 6; run++) {
      const key = String(run).repeat(40);
      const file = path.join(dir, `${key}.trie`);
      keep([file], key, DATA, 4);
      // Written at distinct times: the oldest go first.
      fs.utimesSync(file, run + 1, run + 1);
    }
    assert.deepEqual(
      fs.readdirSync(dir).sort(),
      ['2', '3', '4', '5']
        .map((digit) => `${digit.repeat(40)}.trie`)
        .concat('other.cache')
        .sort(),
    );
  });

  it("keeps to Replylint's folder in the user's cache folder", () => {
    const saved = process.env.XDG_CACHE_HOME;
    process.env.XDG_CACHE_HOME = '/cache-home';
    try {
      assert.equal(userCacheDir(), path.join('/cache-home', 'replylint'));
    } finally {
      if (saved === undefined) delete process.env.XDG_CACHE_HOME;
      else process.env.XDG_CACHE_HOME = saved;
    }
  });
});
