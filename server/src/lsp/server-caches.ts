// The language server keeps its phrase tries from one start to the next as the CLI does (engine/match/trie-cache.ts),
// so a second start reads the English index instead of building it at its first lint. VS Code starts dist/server.js
// itself, not through bin/load-bundle.js, so no one tells the server its bundle's SHA-1 and folders: it hashes its
// own bundle and keeps the tries in the folder its client names (VS Code: the extension's global storage), else in
// the user's cache folder. Never beside the bundle: that is the extension's install folder, VS Code's to write.

import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { userCacheDir } from '../../../bin/kept-files';
import { bundleCaches, setBundleCaches } from '../engine/match/trie-cache';
import type { InitializationOptions } from './protocol';

/** A new trie is written this long after the lint that built it: after the diagnostics it waited for went out. */
const WRITE_DELAY_MS = 250;

/**
 * Tells the trie cache where this server keeps its tries. A trie built by a lint is written a little later, or when
 * the server exits first (the client's `exit` after the first diagnostics: a benchmark, a test, a quick close).
 */
export function keepServerCaches(options: InitializationOptions | undefined): void {
  const given = bundleCaches();
  const cacheFolder = typeof options?.cacheFolder === 'string' && path.isAbsolute(options.cacheFolder) ? [options.cacheFolder] : [];
  const pending: (() => void)[] = [];
  const writePending = () => {
    for (const write of pending.splice(0)) write();
  };
  process.once('exit', writePending);
  setBundleCaches({
    // Started by bin/replylint-language-server.js (another LSP client): load-bundle.js hashed the bundle already.
    sha1: given?.sha1 ?? createHash('sha1').update(fs.readFileSync(__filename)).digest('hex'),
    cacheDirs: [...cacheFolder, ...(given?.cacheDirs ?? [userCacheDir()])],
    writeLater: (write) => {
      if (pending.push(write) === 1) setTimeout(writePending, WRITE_DELAY_MS);
    },
  });
}
