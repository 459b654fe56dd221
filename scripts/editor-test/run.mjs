#!/usr/bin/env node
// Runs the editor tests (mocha, compiled at out/test/editor/index.js) inside a real
// VS Code extension host, with the extension under development loaded.
//
// Two routes, same suite:
//   electron  @vscode/test-electron (2.x: 3.x needs Node 22) with a downloaded desktop
//             VS Code; for a developer laptop that can download it.
//   server    the VS Code 1.100 server from the npm package code-server (installed by
//             setup-vscode-server.mjs) + Debian's Chromium driven by playwright-core.
//             Works where only the npm registry and apt are reachable (this machine, CI).
//
// Environment (all optional):
//   REPLYLINT_EDITOR=electron|server  force a route (default: server under CI or when no
//                                     desktop VS Code can be downloaded quickly)
//   REPLYLINT_EXTENSION_ROOT          extension folder (default: the repo root)
//   REPLYLINT_EDITOR_TESTS            compiled test index (default: out/test/editor/index.js,
//                                     rebuilt from test/editor/ first)
//   REPLYLINT_EDITOR_FIXTURE          workspace to copy and open (default:
//                                     test/fixtures/editor-workspace)
//   REPLYLINT_EDITOR_SETTINGS         JSON object merged into the user settings
//   REPLYLINT_EDITOR_TIMEOUT          timeout in seconds for the test run (default 300, server)
//   REPLYLINT_EDITOR_GREP             only run tests whose title matches
//   REPLYLINT_EDITOR_VERBOSE=1        forward every log line, unfiltered
//   REPLYLINT_SCREENSHOT=file.png     screenshot of the workbench just before exit (server)
//   REPLYLINT_CHROMIUM                browser binary (default /usr/bin/chromium)
//   REPLYLINT_EDITOR_LOGS=dir         copy VS Code's log files (output channels) there
//   REPLYLINT_KEEP_TMP=1              keep the temp user-data/workspace folder
//   REPLYLINT_VSCODE_CACHE            server install folder (default .vscode-test/code-server)
//   REPLYLINT_VSCODE_VERSION          desktop version for the electron route (default 1.100.3)
//
// The tests see REPLYLINT_TEST_WORKSPACE (the copied workspace folder) and
// REPLYLINT_EDITOR_ROUTE in their process.env.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { ensureVscodeServer, serverMain, readVscodeVersion } from './setup-vscode-server.mjs';
import { buildEditorTests } from './build-tests.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const env = process.env;
const verbose = env.REPLYLINT_EDITOR_VERBOSE === '1';
const timeoutMs = Number(env.REPLYLINT_EDITOR_TIMEOUT ?? 300) * 1000;
const log = (msg) => console.log(`[editor-test] ${msg}`);

