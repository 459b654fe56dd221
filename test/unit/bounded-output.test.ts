// At most maxFindings findings per file (default 1,000) and one note saying how
// many more there are, in the engine, the CLI's formats and the server.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildConfig } from '../../server/src/engine/config/project-config';
import { DEFAULT_MAX_FINDINGS, UnitCache, lint } from '../../server/src/engine/linter';
import { FORMATS, outputWriter } from '../../server/src/cli/formatters';
import { replyUnitList } from '../../server/src/engine/units/formats';
import { runCli, tempDir } from '../support/cli';

const options = buildConfig({}, undefined).lintOptions;
const withMax = (maxFindings: number) => ({ ...options, maxFindings });
const summary = (finding: { ruleId: string; start: number; end: number }) => `${finding.ruleId}@${finding.start}-${finding.end}`;

const SENTENCES = [
  'We will reply soon. ',
  'Obviously you should have simply restarted it. ',
  'Your ticket was escalated to L2. ',
  'Thanks for writing, Sam. ',
  '{{ticket.requester.frist_name}} ',
  '{{ ',
  'asap. ',
  '\n\n## Refunds\n',
];

describe('bounded output', function () {
  this.timeout(120000);

  it('keeps the first maxFindings findings in source order and counts the rest', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...SENTENCES), { maxLength: 60 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom('a.md', 'a.txt'),
        (parts, max, fileName) => {
          const text = parts.join('');
          const uncapped = lint({ text, fileName }, withMax(1_000_000));
          const all = uncapped.findings;
          const capped = lint({ text, fileName }, withMax(max));
          assert.deepEqual(capped.findings.map(summary), all.slice(0, max).map(summary));
          assert.equal(capped.omittedFindings, Math.max(0, all.length - max));
          // Findings only counted (past the maximum, no message or fixes built) fail the replies' scorecards as before.
          assert.deepEqual(capped.units, uncapped.units);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a lint kept by nobody (the command line), which makes each reply when it reads it and counts findings past the maximum without building them, equals one a cache keeps', () => {
    const directives = [
      '<!-- replylint-disable-next-line deferral -->\n',
      '<!-- replylint-disable tone -->\n',
      '<!-- replylint-disable-next-line placeholder/malformed -->\n',
      '<!-- replylint-enable -->\n',
      '<!-- replylint-disable -->\n',
      '<!-- replylint kind=memo -->\n',
      '<!-- replylint language=pl -->\n',
      'Dziękujemy, odpiszemy wkrótce. ',
    ];
    const same = (text: string, fileName: string, max: number) => {
      // What the lint asks of a reply without making it is what the reply says once made.
      const list = replyUnitList(text, fileName);
      for (let index = 0; index < list.length; index++) {
        assert.equal(list.sourceEndAt(index), list.at(index).sourceEnd);
        assert.deepEqual(list.placeholdersAt(index), list.at(index).placeholders);
        assert.equal(list.kindAt(index), list.at(index).kind);
      }
      const kept = lint({ text, fileName }, withMax(max), new UnitCache());
      const oneShot = lint({ text, fileName }, withMax(max));
      assert.deepEqual(oneShot.findings, kept.findings);
      assert.equal(oneShot.omittedFindings, kept.omittedFindings);
      assert.deepEqual(oneShot.unusedDisables, kept.unusedDisables);
      return oneShot;
    };
    // Past the maximum, a comment still hides a finding (not counted) and is used (not reported unused).
    const library =
      '## A\nWe will reply soon. Obviously you should have simply restarted it.\n\n## B\n<!-- replylint-disable-next-line deferral -->\nWe will reply soon.\n\n## C\n<!-- replylint-disable -->\nWe will reply soon.\n';
    const result = same(library, 'a.md', 1);
    assert.equal(result.omittedFindings, 2);
    assert.deepEqual(result.unusedDisables, []);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...SENTENCES, ...directives), { maxLength: 60 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom('a.md', 'a.txt'),
        (parts, max, fileName) => {
          same(parts.join(''), fileName, max);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a flood of findings ("soon " over a whole 200,000-character reply) reports 1,000 and counts the others', () => {
    const result = lint({ text: 'soon '.repeat(39_990), fileName: 'soon.txt' }, options);
    assert.equal(result.findings.length, DEFAULT_MAX_FINDINGS);
    assert.ok(result.omittedFindings >= 38_900, `${result.omittedFindings} omitted`);
    // A file of many replies: the cap is per file, not per reply.
    const library = lint({ text: '## A\nWe will reply soon.\n\n'.repeat(3000), fileName: 'library.md' }, options);
    assert.equal(library.findings.length, DEFAULT_MAX_FINDINGS);
    assert.ok(library.omittedFindings >= 2000);
  });

  it('an edit after a capped lint gives the same result as a fresh lint', () => {
    const cache = new UnitCache();
    const text = '## A\nWe will reply soon.\n\n'.repeat(30);
    lint({ text, fileName: 'library.md' }, withMax(10), cache);
    const edited = text.replace('reply soon', 'reply by 3 pm');
    const incremental = lint({ text: edited, fileName: 'library.md' }, withMax(10), cache);
    const fresh = lint({ text: edited, fileName: 'library.md' }, withMax(10));
    assert.deepEqual(incremental.findings.map(summary), fresh.findings.map(summary));
    assert.equal(incremental.omittedFindings, fresh.omittedFindings);
  });

  it('the CLI writes one note for the rest in every format; --max-findings and maxFindings set the limit', async () => {
    const dir = tempDir({
      'soon.txt': 'We will reply soon. '.repeat(30),
      'set/.replylint.yaml': 'maxFindings: 4\n',
      'set/soon.txt': 'We will reply soon. '.repeat(30),
    });
    const all = (JSON.parse((await runCli(['--format', 'json', '--max-findings', '100000', 'soon.txt'], { cwd: dir })).stdout) as { messages: unknown[] }[])[0]!
      .messages.length;
    const json = await runCli(['--format', 'json', '--max-findings', '5', 'soon.txt'], { cwd: dir });
    const [report] = JSON.parse(json.stdout) as { messages: { ruleId: string | null; message: string }[] }[];
    assert.equal(report!.messages.filter((message) => message.ruleId !== null).length, 5);
    assert.equal(
      report!.messages.find((message) => message.ruleId === null)!.message,
      `${all - 5} more findings in this file not shown: at most 5 are reported per file (maxFindings in .replylint.yaml, --max-findings).`,
    );
    const configured = JSON.parse((await runCli(['--format', 'json', 'set/soon.txt'], { cwd: dir })).stdout) as {
      messages: { ruleId: string | null; message: string }[];
    }[];
    assert.equal(configured[0]!.messages.filter((message) => message.ruleId !== null).length, 4);
    const stylish = await runCli(['--max-findings', '5', 'soon.txt'], { cwd: dir });
    assert.ok(stylish.stdout.includes(`${all - 5} more findings in this file not shown`));
    assert.match(stylish.stdout, /✖ 6 problems/);
    const sarif = JSON.parse((await runCli(['--format', 'sarif', '--max-findings', '5', 'soon.txt'], { cwd: dir })).stdout) as {
      runs: { results: { message: { text: string } }[]; tool: { driver: { rules: { id: string }[] } } }[];
    };
    assert.equal(sarif.runs[0]!.results.length, 6);
    assert.ok(sarif.runs[0]!.tool.driver.rules.some((rule) => rule.id === 'replylint'));
    const github = await runCli(['--format', 'github', '--max-findings', '5', 'soon.txt'], { cwd: dir });
    assert.equal(github.stdout.trim().split('\n').length, 6);
    assert.equal((await runCli(['--max-findings', '0', 'soon.txt'], { cwd: dir })).code, 2);
  });

  it('the formatters write each file as it is linted; the JSON is laid out as JSON.stringify(reports, null, 2)', () => {
    const written: string[] = [];
    const stream = { isTTY: false, write: (text: string) => written.push(text) > 0 } as unknown as NodeJS.WriteStream;
    const text = 'We will reply soon. "Quoted" \\ \n line';
    const result = lint({ text, fileName: '/r/a.txt' }, options);
    for (const name of FORMATS) {
      written.length = 0;
      const writer = outputWriter(name, { version: '1.0.0', locale: 'en', rules: new Map(), cwd: '/r', stream });
      writer.file({ filePath: '/r/a.txt', source: text, result, notes: [] });
      // The HTML page sorts every reply worst first, so it is written at the end.
      if (name !== 'html') assert.ok(written.join('').includes('soon'), `${name} wrote the first file before the run ended`);
      writer.file({ filePath: '/r/b.txt', source: text, result, notes: [] });
      writer.end();
      if (name === 'json' || name === 'sarif') {
        const parsed = JSON.parse(written.join('')) as unknown;
        if (name === 'json') assert.equal(written.join(''), `${JSON.stringify(parsed, null, 2)}\n`);
      }
    }
    written.length = 0;
    const empty = outputWriter('json', { version: '1.0.0', locale: 'en', rules: new Map(), cwd: '/r', stream });
    empty.end();
    assert.equal(written.join(''), '[]\n');
  });

  it('the JSON of a library is written in chunks of about 64 KB, never as one string per file', () => {
    const written: string[] = [];
    const stream = { isTTY: false, write: (text: string) => written.push(text) > 0 } as unknown as NodeJS.WriteStream;
    const text = Array.from({ length: 600 }, (_, index) => `## Macro ${index}\nHi Sam,\n\nWe will reply soon about order ${index}.\n\nBest,\nAna\n`).join('\n');
    const result = lint({ text, fileName: '/r/library.md' }, options);
    const writer = outputWriter('json', { version: '1.0.0', locale: 'en', rules: new Map(), cwd: '/r', stream });
    const note = { message: 'A note "quoted".', range: result.findings[0]!.range };
    writer.file({ filePath: '/r/library.md', source: text, result, notes: [note] });
    writer.end();
    const json = written.join('');
    assert.ok(json.length > 4 * 65536, `${json.length} characters`);
    assert.ok(written.length > 4, `${written.length} writes`);
    assert.ok(Math.max(...written.map((chunk) => chunk.length)) < 2 * 65536);
    const parsed = JSON.parse(json) as { messages: unknown[]; replies: unknown[] }[];
    assert.equal(json, `${JSON.stringify(parsed, null, 2)}\n`);
    assert.equal(parsed[0]!.replies.length, 600);
    assert.equal(parsed[0]!.messages.length, result.findings.length + 1);
  });
});
