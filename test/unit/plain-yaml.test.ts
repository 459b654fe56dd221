// The plain-form YAML reader (engine/config/plain-yaml.ts) gives the data
// yaml's parser gives, or nothing: every shipped YAML file, the bench's
// synthetic packs, those files with random one-line edits, and generated
// documents full of YAML's corners (comments, quotes, escapes, numbers,
// indicators, indentation slips).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument, stringify } from 'yaml';
import { readPlainYaml } from '../../server/src/engine/config/plain-yaml';
import { REPO_ROOT } from '../support/build';
import { Random } from '../support/random';

/** What yaml makes of the text, when it reads it without an error. */
function yamlData(text: string): { data: unknown } | undefined {
  const document = parseDocument(text, { uniqueKeys: false, prettyErrors: false });
  return document.errors.length > 0 ? undefined : { data: document.toJS({ maxAliasCount: 100 }) };
}

/** The reader's answer is yaml's data or nothing; true when it gave data. */
function agrees(text: string): boolean {
  const plain = readPlainYaml(text);
  if (plain === undefined) return false;
  const expected = yamlData(text);
  assert.ok(expected, `plain data for a text yaml rejects:\n${text}`);
  assert.deepStrictEqual(plain.data, expected.data, text);
  return true;
}

const WORDS = ['soon', 'back', 'order', 'refund', 'team', 'asap', 'kindly', 'unfortunately', 'policy', 'ticket', 'we', 'you', "we'll", 'café', 'x-ray', '3'];

/** A team pack of phrase rules written by yaml's stringify, as the bench writes its 5,000-rule pack. */
function syntheticPackYaml(seed: number, count: number): string {
  const random = new Random(seed);
  const phrase = () =>
    Array.from({ length: random.int(1, 4) }, () => {
      const word = random.pick(WORDS);
      return random.pick([word, word, `${word}|${random.pick(WORDS)}`, `${word.slice(0, 3)}*`, '*', '#']);
    }).join(' ');
  const rules = Object.fromEntries(
    Array.from({ length: count }, (_, index) => [
      `${random.pick(['tone', 'deferral', 'ownership'])}/synthetic-${index}`,
      {
        kind: 'phrase',
        category: 'tone',
        severity: 'info',
        message: 'Team standard: avoid "{match}".',
        phrases: Array.from({ length: random.int(1, 3) }, phrase),
      },
    ]),
  );
  return `# Generated\n${stringify({ name: `synthetic-${count}`, language: 'en', description: `${count} rules: a test.`, rules }, { lineWidth: 0 })}`;
}

function yamlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : yamlFiles(file);
    return /\.ya?ml$/.test(entry.name) ? [file] : [];
  });
}

/** Pieces of lines that sit at YAML's corners. */
const KEYS = [
  'kind',
  'rules',
  'a b',
  '"quoted key"',
  "'it''s'",
  'true',
  '1',
  'null',
  '~',
  '-dash',
  '?q',
  'a#b',
  'a #b',
  'x:y',
  '__proto__',
  '<<',
  'key ',
  '"k":',
  '&a k',
  '[k]',
];
const VALUES = [
  '',
  'plain words',
  'value # comment',
  'value#not',
  "'single ''quoted'''",
  '"double \\"escaped\\" \\u00e9 \\n"',
  '"yaml escape \\x41"',
  '"unclosed',
  "'unclosed",
  "'quoted' trailing",
  "'quoted' # comment",
  '42',
  '-7',
  '+3',
  '0o17',
  '0x1F',
  '1.50',
  '.5',
  '1e3',
  '-.inf',
  '.NaN',
  'true',
  'False',
  'yes',
  'NULL',
  '~',
  '#comment only',
  'a: b',
  'ends with colon:',
  'a:b',
  '- item',
  '-x',
  ':x',
  '?x',
  '& anchor',
  '*alias',
  '!tag',
  '[flow, list]',
  '[a, "b, c", \'d\', 1, true, ~]',
  '[]',
  '[ a ,b ] # c',
  '[a, b,]',
  '[a, [b]]',
  '[a: b]',
  '[a #b]',
  '[a, b',
  '[a, b]x',
  '{flow: map}',
  '|',
  '>-',
  '%percent',
  '@at',
  '`tick',
  ',comma',
  'trailing spaces   ',
  'ünïcödé ✓',
  'tab\there',
  'a, b [c] {d}',
];
/** Mostly well-formed nesting (a key with nothing after it opens a block two deeper, or a list at its own indent), with slips. */
function generatedDocument(random: Random): string {
  const lines: string[] = [];
  let indent = 0;
  let opened = false;
  const count = random.int(1, 12);
  for (let index = 0; index < count; index++) {
    if (opened) indent += random.chance(0.8) ? 2 : random.pick([0, 1, 4]);
    else if (random.chance(0.3)) indent = Math.max(0, indent - random.pick([2, 2, 4, 1]));
    if (random.chance(0.05)) indent = random.int(0, 6);
    const pad = ' '.repeat(indent);
    const value = () => (random.chance(0.6) ? random.pick(['plain words', 'x', "'q'", '"d"', '[a, b]']) : random.pick(VALUES));
    const roll = random.next();
    opened = false;
    if (roll < 0.08) lines.push(random.chance(0.5) ? '' : `${pad}# a comment`);
    else if (roll < 0.35) {
      const item = random.chance(0.3) ? `${random.pick(KEYS)}: ${value()}` : value();
      lines.push(`${pad}- ${item}`.trimEnd());
      if (item.includes(': ')) indent += 2;
    } else if (roll < 0.38) {
      lines.push(`${pad}-`);
      opened = true;
    } else if (roll < 0.4) lines.push(random.pick(['---', '...', '%YAML 1.2', '--- # doc']));
    else {
      const key = random.chance(0.7) ? random.pick(['kind', 'rules', 'phrases', 'a b', 'x']) : random.pick(KEYS);
      opened = random.chance(0.35);
      lines.push(`${pad}${key}:${opened ? '' : ` ${value()}`}`);
    }
  }
  return lines.join(random.chance(0.15) ? '\r\n' : '\n') + (random.chance(0.8) ? '\n' : '');
}

