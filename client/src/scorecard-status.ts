// The reply scorecard of the reply under the cursor, as a language status item.

import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  Commands,
  LintStateRequest,
  PHP_VIEW_GLOBS,
  ScorecardRequest,
  TEMPLATE_LANGUAGES,
  ViewNoteRequest,
  type ReplyScorecard,
  type ViewNote,
} from '../../server/src/lsp/protocol';

export interface ScorecardStatus extends vscode.Disposable {
  /** Opens the scorecard as a quick pick without waiting for it to close; resolves to what it shows. */
  show(): Promise<ReplyScorecard | undefined>;
}

/** The status item's command on a mail view no `include` names (not in the palette: it needs the view's note). */
const SHOW_VIEW_NOTE = 'replylint.showViewNote';

/** Why a view is not linted and the `include` line that lints it, with the config to add it to (or one to create). */
async function showViewNote(note: ViewNote): Promise<void> {
  const open = note.config ? vscode.l10n.t('Open Configuration') : vscode.l10n.t('Create Configuration');
  if ((await vscode.window.showInformationMessage(note.message, open)) !== open) return;
  if (note.config) await vscode.window.showTextDocument(vscode.Uri.parse(note.config));
  else await vscode.commands.executeCommand('replylint.createConfig');
}

/** `onIdle`: the active document is idle (no config in reach, not clearly a reply); its file name. */
export function createScorecardStatus(getClient: () => LanguageClient | undefined, onIdle: (fileName: string) => void): ScorecardStatus {
  // Not on XML: every build file and SVG would show it, and a TwiML file's prompts have their code lenses.
  // Template views too: one not linted says why here, never in a pop-up (a PHP project opens hundreds). A PHP file
  // only by a view's name or folder, so PHP code shows no Replylint item.
  const selector: vscode.DocumentSelector = [
    'markdown',
    'plaintext',
    'html',
    'json',
    'yaml',
    ...TEMPLATE_LANGUAGES.filter((language) => language !== 'php'),
    ...PHP_VIEW_GLOBS.map((pattern) => ({ language: 'php', pattern })),
  ];
  const item = vscode.languages.createLanguageStatusItem('replylint.scorecard', selector);
  item.name = vscode.l10n.t('Replylint scorecard');
  item.text = 'Replylint';
  item.command = { title: vscode.l10n.t('Show Scorecard'), command: Commands.showScorecard };
  let timer: NodeJS.Timeout | undefined;
  // Each update is numbered: an answer that comes back after a later update started (the server busy with a
  // first lint, the writer already in another file) is dropped instead of showing the other file's scorecard.
  let latest = 0;

  const fetch = async (): Promise<ReplyScorecard | undefined> => {
    const editor = vscode.window.activeTextEditor;
    const client = getClient();
    if (!editor || !client?.isRunning()) return undefined;
    return client
      .sendRequest(ScorecardRequest, {
        uri: editor.document.uri.toString(),
        position: editor.selection.active,
      })
      .then((report) => report ?? undefined);
  };
  const lintState = async () => {
    const editor = vscode.window.activeTextEditor;
    const client = getClient();
    if (!editor || !client?.isRunning()) return undefined;
    return client.sendRequest(LintStateRequest, { uri: editor.document.uri.toString() });
  };
  const viewNote = async (): Promise<ViewNote | undefined> => {
    const editor = vscode.window.activeTextEditor;
    const client = getClient();
    if (!editor || !client?.isRunning()) return undefined;
    return (await client.sendRequest(ViewNoteRequest, { uri: editor.document.uri.toString() })) ?? undefined;
  };
  const update = async () => {
    const mine = ++latest;
    const editor = vscode.window.activeTextEditor;
    const report = await fetch().catch(() => undefined);
    const state = report ? undefined : await lintState().catch(() => undefined);
    const idle = state === 'idle';
    // A mail view no `include` names: why and the glob that would, from the server; no notice.
    const view = state === 'view' ? await viewNote().catch(() => undefined) : undefined;
    if (mine !== latest) return;
    if (idle && editor) onIdle(path.basename(editor.document.uri.path));
    item.text = report ? report.summary : idle ? vscode.l10n.t('Replylint: idle') : view ? vscode.l10n.t('Replylint: view skipped') : 'Replylint';
    // No detail beside a scorecard: the status hover does not wrap, and with the heading and the kind's reason
    // (both in the scorecard itself) the row ran off the window, taking the "Show scorecard" link with it.
    item.detail = idle ? vscode.l10n.t('No .replylint.yaml in reach: only drafts, reply folders and macro exports are linted') : view?.detail;
    showReading(report?.reading);
    // Idle offers the way out: a config makes every reply in the folder count. A view's: the `include` line to add,
    // said whole in a message (the hover does not wrap) with the config to add it to.
    item.command = idle
      ? { title: vscode.l10n.t('Create Configuration'), command: 'replylint.createConfig' }
      : view
        ? { title: vscode.l10n.t('How to Lint It'), command: SHOW_VIEW_NOTE, arguments: [view] }
        : { title: vscode.l10n.t('Show Scorecard'), command: Commands.showScorecard };
    item.severity =
      report && Object.values(report.scorecard).includes('fail') ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
  };
  // What decides which rules fire for the reply under the cursor, its kind and language, in a row of its own in the
  // status hover (beside the scorecard's summary it ran off the window); no row where there is no reply.
  let reading: vscode.LanguageStatusItem | undefined;
  const showReading = (text: string | undefined) => {
    if (text === undefined) {
      reading?.dispose();
      reading = undefined;
      return;
    }
    reading ??= vscode.languages.createLanguageStatusItem('replylint.reading', selector);
    reading.text = text;
  };
  const refresh = () => {
    clearTimeout(timer);
    // Debounced: the cursor moves far more often than the scorecard changes.
    timer = setTimeout(() => void update(), 300);
  };
  const subscriptions = [
    vscode.commands.registerCommand(SHOW_VIEW_NOTE, showViewNote),
    vscode.window.onDidChangeActiveTextEditor(refresh),
    vscode.window.onDidChangeTextEditorSelection(refresh),
    vscode.languages.onDidChangeDiagnostics(refresh),
  ];
  refresh();
  return {
    async show() {
      // Fresh, not the status item's: the cursor may have moved since its last refresh.
      const report = await fetch();
      if (!report) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Replylint: open a reply (Markdown, text or HTML) to see its scorecard.'));
        return undefined;
      }
      // Each item with its reason, in the reply's language; picking one shows the text it points at.
      const editor = vscode.window.activeTextEditor;
      // A reason too long for the row's second line (about 85 characters show in the default width) comes with a
      // brief that fits, and picking the row shows the whole reason.
      const lines: { label: string; description?: string; detail?: string; range?: ReplyScorecard['range']; reason?: string }[] = report.lines.map((line) => ({
        label: `${line.mark} ${line.label}`,
        description: line.valueText,
        detail: line.brief ?? line.reason,
        range: line.range,
        ...(line.brief ? { reason: line.reason } : {}),
      }));
      // A macro read by its words says why in a first row: the kind it was read as, short, and the reason's brief below
      // it (the row's second line is cut at about 85 characters); picking the row shows the reason whole.
      if (report.kindReason)
        lines.unshift({ label: `$(info) ${report.readAs ?? ''}`, detail: report.kindBrief ?? report.kindReason, reason: report.kindReason });
      void vscode.window.showQuickPick(lines, { title: report.heading }).then((picked) => {
        if (picked?.reason) void vscode.window.showInformationMessage(picked.reason);
        if (!picked?.range || !editor) return;
        const range = new vscode.Range(picked.range.start.line, picked.range.start.character, picked.range.end.line, picked.range.end.character);
        editor.selection = new vscode.Selection(range.start, range.end);
        editor.revealRange(range);
      });
      return report;
    },
    dispose() {
      clearTimeout(timer);
      item.dispose();
      reading?.dispose();
      for (const subscription of subscriptions) subscription.dispose();
    },
  };
}
