// The example team repository (examples/team): merged config, findings and
// --print-config, with the override order built-in -> npm package -> local
// pack -> project rules.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { runCli } from '../support/cli';

const TEAM = path.resolve(__dirname, '../../examples/team');

const cli = (args: string[]) => runCli(args, { cwd: TEAM });

describe('example team repository', () => {
  it('--print-config shows each rule with the pack it came from, in override order', async () => {
    const run = await cli(['--print-config', 'customer/refund-delay.md']);
    assert.equal(run.code, 0, run.stderr);
    const config = JSON.parse(run.stdout) as {
      extends: string[];
      placeholders: string;
      rules: Record<string, { severity: string; from: string }>;
      off: string[];
    };
    assert.deepEqual(
      config.extends.map((entry) => (entry.startsWith('/') ? path.basename(entry) : entry)),
      ['recommended', 'strict', '@acme/replylint-pack', 'support-team.yaml'],
    );
    assert.equal(config.placeholders, 'zendesk');
    // Built-in rule, severity raised by the project's rules.
    assert.deepEqual(config.rules['deferral/vague-timeframe'], {
      severity: 'error',
      category: 'deferral',
      kind: 'phrase',
      from: 'recommended',
      setBy: `${path.join(TEAM, '.replylint.yaml')}:22:3`,
    });
    // From the npm package, untouched.
    assert.equal(config.rules['acme/sign-off-name']!.from, '@acme/replylint-pack');
    // Defined by the npm package, redefined by the local pack: the later one wins.
    assert.equal(path.basename(config.rules['acme/no-competitor-names']!.from), 'support-team.yaml');
    assert.equal(config.rules['acme/no-competitor-names']!.severity, 'info');
    // Turned off by the project.
    assert.equal(config.rules['clarity/long-reply'], undefined);
    assert.ok(config.off.includes('clarity/long-reply'));
  });

  it('lints customer replies with every layer, internal replies with the internal audience, and ignores the archive', async () => {
    const run = await cli(['--format', 'json', '.']);
    assert.equal(run.code, 1, run.stderr);
    const reports = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string; line: number; severity: number }[] }[];
    const byFile = Object.fromEntries(
      reports.map((report) => [
        path.relative(TEAM, report.filePath),
        report.messages.map((message) => `${message.line}:${message.ruleId}:${message.severity}`),
      ]),
    );
    assert.deepEqual(Object.keys(byFile).sort(), ['customer/password-reset.md', 'customer/refund-delay.md', 'internal/laptop-request.md']);
    assert.deepEqual(byFile['customer/refund-delay.md'], ['4:clarity/team-vocabulary:1', '4:deferral/vague-timeframe:2']);
    // Clean: the accepted product name, the thanks formula and the signed closing all hold.
    assert.deepEqual(byFile['customer/password-reset.md'], []);
    // No greeting, no formal sign-off: fine between colleagues.
    assert.deepEqual(byFile['internal/laptop-request.md'], []);
  });

  it('the team pack passes its own examples (replylint test-pack, as the team CI runs it)', async () => {
    const run = await cli(['test-pack', 'replylint/support-team.yaml']);
    assert.equal(run.code, 0, run.stdout);
    assert.equal((await cli(['test-pack', 'packages/acme-replylint-pack/en.yaml'])).code, 0);
  });
});
