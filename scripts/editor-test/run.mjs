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
//   --screenshots <dir>               run test/editor/screenshots/ instead: each picture is
//                                     checked for what it must show, then saved as
//                                     dir/<name>.png (server route); same as
//                                     REPLYLINT_SCREENSHOTS=<dir>
//   --first-file                      run test/editor/first-file/ instead, in a workspace
//                                     (test/fixtures/editor-first-file) with no config and
//                                     the default replylint.withoutConfig: a TwiML file is
//                                     the first file the window opens (server route)
//   --locale <code>                   VS Code's display language for the run (a stand-in
//                                     language pack; the tests see REPLYLINT_EDITOR_LOCALE);
//                                     same as REPLYLINT_EDITOR_LOCALE=<code>
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
//   REPLYLINT_SCREENSHOTS=dir         same as --screenshots dir
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
//
// One module per job: prepare.mjs (arguments, temp folders, settings), electron-route.mjs
// and server-route.mjs (the two ways of running VS Code), vsix.mjs (installing a
// package), screenshots.mjs, processes.mjs (the /proc checks), output.mjs (logs).
import fs from 'node:fs';
import { electronAvailable, runElectron } from './electron-route.mjs';
import { RunnerError, fail, log, reportLogs } from './output.mjs';
import { prepare, resolveTestsIndex, runMode } from './prepare.mjs';
import { checkLanguageServersEnded, killLeftovers, watchLanguageServers } from './processes.mjs';
import { runServer, stopServerRoute } from './server-route.mjs';

const env = process.env;

let ctx = null;
let failed = true;
let interrupted = false;
let cleaning = null;
function cleanup() {
  cleaning ??= (async () => {
    await stopServerRoute();
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

async function main() {
  const mode = runMode(process.argv.slice(2));
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
