// The language server keeps its phrase tries from one start to the next as the CLI does (engine/match/trie-cache.ts),
// so a second start reads the English index instead of building it at its first lint. VS Code starts dist/server.js
// itself, not through bin/load-bundle.js, so no one tells the server its bundle's SHA-1 and folders: the build wrote
// the SHA-1 into the bundle (scripts/bundle-id.mjs; hashing it at each start cost 30-60 M instructions), and the
// server keeps the tries in the folder its client names (VS Code: the extension's global storage), else in the
// user's cache folder. Never beside the bundle: that is the extension's install folder, VS Code's to write.

import * as path from 'node:path';
import { userCacheDir } from '../../../bin/kept-files';
import { bundleCaches, setBundleCaches } from '../engine/match/trie-cache';
import type { InitializationOptions } from './protocol';

/** This bundle's SHA-1, written over these 40 characters by scripts/bundle-id.mjs; not hex in a bundle built otherwise. */
const BUNDLE_SHA1 = 'bundle-sha1-written-by-scripts/bundle-id';

/** A new trie is written this long after the lint that built it: after the diagnostics it waited for went out. */
const WRITE_DELAY_MS = 250;

/**
 * Tells the trie cache where this server keeps its tries. A trie built by a lint is written a little later, or when
 * the server exits first (the client's `exit` after the first diagnostics: a benchmark, a test, a quick close).
 */
export function keepServerCaches(options: InitializationOptions | undefined): void {
  const given = bundleCaches();
  // Started as replylint-language-server (another LSP client): load-bundle.js hashed the bundle already.
  const sha1 = given?.sha1 ?? (/^[0-9a-f]{40}$/.test(BUNDLE_SHA1) ? BUNDLE_SHA1 : undefined);
  // A bundle that does not know itself keeps no tries: it might read another build's.
  if (sha1 === undefined) return;
  const cacheFolder = typeof options?.cacheFolder === 'string' && path.isAbsolute(options.cacheFolder) ? [options.cacheFolder] : [];
  const pending: (() => void)[] = [];
  const writePending = () => {
    for (const write of pending.splice(0)) write();
  };
  process.once('exit', writePending);
  setBundleCaches({
    sha1,
    cacheDirs: [...cacheFolder, ...(given?.cacheDirs ?? [userCacheDir()])],
    writeLater: (write) => {
      if (pending.push(write) === 1) setTimeout(writePending, WRITE_DELAY_MS);
    },
  });
}
