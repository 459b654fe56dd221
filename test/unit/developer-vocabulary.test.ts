// A developer product's team accepts the developers' words in one line of config (README, "Configuration"):
// backend, hotfix, repro, devs, deploy are the readers' own there (trial 12: a developer platform's status
// messages), while the help desk's jargon ("escalated to L2") stays flagged and the default is unchanged.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli, tempDir } from '../support/cli';

interface JsonReport {
  filePath: string;
  messages: { ruleId: string; message: string }[];
}

const README = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
// The documented line itself, so the test fails if the README's advice stops working.
const ACCEPT_LINE = /^ {2}accept: \[backend\*.*\]$/m.exec(README)?.[0];

const REPLIES = {
  'en.md': 'The backend is fixed: the devs deployed a hotfix at 14:10 UTC. Thanks for the repro steps. I have escalated the billing question to L2.\n',
  'pl.md':
    '<!-- replylint language=pl -->\nBackend działa: hotfix wdrożono o 14:10, a deploy backendu przeszedł bez problemów. Eskalowałem pytanie o fakturę na L2.\n',
};

/** The flagged words, as the message quotes them ("backend" is…, „L2” to…). */
function quoted(message: string): string {
  return /^["„](.+?)["”]/.exec(message)?.[1] ?? message;
}

async function jargon(config: string): Promise<Record<string, string[]>> {
  const dir = tempDir({ '.replylint.yaml': config, ...REPLIES });
  const run = await runCli(['--format', 'json', '.'], { cwd: dir });
  const reports = JSON.parse(run.stdout) as JsonReport[];
  return Object.fromEntries(
    reports.map((report) => [
      path.basename(report.filePath),
      report.messages.filter((message) => message.ruleId === 'clarity/jargon').map((message) => quoted(message.message)),
    ]),
  );
}

describe('developer vocabulary (README: one accept line for a developer product)', () => {
  it('the README documents the line', () => {
    assert.ok(ACCEPT_LINE, 'README has the vocabulary.accept line for developer products');
  });

  it('flags the developers’ words by default, to lay readers', async () => {
    const found = await jargon('kind: auto-reply\n');
    assert.deepEqual(found['en.md'], ['backend', 'devs', 'hotfix', 'repro steps', 'L2']);
    assert.deepEqual(found['pl.md'], ['Backend', 'hotfix', 'deploy', 'backendu', 'Eskalowałem', 'L2']);
  });

  it('with the line, keeps only the help desk’s jargon', async () => {
    const found = await jargon(`kind: auto-reply\nvocabulary:\n${ACCEPT_LINE}\n`);
    assert.deepEqual(found['en.md'], ['L2']);
    assert.deepEqual(found['pl.md'], ['Eskalowałem', 'L2']);
  });
});
