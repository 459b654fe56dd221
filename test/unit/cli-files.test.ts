// Which files the CLI lints: folders, quoted globs, .gitignore and .replylintignore,
// and the exit code when a path or pattern finds nothing.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findFiles } from '../../server/src/cli/find-files';
import { exportSyntaxError, readExportFile } from '../../server/src/engine/units/exports';
import { runCli, tempDir } from '../support/cli';

const REPLY = 'Hello Sam,\n\nYour refund will arrive soon.\n\nBest,\nAna\n';

function lintedFiles(stdout: string, dir: string): string[] {
  return (JSON.parse(stdout) as { filePath: string }[]).map((report) => path.relative(dir, report.filePath).split(path.sep).join('/')).sort();
}

describe('cli: finding files', () => {
  let dir: string;

  beforeEach(() => {
    dir = tempDir({
      '.gitignore': 'build/\n*.draft.md\n',
      '.replylintignore': 'archive/\n',
      'macros/refund delay #2.md': REPLY,
      'macros/welcome.md': REPLY,
      'macros/welcome.draft.md': REPLY,
      'macros/notes.rst': REPLY,
      'macros/pl/.gitignore': 'old-*.md\n!old-keep.md\n',
      'macros/pl/old-1.md': REPLY,
      'macros/pl/old-keep.md': REPLY,
      'build/copy.md': REPLY,
      'archive/2019.md': REPLY,
      'node_modules/pack/README.md': REPLY,
    });
  });

  it('searches folders, leaving out .gitignore, .replylintignore and dependency folders (nested ignore files too)', async () => {
    const run = await runCli(['--format', 'json', '.'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(lintedFiles(run.stdout, dir), ['macros/pl/old-keep.md', 'macros/refund delay #2.md', 'macros/welcome.md']);
  });

  it('--debug says what was skipped and why', async () => {
    const run = await runCli(['--debug', '--format', 'json', '.'], { cwd: dir });
    const skipped = run.stderr.split('\n').filter((line) => line.startsWith('replylint: skipped '));
    const reasonFor = (name: string) => skipped.find((line) => line.startsWith(`replylint: skipped ${path.join(dir, name)}:`));
    assert.match(reasonFor('build') ?? '', /matches "build\/" in .*\.gitignore$/);
    assert.match(reasonFor('archive') ?? '', /matches "archive\/" in .*\.replylintignore$/);
    assert.match(reasonFor('macros/welcome.draft.md') ?? '', /matches "\*\.draft\.md"/);
    assert.match(reasonFor('macros/pl/old-1.md') ?? '', /matches "old-\*\.md" in .*pl.\.gitignore$/);
    assert.match(reasonFor('node_modules') ?? '', /dependency/);
    assert.match(reasonFor('macros/notes.rst') ?? '', /not a reply file/);
    assert.equal(reasonFor('macros/welcome.md'), undefined);
  });

  it('names the given paths that are folders, the folders the run searched whole (for the unmatched-overrides check)', () => {
    const search = findFiles(['macros', 'macros/welcome.md', 'macros/*.md', 'nope', path.join(dir, 'archive'), 'macros'], dir);
    assert.deepEqual(search.folders, [path.join(dir, 'macros'), path.join(dir, 'archive'), path.join(dir, 'macros')]);
    assert.deepEqual(findFiles(['macros/welcome.md'], dir).folders, []);
  });

  it('expands quoted glob patterns itself, still respecting ignore files', async () => {
    const run = await runCli(['--format', 'json', 'macros/*.md', '**/2019.md'], { cwd: dir });
    assert.deepEqual(lintedFiles(run.stdout, dir), ['macros/refund delay #2.md', 'macros/welcome.md']);
    // '**/2019.md' matched only an ignored file.
    assert.equal(run.code, 2);
    assert.match(run.stderr, /\*\*\/2019\.md: Nothing to lint/);
  });

  it('notes a CakePHP view (.ctp) a folder search left out; a glob naming .ctp lints it (trial 45)', async () => {
    const view = 'Dear <?= $member->first_name ?>,\n\nYour membership for the winter season is confirmed.\n\nSwim Club Membership Secretary\n';
    const club = tempDir({ 'src/Template/Email/text/membership_confirmed.ctp': view, 'src/Template/Email/text/notes.txt': REPLY });
    const folder = await runCli(['--format', 'json', 'src'], { cwd: club });
    assert.deepEqual(lintedFiles(folder.stdout, club), ['src/Template/Email/text/notes.txt']);
    assert.match(
      folder.stderr,
      /replylint: note: src: 1 template file not linted \(src\/Template\/Email\/text\/membership_confirmed\.ctp\): name it, pass a glob to lint: 'src\/\*\*\/\*\.ctp', or add 'src\/\*\*\/\*\.ctp' to include: in \.replylint\.yaml\n/,
    );
    const glob = await runCli(['--format', 'json', 'src/**/*.ctp'], { cwd: club });
    assert.deepEqual(lintedFiles(glob.stdout, club), ['src/Template/Email/text/membership_confirmed.ctp']);
  });

  it('notes a plain PHP mail view a folder search left out, by its folder or its text; PHP code stays unmentioned (trial 43)', async () => {
    const view = '<html>\n<body>\n  <p>Your seat on the 9:40 shuttle is booked.</p>\n  <p>Show this mail to the driver.</p>\n</body>\n</html>\n';
    const withCode = '<?php $seat = $booking->seat; ?>\n' + view.replace('is booked', 'is booked: seat <?= $seat ?>');
    const code = '<?php\nnamespace App\\Http\\Controllers;\n\nclass BookingController\n{\n    public function show() { return view("mail.booked"); }\n}\n';
    const lang = "<?php\nreturn [\n    'booked' => 'Your seat is booked.',\n];\n";
    const app = tempDir({
      'app/Views/templates/mail/booked.php': code,
      'app/Http/Controllers/BookingController.php': code,
      'lang/en/booking.php': lang,
      'exports/refund.php': view,
      'exports/seat.php': withCode,
      'exports/helpers.php': code,
    });
    const leftOut = (folder: string) =>
      findFiles([folder], app).templatesLeftOut.flatMap(({ files }) => files.map((file) => path.relative(app, file).split(path.sep).join('/')));
    // In a views, mail or templates folder whatever it holds; elsewhere when its start is mostly text and HTML.
    assert.deepEqual(leftOut('.'), ['app/Views/templates/mail/booked.php', 'exports/refund.php', 'exports/seat.php']);
    assert.deepEqual(leftOut('app/Http'), []);
    assert.deepEqual(leftOut('lang'), []);
    const run = await runCli(['--format', 'json', 'exports'], { cwd: app });
    // The glob takes in only the folder the views share, not every PHP file of the app.
    assert.match(
      run.stderr,
      /replylint: note: exports: 2 template files not linted \(exports\/refund\.php, …\): name them, pass a glob to lint: 'exports\/\*\*\/\*\.php', or add 'exports\/\*\*\/\*\.php' to include: in \.replylint\.yaml\n/,
    );
    const whole = await runCli(['--format', 'json', '.'], { cwd: app });
    assert.match(
      whole.stderr,
      /3 template files not linted \(app\/Views\/templates\/mail\/booked\.php, …\): name them, pass a glob to lint: '\.\/\*\*\/\*\.php'/,
    );
    const views = await runCli(['--format', 'json', 'app'], { cwd: app });
    assert.match(
      views.stderr,
      /1 template file not linted \(app\/Views\/templates\/mail\/booked\.php\): name it, pass a glob to lint: 'app\/Views\/templates\/mail\/\*\*\/\*\.php'/,
    );
  });

  it('leaves mail templates out of a folder search but says so; a glob naming their extension lints them (reviewer L2)', async () => {
    const blade = 'Hello {{ $user->first_name }},\n\nYour refund will arrive soon.\n\nBest,\nAna\n';
    const views = tempDir({ 'mail/welcome.blade.php': blade, 'mail/refund.blade.php': blade, 'mail/receipt.hbs': REPLY, 'mail/page.php': REPLY });
    const folder = await runCli(['--format', 'json', 'mail'], { cwd: views });
    assert.equal(folder.code, 2, 'nothing linted: the folder has no reply file');
    // A note per extension, each with the glob that lints those files (trial 42: one count, one glob for two kinds).
    assert.match(
      folder.stderr,
      /replylint: note: mail: 1 template file not linted \(mail\/receipt\.hbs\): name it, pass a glob to lint: 'mail\/\*\*\/\*\.hbs', or add 'mail\/\*\*\/\*\.hbs' to include: in \.replylint\.yaml\n/,
    );
    assert.match(
      folder.stderr,
      /replylint: note: mail: 2 template files not linted \(mail\/refund\.blade\.php, …\): name them, pass a glob to lint: 'mail\/\*\*\/\*\.blade\.php', or add 'mail\/\*\*\/\*\.blade\.php' to include: in \.replylint\.yaml\n/,
    );
    const glob = await runCli(['--format', 'json', 'mail/**/*.blade.php'], { cwd: views });
    assert.deepEqual(lintedFiles(glob.stdout, views), ['mail/refund.blade.php', 'mail/welcome.blade.php']);
    assert.doesNotMatch(glob.stderr, /note/);
    // The folder and a glob for its Blade mails in one run: the note names only what is still left out (trial 40).
    const both = await runCli(['--format', 'json', 'mail', 'mail/**/*.blade.php'], { cwd: views });
    assert.deepEqual(lintedFiles(both.stdout, views), ['mail/refund.blade.php', 'mail/welcome.blade.php']);
    assert.match(both.stderr, /replylint: note: mail: 1 template file not linted \(mail\/receipt\.hbs\): name it, pass a glob to lint: 'mail\/\*\*\/\*\.hbs'/);
    const hbsNamed = findFiles(['mail', 'mail/*.hbs'], views);
    assert.deepEqual(
      hbsNamed.templatesLeftOut.map(({ files }) => files.map((file) => path.basename(file))),
      // page.php is plain text in a mail folder: a view too.
      [['page.php', 'refund.blade.php', 'welcome.blade.php']],
    );
    assert.ok(!hbsNamed.skipped.some(({ path: skipped }) => skipped.endsWith('receipt.hbs')), 'a file another pattern linted is not reported as skipped');
    // A glob that names no extension keeps to reply files, as a folder search does.
    assert.deepEqual(findFiles(['mail/*'], views).files, []);
    assert.deepEqual(
      findFiles(['**/*.{hbs,php}'], views).files.map((file) => path.basename(file)),
      ['page.php', 'receipt.hbs', 'refund.blade.php', 'welcome.blade.php'],
    );
  });

  // Trial 42: a telecom platform's plain-text notices (`.text`) were skipped by a folder search without a word.
  it('leaves .text files out of a folder search with a note of their own; a glob naming .text lints them as text', async () => {
    const notice = 'Hi {{ account.name }},\n\nYour number port is scheduled for {{ port.date }}.\n\nThe Porting Team\n';
    const notices = tempDir({ 'notices/port_scheduled.text': notice, 'notices/ported.text': notice, 'notices/welcome.txt': REPLY });
    const folder = await runCli(['--format', 'json', 'notices'], { cwd: notices });
    assert.deepEqual(lintedFiles(folder.stdout, notices), ['notices/welcome.txt']);
    assert.match(
      folder.stderr,
      /replylint: note: notices: 2 plain-text files not linted \(notices\/port_scheduled\.text, …\): name them, pass a glob to lint: 'notices\/\*\*\/\*\.text', or add 'notices\/\*\*\/\*\.text' to include: in \.replylint\.yaml\n/,
    );
    const glob = await runCli(['--format', 'json', 'notices', 'notices/**/*.text'], { cwd: notices });
    assert.deepEqual(lintedFiles(glob.stdout, notices), ['notices/port_scheduled.text', 'notices/ported.text', 'notices/welcome.txt']);
    assert.doesNotMatch(glob.stderr, /note/);
  });

  it('exits 2 when a path or pattern finds nothing, unless --no-error-on-unmatched-pattern', async () => {
    const unmatched = await runCli(['replies/**/*.md'], { cwd: dir });
    assert.equal(unmatched.code, 2);
    assert.match(unmatched.stderr, /replies\/\*\*\/\*\.md: Nothing to lint.*--no-error-on-unmatched-pattern/);

    const ignoredFile = await runCli(['build/copy.md'], { cwd: dir });
    assert.equal(ignoredFile.code, 2);
    assert.match(ignoredFile.stderr, /build\/copy\.md: Ignored: matches "build\/" in /);

    const allowed = await runCli(['--no-error-on-unmatched-pattern', '--format', 'json', 'replies/**/*.md', 'build/copy.md', 'macros/welcome.md'], {
      cwd: dir,
    });
    assert.equal(allowed.code, 0, allowed.stderr);
    assert.deepEqual(lintedFiles(allowed.stdout, dir), ['macros/welcome.md']);

    const missing = await runCli(['--no-error-on-unmatched-pattern', 'nope.md'], { cwd: dir });
    assert.equal(missing.code, 2, 'a named file that does not exist is always an error');
    assert.match(missing.stderr, /nope\.md: No such file or folder/);
  });

  it('says where a macro export that does not parse goes wrong, instead of passing it unchecked', async () => {
    const broken = tempDir({
      // A line at column 0 inside a block scalar, as in osTicket's translated canned responses.
      'premade.yaml': '- title: Przykład\n  response: |\n    Witaj,\n    Twoje zgłoszenie jest w dziale\n%{ticket.dept.name} department.\n',
      'export.json': '[{"title": "Refund", "body": "Hi Sam, your refund is on its way." "oops"}]',
      // Not an export and broken: no body field, so nothing is said about it.
      'ci.yml': 'jobs: [build\n',
    });
    const run = await runCli(['--format', 'json', '.'], { cwd: broken });
    assert.equal(run.code, 0, run.stderr);
    const reports = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string | null; line: number; column: number; message: string }[] }[];
    const notes = Object.fromEntries(
      reports.map((report) => [path.basename(report.filePath), report.messages.map((m) => `${m.line}:${m.column} ${m.message}`)]),
    );
    assert.deepEqual(Object.keys(notes).sort(), ['export.json', 'premade.yaml']);
    assert.match(notes['premade.yaml']![0]!, /^5:1 Not checked: YAML syntax error: .*fix it to have them checked\.$/);
    assert.match(notes['export.json']![0]!, /^1:\d+ Not checked: JSON syntax error: a comma is missing before this \(CommaExpected\)\./);
  });

  it("says a JSON export's syntax error in words, at the bracket never closed or the comma with nothing after it", () => {
    const said = (source: string) => {
      const error = exportSyntaxError(readExportFile(source, 'json'));
      return error && [error.offset, /^Not checked: JSON syntax error: (.*)\. Replies are read only/.exec(error.message)![1]];
    };
    // The macro's object is the first left open; the parser noticed only at the file's end.
    const second = '{"macros": [{"title": "Refund", "body": "It is on its way."},\n{"title": "X", "body": "Soon."';
    assert.deepEqual(said(second), [second.lastIndexOf('{'), 'this { is never closed: add the } that ends it']);
    assert.deepEqual(said('{"macros": [{"title": "Refund", "body": "It is on its way."}\n\n'), [11, 'this [ is never closed: add the ] that ends it']);
    const trailing = '[{"title": "Refund", "body": "It is on its way.",}]';
    assert.deepEqual(said(trailing), [
      trailing.indexOf(',}'),
      'a comma with nothing after it in its list or object: remove it (help desks read the file as strict JSON)',
    ]);
    assert.deepEqual(said('[{"title": "Refund", "body": "It is\ton its way."}]'), [
      29,
      'a character a JSON string cannot hold as it is (a tab or line break is written \\t, \\n) (InvalidCharacter)',
    ]);
    assert.equal(said('[{"title": "Refund", "body": "It is on its way."}]'), undefined);
  });

  it("says which macro of an export holds its reply in a shape no reader takes, at the macro's title", async () => {
    const dir = tempDir({
      // Zendesk's actions written as one object; a comment action whose value is a number; a body split into a list.
      'actions.json': '{"macros": [{"title": "Refund", "actions": {"field": "comment_value", "value": "Your refund left today."}}]}',
      'number.json': '{"macros": [{"title": "Refund", "actions": [{"field": "comment_value", "value": 42}]}]}',
      'list.json': '[{"title": "Refund", "body": ["Your refund left today.", "It reaches your card by Friday."]}]',
      'mapping.yaml': '- title: Refund\n  body:\n    text: Your refund left today.\n',
      // Not macros: a manifest, a label list, a macro whose comment action is empty.
      'package.json': '{"name": "x", "contributes": {"commands": [{"title": "Run"}]}}',
      'labels.yml': "- name: bug\n  color: d73a4a\n  description: Something isn't working\n",
      'empty.json': '{"macros": [{"title": "Tag only", "actions": [{"field": "set_tags", "value": ["vip"]}]}]}',
    });
    try {
      const run = await runCli(['--format', 'json', '.'], { cwd: dir });
      assert.equal(run.code, 0, run.stderr);
      const reports = JSON.parse(run.stdout) as { filePath: string; messages: { line: number; column: number; severity: number; message: string }[] }[];
      const notes = Object.fromEntries(
        reports.map((report) => [path.basename(report.filePath), report.messages.map((m) => `${m.line}:${m.column} ${m.severity} ${m.message}`)]),
      );
      const end = ' Replylint reads a reply written as one string; fix the export to have it checked.';
      assert.deepEqual(notes, {
        'actions.json': [`1:23 1 Not checked: the macro "Refund" has its "actions" as an object, not as a list of actions.${end}`],
        'list.json': [`1:12 1 Not checked: the macro "Refund" has its "body" as a list, not as text.${end}`],
        'mapping.yaml': [`1:10 1 Not checked: the macro "Refund" has its "body" as an object, not as text.${end}`],
        'number.json': [`1:23 1 Not checked: the macro "Refund" has its "comment_value" action's value not as text.${end}`],
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says when a macro export keeps its replies in a field nobody named, instead of passing it unchecked', async () => {
    const dir = tempDir({
      'courier.json': JSON.stringify(
        [
          { name: 'Parcel delayed', macro: 'Hi {{name}}, your parcel is one day late because of the storm. It leaves tomorrow morning.', tags: ['delay'] },
          { name: 'Address changed', macro: 'Hi {{name}}, we changed the delivery address. The courier has the new one now.', tags: ['address'] },
        ],
        null,
        2,
      ),
      'canned.yaml':
        'macros:\n  - title: Refund sent\n    answer: |\n      Hi there,\n      we sent your refund today.\n  - title: Thanks\n    answer: Thanks for your message, we will answer you by Friday noon.\n',
      // Lists that are no macros: labels with short descriptions, a package manifest.
      'labels.yml': "- name: bug\n  color: d73a4a\n  description: Something isn't working\n",
      'package.json': '{"name": "x", "description": "A package that does many things for many people in many places"}',
    });
    try {
      const run = await runCli(['--format', 'json', '.'], { cwd: dir });
      assert.equal(run.code, 0, run.stderr);
      const reports = JSON.parse(run.stdout) as { filePath: string; messages: { line: number; column: number; message: string }[] }[];
      const notes = Object.fromEntries(
        reports.map((report) => [path.basename(report.filePath), report.messages.map((m) => `${m.line}:${m.column} ${m.message}`)]),
      );
      assert.deepEqual(Object.keys(notes).sort(), ['canned.yaml', 'courier.json']);
      assert.match(
        notes['courier.json']![0]!,
        /^4:14 Not checked: no reply body field found in these 2 objects \(known fields: body, content, .*\)\. Their text is in "macro": .*exports: \{ body: \[macro\] \}/,
      );
      assert.match(notes['canned.yaml']![0]!, /^3:13 Not checked: .*Their text is in "answer"/);
      // Named in the config, the field is read and the note goes.
      fs.writeFileSync(path.join(dir, '.replylint.yaml'), 'exports:\n  body: [macro, answer]\n');
      const named = await runCli(['--format', 'json', '.'], { cwd: dir });
      const replies = (JSON.parse(named.stdout) as { filePath: string; replies: unknown[]; messages: { message: string }[] }[]).filter(
        (report) => report.replies.length > 0,
      );
      assert.deepEqual(replies.map((report) => [path.basename(report.filePath), report.replies.length]).sort(), [
        ['canned.yaml', 2],
        ['courier.json', 2],
      ]);
      assert.ok(replies.every((report) => report.messages.every((message) => !message.message.startsWith('Not checked'))));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
  it('says so when a JSON or YAML file named on the command line holds prose but no reply it reads; settings stay quiet', async () => {
    const dir = tempDir({
      // Answers keyed by intent as plain strings (no Rasa `responses:` of `text:` variants): prose in no export shape.
      'answers.yml':
        'version: "3.1"\nanswers:\n  late_parcel:\n    - Sorry your parcel is late, it leaves our depot tomorrow morning.\n' +
        '  refund:\n    - Your refund went out today and reaches your card within five working days.\n' +
        '  bye:\n    - Thanks for chatting with us today, and have a lovely rest of your week.\n',
      'answers.json': JSON.stringify({
        late: ['Sorry your parcel is late, it leaves our depot tomorrow morning.'],
        refund: ['Your refund went out today and reaches your card within five working days.'],
        bye: ['Thanks for chatting with us today, and have a lovely rest of your week.'],
      }),
      // Staged settings and a manifest with one long description are no replies (the pre-commit hook names them).
      'settings.json': '{"theme": "dark"}',
      'package.json': '{"name": "x", "description": "A package that does many things for many people in many places"}',
    });
    try {
      const named = await runCli(['--format', 'json', 'answers.yml', 'answers.json', 'settings.json', 'package.json'], { cwd: dir });
      assert.equal(named.code, 0, named.stderr);
      const notes = Object.fromEntries(
        (JSON.parse(named.stdout) as { filePath: string; messages: { line: number; message: string }[] }[]).map((report) => [
          path.basename(report.filePath),
          report.messages.map((m) => `${m.line} ${m.message}`),
        ]),
      );
      assert.deepEqual(Object.keys(notes).sort(), ['answers.json', 'answers.yml']);
      assert.match(notes['answers.yml']![0]!, /^4 Not checked: this file holds text \(the first here\), but no reply Replylint reads\. A \.yaml file/);
      assert.match(notes['answers.json']![0]!, /^1 Not checked: .* A \.json file is read as a help-desk macro export/);
      // Rasa is read from YAML only (reviewer-29 item 9).
      assert.match(notes['answers.yml']![0]!, /body field\) or a Rasa bot's responses, and this one/);
      assert.doesNotMatch(notes['answers.json']![0]!, /Rasa/);
      const searched = await runCli(['--format', 'json', '.'], { cwd: dir });
      assert.deepEqual(JSON.parse(searched.stdout), []);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a note of what was not read is information: an extension's package.json passes --max-warnings 0 (reviewer-28 #3)", async () => {
    const setting = (name: string, description: string): [string, object] => [
      `replylint.${name}`,
      { type: 'boolean', default: true, markdownDescription: description },
    ];
    const manifest = {
      name: 'macro-helper',
      description: 'Checks the saved replies of a help desk for broken placeholders before the team sends them out.',
      contributes: {
        configuration: {
          properties: Object.fromEntries([
            setting('checkOnSave', 'Check every saved reply again when its file is saved, so the list of problems stays current.'),
            setting('showScores', 'Show how each reply scores on greeting, empathy and next steps in the status bar of the window.'),
            setting('askFirst', 'Ask before a quick fix changes the text of a reply that another member of the team is editing.'),
          ]),
        },
      },
    };
    const dir = tempDir({ 'package.json': JSON.stringify(manifest, null, 2), 'broken.json': '[{"title": "Refund", "body": "Hi,"' });
    try {
      const quiet = await runCli(['--max-warnings', '0', 'package.json'], { cwd: dir });
      assert.equal(quiet.code, 0, quiet.stdout + quiet.stderr);
      assert.match(quiet.stdout, /^ {2}\d+:\d+ +info +Not checked: this file holds text/m);
      const json = (await runCli(['--format', 'json', 'package.json'], { cwd: dir })).stdout;
      assert.deepEqual(
        (JSON.parse(json) as { messages: { level: string }[] }[]).flatMap((report) => report.messages.map((message) => message.level)),
        ['info'],
      );
      const sarif = JSON.parse((await runCli(['--format', 'sarif', 'package.json'], { cwd: dir })).stdout) as { runs: { results: { level: string }[] }[] };
      assert.deepEqual(
        sarif.runs[0]!.results.map((result) => result.level),
        ['note'],
      );
      // A file that does not parse is broken: its note stays a warning.
      assert.equal((await runCli(['--max-warnings', '0', 'broken.json'], { cwd: dir })).code, 1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
