// The CLI's own words in the writer's language: the stylish severity column in
// each reply's language, the summary line and the HTML report's headings in the
// language most replies are written in, and --locale to choose one for all.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { mostUsedLanguage } from '../../server/src/cli/output';
import { runCli, tempDir } from '../support/cli';

const POLISH = 'Dzień dobry,\n\ndziękujemy za wiadomość. Sprawdzimy to wkrótce i damy znać, jak tylko będziemy coś wiedzieć.\n\nPozdrawiam\nAnna\n';
const POLISH_OTHER = 'Dzień dobry,\n\nprzepraszamy za kłopot. Zwrot zlecimy wkrótce, a potwierdzenie wyślemy mailem.\n\nPozdrawiam\nAnna\n';
const ENGLISH = 'Hi Sam,\n\nThanks for your patience. We will refund the order soon and send you the receipt.\n\nBest,\nAna\n';

describe('cli: its own words in the writer language', () => {
  let dir: string;
  before(() => {
    dir = tempDir({ 'macros/a-pl.md': POLISH, 'macros/b-pl.md': POLISH_OTHER, 'macros/c-en.md': ENGLISH });
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** Each finding line of stylish output: [severity column as written, the text after it]. */
  const severityColumn = (stdout: string) =>
    stdout
      .split('\n')
      .filter((line) => /^ {2}\d+:\d+ /.test(line))
      .map((line) => /^ {2}\S+\s+(\S+)(\s+)/.exec(line)!.slice(1, 3));

  it('stylish: each reply severity in its language, aligned; the summary in the language most replies use', async () => {
    const run = await runCli(['macros'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    const [polish, english] = run.stdout.split('macros/c-en.md');
    assert.ok(polish!.includes('macros/a-pl.md') && polish!.includes('macros/b-pl.md'), run.stdout);
    const polishRows = severityColumn(polish!);
    assert.ok(polishRows.length >= 2, run.stdout);
    for (const [label, gap] of polishRows) assert.deepEqual([label, gap], ['ostrzeżenie', ' '], run.stdout);
    const englishRows = severityColumn(english!);
    assert.ok(englishRows.length >= 1, run.stdout);
    // English stays as ESLint writes it: the column eight wide.
    for (const [label, gap] of englishRows) assert.deepEqual([label, gap], ['warning', ' '], run.stdout);
    assert.match(run.stdout, /✖ \d+ problem(y|ów) \(0 błędów, \d+ ostrzeże(nia|ń), 0 informacji\)\n$/);
  });

  it('stylish: a file whose findings are all Polish infos starts its messages in the same column as one with a warning', async () => {
    const infoOnly = tempDir({
      'a-pl.md': 'Dzie\u0144 dobry {{first_name}},\n\nzam\u00f3wienie wys\u0142ali\u015bmy dzi\u015b, kurier dostarczy je w pi\u0105tek.\n\nPozdrawiam\nAnna\n',
      'b-pl.md': POLISH,
    });
    const run = await runCli(['.'], { cwd: infoOnly });
    const rows = run.stdout.split('\n').filter((line) => /^ {2}\d+:\d+ /.test(line));
    const labels = rows.map((line) => /^ {2}\S+\s+(\S+)/.exec(line)![1]);
    assert.ok(labels.includes('informacja') && labels.includes('ostrze\u017cenie'), run.stdout);
    const messageColumns = new Set(rows.map((line) => /^ {2}\S+\s+\S+\s+/.exec(line)![0].length));
    assert.equal(messageColumns.size, 1, run.stdout);
    fs.rmSync(infoOnly, { recursive: true, force: true });
  });

  it('stylish: with one reply per language, the summary is English', async () => {
    const run = await runCli(['macros/a-pl.md', 'macros/c-en.md'], { cwd: dir });
    assert.match(run.stdout, /✖ \d+ problems \(0 errors, \d+ warnings, 0 info\)\n$/);
  });

  it('--locale puts severities, scorecards and the summary in one language; rule messages stay the pack one', async () => {
    const run = await runCli(['--locale', 'fi', 'macros'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual([...new Set(severityColumn(run.stdout).map(([label]) => label))], ['varoitus']);
    assert.match(run.stdout, /„wkrótce”/, 'the Polish rule message');
    assert.match(run.stdout, /✖ \d+ ongelmaa \(0 virhettä, \d+ varoitusta, 0 huomautusta\)\n$/);
  });

  it('--locale with a language Replylint has no words for is a usage error listing the known ones', async () => {
    const run = await runCli(['--locale', 'de', 'macros'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--locale: unknown locale "de" \(use en, fi, lt, pl, sq\)/);
    assert.equal(run.stdout, '');
  });

  it('html: headings, totals, chart titles and the heat map in the language most replies use; severities per reply', async () => {
    const run = await runCli(['--format', 'html', 'macros'], { cwd: dir });
    const page = run.stdout;
    assert.match(page, /<html lang="pl">/);
    assert.match(page, /<title>Raport jakości Replylint<\/title>/);
    for (const heading of ['Karta oceny', 'Uwagi', 'Odpowiedzi od najsłabszej']) assert.ok(page.includes(`<h2>${heading}</h2>`), heading);
    assert.match(page, /<b>3<\/b>Odpowiedzi<\/div>/);
    assert.match(page, /<th scope="col">Odpowiedź<\/th><th scope="col">Powitanie<\/th>/);
    assert.match(page, /<figcaption>Uwagi według kategorii<\/figcaption>/);
    assert.match(page, /<span class="severity">ostrzeżenie<\/span>/);
    assert.match(page, /<span class="severity">warning<\/span>/, 'the English reply keeps English severities');
    assert.doesNotMatch(page, /QA report|Findings per|worst first/);
  });

  it('html with --locale en: the whole page in English', async () => {
    const page = (await runCli(['--format', 'html', '--locale', 'en', 'macros'], { cwd: dir })).stdout;
    assert.match(page, /<html lang="en">/);
    assert.match(page, /<h1>Replylint QA report<\/h1>/);
    assert.match(page, /<th scope="col">Reply<\/th><th scope="col">Greeting<\/th>/);
    assert.doesNotMatch(page, /ostrzeżenie|Karta oceny|Powitanie/);
  });

  it('the most used language wins; a tie with English or no replies at all is English', () => {
    assert.equal(mostUsedLanguage(['pl', 'en', 'pl']), 'pl');
    assert.equal(mostUsedLanguage(['pl', 'en']), 'en');
    assert.equal(mostUsedLanguage(['fi', 'lt', 'lt']), 'lt');
    assert.equal(mostUsedLanguage([]), 'en');
  });
});
