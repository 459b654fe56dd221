'use strict';
// Files kept from one run to the next, by key: the bins' V8 code caches (load-bundle.js) and the bundles' phrase
// tries (server/src/engine/match/trie-cache.ts). A file begins with the key it was kept under (a SHA-1: of the
// bundle for a code cache, of what a trie was built from for a trie), then the CRC-32 of the data that follows:
// neither V8 nor a trie's reader checks the data, and a file of another key or with damaged bytes is read as no
// file (and written again by the run that finds none). A CRC-32 finds damaged bytes as a SHA-1 did (the key says
// what the data is; the checksum only that it is whole) in half the time: about 3 ms less of every CLI start,
// which checks a 3.8 MB code cache and a 2.8 MB trie. Written to a temporary file that is renamed, so a run
// reading it never sees half; the oldest files of a folder go once it holds too many (every build and every
// configuration keeps its own).
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { crc32 } = require('node:zlib');

const KEY_LENGTH = 40;
/** The key, then the CRC-32 of the data that follows, as 8 hex digits. */
const HEADER_LENGTH = KEY_LENGTH + 8;

const checksum = (bytes) => crc32(bytes).toString(16).padStart(8, '0');

/** Replylint's folder in the user's own cache folder (XDG on Linux, as each system keeps one). */
function userCacheDir() {
  const home = os.homedir();
  const base =
    process.env.XDG_CACHE_HOME ||
    (process.platform === 'win32'
      ? (process.env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local'))
      : path.join(home, process.platform === 'darwin' ? path.join('Library', 'Caches') : '.cache'));
  return path.join(base, 'replylint');
}

/** The data kept under `key` in the first of `files` that holds it whole, or undefined. */
function readKept(files, key) {
  for (const file of files) {
    let bytes;
    try {
      bytes = fs.readFileSync(file);
    } catch {
      continue;
    }
    if (bytes.toString('latin1', 0, KEY_LENGTH) !== key) continue;
    const data = bytes.subarray(HEADER_LENGTH);
    if (bytes.toString('latin1', KEY_LENGTH, HEADER_LENGTH) === checksum(data)) return data;
  }
  return undefined;
}

/**
 * Keeps `data` under `key` in the first of `files` whose folder takes it, then leaves that folder `maxFiles` files
 * of its kind (its extension), the most recently written. Data no folder takes is not kept, and the run goes on:
 * keeping is never worth an error.
 */
function keep(files, key, data, maxFiles) {
  for (const file of files) {
    const temporary = `${file}.${process.pid}.tmp`;
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(temporary, Buffer.concat([Buffer.from(key + checksum(data), 'latin1'), data]));
      fs.renameSync(temporary, file);
    } catch {
      ignoringErrors(() => fs.rmSync(temporary, { force: true }));
      continue;
    }
    // Another run may be pruning the same folder.
    ignoringErrors(() => prune(path.dirname(file), path.extname(file), maxFiles));
    return;
  }
}

function ignoringErrors(run) {
  try {
    run();
  } catch {
    // Nothing to undo.
  }
}

function prune(dir, extension, maxFiles) {
  const kept = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .map((name) => ({ file: path.join(dir, name), written: fs.statSync(path.join(dir, name)).mtimeMs }));
  kept.sort((a, b) => b.written - a.written);
  for (const { file } of kept.slice(maxFiles)) fs.rmSync(file, { force: true });
}

module.exports = { userCacheDir, readKept, keep };
