// Trial 29: staff answers posted in issue threads, filed as `kind: reply`. The ones that address a handle are read as
// thread posts; the one-line answers that name no one give no such sign and are asked to greet and sign. The CLI says
// once what the handles suggest: file the folder as `thread`.
import * as assert from 'node:assert/strict';
import { runCli, tempDir } from '../support/cli';

const CONFIG = 'root: true\nlanguage: en\nkind: reply\n';

describe('cli: the hint that replies filed as `reply` are thread answers', () => {
  it('is written once when some replies address a handle and others are asked to greet or sign', async () => {
    const dir = tempDir({
      '.replylint.yaml': CONFIG,
      'answers/a.md': '@lena-v the import limit is raised, so the file should load now.\n',
      'answers/b.md': '@olek the fix went out in 2.3.1 this morning.\n',
      'answers/c.md': 'Refund sent, it shows on the card in a few days.\n',
    });
    const run = await runCli(['--format', 'json', '.'], { cwd: dir });
    const hints = run.stderr.split('\n').filter((line) => line.startsWith('replylint: hint:'));
    assert.equal(hints.length, 1, run.stderr);
    assert.match(hints[0]!, /2 replies filed as `reply` address their reader by a handle .* 1 more .* `kind: thread`/);
  });

  it('is not written when no reply addresses a handle, or none is asked to greet or sign', async () => {
    const letters = tempDir({
      '.replylint.yaml': CONFIG,
      'a.md': 'Refund sent, it shows on the card in a few days.\n',
      'b.md': 'Hi Sam,\n\nthe fix went out this morning.\n\nBest,\nAna\n',
    });
    assert.doesNotMatch((await runCli(['--format', 'json', '.'], { cwd: letters })).stderr, /hint/);
    const posts = tempDir({ '.replylint.yaml': CONFIG, 'a.md': '@olek the fix went out in 2.3.1 this morning.\n' });
    assert.doesNotMatch((await runCli(['--format', 'json', '.'], { cwd: posts })).stderr, /hint/);
  });

  it('names replies under reviews: filed as `reply`, they thank for the review (trial 31)', async () => {
    const dir = tempDir({
      '.replylint.yaml': CONFIG,
      'reviews/a.md': 'Thanks for the 5 stars! Glad the cake was a hit.\n',
      'reviews/b.md': 'Thank you for the kind words about our repair desk.\n',
      'reviews/c.md': 'The parcel left late because of a label fault.\n',
    });
    const run = await runCli(['--format', 'json', '.'], { cwd: dir });
    const hints = run.stderr.split('\n').filter((line) => line.startsWith('replylint: hint:'));
    assert.equal(hints.length, 1, run.stderr);
    assert.match(hints[0]!, /2 replies filed as `reply` thank for a review .* 1 more filed as `reply` is asked .* under reviews, .*`kind: thread`/);
  });
});

// Trial 31: review-reply templates filed as `thread` had every [NAME] reported as sent unfilled. Each slot stays an error
// in a sent kind; the CLI says once that a folder full of them holds templates, better filed as `macro`.
describe('cli: the hint that replies of a sent kind are templates', () => {
  const THREAD = 'root: true\nlanguage: en\nkind: thread\n';

  it('is written once when most replies filed as `thread` hold fill-in slots, and the slots stay reported', async () => {
    const dir = tempDir({
      '.replylint.yaml': THREAD,
      'a.md': 'Thank you for the review, [NAME]! See you soon at [BUSINESS].\n',
      'b.md': 'Sorry about the wait, [NAME]. Call us on [PHONE].\n',
      'c.md': 'Thanks, [NAME], we passed it to [MANAGER].\n',
      'd.md': 'Glad the course helped.\n',
    });
    const run = await runCli(['--format', 'json', '.'], { cwd: dir });
    const hints = run.stderr.split('\n').filter((line) => line.startsWith('replylint: hint:'));
    assert.equal(hints.length, 1, run.stderr);
    assert.match(hints[0]!, /3 of 4 replies checked as `thread` hold fill-in slots \(\[NAME\]\).*`kind: macro`/);
    const slots = (JSON.parse(run.stdout) as { messages: { ruleId: string }[] }[])
      .flatMap((file) => file.messages)
      .filter((message) => message.ruleId === 'placeholder/unfilled-slot');
    assert.ok(slots.length >= 3, run.stdout);
  });

  it("is written in the user's locale: --locale, or the environment's", async () => {
    const files = {
      '.replylint.yaml': THREAD,
      'a.md': 'Dziękujemy za opinię, [IMIĘ]! Do zobaczenia w [NAZWA].\n',
      'b.md': 'Przepraszamy za czekanie, [IMIĘ]. Prosimy o telefon pod [TELEFON].\n',
      'c.md': 'Dziękujemy, [IMIĘ], przekazaliśmy to do [KIEROWNIK].\n',
    };
    const polish = (
      await runCli(['--format', 'json', '.'], { cwd: tempDir({ ...files, '.replylint.yaml': 'root: true\nkind: thread\n' }), env: { LANG: 'pl_PL.UTF-8' } })
    ).stderr;
    assert.match(polish, /replylint: hint: 3 z 3 odpowiedzi sprawdzanych jako `thread` zawierają pola do uzupełnienia \(\[IMIĘ\]\);.*`kind: macro`/);
    const english = (
      await runCli(['--format', 'json', '--locale', 'en', '.'], {
        cwd: tempDir({ ...files, '.replylint.yaml': 'root: true\nkind: thread\n' }),
        env: { LANG: 'pl_PL.UTF-8' },
      })
    ).stderr;
    assert.match(english, /replylint: hint: 3 of 3 replies checked as `thread` hold fill-in slots \(\[IMIĘ\]\), each reported as sent unfilled/);
  });

  it('is not written for a slot forgotten in one reply of many', async () => {
    const dir = tempDir({
      '.replylint.yaml': THREAD,
      'a.md': 'Thank you for the review, [Customer Name]!\n',
      'b.md': 'Glad the course helped.\n',
      'c.md': 'The new timetable is on the website.\n',
    });
    assert.doesNotMatch((await runCli(['--format', 'json', '.'], { cwd: dir })).stderr, /hint/);
  });
});
