// Bundles the extension client, the language server and the CLI with esbuild.
// unified/retext are ESM-only; bundling lets the CommonJS extension host load them.
import * as esbuild from 'esbuild';

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
};

const builds = [
  { ...common, entryPoints: { client: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] },
  { ...common, entryPoints: { server: 'server/src/server.ts' }, outdir: 'dist' },
  { ...common, entryPoints: { cli: 'server/src/cli/bin.ts' }, outdir: 'dist' },
];

const existing = [];
for (const options of builds) {
  const entry = Object.values(options.entryPoints)[0];
  try {
    await import('node:fs').then((fs) => fs.promises.access(entry));
    existing.push(options);
  } catch {
    console.warn(`build: skipping ${entry} (not written yet)`);
  }
}

if (watch) {
  for (const options of existing) (await esbuild.context(options)).watch();
} else {
  await Promise.all(existing.map((options) => esbuild.build(options)));
}
