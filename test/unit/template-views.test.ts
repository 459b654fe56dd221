// Mail template views: which files they are, and the config's `include`, which lints them in a folder search on the
// command line and in the editor alike (issue 12: a Blade mail opened in VS Code got nothing and no word why).
import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { loadProjectConfig } from '../../server/src/engine/config/project-config';
import { includeGlob, isTemplateView, mostlyOutsidePhp, templateExtension } from '../../server/src/engine/io/template-views';
import { runCli, tempDir } from '../support/cli';

const BLADE = '<p>Dzień dobry {{ $user->first_name }},</p>\n<p>Zwrot dotrze wkrótce.</p>\n';
const REPLY = 'Hello Sam,\n\nYour refund will arrive soon.\n\nBest,\nAna\n';

describe('template views', () => {
  it('a view by its name (Blade, Handlebars, CakePHP, .text …), a plain PHP file by its folder or its text', () => {
    const root = path.join(path.sep, 'app');
    const never = () => assert.fail('the head is read only for a plain PHP file outside a views folder');
    for (const file of ['resources/views/mail/refund.blade.php', 'mail/receipt.hbs', 'src/Template/Email/text/paid.ctp', 'notices/port.text', 'a.MJML'])
      assert.ok(isTemplateView(path.join(root, file), root, never), file);
    assert.ok(isTemplateView(path.join(root, 'application/views/booked.php'), root, never));
    assert.ok(isTemplateView(path.join(root, 'app/Emails/paid.php'), root, never), 'a folder name in any case');
    // Elsewhere a PHP file is a view only when its head is mostly text and HTML outside <?php … ?>.
    const code = '<?php\nnamespace App\\Http;\n\nclass RefundController extends Controller\n{\n}\n';
    const view = '<?php $name = $user->name; ?>\n<p>Hello <?= $name ?>,</p>\n<p>Your refund of 20 EUR is on its way to your card.</p>\n';
    assert.equal(
      isTemplateView(path.join(root, 'app/Http/RefundController.php'), root, () => code),
      false,
    );
    assert.equal(
      isTemplateView(path.join(root, 'app/refund.php'), root, () => view),
      true,
    );
    assert.equal(
      isTemplateView(path.join(root, 'app/refund.php'), root, () => undefined),
      false,
      'unreadable: not a view',
    );
    assert.equal(mostlyOutsidePhp(''), false);
    // Replies and other files are no views.
    for (const file of ['macros/refund.md', 'views/page.html', 'views/app.js']) assert.equal(isTemplateView(path.join(root, file), root, never), false, file);
  });

  it('the include glob names the views of that extension in the file folder, relative to the config folder', () => {
    const root = path.join(path.sep, 'app');
    const view = path.join(root, 'resources', 'views', 'mail', 'refund.blade.php');
    assert.equal(templateExtension(view), '.blade.php');
    assert.equal(templateExtension('Mail/Receipt.HBS'), '.HBS', 'as written: a glob matches the case it names');
    assert.equal(includeGlob(path.dirname(view), view, root), 'resources/views/mail/**/*.blade.php');
    assert.equal(includeGlob(root, path.join(root, 'paid.ctp'), root), '**/*.ctp');
    // A config above the workspace folder, or none: from the folder given.
    assert.equal(includeGlob(path.join(root, 'mail'), path.join(root, 'mail', 'a.hbs'), path.join(root, 'other')), '**/*.hbs');
  });

  it('include, in the config or one it inherits from, names a view; ignore still wins', () => {
    const dir = tempDir({
      '.replylint.yaml': "include:\n  - 'resources/views/mail/**/*.blade.php'\nignore:\n  - 'resources/views/mail/drafts/**'\n",
      'legacy/.replylint.yaml': "include:\n  - '**/*.ctp'\n",
    });
    const project = loadProjectConfig(dir, {});
    const at = (file: string) => project.forFile(path.join(dir, file));
    assert.equal(at('resources/views/mail/refund.blade.php').included, true);
    assert.equal(at('resources/views/pages/home.blade.php').included, false);
    assert.equal(at('resources/views/mail/drafts/new.blade.php').ignored, true);
    assert.equal(at('macros/refund.md').included, false);
    const legacy = loadProjectConfig(path.join(dir, 'legacy'), {});
    assert.equal(legacy.forFile(path.join(dir, 'legacy', 'paid.ctp')).included, true);
    assert.equal(legacy.forFile(path.join(dir, 'legacy', 'paid.hbs')).included, false);
  });

  it('a folder search lints the views include names and notes only the others', async () => {
    const views = tempDir({
      '.replylint.yaml': "include:\n  - 'mail/**/*.blade.php'\n",
      'mail/refund.blade.php': BLADE.replace('Zwrot dotrze wkrótce.', 'Your refund will arrive soon.').replace('Dzień dobry', 'Hello'),
      'mail/receipt.hbs': REPLY,
      'macros/welcome.md': 'Hello Sam,\n\nWelcome aboard.\n\nBest,\nAna\n',
    });
    const run = await runCli(['--format', 'json', '.'], { cwd: views });
    const linted = (JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string }[] }[]).map((report) => ({
      file: path.relative(views, report.filePath).split(path.sep).join('/'),
      rules: report.messages.map((message) => message.ruleId),
    }));
    assert.deepEqual(
      linted.map(({ file }) => file),
      ['macros/welcome.md', 'mail/refund.blade.php'],
    );
    assert.ok(linted[1]!.rules.includes('deferral/vague-timeframe'), JSON.stringify(linted[1]));
    assert.match(
      run.stderr,
      /replylint: note: \.: 1 template file not linted \(mail\/receipt\.hbs\): name it, pass a glob to lint: '\.\/\*\*\/\*\.hbs', or add '\*\*\/\*\.hbs' to include: in \.replylint\.yaml\n/,
    );
    assert.doesNotMatch(run.stderr, /blade/);
  });

  it("a folder search's note gives the include glob relative to the config's folder, and that glob lints the view", async () => {
    const views = tempDir({ '.replylint.yaml': "include:\n  - 'mail/**/*.blade.php'\n", 'mail/receipt.hbs': REPLY });
    const cwd = path.join(views, 'mail');
    const run = await runCli(['--format', 'json', '.'], { cwd });
    // The glob passed on the command line is relative to where the command runs; the include line to the config.
    const note = /pass a glob to lint: '\.\/\*\*\/\*\.hbs', or add '([^']+)' to include: in (\S+)\n/.exec(run.stderr);
    assert.ok(note, run.stderr);
    assert.deepEqual([note[1], note[2]], ['mail/**/*.hbs', path.join('..', '.replylint.yaml')]);
    writeFileSync(path.join(views, '.replylint.yaml'), `include:\n  - '${note[1]}'\n`);
    const again = await runCli(['--format', 'json', '.'], { cwd });
    assert.deepEqual(
      (JSON.parse(again.stdout) as { filePath: string }[]).map((report) => path.basename(report.filePath)),
      ['receipt.hbs'],
    );
    assert.doesNotMatch(again.stderr, /not linted/);
  });
});
