// Reply kinds: what a reply is (macro, reply, snippet, chat, auto-reply, thread) from
// config, overrides and the per-reply comment, and the pack data (`kinds:`)
// that decides which rules and scorecard items apply to each.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { buildConfig, resolveConfig, type ConfigFile } from '../../server/src/engine/config/project-config';
import { UnitCache, lint } from '../../server/src/engine/linter';
import type { LintResult } from '../../server/src/engine/types';
import { runCli, tempDir } from '../support/cli';
import { readBack } from '../support/lint-results';

const lintAs = (config: ConfigFile, text: string, fileName = 'reply.md'): LintResult =>
  lint({ text, fileName }, buildConfig({ language: 'en', ...config }, undefined).lintOptions);
const ids = (result: LintResult) => result.findings.map((finding) => finding.ruleId);

// Neither greeting nor closing: what a snippet or a mid-conversation chat line looks like.
const BLOCK = 'To reset your password, open Settings and choose Security. The reset link is valid for two hours.';

describe('reply kinds', () => {
  it('a reply needs a greeting and a closing, a macro a greeting (its closing only with strict); a snippet needs neither', () => {
    assert.deepEqual(ids(lintAs({ kind: 'reply' }, BLOCK)), ['formula/greeting', 'formula/closing']);
    // Named a macro in the reply: a macro left unnamed with neither half is read as a body (kind-inference.test.ts).
    // The help desk appends the signature to a macro, so recommended asks no closing of it (issue 13).
    const macro = lintAs({}, `<!-- replylint kind=macro -->\n${BLOCK}`);
    assert.deepEqual(ids(macro), ['formula/greeting']);
    const strictMacro = lintAs({ extends: ['recommended', 'strict'] }, `<!-- replylint kind=macro -->\n${BLOCK}`);
    assert.deepEqual(
      ids(strictMacro).filter((id) => id !== 'formula/thanks'),
      ['formula/greeting', 'formula/closing'],
    );
    assert.equal(macro.units[0]!.kind, 'macro');
    const snippet = lintAs({ kind: 'snippet' }, BLOCK);
    assert.deepEqual(ids(snippet), []);
    assert.equal(snippet.units[0]!.kind, 'snippet');
    assert.equal(snippet.units[0]!.scorecard.greeting, 'n/a');
    assert.equal(snippet.units[0]!.scorecard.closing, 'n/a');
  });

  it('chat: only the first message of a file needs a greeting, and none needs a sign-off', () => {
    const chat = '## Opening\nThe reset link is on its way to your inbox.\n\n## Follow-up\nThe reset link is valid for two hours, so use it soon-ish today.\n';
    const result = lintAs({ kind: 'chat' }, chat);
    const greetings = result.findings.filter((finding) => finding.ruleId === 'formula/greeting');
    assert.deepEqual(
      greetings.map((finding) => finding.unit),
      [0],
    );
    assert.ok(!ids(result).includes('formula/closing'));
    assert.deepEqual(
      result.units.map((unit) => unit.scorecard.greeting),
      ['fail', 'n/a'],
    );
  });

  it('chat: a file that lists chat lines one per line is a message per line, none opening a chat', () => {
    // Canned chat lines, a bot's messages, a chat widget's strings: each line is sent on its own, at any point. Lines
    // that each end a sentence are a list as bullets; bare, they read as one answer written a sentence a line.
    const list = '- The reset link is on its way to your inbox.\r\n- It is valid for two hours.\r\n- We will e-mail you the answer soon.\r\n';
    const result = lintAs({ kind: 'chat' }, list, 'lines.txt');
    assert.deepEqual(
      result.units.map((unit) => [unit.title, list.slice(unit.start, unit.end)]),
      [
        ['lines.txt:1', '- The reset link is on its way to your inbox.'],
        ['lines.txt:2', '- It is valid for two hours.'],
        ['lines.txt:3', '- We will e-mail you the answer soon.'],
      ],
    );
    assert.ok(!ids(result).includes('formula/greeting'));
    assert.deepEqual(
      result.units.map((unit) => unit.scorecard.greeting),
      ['n/a', 'n/a', 'n/a'],
    );
    // Each line is checked as it is sent, on the exact characters: the vague time of the third.
    const vague = result.findings.filter((finding) => finding.ruleId === 'deferral/vague-timeframe');
    assert.deepEqual(
      vague.map((finding) => list.slice(finding.start, finding.end)),
      ['soon'],
    );
    assert.equal(vague[0]!.unit, 2);
    // A line with no end mark no longer runs on into the next as one long sentence.
    const unpunctuated =
      'There are no operators online at the moment please leave a message and your e-mail address with the form below\nYou have to accept our terms of service before you start a chat with our team\n';
    assert.ok(!ids(lintAs({ kind: 'chat' }, unpunctuated, 'widget.txt')).includes('clarity/long-sentence'));
    // Markdown bullets too, blank lines between them allowed, under a title; the kind from a comment in the file.
    const bullets = '<!-- replylint kind=chat -->\n# Canned chat lines\n\n- Thanks for waiting!\n\n- Let me check that for you.\n';
    const fromComment = lintAs({}, bullets, 'lines.md');
    assert.deepEqual(
      fromComment.units.map((unit) => [unit.title, unit.kind]),
      [
        ['lines.md:4', 'chat'],
        ['lines.md:6', 'chat'],
      ],
    );
    assert.ok(!ids(fromComment).includes('formula/greeting'));
    // An edit (the editor keeps a cache) reads the list as a fresh lint does.
    const options = buildConfig({ kind: 'chat', language: 'en' }, undefined).lintOptions;
    const cache = new UnitCache();
    lint({ text: list, fileName: 'lines.txt' }, options, cache);
    const edited = list.replace('two hours', 'two hours, soon');
    assert.deepEqual(readBack(lint({ text: edited, fileName: 'lines.txt' }, options, cache)), readBack(lint({ text: edited, fileName: 'lines.txt' }, options)));
  });

  it('chat: a line that starts lower-case under a line with no sentence end continues its message (a wrapped chat line)', () => {
    // An automatic queue message wrapped over lines, between two lines of their own (trial7's class).
    const list =
      'Thank you for your patience!\nOur team is handling other conversations\nand will reply in this chat.\nYou are number {{queue_count}} in the queue.\n';
    const result = lintAs({ kind: 'chat', placeholders: 'handlebars' }, list, 'queue.txt');
    assert.deepEqual(
      result.units.map((unit) => [unit.title, list.slice(unit.start, unit.end)]),
      [
        ['queue.txt:1', 'Thank you for your patience!'],
        ['queue.txt:2', 'Our team is handling other conversations\nand will reply in this chat.'],
        ['queue.txt:4', 'You are number {{queue_count}} in the queue.'],
      ],
    );
    assert.ok(!ids(result).includes('formula/greeting'));
    // A file of one message wrapped over lines is that one canned line, as a file of one line is: it opens nothing.
    for (const text of [
      'You are currently number {{queue_count}}\nin our queue. We appreciate your patience!\n',
      'The reset link is on its way to your inbox and\r\nit is valid for two hours.\r\n',
      '- Thanks for waiting, the reset link is on its way\n  and it is valid for two hours.\n',
    ]) {
      const one = lintAs({ kind: 'chat', placeholders: 'handlebars' }, text, 'line.txt');
      assert.deepEqual(
        one.units.map((unit) => [unit.title, text.slice(unit.start, unit.end)]),
        [['line.txt', text.replace(/^- /, '- ').trimEnd()]],
        text,
      );
      assert.ok(!ids(one).includes('formula/greeting'), text);
      assert.equal(one.units[0]!.scorecard.greeting, 'n/a', text);
    }
    // A lower-case line after a sentence end, a blank line or a heading is a message of its own (or a paragraph).
    const own = lintAs({ kind: 'chat' }, 'Thanks for waiting:\nthe reset link is on its way.\n', 'own.txt');
    assert.deepEqual(
      own.units.map((unit) => unit.title),
      ['own.txt:1', 'own.txt:2'],
    );
    const headed = lintAs({ kind: 'chat' }, '# Queue lines\nThe reset link is on its way\n## After\nthanks for waiting!\n', 'headed.md');
    assert.deepEqual(
      headed.units.map((unit) => unit.title),
      ['headed.md:2', 'headed.md:4'],
    );
    // An edit (the editor keeps a cache) that wraps a line reads the file as a fresh lint does.
    const options = buildConfig({ kind: 'chat', language: 'en', placeholders: 'handlebars' }, undefined).lintOptions;
    const cache = new UnitCache();
    lint({ text: list, fileName: 'queue.txt' }, options, cache);
    const edited = list.replace('patience!\nOur', 'patience,\nour');
    assert.deepEqual(readBack(lint({ text: edited, fileName: 'queue.txt' }, options, cache)), readBack(lint({ text: edited, fileName: 'queue.txt' }, options)));
    assert.deepEqual(
      lint({ text: edited, fileName: 'queue.txt' }, options).units.map((unit) => unit.title),
      ['queue.txt:1', 'queue.txt:4'],
    );
  });

  // Trial 42: an ISP agent's answers in a conversation, a sentence a line, were read as two saved lines each.
  it('chat: a file of lines that all end a sentence is one message (an answer written a sentence a line)', () => {
    for (const text of [
      "Maria, there's maintenance on the cabinet in your street.\nThe line should be back by 6 pm. We're sorry for the wait!\n",
      'A blinking red light means the fibre signal is not reaching the router.\r\nI will book a technician to check your line (tomorrow 8-12).\r\n',
    ]) {
      const result = lintAs({ kind: 'chat' }, text, 'answer.txt');
      assert.deepEqual(
        result.units.map((unit) => [unit.title, text.slice(unit.start, unit.end).trimEnd()]),
        [['answer.txt', text.trimEnd()]],
        text,
      );
      assert.equal(result.units[0]!.scorecard.greeting, 'n/a', text);
    }
    // A gendered form meant for the one customer is no line saved for everyone (lt, pl: checked in saved lines only).
    const lithuanian = 'Tomai, patikrinau jūsų liniją: gatvėje nutrauktas kabelis.\nAr buvote prisijungęs per kabelį, kai ryšys dingo?\n';
    assert.deepEqual(ids(lintAs({ kind: 'chat', language: 'lt' }, lithuanian, 'atsakymas.txt')), []);
    // So are three lines or more that all end a sentence: an answer of several lines (it was read as saved lines).
    const three = lintAs({ kind: 'chat', language: 'lt' }, `${lithuanian}Dėkojame, kad palaukėte.\n`, 'atsakymas.txt');
    assert.deepEqual(
      three.units.map((unit) => unit.title),
      ['atsakymas.txt'],
    );
    assert.deepEqual(ids(three), []);
    // The same lines as bullets are a list of saved lines, and the gendered form is checked in its own line.
    const bullets = `${lithuanian}Dėkojame, kad palaukėte.\n`.replace(/^/gm, '- ').replace(/- $/, '');
    const list = lintAs({ kind: 'chat', language: 'lt' }, bullets, 'eilutes.txt');
    assert.deepEqual(
      list.units.map((unit) => unit.title),
      ['eilutes.txt:1', 'eilutes.txt:2', 'eilutes.txt:3'],
    );
    assert.ok(ids(list).includes('tone/gendered-participle'));
    // Two lines of which one ends no sentence stay two lines (a widget's strings).
    assert.deepEqual(
      lintAs({ kind: 'chat' }, 'Thanks for waiting\nAn agent will join you in about 2 minutes.\n', 'widget.txt').units.map((unit) => unit.title),
      ['widget.txt:1', 'widget.txt:2'],
    );
  });

  it('chat: paragraphs or template blocks over lines are one message (a post), which opens no chat', () => {
    // Trial 12: a platform's, a regulator's and a telecom chief's public posts of two paragraphs were asked to greet.
    for (const text of [
      'The reset link is on its way to your inbox.\n\nIt is valid for two hours.\n',
      'The reset link is on its way.\n{% if vip %}It is valid for a day.{% endif %}\n',
      'The reset link is on its way.\n> I never got it\n',
      'Some of you cannot log in to the app this morning.\n\nThe team found the cause and logins work again since 10:40.\n',
    ]) {
      const result = lintAs({ kind: 'chat' }, text, 'conversation.txt');
      assert.equal(result.units.length, 1, text);
      assert.ok(!ids(result).includes('formula/greeting'), text);
      assert.equal(result.units[0]!.scorecard.greeting, 'n/a', text);
    }
    // Not a chat file: lines stay one reply.
    assert.equal(lintAs({ kind: 'macro' }, 'The link is on its way.\nIt is valid for two hours.\n', 'a.txt').units.length, 1);
  });

  it('chat: a file of one chat line is a canned line sent at any point, no opening; a transcript opens with its agent', () => {
    for (const line of [
      'The reset link is on its way to your inbox.',
      'Your order ships within 2 business days. 📦',
      'Zamówienie wyślemy w ciągu 2 dni roboczych.\r\n',
    ]) {
      const result = lintAs({ kind: 'chat', language: 'auto' }, line, 'line.txt');
      assert.ok(!ids(result).includes('formula/greeting'), line);
      assert.equal(result.units[0]!.scorecard.greeting, 'n/a', line);
    }
    const conversation = lintAs(
      { kind: 'chat' },
      'Customer: where is my reset link?\r\nAgent: The reset link is on its way to your inbox.\r\n\r\nIt is valid for two hours.\r\n',
      'conversation.txt',
    );
    assert.deepEqual(
      ids(conversation).filter((id) => id.startsWith('formula/')),
      ['formula/greeting'],
    );
    // Editing a canned line into a transcript asks for the greeting, as a fresh lint does.
    const options = buildConfig({ kind: 'chat', language: 'en' }, undefined).lintOptions;
    const cache = new UnitCache();
    lint({ text: 'The link is valid today.\n', fileName: 'a.txt' }, options, cache);
    const edited = 'Customer: is it still valid?\nAgent: The link is valid today.\n';
    const incremental = lint({ text: edited, fileName: 'a.txt' }, options, cache);
    assert.deepEqual(readBack(incremental), readBack(lint({ text: edited, fileName: 'a.txt' }, options)));
    assert.ok(ids(incremental).includes('formula/greeting'));
  });

  it('auto-reply: no personal sign-off, but it must say what happens next and when', () => {
    const vague = lintAs({ kind: 'auto-reply' }, 'Hello,\n\nThank you: we have received your message about the invoice.');
    assert.deepEqual(ids(vague), ['deferral/auto-reply-next-step']);
    assert.equal(vague.units[0]!.scorecard.nextStep, 'fail');
    const concrete = lintAs({ kind: 'auto-reply' }, 'Hello,\n\nWe have received your message and will reply within one business day.');
    assert.deepEqual(ids(concrete), []);
    assert.equal(concrete.units[0]!.scorecard.nextStep, 'pass');
    // The rule is for automatic replies only.
    assert.ok(!ids(lintAs({}, 'Hello,\n\nWe have received your message.\n\nBest,\nAna')).includes('deferral/auto-reply-next-step'));
    // Out-of-office and acknowledgement lines open with the news: no greeting asked of them.
    const outOfOffice = lintAs({ kind: 'auto-reply' }, 'Thank you for your e-mail. I am out of the office until Monday and will reply by noon that day.');
    assert.deepEqual(ids(outOfOffice), []);
    assert.equal(outOfOffice.units[0]!.scorecard.greeting, 'n/a');
    // Sent before anyone owns the request: "one of our agents" is all it can say.
    const acknowledgement = 'Hello,\n\nWe have opened request #4521 for you, and one of our agents will write back within one working day.';
    assert.deepEqual(ids(lintAs({ kind: 'auto-reply' }, acknowledgement)), []);
    assert.ok(ids(lintAs({ kind: 'reply' }, `${acknowledgement}\n\nBest,\nAna`)).includes('deferral/no-owner'));
  });

  it('thread: a post in a forum or issue thread is asked no greeting, closing or sign-off; its content is checked', () => {
    // A maintainer's comment of several paragraphs: filed as chat, its first paragraph was asked to greet (trial 10);
    // a chat file that is no transcript is now one message too, which opens no chat.
    const comment =
      "Thanks for the detailed logs, they made this easy to track down.\n\nThe crash comes from the export step when a file name has a colon in it. The fix is in 2.4.1, released this morning: update the app and the export works again.\n\nIf it still fails after the update, attach the new log here and I'll look at it the same day.\n";
    assert.deepEqual(ids(lintAs({ kind: 'chat' }, comment)), []);
    const post = lintAs({ kind: 'thread' }, comment);
    assert.deepEqual(ids(post), []);
    assert.equal(post.units[0]!.kind, 'thread');
    assert.equal(post.units[0]!.scorecard.greeting, 'n/a');
    assert.equal(post.units[0]!.scorecard.closing, 'n/a');
    assert.deepEqual(post.units[0]!.reasons.greeting, { id: 'scorecard.notForKind', args: { kind: 'thread' } });
    // The thread shows who posted: a team's name under the post is no nameless sign-off. What it says is checked.
    const vague = lintAs(
      { kind: 'thread' },
      'Someone will check the export bug soon.\n\nPlease reply with your [order number].\n\nBest regards,\nThe Support Team\n',
    );
    assert.deepEqual(ids(vague), ['deferral/no-owner', 'deferral/vague-timeframe', 'placeholder/unfilled-slot']);
    assert.equal(vague.units[0]!.scorecard.nextStep, 'fail');
    // Named per reply too, in any language.
    const polish = lint(
      { text: '<!-- replylint kind=thread -->\nPoprawka jest w wersji 3.2, wydanej dziś rano.\n', fileName: 'post.md' },
      buildConfig({ language: 'pl' }, undefined).lintOptions,
    );
    assert.deepEqual(ids(polish), []);
    assert.equal(polish.units[0]!.kind, 'thread');
  });

  it("thread: the developers' words are the reader's own there (pack data per phrase); the help desk's are jargon anywhere", () => {
    // Trial 10: "other devs should be online", "I have created a hotfix" on a project's issue tracker; "🙈 OMG. Thanks."
    const post = 'Thanks for the repro steps. Other devs will look at the backend tomorrow morning and ship a hotfix by Friday.';
    assert.deepEqual(ids(lintAs({ kind: 'thread' }, post)), []);
    // In a reply the same words are jargon (the reply also wants a greeting: not what this test is about).
    assert.deepEqual(
      lintAs({ kind: 'reply' }, post)
        .findings.filter((finding) => finding.ruleId === 'clarity/jargon')
        .map((finding) => finding.excerpt),
      ['repro steps', 'devs', 'backend', 'hotfix'],
    );
    assert.deepEqual(ids(lintAs({ kind: 'thread' }, 'I have passed this to L2: per our SLA they answer within a day.')), ['clarity/jargon', 'clarity/jargon']);
    assert.deepEqual(ids(lintAs({ kind: 'thread' }, 'OMG. Thanks, the version number is fixed.')), []);
    assert.deepEqual(ids(lintAs({ kind: 'thread' }, 'Pls send the log to support@example.com.')), ['tone/text-speak']);
    assert.deepEqual(ids(lintAs({ kind: 'chat' }, 'OMG. Thanks, the version number is fixed.')), ['tone/text-speak']);
    // The same words by language: Polish "hotfix", "deploy".
    const polish = buildConfig({ language: 'pl', kind: 'thread' }, undefined).lintOptions;
    assert.deepEqual(ids(lint({ text: 'Hotfix jest już na produkcji, deploy poszedł dziś rano.', fileName: 'post.md' }, polish)), []);
  });

  it("a reply that names the reader's code work is written to a developer: 'triage', 'repro' are theirs there, jargon to a shop's customer", () => {
    // Trial 17: a project's saved replies to people filing issues and pull requests (triage, repro).
    const jargon = (text: string, config: ConfigFile = { kind: 'macro' }) =>
      lintAs(config, text)
        .findings.filter((finding) => finding.category === 'clarity')
        .map((finding) => `${finding.ruleId} ${finding.excerpt}`);
    const toDeveloper = 'Thanks for the pull request. We triage new issues on Mondays; a minimal repro as a small repository would help.';
    assert.deepEqual(jargon(toDeveloper), []);
    assert.deepEqual(jargon(toDeveloper, { kind: 'auto-reply' }), []);
    assert.deepEqual(jargon('Your pull request is merged. The devs will ship a hotfix on Monday.'), []);
    // The same words to a shop's customer, who has no pull request or repository.
    const toCustomer = 'Thanks for the photos. Your return has not been triaged yet; a short repro of the app crash would help.';
    assert.deepEqual(jargon(toCustomer), ['clarity/internal-tools triaged', 'clarity/jargon repro']);
    // The help desk's own words stay jargon to a developer too.
    assert.deepEqual(jargon('Thanks for the pull request. I have passed it to L2.'), ['clarity/jargon L2']);
    // Polish: "hotfix" in a reply that names the reader's repository.
    const polish = buildConfig({ language: 'pl', kind: 'macro' }, undefined).lintOptions;
    const lintPl = (text: string) => ids(lint({ text, fileName: 'reply.md' }, polish)).filter((id) => id === 'clarity/jargon');
    assert.deepEqual(lintPl('Hotfix jest już w repozytorium, dziękujemy za zgłoszenie.'), []);
    assert.deepEqual(lintPl('Hotfix jest już na produkcji, dziękujemy za zgłoszenie.'), ['clarity/jargon']);
  });

  it('a comment in a reply sets its kind, per section of a library, in every language', () => {
    const library = [
      '## Greeting macro\nThe parcel left today and arrives on Friday.\n\nBest,\nAna\n',
      '## Reset steps\n<!-- replylint kind=snippet -->\nOpen Settings and choose Security.\n',
      '## Polish block\n{% comment %}replylint kind=snippet{% endcomment %}\nProszę otworzyć Ustawienia i wybrać Bezpieczeństwo, a link przyjdzie do Pana skrzynki.\n',
      '## Unknown kind\n<!-- replylint kind=letter -->\nOpen Settings and choose Security.\n',
    ].join('\n');
    const result = lint({ text: library, fileName: 'library.md' }, buildConfig({}, undefined).lintOptions);
    assert.deepEqual(
      result.units.map((unit) => [unit.kind, unit.language]),
      [
        ['macro', 'en'],
        ['snippet', 'en'],
        ['snippet', 'pl'],
        // A comment naming no kind names none: the macro is read by its words, a body here.
        ['snippet', 'en'],
      ],
    );
    assert.deepEqual([...new Set(result.findings.map((finding) => finding.unit))], [0, 3]);
  });

  it('overrides set the kind per folder; an edit keeps the kind a fresh lint gives', () => {
    const dir = tempDir({ '.replylint.yaml': 'root: true\nlanguage: en\nkind: reply\noverrides:\n  - files: ["snippets/**"]\n    kind: snippet\n' });
    assert.equal(resolveConfig(path.join(dir, 'a.md')).kind, 'reply');
    assert.equal(resolveConfig(path.join(dir, 'snippets', 'a.md')).kind, 'snippet');
    const options = resolveConfig(path.join(dir, 'snippets', 'a.md')).lintOptions;
    const cache = new UnitCache();
    const text =
      '## One\nOpen Settings and choose Security.\n\n## Two\n<!-- replylint kind=chat -->\nThe link is valid for two hours.\n\n## Three\n<!-- replylint kind=chat -->\nThe link is valid today.\n';
    lint({ text, fileName: 'a.md' }, options, cache);
    const edited = text.replace('valid today', 'valid until noon today');
    const incremental = lint({ text: edited, fileName: 'a.md' }, options, cache);
    assert.deepEqual(readBack(incremental), readBack(lint({ text: edited, fileName: 'a.md' }, options)));
    assert.deepEqual(
      incremental.units.map((unit) => unit.kind),
      ['snippet', 'chat', 'chat'],
    );
  });

  it('an unknown kind in a config is an error at its key', async () => {
    const dir = tempDir({ '.replylint.yaml': 'root: true\nkind: letter\n', 'a.txt': 'Hello.' });
    const run = await runCli(['a.txt'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /\.replylint\.yaml:2:7: kind: "[^"]*" is not one of "reply", "macro", "snippet", "chat", "auto-reply"/);
  });

  it("the CLI reports each reply's kind in JSON", async () => {
    const dir = tempDir({
      '.replylint.yaml': 'root: true\nlanguage: en\nkind: auto-reply\n',
      'ack.txt': 'Hello,\n\nWe have received your message and will reply within one business day.\n',
    });
    const run = await runCli(['--format', 'json', 'ack.txt'], { cwd: dir });
    const [report] = JSON.parse(run.stdout) as { replies: { kind: string }[] }[];
    assert.deepEqual(
      report!.replies.map((reply) => reply.kind),
      ['auto-reply'],
    );
  });
});
