// Bundles the extension client, the language server and the CLI with esbuild.
// unified/retext are ESM-only; bundling lets the CommonJS extension host load them.
import * as esbuild from 'esbuild';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { asciiSourcePlugin } from './ascii-source.mjs';
import { bundleIdPlugin } from './bundle-id.mjs';
import { NODE_TARGET } from './node-target.mjs';
import { precompiledRulesPlugin } from './precompile.mjs';

const rulesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'rules');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
// `--outdir DIR`: bundles elsewhere than dist/ (the package-size test measures a production build there).
const outdirFlag = process.argv.indexOf('--outdir');
const outdir = outdirFlag === -1 ? 'dist' : process.argv[outdirFlag + 1];

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  ...NODE_TARGET,
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // Prefer ES module builds: jsonc-parser's UMD main requires its parts dynamically, which a bundle cannot follow.
  mainFields: ['module', 'main'],
  // The precompiled modules first: the ASCII pass reads every other module from disk.
  plugins: [precompiledRulesPlugin(rulesDir), asciiSourcePlugin()],
};

const builds = [
  { ...common, entryPoints: { client: 'client/src/extension.ts' }, outdir, external: ['vscode'] },
  // The language server shows built-in examples, never tests them: their texts are enough. It reads the rules'
  // descriptions and examples only to show them, from a file of their own beside the bundle (rule-docs.json.br), and
  // its packs from another (packs.json.br): compressed, they keep the .vsix small.
  {
    ...common,
    entryPoints: { server: 'server/src/server.ts' },
    outdir,
    // Its SHA-1 written into it: the key of the phrase tries it keeps (lsp/server-caches.ts).
    plugins: [precompiledRulesPlugin(rulesDir, { exampleTexts: true, ruleDocs: true, packsFile: true }), asciiSourcePlugin(), bundleIdPlugin()],
  },
  // Its SHA-1 on its first line: the key of its code cache (bin/load-bundle.js).
  { ...common, entryPoints: { cli: 'server/src/cli/bin.ts' }, outdir, plugins: [...common.plugins, bundleIdPlugin()] },
];

if (watch) {
  for (const options of builds) (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
