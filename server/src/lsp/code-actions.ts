// Quick fixes and fix-all actions for the diagnostics in a code action request.

import { CodeActionKind, type CodeAction, type CodeActionContext, type Diagnostic, type TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, LintResult } from '../engine/types';
import { formatOf } from '../engine/units/formats';
import { rangeOf, sameRange } from './diagnostics';
import { fixAllEdits } from '../engine/fix-all';
import { Commands, DIAGNOSTIC_SOURCE, FIX_ALL_KIND } from './protocol';
import { toTextEdits, type WorkspaceEditBuilder } from './workspace-edits';

export interface CodeActionInput {
  document: TextDocument;
  result: LintResult;
  context: CodeActionContext;
  edits: WorkspaceEditBuilder;
}

export function codeActionsFor(request: CodeActionInput): CodeAction[] {
  const { context } = request;
  const wanted = (kind: string) => !context.only || context.only.some((only) => kind === only || kind.startsWith(`${only}.`));
  const actions: CodeAction[] = [];
  if (wanted(CodeActionKind.QuickFix)) actions.push(...quickFixes(request));
  // Source actions only on request, so generic clients do not list fix-all twice.
  if (context.only && wanted(FIX_ALL_KIND)) {
    const fixAll = fixAllAction(request, request.result.findings, 'Fix all Replylint problems', FIX_ALL_KIND);
    if (fixAll) actions.push(fixAll);
  }
  return actions;
}

/** The whole fix-all edit for a document, or undefined when nothing is fixable. */
export function fixAllTextEdits(document: TextDocument, findings: readonly Finding[]): TextEdit[] | undefined {
  const edits = fixAllEdits(findings);
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

  const fixes: CodeAction[] = [];
  for (const { diagnostic, finding } of matched) {
    for (const fix of finding.fixes) {
      fixes.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: finding.fixes.length === 1,
        edit: request.edits.build(document, toTextEdits(document, fix.edits)),
      });
    }
  }

  const fixAlls: CodeAction[] = [];
  const suppressions: CodeAction[] = [];
  const docs: CodeAction[] = [];
  const ruleIds = [...new Set(matched.map(({ finding }) => finding.ruleId))];
  for (const ruleId of ruleIds) {
    const ofRule = result.findings.filter((finding) => finding.ruleId === ruleId);
    const diagnostics = matched.filter(({ finding }) => finding.ruleId === ruleId).map(({ diagnostic }) => diagnostic);
    // With one fixable finding, fix-all would repeat its first quick fix.
    if (ofRule.filter((finding) => finding.fixes.length > 0).length > 1) {
      const action = fixAllAction(request, ofRule, `Fix all ${ruleId} problems`, CodeActionKind.QuickFix);
      if (action) fixAlls.push({ ...action, diagnostics });
    }
    const lines = [...new Set(diagnostics.map((diagnostic) => diagnostic.range.start.line))];
    for (const line of lines) suppressions.push(...disableForLine(request, ruleId, line, diagnostics));
    suppressions.push(...disableForFile(request, ruleId, diagnostics));
    docs.push({
      title: `Show documentation for ${ruleId}`,
      kind: CodeActionKind.QuickFix,
      diagnostics,
      command: { title: `Show documentation for ${ruleId}`, command: Commands.showRuleDocs, arguments: [ruleId] },
    });
  }
  if (result.findings.filter((finding) => finding.fixes.length > 0).length > 1) {
    const action = fixAllAction(request, result.findings, 'Fix all Replylint problems', CodeActionKind.QuickFix);
    if (action) fixAlls.push(action);
  }
  return [...fixes, ...fixAlls, ...suppressions, ...docs];
}

function fixAllAction(request: CodeActionInput, findings: readonly Finding[], title: string, kind: string): CodeAction | undefined {
  const edits = fixAllTextEdits(request.document, findings);
  return edits ? { title, kind, edit: request.edits.build(request.document, edits) } : undefined;
}

function disableForLine(request: CodeActionInput, ruleId: string, line: number, diagnostics: Diagnostic[]): CodeAction[] {
  const { document } = request;
  const comment = directiveComment(document, `replylint-disable-next-line ${ruleId}`);
  if (comment === undefined) return [];
  const lineText = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indentation = /^[ \t]*/.exec(lineText)![0];
  const at = { line, character: 0 };
  return [
    {
      title: `Disable ${ruleId} for this line`,
      kind: CodeActionKind.QuickFix,
      diagnostics: diagnostics.filter((diagnostic) => diagnostic.range.start.line === line),
      edit: request.edits.build(document, [{ range: { start: at, end: at }, newText: `${indentation}${comment}${lineEnding(document)}` }]),
    },
  ];
}

function disableForFile(request: CodeActionInput, ruleId: string, diagnostics: Diagnostic[]): CodeAction[] {
  const { document } = request;
  const comment = directiveComment(document, `replylint-disable ${ruleId}`);
  if (comment === undefined) return [];
  const at = document.positionAt(topOfFileOffset(document));
  return [
    {
      title: `Disable ${ruleId} for this file`,
      kind: CodeActionKind.QuickFix,
      diagnostics,
      edit: request.edits.build(document, [{ range: { start: at, end: at }, newText: `${comment}${lineEnding(document)}` }]),
    },
  ];
}

/**
 * A suppression comment the engine reads and the customer never sees: HTML
 * comments in Markdown and HTML, Liquid comments in plain text. Exports (JSON,
 * YAML) have no such form, so they get no suppression actions.
 */
function directiveComment(document: TextDocument, directive: string): string | undefined {
  switch (formatOf(document.uri, document.languageId)) {
    case 'markdown':
    case 'html':
      return `<!-- ${directive} -->`;
    case 'plaintext':
      return `{% comment %}${directive}{% endcomment %}`;
    default:
      return undefined;
  }
}

/** Markdown front matter must stay first, so file-wide directives go just below it. */
function topOfFileOffset(document: TextDocument): number {
  if (formatOf(document.uri, document.languageId) !== 'markdown') return 0;
  const frontMatter = /^---\r?\n[^]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(document.getText());
  return frontMatter ? frontMatter[0].length : 0;
}

function lineEnding(document: TextDocument): string {
  return /\r\n|\r|\n/.exec(document.getText())?.[0] ?? '\n';
}

function isFindingOf(diagnostic: Diagnostic, finding: Finding): boolean {
  return diagnostic.source === DIAGNOSTIC_SOURCE && diagnostic.code === finding.ruleId;
}
