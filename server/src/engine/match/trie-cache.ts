// Frozen phrase tries kept on disk from one run to the next, by what they were built from. A cold start reads the
// arrays of its packs' tries (views of the file's bytes, no object per node) instead of parsing every phrase and
// building them: about 1.1 G instructions for the English recommended index, a third of a one-reply CLI run.
//
// Where: the CLI where bin/load-bundle.js keeps the bundle's V8 code cache (beside the bundle, else the user's cache
// folder), which it tells the bundle it runs; the language server in the folder its client gives it (VS Code's
// storage of the extension), else the user's cache folder (lsp/server-caches.ts). So the first run of a
// configuration writes its tries and later runs read them, a team's own packs as well as the built-in ones, and the
// .vsix carries none (its size bound leaves no room: 2.3 MB for the English index alone). A run that is told neither
// (the tests, an embedding tool) builds at load.
// A file is kept (bin/kept-files.js) under a key over the bundle's SHA-1 (another build may read phrases otherwise),
// the Unicode version (words are NFKC-normalised), the index's direction and every phrase with its owner.

import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { keep, readKept } from '../../../../bin/kept-files';
import { readTrie, writeTrie, type FlatTrie } from './flat-trie';

/**
 * Where the bundle keeps what it reuses from run to run: told by bin/load-bundle.js, or by the language server itself.
 * `sha1` is the bundle's; `writeLater` takes the writing of a new trie off the lint that built it (the server's first
 * diagnostics wait for no file); without it the trie is written at once (a CLI run may end right after its lint).
 */
export interface BundleCaches {
  sha1: string;
  cacheDirs: string[];
  writeLater?: (write: () => void) => void;
}
const BUNDLE_CACHES = Symbol.for('replylint.bundleCaches');

/** Bumped when the layout of writeTrie or the meaning of a phrase changes in a way the bundle's SHA-1 would not show. */
const FORMAT = 'phrase-trie 1';
/** Smaller tries (a rule's `unless` words, a team's vocabulary) are built in less time than a file takes to check. */
const MIN_KEPT_NODES = 4096;
/** Files kept per folder: one per index of each configuration run; the oldest go first. */
const MAX_KEPT_FILES = 32;

const sha1 = (...parts: string[]) => parts.reduce((hash, part) => hash.update(part), createHash('sha1')).digest('hex');

/** What the bundle was told, if anything: else no trie is kept. */
export function bundleCaches(): BundleCaches | undefined {
  return (globalThis as Record<symbol, BundleCaches | undefined>)[BUNDLE_CACHES];
}

/** The language server tells itself (lsp/server-caches.ts), as bin/load-bundle.js tells the CLI. */
export function setBundleCaches(caches: BundleCaches): void {
  (globalThis as Record<symbol, BundleCaches | undefined>)[BUNDLE_CACHES] = caches;
}

/**
 * The trie of the phrases `adds` (held backwards when `reversed`): read from a file another run kept, else `build`
 * made and kept for the next run.
 */
export function frozenTrie(reversed: boolean, adds: readonly { phrase: string; owner: number }[], build: () => FlatTrie): FlatTrie {
  const caches = bundleCaches();
  if (!caches) return build();
  const phrases = adds.map(({ phrase, owner }) => `${owner}\u0000${phrase}`).join('\u0000');
  const key = sha1(FORMAT, '\u0000', caches.sha1, '\u0000', process.versions.unicode ?? '', '\u0000', String(reversed), '\u0000', phrases);
  const files = caches.cacheDirs.map((dir) => path.join(dir, 'phrase-tries', `${key}.trie`));
  const kept = readKept(files, key);
  // Whole bytes that are still no trie (counts that do not add up) are rebuilt and rewritten as well.
  const read = kept && readTrie(kept);
  if (read) return read;
  const trie = build();
  if (trie.depth.length >= MIN_KEPT_NODES) {
    const write = () => keep(files, key, writeTrie(trie), MAX_KEPT_FILES);
    if (caches.writeLater) caches.writeLater(write);
    else write();
  }
  return trie;
}
