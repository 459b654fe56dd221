// `replylint init` (and the editor's "Create configuration"): a config whose
// schema line works without node_modules, and a starter team pack that holds
// what the built-in packs cannot know instead of copying one of their rules.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { parse as parseYaml } from 'yaml';
import { builtinPackNames, builtinRulesDir, readPackFile } from '../../server/src/engine/config/project-config';
import { REPO_ROOT } from '../support/build';
import { runCli, tempDir } from '../support/cli';

const SCHEMA_BASE = 'https://raw.githubusercontent.com/replylint/replylint/main/';

/** The file a `# yaml-language-server: $schema=` line points to, in this checkout. */
function schemaOf(text: string): string {
  const url = /^# yaml-language-server: \$schema=(\S+)$/m.exec(text)?.[1];
  assert.ok(url, 'no $schema line');
  assert.ok(url.startsWith(SCHEMA_BASE), `${url} is not the published schema`);
  const file = path.join(REPO_ROOT, url.slice(SCHEMA_BASE.length));
  assert.ok(fs.existsSync(file), `${url} names no file of the repository`);
  return file;
}

describe('init', () => {
  let dir: string;
  let config: string;
  let pack: string;
  let said: string;

  before(async () => {
    dir = tempDir({});
    const run = await runCli(['init'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    said = run.stdout;
    config = fs.readFileSync(path.join(dir, '.replylint.yaml'), 'utf8');
    pack = fs.readFileSync(path.join(dir, 'replylint', 'team-pack.yaml'), 'utf8');
  });

  it('writes files whose $schema is the published schema, not a node_modules path, and that validate against it', () => {
    for (const [text, expected] of [
      [config, 'rules/schema/config.schema.json'],
      [pack, 'rules/schema/pack.schema.json'],
    ] as const) {
      assert.doesNotMatch(text, /node_modules/);
      const schemaFile = schemaOf(text);
      assert.equal(path.relative(REPO_ROOT, schemaFile).split(path.sep).join('/'), expected);
      const validate = new Ajv({ allErrors: true, allowUnionTypes: true, strict: false }).compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')) as object);
      assert.ok(validate(parseYaml(text)), JSON.stringify(validate.errors));
    }
  });

  it('says what to run next as a project with replylint in its devDependencies runs it', () => {
    assert.match(said, /^Next: edit them, then run "npx replylint" and "npx replylint test-pack replylint\/team-pack\.yaml"\.$/m);
  });

  it("the starter config reads each reply's language: a Polish macro beside English ones gets the Polish rules", async () => {
    fs.mkdirSync(path.join(dir, 'macros'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'macros', 'en.md'), 'Hi there,\n\nYour parcel left our warehouse today and should arrive on Friday.\n\nBest,\nSam\n');
    fs.writeFileSync(
      path.join(dir, 'macros', 'pl.md'),
      'Witam,\n\nPa\u0144ska paczka wyjecha\u0142a dzi\u015b z magazynu i powinna dotrze\u0107 w pi\u0105tek.\n\nPozdrawiam,\nAnna\n',
    );
    const run = await runCli(['--format', 'json', 'macros'], { cwd: dir });
    const reports = JSON.parse(run.stdout) as { filePath: string; replies: { language: string }[]; messages: { ruleId: string }[] }[];
    const byName = Object.fromEntries(reports.map((report) => [path.basename(report.filePath), report]));
    assert.deepEqual(
      byName['pl.md']!.replies.map((reply) => reply.language),
      ['pl'],
    );
    // The Polish pack's own rule: "Witam" reads as condescending to many Polish customers.
    assert.deepEqual(
      byName['pl.md']!.messages.map((message) => message.ruleId),
      ['formula/greeting-etiquette'],
    );
    assert.deepEqual(
      byName['en.md']!.replies.map((reply) => reply.language),
      ['en'],
    );
  });

  it('the starter pack copies no built-in rule and passes its own examples', async () => {
    const builtinIds = new Set<string>();
    for (const packName of builtinPackNames()) {
      for (const file of fs.readdirSync(path.join(builtinRulesDir(), packName)).filter((name) => name.endsWith('.yaml'))) {
        for (const id of Object.keys(readPackFile(path.join(builtinRulesDir(), packName, file)).rules)) builtinIds.add(id);
      }
    }
    const starter = parseYaml(pack) as { rules: Record<string, { examples: { bad: string[] } }> };
    for (const id of Object.keys(starter.rules)) assert.ok(!builtinIds.has(id), `${id} is a built-in rule`);
    const run = await runCli(['test-pack', 'replylint/team-pack.yaml'], { cwd: dir });
    assert.equal(run.code, 0, run.stdout + run.stderr);

    // Its bad examples are flagged by the team rule, and by no built-in rule at the same words.
    for (const [id, rule] of Object.entries(starter.rules)) {
      for (const [index, example] of rule.examples.bad.entries()) {
        fs.writeFileSync(path.join(dir, `example-${index}.txt`), example);
        const [report] = JSON.parse((await runCli(['--format', 'json', `example-${index}.txt`], { cwd: dir })).stdout) as {
          messages: { ruleId: string; column: number; endColumn: number }[];
        }[];
        const team = report!.messages.filter((message) => message.ruleId === id);
        assert.ok(team.length > 0, `${id} did not flag "${example}"`);
        const others = report!.messages.filter(
          (message) => message.ruleId !== id && team.some((own) => own.column === message.column && own.endColumn === message.endColumn),
        );
        assert.deepEqual(others, [], `a built-in rule flags the same words as ${id}`);
      }
    }
  });
});
