// Hostile inputs: each gets a clear message or a safe result, never a crash
// or a hang. docs/hostile-inputs.md lists the same cases for users.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { buildConfig, ConfigError, resolveConfig } from '../../server/src/engine/config/project-config';
import { MAX_CHECKED_REPLY, UnitCache, lint } from '../../server/src/engine/linter';
import { MAX_PACK_CHARS, parsePack } from '../../server/src/engine/rules/pack';
import { htmlWriter } from '../../server/src/cli/html-report';
import { maskProse } from '../../server/src/engine/units/formats';
import { runCli, tempDir } from '../support/cli';
import { readBack } from '../support/lint-results';

const options = buildConfig({}, undefined).lintOptions;

const cli = (args: string[], cwd: string) => runCli(args, { cwd });

const BOMB = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
  'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
].join('\n');

describe('hostile inputs', function () {
  this.timeout(60000);

  it('a file over the size limit is skipped with a note (CLI)', async () => {
    const dir = tempDir({ 'big.txt': 'We will reply soon. '.repeat(60000) });
    const run = await cli(['--format', 'json', '--max-file-size', '1000000', 'big.txt'], dir);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /over the 1000000-byte limit/);
  });

  it('binary files are skipped; invalid UTF-8 is decoded with replacement characters and linted', async () => {
    const dir = tempDir({
      'image.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]),
      'latin1.txt': Buffer.from('Caf\xe9: we will reply soon.', 'latin1'),
    });
    const run = await cli(['--format', 'json', '.'], dir);
    const reports = JSON.parse(run.stdout) as { filePath: string; messages: { message: string; ruleId: string | null }[] }[];
    assert.match(reports.find((report) => report.filePath.endsWith('image.md'))!.messages[0]!.message, /binary/);
    assert.ok(reports.find((report) => report.filePath.endsWith('latin1.txt'))!.messages.some((message) => message.ruleId === 'deferral/vague-timeframe'));
  });

  it('a 1 MB reply on one line and a 1 MB run of emoji are linted without the parser blowing up', () => {
    // One block this long would cost the parser minutes; it is cut near sentence ends.
    const line = 'Thanks for waiting, we will reply soon and fix it. '.repeat(3900);
    const result = lint({ text: line, fileName: 'one-line.txt' }, { ...options, maxFindings: 100_000 });
    assert.equal(result.findings.filter((finding) => finding.ruleId === 'deferral/vague-timeframe').length, 3900);
    const emoji = '😀'.repeat(500_000);
    assert.doesNotThrow(() => lint({ text: emoji, fileName: 'emoji.txt' }, options));
  });

  it('a reply longer than 200,000 characters is checked up to a sentence end near there, with a note saying so', async () => {
    // A 1 MB flood on one line: the words, sentences and matches held at once stay bounded by the checked part.
    const line = 'Thanks for waiting, we will reply soon and fix it. '.repeat(20000);
    const result = lint({ text: `<!-- replylint kind=reply -->\n${line}`, fileName: 'flood.txt' }, { ...options, maxFindings: 100_000 });
    const unchecked = result.lines.positionAt(result.units[0]!.uncheckedFrom!);
    assert.equal(unchecked.line, 1);
    const cut = unchecked.character;
    assert.ok(cut > MAX_CHECKED_REPLY - 2100 && cut < MAX_CHECKED_REPLY, `cut at ${cut}`);
    assert.equal(line.slice(cut - 1, cut + 1), '. ', 'the cut falls after a sentence end');
    const vague = result.findings.filter((finding) => finding.ruleId === 'deferral/vague-timeframe');
    assert.equal(vague.length, line.slice(0, cut).split('soon').length - 1);
    assert.ok(vague.every((finding) => finding.range.end.character <= cut));
    const dir = tempDir({ 'flood.txt': line });
    const run = await cli(['--format', 'json', 'flood.txt'], dir);
    const [report] = JSON.parse(run.stdout) as { messages: { ruleId: string | null; message: string; line: number; column: number }[] }[];
    const note = report!.messages.find((message) => message.ruleId === null && /too long to check whole/.test(message.message))!;
    assert.match(note.message, /"flood\.txt" is too long to check whole: only about its first 200,000 characters were checked/);
    assert.equal(line.slice(note.column - 2, note.column), '. ');
    assert.ok(note.column > MAX_CHECKED_REPLY - 2100 && note.column <= MAX_CHECKED_REPLY);
  });

  it('deeply nested JSON and YAML are not macro exports, and do not overflow the stack', () => {
    assert.deepEqual(lint({ text: '['.repeat(200000) + ']'.repeat(200000), fileName: 'deep.json' }, options).units, []);
    assert.deepEqual(lint({ text: '{"a":'.repeat(100000) + '1' + '}'.repeat(100000), fileName: 'deep.json' }, options).units, []);
    assert.deepEqual(lint({ text: '['.repeat(100000) + ']'.repeat(100000), fileName: 'deep.yaml' }, options).units, []);
    assert.ok(parsePack('['.repeat(100000) + ']'.repeat(100000)).problems.length > 0);
  });

  // Lists of 130,000 spread into one call (push(...list)) overflowed the stack: each is added one by one now.
  it('a library of 130,000 replies that are each one code fence is read as 130,000 replies, not a stack overflow', () => {
    const library = '## a\n```\nx\n```\n'.repeat(130_000);
    assert.equal(maskProse(library, 'markdown', 2).sections!.length, 130_000);
  });

  it('130,000 replylint comments with a setting Replylint does not know are findings up to the limit, not a stack overflow', () => {
    const result = lint({ text: '<!-- replylint language=zz -->\n'.repeat(130_000), fileName: 'settings.md' }, options);
    assert.equal(result.findings.length, 1000);
    assert.ok(result.findings.every((finding) => finding.ruleId === 'replylint/unknown-setting'));
  });

  it('a pack with a list of 130,000 items gets its problems, not a stack overflow', () => {
    const pack = `name: wide\nlanguage: en\nrules: {}\nwide: [${'1,'.repeat(130_000)}1]\n`;
    assert.deepEqual(
      parsePack(pack).problems.map((problem) => problem.message),
      ['the pack: unknown key "wide"'],
    );
  });

  it('the HTML report takes a library of 130,000 replies, not a stack overflow', () => {
    const text = '## Refund\n\nWe will reply soon.\n';
    const result = lint({ text, fileName: 'library.md' }, options);
    const library = { ...result, units: Array.from({ length: 130_000 }, () => result.units[0]!) };
    const writer = htmlWriter(() => undefined, { version: 'test', locale: 'en', rules: new Map(), cwd: '/', stream: process.stdout });
    // The page itself (280 MB for these) is written the same way for any number of replies.
    assert.doesNotThrow(() => writer.file({ filePath: '/library.md', source: text, result: library, notes: [] }));
  });

  it('a YAML alias bomb is refused in packs and configs, and is no export', () => {
    assert.match(parsePack(`${BOMB}\nrules: {}\n`).problems[0]!.message, /alias/i);
    assert.deepEqual(lint({ text: `${BOMB}\nmacros: [*g]\n`, fileName: 'bomb.yaml' }, options).units, []);
    const dir = tempDir({ '.replylint.yaml': `${BOMB}\nlanguage: en\n` });
    assert.throws(
      () => resolveConfig(path.join(dir, 'a.md')),
      (error: unknown) => error instanceof ConfigError && /alias/i.test(error.message),
    );
  });

  it('a regex written to backtrack catastrophically runs in linear time (RE2); lookarounds are refused', () => {
    const pack = (pattern: string) => `language: en\nrules:\n  tone/evil:\n    kind: pattern\n    category: tone\n    message: m\n    pattern: '${pattern}'\n`;
    const loaded = parsePack(pack('(a+)+$'));
    assert.deepEqual(loaded.problems, []);
    const dir = tempDir({ 'evil.yaml': pack('(a+)+$'), '.replylint.yaml': 'extends: [./evil.yaml]\n' });
    const config = resolveConfig(path.join(dir, 'a.txt'));
    const result = lint({ text: `${'a'.repeat(50000)}!`, fileName: 'a.txt' }, config.lintOptions);
    assert.deepEqual(result.findings, []);
    assert.match(parsePack(pack('(?<=a)b')).problems[0]!.message, /Invalid regular expression/);
    assert.match(parsePack(pack('(a)\\1')).problems[0]!.message, /Invalid regular expression/);
  });

  it('a pack past the size limit (100,000 rules) is refused with a message saying what to do', () => {
    let text = 'language: en\nrules:\n';
    for (let i = 0; text.length <= MAX_PACK_CHARS; i++) text += `  tone/r${i}:\n    kind: phrase\n    category: tone\n    message: m\n    phrases: ["w${i}"]\n`;
    const { pack, problems } = parsePack(text);
    assert.equal(pack, undefined);
    assert.match(problems[0]!.message, /Split it into several packs/);
  });

  it('a config that is not an object, an extends cycle, a missing pack and a path leaving the workspace are clear errors', async () => {
    const dir = tempDir({
      'list/.replylint.yaml': '- a\n- b\n',
      'cycle/.replylint.yaml': 'extends: [./a.yaml]\n',
      'cycle/a.md': 'Hello.',
      'cycle/a.yaml': 'extends: [./a.yaml]\nrules: {}\n',
      'missing/.replylint.yaml': 'extends: [./nope.yaml]\n',
      'inner/.replylint.yaml': 'extends: [../outside.yaml]\n',
      'outside.yaml': 'rules: {}\n',
    });
    const message = (folder: string, extra: Record<string, string> = {}) => {
      try {
        resolveConfig(path.join(dir, folder, 'a.md'), extra);
      } catch (error) {
        return (error as Error).message;
      }
      return 'no error';
    };
    assert.match(message('list'), /\.replylint\.yaml:1:1: the config: must be object/);
    assert.match(message('cycle'), /extends cycle: a\.yaml -> a\.yaml/);
    assert.match(message('missing'), /\.replylint\.yaml:1:\d+: Pack not found: \.\/nope\.yaml/);
    assert.match(message('inner', { workspaceRoot: path.join(dir, 'inner') }), /leaves the workspace/);
    const run = await cli(['a.md'], path.join(dir, 'cycle'));
    assert.equal(run.code, 2);
    assert.match(run.stderr, /extends cycle/);
  });
});

