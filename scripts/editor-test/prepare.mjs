// What a run runs and where: the command line (--vsix), the extension root, the
// compiled test index, and a fresh temp folder with user data, an extensions dir,
// a copy of the workspace fixture and the user settings.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildEditorTests } from './build-tests.mjs';
import { fail } from './output.mjs';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const env = process.env;

// VS Code runs extensionTestsPath only together with an extensionDevelopmentPath. To
// test an installed .vsix, this empty extension is the one "under development".
const packagedTestHost = path.join(repoRoot, 'scripts', 'editor-test', 'packaged-host');

/**
 * The extension under development with the default suite, a packaged .vsix with
 * test/editor/packaged/, the screenshot suite, or the first-file suite. `suite`
 * is the folder next to the test index (REPLYLINT_EDITOR_SUITE); undefined for
 * the default suite.
 */
const USAGE = 'run.mjs [--vsix <file> | --screenshots <dir> | --first-file] [--locale <code>]';

export function runMode(args) {
  const given = { vsix: env.REPLYLINT_EDITOR_VSIX, screenshots: env.REPLYLINT_SCREENSHOTS, locale: env.REPLYLINT_EDITOR_LOCALE };
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].split(/=(.*)/s);
    const name = flag.slice(2);
    if (flag === '--first-file' && inline === undefined) {
      given.firstFile = true;
      continue;
    }
    if (!['--vsix', '--screenshots', '--locale'].includes(flag)) fail(`unknown argument ${args[i]} (usage: ${USAGE})`);
    if (inline !== undefined) given[name] = inline;
    else if (i + 1 < args.length) given[name] = args[++i];
    else fail(`${flag} needs a value (usage: ${USAGE})`);
  }
  // VS Code's display language for the run; undefined runs in English.
  const locale = given.locale ? { locale: given.locale } : {};
  if ([given.vsix, given.screenshots, given.firstFile].filter(Boolean).length > 1) {
    fail('--vsix, --screenshots (REPLYLINT_SCREENSHOTS) and --first-file are separate runs: set one');
  }
  if (given.vsix) {
    const file = path.resolve(given.vsix);
    if (!fs.existsSync(file)) fail(`${file} does not exist: build it with npm run package`);
    return { suite: 'packaged', vsix: file, ...locale };
  }
  if (given.screenshots) return { suite: 'screenshots', screenshotsDir: path.resolve(given.screenshots), ...locale };
  // A window whose first file is a TwiML call flow, in a workspace with no config and no reply, with the default
  // withoutConfig (replies): test/editor/first-file/ in test/fixtures/editor-first-file.
  if (given.firstFile) {
    return {
      suite: 'first-file',
      fixture: path.join(repoRoot, 'test/fixtures/editor-first-file'),
      settings: { 'replylint.withoutConfig': 'replies' },
      ...locale,
    };
  }
  return { suite: undefined, ...locale };
}

function readPackageJson(dir) {
  const pkgPath = path.join(dir, 'package.json');
  if (!fs.existsSync(pkgPath)) fail(`no package.json in extension root ${dir}`);
  return JSON.parse(fs.readFileSync(pkgPath, 'utf8'));
}

export function prepare(mode) {
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

  const fixture = path.resolve(env.REPLYLINT_EDITOR_FIXTURE ?? mode.fixture ?? path.join(repoRoot, 'test/fixtures/editor-workspace'));
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
  if (mode.locale) standInLanguagePack(mode.locale, userDataDir, tmp);

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
    // As desktop VS Code (the electron route): the web workbench of the server route defaults to
    // 'afterDelay' (1 s), and under load an auto save (which runs no codeActionsOnSave) raced the
    // tests' explicit saves: fix-on-save's document.save() returned false, or found the text
    // already saved without the fixes, and an undo no longer got back to the saved text.
    'files.autoSave': 'off',
    // The suites open replies in plain folders with no config; the default
    // (withoutConfig: replies) has its own test in document-selection.test.ts.
    'replylint.withoutConfig': 'everything',
    ...mode.settings,
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

/**
 * VS Code takes a display language (`--locale`) only when a language pack for it is
 * installed, and none can be downloaded here. This stand-in registers one, as the
 * language pack service would in <user-data>/languagepacks.json, with no
 * translations of VS Code's own: the workbench stays English, while extensions run
 * in that language (their package.nls.<locale>.json and l10n bundles).
 */
function standInLanguagePack(locale, userDataDir, tmp) {
  const translations = path.join(tmp, 'language-pack', 'main.i18n.json');
  fs.mkdirSync(path.dirname(translations), { recursive: true });
  fs.writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  const pack = {
    hash: `replylint-test-${locale}`,
    extensions: [{ extensionIdentifier: { id: `replylint-tests.language-pack-${locale}` }, version: '0.0.0' }],
    translations: { vscode: translations },
    label: locale,
  };
  fs.writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify({ [locale]: pack }));
}

function extraSettings() {
  if (!env.REPLYLINT_EDITOR_SETTINGS) return {};
  try {
    return JSON.parse(env.REPLYLINT_EDITOR_SETTINGS);
  } catch (err) {
    fail(`REPLYLINT_EDITOR_SETTINGS is not valid JSON: ${err.message}`);
  }
}

export async function resolveTestsIndex() {
  if (env.REPLYLINT_EDITOR_TESTS) {
    const p = path.resolve(env.REPLYLINT_EDITOR_TESTS);
    if (!fs.existsSync(p)) fail(`REPLYLINT_EDITOR_TESTS=${p} does not exist`);
    return p;
  }
  // Rebuild so a run never uses stale compiled tests (takes well under a second).
  const outDir = await buildEditorTests();
  return path.join(outDir, 'index.js');
}

/** What the tests find in their process.env, on either route. */
export const testEnv = (ctx, route) => ({
  REPLYLINT_TEST_WORKSPACE: ctx.workspace,
  // Where VS Code keeps the extension's global storage (the language server's phrase tries) under either route.
  REPLYLINT_TEST_USER_DATA: ctx.userDataDir,
  REPLYLINT_EDITOR_ROUTE: route,
  ...(ctx.mode.suite ? { REPLYLINT_EDITOR_SUITE: ctx.mode.suite } : {}),
  ...(ctx.mode.screenshotsDir ? { REPLYLINT_SCREENSHOTS: ctx.mode.screenshotsDir } : {}),
  ...(ctx.mode.locale ? { REPLYLINT_EDITOR_LOCALE: ctx.mode.locale } : {}),
});
