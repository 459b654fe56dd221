// The npm package as a team gets it: `npm pack` of this checkout (its prepack
// builds dist/), installed into a fresh project from the tarball alone, offline,
// then the README's CI commands and the language server run from node_modules.
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { REPO_ROOT } from '../support/build';
import { tempDir } from '../support/cli';
import { LspTestClient, fileUri } from '../support/lsp-client';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function run(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  // npm_config_* from an enclosing `npm test` would point the child npm at this checkout.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_')));
  return spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...env, NO_COLOR: '1' }, timeout: 120000 });
}

describe('npm package (packed, installed into a fresh project, run with npx)', function () {
  this.timeout(240000);
  let project: string;
  let manifest: { version: string };

  before(() => {
    manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    const packDir = tempDir({}, 'replylint-pack-');
    const packed = run(NPM, ['pack', '--silent', '--pack-destination', packDir], REPO_ROOT);
    assert.equal(packed.status, 0, packed.stderr);
    const tarball = path.join(packDir, packed.stdout.trim().split('\n').pop()!);
    project = tempDir({ 'package.json': JSON.stringify({ name: 'support-macros', version: '1.0.0', private: true }) }, 'replylint-npm-project-');
    const installed = run(NPM, ['install', '--offline', '--no-audit', '--no-fund', '--save-dev', tarball], project);
    assert.equal(installed.status, 0, installed.stderr);
  });

  it('ships the bundles, both bins and the rules, and nothing from development', () => {
    const root = path.join(project, 'node_modules', 'replylint');
    const shipped = fs
      .readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
    for (const needed of [
      'bin/replylint.js',
      'bin/replylint-language-server.js',
      'dist/cli.js',
      'dist/server.js',
      'dist/rule-docs.json.br',
      'dist/packs.json.br',
      'rules/recommended/en.yaml',
      'rules/schema/config.schema.json',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
    ]) {
      assert.ok(shipped.includes(needed), `${needed} is missing from the package`);
    }
    assert.deepEqual(
      shipped.filter((file) => /^(server|client|test|scripts|bench)\/|\.map$|\.ts$/.test(file)),
      [],
    );
  });

  it('npx replylint --version, init, a lint and test-pack work in the new project', () => {
    const version = run(NPX, ['--no', '--', 'replylint', '--version'], project);
    assert.equal(version.status, 0, version.stderr);
    assert.equal(version.stdout.trim(), manifest.version);

    const init = run(NPX, ['--no', '--', 'replylint', 'init'], project);
    assert.equal(init.status, 0, init.stderr);
    assert.ok(fs.existsSync(path.join(project, '.replylint.yaml')));

    fs.mkdirSync(path.join(project, 'macros'));
    fs.writeFileSync(path.join(project, 'macros', 'refund delay #2.md'), 'Hi {{first_name,\n\nYour refund will arrive soon.\n');
    const lint = run(NPX, ['--no', '--', 'replylint', '--format', 'json', 'macros'], project);
    assert.equal(lint.status, 1, lint.stderr);
    const [report] = JSON.parse(lint.stdout) as { filePath: string; messages: { ruleId: string }[] }[];
    assert.equal(path.basename(report!.filePath), 'refund delay #2.md');
    const ruleIds = report!.messages.map((message) => message.ruleId);
    assert.ok(ruleIds.includes('placeholder/malformed'), ruleIds.join(', '));
    assert.ok(ruleIds.includes('deferral/vague-timeframe'), ruleIds.join(', '));

    const testPack = run(NPX, ['--no', '--', 'replylint', 'test-pack', 'replylint/team-pack.yaml'], project);
    assert.equal(testPack.status, 0, testPack.stdout + testPack.stderr);
  });

  it('the composite GitHub Action (action.yml) lints with annotations and a job summary', () => {
    const action = parseYaml(fs.readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default: string }>;
      runs: { using: string; steps: { shell: string; env: Record<string, string>; run: string }[] };
    };
    assert.equal(action.runs.using, 'composite');
    const inputs: Record<string, string> = {
      ...Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default])),
      paths: 'macros/*.md\n  macros/welcome.md  \n',
    };
    fs.writeFileSync(path.join(project, 'macros', 'welcome.md'), 'Hello Sam,\n\nThanks for writing in. I have refunded your order today.\n\nBest,\nAna\n');
    const summary = path.join(project, 'step-summary.md');
    for (const step of action.runs.steps) {
      assert.equal(step.shell, 'bash');
      // What the runner does: expressions in env are replaced by the inputs, then bash runs the script.
      const env = Object.fromEntries(
        Object.entries(step.env).map(([name, value]) => [name, value.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, input: string) => inputs[input] ?? '')]),
      );
      const result = spawnSync('bash', ['-e', '-c', step.run], {
        cwd: project,
        encoding: 'utf8',
        env: { ...process.env, ...env, GITHUB_STEP_SUMMARY: summary, NO_COLOR: '1' },
      });
      assert.equal(result.status, 1, result.stderr);
      assert.match(result.stdout, /^::error file=macros\/refund delay #2\.md,line=1,.*title=placeholder\/malformed::/m);
    }
    // init's config makes deferral/vague-timeframe an error: the broken placeholder and "soon".
    assert.match(fs.readFileSync(summary, 'utf8'), /^\| macros\/refund delay #2\.md \| 1 \| 2 \|/m);
  });

  it('the pre-commit hook (.pre-commit-hooks.yaml) runs the installed bin on staged replies, and ignored files are no error', () => {
    const [hook] = parseYaml(fs.readFileSync(path.join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as {
      id: string;
      entry: string;
      language: string;
      files: string;
      args: string[];
    }[];
    assert.equal(hook!.id, 'replylint');
    assert.equal(hook!.language, 'node');
    const files = new RegExp(hook!.files);
    for (const name of ['macros/a.md', 'b.txt', 'c.html', 'export.json', 'macros.yml']) assert.ok(files.test(name), name);
    for (const name of ['tool.py', 'image.png', 'script.ts']) assert.ok(!files.test(name), name);
    // pre-commit runs `entry args... staged-files...`.
    fs.writeFileSync(path.join(project, '.replylintignore'), 'archive/\n');
    fs.mkdirSync(path.join(project, 'archive'), { recursive: true });
    fs.writeFileSync(path.join(project, 'archive', 'old.md'), 'Hi {{first_name');
    fs.writeFileSync(path.join(project, 'settings.json'), '{"theme": "dark"}');
    const staged = run(NPX, ['--no', '--', hook!.entry, ...hook!.args, 'macros/refund delay #2.md', 'archive/old.md', 'settings.json'], project);
    assert.equal(staged.status, 1, staged.stderr);
    assert.match(staged.stdout, /refund delay #2\.md/);
    assert.doesNotMatch(staged.stdout, /old\.md|settings\.json/);
    const onlyIgnored = run(NPX, ['--no', '--', hook!.entry, ...hook!.args, 'archive/old.md', 'settings.json'], project);
    assert.equal(onlyIgnored.status, 0, onlyIgnored.stdout + onlyIgnored.stderr);
  });

  it('replylint-language-server answers an LSP client over stdio', async () => {
    const client = await LspTestClient.start({
      serverPath: path.join(project, 'node_modules', 'replylint', 'bin', 'replylint-language-server.js'),
      workspaceFolder: project,
    });
    try {
      const uri = fileUri(path.join(project, 'macros', 'draft.md'));
      await client.open(uri, 'markdown', 'Hello Sam,\n\nYour refund will arrive soon.\n\nBest,\nAna');
      const diagnostics = await client.waitForPublished(uri, (published) => published.length > 0);
      assert.ok(
        diagnostics.some((diagnostic) => diagnostic.code === 'deferral/vague-timeframe'),
        JSON.stringify(diagnostics),
      );
    } finally {
      await client.stop();
    }
  });
});