describe('hostile inputs: errors, not stack traces', function () {
  this.timeout(60000);

  const configMessage = (dir: string): string => {
    try {
      resolveConfig(path.join(dir, 'a.md'));
    } catch (error) {
      if (error instanceof ConfigError) return error.message;
      throw error;
    }
    return 'no error';
  };

  it('phrase syntax errors in .replylint.yaml are configuration errors at their line and column', async () => {
    const vocabulary = tempDir({ '.replylint.yaml': 'vocabulary:\n  reject: ["a|"]\n', 'a.md': 'Hello.' });
    assert.match(configMessage(vocabulary), /\.replylint\.yaml:2:12: Invalid phrase: empty alternative in "a\|"/);
    const rules = tempDir({ '.replylint.yaml': 'rules:\n  deferral/vague-timeframe:\n    phrases: ["{{ }}"]\n', 'a.md': 'Hello.' });
    assert.match(configMessage(rules), /\.replylint\.yaml:3:15: Invalid phrase: .*names no variable/);
    const run = await cli(['a.md'], rules);
    assert.equal(run.code, 2);
    assert.doesNotMatch(run.stderr, /internal error|\n\s+at /);
  });

  it('phrase syntax limits are errors at their line: more than 256 variants, brackets around alternatives of several words', async () => {
    const variants = 'a|b c|d e|f g|h i|j k|l m|n o|p q|r';
    const grouped = '(as soon as|asap) possible';
    const config = tempDir({
      '.replylint.yaml': `vocabulary:\n  reject: ["${grouped}"]\nrules:\n  tone/condescending:\n    phrases: ["${variants}"]\n`,
      'a.md': 'Hello.',
    });
    const message = configMessage(config);
    assert.match(message, /\.replylint\.yaml:2:12: Invalid phrase: "\(as soon as\|asap\) possible": brackets do not group words/);
    assert.match(message, /\.replylint\.yaml:5:15: Invalid phrase: "a\|b .*" expands to more than 256 variants/);
    const run = await cli(['a.md'], config);
    assert.equal(run.code, 2);
    assert.doesNotMatch(run.stderr, /internal error|\n\s+at /);
    const pack = (phrase: string) => `rules:\n  tone/x:\n    kind: phrase\n    category: tone\n    message: m\n    phrases:\n      - '${phrase}'\n`;
    const problems = (text: string) => parsePack(text).problems.map((problem) => `${problem.line + 1}:${problem.column + 1} ${problem.message}`);
    assert.match(problems(pack('[as soon as|asap] possible'))[0]!, /^7:9 Invalid phrase: .*brackets do not group words/);
    assert.match(problems(pack(variants))[0]!, /^7:9 Invalid phrase: .*more than 256 variants/);
    // Brackets around one word's alternatives read as written; so do brackets without alternatives.
    assert.deepEqual(problems(pack('(sorry|apologies) for the wait')), []);
    assert.deepEqual(problems(pack('as soon as (possible)')), []);
  });

  it('a comment hiding a quote from the nesting guard does not overflow the stack (JSON and YAML)', () => {
    const deep = '['.repeat(100000) + ']'.repeat(100000);
    assert.deepEqual(lint({ text: `/* " */${deep}`, fileName: 'deep.json' }, options).units, []);
    assert.deepEqual(lint({ text: `// "\n${deep}`, fileName: 'deep.json' }, options).units, []);
    assert.deepEqual(lint({ text: `# "\na: ${deep}`, fileName: 'deep.yaml' }, options).units, []);
  });

  it('an extends chain 3,000 packs deep is a configuration error, not a stack overflow', () => {
    const files: Record<string, string> = { '.replylint.yaml': 'extends: [./p0.yaml]\n', 'a.md': 'Hello.' };
    for (let index = 0; index < 3000; index++) files[`p${index}.yaml`] = `extends: [./p${index + 1}.yaml]\nrules: {}\n`;
    files['p3000.yaml'] = 'rules: {}\n';
    assert.match(configMessage(tempDir(files)), /extends chain deeper than 64 packs: p0\.yaml -> p1\.yaml -> p2\.yaml -> \.\.\./);
  });
});

