'use strict';
// Runs a bundle of dist/ as require() would, compiled with a V8 code cache: compiling the 3.6 MB CLI
// bundle from source was about 30-40 ms of every start. A run that finds no cache of its bundle, or one
// V8 rejects (another Node version, other V8 flags), writes one (as Node 22's module.enableCompileCache
// does): beside the bundle, or in the user's cache folder when the bundle's folder is read-only (never a
// shared temporary folder: a cache is code, and another user could leave one there).
// So a user's second run is cached. The cache begins with the SHA-1 of the bundle it was made from,
// since V8 checks only a script's length: it ran the old code of a bundle rebuilt to the same length.
// Then comes the SHA-1 of the cache's own data, since V8 checks none of it either: damaged bytes it took
// as they were (a pack's phrase changed: wrong findings on every run, as such a cache was never rewritten)
// or crashed on in its deserializer. A cache whose data does not match is no cache, and is rewritten.
// It is made before the bundle runs and holds what V8 compiles up front: a cache made after a lint held
// every function the lint compiled, about 70 MB more at its peak.
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const { createRequire } = require('node:module');
const os = require('node:os');
const path = require('node:path');
const vm = require('node:vm');

const KEY_LENGTH = 40;
/** The bundle's SHA-1, then the SHA-1 of the data that follows. */
const HEADER_LENGTH = 2 * KEY_LENGTH;

const sha1 = (bytes) => createHash('sha1').update(bytes).digest('hex');

/** The bundle's source as a CommonJS module's function: the same text when the cache is made and used. */
function wrap(source) {
  return `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;
}

/** The user's own cache folder (XDG on Linux, as each system keeps one). */
function userCacheDir() {
  if (process.env.XDG_CACHE_HOME) return process.env.XDG_CACHE_HOME;
  if (process.platform === 'win32') return process.env.LOCALAPPDATA ?? path.join(os.homedir(), 'AppData', 'Local');
  return path.join(os.homedir(), process.platform === 'darwin' ? path.join('Library', 'Caches') : '.cache');
}

/** Where a bundle's cache may be: beside it, else in the user's cache folder under the bundle's key. */
function cacheFiles(file, key) {
  return [`${file}.cache`, path.join(userCacheDir(), 'replylint', `${path.basename(file)}-${key}.cache`)];
}

/** The data of the first whole cache of the bundle `key` names, or undefined. */
function readCache(files, key) {
  for (const cacheFile of files) {
    let cache;
    try {
      cache = fs.readFileSync(cacheFile);
    } catch {
      continue;
    }
    if (cache.toString('latin1', 0, KEY_LENGTH) !== key) continue;
    const data = cache.subarray(HEADER_LENGTH);
    if (cache.toString('latin1', KEY_LENGTH, HEADER_LENGTH) === sha1(data)) return data;
  }
  return undefined;
}

/** Writes the cache to the first place that takes it (a temporary file renamed: a run reading it never sees half). */
function writeCache(files, key, data) {
  for (const cacheFile of files) {
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    try {
      fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
      fs.writeFileSync(temporary, Buffer.concat([Buffer.from(key + sha1(data), 'latin1'), data]));
      fs.renameSync(temporary, cacheFile);
      return;
    } catch {
      fs.rmSync(temporary, { force: true });
    }
  }
}

/**
 * What the bundle is told (server/src/engine/match/trie-cache.ts): its SHA-1 and the folders its caches may be kept
 * in, so the data it keeps from run to run (its phrase tries) is kept where its code cache is, and only for this build.
 */
const BUNDLE_CACHES = Symbol.for('replylint.bundleCaches');

/**
 * The bundle compiled, with its cache when there is one V8 takes; else with a new cache written for the next run.
 * With the bundle's SHA-1 and the files its cache may be in.
 */
function compileWithKey(file) {
  const source = fs.readFileSync(file);
  const key = sha1(source);
  const files = cacheFiles(file, key);
  const cachedData = readCache(files, key);
  const script = new vm.Script(wrap(source.toString('utf8')), { filename: file, cachedData });
  if (cachedData === undefined || script.cachedDataRejected) writeCache(files, key, script.createCachedData());
  return { script, key, files };
}

function compileBundle(file) {
  return compileWithKey(file).script;
}

function loadBundle(file) {
  if (!fs.existsSync(file)) {
    // A checkout before its first build: say what to run instead of an ENOENT stack trace.
    process.stderr.write(`replylint: ${file} is missing: build this checkout first with "npm run build".\n`);
    process.exit(2);
  }
  const { script, key, files } = compileWithKey(file);
  globalThis[BUNDLE_CACHES] = { sha1: key, cacheDirs: files.map((cacheFile) => path.dirname(cacheFile)) };
  const bundle = { id: file, filename: file, exports: {}, loaded: false };
  script.runInThisContext().call(bundle.exports, bundle.exports, createRequire(file), bundle, file, path.dirname(file));
  bundle.loaded = true;
  return bundle.exports;
}

module.exports = { loadBundle, compileBundle, cacheFiles };