/** One random edit of a line: a character removed, added or changed, a line indented or joined. */
function editedText(text: string, random: Random): string {
  const lines = text.split('\n');
  const at = random.int(0, lines.length - 1);
  const line = lines[at]!;
  const offset = random.int(0, line.length);
  const char = random.pick([' ', ':', '#', '-', "'", '"', '\\', '[', '&', '*', '!', '|', '\t', 'x', '0', '.', '\r']);
  switch (random.int(0, 4)) {
    case 0:
      lines[at] = line.slice(0, offset) + line.slice(offset + 1);
      break;
    case 1:
      lines[at] = line.slice(0, offset) + char + line.slice(offset);
      break;
    case 2:
      lines[at] = line.slice(0, offset) + char + line.slice(offset + 1);
      break;
    case 3:
      lines[at] = ` ${line}`;
      break;
    default:
      lines.splice(at, 2, `${line} ${lines[at + 1] ?? ''}`);
  }
  return lines.join('\n');
}

describe('plain-form YAML reader', () => {
  const shipped = yamlFiles(path.join(REPO_ROOT, 'rules'));
  const synthetic = syntheticPackYaml(20261123, 5000);

  it('reads a big generated pack to the data yaml gives, and every shipped YAML file to it or not at all', () => {
    assert.ok(agrees(synthetic), 'a 5,000-rule pack written as the bench writes its own is plain');
    // Built-in packs write descriptions as block scalars (`>-`): those are left to yaml.
    const read = shipped.filter((file) => agrees(fs.readFileSync(file, 'utf8'))).map((file) => path.relative(REPO_ROOT, file));
    assert.ok(read.includes(path.join('rules', 'structure', 'footers.yaml')), read.join(', '));
  });

  it('gives yaml data or nothing for edited packs', () => {
    const random = new Random(20261203);
    const texts = [1, 2, 3, 4].map((seed) => syntheticPackYaml(seed, 30));
    for (const file of shipped) texts.push(fs.readFileSync(file, 'utf8'));
    let plain = 0;
    for (let round = 0; round < 600; round++) {
      let text = random.pick(texts);
      for (let edits = random.int(1, 2); edits > 0; edits--) text = editedText(text, random);
      if (agrees(text)) plain++;
    }
    // Some edited texts must take the plain path (agrees() checks each against yaml); how many depends on the shipped files.
    assert.ok(plain >= 30 && plain < 600, `${plain} of 600 edited texts read as plain`);
  });

  it('gives yaml data or nothing for generated documents', () => {
    const random = new Random(7);
    let plain = 0;
    for (let round = 0; round < 4000; round++) if (agrees(generatedDocument(random))) plain++;
    assert.ok(plain > 200 && plain < 3800, `${plain} of 4000 generated documents read as plain`);
  });

  it('leaves duplicate keys, documents that are not a mapping and empty files to yaml', () => {
    for (const text of ['a: 1\na: 2\n', '- a\n- b\n', 'just text\n', '', '# only a comment\n', 'a: 1\n---\nb: 2\n', '\ufeffa: 1\n']) {
      assert.equal(readPlainYaml(text), undefined, JSON.stringify(text));
    }
  });

  it('reads nested lists and mappings, compact lists and comments', () => {
    const text = [
      '---',
      '# head',
      'name: team # trailing',
      'rules:',
      '  tone/x:',
      '    phrases:',
      '    - one',
      "    - 'two # not a comment'",
      '    - phrase: three',
      '      fix: "3"',
      '    -',
      '    caseSensitive: true',
      'extends:',
      '  - recommended',
      'count: 0x10',
      'empty:',
      '',
    ].join('\n');
    assert.deepStrictEqual(readPlainYaml(text)?.data, {
      name: 'team',
      rules: { 'tone/x': { phrases: ['one', 'two # not a comment', { phrase: 'three', fix: '3' }, null], caseSensitive: true } },
      extends: ['recommended'],
      count: 16,
      empty: null,
    });
    assert.ok(agrees(text));
  });
});