describe('hostile inputs: wrong answers', function () {
  this.timeout(60000);

  it('a JSON export with a duplicate body key lints the value JSON.parse keeps (the last)', () => {
    const text = '[{"title": "A", "body": "We will reply soon.", "body": "Thanks, we fixed it today."}]';
    assert.deepEqual(
      lint({ text, fileName: 'export.json' }, options).findings.filter((finding) => finding.ruleId === 'deferral/vague-timeframe'),
      [],
    );
    const swapped = '[{"title": "A", "body": "Thanks, we fixed it today.", "body": "We will reply soon."}]';
    const found = lint({ text: swapped, fileName: 'export.json' }, options).findings.find((finding) => finding.ruleId === 'deferral/vague-timeframe');
    assert.equal(found?.start, swapped.lastIndexOf('soon'));
  });

  it('a phrase across the 4,000-character cut of a sentence without an end is still found', () => {
    for (let shift = 0; shift < 24; shift++) {
      const text = `${'x'.repeat(shift)} ${'word '.repeat(795)}we will answer as soon as possible and ${'then '.repeat(900)}`;
      const vague = lint({ text, fileName: 'long.txt' }, options).findings.filter((finding) => finding.ruleId === 'deferral/vague-timeframe');
      assert.deepEqual(
        vague.map((finding) => finding.excerpt),
        ['as soon as possible'],
        `shift ${shift}`,
      );
    }
  });
});