class RunnerError extends Error {}
const fail = (msg) => {
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
function forwardMessage(prefix, text) {
  const lines = String(text).split(/\r?\n/);
  if (isNoise(lines.slice(0, 3).join('\n'))) return;
  for (const line of lines) if (line.trim()) console.log(`${prefix} ${line}`);
}

// A line stream (the server's stdout/stderr) where a message's continuation lines
// (stack frames, object dumps) follow its first line.
function lineForwarder(prefix) {
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

// ---------------------------------------------------------------------------------
// Shared preparation: extension root, test index, temp folders, settings.

function prepare() {
  const extensionRoot = path.resolve(env.REPLYLINT_EXTENSION_ROOT ?? repoRoot);
  const pkgPath = path.join(extensionRoot, 'package.json');
  if (!fs.existsSync(pkgPath)) fail(`no package.json in extension root ${extensionRoot}`);
  const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8'));
  if (pkg.main) {
    const main = path.resolve(extensionRoot, pkg.main);
    if (!fs.existsSync(main) && !fs.existsSync(`${main}.js`)) {
      fail(`the extension's main ${main} does not exist: build the extension first (npm run build)`);
    }
  }

  const fixture = path.resolve(env.REPLYLINT_EDITOR_FIXTURE ?? path.join(repoRoot, 'test/fixtures/editor-workspace'));
  if (!fs.existsSync(fixture)) fail(`workspace fixture ${fixture} does not exist`);

  // Each run gets its own user data, extensions dir and a copy of the workspace, so
  // tests may edit files and nothing leaks between runs.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'replylint-editor-'));
  const userDataDir = path.join(tmp, 'user-data');
  const extensionsDir = path.join(tmp, 'extensions');
  const workspace = path.join(tmp, path.basename(fixture));
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.mkdirSync(path.join(userDataDir, 'logs'), { recursive: true });
  fs.cpSync(fixture, workspace, { recursive: true });

  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.enableExperiments': false,
    'workbench.tips.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'extensions.ignoreRecommendations': true,
    'security.workspace.trust.enabled': false,
    'git.enabled': false,
    ...extraSettings(),
  };
  const json = JSON.stringify(settings, null, 2) + '\n';
  // User/ is what desktop VS Code (and code-server's web workbench) reads; Machine/ is
  // what a VS Code server applies to its extension host. Same content in both so the
  // tests see the same settings on either route.
  for (const dir of ['User', 'Machine']) {
    fs.mkdirSync(path.join(userDataDir, dir), { recursive: true });
    fs.writeFileSync(path.join(userDataDir, dir, 'settings.json'), json);
  }

  return { extensionRoot, workspace, userDataDir, extensionsDir, tmp };
}

function extraSettings() {
  if (!env.REPLYLINT_EDITOR_SETTINGS) return {};
  try {
    return JSON.parse(env.REPLYLINT_EDITOR_SETTINGS);
  } catch (err) {
    fail(`REPLYLINT_EDITOR_SETTINGS is not valid JSON: ${err.message}`);
  }
}

async function resolveTestsIndex() {
  if (env.REPLYLINT_EDITOR_TESTS) {
    const p = path.resolve(env.REPLYLINT_EDITOR_TESTS);
    if (!fs.existsSync(p)) fail(`REPLYLINT_EDITOR_TESTS=${p} does not exist`);
    return p;
  }
  // Rebuild so a run never uses stale compiled tests (takes well under a second).
  const outDir = await buildEditorTests();
  return path.join(outDir, 'index.js');
}

const testEnv = (ctx, route) => ({ REPLYLINT_TEST_WORKSPACE: ctx.workspace, REPLYLINT_EDITOR_ROUTE: route });

// ---------------------------------------------------------------------------------
// Route 1: desktop VS Code through @vscode/test-electron.

async function electronAvailable() {
  if (env.REPLYLINT_EDITOR === 'electron') return true;
  const ci = env.CI && env.CI !== 'false' && env.CI !== '0';
  if (env.REPLYLINT_EDITOR === 'server' || ci) return false;
  // A headless Linux box cannot show an Electron window without Xvfb.
  if (process.platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) return false;
  try {
    await downloadDesktop(20_000);
    return true;
  } catch (err) {
    log(`desktop VS Code not available (${err.message.split('\n')[0]}); using the server + Chromium route`);
    return false;
  }
}

async function downloadDesktop(timeout) {
  const { downloadAndUnzipVSCode } = await import('@vscode/test-electron');
  return downloadAndUnzipVSCode({
    version: env.REPLYLINT_VSCODE_VERSION ?? '1.100.3',
    cachePath: path.join(repoRoot, '.vscode-test', 'electron'),
    timeout,
  });
}

async function runElectron(ctx, testsIndex) {
  const { runTests } = await import('@vscode/test-electron');
  let vscodeExecutablePath;
  try {
    vscodeExecutablePath = await downloadDesktop(60_000);
  } catch (err) {
    fail(`REPLYLINT_EDITOR=electron, but desktop VS Code could not be downloaded: ${err.message}`);
  }
  log(`route: electron (${vscodeExecutablePath})`);
  if (env.REPLYLINT_SCREENSHOT) log('REPLYLINT_SCREENSHOT is only supported on the server route; ignored');
  try {
    return await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: ctx.extensionRoot,
      extensionTestsPath: testsIndex,
      extensionTestsEnv: testEnv(ctx, 'electron'),
      launchArgs: [
        ctx.workspace,
        '--user-data-dir', ctx.userDataDir,
        '--extensions-dir', ctx.extensionsDir,
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--disable-gpu',
      ],
    });
  } catch (err) {
    // runTests rejects with 'Test run failed with code N' when the suite fails.
    const m = /code (\d+)/.exec(String(err?.message ?? err));
    if (m) return Number(m[1]) || 1;
    throw err;
  }
}

// ---------------------------------------------------------------------------------
// Route 2: VS Code server + Chromium.

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function httpOk(url) {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => {
      res.resume();
      resolve(res.statusCode !== undefined && res.statusCode < 500);
    });
    req.on('error', () => resolve(false));
    req.setTimeout(2000, () => req.destroy());
  });
}

