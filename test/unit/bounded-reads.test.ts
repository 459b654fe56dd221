// Every file Replylint reads (replies, configs, packs, package.json of npm
// packs) is opened, checked with fstat as a regular file under its limit, and
// read with that bound: devices, FIFOs and unreadable files are refused with a
// message, never read to the end or waited on. In the editor a pack reached
// through a symlink must stay inside the workspace, on the command line inside
// the project (the working directory) unless its path is written out.
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigError, resolveConfig } from '../../server/src/engine/config/project-config';
import { CLI_BUNDLE, ensureBuilt } from '../support/build';
import { runCli, tempDir } from '../support/cli';

const configError = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  return 'no error';
};

describe('bounded reads', function () {
  this.timeout(60000);

  it('a config or pack that is a symlink to /dev/zero is a configuration error, not gigabytes read', async () => {
    const config = tempDir({ 'a.md': 'Hello.' });
    fs.symlinkSync('/dev/zero', path.join(config, '.replylint.yaml'));
    const run = await runCli(['a.md'], { cwd: config });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /\.replylint\.yaml.*Not a regular file/);

    const pack = tempDir({ 'a.md': 'Hello.', '.replylint.yaml': 'extends: [./zero.yaml]\n' });
    fs.symlinkSync('/dev/zero', path.join(pack, 'zero.yaml'));
    assert.match(
      configError(() => resolveConfig(path.join(pack, 'a.md'))),
      /zero\.yaml.*Not a regular file/,
    );
  });

  it('an npm pack whose package.json is a symlink to /dev/zero is refused', () => {
    const dir = tempDir({ '.replylint.yaml': 'extends: [team-pack]\n', 'node_modules/team-pack/pack.yaml': 'rules: {}\n' });
    fs.symlinkSync('/dev/zero', path.join(dir, 'node_modules/team-pack/package.json'));
    assert.match(
      configError(() => resolveConfig(path.join(dir, 'a.md'))),
      /package\.json.*Not a regular file/,
    );
  });

  it('/dev/zero and a FIFO given as paths are skipped with a note; the other files are linted', async () => {
    const dir = tempDir({ 'reply.txt': 'We will reply soon.' });
    execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
    const run = await runCli(['--format', 'json', '/dev/zero', 'pipe.txt', 'reply.txt'], { cwd: dir });
    const reports = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string | null; message: string }[] }[];
    assert.match(reports.find((report) => report.filePath === '/dev/zero')!.messages[0]!.message, /Not a regular file/);
    assert.match(reports.find((report) => report.filePath.endsWith('pipe.txt'))!.messages[0]!.message, /Not a regular file/);
    assert.ok(reports.find((report) => report.filePath.endsWith('reply.txt'))!.messages.some((message) => message.ruleId === 'deferral/vague-timeframe'));
  });

  it('an unreadable file is skipped with a warning and the run goes on', () => {
    ensureBuilt();
    const dir = tempDir({ 'a-locked.txt': 'We will reply soon.', 'b-open.txt': 'We will reply soon.' });
    fs.chmodSync(dir, 0o755);
    fs.chmodSync(path.join(dir, 'a-locked.txt'), 0o000);
    fs.chmodSync(path.join(dir, 'b-open.txt'), 0o644);
    // As root every file is readable: run the CLI as nobody so the locked file really is not.
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const run = spawnSync(process.execPath, [CLI_BUNDLE, '--format', 'json', '.'], { cwd: dir, encoding: 'utf8', ...asNobody });
    assert.equal(run.stderr, '');
    const reports = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string | null; message: string }[] }[];
    assert.match(reports.find((report) => report.filePath.endsWith('a-locked.txt'))!.messages[0]!.message, /Cannot read: EACCES/);
    assert.ok(reports.find((report) => report.filePath.endsWith('b-open.txt'))!.messages.some((message) => message.ruleId === 'deferral/vague-timeframe'));
    assert.equal(run.status, 0);
  });

  it('in the editor, a pack reached through a symlink that points outside the workspace is refused', () => {
    const outside = tempDir({ 'pack.yaml': 'rules: {}\n' });
    const workspace = tempDir({ '.replylint.yaml': 'extends: [./linked.yaml]\n', 'inner.yaml': 'rules: {}\n' });
    fs.symlinkSync(path.join(outside, 'pack.yaml'), path.join(workspace, 'linked.yaml'));
    assert.match(
      configError(() => resolveConfig(path.join(workspace, 'a.md'), { workspaceRoot: workspace })),
      /symlink to .*pack\.yaml, outside the workspace/,
    );
    // A link that stays inside is fine in the editor.
    fs.rmSync(path.join(workspace, 'linked.yaml'));
    fs.symlinkSync(path.join(workspace, 'inner.yaml'), path.join(workspace, 'linked.yaml'));
    assert.equal(
      configError(() => resolveConfig(path.join(workspace, 'a.md'), { workspaceRoot: workspace })),
      'no error',
    );
  });

  it('on the command line, a pack path that leads out of the project through a symlink is refused; a path written out is read', async () => {
    const outside = tempDir({ 'pack.yaml': 'rules: {}\n' });
    const project = tempDir({ '.replylint.yaml': 'extends: [./linked.yaml]\n', 'reply.md': 'We will reply soon.\n' });
    fs.symlinkSync(path.join(outside, 'pack.yaml'), path.join(project, 'linked.yaml'));
    const refused = await runCli(['--format', 'json', 'reply.md'], { cwd: project });
    assert.equal(refused.code, 2);
    assert.match(
      refused.stderr,
      /\.replylint\.yaml.*extends "\.\/linked\.yaml" is a symlink to .*pack\.yaml, outside the project .*write that path in extends/,
    );
    // Without a project (the engine called directly) packs may live anywhere.
    assert.equal(
      configError(() => resolveConfig(path.join(project, 'reply.md'))),
      'no error',
    );
    fs.writeFileSync(path.join(project, '.replylint.yaml'), `extends: [${JSON.stringify(path.join(outside, 'pack.yaml'))}]\n`);
    const written = await runCli(['--format', 'json', 'reply.md'], { cwd: project });
    assert.equal(written.stderr, '');
    assert.equal(written.code, 0);
  });
});
