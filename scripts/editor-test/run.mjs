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
// Arguments (optional):
//   --vsix <file>                     test a packaged extension instead: install the .vsix
//                                     into the server and run test/editor/packaged/ (server
//                                     route); same as REPLYLINT_EDITOR_VSIX=<file>
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
//   REPLYLINT_SCREENSHOTS=dir         run test/editor/screenshots/ instead, which asks for
//                                     named screenshots, saved as dir/<name>.png (server)
//   REPLYLINT_CHROMIUM                browser binary (default /usr/bin/chromium)
//   REPLYLINT_EDITOR_LOGS=dir         copy VS Code's log files (output channels) there
//   REPLYLINT_KEEP_TMP=1              keep the temp user-data/workspace folder
//   REPLYLINT_VSCODE_CACHE            server install folder (default .vscode-test/code-server)
//   REPLYLINT_VSCODE_VERSION          desktop version for the electron route (default 1.100.3)
//
// The tests see REPLYLINT_TEST_WORKSPACE (the copied workspace folder),
// REPLYLINT_EDITOR_ROUTE and REPLYLINT_EDITOR_SUITE in their process.env.
//
// After the tests, the run fails if a Replylint language server outlives its extension
// host or any process of the run is left after shutdown (found through /proc on Linux).
import { spawn, spawnSync } from 'node:child_process';
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
// Shared preparation: what to run, extension root, test index, temp folders, settings.

// VS Code runs extensionTestsPath only together with an extensionDevelopmentPath. To
// test an installed .vsix, this empty extension is the one "under development".
const packagedTestHost = path.join(repoRoot, 'scripts', 'editor-test', 'packaged-host');

/**
 * The extension under development with the default suite, a packaged .vsix with
 * test/editor/packaged/, or the screenshot suite. `suite` is the folder next to
 * the test index (REPLYLINT_EDITOR_SUITE); undefined for the default suite.
 */
function runMode() {
  let vsix = env.REPLYLINT_EDITOR_VSIX;
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--vsix' && i + 1 < args.length) vsix = args[++i];
    else if (args[i].startsWith('--vsix=')) vsix = args[i].slice('--vsix='.length);
    else fail(`unknown argument ${args[i]} (usage: run.mjs [--vsix <file>])`);
  }
  if (vsix && env.REPLYLINT_SCREENSHOTS) fail('--vsix and REPLYLINT_SCREENSHOTS are separate runs: set one');
  if (vsix) {
    const file = path.resolve(vsix);
    if (!fs.existsSync(file)) fail(`${file} does not exist: build it with npm run package`);
    return { suite: 'packaged', vsix: file };
  }
  if (env.REPLYLINT_SCREENSHOTS) return { suite: 'screenshots', screenshotsDir: path.resolve(env.REPLYLINT_SCREENSHOTS) };
  return { suite: undefined };
}

function readPackageJson(dir) {
  const pkgPath = path.join(dir, 'package.json');
  if (!fs.existsSync(pkgPath)) fail(`no package.json in extension root ${dir}`);
  return JSON.parse(fs.readFileSync(pkgPath, 'utf8'));
}

