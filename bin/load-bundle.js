'use strict';
// Runs a bundle of dist/ as require() would, compiled with the V8 code cache the build wrote beside it
// (scripts/code-cache.mjs): compiling the 3.6 MB CLI bundle from source was about 40 ms of every start.
// The cache begins with the SHA-1 of the bundle it was made from, since V8 checks only a script's length
// (a bundle edited to the same length ran its old code): a bundle rebuilt since (watch mode) is compiled
// from source. So is one whose cache another Node version or other V8 flags made: V8 rejects it.
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const { createRequire } = require('node:module');
const path = require('node:path');
const vm = require('node:vm');

const KEY_LENGTH = 40;

/** The bundle's source as a CommonJS module's function: the same text when the cache is made and used. */
function wrap(source) {
  return `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;
}

function cacheKey(source) {
  return createHash('sha1').update(source).digest('hex');
}

/** The bundle compiled with its cache, or undefined when it has no cache made from this very bundle. */
function compileWithCache(file) {
  let cache;
  try {
    cache = fs.readFileSync(`${file}.cache`);
  } catch {
    return undefined;
  }
  const source = fs.readFileSync(file);
  if (cache.toString('latin1', 0, KEY_LENGTH) !== cacheKey(source)) return undefined;
  return new vm.Script(wrap(source.toString('utf8')), { filename: file, cachedData: cache.subarray(KEY_LENGTH) });
}

function loadBundle(file) {
  const script = compileWithCache(file);
  if (!script) return require(file);
  const bundle = { id: file, filename: file, exports: {}, loaded: false };
  script.runInThisContext().call(bundle.exports, bundle.exports, createRequire(file), bundle, file, path.dirname(file));
  bundle.loaded = true;
  return bundle.exports;
}

module.exports = { loadBundle, compileWithCache, wrap, cacheKey };
