'use strict';
// Runs a bundle of dist/ as require() would, compiled with a V8 code cache: compiling the 3.6 MB CLI
// bundle from source was about 30-40 ms of every start. A run that finds no cache of its bundle, or one
// V8 rejects (another Node version, other V8 flags), writes one (as Node 22's module.enableCompileCache
// does): beside the bundle, or in the user's cache folder when the bundle's folder is read-only (never a
// shared temporary folder: a cache is code, and another user could leave one there).
// So a user's second run is cached. The cache is kept under the SHA-1 of the bundle it was made from
// (kept-files.js), since V8 checks only a script's length: it ran the old code of a bundle rebuilt to the same
// length. The build writes that SHA-1 on the bundle's first line (scripts/bundle-id.mjs); a bundle built otherwise
// is hashed here. And the cache is checked against the checksum of its data, since V8 checks none of it either:
// damaged bytes it took as they were (a pack's phrase changed: wrong findings on every run, as such a cache was
// never rewritten) or crashed on in its deserializer.
// It is made before the bundle runs and holds what V8 compiles up front: a cache made after a lint held
// every function the lint compiled, about 70 MB more at its peak.
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const { createRequire } = require('node:module');
const path = require('node:path');
const vm = require('node:vm');
const { keep, readKept, userCacheDir } = require('./kept-files.js');

/** Code caches kept in a folder: in the user's, one per build of each bundle run. */
const MAX_CODE_CACHES = 8;

/** The first line scripts/bundle-id.mjs writes: the bundle's SHA-1. */
const SHA1_LINE = /^\/\/ replylint-bundle-sha1 ([0-9a-f]{40})\n/;

/** The bundle's SHA-1: as the build wrote it, else hashed. */
function sha1Of(source) {
  return SHA1_LINE.exec(source.toString('latin1', 0, 100))?.[1] ?? createHash('sha1').update(source).digest('hex');
}

/** The bundle's source as a CommonJS module's function: the same text when the cache is made and used. */
function wrap(source) {
  return `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;
}

/** Where a bundle's cache may be: beside it, else in the user's cache folder under the bundle's key. */
function cacheFiles(file, key) {
  return [`${file}.cache`, path.join(userCacheDir(), `${path.basename(file)}-${key}.cache`)];
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
  const key = sha1Of(source);
  const files = cacheFiles(file, key);
  const cachedData = readKept(files, key);
  const script = new vm.Script(wrap(source.toString('utf8')), { filename: file, cachedData });
  if (cachedData === undefined || script.cachedDataRejected) keep(files, key, script.createCachedData(), MAX_CODE_CACHES);
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
