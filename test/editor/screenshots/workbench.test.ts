// Pictures for people that show what they say: a draft reply with its findings,
// the hover on one and its quick fixes. Run by scripts/editor-test/run.mjs when
// REPLYLINT_SCREENSHOTS=<dir> is set. A test asks the runner for <dir>/<name>.png
// and says what the picture must show (workbench elements and their text); the
// runner checks the page for them first and, when one is missing, writes
// <dir>/<name>.failed instead, which fails the test.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, activateReplylint, closeAllEditors, ofRule, openWorkspaceFile, waitFor, waitForDiagnostics, writeWorkspaceFile } from '../helpers';

const DRAFT = `Hi {{ticket.requester.first_name}},

Thanks for reaching out about your refund. Unfortunately that is our policy,
so we cannot refund an order after 30 days.

We will get back to you soon about the other options.

Best regards,
Sam
`;

/**
 * Something the picture must show: `atLeast` visible elements matching `selector` (default 1), holding `text` when
 * given, and with `whole` none of their text cut off (no ellipsis).
 */
interface Shown {
  what: string;
  selector: string;
  text?: string;
  atLeast?: number;
  whole?: boolean;
  /** Wholly inside the window: a toast still sliding in from below has its button under the window's edge. */
  wholeInWindow?: boolean;
}

/**
 * Asks the runner (through the log it reads) for a screenshot showing `shown`, with the mouse on `hover` when given,
 * and waits until it is written or refused.
 */
async function screenshot(name: string, shown: Shown[], hover?: string, timeoutMs?: number): Promise<void> {
  const dir = process.env.REPLYLINT_SCREENSHOTS;
  assert.ok(dir, 'REPLYLINT_SCREENSHOTS is not set');
  const file = path.join(dir, `${name}.png`);
  const failed = path.join(dir, `${name}.failed`);
  for (const stale of [file, failed]) fs.rmSync(stale, { force: true });
  console.log(`[replylint-screenshot] ${name} ${JSON.stringify({ expect: shown, ...(hover ? { hover } : {}), ...(timeoutMs ? { timeoutMs } : {}) })}`);
  await waitFor(`the runner to write ${file}`, () => (fs.existsSync(file) || fs.existsSync(failed) ? true : undefined), 30_000 + (timeoutMs ?? 0));
  if (fs.existsSync(failed)) assert.fail(`${name}.png does not show what it should:\n${fs.readFileSync(failed, 'utf8')}`);
}

/** The display language the runner gave VS Code (--locale), or undefined for English. */
const LOCALE = process.env.REPLYLINT_EDITOR_LOCALE;

function extensionFile<T>(relative: string): T {
  return JSON.parse(fs.readFileSync(path.join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, relative), 'utf8')) as T;
}

/** A message of the server's catalog in the display language (English where Replylint has no catalog), with its arguments. */
function serverMessage(id: string, args: Record<string, string>): string {
  const extensionPath = vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath;
  const language = LOCALE && fs.existsSync(path.join(extensionPath, 'rules', 'messages', `${LOCALE}.json`)) ? LOCALE : 'en';
  const text = extensionFile<Record<string, string>>(`rules/messages/${language}.json`)[id]!;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => args[name] ?? whole);
}

/** A message of the client's (vscode.l10n.t) in the display language, from its l10n bundle, with its {0} arguments. */
function clientText(message: string, ...args: string[]): string {
  const bundle = LOCALE ? extensionFile<Record<string, string>>(`l10n/bundle.l10n.${LOCALE}.json`) : {};
  const text = bundle[message];
  assert.ok(!LOCALE || (text && text !== message), `no ${LOCALE} translation of "${message}"`);
  return (text ?? message).replace(/\{(\d+)\}/g, (whole, index: string) => args[Number(index)] ?? whole);
}

