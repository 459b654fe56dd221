// Writes each bundle's identity into it: the SHA-1 of the bundle as esbuild wrote it, over the placeholder
// BUNDLE_SHA1 of server/src/lsp/server-caches.ts and over the one on the bundle's first line. The language server
// keys the phrase tries it keeps by it, and hashing its own 2.7-4 MB at every start cost it about 30-60 M
// instructions; bin/load-bundle.js keys a bundle's code cache by the first line's (hashing the 4.7 MB CLI bundle was
// about 4 ms of every start). Same length, so the source map holds.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';

/** As written in server-caches.ts: 40 characters, not all of them hex digits. */
export const BUNDLE_SHA1_PLACEHOLDER = 'bundle-sha1-written-by-scripts/bundle-id';

/** The first line of a bundle, as bin/load-bundle.js reads it. */
export const BUNDLE_SHA1_LINE = `// replylint-bundle-sha1 ${BUNDLE_SHA1_PLACEHOLDER}`;

/** @returns {import('esbuild').Plugin} */
export function bundleIdPlugin() {
  return {
    name: 'bundle-id',
    setup(build) {
      build.initialOptions.metafile = true;
      build.initialOptions.banner = { js: BUNDLE_SHA1_LINE };
      build.onEnd(async (result) => {
        if (result.errors.length > 0 || !result.metafile) return;
        for (const output of Object.keys(result.metafile.outputs).filter((file) => file.endsWith('.js'))) {
          const text = await fs.readFile(output, 'latin1');
          if (!text.includes(BUNDLE_SHA1_PLACEHOLDER)) continue;
          const sha1 = createHash('sha1').update(text, 'latin1').digest('hex');
          await fs.writeFile(output, text.replaceAll(BUNDLE_SHA1_PLACEHOLDER, sha1), 'latin1');
        }
      });
    },
  };
}
