// Bundles the extension client, the language server and the CLI with esbuild.
// unified/retext are ESM-only; bundling lets the CommonJS extension host load them.
import * as esbuild from 'esbuild';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { configValidatorModule, precompiledModule, precompiledSources } from './precompile.mjs';

const rulesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'rules');

/**
 * Work done at build time instead of at every start: the built-in YAML as JSON
 * in place of the empty precompiled.ts of the sources, and the config schema
 * check as code in place of config-validator.ts, which compiles it.
 */
const precompiledRules = {
  name: 'precompiled-rules',
  setup(build) {
    build.onLoad({ filter: /[\\/]engine[\\/]config[\\/]precompiled\.ts$/ }, () => ({
      contents: precompiledModule(rulesDir),
      loader: 'ts',
      watchFiles: precompiledSources(rulesDir),
    }));
    build.onLoad({ filter: /[\\/]engine[\\/]config[\\/]config-validator\.ts$/ }, () => ({
      contents: configValidatorModule(rulesDir),
      loader: 'js',
      // Its code requires ajv's small runtime helpers from node_modules.
      resolveDir: path.dirname(rulesDir),
      watchFiles: [path.join(rulesDir, 'schema', 'config.schema.json')],
    }));
  },
};

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // Prefer ES module builds: jsonc-parser's UMD main requires its parts dynamically, which a bundle cannot follow.
  mainFields: ['module', 'main'],
  plugins: [precompiledRules],
};

const builds = [
  { ...common, entryPoints: { client: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] },
  { ...common, entryPoints: { server: 'server/src/server.ts' }, outdir: 'dist' },
  { ...common, entryPoints: { cli: 'server/src/cli/bin.ts' }, outdir: 'dist' },
];

if (watch) {
  for (const options of builds) (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
