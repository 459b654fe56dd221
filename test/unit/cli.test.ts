// The CLI on real files: formats, exit codes, --fix, config, test-pack.
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { decodeText } from '../../server/src/engine/io/files';
import { ensureBuilt } from '../support/build';
import { runCli, tempDir } from '../support/cli';

const cli = runCli;

// Self-contained: the config below keeps only the rule these tests are about,
// so the test does not change when the recommended pack grows.
const ONLY_DEFERRAL = `extends: [./pack.yaml]\n`;
const PACK = `language: en
rules:
  deferral/vague-timeframe:
    kind: phrase
    category: deferral
    message: '"{match}" gives no time.'
    description: Vague time frames leave customers guessing.
    phrases: [soon, shortly, as soon as possible]
    suggest: { replace: ["within 24 hours", "by the end of today"] }
  tone/filler:
    kind: phrase
    category: tone
    message: Drop "{match}".
    description: A filler word that tells the customer it was easy.
    phrases: [{ phrase: simply, fix: "" }, { phrase: just click, fix: click }]
  placeholder/malformed:
    kind: check
    check: placeholder-syntax
    category: placeholder
    severity: error
    message: Close the placeholder.
    description: A broken placeholder shows raw braces to the customer.
`;

describe('cli', () => {
  it('lints a folder, reporting exact 1-based line and column in JSON with category and scorecards', async () => {
    const dir = tempDir({
      '.replylint.yaml': ONLY_DEFERRAL,
      'pack.yaml': PACK,
      'replies/delay.md': 'Hi Ana,\n\n😀 We will reply soon.\n\nBest,\nSam\n',
      'replies/clean.txt': 'Hi Ana,\n\nI will reply by 3 pm today.\n\nBest,\nSam\n',
      'replies/ignored.json': '{}',
    });
    const run = await cli(['--format', 'json', 'replies'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    const reports = JSON.parse(run.stdout) as { filePath: string; messages: Record<string, unknown>[]; replies: unknown[] }[];
    assert.deepEqual(
      reports.map((report) => path.basename(report.filePath)),
      ['clean.txt', 'delay.md'],
    );
    assert.deepEqual(reports[0]!.messages, []);
    const [message] = reports[1]!.messages;
    // The emoji is two UTF-16 code units: "😀 We will reply " is 17 units, so "soon" starts at column 18.
    assert.deepEqual(
      {
        ruleId: message!.ruleId,
        severity: message!.severity,
        category: message!.category,
        line: message!.line,
        column: message!.column,
        endLine: message!.endLine,
        endColumn: message!.endColumn,
      },
      { ruleId: 'deferral/vague-timeframe', severity: 1, category: 'deferral', line: 3, column: 18, endLine: 3, endColumn: 22 },
    );
    assert.equal(message!.fix, undefined, 'a time frame is a suggestion, never a fix');
    assert.deepEqual(message!.suggestions, [
      { desc: 'Replace with "within 24 hours"', fix: { range: [26, 30], text: 'within 24 hours' } },
      { desc: 'Replace with "by the end of today"', fix: { range: [26, 30], text: 'by the end of today' } },
    ]);
    assert.equal(reports[1]!.replies.length, 1);
  });

  it("JSON replies carry each scorecard item's reason, in the reply's language, with the span it points at", async () => {
    const dir = tempDir({ 'odpowiedz.md': 'Szanowny Kliencie,\n\nzwrot został zlecony i pieniądze wrócą w ciągu 5 dni roboczych.\n\nPozdrawiam,\nAnna\n' });
    const run = await cli(['--format', 'json', '--language', 'pl', 'odpowiedz.md'], { cwd: dir });
    type Reason = { message: string; id: string; args: Record<string, string>; line?: number; column?: number; endLine?: number; endColumn?: number };
    const [report] = JSON.parse(run.stdout) as { replies: { scorecard: Record<string, string>; reasons: Record<string, Reason> }[] }[];
    const reply = report!.replies[0]!;
    assert.equal(reply.scorecard.greeting, 'fail');
    assert.deepEqual(reply.reasons.greeting, {
      message: '„Szanowny Kliencie” nie zwraca się do nikogo konkretnego (formula/dear-customer).',
      id: 'scorecard.greeting.fail',
      args: { excerpt: 'Szanowny Kliencie', rule: 'formula/dear-customer' },
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 18,
    });
    assert.equal(reply.reasons.nextStep!.message, 'Podaje termin: „5 dni”.');
    assert.equal(reply.reasons.empathy!.message, 'Brak skargi, opóźnienia czy odmowy, które wymagałyby empatii.');
  });

  it('config export fields are tried before the built-in ones, never instead of them', async () => {
    const macro = (field: string) => JSON.stringify([{ title: 'Delay', [field]: 'Hi Sam,\n\nWe will get back to you soon.\n\nBest,\nAnna' }]);
    const dir = tempDir({ '.replylint.yaml': 'root: true\nexports:\n  body: [macro]\n', 'courier.json': macro('macro'), 'shop.json': macro('body') });
    const run = await cli(['--format', 'json', 'courier.json', 'shop.json'], { cwd: dir });
    const files = (JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string }[] }[]).map((file) => [
      path.basename(file.filePath),
      file.messages.some((message) => message.ruleId === 'deferral/vague-timeframe'),
    ]);
    assert.deepEqual(files.sort(), [
      ['courier.json', true],
      ['shop.json', true],
    ]);
  });

  it('exits 1 on errors and with more warnings than --max-warnings, 0 otherwise', async () => {
    const dir = tempDir({ '.replylint.yaml': ONLY_DEFERRAL, 'pack.yaml': PACK, 'a.txt': 'Reply soon. Reply shortly.\n', 'b.txt': 'Hi {{first_name,\n' });
    assert.equal((await cli(['a.txt'], { cwd: dir })).code, 0);
    assert.equal((await cli(['a.txt', '--max-warnings', '2'], { cwd: dir })).code, 0);
    const over = await cli(['a.txt', '--max-warnings', '1'], { cwd: dir });
    assert.equal(over.code, 1);
    assert.match(over.stderr, /2 warnings/);
    const errors = await cli(['b.txt'], { cwd: dir });
    assert.equal(errors.code, 1);
    assert.match(errors.stdout, /placeholder\/malformed/);
  });

  it("JSON's warningCount counts warnings, not infos, as the summary line and --max-warnings do (reviewer L4)", async () => {
    const dir = tempDir({
      'info.yaml': 'rules:\n  tone/condescending: info\n',
      'a.txt': 'Hi Sam,\n\nObviously it shipped.\n\nBest,\nAna\n',
      'b.txt': 'Hi Sam,\n\nObviously it shipped, and we will refund it soon.\n\nBest,\nAna\n',
    });
    type Report = { messages: { ruleId: string; level: string }[]; warningCount: number; fixableWarningCount: number };
    const [info] = JSON.parse((await cli(['-c', 'info.yaml', '--format', 'json', 'a.txt'], { cwd: dir })).stdout) as Report[];
    assert.deepEqual(
      info!.messages.map((message) => [message.ruleId, message.level]),
      [['tone/condescending', 'info']],
    );
    assert.equal(info!.warningCount, 0);
    assert.equal(info!.fixableWarningCount, 0);
    const [mixed] = JSON.parse((await cli(['-c', 'info.yaml', '--format', 'json', 'b.txt'], { cwd: dir })).stdout) as Report[];
    assert.deepEqual(mixed!.messages.map((message) => message.level).sort(), ['info', 'warning']);
    assert.equal(mixed!.warningCount, 1);
  });

  it('--help lists every option in one block, then its notes, in lines of at most 100 characters', async () => {
    const help = await cli(['--help']);
    assert.equal(help.code, 0);
    const lines = help.stdout.trimEnd().split('\n');
    const start = lines.indexOf('Options:');
    const end = lines.indexOf('', start);
    assert.ok(start > 0 && end > start, help.stdout);
    const options = lines.slice(start + 1, end);
    for (const name of ['--format', '--fix', '--config', '--stdin', '--debug', '--help', '--version']) {
      assert.ok(
        options.some((line) => line.includes(name)),
        `${name} is not in the Options block`,
      );
    }
    // Nothing that looks like an option after the block (-h and -v once came after the notes on globs).
    assert.deepEqual(
      lines.slice(end).filter((line) => /^\s+-/.test(line)),
      [],
    );
    assert.deepEqual(
      lines.filter((line) => line.length > 100),
      [],
    );
  });

  it('exits 2 on usage and configuration errors with a message naming the file and line', async () => {
    const dir = tempDir({ '.replylint.yaml': 'language: en\nrules:\n  nope/unknown: off\n', 'a.txt': 'Hello.' });
    const unknownRule = await cli(['a.txt'], { cwd: dir });
    assert.equal(unknownRule.code, 2);
    assert.match(unknownRule.stderr, /Unknown rule id "nope\/unknown"/);
    const badYaml = tempDir({ '.replylint.yaml': 'language: en\nextends: [recommended\n', 'a.txt': 'Hello.' });
    const yamlRun = await cli(['a.txt'], { cwd: badYaml });
    assert.equal(yamlRun.code, 2);
    assert.match(yamlRun.stderr, /\.replylint\.yaml:\d+:\d+: YAML/);
    assert.equal((await cli(['--format', 'xml'], { cwd: dir })).code, 2);
    assert.equal((await cli(['--bogus'], { cwd: dir })).code, 2);
    assert.equal((await cli(['missing-file.md'], { cwd: dir })).code, 2);
  });

  it('--fix applies fixes, never suggestions, and keeps a byte-order mark and CRLF', async () => {
    const dir = tempDir({
      '.replylint.yaml': ONLY_DEFERRAL,
      'pack.yaml': PACK,
      'a.md': '\ufeffWe will reply soon.\r\nSimply restart, then just click Save.\r\n',
    });
    const run = await cli(['--fix', 'a.md'], { cwd: dir });
    assert.equal(run.code, 0);
    assert.equal(fs.readFileSync(path.join(dir, 'a.md'), 'utf8'), '\ufeffWe will reply soon.\r\nRestart, then click Save.\r\n');
    assert.match(run.stdout, /deferral\/vague-timeframe/);
    const again = await cli(['--fix', 'a.md'], { cwd: dir });
    assert.equal(fs.readFileSync(path.join(dir, 'a.md'), 'utf8'), '\ufeffWe will reply soon.\r\nRestart, then click Save.\r\n', again.stdout);
  });

  it('--diff shows what --fix would write as a patch git applies, writes nothing, and exits 1 while a change is left', async () => {
    const source = '\ufeffWe will reply soon.\r\nSimply restart, then just click Save.\r\n';
    const latin1 = Buffer.concat([Buffer.from('Simply restart. Caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    const dir = tempDir({
      '.replylint.yaml': ONLY_DEFERRAL,
      'pack.yaml': PACK,
      'replies/a.md': source,
      'replies/clean.md': 'Reply by 3 pm.\n',
      'latin1.txt': latin1,
    });
    const run = await cli(['--diff', '.'], { cwd: dir });
    assert.equal(run.code, 1, run.stderr);
    assert.equal(fs.readFileSync(path.join(dir, 'replies/a.md'), 'utf8'), source);
    assert.deepEqual(fs.readFileSync(path.join(dir, 'latin1.txt')), latin1);
    assert.match(run.stdout, /^--- a\/replies\/a\.md\n\+\+\+ b\/replies\/a\.md\n@@ /);
    assert.match(run.stdout, /^-Simply restart, then just click Save\.\r$/m);
    assert.match(run.stdout, /^\+Restart, then click Save\.\r$/m);
    assert.doesNotMatch(run.stdout, /clean\.md|latin1|vague-timeframe/);
    assert.match(run.stderr, /latin1\.txt:1:1: Not fixed: this file is not valid UTF-8/);
    // The patch is what --fix writes: git applies it to the same bytes.
    spawnSync('git', ['init', '-q'], { cwd: dir });
    fs.writeFileSync(path.join(dir, 'fix.patch'), run.stdout);
    const applied = spawnSync('git', ['apply', 'fix.patch'], { cwd: dir, encoding: 'utf8' });
    assert.equal(applied.status, 0, applied.stderr);
    const patched = fs.readFileSync(path.join(dir, 'replies/a.md'));
    fs.writeFileSync(path.join(dir, 'replies/a.md'), source);
    await cli(['--fix', 'replies/a.md'], { cwd: dir });
    assert.deepEqual(patched, fs.readFileSync(path.join(dir, 'replies/a.md')));
    const done = await cli(['--diff', 'replies'], { cwd: dir });
    assert.deepEqual([done.code, done.stdout], [0, '']);
    const stdin = await cli(['--stdin', '--stdin-filename', 'x.md', '--diff'], { cwd: dir, stdin: 'Back soon. Simply reply.\n' });
    assert.equal(stdin.stdout, '--- a/x.md\n+++ b/x.md\n@@ -1,1 +1,1 @@\n-Back soon. Simply reply.\n+Back soon. Reply.\n');
    const both = await cli(['--diff', '--fix', 'replies'], { cwd: dir });
    assert.equal(both.code, 2);
    assert.match(both.stderr, /use one/);
  });

  it('--fix in a YAML export with indentation indicators (|2-, >+1) changes only the fixed characters', async () => {
    const source = [
      'macros:',
      '  - title: Indented first line',
      '    body: |2-',
      '        Code: 1234',
      '      We reply soon. Simply restart the app.',
      '  - title: Folded, kept breaks',
      '    body: >+1',
      '     Back soon. Then just click',
      '     Save.',
      '',
      '  - title: Last',
      '    body: Bye now.',
      '',
    ].join('\n');
    const dir = tempDir({ '.replylint.yaml': ONLY_DEFERRAL, 'pack.yaml': PACK, 'macros.yaml': source });
    const report = JSON.parse((await cli(['--format', 'json', 'macros.yaml'], { cwd: dir })).stdout) as {
      messages: { line: number; column: number; endColumn: number }[];
    }[];
    const lines = source.split('\n');
    assert.deepEqual(
      report[0]!.messages.map(({ line, column, endColumn }) => lines[line - 1]!.slice(column - 1, endColumn - 1)),
      ['soon', 'Simply', 'soon', 'just click'],
    );
    await cli(['--fix', 'macros.yaml'], { cwd: dir });
    const fixed = fs.readFileSync(path.join(dir, 'macros.yaml'), 'utf8');
    assert.equal(fixed, source.replace('Simply restart', 'Restart').replace('just click', 'click'));
    assert.deepEqual(
      (parseYaml(fixed) as { macros: { body: string }[] }).macros.map((macro) => macro.body),
      ['  Code: 1234\nWe reply soon. Restart the app.', 'Back soon. Then click Save.\n\n', 'Bye now.'],
    );
  });

  it('--fix leaves a file that is not valid UTF-8 byte for byte as it was, and says why', async () => {
    const latin1 = Buffer.concat([Buffer.from('Simply restart the app. Caf'), Buffer.from([0xe9]), Buffer.from(' is open.\n')]);
    const dir = tempDir({ '.replylint.yaml': ONLY_DEFERRAL, 'pack.yaml': PACK, 'latin1.txt': latin1 });
    const run = await cli(['--fix', 'latin1.txt'], { cwd: dir });
    assert.deepEqual(fs.readFileSync(path.join(dir, 'latin1.txt')), latin1);
    assert.match(run.stdout, /Not fixed: this file is not valid UTF-8/);
    assert.match(run.stdout, /tone\/filler/);
  });

  it('reads UTF-16 with a byte-order mark (Notepad\'s "Unicode") as text, and --fix writes it back in its encoding', async () => {
    const text = '\ufeffWe will reply soon.\r\nSimply restart, then just click Save.\r\n';
    const fixed = '\ufeffWe will reply soon.\r\nRestart, then click Save.\r\n';
    const bigEndian = (value: string) => Buffer.from(value, 'utf16le').swap16();
    const dir = tempDir({
      '.replylint.yaml': ONLY_DEFERRAL,
      'pack.yaml': PACK,
      'le.txt': Buffer.from(text, 'utf16le'),
      'be.txt': bigEndian(text),
      // An odd length: the last byte is half a character, so the file is linted and never written.
      'odd.txt': Buffer.concat([Buffer.from(text, 'utf16le'), Buffer.from([0x41])]),
    });
    const lint = await cli(['--format', 'json', 'le.txt', 'be.txt'], { cwd: dir });
    const reports = JSON.parse(lint.stdout) as { filePath: string; messages: { ruleId: string; line: number; column: number }[] }[];
    for (const report of reports) {
      assert.deepEqual(
        report.messages.filter((message) => message.ruleId === 'deferral/vague-timeframe').map(({ line, column }) => [line, column]),
        [[1, 15]],
        report.filePath,
      );
    }
    const run = await cli(['--fix', '.'], { cwd: dir });
    assert.deepEqual(fs.readFileSync(path.join(dir, 'le.txt')), Buffer.from(fixed, 'utf16le'));
    assert.deepEqual(fs.readFileSync(path.join(dir, 'be.txt')), bigEndian(fixed));
    assert.deepEqual(fs.readFileSync(path.join(dir, 'odd.txt')), Buffer.concat([Buffer.from(text, 'utf16le'), Buffer.from([0x41])]));
    assert.match(run.stdout, /odd\.txt\n {2}1:1 +warning Not fixed: this file is not valid UTF-16LE/);
    assert.doesNotMatch(run.stdout, /binary/);
  });

  it('reads UTF-16 without a byte-order mark, told by its NULs on one side of each pair, and --fix writes it back so (issue 12)', async () => {
    const text = 'We will reply soon.\r\nSimply restart, then just click Save.\r\n';
    const fixed = 'We will reply soon.\r\nRestart, then click Save.\r\n';
    const bigEndian = (value: string) => Buffer.from(value, 'utf16le').swap16();
    const dir = tempDir({ '.replylint.yaml': ONLY_DEFERRAL, 'pack.yaml': PACK, 'le.txt': Buffer.from(text, 'utf16le'), 'be.txt': bigEndian(text) });
    const lint = await cli(['--format', 'json', 'le.txt', 'be.txt'], { cwd: dir });
    const reports = JSON.parse(lint.stdout) as { filePath: string; messages: { ruleId: string; line: number; column: number }[] }[];
    assert.equal(reports.length, 2);
    for (const report of reports) {
      assert.deepEqual(
        report.messages.filter((message) => message.ruleId === 'deferral/vague-timeframe').map(({ line, column }) => [line, column]),
        [[1, 15]],
        report.filePath,
      );
    }
    await cli(['--fix', '.'], { cwd: dir });
    assert.deepEqual(fs.readFileSync(path.join(dir, 'le.txt')), Buffer.from(fixed, 'utf16le'));
    assert.deepEqual(fs.readFileSync(path.join(dir, 'be.txt')), bigEndian(fixed));
    // Finnish and Polish letters: ä's high byte is NUL too, ł's is not; at least half the pairs hold a NUL.
    for (const words of ['Hei, kyytisi on perillä ja kuljettaja odottaa.', 'Kierowca już czeka, zapłata przeszła.']) {
      assert.deepEqual(decodeText(Buffer.from(words, 'utf16le')), { text: words, bom: false, encoding: 'utf-16le', valid: true });
      assert.deepEqual(decodeText(bigEndian(words)), { text: words, bom: false, encoding: 'utf-16be', valid: true });
    }
    // Binary stays binary: NULs on both sides of the pairs, or pairs that decode to control codes.
    const binary = [
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]),
      Buffer.from([0x01, 0x00, 0x02, 0x00, 0x03, 0x00, 0x41, 0x00]),
      // NULs on one side, but the pairs read as characters far from ASCII ("襐", "ÿ"), or an odd length.
      Buffer.from([0x89, 0x50, 0x00, 0xff]),
      Buffer.from([0x48, 0x69, 0x00, 0xff, 0xfe]),
      // A NUL in one pair in four: not text of the Latin range.
      Buffer.concat([Buffer.from('Ж', 'utf16le'), Buffer.from('ЖЖЖЖЖЖ', 'utf16le').swap16(), Buffer.from('ЖA', 'utf16le')]),
    ];
    for (const bytes of binary) assert.deepEqual(decodeText(bytes), { skipped: { id: 'file.binary' } }, bytes.toString('hex'));
  });

  it('reads a config and a pack saved as UTF-16 with a byte-order mark', async () => {
    const dir = tempDir({
      '.replylint.yaml': Buffer.from(`\ufeff${ONLY_DEFERRAL}`, 'utf16le'),
      'pack.yaml': Buffer.from(`\ufeff${PACK}`, 'utf16le').swap16(),
      'a.txt': 'We will reply soon.\n',
    });
    const run = await cli(['a.txt'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /"soon" gives no time\./);
  });

  it('stylish: a position wider than its column ("3:199985") keeps a space before the severity, and the file one message column', async () => {
    const line = `${'Fine words here. '.repeat(7000)}We will reply soon.`;
    const dir = tempDir({ '.replylint.yaml': ONLY_DEFERRAL, 'pack.yaml': PACK, 'a.txt': `We will reply soon.\n${line}\n` });
    const run = await cli(['a.txt'], { cwd: dir });
    const rows = run.stdout.split('\n').filter((row) => /^ {2}\d+:\d+/.test(row));
    assert.deepEqual(
      rows.map((row) => /^ {2}(\S+)/.exec(row)![1]),
      ['1:15', `2:${line.length - 4}`],
      run.stdout,
    );
    for (const row of rows) assert.match(row, /^ {2}\d+:\d+ +warning /, run.stdout);
    assert.equal(new Set(rows.map((row) => row.indexOf('warning'))).size, 1, run.stdout);
  });

  it('--stdin lints standard input under --stdin-filename, and --fix prints the fixed text', async () => {
    const dir = tempDir({ '.replylint.yaml': ONLY_DEFERRAL, 'pack.yaml': PACK });
    const report = await cli(['--stdin', '--stdin-filename', 'x.md', '--format', 'json'], { cwd: dir, stdin: 'Back soon.' });
    assert.equal((JSON.parse(report.stdout) as { messages: unknown[] }[])[0]!.messages.length, 1);
    const fixed = await cli(['--stdin', '--stdin-filename', 'x.md', '--fix'], { cwd: dir, stdin: 'Back soon. Simply reply.' });
    assert.equal(fixed.stdout, 'Back soon. Reply.');
  });

  it('--stdin reads its bytes as a file is read: UTF-16 by its byte-order mark (fixed back in UTF-16), binary skipped', async () => {
    const dir = tempDir({ '.replylint.yaml': ONLY_DEFERRAL, 'pack.yaml': PACK });
    const utf16 = (text: string, bigEndian = false) => {
      const bytes = Buffer.from(`\ufeff${text}`, 'utf16le');
      return bigEndian ? bytes.swap16() : bytes;
    };
    for (const bigEndian of [false, true]) {
      const report = await cli(['--stdin', '--stdin-filename', 'x.txt', '--format', 'json'], { cwd: dir, stdin: utf16('Zoë 👋\r\nBack soon.', bigEndian) });
      const [message, ...more] = (JSON.parse(report.stdout) as { messages: { ruleId: string; line: number; column: number }[] }[])[0]!.messages;
      assert.deepEqual([message?.ruleId, message?.line, message?.column, more.length], ['deferral/vague-timeframe', 2, 6, 0]);
      const fixed = await cli(['--stdin', '--stdin-filename', 'x.txt', '--fix'], { cwd: dir, stdin: utf16('Back soon. Simply reply.', bigEndian) });
      assert.deepEqual(fixed.stdoutBytes, utf16('Back soon. Reply.', bigEndian));
    }
    // A UTF-8 byte-order mark stays, as --fix keeps a file's.
    const marked = await cli(['--stdin', '--stdin-filename', 'x.txt', '--fix'], { cwd: dir, stdin: Buffer.from('\ufeffSimply reply.') });
    assert.deepEqual(marked.stdoutBytes, Buffer.from('\ufeffReply.'));
    // Bytes with a NUL among them: skipped as a binary file is, and --fix gives them back unchanged.
    const binary = Buffer.from([0x4a, 0x75, 0x73, 0x74, 0x20, 0x73, 0x6f, 0x6f, 0x6e, 0x00, 0xff, 0x13, 0x6c, 0x32, 0x20]);
    const skipped = await cli(['--stdin', '--stdin-filename', 'x.txt', '--format', 'json'], { cwd: dir, stdin: binary });
    assert.deepEqual(
      (JSON.parse(skipped.stdout) as { messages: { ruleId: string | null; message: string }[] }[])[0]!.messages.map(({ ruleId, message }) => [ruleId, message]),
      [[null, 'Skipped: binary file.']],
    );
    const untouched = await cli(['--stdin', '--stdin-filename', 'x.txt', '--fix'], { cwd: dir, stdin: binary });
    assert.deepEqual([untouched.code, untouched.stdoutBytes, untouched.stderr], [0, binary, `replylint: ${path.join(dir, 'x.txt')}: Skipped: binary file.\n`]);
    // Bytes that are not UTF-8 are linted, and --fix gives them back unchanged rather than write U+FFFD for them.
    const latin1 = Buffer.from('Simply reply, Zo\xeb.', 'latin1');
    const refused = await cli(['--stdin', '--stdin-filename', 'x.txt', '--fix'], { cwd: dir, stdin: latin1 });
    assert.deepEqual([refused.stdoutBytes, refused.stderr], [latin1, `replylint: ${path.join(dir, 'x.txt')}: Not fixed: the input is not valid UTF-8.\n`]);
  });

  it('--format html lists the notes on files (a binary file, an export that does not parse, findings left out) and counts them', async () => {
    const dir = tempDir({
      '.replylint.yaml': ONLY_DEFERRAL,
      'pack.yaml': PACK,
      'macros/binary.txt': Buffer.from([0x48, 0x69, 0x00, 0x01]),
      'macros/broken.json':
        '{"macros": [{"title": "Refund", "actions": [{"field": "comment_value", "value": "Hi Sam, your refund is on its way. We will write again soon.',
      'macros/soon.md': 'Back soon. Back soon. Back soon.\n',
    });
    const page = (await cli(['--format', 'html', '--max-findings', '1', 'macros'], { cwd: dir })).stdout;
    const notes = /<h2>Notes on files<\/h2>\n<ul class="notes">(.*?)<\/ul>/.exec(page)?.[1] ?? '';
    const items = [...notes.matchAll(/<li class="(\w+)"><span class="where">([^<]*)<\/span> <span class="severity">(\w+)<\/span> ([^<]*)<\/li>/g)];
    assert.deepEqual(
      items.map((item) => [item[1], item[2], item[3], item[4]!.replace(/:.*/s, '')]),
      [
        ['warning', 'macros/binary.txt:1:1', 'warning', 'Skipped'],
        ['warning', 'macros/broken.json:1:81', 'warning', 'Not checked'],
        ['warning', 'macros/soon.md:1:10', 'warning', '2 more findings in this file not shown'],
      ],
      notes,
    );
    // The totals count them as the summary line does: one warning shown, and three notes.
    assert.match(page, /<b>0<\/b>Errors<\/div><div><b>4<\/b>Warnings<\/div>/);
  });

  it('--report-unused-disable warns about disable comments that suppress nothing', async () => {
    const text = '<!-- replylint-disable-next-line deferral/vague-timeframe -->\nBack soon.\n<!-- replylint-disable-next-line deferral -->\nAll done.\n';
    const dir = tempDir({ '.replylint.yaml': ONLY_DEFERRAL, 'pack.yaml': PACK, 'a.md': text });
    assert.match((await cli(['a.md'], { cwd: dir })).stdout, /^$/);
    const run = await cli(['--report-unused-disable', '--format', 'json', 'a.md'], { cwd: dir });
    const messages = (JSON.parse(run.stdout) as { messages: { ruleId: null; line: number; message: string }[] }[])[0]!.messages;
    assert.deepEqual(
      messages.map((message) => [message.ruleId, message.line, message.message]),
      [[null, 3, 'Unused replylint-disable-next-line (deferral): nothing here is reported.']],
    );
    const over = await cli(['--report-unused-disable', '--max-warnings', '0', 'a.md'], { cwd: dir });
    assert.equal(over.code, 1);
    assert.match(over.stderr, /^replylint: 1 warning, more than --max-warnings 0\.$/m);
  });

  it('reports an unknown rule id or category in a disable or enable comment as an error at the id, with the closest known one', async () => {
    // Known: the team pack's ids, and built-in ones this config does not extend (recommended's tone/condescending, strict's formula/thanks).
    const text = [
      'Zoë 👋, thanks for writing.',
      '<!-- replylint-disable-next-line deferral/vague-timefram, tone/filler tone/condescending -->',
      'Back soon.',
      '<!-- replylint-disable formula/thanks -- strict, not extended here -->',
      'Done 🙂. <!-- replylint-enable deferal -->',
      '',
    ].join('\n');
    const dir = tempDir({ '.replylint.yaml': ONLY_DEFERRAL, 'pack.yaml': PACK, 'a.md': text });
    const run = await cli(['--format', 'json', 'a.md'], { cwd: dir });
    assert.equal(run.code, 1);
    const messages = (JSON.parse(run.stdout) as { messages: { ruleId: string; line: number; column: number; endColumn: number; message: string }[] }[])[0]!
      .messages;
    assert.deepEqual(
      messages.map((message) => [message.ruleId, message.line, message.column, message.endColumn, message.message]),
      [
        [
          'replylint/unknown-setting',
          2,
          34,
          57,
          'Unknown rule id "deferral/vague-timefram" in this replylint-disable-next-line comment; did you mean "deferral/vague-timeframe"?',
        ],
        // The misspelt id hid nothing.
        ['deferral/vague-timeframe', 3, 6, 10, '"soon" gives no time.'],
        // UTF-16 columns: the emoji before the comment is two.
        ['replylint/unknown-setting', 5, 32, 39, 'Unknown rule id "deferal" in this replylint-enable comment; did you mean "deferral"?'],
      ],
    );
    const stylish = await cli(['a.md'], { cwd: dir });
    assert.match(
      stylish.stdout,
      /^ +2:34 +error +Unknown rule id "deferral\/vague-timefram" .*; did you mean "deferral\/vague-timeframe"\? +replylint\/unknown-setting$/m,
    );
  });

  it('writes SARIF 2.1.0 and GitHub annotations', async () => {
    const dir = tempDir({ '.replylint.yaml': ONLY_DEFERRAL, 'pack.yaml': PACK, 'a.txt': 'Line one.\nBack soon, promise.' });
    const sarif = JSON.parse((await cli(['--format', 'sarif', 'a.txt'], { cwd: dir })).stdout) as {
      version: string;
      runs: { results: { ruleId: string; locations: { physicalLocation: { region: Record<string, number> } }[] }[] }[];
    };
    assert.equal(sarif.version, '2.1.0');
    assert.deepEqual(sarif.runs[0]!.results[0]!.locations[0]!.physicalLocation.region, { startLine: 2, startColumn: 6, endLine: 2, endColumn: 10 });
    const github = (await cli(['--format', 'github', 'a.txt'], { cwd: dir })).stdout.trim();
    assert.equal(github, '::warning file=a.txt,line=2,col=6,endLine=2,endColumn=10,title=deferral/vague-timeframe::"soon" gives no time.');
  });

  it('skips binary and oversized files with a note instead of crashing', async () => {
    const dir = tempDir({ 'bin.txt': Buffer.from([0x48, 0x69, 0x00, 0xff, 0xfe]), 'big.md': 'word '.repeat(300) });
    const run = await cli(['--format', 'json', '--max-file-size', '1000', '.'], { cwd: dir });
    assert.equal(run.code, 0);
    const messages = (JSON.parse(run.stdout) as { messages: { message: string }[] }[]).map((report) => report.messages[0]?.message);
    assert.match(messages[0]!, /over the 1000-byte limit/);
    assert.match(messages[1]!, /binary/);
  });

  it("a skipped file's note is English in JSON and SARIF beside Polish replies, and in the --locale language when asked", async () => {
    const dir = tempDir({ 'bin.txt': Buffer.from([0x48, 0x69, 0x00, 0xff]), 'reply.md': 'Dzie\u0144 dobry, zwrot przyjdzie wkr\u00f3tce.\n' });
    const json = JSON.parse((await cli(['--format', 'json', '.'], { cwd: dir })).stdout) as { filePath: string; messages: { message: string }[] }[];
    assert.equal(json.find((report) => report.filePath.endsWith('bin.txt'))!.messages[0]!.message, 'Skipped: binary file.');
    const sarif = JSON.parse((await cli(['--format', 'sarif', '.'], { cwd: dir })).stdout) as { runs: { results: { message: { text: string } }[] }[] };
    assert.ok(sarif.runs[0]!.results.some((result) => result.message.text === 'Skipped: binary file.'));
    const polish = JSON.parse((await cli(['--format', 'json', '--locale', 'pl', 'bin.txt'], { cwd: dir })).stdout) as { messages: { message: string }[] }[];
    assert.equal(polish[0]!.messages[0]!.message, 'Pomini\u0119to: plik binarny.');
  });

  it('--print-config shows the merged rules and where each came from', async () => {
    const dir = tempDir({ '.replylint.yaml': 'extends: [recommended, ./pack.yaml]\nrules:\n  placeholder/malformed: warning\n', 'pack.yaml': PACK });
    const run = await cli(['--print-config', 'x.md'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    const printed = JSON.parse(run.stdout) as { rules: Record<string, { severity: string; from: string }>; extends: string[] };
    assert.equal(printed.extends[0], 'recommended');
    assert.equal(printed.rules['placeholder/malformed']!.severity, 'warning');
    assert.equal(printed.rules['deferral/vague-timeframe']!.from, fs.realpathSync(path.join(dir, 'pack.yaml')));
  });

  it('--print-config shows the true source of each setting: file and line, override, command line or default', async () => {
    const dir = tempDir({
      '.replylint.yaml': 'root: true\nlanguage: en\nrules:\n  tone: error\n',
      'team/.replylint.yaml': 'kind: reply\nrules:\n  deferral/vague-timeframe: info\noverrides:\n  - files: ["chat/**"]\n    kind: chat\n',
    });
    const run = await cli(['--language', 'EN', '--print-config', 'team/chat/a.md'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    const printed = JSON.parse(run.stdout) as { kind: string; sources: Record<string, string>; rules: Record<string, { setBy?: string }> };
    const at = (file: string, place: string) => `${path.join(fs.realpathSync(dir), file)}:${place}`;
    assert.equal(printed.kind, 'chat');
    assert.equal(printed.sources.kind, at('team/.replylint.yaml', '6:5'));
    assert.equal(printed.sources.language, 'command line');
    assert.equal(printed.sources.audience, 'default');
    assert.equal(printed.rules['deferral/vague-timeframe']!.setBy, at('team/.replylint.yaml', '3:3'));
    // A category setting is where each of its rules got its severity.
    assert.equal(printed.rules['tone/shouting']!.setBy, at('.replylint.yaml', '4:3'));
  });

  it('--print-config shows the value of each setting its sources name: formality per language, sections, signature', async () => {
    const dir = tempDir({
      '.replylint.yaml': 'root: true\nformality: { pl: formal }\nsections: 3\nsignature: Ola\nmaxFindings: 50\n',
    });
    const printed = JSON.parse((await cli(['--print-config', 'a.md'], { cwd: dir })).stdout) as Record<string, unknown> & {
      sources: Record<string, string>;
    };
    assert.deepEqual(
      { formality: printed.formality, sections: printed.sections, signature: printed.signature, maxFindings: printed.maxFindings },
      { formality: { pl: 'formal' }, sections: 3, signature: 'Ola', maxFindings: 50 },
    );
    assert.match(printed.sources.formality!, /\.replylint\.yaml:2:1$/);
    const defaults = JSON.parse((await cli(['--print-config', 'a.md'], { cwd: tempDir({ '.replylint.yaml': 'root: true\n' }) })).stdout) as Record<
      string,
      unknown
    >;
    assert.deepEqual(
      { kind: defaults.kind, formality: defaults.formality, sections: defaults.sections, signature: defaults.signature },
      { kind: 'auto', formality: 'any', sections: 2, signature: null },
    );
  });

  it('warns once per override that matched no file, with its place, glob and folder; never when the override is used', async () => {
    const reply = 'Hi Ana,\n\nYour refund went out today and reaches your card within five working days.\n\nBest regards,\nMia\n';
    const dir = tempDir({
      // A team config kept apart from the replies, its globs written from the working folder: they match nothing.
      'team/team.yaml': 'kind: reply\noverrides:\n  - files: ["library/billing/**"]\n    kind: chat\n  - files: ["../library/**"]\n    audience: customer\n',
      'library/billing/refund.md': reply,
      'library/shipping/late.md': reply,
    });
    const team = path.join(fs.realpathSync(dir), 'team');
    const stylish = await cli(['-c', 'team/team.yaml', 'library'], { cwd: dir });
    assert.equal(stylish.code, 0, stylish.stderr);
    const warnings = stylish.stderr.split('\n').filter((line) => line.startsWith('replylint: warning:'));
    // The second override, written relative to the config's folder, covers the files: no warning for it.
    assert.equal(warnings.length, 1, stylish.stderr);
    assert.match(warnings[0]!, /team\/team\.yaml:3:5: overrides\[0\]\.files \["library\/billing\/\*\*"\] matched none of the 2 files this run read/);
    assert.ok(warnings[0]!.includes(`relative to the config file's folder, ${team}`), warnings[0]);
    assert.ok(warnings[0]!.includes('"../library/billing/refund.md"'), warnings[0]);

    // JSON: a note on the config file at the override, as skipped files get; the exit code does not change.
    const json = await cli(['-c', 'team/team.yaml', '--format', 'json', '--max-warnings', '0', 'library'], { cwd: dir });
    assert.equal(json.code, 0, json.stderr);
    assert.equal(json.stderr, '');
    const reports = JSON.parse(json.stdout) as { filePath: string; messages: { ruleId: null; line: number; column: number; message: string }[] }[];
    const config = reports.find((report) => report.filePath.endsWith('team.yaml'));
    assert.deepEqual(
      config?.messages.map(({ ruleId, line, column }) => ({ ruleId, line, column })),
      [{ ruleId: null, line: 3, column: 5 }],
    );
    const sarif = await cli(['-c', 'team/team.yaml', '--format', 'sarif', 'library'], { cwd: dir });
    assert.match(sarif.stdout, /matched none of the 2 files this run read/);

    // Fixed to be relative to the config's folder: silent.
    fs.writeFileSync(path.join(dir, 'team/team.yaml'), 'kind: reply\noverrides:\n  - files: ["../library/billing/**"]\n    kind: chat\n');
    const fixed = await cli(['-c', 'team/team.yaml', 'library'], { cwd: dir });
    assert.doesNotMatch(fixed.stderr, /warning/);
  });

  it('warns of an override that matched none of the files given only when it matches no file in its folder either', async () => {
    const reply = 'Hi Ana,\n\nYour refund went out today and reaches your card within five working days.\n\nBest regards,\nMia\n';
    const dir = tempDir({
      '.replylint.yaml': 'overrides:\n  - files: ["chat/**"]\n    kind: chat\n  - files: ["macros/**"]\n    kind: macro\n',
      'chat/hello.md': reply,
      'email/refund.md': reply,
    });
    // One file given: chat/** covers files this run did not read, so only macros/** (no such folder) is reported.
    const some = await cli(['email/refund.md'], { cwd: dir });
    const warnings = some.stderr.split('\n').filter((line) => line.startsWith('replylint: warning:'));
    assert.equal(warnings.length, 1, some.stderr);
    assert.match(
      warnings[0]!,
      /\.replylint\.yaml:4:5: overrides\[1\]\.files \["macros\/\*\*"\] matched none of the 1 file this run read nor any file in its folder/,
    );
    // The whole folder: chat/** matched, macros/** did not.
    const all = await cli(['.'], { cwd: dir });
    assert.match(all.stderr, /overrides\[1\]\.files \["macros\/\*\*"\] matched none of the 2 files this run read: /);
    assert.doesNotMatch(all.stderr, /overrides\[0\]/);
  });

  it('--list-rules lists the rules of one language and, with language auto, says which and how to list another', async () => {
    const auto = await cli(['--list-rules'], { cwd: tempDir({}) });
    assert.equal(auto.code, 0);
    assert.match(auto.stdout, /^deferral\/vague-timeframe +warning +"\{match\}" gives the customer no time\./m);
    assert.equal(auto.stderr, "replylint: these are the en rules; each reply gets its own language's (--list-rules --language CODE lists them).\n");
    const polish = await cli(['--list-rules', '--language', 'pl'], { cwd: tempDir({}) });
    assert.match(polish.stdout, /^deferral\/vague-timeframe +warning +\u201e\{match\}\u201d/m);
    assert.equal(polish.stderr, '');
  });

  // Apart from the cases below: every example of the built-in pack's five languages is linted, most of this file's time.
  it('test-pack passes on the built-in pack', async () => {
    const run = await cli(['test-pack', 'recommended']);
    assert.equal(run.code, 0, run.stdout);
  });

  it('test-pack names a pack file it cannot find and fails on a broken example, saying what fired', async () => {
    const missing = await cli(['test-pack', 'replylint/support-team.yaml']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^replylint: test-pack: pack file not found: replylint\/support-team\.yaml \(the built-in packs are recommended, strict\)\n/);
    const broken = PACK.replace('    suggest: {', '    examples: { bad: ["I will reply by noon."], good: ["Reply soon."] }\n    suggest: {');
    const dir = tempDir({ 'pack.yaml': broken });
    const run = await cli(['test-pack', 'pack.yaml'], { cwd: dir });
    assert.equal(run.code, 1);
    assert.match(run.stdout, /bad example should fire deferral\/vague-timeframe but does not\.\n {4}"I will reply by noon."\n {4}fired: nothing/);
    assert.match(run.stdout, /good example should not fire deferral\/vague-timeframe but does/);
    // A rule with no bad example has nothing to fail on: test-pack says so at the rule, where a team adds one.
    assert.match(run.stdout, /^✗ pack\.yaml:11:3: tone\/filler: This rule has no bad example: add examples\.bad, a text it must flag/m);
    assert.match(run.stdout, /✗ pack\.yaml: 3 rules, 2 examples, 4 failed\n$/);
  });

  it('test-pack fails on a phrase past 256 variants at its rule, file and line', async () => {
    // A built-in pack is loaded unchecked at run time: such a phrase failed at the first lint, naming no rule.
    const tooMany = PACK.replace('phrases: [soon, shortly, as soon as possible]', 'phrases: [soon, "a|b c|d e|f g|h i|j k|l m|n o|p q|r"]');
    const dir = tempDir({ 'pack.yaml': tooMany });
    const run = await cli(['test-pack', 'pack.yaml'], { cwd: dir });
    assert.equal(run.code, 1);
    assert.equal(
      run.stdout,
      '✗ pack.yaml:8:21: deferral/vague-timeframe: Invalid phrase: "a|b c|d e|f g|h i|j k|l m|n o|p q|r" expands to more than 256 variants.\n' +
        '✗ pack.yaml: 0 rules, 0 examples, 1 failed\n',
    );
  });

  it('init writes a config and team pack that lint and self-test cleanly, and never overwrites', async () => {
    const dir = tempDir({});
    assert.equal((await cli(['init'], { cwd: dir })).code, 0);
    assert.equal((await cli(['test-pack', 'replylint/team-pack.yaml'], { cwd: dir })).code, 0);
    fs.writeFileSync(path.join(dir, 'reply.md'), 'Thanks for reaching out! I have refunded the order.\n');
    const run = await cli(['reply.md'], { cwd: dir });
    assert.notEqual(run.code, 2, run.stderr);
    assert.equal((await cli(['init'], { cwd: dir })).code, 2);
  });

  it('the bundled bin runs as a process with the right exit code', function () {
    const bin = path.resolve(__dirname, '../../bin/replylint.js');
    ensureBuilt();
    const dir = tempDir({ 'a.txt': 'Hi {{first_name' });
    const result = spawnSync(process.execPath, [bin, 'a.txt'], { cwd: dir, encoding: 'utf8' });
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stdout, /placeholder\/malformed/);
  });

  it('the bin ends quietly when its reader closes the pipe early (replylint … | head)', async function () {
    const bin = path.resolve(__dirname, '../../bin/replylint.js');
    ensureBuilt();
    const dir = tempDir({ 'many.txt': 'We will get back to you soon.\n\n'.repeat(3000) });
    const child = spawn(process.execPath, [bin, 'many.txt'], { cwd: dir });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Close the read end before the child writes anything: reading a first chunk and then
    // closing raced the child, which could fit all its output into the pipe buffer first.
    child.stdout.destroy();
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.doesNotMatch(stderr, /EPIPE|Unhandled|internal error/);
    assert.equal(status, 141);
  });

  it('the bin writes to a pipe blocking, so output a slow reader has not taken is not queued in memory', async function () {
    // The file status flags of the bin's stdout, which Linux shows in /proc.
    if (!fs.existsSync('/proc/self/fdinfo')) this.skip();
    const bin = path.resolve(__dirname, '../../bin/replylint.js');
    ensureBuilt();
    // Far more JSON than a pipe holds (64 KB), so the bin is still writing when the reader pauses.
    const dir = tempDir({ 'many.txt': 'We will get back to you soon.\n\n'.repeat(3000) });
    const child = spawn(process.execPath, [bin, '--format', 'json', 'many.txt'], { cwd: dir });
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    await new Promise((resolve) => child.stdout.once('data', resolve));
    child.stdout.pause();
    const flags = parseInt(/^flags:\s+(\d+)/m.exec(fs.readFileSync(`/proc/${child.pid}/fdinfo/1`, 'utf8'))![1]!, 8);
    child.stdout.resume();
    child.stdout.on('data', () => {});
    assert.equal(flags & fs.constants.O_NONBLOCK, 0, 'stdout is non-blocking: a reader that falls behind makes the bin queue its whole output');
    assert.equal(await closed, 0);
  });
});
