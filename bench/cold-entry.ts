// Runs in a fresh process (bundled by cold.ts): resolve the config, read the
// file, lint it once, and print where the time went as one JSON line.
// performance.now() counts from process start, so `startupMs` is Node's boot
// plus loading the bundle, before any config is read. `cpuMs` is the CPU time
// of all the process's threads (V8's compiler and collector threads as well
// as the lint's), from start to the end of the lint.

import * as fs from 'node:fs';
import { resolveConfig } from '../server/src/engine/config/project-config';
import { lint } from '../server/src/engine/linter';

const startupMs = performance.now();
const [file, configFlag, configFile] = process.argv.slice(2);
if (!file || (configFlag !== undefined && configFlag !== '--config')) {
  process.stderr.write('usage: cold-entry <file> [--config <file>]\n');
  process.exit(2);
}
const config = resolveConfig(file, configFile ? { configFile } : {});
const configured = performance.now();
const text = fs.readFileSync(file, 'utf8');
const read = performance.now();
const result = lint({ text, fileName: file }, config.lintOptions);
const linted = performance.now();
const cpu = process.cpuUsage();
process.stdout.write(
  `${JSON.stringify({
    startupMs,
    configMs: configured - startupMs,
    readMs: read - configured,
    lintMs: linted - read,
    totalMs: linted,
    findings: result.findings.length,
    units: result.units.length,
    cpuMs: (cpu.user + cpu.system) / 1000,
  })}\n`,
);
