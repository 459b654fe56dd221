#!/usr/bin/env node
// Bundles the editor tests (test/editor/index.ts and **/*.test.ts, each with the
// helpers it imports) to out/test/editor/ as CommonJS, which VS Code's extension
// host loads with require().
//   'vscode' is provided by the extension host at run time;
//   'mocha' stays external and is required from the repo's node_modules (bundling it
//   would break its dynamic require() of test files and reporters).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { glob } from 'glob';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const srcDir = path.join(repoRoot, 'test', 'editor');
export const outDir = path.join(repoRoot, 'out', 'test', 'editor');

export async function buildEditorTests() {
  const started = Date.now();
  const entryPoints = (await glob(['index.ts', '**/*.test.ts'], { cwd: srcDir, absolute: true })).sort();
  if (!entryPoints.some((f) => f.endsWith(`${path.sep}index.ts`))) {
    throw new Error(`missing ${path.join(srcDir, 'index.ts')}`);
  }
  // Stale *.test.js from deleted sources would still be run: start clean.
  fs.rmSync(outDir, { recursive: true, force: true });
  await esbuild.build({
    entryPoints,
    outbase: srcDir,
    outdir: outDir,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: ['vscode', 'mocha'],
    sourcemap: 'linked',
    sourcesContent: false,
    logLevel: 'warning',
  });
  console.log(`[build-tests] ${entryPoints.length} file(s) -> ${path.relative(repoRoot, outDir)} in ${Date.now() - started} ms`);
  return outDir;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    await buildEditorTests();
  } catch (err) {
    console.error(`[build-tests] FAILED: ${err.message}`);
    process.exit(1);
  }
}