function prepare(mode) {
  const extensionRoot = mode.vsix ? packagedTestHost : path.resolve(env.REPLYLINT_EXTENSION_ROOT ?? repoRoot);
  const pkg = readPackageJson(extensionRoot);
  // The extension whose output channels matter: the installed one when testing a .vsix.
  const tested = mode.vsix ? readPackageJson(repoRoot) : pkg;
  const extensionId = `${tested.publisher}.${tested.name}`.toLowerCase();
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
  if (mode.screenshotsDir) fs.mkdirSync(mode.screenshotsDir, { recursive: true });

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
    // The suites open replies in plain folders with no config; the default
    // (withoutConfig: replies) has its own test in document-selection.test.ts.
    'replylint.withoutConfig': 'everything',
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

  return { mode, extensionRoot, extensionId, workspace, userDataDir, extensionsDir, tmp };
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

const testEnv = (ctx, route) => ({
  REPLYLINT_TEST_WORKSPACE: ctx.workspace,
  REPLYLINT_EDITOR_ROUTE: route,
  ...(ctx.mode.suite ? { REPLYLINT_EDITOR_SUITE: ctx.mode.suite } : {}),
  ...(ctx.mode.screenshotsDir ? { REPLYLINT_SCREENSHOTS: ctx.mode.screenshotsDir } : {}),
});

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
        '--user-data-dir',
        ctx.userDataDir,
        '--extensions-dir',
        ctx.extensionsDir,
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
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--without-connection-token',
    '--accept-server-license-terms',
    '--user-data-dir',
    ctx.userDataDir,
    '--extensions-dir',
    ctx.extensionsDir,
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
    fail(`Chromium not found at ${p}. Install it (Debian: apt-get install -y chromium) ` + 'or point REPLYLINT_CHROMIUM at a Chromium/Chrome binary.');
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

  if (ctx.mode.vsix) installVsix(ctx);
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
  await page.exposeFunction('codeAutomationLog', async (type, args) => {
    // Extension host console output arrives here too, printf-style ('%s%s', ...) as
    // mocha's reporter writes it.
    const text = format(...(Array.isArray(args) ? args : [args]));
    forwardMessage(`[${type}]`, text);
    const shot = SCREENSHOT_REQUEST.exec(text);
    if (shot && ctx.mode.screenshotsDir) await saveScreenshot(page, path.join(ctx.mode.screenshotsDir, `${shot[1]}.png`));
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
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(toPosix(ctx.workspace))}` + `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
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
  log(`exit code ${result}: ${((Date.now() - t1) / 1000).toFixed(1)} s from navigation, ` + `${((Date.now() - t0) / 1000).toFixed(1)} s from server start`);
  return result;
}

// A test asks for a screenshot by logging this line (test/editor/screenshots/).
const SCREENSHOT_REQUEST = /^\[replylint-screenshot\] ([\w.-]+)\s*$/;

async function saveScreenshot(page, file) {
  try {
    // Written under another name first: the test waits for the file to exist.
    const partial = `${file}.partial`;
    fs.writeFileSync(partial, await page.screenshot());
    fs.renameSync(partial, file);
    log(`screenshot: ${file}`);
  } catch (err) {
    log(`screenshot ${file} failed: ${err.message}`);
  }
}

// The server's own CLI installs the package as a user would (`code --install-extension`).
function installVsix(ctx) {
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
    { encoding: 'utf8', env: { ...env, NODE_OPTIONS: '' } },
  );
  const output = `${res.stdout ?? ''}${res.stderr ?? ''}`.trim();
  if (res.status !== 0 || !/successfully installed/i.test(output)) fail(`installing ${ctx.mode.vsix} failed (exit ${res.status ?? res.signal}):\n${output}`);
  const kb = (fs.statSync(ctx.mode.vsix).size / 1024).toFixed(0);
  log(`installed ${path.basename(ctx.mode.vsix)} (${kb} KB) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
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

// ---------------------------------------------------------------------------------
// Processes of this run, through /proc (Linux). The VS Code server passes
// REPLYLINT_TEST_WORKSPACE (unique per run) down to the extension host and the
// language servers it starts; other runs and other servers do not carry it.

const canListProcesses = fs.existsSync('/proc/self/environ');

function processState(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) state ppid ...": comm may hold spaces and parentheses.
    const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state, ppid: Number(ppid) };
  } catch {
    return undefined;
  }
}

// A zombie has ended; it only waits to be reaped (a container's init may never do it).
const isRunning = (pid) => ![undefined, 'Z', 'X'].includes(processState(pid)?.state);

function processesOfRun(ctx) {
  const marker = `REPLYLINT_TEST_WORKSPACE=${ctx.workspace}`;
  const found = [];
  for (const entry of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (!fs.readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0').includes(marker)) continue;
      const argv = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').filter(Boolean);
      const pid = Number(entry);
      if (isRunning(pid)) found.push({ pid, ppid: processState(pid).ppid, argv });
    } catch {
      // Ended while we looked, or not ours to read.
    }
  }
  return found;
}

const isLanguageServer = (proc) => proc.argv.some((arg) => /[\\/]dist[\\/]server\.js$/.test(arg));

async function waitUntil(condition, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  return condition();
}

// Language servers seen while the tests run (they restart during them, and end with
// their extension host before the runner could look at the end).
function watchLanguageServers(ctx) {
  const seen = new Map();
  const look = () => {
    for (const proc of processesOfRun(ctx).filter(isLanguageServer)) seen.set(proc.pid, proc);
  };
  const timer = canListProcesses ? setInterval(look, 500) : undefined;
  return {
    stop() {
      clearInterval(timer);
      if (canListProcesses) look();
    },
    seen: () => [...seen.values()],
  };
}

// No language server may outlive its extension host. The host ends by itself after the
// tests and stops its server; a host still running 10 s later is killed, and then the
// server has to notice on its own (vscode-languageserver watches --clientProcessId).
async function checkLanguageServersEnded(servers) {
  if (!canListProcesses) return log('no /proc here: not checking that language servers end with their host');
  if (servers.length === 0) fail('no Replylint language server was seen during the tests');
  const hosts = [...new Set(servers.map((server) => server.ppid))];
  if (!(await waitUntil(() => !hosts.some(isRunning), 10_000))) {
    for (const pid of hosts.filter(isRunning)) {
      log(`extension host ${pid} still running 10 s after the tests: killing it`);
      process.kill(pid, 'SIGKILL');
    }
  }
  const pids = servers.map((server) => server.pid).join(', ');
  if (!(await waitUntil(() => !servers.some((server) => isRunning(server.pid)), 10_000))) {
    fail(
      `language server(s) ${servers
        .filter((server) => isRunning(server.pid))
        .map((server) => server.pid)
        .join(', ')} still running 10 s after their extension host ended`,
    );
  }
  log(`language servers seen during the run (${pids}) all ended with their extension host`);
}

// After shutdown nothing of the run may be left: kill leftovers, and fail.
function killLeftovers(ctx) {
  if (!canListProcesses) return false;
  const left = processesOfRun(ctx);
  for (const proc of left) {
    log(`ERROR: left running after shutdown: ${proc.pid} ${proc.argv.join(' ').slice(0, 200)}`);
    try {
      process.kill(proc.pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
  return left.length > 0;
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

for (const [sig, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
]) {
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
  const mode = runMode();
  const testsIndex = await resolveTestsIndex();
  ctx = prepare(mode);
  log(`extension: ${mode.vsix ?? ctx.extensionRoot}`);
  log(`tests:     ${testsIndex}${mode.suite ? ` (suite ${mode.suite})` : ''}`);
  log(`workspace: ${ctx.workspace}`);
  const forced = env.REPLYLINT_EDITOR;
  if (forced && forced !== 'electron' && forced !== 'server') fail(`REPLYLINT_EDITOR must be electron or server, not ${forced}`);
  // Installing a .vsix and taking screenshots are implemented for the server route.
  if (mode.suite && forced === 'electron') fail(`the ${mode.suite} suite runs on the server route only`);
  const useElectron = !mode.suite && (await electronAvailable());
  const languageServers = watchLanguageServers(ctx);
  const code = await (useElectron ? runElectron(ctx, testsIndex) : runServer(ctx, testsIndex)).finally(() => languageServers.stop());
  if (code === 0) await checkLanguageServersEnded(languageServers.seen());
  return code;
}

const wall = Date.now();
let exitCode;
try {
  exitCode = await main();
  failed = exitCode !== 0;
} catch (err) {
  // After a signal the browser is closed under our feet; that error is no news.
  if (!interrupted) console.error(`[editor-test] ERROR: ${err instanceof RunnerError ? err.message : (err?.stack ?? err)}`);
  exitCode = 1;
} finally {
  await cleanup();
}
if (!interrupted && ctx && killLeftovers(ctx)) exitCode ||= 1;
// After a signal its handler sets the exit code (128 + signal number).
if (!interrupted) {
  log(`${exitCode === 0 ? 'PASSED' : `FAILED (exit code ${exitCode})`} in ${((Date.now() - wall) / 1000).toFixed(1)} s`);
  process.exit(exitCode);
}
