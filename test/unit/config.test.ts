// Config discovery and merging: cascade and root, extends (built-in, path,
// npm package, pack-extends-pack), overrides, ignore, vocabulary, errors.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfigError, UNREAD_CONFIG_MESSAGE, resolveConfig, unreadConfigFiles } from '../../server/src/engine/config/project-config';
import { isInside } from '../../server/src/engine/config/pack-resolver';
import { runCli } from '../support/cli';
import { lint } from '../../server/src/engine/linter';
import { WorkspaceConfigs } from '../../server/src/lsp/workspace-configs';
import type { ConfigProblem } from '../../server/src/engine/config/config-error';

function workspace(files: Record<string, string>): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'replylint-config-')));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

const pack = (id: string, phrase: string, extra = '') => `language: en
${extra}rules:
  ${id}:
    kind: phrase
    category: ${id.split('/')[0] === 'acme' ? 'clarity' : id.split('/')[0]}
    message: 'Avoid {match}.'
    phrases: ["${phrase}"]
`;

function ruleIdsFor(dir: string, file: string, text: string, options = {}): string[] {
  const config = resolveConfig(path.join(dir, file), options);
  if (config.ignored) return ['<ignored>'];
  return lint({ text, fileName: file }, config.lintOptions).findings.map((finding) => finding.ruleId);
}

function configError(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  assert.fail('expected a ConfigError');
}

