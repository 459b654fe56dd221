// VS Code asks for code actions at the cursor after each pause in typing. The
// server keeps a big document in pieces (lsp/piece-document.ts): answering
// must not make its text one string (getText() would make the current version
// flat and keep it, 10 MB for the 5 MB export), neither to place a disable
// comment (front matter, line break) nor to decide whether fix-all may run.
import * as assert from 'node:assert/strict';
import type { CodeActionContext, Diagnostic } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildConfig } from '../../server/src/engine/config/project-config';
import { lint } from '../../server/src/engine/linter';
import type { PieceText } from '../../server/src/engine/text/source-text';
import type { LintResult } from '../../server/src/engine/types';
import { codeActionsFor, mayOfferFixAll } from '../../server/src/lsp/code-actions';
import { rangeOf } from '../../server/src/lsp/diagnostics';
import { sizedTextDocuments } from '../../server/src/lsp/document-sizes';
import { PieceDocument, documentIncludes } from '../../server/src/lsp/piece-document';
import { DIAGNOSTIC_SOURCE } from '../../server/src/lsp/protocol';
import { WorkspaceEditBuilder } from '../../server/src/lsp/workspace-edits';

const options = buildConfig({}, undefined).lintOptions;
const RULE = 'deferral/vague-timeframe';

/** A library of replies over a megabyte: "soon" in each (suggestions, no fix). */
function library(eol: string, frontMatter: boolean): string {
  const reply = (index: number) =>
    `## Reply ${index}${eol}${eol}Hi Sam,${eol}${eol}Thanks for writing. We will get back to you soon about order ${index}.${eol}${eol}Best,${eol}Ana${eol}${eol}`;
  const head = frontMatter ? `---${eol}title: Replies${eol}---${eol}${eol}` : '';
  return head + Array.from({ length: 12_000 }, (_, index) => reply(index)).join('');
}

/** The document as the server keeps it after one keystroke near its end, and its text. */
function typedIn(text: string): { document: PieceDocument; text: string } {
  const document = sizedTextDocuments.create('file:///work/library.md', 'markdown', 1, text) as PieceDocument;
  const at = document.positionAt(text.length - 40);
  sizedTextDocuments.update(document, [{ range: { start: at, end: at }, text: 'x' }], 2);
  const offset = text.length - 40;
  return { document, text: `${text.slice(0, offset)}x${text.slice(offset)}` };
}

function piecesOf(document: PieceDocument): PieceText {
  return document.source as PieceText;
}

function diagnosticAt(document: TextDocument, result: LintResult, index: number): Diagnostic {
  const finding = result.findings.filter((candidate) => candidate.ruleId === RULE)[index]!;
  return { range: rangeOf(document, finding.start, finding.end), source: DIAGNOSTIC_SOURCE, code: RULE, message: finding.message };
}

function actionsAt(document: TextDocument, result: LintResult, diagnostic: Diagnostic) {
  return codeActionsFor({
    document,
    result,
    context: { diagnostics: [diagnostic] },
    edits: new WorkspaceEditBuilder(false),
    relint: (text) => lint({ text, fileName: 'library.md' }, options),
    editorLanguage: 'en',
    resolvesEdits: true,
    canSelect: false,
  });
}

function insertion(actions: ReturnType<typeof actionsAt>, title: string, uri: string) {
  const action = actions.find((candidate) => candidate.title === title);
  assert.ok(action, `no "${title}" among ${JSON.stringify(actions.map((candidate) => candidate.title))}`);
  return action.edit!.changes![uri]![0]!;
}

