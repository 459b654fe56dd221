// The language server keeps its phrase tries from one start to the next (lsp/server-caches.ts): in the folder its
// client names (VS Code: the extension's global storage), else in the user's cache folder; written after the first
// diagnostics, and read, not built, by the next start.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { SERVER_BUNDLE } from '../support/build';
import { fileUri } from '../support/lsp-client';
import { createWorkspace, removeWorkspace, serverPerTest } from './temp-workspace';

const REPLY = 'Hi Sam,\n\nThanks for your patience. We will get back to you shortly.\n\nBest,\nAna\n';

/** Each kept trie with when it was written; a `.tmp` file is one still being written, renamed when done. */
function keptTries(cacheFolder: string): Map<string, number> {
  const dir = path.join(cacheFolder, 'phrase-tries');
  if (!fs.existsSync(dir)) return new Map();
  const kept = fs.readdirSync(dir).filter((name) => !name.endsWith('.tmp'));
  return new Map(kept.map((name) => [name, fs.statSync(path.join(dir, name)).mtimeMs]));
}

async function until<T>(what: string, check: () => T | undefined, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('LSP server: phrase tries kept between starts', function () {
  this.timeout(60_000);
  const startServer = serverPerTest();
  const folders: string[] = [];
  const folder = () => {
    folders.push(createWorkspace());
    return folders.at(-1)!;
  };
  const savedCacheHome = process.env.XDG_CACHE_HOME;
  afterEach(() => {
    if (savedCacheHome === undefined) delete process.env.XDG_CACHE_HOME;
    else process.env.XDG_CACHE_HOME = savedCacheHome;
    for (const dir of folders.splice(0)) removeWorkspace(dir);
  });

  /** Starts a server, lints the reply, stops it: its diagnostics. */
  async function lintOnce(cacheFolder: string | undefined, whileRunning?: () => Promise<unknown>) {
    const { client, workspace } = await startServer(cacheFolder === undefined ? {} : { initializationOptions: { cacheFolder } });
    const uri = fileUri(path.join(workspace, 'reply.md'));
    await client.open(uri, 'markdown', REPLY);
    const diagnostics = await client.waitForPublished(uri);
    await whileRunning?.();
    assert.equal(await client.stop(), 0);
    return diagnostics;
  }

  it('knows its bundle by the SHA-1 the build wrote into it (scripts/bundle-id.mjs), not by hashing itself at start', () => {
    const text = fs.readFileSync(SERVER_BUNDLE, 'latin1');
    const written = [...text.matchAll(/"([0-9a-f]{40})"/g)].map(([, sha1]) => sha1!);
    const own = written.filter(
      (sha1) => createHash('sha1').update(text.replaceAll(sha1, 'bundle-sha1-written-by-scripts/bundle-id'), 'latin1').digest('hex') === sha1,
    );
    assert.equal(own.length, 1);
  });

  it('writes them to the folder the client names after the first diagnostics, and the next start reads them', async () => {
    // Not the user's cache folder.
    process.env.XDG_CACHE_HOME = folder();
    const cacheFolder = folder();
    const first = await lintOnce(cacheFolder, () =>
      until('the tries written while the server runs', () => (keptTries(cacheFolder).size > 0 ? true : undefined)),
    );
    assert.ok(
      first.some((diagnostic) => diagnostic.code === 'deferral/vague-timeframe'),
      JSON.stringify(first),
    );
    const written = keptTries(cacheFolder);
    assert.deepEqual(keptTries(path.join(process.env.XDG_CACHE_HOME, 'replylint')), new Map());
    assert.deepEqual(await lintOnce(cacheFolder), first);
    assert.deepEqual(keptTries(cacheFolder), written, 'read, not built and written again');
  });

  it("keeps them in the user's cache folder when the client names none, or one it cannot write to", async () => {
    process.env.XDG_CACHE_HOME = folder();
    const userFolder = path.join(process.env.XDG_CACHE_HOME, 'replylint');
    const first = await lintOnce(undefined);
    const written = keptTries(userFolder);
    assert.ok(written.size > 0);
    const blocked = path.join(folder(), 'a file');
    fs.writeFileSync(blocked, 'where a folder would be');
    assert.deepEqual(await lintOnce(blocked), first);
    assert.deepEqual(keptTries(userFolder), written, 'read from the second folder');
  });
});
