// Quick fixes and fix-all actions for the diagnostics in a code action request.

import { CodeActionKind, type CodeAction, type CodeActionContext, type Diagnostic, type TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { renderMessage, type CatalogText } from '../engine/messages';
import { DEFAULT_LANGUAGE } from '../engine/rules/pack';
import type { Finding, LintResult } from '../engine/types';
import { formatOf } from '../engine/units/formats';
import { rangeOf, sameRange } from './diagnostics';
import { fixAllEdits, fixToFixedPoint } from '../engine/fix-all';
import { Commands, DIAGNOSTIC_SOURCE, FIX_ALL_KIND, type FillInArguments } from './protocol';
import { toTextEdits, type WorkspaceEditBuilder } from './workspace-edits';

/** A linted document, as fix-all edits are built from it. */
export interface FixAllInput {
  document: TextDocument;
  result: LintResult;
  edits: WorkspaceEditBuilder;
  /** Lints another text of this document the same way (fix-all runs to a fixed point). */
  relint: (text: string) => LintResult;
  /** The editor's display language: why a fix-all cannot run is said in it, as the server's window messages are. */
  editorLanguage: string;
}

export interface CodeActionInput extends FixAllInput {
  context: CodeActionContext;
  /**
   * The client asks for a fix-all action's edit when it is chosen (codeAction/resolve): the action is listed without it.
   * VS Code asks for code actions at the cursor after each pause in typing, and fix-all relints the document to a fixed point.
   */
  resolvesEdits: boolean;
  /** The client can open a document with a selection (window/showDocument): "Fill in" needs it. */
  canSelect: boolean;
  /** Set when fix-all must not run on this document; called when fix-all on save asks anyway, to say why. */
  refuseFixAll?: () => void;
}

/** The `data` of a fix-all action, for its codeAction/resolve: the document, and the rule of "Fix all <rule> problems". */
export interface FixAllData {
  uri: string;
  ruleId?: string;
}

/** The rule whose findings are fill-ins: "Fill in" puts the cursor on them. */
const FILL_IN_RULE = 'placeholder/unfilled-slot';

function wantedIn(context: CodeActionContext, kind: string): boolean {
  return !context.only || context.only.some((only) => kind === only || kind.startsWith(`${only}.`));
}

/**
 * Whether a request may get a fix-all action (the source action, asked for by
 * kind, or a quick fix "Fix all" next to a diagnostic when more than one
 * finding has a fix): only then must the server decide whether fix-all may run.
 */
export function mayOfferFixAll(context: CodeActionContext, result: LintResult): boolean {
  if (context.only && wantedIn(context, FIX_ALL_KIND)) return true;
  return wantedIn(context, CodeActionKind.QuickFix) && context.diagnostics.length > 0 && result.findings.filter((finding) => finding.fix).length > 1;
}

export function codeActionsFor(request: CodeActionInput): CodeAction[] {
  const { context } = request;
  const wanted = (kind: string) => wantedIn(context, kind);
  const actions: CodeAction[] = [];
  if (wanted(CodeActionKind.QuickFix)) for (const action of quickFixes(request)) actions.push(action);
  // Source actions only on request, so generic clients do not list fix-all twice.
  if (context.only && wanted(FIX_ALL_KIND)) {
    request.refuseFixAll?.();
    const { result } = request;
    if (!request.refuseFixAll && result.findings.some((finding) => finding.fix)) {
      // The first reply's language: fix-all on save names no diagnostic.
      const title = renderMessage(result.units[0]?.language ?? DEFAULT_LANGUAGE, 'action.fixAll');
      actions.push(fixAllAction(request, { title, kind: FIX_ALL_KIND }));
    }
  }
  return actions;
}

/**
 * The whole fix-all edit for a document: fixes only (never suggestions),
 * repeated until none applies. Undefined when nothing is fixable.
 */
export function fixAllTextEdits(document: TextDocument, result: LintResult, relint: (text: string) => LintResult): TextEdit[] | undefined {
  if (!result.findings.some((finding) => finding.fix)) return undefined;
  const { edits } = fixToFixedPoint(document.getText(), result, relint);
  return edits.length > 0 ? toTextEdits(document, edits) : undefined;
}

function quickFixes(request: CodeActionInput): CodeAction[] {
  const { document, result } = request;
  const matched = request.context.diagnostics.flatMap((diagnostic) =>
    result.findings
      .filter((finding) => isFindingOf(diagnostic, finding) && sameRange(diagnostic.range, rangeOf(document, finding.start, finding.end)))
      .map((finding) => ({ diagnostic, finding })),
  );
  if (matched.length === 0) return [];

  // The fix first (preferred: it keeps the meaning), then each suggestion as its own choice.
  const fixes: CodeAction[] = [];
  for (const { diagnostic, finding } of matched) {
    if (finding.ruleId === FILL_IN_RULE && request.canSelect) fixes.push(fillIn(document, diagnostic, finding));
    const choices = finding.fix ? [finding.fix, ...finding.suggestions] : finding.suggestions;
    for (const choice of choices) {
      fixes.push({
        title: choice.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        ...(choice === finding.fix ? { isPreferred: true } : {}),
        edit: request.edits.build(document, toTextEdits(document, choice.edits)),
      });
    }
  }

  const fixAlls: CodeAction[] = [];
  const suppressions: CodeAction[] = [];
  const docs: CodeAction[] = [];
  // Titles in the language of the reply the diagnostics are in (fix titles come from the engine in it already).
  const language = result.units[matched[0]!.finding.unit]?.language ?? DEFAULT_LANGUAGE;
  // A problem in a replylint comment or setting (replylint/unknown-setting) is fixed where it is written: no rule to
  // disable, no rule page to show.
  const ruleIds = [...new Set(matched.filter(({ finding }) => finding.category !== 'configuration').map(({ finding }) => finding.ruleId))];
  for (const ruleId of ruleIds) {
    const ofRule = result.findings.filter((finding) => finding.ruleId === ruleId);
    const diagnostics = matched.filter(({ finding }) => finding.ruleId === ruleId).map(({ diagnostic }) => diagnostic);
    // With one fixable finding, fix-all would repeat its first quick fix.
    if (!request.refuseFixAll && ofRule.filter((finding) => finding.fix).length > 1) {
      fixAlls.push(
        fixAllAction(request, { title: renderMessage(language, 'action.fixAllRule', { rule: ruleId }), kind: CodeActionKind.QuickFix, diagnostics }, ruleId),
      );
    }
    const lines = [...new Set(diagnostics.map((diagnostic) => diagnostic.range.start.line))];
    for (const line of lines) for (const action of disableForLine(request, ruleId, line, diagnostics, language)) suppressions.push(action);
    for (const action of disableForFile(request, ruleId, diagnostics, language)) suppressions.push(action);
    const showDocs = renderMessage(language, 'action.showDocs', { rule: ruleId });
    docs.push({
      title: showDocs,
      kind: CodeActionKind.QuickFix,
      diagnostics,
      command: { title: showDocs, command: Commands.showRuleDocs, arguments: [ruleId, document.uri] },
    });
  }
  if (!request.refuseFixAll && result.findings.filter((finding) => finding.fix).length > 1) {
    fixAlls.push(fixAllAction(request, { title: renderMessage(language, 'action.fixAll'), kind: CodeActionKind.QuickFix }));
  }
  return [...fixes, ...fixAlls, ...suppressions, ...docs];
}

/** Selects the slot, so what the writer types next replaces it. */
function fillIn(document: TextDocument, diagnostic: Diagnostic, finding: Finding): CodeAction {
  const title = `Fill in "${finding.excerpt.length > 40 ? `${finding.excerpt.slice(0, 39)}…` : finding.excerpt}"`;
  const fill: FillInArguments = { uri: document.uri, range: diagnostic.range };
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: true,
    command: { title, command: Commands.fillIn, arguments: [fill] },
  };
}