describe('code actions on a document kept in pieces', function () {
  this.timeout(60000);

  for (const [name, eol, frontMatter] of [
    ['LF with front matter', '\n', true],
    ['CRLF with front matter', '\r\n', true],
    ['CR without front matter', '\r', false],
  ] as const) {
    it(`a quick fix request answers as a flat document would, without making the text one string (${name})`, () => {
      const { document, text } = typedIn(library(eol, frontMatter));
      assert.equal(piecesOf(document).whole, false, 'the edit made the text one string');
      const result = lint({ text, fileName: 'library.md' }, options);
      const reference = TextDocument.create(document.uri, 'markdown', 2, text);
      for (const index of [0, 900]) {
        const actions = actionsAt(document, result, diagnosticAt(document, result, index));
        const expected = actionsAt(reference, result, diagnosticAt(reference, result, index));
        assert.deepEqual(actions, expected);
        const file = insertion(actions, `Disable ${RULE} for this file`, document.uri);
        assert.equal(file.newText, `<!-- replylint-disable ${RULE} -->${eol}`);
        assert.deepEqual(file.range.start, { line: frontMatter ? 3 : 0, character: 0 });
        assert.equal(insertion(actions, `Disable ${RULE} for this line`, document.uri).newText, `<!-- replylint-disable-next-line ${RULE} -->${eol}`);
      }
      assert.equal(piecesOf(document).whole, false, 'a code action request made the text one string');
    });
  }

  it('front matter still closes past the first window read, and an unclosed one is not front matter', () => {
    const FRONT_MATTER = /^---\r?\n[^]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
    for (const [text, closes] of [
      [`---\ntitle: ${'x'.repeat(10_000)}\n---\n\nWe will get back to you soon.\n`, true],
      [`---\r\ntitle: ${'x'.repeat(4081)}\r\n---  \r\nWe will get back to you soon.\n`, true],
      [`---\ntitle: x\nWe will get back to you soon.\n`, false],
    ] as const) {
      const top = FRONT_MATTER.exec(text)?.[0].length ?? 0;
      assert.equal(top > 0, closes);
      const document = sizedTextDocuments.create('file:///work/reply.md', 'markdown', 1, text);
      const result = lint({ text, fileName: 'reply.md' }, options);
      const start = insertion(actionsAt(document, result, diagnosticAt(document, result, 0)), `Disable ${RULE} for this file`, document.uri).range.start;
      assert.deepEqual(start, document.positionAt(top));
      const reference = TextDocument.create(document.uri, 'markdown', 1, text);
      assert.deepEqual(
        start,
        insertion(actionsAt(reference, result, diagnosticAt(reference, result, 0)), `Disable ${RULE} for this file`, document.uri).range.start,
      );
    }
  });

  it('U+FFFD is found a window at a time (across windows too) without making the text one string', () => {
    const base = 'We will get back to you soon.\n'.repeat(40_000);
    for (const at of [0, 65_535, 65_536, 200_001, base.length]) {
      const typed = typedIn(base);
      const { document } = typed;
      const position = document.positionAt(at);
      sizedTextDocuments.update(document, [{ range: { start: position, end: position }, text: '\ufffd' }], 3);
      const text = `${typed.text.slice(0, at)}\ufffd${typed.text.slice(at)}`;
      assert.equal(documentIncludes(document, '\ufffd'), true, `at ${at}`);
      assert.equal(documentIncludes(document, 'soon.\n\ufffdWe'), text.includes('soon.\n\ufffdWe'), `at ${at}`);
      assert.equal(piecesOf(document).whole, false);
      assert.equal(document.getText(), text);
    }
    const { document } = typedIn(base);
    assert.equal(documentIncludes(document, '\ufffd'), false);
    assert.equal(piecesOf(document).whole, false);
  });

  it('whether fix-all may run is asked only of a request that may offer fix-all', () => {
    const text = 'Just restart the app.\n\nThen just click Save.\n\nWe will reply soon.\n';
    const fixable = lint({ text, fileName: 'reply.md' }, options);
    const unfixable = lint({ text: 'We will reply soon.\n', fileName: 'reply.md' }, options);
    assert.ok(fixable.findings.filter((finding) => finding.fix).length > 1);
    const diagnostic: Diagnostic = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 6 } }, message: '' };
    const ask = (context: CodeActionContext, result: LintResult) => mayOfferFixAll(context, result);
    assert.equal(ask({ diagnostics: [] }, fixable), false, 'the lightbulb request at a cursor on no diagnostic');
    assert.equal(ask({ diagnostics: [diagnostic] }, unfixable), false, 'a cursor on a diagnostic, nothing to fix in bulk');
    assert.equal(ask({ diagnostics: [diagnostic] }, fixable), true, 'quick fix "Fix all" next to a diagnostic');
    assert.equal(ask({ diagnostics: [diagnostic], only: ['quickfix'] }, fixable), true);
    assert.equal(ask({ diagnostics: [], only: ['source.fixAll'] }, unfixable), true, 'fix-all on save asks anyway (to say why not)');
    assert.equal(ask({ diagnostics: [], only: ['source'] }, unfixable), true);
    assert.equal(ask({ diagnostics: [diagnostic], only: ['refactor'] }, fixable), false);
  });
});