describe('configuration', () => {
  it('merges config files upwards, nearest last, and stops at root: true', () => {
    const dir = workspace({
      '.replylint.yaml': 'extends: [./a.yaml]\n',
      'a.yaml': pack('tone/alpha', 'alpha'),
      'team/.replylint.yaml': 'extends: [./b.yaml]\nrules:\n  tone/alpha: off\n',
      'team/b.yaml': pack('tone/beta', 'beta'),
      'team/solo/.replylint.yaml': 'root: true\nextends: [../b.yaml]\n',
    });
    assert.deepEqual(ruleIdsFor(dir, 'x.md', 'alpha beta'), ['tone/alpha']);
    assert.deepEqual(ruleIdsFor(dir, 'team/x.md', 'alpha beta'), ['tone/beta']);
    assert.deepEqual(ruleIdsFor(dir, 'team/solo/x.md', 'alpha beta'), ['tone/beta']);
    assert.deepEqual(
      resolveConfig(path.join(dir, 'team/solo/x.md')).sources.map((file) => path.relative(dir, file)),
      ['team/solo/.replylint.yaml', 'team/b.yaml'],
    );
  });

  it('extends an npm package that declares its packs, and a pack that extends another; later packs override earlier', () => {
    const dir = workspace({
      '.replylint.yaml': 'extends: ["@acme/replylint-pack", ./local.yaml]\n',
      'node_modules/@acme/replylint-pack/package.json': JSON.stringify({ name: '@acme/replylint-pack', replylint: { packs: ['en.yaml'] } }),
      'node_modules/@acme/replylint-pack/en.yaml': pack('tone/shared', 'npm phrase', 'extends: [./base.yaml]\n'),
      'node_modules/@acme/replylint-pack/base.yaml': pack('tone/base', 'base phrase'),
      'local.yaml': pack('tone/shared', 'local phrase'),
    });
    // local.yaml redefines tone/shared: its phrase wins, the package's is gone.
    assert.deepEqual(ruleIdsFor(dir, 'x.md', 'npm phrase. local phrase. base phrase.'), ['tone/shared', 'tone/base']);
    const config = resolveConfig(path.join(dir, 'x.md'));
    const origins = Object.fromEntries(config.lintOptions.ruleSetFor('en')!.rules.map((rule) => [rule.id, path.basename(rule.origin)]));
    assert.deepEqual(origins, { 'tone/base': 'base.yaml', 'tone/shared': 'local.yaml' });
  });

  it('applies overrides by glob (internal audience, rule settings) and skips ignored files', () => {
    const dir = workspace({
      '.replylint.yaml': [
        'extends: [./p.yaml]',
        'overrides:',
        '  - files: ["internal/**"]',
        '    audience: internal',
        '    rules: { tone/alpha: off }',
        'ignore: ["archive/**"]',
      ].join('\n'),
      'p.yaml': pack('tone/alpha', 'alpha'),
    });
    assert.deepEqual(ruleIdsFor(dir, 'customer/x.md', 'alpha'), ['tone/alpha']);
    assert.deepEqual(ruleIdsFor(dir, 'internal/x.md', 'alpha'), []);
    assert.equal(resolveConfig(path.join(dir, 'internal/x.md')).audience, 'internal');
    assert.deepEqual(ruleIdsFor(dir, 'archive/old.md', 'alpha'), ['<ignored>']);
  });

  it('vocabulary: rejected terms become clarity findings with suggestions; accepted terms silence every rule', () => {
    const dir = workspace({
      '.replylint.yaml': ['extends: [./p.yaml]', 'vocabulary:', '  reject: [L2, { term: Zephyr board, replace: [order page] }]', '  accept: [Acme Cloud]'].join(
        '\n',
      ),
      'p.yaml': pack('clarity/cloud', 'cloud'),
    });
    const config = resolveConfig(path.join(dir, 'x.md'));
    const findings = lint({ text: 'Check the Zephyr board or ask L2 about the cloud. Acme Cloud is fine.', fileName: 'x.md' }, config.lintOptions).findings;
    assert.deepEqual(
      findings.map((finding) => [finding.ruleId, finding.excerpt]),
      [
        ['clarity/team-vocabulary', 'Zephyr board'],
        ['clarity/team-vocabulary', 'L2'],
        ['clarity/cloud', 'cloud'],
      ],
    );
    assert.equal(findings[0]!.suggestions[0]!.title, 'Replace with "order page"', 'mid-sentence: no capital');
  });

  it('rule options refine a rule, and category settings cover all its rules', () => {
    const dir = workspace({
      '.replylint.yaml': 'extends: [./p.yaml]\nrules:\n  tone: error\n  tone/alpha: { message: "Team says no to {match}." }\n',
      'p.yaml': pack('tone/alpha', 'alpha'),
    });
    const [finding] = lint({ text: 'alpha', fileName: 'x.md' }, resolveConfig(path.join(dir, 'x.md')).lintOptions).findings;
    assert.equal(finding!.message, 'Team says no to alpha.');
    assert.equal(finding!.severity, 'warning');
  });

  it('reports cycles, missing packs, paths leaving the workspace and unknown ids clearly', () => {
    const cycle = workspace({
      '.replylint.yaml': 'extends: [./a.yaml]\n',
      'a.yaml': pack('tone/a', 'a', 'extends: [./b.yaml]\n'),
      'b.yaml': pack('tone/b', 'b', 'extends: [./a.yaml]\n'),
    });
    assert.match(
      configError(() => resolveConfig(path.join(cycle, 'x.md'))),
      /extends cycle: a\.yaml -> b\.yaml -> a\.yaml/,
    );
    const missing = workspace({ '.replylint.yaml': 'language: en\nextends:\n  - recommended\n  - ./nope.yaml\n' });
    assert.match(
      configError(() => resolveConfig(path.join(missing, 'x.md'))),
      /\.replylint\.yaml:4:5: Pack not found: \.\/nope\.yaml/,
    );
    const unknownPackage = workspace({ '.replylint.yaml': 'extends: [acme-pack]\n' });
    assert.match(
      configError(() => resolveConfig(path.join(unknownPackage, 'x.md'))),
      /Unknown pack "acme-pack": not a built-in pack/,
    );
    const escape = workspace({ 'inner/.replylint.yaml': 'extends: [../outside.yaml]\n', 'outside.yaml': pack('tone/a', 'a') });
    assert.match(
      configError(() => resolveConfig(path.join(escape, 'inner/x.md'), { workspaceRoot: path.join(escape, 'inner') })),
      /leaves the workspace/,
    );
    const notObject = workspace({ '.replylint.yaml': '- just\n- a list\n' });
    assert.match(
      configError(() => resolveConfig(path.join(notObject, 'x.md'))),
      /the config: must be object/,
    );
    const unknownOverrideRule = workspace({ '.replylint.yaml': 'overrides:\n  - files: ["a/**"]\n    rules:\n      nope/rule: off\n' });
    assert.match(
      configError(() => resolveConfig(path.join(unknownOverrideRule, 'x.md'))),
      /:4:7: Unknown rule id "nope\/rule"/,
    );
  });
});