// Everything started here, so that every exit path can stop it.
const started = { server: null, browser: null };

async function startServer(ctx, port, testEnvVars) {
  const args = [
    serverMain,
    '--host', '127.0.0.1',
    '--port', String(port),
    '--without-connection-token',
    '--accept-server-license-terms',
    '--user-data-dir', ctx.userDataDir,
    '--extensions-dir', ctx.extensionsDir,
    '--disable-workspace-trust',
    '--disable-telemetry',
  ];
  // The extension host is forked by the server and inherits its environment.
  const child = spawn(process.execPath, args, {
    cwd: ctx.tmp,
    env: { ...env, ...testEnvVars, NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Own process group: the server forks the extension host, pty host and file
    // watcher; killing the group leaves no orphans.
    detached: process.platform !== 'win32',
  });
  started.server = child;
  let output = '';
  const forward = lineForwarder('[server]');
  const onData = (d) => {
    output += d;
    forward(String(d));
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise((resolve) => child.once('exit', (code, sig) => resolve(code ?? sig)));

  const deadline = Date.now() + 60_000;
  let gone = null;
  exited.then((c) => (gone = c));
  while (Date.now() < deadline) {
    if (gone !== null) fail(`the VS Code server exited early (${gone}). Its output:\n${output}`);
    if (await httpOk(`http://127.0.0.1:${port}/version`)) return child;
    await new Promise((r) => setTimeout(r, 250));
  }
  fail(`the VS Code server did not listen on port ${port} within 60 s. Its output:\n${output}`);
}

async function stopServer() {
  const child = started.server;
  started.server = null;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const kill = (sig) => {
    try {
      if (process.platform === 'win32') child.kill(sig);
      else process.kill(-child.pid, sig);
    } catch {
      /* already gone */
    }
  };
  kill('SIGTERM');
  const timer = setTimeout(() => kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
  kill('SIGKILL'); // stragglers in the group (extension host, pty host)
}

function chromiumPath() {
  const p = env.REPLYLINT_CHROMIUM ?? '/usr/bin/chromium';
  if (!fs.existsSync(p)) {
    fail(
      `Chromium not found at ${p}. Install it (Debian: apt-get install -y chromium) ` +
        'or point REPLYLINT_CHROMIUM at a Chromium/Chrome binary.',
    );
  }
  return p;
}

async function runServer(ctx, testsIndex) {
  const executablePath = chromiumPath();
  try {
    await ensureVscodeServer();
  } catch (err) {
    fail(`could not install the VS Code server: ${err.message}`);
  }
  const { chromium } = await import('playwright-core');

  const port = await freePort();
  const t0 = Date.now();
  log(`route: server (VS Code ${readVscodeVersion()} server on 127.0.0.1:${port}, ${executablePath})`);
  await startServer(ctx, port, testEnv(ctx, 'server'));
  log(`server listening after ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  const browser = await chromium.launch({
    executablePath,
    headless: true,
    // We stop the browser ourselves, in order, on every exit path.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: [
      '--no-sandbox', // root in a container has no user namespaces
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  started.browser = browser;
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });

  let resolveExit;
  const exitCode = new Promise((r) => (resolveExit = r));
  // The workbench calls this when the test run settles: 0 when run() resolved.
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit(typeof code === 'number' ? code : 1));
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    // Extension host console output arrives here too, printf-style ('%s%s', ...) as
    // mocha's reporter writes it.
    forwardMessage(`[${type}]`, format(...(Array.isArray(args) ? args : [args])));
  });
  page.on('pageerror', (err) => forwardMessage('[page error]', err.stack ?? err.message));
  page.on('crash', () => log('the workbench page crashed'));

  const remote = (p) => `vscode-remote://127.0.0.1:${port}${toPosix(p)}`;
  const payload = [
    ['extensionDevelopmentPath', remote(ctx.extensionRoot)],
    ['extensionTestsPath', remote(testsIndex)],
    ['skipWelcome', 'true'],
    ['skipReleaseNotes', 'true'],
  ];
  const url =
    `http://127.0.0.1:${port}/?folder=${encodeURIComponent(toPosix(ctx.workspace))}` +
    `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  const t1 = Date.now();
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });

  let timer;
  const timedOut = new Promise((r) => (timer = setTimeout(() => r('timeout'), timeoutMs)));
  const result = await Promise.race([exitCode, timedOut]);
  clearTimeout(timer);

  if (env.REPLYLINT_SCREENSHOT) {
    const file = path.resolve(env.REPLYLINT_SCREENSHOT);
    await page.screenshot({ path: file }).then(
      () => log(`screenshot: ${file}`),
      (err) => log(`screenshot failed: ${err.message}`),
    );
  }
  if (result === 'timeout') {
    fail(`TIMEOUT: the tests did not report an exit code within ${timeoutMs / 1000} s (REPLYLINT_EDITOR_TIMEOUT)`);
  }
  log(`exit code ${result}: ${((Date.now() - t1) / 1000).toFixed(1)} s from navigation, ` +
      `${((Date.now() - t0) / 1000).toFixed(1)} s from server start`);
  return result;
}

const toPosix = (p) => (process.platform === 'win32' ? '/' + p.replace(/\\/g, '/') : p);

// ---------------------------------------------------------------------------------

// VS Code writes each extension's output channels (a language client's trace too) to
// files under <user-data-dir>/logs. They are only visible here, so print the
// extension's own ones when the run failed (or with REPLYLINT_EDITOR_VERBOSE=1), and
// copy all logs to REPLYLINT_EDITOR_LOGS=<dir> if asked (CI artifacts).
function reportLogs(ctx, failed) {
  const logsDir = path.join(ctx.userDataDir, 'logs');
  if (!fs.existsSync(logsDir)) return;
  if (env.REPLYLINT_EDITOR_LOGS) {
    const dest = path.resolve(env.REPLYLINT_EDITOR_LOGS);
    fs.cpSync(logsDir, dest, { recursive: true });
    log(`VS Code logs copied to ${dest}`);
  }
  if (!failed && !verbose) return;
  let extId = '';
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(ctx.extensionRoot, 'package.json'), 'utf8'));
    extId = `${pkg.publisher}.${pkg.name}`.toLowerCase();
  } catch {
    /* prepare() already checked it */
  }
  const files = fs
    .readdirSync(logsDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.log'))
    .filter((f) => {
      const parts = f.split(path.sep).map((p) => p.toLowerCase());
      return parts.includes(extId) || parts.some((p) => p.startsWith('output_logging_'));
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

let ctx = null;
let failed = true;
let interrupted = false;
let cleaning = null;
function cleanup() {
  cleaning ??= (async () => {
    const browser = started.browser;
    started.browser = null;
    await browser?.close().catch(() => {});
    await stopServer();
    if (ctx) {
      try {
        reportLogs(ctx, failed);
      } catch (err) {
        log(`could not read the VS Code logs: ${err.message}`);
      }
      if (env.REPLYLINT_KEEP_TMP !== '1') fs.rmSync(ctx.tmp, { recursive: true, force: true });
      else log(`kept ${ctx.tmp}`);
    }
  })();
  return cleaning;
}

for (const [sig, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
  process.once(sig, () => {
    interrupted = true;
    log(`${sig}: stopping`);
    cleanup().finally(() => process.exit(code));
  });
}
// Last resort if something exits the process directly: no orphan server.
process.on('exit', () => {
  const s = started.server;
  if (s && s.exitCode === null && process.platform !== 'win32') {
    try {
      process.kill(-s.pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
});

async function main() {
  const testsIndex = await resolveTestsIndex();
  ctx = prepare();
  log(`extension: ${ctx.extensionRoot}`);
  log(`tests:     ${testsIndex}`);
  log(`workspace: ${ctx.workspace}`);
  const forced = env.REPLYLINT_EDITOR;
  if (forced && forced !== 'electron' && forced !== 'server') fail(`REPLYLINT_EDITOR must be electron or server, not ${forced}`);
  return (await electronAvailable()) ? runElectron(ctx, testsIndex) : runServer(ctx, testsIndex);
}

const wall = Date.now();
let exitCode = 1;
try {
  exitCode = await main();
  failed = exitCode !== 0;
} catch (err) {
  // After a signal the browser is closed under our feet; that error is no news.
  if (!interrupted) console.error(`[editor-test] ERROR: ${err instanceof RunnerError ? err.message : err?.stack ?? err}`);
  exitCode = 1;
} finally {
  await cleanup();
}
// After a signal its handler sets the exit code (128 + signal number).
if (!interrupted) {
  log(`${exitCode === 0 ? 'PASSED' : `FAILED (exit code ${exitCode})`} in ${((Date.now() - wall) / 1000).toFixed(1)} s`);
  process.exit(exitCode);
}
