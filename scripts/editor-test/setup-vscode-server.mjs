#!/usr/bin/env node
// Installs a VS Code 1.100 server + web workbench (shipped inside the npm package
// code-server) into .vscode-test/code-server/, outside the project's own dependency
// tree. Idempotent: a marker file makes later runs a no-op.
//
//   node scripts/editor-test/setup-vscode-server.mjs          # install if needed
//   node scripts/editor-test/setup-vscode-server.mjs --force  # reinstall
//
// Also importable: `await ensureVscodeServer()` returns the lib/vscode path.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// 4.100.3 is the last code-server whose engines say Node 20 (VS Code 1.100).
export const CODE_SERVER_VERSION = '4.100.3';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const cacheDir = path.resolve(process.env.REPLYLINT_VSCODE_CACHE ?? path.join(repoRoot, '.vscode-test', 'code-server'));
export const vscodeDir = path.join(cacheDir, 'node_modules', 'code-server', 'lib', 'vscode');
export const serverMain = path.join(vscodeDir, 'out', 'server-main.js');
// Bump RECIPE when the steps below change, so existing caches are redone.
const RECIPE = 3;
const marker = path.join(cacheDir, `.setup-done-${CODE_SERVER_VERSION}-r${RECIPE}`);

const log = (msg) => console.log(`[setup-vscode-server] ${msg}`);

// `npm run` exports npm_config_* variables (local_prefix, save_dev, omit, ...) that
// would make the nested npm install into the project itself. Keep only the ones that
// say how to reach the registry.
function npmEnv() {
  const keep = /^npm_config_(registry|cache|userconfig|globalconfig|proxy|https_proxy|noproxy|strict_ssl|cafile|ca|fetch_.*)$/i;
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^npm_/i.test(k) && !keep.test(k)) continue;
    env[k] = v;
  }
  return env;
}

