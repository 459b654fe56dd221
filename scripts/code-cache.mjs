// Writes a bundle's V8 code cache beside it, for bin/load-bundle.js: the bundle's
// top level compiled once at build time instead of at every start. Made before the
// bundle runs, so it holds only what V8 compiles up front: a cache made after a
// lint held every function the lint compiled, about 70 MB more at its peak.
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as vm from 'node:vm';

const { wrap, cacheKey } = createRequire(import.meta.url)('../bin/load-bundle.js');

export function writeCodeCache(file) {
  const source = fs.readFileSync(file);
  const script = new vm.Script(wrap(source.toString('utf8')), { filename: file });
  fs.writeFileSync(`${file}.cache`, Buffer.concat([Buffer.from(cacheKey(source), 'latin1'), script.createCachedData()]));
}
