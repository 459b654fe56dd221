// Builds dist/ with scripts/build.mjs when a bundle is missing or older than
// its sources, once per test run, so tests never run a stale bundle.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const SERVER_BUNDLE = path.join(REPO_ROOT, 'dist', 'server.js');
export const CLI_BUNDLE = path.join(REPO_ROOT, 'dist', 'cli.js');
/** What `npx replylint` runs: the CLI bundle with its code cache (bin/load-bundle.js). */
export const CLI_BIN = path.join(REPO_ROOT, 'bin', 'replylint.js');

/** Folders whose files end up in the bundles (sources, the JSON schemas they import, the built-in YAML as JSON). */
const BUNDLED_SOURCES = ['server/src', 'client/src', 'rules'];

function newestSourceTime(): number {
  let newest = 0;
  for (const dir of BUNDLED_SOURCES) {
    for (const entry of fs.readdirSync(path.join(REPO_ROOT, dir), { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

let checked = false;

export function ensureBuilt(): void {
  if (checked) return;
  const oldest = Math.min(...[SERVER_BUNDLE, CLI_BUNDLE].map((file) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0)));
  if (oldest < newestSourceTime()) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO_ROOT, stdio: 'inherit' });
  checked = true;
}