/** A fix-all action (of every rule, or of `ruleId`): its edit now, or when the client resolves it. */
function fixAllAction(request: CodeActionInput, action: CodeAction, ruleId?: string): CodeAction {
  const data: FixAllData = { uri: request.document.uri, ...(ruleId === undefined ? {} : { ruleId }) };
  const listed = { ...action, data };
  return request.resolvesEdits ? listed : resolveFixAll(listed, data, request);
}

/**
 * A fix-all action with its edit, built from the document's lint now (what the
 * writer sees when choosing it): of every rule to a fixed point, or of one rule in one pass.
 */
export function resolveFixAll(action: CodeAction, data: FixAllData, input: FixAllInput): CodeAction {
  const { document, result } = input;
  const edits =
    data.ruleId === undefined
      ? (fixAllTextEdits(document, result, input.relint) ?? [])
      : toTextEdits(document, fixAllEdits(result.findings.filter((finding) => finding.ruleId === data.ruleId)));
  // Listed for an earlier text whose problems were then fixed by hand: an empty edit would look applied.
  if (edits.length === 0) return unresolvedFixAll(action, renderMessage(input.editorLanguage, 'action.nothingToFix'));
  return { ...action, edit: input.edits.build(document, edits) };
}

/** A fix-all action that cannot be resolved: no edit, and why (the client shows the reason of a disabled action). */
export function unresolvedFixAll(action: CodeAction, reason: CatalogText): CodeAction {
  return { ...action, disabled: { reason } };
}

