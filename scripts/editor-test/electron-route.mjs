// Route 1: desktop VS Code through @vscode/test-electron (2.x: 3.x needs Node 22),
// for a developer machine with a display that can download it.
import path from 'node:path';
import { fail, log } from './output.mjs';
import { repoRoot, testEnv } from './prepare.mjs';

const env = process.env;

export async function electronAvailable() {
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

export async function runElectron(ctx, testsIndex) {
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
        ...(ctx.mode.locale ? ['--locale', ctx.mode.locale] : []),
      ],
    });
  } catch (err) {
    // runTests rejects with 'Test run failed with code N' when the suite fails.
    const m = /code (\d+)/.exec(String(err?.message ?? err));
    if (m) return Number(m[1]) || 1;
    throw err;
  }
}
