// What the editor test run prints: its own lines, the workbench's and the VS Code
// server's log messages with the known noise filtered, and VS Code's output-channel
// log files. Also the runner's error type: a RunnerError is reported as its message.
import fs from 'node:fs';
import path from 'node:path';

const env = process.env;
export const verbose = env.REPLYLINT_EDITOR_VERBOSE === '1';
export const log = (msg) => console.log(`[editor-test] ${msg}`);

export class RunnerError extends Error {}
export const fail = (msg) => {
  throw new RunnerError(msg);
};

// Messages that are expected on this kind of machine and say nothing about the tests:
// native modules not built (installed with --ignore-scripts: spdlog, native-watchdog,
// vsda), no marketplace (open-vsx) offline, no service worker over plain http, and
// the server's start-up banner. A message is dropped whole, stack trace included.
const NOISE = [
  /spdlog|Could not locate the bindings file/i,
  /native-watchdog|build\/Release\/watchdog/,
  /vsda/,
  /open-vsx|openvsx/i,
  /\[Service Worker\] registration/,
  /scandir '[^']*\/logs'/,
  /ExperimentalWarning|--trace-warnings/,
  /Web UI available at|Server bound to|Extension host agent (started|listening)|\*{8,}|Visual Studio Code Server|By using the software|license terms|Privacy Statement/i,
  /(Started|Completed) initializing default profile extensions|ComputeTargetPlatform|Updating additional builtin extensions cache|ChatSessionStore/,
  /Resolving connection token|Resolved connection token|Creating a socket \(renderer-/,
];
const isNoise = (text) => !verbose && NOISE.some((re) => re.test(text));

// One log message (possibly multi-line): printed whole or dropped whole.
export function forwardMessage(prefix, text) {
  const lines = String(text).split(/\r?\n/);
  if (isNoise(lines.slice(0, 3).join('\n'))) return;
  for (const line of lines) if (line.trim()) console.log(`${prefix} ${line}`);
}

// A line stream (the server's stdout/stderr) where a message's continuation lines
// (stack frames, object dumps) follow its first line.
export function lineForwarder(prefix) {
  let pending = '';
  let dropping = false;
  return (chunk) => {
    pending += chunk;
    const lines = pending.split(/\r?\n/);
    pending = lines.pop();
    for (const line of lines) {
      if (/^\[\d\d:\d\d:\d\d\]\s*$/.test(line) || !line.trim()) continue; // bare timestamp
      const continuation = /^(\s|[\]})])/.test(line);
      if (continuation && dropping) continue;
      dropping = isNoise(line);
      if (!dropping) console.log(`${prefix} ${line}`);
    }
  };
}

// VS Code writes each extension's output channels (a language client's trace too) to
// files under <user-data-dir>/logs. They are only visible here, so print the
// extension's own ones when the run failed (or with REPLYLINT_EDITOR_VERBOSE=1), and
// copy all logs to REPLYLINT_EDITOR_LOGS=<dir> if asked (CI artifacts).
export function reportLogs(ctx, failed) {
  const logsDir = path.join(ctx.userDataDir, 'logs');
  if (!fs.existsSync(logsDir)) return;
  if (env.REPLYLINT_EDITOR_LOGS) {
    const dest = path.resolve(env.REPLYLINT_EDITOR_LOGS);
    fs.cpSync(logsDir, dest, { recursive: true });
    log(`VS Code logs copied to ${dest}`);
  }
  if (!failed && !verbose) return;
  const files = fs
    .readdirSync(logsDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.log'))
    .filter((f) => {
      const parts = f.split(path.sep).map((p) => p.toLowerCase());
      return parts.includes(ctx.extensionId) || parts.some((p) => p.startsWith('output_logging_'));
    })
    .sort();
  const all = fs.readdirSync(logsDir, { recursive: true, encoding: 'utf8' });
  if (files.length === 0 && all.some((f) => /exthost/i.test(f))) {
    log('no output channel logs were written (is @vscode/spdlog built? see setup-vscode-server.mjs)');
  }
  for (const f of files) {
    const text = fs.readFileSync(path.join(logsDir, f), 'utf8').trimEnd();
    if (!text) continue;
    const name = path.basename(f, '.log').replace(/^\d+-/, '');
    log(`----- output channel "${name}" -----`);
    for (const line of text.split(/\r?\n/)) console.log(`[output ${name}] ${line}`);
  }
}
