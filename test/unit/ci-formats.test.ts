// CI formats on real files with awkward names: SARIF valid against the SARIF
// 2.1.0 schema, GitHub annotations and job summary, GitLab Code Quality.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { REPO_ROOT } from '../support/build';
import { runCli, tempDir } from '../support/cli';

const REPLY = 'Hello Sam,\n\nYour refund will arrive soon. Obviously, just click the link: {{ticket.url}\n\nBest,\nAna\n';
const FILES = {
  'macros/refund delay #2.md': REPLY,
  'macros/100% sure?.md': REPLY,
  'macros/zwrot – ünïcode 😀.md': REPLY,
};

function sarifValidator() {
  const schema = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'test/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8')) as object;
  // The schema's language pattern is not valid with the u flag, which JSON Schema does not require.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

interface SarifLog {
  runs: {
    tool: {
      driver: {
        rules: {
          id: string;
          shortDescription?: { text: string };
          fullDescription?: { text: string };
          help?: { text: string; markdown?: string };
          helpUri?: string;
        }[];
      };
    };
    originalUriBaseIds: Record<string, { uri: string }>;
    results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }[] }[];
  }[];
}

describe('cli: CI formats', () => {
  it('SARIF is valid against the SARIF 2.1.0 schema for any file name, with percent-encoded URIs', async () => {
    const dir = tempDir(FILES);
    const run = await runCli(['--format', 'sarif', 'macros'], { cwd: dir });
    assert.equal(run.code, 1, run.stderr);
    const log = JSON.parse(run.stdout) as SarifLog;
    const validate = sarifValidator();
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));

    const [sarifRun] = log.runs;
    const uris = [...new Set(sarifRun!.results.map((result) => result.locations[0]!.physicalLocation.artifactLocation.uri))].sort();
    assert.deepEqual(uris, ['macros/100%25%20sure%3F.md', 'macros/refund%20delay%20%232.md', `macros/${encodeURIComponent('zwrot – ünïcode 😀.md')}`]);
    const base = sarifRun!.originalUriBaseIds['%SRCROOT%']!.uri;
    for (const uri of uris) {
      const resolved = new URL(uri, base);
      assert.ok(fs.existsSync(resolved), `${resolved.href} does not resolve to the file`);
    }
  });

  it('the schema check catches an unencoded file name (the test can fail)', () => {
    const validate = sarifValidator();
    const log = {
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'x' } },
          results: [{ message: { text: 'm' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'refund delay #2.md#x' } } }] }],
        },
      ],
    };
    assert.equal(validate(log), false);
  });

  it('SARIF describes every rule: short and full description, help, and a helpUri to its section of docs/rules.md', async () => {
    const dir = tempDir(FILES);
    const log = JSON.parse((await runCli(['--format', 'sarif', 'macros'], { cwd: dir })).stdout) as SarifLog;
    const { rules } = log.runs[0]!.tool.driver;
    assert.ok(rules.length >= 3, rules.map((rule) => rule.id).join(', '));
    const docs = fs.readFileSync(path.join(REPO_ROOT, 'docs', 'rules.md'), 'utf8');
    for (const rule of rules) {
      assert.ok(rule.shortDescription?.text, `${rule.id} has no shortDescription`);
      assert.ok(rule.fullDescription?.text, `${rule.id} has no fullDescription`);
      assert.ok(rule.help?.text && rule.help.markdown, `${rule.id} has no help`);
      assert.match(rule.helpUri ?? '', /^https:\/\/github\.com\/replylint\/replylint\/blob\/main\/docs\/rules\.md#recommended-en-/, rule.id);
      const anchor = rule.helpUri!.split('#')[1]!;
      assert.ok(docs.includes(`<a id="${anchor}"></a>\n\n#### \`${rule.id}\``), `docs/rules.md has no section #${anchor} for ${rule.id}`);
    }
    const ids = new Set(rules.map((rule) => rule.id));
    for (const result of log.runs[0]!.results) assert.ok(ids.has(result.ruleId), `${result.ruleId} is not among the rules`);
  });

  it('--format github writes annotations and appends a job summary table to $GITHUB_STEP_SUMMARY', async () => {
    const dir = tempDir({
      ...FILES,
      'macros/a|b.md': REPLY,
      'macros/clean.md': 'Hello Sam,\n\nThanks for writing in. I have refunded your order today.\n\nBest,\nAna\n',
    });
    const summaryFile = path.join(dir, 'summary.md');
    fs.writeFileSync(summaryFile, '# Earlier step\n');
    const previous = process.env.GITHUB_STEP_SUMMARY;
    process.env.GITHUB_STEP_SUMMARY = summaryFile;
    let run;
    try {
      run = await runCli(['--format', 'github', 'macros'], { cwd: dir });
    } finally {
      if (previous === undefined) delete process.env.GITHUB_STEP_SUMMARY;
      else process.env.GITHUB_STEP_SUMMARY = previous;
    }
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^::error file=macros\/refund delay #2\.md,line=3,col=\d+,endLine=3,endColumn=\d+,title=placeholder\/malformed::/m);
    const summary = fs.readFileSync(summaryFile, 'utf8');
    assert.ok(summary.startsWith('# Earlier step\n## Replylint\n'), summary);
    assert.match(summary, /^\| macros\/refund delay #2\.md \| 1 \| 1 \| \d+ \| \d+ \|$/m);
    assert.match(summary, /^\| macros\/a\\\|b\.md \| 1 \|/m);
    assert.doesNotMatch(summary, /clean\.md/);
    assert.match(
      summary,
      /^\| \[`placeholder\/malformed`\]\(https:\/\/github\.com\/replylint\/replylint\/blob\/main\/docs\/rules\.md#recommended-en-placeholder-malformed\) \| 4 \|$/m,
    );
  });

  it('--format gitlab writes Code Quality issues with stable, unique fingerprints', async () => {
    const dir = tempDir(FILES);
    const run = await runCli(['--format', 'gitlab', 'macros'], { cwd: dir });
    assert.equal(run.code, 1);
    const issues = JSON.parse(run.stdout) as {
      check_name: string;
      description: string;
      severity: string;
      fingerprint: string;
      location: { path: string; lines: { begin: number } };
    }[];
    assert.ok(issues.length >= 9);
    assert.equal(new Set(issues.map((issue) => issue.fingerprint)).size, issues.length, 'fingerprints are unique');
    for (const issue of issues) {
      assert.match(issue.fingerprint, /^[0-9a-f]{64}$/);
      assert.ok(['info', 'minor', 'major', 'critical', 'blocker'].includes(issue.severity));
      assert.ok(issue.description && issue.check_name);
    }
    const malformed = issues.find((issue) => issue.check_name === 'placeholder/malformed' && issue.location.path === 'macros/refund delay #2.md');
    assert.deepEqual(malformed && { severity: malformed.severity, line: malformed.location.lines.begin }, { severity: 'major', line: 3 });

    // The same problem moved down the file keeps its fingerprint.
    fs.writeFileSync(path.join(dir, 'macros/refund delay #2.md'), `<!-- moved -->\n\n${REPLY}`);
    const moved = JSON.parse((await runCli(['--format', 'gitlab', 'macros'], { cwd: dir })).stdout) as typeof issues;
    const again = moved.find((issue) => issue.check_name === 'placeholder/malformed' && issue.location.path === 'macros/refund delay #2.md');
    assert.equal(again?.fingerprint, malformed!.fingerprint);
    assert.equal(again?.location.lines.begin, 5);
  });
});