describe('config authoring messages', () => {
  /** The config error for a .replylint.yaml with this text, one line per problem. */
  const problemsOf = (config: string) =>
    configError(() => resolveConfig(path.join(workspace({ '.replylint.yaml': config }), 'x.md')))
      .split('\n')
      .map((line) => line.replace(/^.*\.replylint\.yaml:/, ''));

  // The four checks walk the top level and each override alike (one settingBlocks walk): same problem, its own place.
  it('finds a bad language, rule id, phrase or variable glob at its place in an override as at the top level', () => {
    const cases: [string, string, string][] = [
      ['language: xx', '1:1: Unknown language "xx"', '3:5: Unknown language "xx"'],
      ['rules:\n  nope/rule: off', '2:3: Unknown rule id "nope/rule"', '4:7: Unknown rule id "nope/rule"'],
      ['rules:\n  tone/condescending:\n    phrases: ["a|"]', '3:15: Invalid phrase: empty alternative', '5:19: Invalid phrase: empty alternative'],
      // Punctuation alone is no word: "and|& *" would be "and *" or any one word (issue 12).
      [
        'rules:\n  tone/condescending:\n    phrases: ["and|& *"]',
        '3:15: Invalid phrase: "&" in "and|& *" is no word',
        '5:19: Invalid phrase: "&" in "and|& *" is no word',
      ],
      ['placeholders:\n  variables: ["a[b"]', '2:15: placeholders.variables.0: "a[b"', '4:19: overrides.0.placeholders.variables.0: "a[b"'],
    ];
    for (const [setting, top, nested] of cases) {
      assert.ok(problemsOf(`${setting}\n`)[0]!.startsWith(top), `${setting}: ${problemsOf(`${setting}\n`)[0]}`);
      const inOverride = `overrides:\n  - files: ["*.md"]\n    ${setting.replace(/\n/g, '\n    ')}\n`;
      assert.ok(problemsOf(inOverride)[0]!.startsWith(nested), `${inOverride}: ${problemsOf(inOverride)[0]}`);
    }
  });

  it('says "did you mean" for a misspelt key, value, rule id and category, at the exact place', () => {
    assert.deepEqual(problemsOf('langauge: pl\n'), ['1:1: the config: unknown key "langauge"; did you mean "language"?']);
    assert.deepEqual(problemsOf('overrides:\n  - files: ["*.md"]\n    knd: chat\n'), ['3:5: overrides.0: unknown key "knd"; did you mean "kind"?']);
    // One glob where the list belongs (reviewer L1): the message shows the list to write.
    assert.deepEqual(problemsOf('overrides:\n  - files: "koha/**"\n    kind: auto-reply\n'), ['2:12: overrides.0.files: must be a list: files: ["koha/**"]']);
    assert.deepEqual(problemsOf('overrides:\n  - files: 3\n'), ['2:12: overrides.0.files: must be array']);
    assert.deepEqual(problemsOf('kind: replly\n'), [
      '1:7: kind: "replly" is not one of "reply", "macro", "snippet", "chat", "auto-reply", "thread"; did you mean "reply"?',
    ]);
    assert.deepEqual(problemsOf('rules:\n  tone/condesending: warning\n'), [
      '2:3: Unknown rule id "tone/condesending" in rules; did you mean "tone/condescending"?',
    ]);
    assert.deepEqual(problemsOf('rules:\n  tonne: off\n'), ['2:3: Unknown rule id "tonne" in rules; did you mean "tone"?']);
    // Nothing close: no guess.
    assert.deepEqual(problemsOf('rules:\n  acme/banana: off\n'), ['2:3: Unknown rule id "acme/banana" in rules.']);
    // Two mistakes in one rule's line, both said: the id and the severity (the id was lost with the refused value).
    assert.deepEqual(problemsOf('rules:\n  tone/shoutin: eror\n'), [
      '2:3: Unknown rule id "tone/shoutin" in rules; did you mean "tone/shouting"?',
      '2:17: rules.tone/shoutin: "eror" is not one of "off", "error", "warning", "info", "hint"; did you mean "error"?',
    ]);
    assert.deepEqual(problemsOf('overrides:\n  - files: ["*.md"]\n    rules:\n      Tone/Shouting: Warn\n'), [
      '4:7: Unknown rule id "Tone/Shouting" in rules; did you mean "tone/shouting"?',
      '4:22: overrides.0.rules.Tone/Shouting: "Warn" is not one of "off", "error", "warning", "info", "hint"; did you mean "warning"?',
    ]);
  });

  it('says which pack a configured rule is in when the config does not extend it (off is fine: the rule does not run)', () => {
    const notExtended =
      'Rule "empathy/minimizing" is in the pack "strict", which this config does not extend: add "strict" to extends, or the setting does nothing.';
    assert.deepEqual(problemsOf('extends: [recommended]\nrules:\n  empathy/minimizing: error\n'), [`3:3: ${notExtended}`]);
    assert.deepEqual(problemsOf('rules:\n  tone/shouting: off\n  empathy/minimizing:\n    severity: info\n'), [`3:3: ${notExtended}`]);
    assert.doesNotThrow(() => resolveConfig(path.join(workspace({ '.replylint.yaml': 'rules:\n  empathy/minimizing: off\n' }), 'x.md')));
  });

  it('says one thing per mistake in a union setting (a severity typo is not also "must be object")', () => {
    assert.deepEqual(problemsOf('rules:\n  tone/shouting: warn\n'), [
      '2:18: rules.tone/shouting: "warn" is not one of "off", "error", "warning", "info", "hint"; did you mean "warning"?',
    ]);
    // Inside the object form, only the inner mistake.
    assert.deepEqual(problemsOf('rules:\n  tone/shouting:\n    severity: warn\n'), [
      '3:15: rules.tone/shouting.severity: "warn" is not one of "error", "warning", "info", "hint"; did you mean "warning"?',
    ]);
    assert.deepEqual(problemsOf('formality: formall\n'), ['1:12: formality: "formall" is not one of "formal", "informal", "any"; did you mean "formal"?']);
    assert.deepEqual(problemsOf('rules:\n  tone/shouting: []\n'), [
      '2:18: rules.tone/shouting: must be one of "off", "error", "warning", "info", "hint" or object',
    ]);
  });

  it('says every problem at once, in file order: schema, extends and the checks after them', () => {
    // Three kinds: a severity the schema refuses, a pack that does not resolve, a variable that is no name.
    const three = 'extends: [recomended]\nrules:\n  tone/shouting: loud\nplaceholders:\n  variables: ["order id"]\n';
    assert.deepEqual(problemsOf(three), [
      '1:11: Unknown pack "recomended": not a built-in pack (recommended, strict) and not installed in node_modules.',
      '3:18: rules.tone/shouting: "loud" is not one of "off", "error", "warning", "info", "hint"',
      '5:15: placeholders.variables.0: "order id" has a space: a variable name has none.',
    ]);
    // A bad extends entry is skipped and the well-formed one after it resolved.
    const skipped = problemsOf('extends: [5, ./nope.yaml]\n');
    assert.equal(skipped.length, 2);
    assert.equal(skipped[0], '1:11: extends.0: must be string');
    assert.match(skipped[1]!, /^1:14: Pack not found: \.\/nope\.yaml/);
    // With a schema problem, the pack is still read: its rule id is known, a misspelt one is not.
    const dir = workspace({
      '.replylint.yaml': 'langauge: en\nextends: [./p.yaml]\nrules:\n  acme/cloud: off\n  acme/clod: off\n',
      'p.yaml': pack('acme/cloud', 'cloud'),
    });
    assert.deepEqual(
      configError(() => resolveConfig(path.join(dir, 'x.md')))
        .split('\n')
        .map((line) => line.replace(/^.*\.replylint\.yaml:/, '')),
      ['1:1: the config: unknown key "langauge"; did you mean "language"?', '5:3: Unknown rule id "acme/clod" in rules; did you mean "acme/cloud"?'],
    );
  });

  it('says, never reads, a file named as a config is not (.replylintrc, replylint.yaml): on the command line and in the editor (issue 12)', async () => {
    const dir = workspace({
      '.replylintrc': 'language: fi\n',
      'team/replylint.yaml': 'language: pl\n',
      'team/a.md': 'Hi Sam,\n\nYour refund is on its way.\n',
      'other/.replylint.yaml': 'root: true\nlanguage: en\n',
      'other/.replylintrc.json': '{ "language": "lt" }\n',
      'other/b.md': 'Hi Sam,\n\nYour refund is on its way.\n',
      'above/.replylintrc': 'language: sq\n',
    });
    // Discovery reads none of them: team/a.md gets the defaults, other/b.md its .replylint.yaml.
    assert.equal(resolveConfig(path.join(dir, 'team', 'a.md')).file, undefined);
    assert.equal(resolveConfig(path.join(dir, 'team', 'a.md')).language, 'en');
    // Nearest first, up to the folder whose config says root: true (the .replylintrc above it is not on the way).
    assert.deepEqual(
      unreadConfigFiles(path.join(dir, 'team'))
        .filter((file) => isInside(file, dir))
        .map((file) => path.relative(dir, file)),
      [path.join('team', 'replylint.yaml'), '.replylintrc'],
    );
    assert.deepEqual(unreadConfigFiles(path.join(dir, 'other')), [path.join(dir, 'other', '.replylintrc.json')]);
    const run = await runCli(['--format', 'json', 'team', 'other'], { cwd: dir });
    const notes = run.stderr.split('\n').filter((line) => line.includes('Not read as a config'));
    assert.deepEqual(
      notes.filter((line) => !line.includes('..')),
      [
        `replylint: note: .replylintrc: ${UNREAD_CONFIG_MESSAGE}`,
        `replylint: note: ${path.join('other', '.replylintrc.json')}: ${UNREAD_CONFIG_MESSAGE}`,
        `replylint: note: ${path.join('team', 'replylint.yaml')}: ${UNREAD_CONFIG_MESSAGE}`,
      ],
    );
    assert.match(UNREAD_CONFIG_MESSAGE, /\.replylint\.yaml, \.replylint\.yml or \.replylint\.json/);
    // A config named on the command line is the only one read: nothing is said of the others.
    assert.doesNotMatch((await runCli(['--format', 'json', '--config', 'other/.replylint.yaml', 'team'], { cwd: dir })).stderr, /Not read/);
    // The editor: a warning on each file found on the way from a document's folder.
    let published: ConfigProblem[] = [];
    const configs = new WorkspaceConfigs({ problemsChanged: (problems) => (published = problems), broke: () => undefined });
    configs.configFor({
      filePath: path.join(dir, 'team', 'a.md'),
      dir: path.join(dir, 'team'),
      configFile: undefined,
      language: undefined,
      workspaceRoot: dir,
    });
    const shown = () =>
      published
        .filter((problem) => isInside(problem.file, dir))
        .map((problem) => `${path.relative(dir, problem.file)} ${problem.severity}: ${problem.message}`);
    assert.deepEqual(shown(), [`.replylintrc warning: ${UNREAD_CONFIG_MESSAGE}`, `${path.join('team', 'replylint.yaml')} warning: ${UNREAD_CONFIG_MESSAGE}`]);
    // Renamed to a name that is read, the warning goes.
    fs.renameSync(path.join(dir, 'team', 'replylint.yaml'), path.join(dir, 'team', '.replylint.yaml'));
    configs.invalidate();
    const config = configs.configFor({
      filePath: path.join(dir, 'team', 'a.md'),
      dir: path.join(dir, 'team'),
      configFile: undefined,
      language: undefined,
      workspaceRoot: dir,
    });
    assert.equal(config.language, 'pl');
    assert.deepEqual(shown(), [`.replylintrc warning: ${UNREAD_CONFIG_MESSAGE}`]);
  });

  it('gives the editor every problem of a config at once', () => {
    const dir = workspace({ '.replylint.yaml': 'extends: [recomended]\nrules:\n  tone/shouting: loud\nplaceholders:\n  variables: ["order id"]\n' });
    let published: ConfigProblem[] = [];
    const configs = new WorkspaceConfigs({ problemsChanged: (problems) => (published = problems), broke: () => undefined });
    // Linted with the defaults meanwhile.
    const config = configs.configFor({ filePath: path.join(dir, 'x.md'), dir, configFile: undefined, language: undefined, workspaceRoot: dir });
    assert.equal(config.file, undefined);
    assert.deepEqual(
      published.map((problem) => `${path.basename(problem.file)}:${problem.line + 1}:${problem.column + 1}`),
      ['.replylint.yaml:1:11', '.replylint.yaml:3:18', '.replylint.yaml:5:15'],
    );
  });

  describe('a YAML syntax error in one file of a chain', () => {
    /** Config and pack files with a problem each: a config's syntax error, a child config's schema problem, packs' phrase, syntax and schema problems. */
    const chain = (rootConfig: string) =>
      workspace({
        '.replylint.yaml': rootConfig,
        'team/.replylint.yaml': 'language: en\nrules:\n  tone/shouting: loud\n',
        'a.yaml': pack('acme/a', 'a||b', 'extends: [./c.yaml, ./d.yaml]\n'),
        'b.yaml': pack('acme/b', 'x||y'),
        'c.yaml': 'language: en\nrules: {\n',
        'd.yaml': `colour: red\n${pack('acme/d', 'd')}`,
      });
    const placed = (problems: { file: string; line: number; column: number; message: string }[], dir: string) =>
      problems.map((problem) => `${path.relative(dir, problem.file)}:${problem.line + 1}:${problem.column + 1}: ${problem.message}`);
    const errorOf = (dir: string) => {
      try {
        resolveConfig(path.join(dir, 'team', 'x.md'));
      } catch (error) {
        if (error instanceof ConfigError) return placed(error.problems, dir);
        throw error;
      }
      return assert.fail('expected a ConfigError');
    };
    const INNER = ['c.yaml:2:8: YAML: this { is never closed: add the } that ends it', 'd.yaml:1:1: the pack: unknown key "colour"'];

    it("hides no other config's problems", () => {
      // The unreadable config's packs and languages are unknown: nothing is said about what it might bring.
      assert.deepEqual(errorOf(chain('root: true\nextends: [./a.yaml, ./b.yaml]\naudience: [oops\n')), [
        '.replylint.yaml:3:11: YAML: this [ is never closed: add the ] that ends it',
        'team/.replylint.yaml:3:18: rules.tone/shouting: "loud" is not one of "off", "error", "warning", "info", "hint"',
      ]);
    });

    it("hides no other pack's problems, in the packs a pack with problems extends too", () => {
      assert.deepEqual(errorOf(chain('root: true\nextends: [./a.yaml, ./b.yaml]\n')), [
        'team/.replylint.yaml:3:18: rules.tone/shouting: "loud" is not one of "off", "error", "warning", "info", "hint"',
        'a.yaml:8:15: Invalid phrase: empty alternative in "a||b".',
        ...INNER,
        'b.yaml:7:15: Invalid phrase: empty alternative in "x||y".',
      ]);
      // a.yaml fixed: c's syntax error does not hide d's problem.
      const dir = chain('root: true\nextends: [./a.yaml]\n');
      fs.writeFileSync(path.join(dir, 'a.yaml'), pack('acme/a', 'a', 'extends: [./c.yaml, ./d.yaml]\n'));
      assert.deepEqual(errorOf(dir).slice(1), INNER);
    });

    it("gives the editor every file's problems", () => {
      const dir = chain('root: true\nextends: [./a.yaml, ./b.yaml]\naudience: [oops\n');
      let published: ConfigProblem[] = [];
      const configs = new WorkspaceConfigs({ problemsChanged: (problems) => (published = problems), broke: () => undefined });
      configs.configFor({
        filePath: path.join(dir, 'team', 'x.md'),
        dir: path.join(dir, 'team'),
        configFile: undefined,
        language: undefined,
        workspaceRoot: dir,
      });
      assert.deepEqual(
        published.map((problem) => `${path.relative(dir, problem.file)}:${problem.line + 1}:${problem.column + 1}`),
        ['.replylint.yaml:3:11', 'team/.replylint.yaml:3:18'],
      );
    });
  });

  it('puts a YAML syntax error on the line where the mistake is, once', () => {
    assert.deepEqual(problemsOf('language: en\nrules:\n  tone/shouting: [\n'), ['3:18: YAML: this [ is never closed: add the ] that ends it']);
    assert.deepEqual(problemsOf('rules:\n  tone/shouting: "warn\nlanguage: en\n'), ['2:18: YAML: this " is never closed: add the " that ends it']);
    // An unclosed quote inside an unclosed list is one mistake.
    assert.deepEqual(problemsOf('overrides:\n  - files: ["*.md\n    kind: chat\n'), ['2:13: YAML: this " is never closed: add the " that ends it']);
    assert.deepEqual(problemsOf('rules:\n  tone/shouting warn\n  formula/thanks: off\n'), [
      '2:3: YAML: Implicit keys need to be on a single line (is a ":" missing?)',
    ]);
    // A closed quote with an escaped quote inside is not a mistake.
    assert.deepEqual(problemsOf('language: "e\\"n"\nrules: {\n'), ['2:8: YAML: this { is never closed: add the } that ends it']);
  });
});
