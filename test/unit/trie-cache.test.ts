// The phrase trie as typed arrays (match/flat-trie.ts), kept on disk from run to run (match/trie-cache.ts): what
// is read back is what was built, and a damaged, stale or hostile file is rebuilt, never read.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import fc from 'fast-check';
import { PhraseIndex } from '../../server/src/engine/match/phrase-index';
import { TrieBuilder, readTrie, writeTrie, type FlatTrie } from '../../server/src/engine/match/flat-trie';
import type { Token } from '../../server/src/engine/text/analyze';
import { tempDir } from '../support/cli';

const { keep } = createRequire(__filename)('../../bin/kept-files.js') as typeof import('../../bin/kept-files');

const BUNDLE_CACHES = Symbol.for('replylint.bundleCaches');
const OWNER_IDS = Array.from({ length: 10_000 }, (_, id) => id);

/** Runs `run` as a bundle started by bin/load-bundle.js runs: told its SHA-1 and where it keeps its caches. */
function asBundle<T>(sha1: string, cacheDirs: string[], run: () => T): T {
  const global = globalThis as Record<symbol, unknown>;
  global[BUNDLE_CACHES] = { sha1, cacheDirs };
  try {
    return run();
  } finally {
    delete global[BUNDLE_CACHES];
  }
}

const trieOf = (index: PhraseIndex): FlatTrie => (index as unknown as { trie(): FlatTrie }).trie();

/** Enough phrases for a trie worth keeping (trie-cache.ts keeps tries of 4,096 nodes and more). */
const PHRASES = Array.from({ length: 1000 }, (_, n) => `w${n} w${n + 1}|# sor*|*ed`);

function indexOf(phrases: string[], reversed = false): PhraseIndex {
  const index = new PhraseIndex({ reversed });
  phrases.forEach((phrase, owner) => index.add(phrase, owner));
  return index;
}

const TEXT: Token[] = Array.from({ length: 4000 }, (_, at) => {
  const norm = at % 5 === 0 ? String(at) : at % 7 === 0 ? 'sorry' : at % 11 === 0 ? 'closed' : `w${(at * 7919) % 1001}`;
  return { start: at, end: at + 1, norm, placeholder: false, sentence: Math.floor(at / 6) };
});

const keptFiles = (dir: string) =>
  fs.existsSync(path.join(dir, 'phrase-tries')) ? fs.readdirSync(path.join(dir, 'phrase-tries')).map((name) => path.join(dir, 'phrase-tries', name)) : [];

describe('flat phrase trie', () => {
  it('reads back from its bytes as it was built, stems, endings and placeholders included, forwards and backwards', () => {
    const option = fc.constantFrom('we', 'will', 'soon', "we'll", 'zażółć', '*', '#', 'sor*', '*ed', 'we*', '{{ name }}', 'a', 'b');
    const piece = fc.array(option, { minLength: 1, maxLength: 3 }).map((options) => options.join('|'));
    const phrase = fc.array(piece, { minLength: 1, maxLength: 4 }).map((pieces) => pieces.join(' '));
    fc.assert(
      fc.property(fc.array(phrase, { maxLength: 8 }), fc.boolean(), (phrases, reversed) => {
        const trie = trieOf(indexOf(phrases, reversed));
        assert.deepEqual(readTrie(writeTrie(trie)), trie);
      }),
      { numRuns: 300, seed: 20261206 },
    );
  });

  it('refuses bytes whose counts do not add up to their length, and allocates nothing for them', () => {
    const bytes = writeTrie(trieOf(indexOf(['we will', 'sor* *ed', 'w1 #'])));
    assert.ok(readTrie(bytes));
    const withCount = (field: number, count: number) => {
      const copy = Buffer.from(bytes);
      copy.writeInt32LE(count, 4 * field);
      return copy;
    };
    // Nodes, edges, ends, words, stems and endings, text bytes: hostile counts, negative and past any file.
    for (let field = 0; field < 6; field++) {
      for (const count of [-1, 2 ** 31 - 1, 2 ** 28, bytes.readInt32LE(4 * field) + 1])
        assert.equal(readTrie(withCount(field, count)), undefined, `field ${field}: ${count}`);
    }
    for (const length of [0, 3, 24, bytes.length - 1]) assert.equal(readTrie(bytes.subarray(0, length)), undefined, `${length} bytes`);
    assert.equal(readTrie(Buffer.concat([bytes, Buffer.from([0])])), undefined);
  });

  it('builds a trie of no phrases, and one of many nodes whose edge table grows', () => {
    assert.deepEqual(readTrie(writeTrie(new TrieBuilder().freeze())), new TrieBuilder().freeze());
    const trie = trieOf(indexOf(PHRASES));
    assert.ok(trie.depth.length > 4096);
    assert.deepEqual(readTrie(writeTrie(trie)), trie);
  });
});

