// Cold runs: a fresh Node process per run, so module loading, config and
// pack parsing and an unwarmed JIT are all paid, as the first lint in CI or
// an editor pays them. The entry is bundled like dist/cli.js (esbuild, CJS) and
// started as bin/replylint.js starts it (bin/load-bundle.js), after one earlier
// run that wrote the bundle's code cache, as a user's first run does.

import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { asciiSourcePlugin } from '../scripts/ascii-source.mjs';
import { bundleIdPlugin } from '../scripts/bundle-id.mjs';
import { NODE_TARGET } from '../scripts/node-target.mjs';
import { precompiledRulesPlugin } from '../scripts/precompile.mjs';
import { BENCH_DIR, RESULTS_DIR } from './workspace';

export interface ColdRun {
  /** Spawn to exit, as the parent sees it. */
  wallMs: number;
  startupMs: number;
  configMs: number;
  readMs: number;
  lintMs: number;
  totalMs: number;
  findings: number;
  units: number;
  /** The cold process's CPU time, all its threads, from start to the end of its lint. */
  cpuMs: number;
  /**
   * CPU time the machine's other processes used while the cold process ran (all cores, from /proc/stat, less the
   * cold process's and the bench's own); undefined where there is no /proc/stat. The cold process keeps more than
   * one core busy (V8 compiles and collects on threads of its own), so on two cores any of this is time it waited.
   */
  othersCpuMs: number | undefined;
}

export const COLD_BUNDLE = path.join(RESULTS_DIR, 'build', 'cold-entry.js');
/** What a cold run starts: the bundle through bin/load-bundle.js, as the bins start theirs. */
const COLD_LAUNCHER = path.join(RESULTS_DIR, 'build', 'cold-launch.js');

export async function buildColdEntry(): Promise<string> {
  await esbuild.build({
    entryPoints: [path.join(BENCH_DIR, 'cold-entry.ts')],
    outfile: COLD_BUNDLE,
    bundle: true,
    platform: 'node',
    ...NODE_TARGET,
    format: 'cjs',
    // As scripts/build.mjs: jsonc-parser's UMD build requires its parts dynamically,
    // the built-in packs are precompiled at build time, the source is ASCII, and the bundle's SHA-1 is on its first line.
    mainFields: ['module', 'main'],
    plugins: [precompiledRulesPlugin(path.join(BENCH_DIR, '..', 'rules')), asciiSourcePlugin(), bundleIdPlugin()],
    logLevel: 'warning',
  });
  const loader = path.join(BENCH_DIR, '..', 'bin', 'load-bundle.js');
  fs.writeFileSync(COLD_LAUNCHER, `require(${JSON.stringify(loader)}).loadBundle(${JSON.stringify(COLD_BUNDLE)});\n`);
  // The earlier run, on a one-line reply: it writes the code cache the timed runs start with.
  const reply = path.join(RESULTS_DIR, 'build', 'cold-prime.md');
  fs.writeFileSync(reply, 'Thanks for writing in.\n');
  const primed = spawnSync(process.execPath, [COLD_LAUNCHER, reply], { encoding: 'utf8' });
  if (primed.status !== 0) throw new Error(`the cold entry's first run exited ${primed.status}: ${primed.stderr.slice(0, 2000)}`);
  return COLD_BUNDLE;
}

/** The machine's busy CPU time so far, all cores, in ms (the first line of /proc/stat); undefined without one. */
function machineBusyMs(): number | undefined {
  let line: string;
  try {
    line = fs.readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!;
  } catch {
    return undefined;
  }
  // cpu user nice system idle iowait irq softirq steal ...: in USER_HZ ticks, 100 a second on Linux.
  const [user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number);
  return (user! + nice! + system! + irq! + softirq! + steal!) * 10;
}

/** One fresh process linting `file`; `nodeArgs` can add --cpu-prof and friends. */
export function coldRun(file: string, configFile: string | undefined, nodeArgs: string[] = []): Promise<ColdRun> {
  const args = [...nodeArgs, COLD_LAUNCHER, file, ...(configFile ? ['--config', configFile] : [])];
  const busyBefore = machineBusyMs();
  const ownBefore = process.cpuUsage();
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      const busyAfter = machineBusyMs();
      const own = process.cpuUsage(ownBefore);
      if (code !== 0) return reject(new Error(`cold run of ${path.basename(file)} exited ${code}: ${stderr.trim().slice(0, 2000)}`));
      const run = JSON.parse(stdout) as Omit<ColdRun, 'wallMs' | 'othersCpuMs'>;
      const othersCpuMs =
        busyBefore === undefined || busyAfter === undefined ? undefined : Math.max(0, busyAfter - busyBefore - run.cpuMs - (own.user + own.system) / 1000);
      resolve({ wallMs, ...run, othersCpuMs });
    });
  });
}