/** Each command's title as the palette shows it: the category, then the title from package.nls(.locale).json. */
function paletteTitles(): string[] {
  const manifest = extensionFile<{ contributes: { commands: { title: string; category: string }[] } }>('package.json');
  const english = extensionFile<Record<string, string>>('package.nls.json');
  const own = LOCALE ? extensionFile<Record<string, string>>(`package.nls.${LOCALE}.json`) : {};
  return manifest.contributes.commands.map(({ title, category }) => {
    const key = /^%(.+)%$/.exec(title)![1]!;
    return `${category}: ${own[key] ?? english[key]!}`;
  });
}

/** A macro library at least `length` code units long. */
function library(length: number): string {
  let text = '';
  for (let macro = 1; text.length < length; macro++) text += `## Macro ${macro}\n\nHi Sam,\n\nwe will look into it soon.\n\nBest,\nAna\n\n`;
  return text;
}

/** The client's notice on the first idle file of a workspace (client/src/extension.ts showIdleNotice). */
const IDLE_NOTICE = 'Replylint is not checking {0}: no .replylint.yaml is in reach, so only drafts, reply folders and macro exports are checked.';

/** The workbench paints after the API calls return; there is no event to wait for. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 1500));

/** Opens the draft and waits for its "soon" finding; the cursor goes on "soon". */
async function onSoonFinding(): Promise<{ editor: vscode.TextEditor; diagnostic: vscode.Diagnostic }> {
  const editor = await openWorkspaceFile('zendesk/draft.md', DRAFT);
  const position = editor.document.positionAt(DRAFT.indexOf('soon') + 1);
  const onSoon = (found: vscode.Diagnostic[]) => ofRule(found).filter((candidate) => candidate.range.contains(position));
  const [diagnostic] = onSoon(await waitForDiagnostics(editor.document.uri, 'the finding on "soon"', (found) => onSoon(found).length === 1));
  editor.selection = new vscode.Selection(position, position);
  return { editor, diagnostic: diagnostic! };
}