describe('hostile inputs: no stale state after an edit', () => {
  /** Lints `base`, then `edited` through the same cache, and requires a fresh lint's result. */
  function assertFreshAfterEdit(base: string, edited: string, fileName: string): void {
    const cache = new UnitCache();
    lint({ text: base, fileName }, options, cache);
    assert.deepEqual(readBack(lint({ text: edited, fileName }, options, cache)), readBack(lint({ text: edited, fileName }, options)));
  }
  const typeAt = (text: string, after: string, insert: string) => {
    const at = text.indexOf(after) + after.length;
    return `${text.slice(0, at)}${insert}${text.slice(at)}`;
  };

  it('typing "..." or "---" on its own line in a library that starts with "---"', () => {
    const library = '---\n## Delays\nWe will reply soon.\n\n## Refunds\nThanks, Sam.\nWe will reply soon.\n\n## Hello\nHello, we will reply soon.\n';
    assertFreshAfterEdit(library, typeAt(library, 'Thanks, Sam.', '\n...'), 'macros.md');
    assertFreshAfterEdit(library, typeAt(library, 'Thanks, Sam.', '\n---'), 'macros.md');
  });

  it('a raw TAB typed into a JSON body, which makes the file invalid', () => {
    const exported = '[{"title": "A", "body": "We will reply soon."}, {"title": "B", "body": "We will answer as soon as possible."}]';
    assertFreshAfterEdit(exported, typeAt(exported, 'We will', '\t'), 'export.json');
  });

  it('retyping a letter inside a placeholder so that the detected dialect changes', () => {
    const library = '## A\nHi {{ticket.requester.first_name}},\nWe will reply soon.\n\n## B\nHello, thanks for the {{ticket.title}} report.\n';
    const retyped = library.replace('{{ticket.requester.first_name}}', '{{ticket.requestor.first_name}}');
    assertFreshAfterEdit(library, retyped, 'macros.md');
    assertFreshAfterEdit(retyped, library, 'macros.md');
  });
});