function disableForLine(request: CodeActionInput, ruleId: string, line: number, diagnostics: Diagnostic[], language: string): CodeAction[] {
  const { document } = request;
  const comment = directiveComment(request, `replylint-disable-next-line ${ruleId}`);
  if (comment === undefined) return [];
  // A line put inside a translation call would change the words its translations are looked up by: only "for this file".
  const lineStart = document.offsetAt({ line, character: 0 });
  if (request.result.translationCalls?.some((call) => call.start < lineStart && lineStart < call.end)) return [];
  const lineText = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indentation = /^[ \t]*/.exec(lineText)![0];
  const at = { line, character: 0 };
  return [
    {
      title: renderMessage(language, 'action.disableLine', { rule: ruleId }),
      kind: CodeActionKind.QuickFix,
      diagnostics: diagnostics.filter((diagnostic) => diagnostic.range.start.line === line),
      edit: request.edits.build(document, [{ range: { start: at, end: at }, newText: `${indentation}${comment}${lineEnding(document)}` }]),
    },
  ];
}

function disableForFile(request: CodeActionInput, ruleId: string, diagnostics: Diagnostic[], language: string): CodeAction[] {
  const { document } = request;
  const comment = directiveComment(request, `replylint-disable ${ruleId}`);
  if (comment === undefined) return [];
  const at = document.positionAt(topOfFileOffset(document));
  return [
    {
      title: renderMessage(language, 'action.disableFile', { rule: ruleId }),
      kind: CodeActionKind.QuickFix,
      diagnostics,
      edit: request.edits.build(document, [{ range: { start: at, end: at }, newText: `${comment}${lineEnding(document)}` }]),
    },
  ];
}

/**
 * A suppression comment the engine reads and the customer never sees: HTML
 * comments in Markdown and HTML; in plain text, the comment its template engine
 * drops (LintResult.comment: Liquid's, Jinja's, Template Toolkit's, Handlebars',
 * FreeMarker's, Smarty's), none where the engine has none (reviewer-26 #9). Exports
 * (JSON, YAML) have no such form, so they get no suppression actions.
 */
function directiveComment(request: CodeActionInput, directive: string): string | undefined {
  const { document, result } = request;
  switch (formatOf(document.uri, document.languageId)) {
    case 'markdown':
    case 'html':
      return `<!-- ${directive} -->`;
    case 'plaintext':
      return result.comment && `${result.comment[0]}${directive}${result.comment[1]}`;
    default:
      return undefined;
  }
}

const FRONT_MATTER = /^---\r?\n[^]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
/** Characters of the document's start read first for its front matter (twice as many each time it may close further on). */
const FRONT_MATTER_READ = 4096;

/**
 * Markdown front matter must stay first, so file-wide directives go just below
 * it. Read from the document's start as far as the front matter goes (never
 * the whole text made one string when it closes before the end: getText()
 * would make a big document's current version flat and keep it).
 */
function topOfFileOffset(document: TextDocument): number {
  if (formatOf(document.uri, document.languageId) !== 'markdown') return 0;
  const length = document.offsetAt({ line: document.lineCount, character: 0 });
  for (let read = FRONT_MATTER_READ; ; read *= 2) {
    const start = document.getText({ start: { line: 0, character: 0 }, end: document.positionAt(Math.min(read, length)) });
    if (!/^-{0,3}$|^---\r?(?:\n|$)/.test(start.slice(0, 5))) return 0;
    const frontMatter = FRONT_MATTER.exec(start);
    // A match ending within a character of what was read may end differently further on ('$', a CR before its LF).
    if (start.length === length || (frontMatter && frontMatter[0].length < start.length - 1)) return frontMatter ? frontMatter[0].length : 0;
  }
}

/** The document's first line break (its first line's), '\n' when it has none. */
function lineEnding(document: TextDocument): string {
  if (document.lineCount < 2) return '\n';
  return document.getText({ start: { line: 0, character: Number.MAX_SAFE_INTEGER }, end: { line: 1, character: 0 } });
}

function isFindingOf(diagnostic: Diagnostic, finding: Finding): boolean {
  return diagnostic.source === DIAGNOSTIC_SOURCE && diagnostic.code === finding.ruleId;
}
