// Testing a packaged extension: the server's own CLI installs the .vsix as a user
// would (`code --install-extension`) into the run's extensions dir.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fail, log } from './output.mjs';
import { serverMain } from './setup-vscode-server.mjs';

export function installVsix(ctx) {
  const started = Date.now();
  const res = spawnSync(
    process.execPath,
    [
      serverMain,
      '--install-extension',
      ctx.mode.vsix,
      '--extensions-dir',
      ctx.extensionsDir,
      '--user-data-dir',
      ctx.userDataDir,
      '--accept-server-license-terms',
    ],
    { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } },
  );
  const output = `${res.stdout ?? ''}${res.stderr ?? ''}`.trim();
  if (res.status !== 0 || !/successfully installed/i.test(output)) fail(`installing ${ctx.mode.vsix} failed (exit ${res.status ?? res.signal}):\n${output}`);
  const kb = (fs.statSync(ctx.mode.vsix).size / 1024).toFixed(0);
  log(`installed ${path.basename(ctx.mode.vsix)} (${kb} KB) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
