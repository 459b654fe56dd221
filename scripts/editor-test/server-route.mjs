// Route 2: the VS Code 1.100 server from the npm package code-server (installed by
// setup-vscode-server.mjs) with its web workbench in Debian's Chromium, driven by
// playwright-core. Works where only the npm registry and apt are reachable.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { format } from 'node:util';
import { fail, forwardMessage, lineForwarder, log } from './output.mjs';
import { testEnv } from './prepare.mjs';
import { answerScreenshotRequest, finalScreenshot } from './screenshots.mjs';
import { ensureVscodeServer, readVscodeVersion, serverMain } from './setup-vscode-server.mjs';
import { installVsix } from './vsix.mjs';

const env = process.env;
const timeoutMs = Number(env.REPLYLINT_EDITOR_TIMEOUT ?? 300) * 1000;

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
    ...(ctx.mode.locale ? ['--locale', ctx.mode.locale] : []),
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

/** Closes the browser, then stops the server and its process group; safe to call on any path, more than once. */
export async function stopServerRoute() {
  const browser = started.browser;
  started.browser = null;
  await browser?.close().catch(() => {});
  await stopServer();
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

function chromiumPath() {
  const p = env.REPLYLINT_CHROMIUM ?? '/usr/bin/chromium';
  if (!fs.existsSync(p)) {
    fail(`Chromium not found at ${p}. Install it (Debian: apt-get install -y chromium) ` + 'or point REPLYLINT_CHROMIUM at a Chromium/Chrome binary.');
  }
  return p;
}

export async function runServer(ctx, testsIndex) {
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
    await answerScreenshotRequest(page, text, ctx.mode.screenshotsDir);
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

  await finalScreenshot(page);
  if (result === 'timeout') {
    fail(`TIMEOUT: the tests did not report an exit code within ${timeoutMs / 1000} s (REPLYLINT_EDITOR_TIMEOUT)`);
  }
  log(`exit code ${result}: ${((Date.now() - t1) / 1000).toFixed(1)} s from navigation, ` + `${((Date.now() - t0) / 1000).toFixed(1)} s from server start`);
  return result;
}

const toPosix = (p) => (process.platform === 'win32' ? '/' + p.replace(/\\/g, '/') : p);