describe('phrase trie cache', () => {
  it('writes a built trie once and reads it back in a later run: the same matches', () => {
    const dir = tempDir({});
    const built = indexOf(PHRASES).match(TEXT, OWNER_IDS);
    assert.ok(built.length > 100);
    asBundle('a'.repeat(40), [dir], () => assert.deepEqual(indexOf(PHRASES).match(TEXT, OWNER_IDS), built));
    const [file, ...others] = keptFiles(dir);
    assert.ok(file && others.length === 0, 'one trie kept');
    const written = fs.statSync(file).mtimeMs;
    const read = asBundle('a'.repeat(40), [dir], () => {
      const index = indexOf(PHRASES);
      const trie = trieOf(index);
      // Views of the file's bytes: no array of its own.
      assert.ok(trie.edgeStart.buffer.byteLength > trie.edgeStart.byteLength);
      return index.match(TEXT, OWNER_IDS);
    });
    assert.deepEqual(read, built);
    assert.equal(fs.statSync(file).mtimeMs, written, 'read, not written again');
    // Backwards, other phrases or another build: another trie, in a file of its own.
    asBundle('a'.repeat(40), [dir], () => trieOf(indexOf(PHRASES, true)));
    asBundle('a'.repeat(40), [dir], () => trieOf(indexOf([...PHRASES, 'one more'])));
    asBundle('b'.repeat(40), [dir], () => trieOf(indexOf(PHRASES)));
    assert.equal(keptFiles(dir).length, 4);
  });

  it('rebuilds and rewrites a damaged file, or a whole file of bytes that are no trie, never reads it', () => {
    const dir = tempDir({});
    const built = indexOf(PHRASES).match(TEXT, OWNER_IDS);
    asBundle('c'.repeat(40), [dir], () => trieOf(indexOf(PHRASES)));
    const [file] = keptFiles(dir);
    const good = fs.readFileSync(file!);
    const key = path.basename(file!, '.trie');
    // Kept whole under the trie's key (bin/kept-files.js checks the rest), but counts that do not add up.
    const notATrie = () => keep([file!], key, Buffer.alloc(64, 7), 32);
    const damaged = () => fs.writeFileSync(file!, Buffer.concat([good.subarray(0, 200), Buffer.from([good[200]! ^ 1]), good.subarray(201)]));
    for (const spoil of [notATrie, damaged]) {
      spoil();
      assert.deepEqual(
        asBundle('c'.repeat(40), [dir], () => indexOf(PHRASES).match(TEXT, OWNER_IDS)),
        built,
      );
      assert.deepEqual(fs.readFileSync(file!), good, 'rewritten');
    }
  });

  it('hands a built trie to be written later when the bundle says so (the language server), and reads it once written', () => {
    const dir = tempDir({});
    const writes: (() => void)[] = [];
    const caches = { sha1: 'e'.repeat(40), cacheDirs: [dir], writeLater: (write: () => void) => writes.push(write) };
    const global = globalThis as Record<symbol, unknown>;
    global[BUNDLE_CACHES] = caches;
    try {
      trieOf(indexOf(PHRASES));
      assert.equal(writes.length, 1);
      assert.deepEqual(keptFiles(dir), [], 'not written by the lint');
      writes[0]!();
      assert.equal(keptFiles(dir).length, 1);
      const trie = trieOf(indexOf(PHRASES));
      assert.ok(trie.edgeStart.buffer.byteLength > trie.edgeStart.byteLength, 'read from the file');
      assert.equal(writes.length, 1, 'nothing more to write');
    } finally {
      delete global[BUNDLE_CACHES];
    }
  });
});
