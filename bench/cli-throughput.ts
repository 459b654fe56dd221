// CLI throughput: `node bin/replylint.js --format json <paths>` as CI runs it,
// timed from spawn to exit (start-up, config, lint and output included).

import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { CLI_BIN, CLI_BUNDLE } from '../test/support/build';

export interface CliRun {
  wallMs: number;
  exitCode: number;
  outputBytes: number;
}

export function cliRun(paths: string[]): Promise<CliRun> {
  if (!fs.existsSync(CLI_BUNDLE)) return Promise.reject(new Error(`${CLI_BUNDLE} is missing: run npm run build`));
  const args = [CLI_BIN, '--format', 'json', '--max-file-size', '100000000', ...paths];
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let outputBytes = 0;
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (outputBytes += chunk.length));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      // 1 means findings at error level: a normal outcome for this corpus.
      if (code !== 0 && code !== 1) return reject(new Error(`replylint exited ${code}: ${stderr.trim().slice(0, 2000)}`));
      resolve({ wallMs, exitCode: code ?? -1, outputBytes });
    });
  });
}