function npm(args, cwd) {
  const started = Date.now();
  log(`npm ${args.join(' ')}   (in ${path.relative(repoRoot, cwd) || '.'})`);
  const res = spawnSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd,
    env: npmEnv(),
    stdio: 'inherit',
    // npm is npm.cmd on Windows
    shell: process.platform === 'win32',
  });
  if (res.status !== 0) {
    throw new Error(`npm ${args.join(' ')} failed in ${cwd} (exit ${res.status ?? res.signal})`);
  }
  log(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

export function isInstalled() {
  return fs.existsSync(marker) && fs.existsSync(serverMain);
}

export async function ensureVscodeServer({ force = false } = {}) {
  if (!force && isInstalled()) {
    log(`already installed: ${vscodeDir}`);
    linkRipgrep();
    return vscodeDir;
  }
  const started = Date.now();
  // Start from scratch so a half-finished earlier run cannot leave a broken tree.
  fs.rmSync(cacheDir, { recursive: true, force: true });
  fs.mkdirSync(cacheDir, { recursive: true });
  // Its own package.json stops npm from walking up to the project's package.json.
  fs.writeFileSync(path.join(cacheDir, 'package.json'), JSON.stringify({ name: 'replylint-vscode-server-cache', private: true }, null, 2) + '\n');

  // --ignore-scripts: code-server's postinstall downloads ripgrep and builds native
  // modules; the tests need neither, and the download is impossible here.
  npm(['install', '--ignore-scripts', '--no-save', '--no-package-lock', `code-server@${CODE_SERVER_VERSION}`], cacheDir);
  if (!fs.existsSync(path.join(vscodeDir, 'package.json'))) {
    throw new Error(`code-server@${CODE_SERVER_VERSION} has no lib/vscode at ${vscodeDir}`);
  }
  // The server's and built-in extensions' runtime dependencies are not bundled.
  npm(['install', '--omit=dev', '--ignore-scripts'], vscodeDir);
  npm(['install', '--omit=dev', '--ignore-scripts'], path.join(vscodeDir, 'extensions'));

  // The server resolves some modules through node_modules.asar (as in a packaged
  // desktop build); a link to the plain folder satisfies it.
  const asar = path.join(vscodeDir, 'node_modules.asar');
  fs.rmSync(asar, { recursive: true, force: true });
  fs.symlinkSync('node_modules', asar, 'junction');
  log('linked lib/vscode/node_modules.asar -> node_modules');

  buildSpdlog();
  linkRipgrep();

  if (!fs.existsSync(serverMain)) throw new Error(`missing ${serverMain} after install`);
  fs.writeFileSync(marker, new Date().toISOString() + '\n');
  log(`installed VS Code server ${readVscodeVersion()} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${vscodeDir}`);
  return vscodeDir;
}

// Optional: VS Code writes its log files, including every extension's output channel
// (e.g. a language client's trace), through the native module @vscode/spdlog. Without
// it the tests still run, but output channels go nowhere. Building it takes ~20 s and
// needs a C++ toolchain and the Node headers, all present on this machine kind; any
// failure is only a warning.
function buildSpdlog() {
  const started = Date.now();
  const moduleDir = path.join(vscodeDir, 'node_modules', '@vscode', 'spdlog');
  const nodePrefix = path.resolve(path.dirname(process.execPath), '..');
  const npmDir = path.join(nodePrefix, 'lib', 'node_modules', 'npm');
  const nodeGyp = path.join(npmDir, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  const headers = path.join(nodePrefix, 'include', 'node', 'node_api.h');
  const skip = (why) => log(`WARNING: not building @vscode/spdlog (${why}): extension output channels will not be written to log files`);
  if (!fs.existsSync(moduleDir)) return skip(`${moduleDir} missing`);
  if (!fs.existsSync(nodeGyp)) return skip(`npm's node-gyp not found at ${nodeGyp}`);
  // With local headers node-gyp needs no download (only the npm registry is reachable).
  const args = [nodeGyp, 'rebuild', '-j', String(Math.max(1, os.availableParallelism()))];
  if (fs.existsSync(headers)) args.push(`--nodedir=${nodePrefix}`);
  log('building @vscode/spdlog (native, for log files)');
  const res = spawnSync(process.execPath, args, { cwd: moduleDir, env: npmEnv(), encoding: 'utf8' });
  if (res.status !== 0) {
    const tail = `${res.stdout ?? ''}${res.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    fs.rmSync(path.join(moduleDir, 'build'), { recursive: true, force: true });
    return skip(`node-gyp exit ${res.status ?? res.signal}:\n${tail}`);
  }
  // Keep only the binary; the object files are ~10x its size.
  for (const entry of fs.readdirSync(path.join(moduleDir, 'build'))) {
    if (entry !== 'Release') fs.rmSync(path.join(moduleDir, 'build', entry), { recursive: true, force: true });
  }
  for (const entry of fs.readdirSync(path.join(moduleDir, 'build', 'Release'))) {
    if (entry !== 'spdlog.node') fs.rmSync(path.join(moduleDir, 'build', 'Release', entry), { recursive: true, force: true });
  }
  log(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

// VS Code's file search (workspace.findFiles, quick open, search view) spawns
// @vscode/ripgrep's bin/rg, which that package's postinstall would download from
// GitHub (unreachable here). Debian's ripgrep (apt-get install ripgrep) does the same
// job. Checked on every run, so installing rg later needs no reinstall.
export function linkRipgrep() {
  const target = path.join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg');
  if (process.platform === 'win32' || !fs.existsSync(path.dirname(path.dirname(target)))) return false;
  if (fs.existsSync(target)) return true; // existsSync follows the link: a live one
  const rg = (process.env.PATH ?? '')
    .split(path.delimiter)
    .map((dir) => path.join(dir, 'rg'))
    .find((p) => fs.existsSync(p));
  if (!rg) {
    log('WARNING: ripgrep (rg) not found on PATH: vscode.workspace.findFiles and search will fail in the tests. Install it: apt-get install -y ripgrep');
    return false;
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.rmSync(target, { force: true }); // a dangling link from an earlier rg
  fs.symlinkSync(fs.realpathSync(rg), target);
  log(`linked @vscode/ripgrep/bin/rg -> ${fs.realpathSync(rg)}`);
  return true;
}

export function readVscodeVersion() {
  try {
    return JSON.parse(fs.readFileSync(path.join(vscodeDir, 'package.json'), 'utf8')).version;
  } catch {
    return 'unknown';
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = Date.now();
  try {
    await ensureVscodeServer({ force: process.argv.includes('--force') });
    log(`total ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (err) {
    console.error(`[setup-vscode-server] FAILED: ${err.message}`);
    process.exit(1);
  }
}