suite('screenshots', () => {
  suiteSetup(activateReplylint);

  test('a draft with findings, squiggles and the Problems panel', async () => {
    const editor = await openWorkspaceFile('zendesk/draft.md', DRAFT);
    const found = await waitForDiagnostics(editor.document.uri, 'findings', (diagnostics) => diagnostics.length >= 2);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await vscode.window.showTextDocument(editor.document);
    await settle();
    await screenshot('1-diagnostics', [
      { what: 'a squiggle under each finding', selector: '.monaco-editor .view-overlays [class*="squiggly-"]', atLeast: found.length },
      ...found.map((diagnostic) => ({ what: 'the finding in the Problems panel', selector: '.markers-panel .monaco-list-row', text: diagnostic.message })),
    ]);
  });

  test('the hover on a finding', async () => {
    const { diagnostic } = await onSoonFinding();
    await vscode.commands.executeCommand('editor.action.showHover');
    await settle();
    await screenshot('2-hover', [{ what: "the finding's message in the hover", selector: '.monaco-hover', text: diagnostic.message }]);
  });

  test('the quick fixes of a finding', async () => {
    const { editor, diagnostic } = await onSoonFinding();
    // Asked again when the editor cancels a request its own light bulb superseded.
    const fix = await waitFor(`a quick fix for "${diagnostic.message}"`, async () => {
      const offered = await vscode.commands
        .executeCommand<(vscode.CodeAction | vscode.Command)[]>(
          'vscode.executeCodeActionProvider',
          editor.document.uri,
          diagnostic.range,
          vscode.CodeActionKind.QuickFix.value,
        )
        .then(undefined, () => []);
      return offered.find((action): action is vscode.CodeAction => 'kind' in action && action.kind?.value === vscode.CodeActionKind.QuickFix.value);
    });
    await vscode.commands.executeCommand('editor.action.quickFix');
    await settle();
    await screenshot('3-quick-fix', [{ what: 'the fix in the quick-fix menu', selector: '.action-widget', text: fix.title }]);
  });

  test('the scorecard of a macro read by its words: the kind it was read as heads the list, the reason in its detail', async () => {
    // zendesk/ names no kind: the greeted draft is a macro read by its words. Its reason is longer than the quick
    // pick's placeholder line (cut at about 75 characters), so it is a row of its own, under a short "Read as" label.
    const editor = await openWorkspaceFile('zendesk/draft.md', DRAFT);
    await waitForDiagnostics(editor.document.uri, 'findings', (diagnostics) => diagnostics.length >= 2);
    type Report = { readAs?: string; kindReason?: string; kindBrief?: string; lines: { item: string; reason: string; brief?: string }[] };
    const report = await vscode.commands.executeCommand<Report | undefined>('replylint.showScorecard');
    assert.ok(report?.readAs && report.kindReason && report.kindBrief, `no kind reason for a macro read by its words: ${JSON.stringify(report)}`);
    assert.equal(report.readAs, 'Read as: macro');
    // Closing is not asked of a macro; the reason why is longer than the row's second line, so the row has its brief.
    const closing = report.lines.find((line) => line.item === 'closing');
    assert.ok(closing?.brief && closing.brief !== closing.reason, `no brief for the closing row: ${JSON.stringify(closing)}`);
    await settle();
    const firstRow = '.quick-input-list .monaco-list-row[data-index="0"]';
    await screenshot('5-scorecard', [
      { what: 'the kind it was read as, first row of the scorecard', selector: firstRow, text: report.readAs },
      { what: 'why, in that row, whole', selector: firstRow, text: report.kindBrief, whole: true },
      { what: "the closing row's reason, whole", selector: '.quick-input-list .monaco-list-row', text: closing.brief, whole: true },
    ]);
    // Picking the first row shows its reason in a notification, whole once expanded (the row cuts it).
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await settle();
    await vscode.commands.executeCommand('notifications.focusToasts');
    await vscode.commands.executeCommand('notification.expand');
    await settle();
    await screenshot('6-read-as-picked', [
      { what: 'the whole reason in a notification', selector: '.notification-toast .notification-list-item-message', text: report.kindReason, whole: true },
    ]);
    await vscode.commands.executeCommand('notifications.clearAll');
    // Picking the closing row, the last (up from the first wraps round), shows the whole reason its brief stands for.
    await vscode.commands.executeCommand('replylint.showScorecard');
    await settle();
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectPrevious');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await settle();
    await vscode.commands.executeCommand('notifications.focusToasts');
    await vscode.commands.executeCommand('notification.expand');
    await settle();
    await screenshot('7-closing-picked', [
      {
        what: "the closing row's whole reason in a notification",
        selector: '.notification-toast .notification-list-item-message',
        text: closing.reason,
        whole: true,
      },
    ]);
    await vscode.commands.executeCommand('notifications.clearAll');
  });

  test("the status item's hover says the reply's kind and language", async () => {
    const editor = await openWorkspaceFile('zendesk/draft.md', DRAFT);
    await waitForDiagnostics(editor.document.uri, 'findings', (diagnostics) => diagnostics.length >= 2);
    const report = await vscode.commands.executeCommand<{ reading: string } | undefined>('replylint.showScorecard');
    assert.equal(report?.reading, 'Read as: macro · en');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await settle();
    // VS Code's language status: the "{}" item beside the language mode, whose hover lists each item, this one a row
    // of its own.
    await screenshot(
      '11-reading',
      [{ what: 'the kind and language in the status hover, whole', selector: '.hover-language-status', text: report.reading, whole: true }],
      '#status\\.languageStatus',
    );
  });

  test('the command palette: every command under the category Replylint, its title in the display language, none cut', async () => {
    // Fix-all is offered in the palette only with a reply in the active editor.
    await openWorkspaceFile('zendesk/draft.md', DRAFT);
    const titles = paletteTitles();
    assert.equal(titles.length, 6);
    await vscode.commands.executeCommand('workbench.action.quickOpen', '>Replylint: ');
    await settle();
    await screenshot(
      '8-command-palette',
      titles.map((title) => ({ what: `"${title}" in the palette`, selector: '.quick-input-list .monaco-list-row', text: title, whole: true })),
    );
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
  });

  test("a long document's first lint shows as progress in the status bar, in the display language, until its findings come", async function () {
    // Three times the length that gets a progress report: its first lint takes seconds even on a quiet machine.
    this.timeout(240_000);
    await closeAllEditors();
    const editor = await openWorkspaceFile('macros/library.md', library(3_000_000));
    const checking = serverMessage('progress.firstLint', { file: 'library.md' });
    await screenshot('9-first-lint-progress', [{ what: 'the first lint in progress, in the status bar', selector: '.statusbar-item', text: checking }]);
    await waitFor('findings of the long document', () => (vscode.languages.getDiagnostics(editor.document.uri).length > 0 ? true : undefined), 180_000);
    await closeAllEditors();
  });

  test("the extension's own notice in VS Code's display language", async () => {
    // npm run test:screenshots runs with --locale pl: the notice comes from l10n/bundle.l10n.pl.json.
    const expected = clientText('Replylint: open a reply (Markdown, text or HTML) to see its scorecard.');
    // With no reply open, "Show scorecard" says how to get one.
    await closeAllEditors();
    await vscode.commands.executeCommand('replylint.showScorecard');
    await settle();
    await screenshot('4-notice', [{ what: 'the notice in a notification toast', selector: '.notification-toast', text: expected }]);
  });

  test('a mail view no include names: the status item says it is not linted and why, with the way to lint it', async function () {
    this.timeout(120_000);
    await closeAllEditors();
    writeWorkspaceFile('laravel/.replylint.yaml', "include:\n  - 'resources/views/mail/**/*.blade.php'\n");
    const editor = await openWorkspaceFile(
      'laravel/resources/views/pages/refund.blade.php',
      '<p>Hi {{ $user->first_name }},</p>\n<p>Your refund will arrive soon.</p>\n',
    );
    assert.equal(editor.document.languageId, 'php');
    await settle();
    await screenshot(
      '12-view-not-linted',
      [
        {
          what: 'the view is not linted, in the status hover',
          selector: '.hover-language-status',
          text: clientText('Replylint: view skipped'),
          wholeInWindow: true,
        },
        {
          what: 'why, whole',
          selector: '.hover-language-status',
          text: serverMessage('note.viewNotIncluded', {}),
          whole: true,
          wholeInWindow: true,
        },
        { what: 'the way to lint it, as a link', selector: '.hover-language-status', text: clientText('How to Lint It'), whole: true, wholeInWindow: true },
      ],
      '#status\\.languageStatus',
      60_000,
    );
    assert.deepEqual(vscode.languages.getDiagnostics(editor.document.uri), []);
    await closeAllEditors();
  });

  test('the first idle file of a workspace gets one notice, in the display language, with "Create Configuration"', async function () {
    this.timeout(180_000);
    // No config in reach and not in a reply folder: idle, with replylint.withoutConfig at its default.
    const settings = vscode.workspace.getConfiguration('replylint');
    await settings.update('withoutConfig', 'replies', vscode.ConfigurationTarget.Workspace);
    try {
      await closeAllEditors();
      await vscode.commands.executeCommand('notifications.clearAll');
      await openWorkspaceFile('notes/plan.md', 'We will get back to you soon.\n');
      // The toast slides in from below: its button was still half off the page when the notice was first found.
      await settle();
      const toast = '.notification-toast';
      // The notice follows the server's answer about the file, which waits behind the long library's lint of the test
      // before (CI under load: more than 10 s).
      await screenshot(
        '10-idle-notice',
        [
          { what: 'why the file is not checked', selector: `${toast} .notification-list-item-message`, text: clientText(IDLE_NOTICE, 'plan.md') },
          { what: 'the way out, as a button', selector: `${toast} .monaco-button`, text: clientText('Create Configuration'), wholeInWindow: true },
        ],
        undefined,
        90_000,
      );
    } finally {
      await vscode.commands.executeCommand('notifications.clearAll');
      await settings.update('withoutConfig', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
