// The CLI's own words (severities, scorecards, the summary, the HTML report's headings, notes and hints) in the
// user's language: --locale, else the environment's locale (LC_ALL, LC_MESSAGES, LANG), else English; never each
// reply's own, so one listing says "warning" one way. Rule messages stay in the reply's language.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { userLocale } from '../../server/src/cli/output';
import { runCli, tempDir } from '../support/cli';

const POLISH = 'Dzień dobry,\n\ndziękujemy za wiadomość. Sprawdzimy to wkrótce i damy znać, jak tylko będziemy coś wiedzieć.\n\nPozdrawiam\nAnna\n';
const POLISH_OTHER = 'Dzień dobry,\n\nprzepraszamy za kłopot. Zwrot zlecimy wkrótce, a potwierdzenie wyślemy mailem.\n\nPozdrawiam\nAnna\n';
const ENGLISH = 'Hi Sam,\n\nThanks for your patience. We will refund the order soon and send you the receipt.\n\nBest,\nAna\n';
const FINNISH = 'Hei,\n\nkiitos viestistä. Palaamme asiaan pian, kun tiedämme enemmän.\n\nTerveisin\nAnna\n';

describe("cli: its own words in the user's locale", () => {
  let dir: string;
  before(() => {
    dir = tempDir({ 'macros/a-pl.md': POLISH, 'macros/b-pl.md': POLISH_OTHER, 'macros/c-en.md': ENGLISH, 'macros/d-fi.md': FINNISH });
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** Each finding line of stylish output: [severity column as written, the text after it]. */
  const severityColumn = (stdout: string) =>
    stdout
      .split('\n')
      .filter((line) => /^ {2}\d+:\d+ /.test(line))
      .map((line) => /^ {2}\S+\s+(\S+)(\s+)/.exec(line)!.slice(1, 3));
  const labelsOf = (stdout: string) => [...new Set(severityColumn(stdout).map(([label]) => label))];

  it('stylish with no locale set: every severity and the summary in English, whatever the replies are written in', async () => {
    const run = await runCli(['macros'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    for (const file of ['a-pl.md', 'c-en.md', 'd-fi.md']) assert.ok(run.stdout.includes(`macros/${file}`), run.stdout);
    // English as ESLint writes it: the column eight wide.
    assert.deepEqual([...new Set(severityColumn(run.stdout).map((row) => row.join('')))], ['warning ']);
    assert.match(run.stdout, /„wkrótce”/, 'the Polish rule message stays Polish');
    assert.match(run.stdout, /✖ \d+ problems \(0 errors, \d+ warnings, 0 info\)\n$/);
  });

  it('stylish in a Polish environment (LANG=pl_PL.UTF-8): Polish severities for the English and Finnish replies too', async () => {
    const run = await runCli(['macros'], { cwd: dir, env: { LANG: 'pl_PL.UTF-8' } });
    assert.deepEqual(labelsOf(run.stdout), ['ostrzeżenie']);
    assert.match(run.stdout, /"soon" gives the customer no time/, 'the English rule message stays English');
    assert.match(run.stdout, /✖ \d+ problem(y|ów) \(0 błędów, \d+ ostrzeże(nia|ń), 0 informacji\)\n$/);
  });

  it('the environment as POSIX orders it: LC_ALL, then LC_MESSAGES, then LANG; an empty one is unset', async () => {
    const cases: [NodeJS.ProcessEnv, string][] = [
      [{ LC_ALL: 'fi_FI.UTF-8', LC_MESSAGES: 'pl_PL', LANG: 'lt_LT.UTF-8' }, 'varoitus'],
      [{ LC_ALL: '', LC_MESSAGES: 'lt_LT', LANG: 'pl_PL.UTF-8' }, 'įspėjimas'],
      [{ LANG: 'sq_AL.UTF-8' }, 'paralajmërim'],
    ];
    for (const [env, label] of cases) assert.deepEqual(labelsOf((await runCli(['macros'], { cwd: dir, env })).stdout), [label], JSON.stringify(env));
  });

  it('a locale Replylint has no words for (C.UTF-8, POSIX, de_DE) is English, and --locale beats the environment', async () => {
    for (const LANG of ['C.UTF-8', 'POSIX', 'de_DE.UTF-8'])
      assert.deepEqual(labelsOf((await runCli(['macros'], { cwd: dir, env: { LANG } })).stdout), ['warning'], LANG);
    const run = await runCli(['--locale', 'fi', 'macros'], { cwd: dir, env: { LC_ALL: 'pl_PL.UTF-8' } });
    assert.deepEqual(labelsOf(run.stdout), ['varoitus']);
    assert.match(run.stdout, /✖ \d+ ongelmaa \(0 virhettä, \d+ varoitusta, 0 huomautusta\)\n$/);
  });

  it('userLocale: the language part of a locale name, when Replylint has words for it', () => {
    assert.equal(userLocale(undefined, { LANG: 'pl_PL.UTF-8' }), 'pl');
    assert.equal(userLocale(undefined, { LANG: 'fi' }), 'fi');
    assert.equal(userLocale(undefined, { LANG: 'lt_LT@euro' }), 'lt');
    assert.equal(userLocale(undefined, { LANG: 'plt_MG' }), 'en', 'a longer language code is not Polish');
    assert.equal(userLocale(undefined, {}), 'en');
    assert.equal(userLocale('sq', { LANG: 'pl_PL' }), 'sq');
  });

  it('stylish: a file whose findings are all Polish infos starts its messages in the same column as one with a warning', async () => {
    const infoOnly = tempDir({
      'a-pl.md': 'Dzie\u0144 dobry {{first_name}},\n\nzam\u00f3wienie wys\u0142ali\u015bmy dzi\u015b, kurier dostarczy je w pi\u0105tek.\n\nPozdrawiam\nAnna\n',
      'b-pl.md': POLISH,
    });
    const run = await runCli(['.'], { cwd: infoOnly, env: { LANG: 'pl_PL.UTF-8' } });
    const rows = run.stdout.split('\n').filter((line) => /^ {2}\d+:\d+ /.test(line));
    const labels = rows.map((line) => /^ {2}\S+\s+(\S+)/.exec(line)![1]);
    assert.ok(labels.includes('informacja') && labels.includes('ostrze\u017cenie'), run.stdout);
    const messageColumns = new Set(rows.map((line) => /^ {2}\S+\s+\S+\s+/.exec(line)![0].length));
    assert.equal(messageColumns.size, 1, run.stdout);
    fs.rmSync(infoOnly, { recursive: true, force: true });
  });

  it('--locale with a language Replylint has no words for is a usage error listing the known ones', async () => {
    const run = await runCli(['--locale', 'de', 'macros'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--locale: unknown locale "de" \(use en, fi, lt, pl, sq\)/);
    assert.equal(run.stdout, '');
  });

  it("html in a Polish environment: headings, totals, chart titles, the heat map and every reply's severities in Polish", async () => {
    const run = await runCli(['--format', 'html', 'macros'], { cwd: dir, env: { LANG: 'pl_PL.UTF-8' } });
    const page = run.stdout;
    assert.match(page, /<html lang="pl">/);
    assert.match(page, /<title>Raport jakości Replylint<\/title>/);
    for (const heading of ['Karta oceny', 'Uwagi', 'Odpowiedzi od najsłabszej']) assert.ok(page.includes(`<h2>${heading}</h2>`), heading);
    assert.match(page, /<b>4<\/b>Odpowiedzi<\/div>/);
    assert.match(page, /<th scope="col">Odpowiedź<\/th><th scope="col">Powitanie<\/th>/);
    assert.match(page, /<figcaption>Uwagi według kategorii<\/figcaption>/);
    assert.match(page, /<span class="severity">ostrzeżenie<\/span>/);
    assert.doesNotMatch(page, /<span class="severity">(warning|varoitus)<\/span>|QA report|Findings per|worst first/);
  });

  it('html with --locale en: the whole page in English', async () => {
    const page = (await runCli(['--format', 'html', '--locale', 'en', 'macros'], { cwd: dir, env: { LANG: 'pl_PL.UTF-8' } })).stdout;
    assert.match(page, /<html lang="en">/);
    assert.match(page, /<h1>Replylint QA report<\/h1>/);
    assert.match(page, /<th scope="col">Reply<\/th><th scope="col">Greeting<\/th>/);
    assert.doesNotMatch(page, /ostrzeżenie|Karta oceny|Powitanie/);
  });
});
