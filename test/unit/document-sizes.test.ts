// The server keeps each open document's UTF-8 size edit by edit (replylint.maxFileSize):
// after any sequence of edits it must equal a fresh count of the text. Its documents
// keep their text in pieces (lsp/piece-document.ts) and must answer every question
// as vscode-languageserver-textdocument's TextDocument does after the same changes.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { sizedTextDocuments, utf8Size } from '../../server/src/lsp/document-sizes';
import { PieceDocument } from '../../server/src/lsp/piece-document';

/** Every offset, position (past the ends too), line range, line end and range text the same as the reference's. */
function sameAnswers(document: TextDocument, reference: TextDocument): void {
  const text = reference.getText();
  assert.equal(document.getText(), text);
  assert.equal(document.version, reference.version);
  assert.equal(document.lineCount, reference.lineCount);
  for (let offset = -1; offset <= text.length + 1; offset++) assert.deepEqual(document.positionAt(offset), reference.positionAt(offset), `offset ${offset}`);
  for (let line = -1; line <= reference.lineCount; line++) {
    assert.deepEqual(document.getLineRange(line), reference.getLineRange(line), `line ${line}`);
    assert.equal(document.getEOLCharacters(line), reference.getEOLCharacters(line), `line ${line}`);
    for (let character = -1; character <= text.length + 1; character++) {
      const position = { line, character };
      assert.equal(document.offsetAt(position), reference.offsetAt(position), JSON.stringify(position));
      assert.equal(
        document.getText({ start: { line: 0, character: 1 }, end: position }),
        reference.getText({ start: { line: 0, character: 1 }, end: position }),
      );
    }
  }
}

// Surrogate halves on their own too: an edit may split a pair or join two halves.
const PIECES = ['a', 'é', 'ł', '€', '😀', '\ud83d', '\ude00', ' ', '\n', '\r\n', '\r', 'word '];

const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((pieces) => pieces.join(''));

/** An edit as offsets into the current text (either order, past the end too), or the whole text. */
const edit = fc.record({ a: fc.nat(60), b: fc.nat(60), text, full: fc.boolean() });

describe('document sizes', () => {
  it('equal Buffer.byteLength of the text after random incremental and full edits', () => {
    fc.assert(
      fc.property(text, fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { maxLength: 8 }), (initial, batches) => {
        const document: TextDocument = sizedTextDocuments.create('file:///a.md', 'markdown', 1, initial);
        assert.ok(document instanceof PieceDocument);
        const reference = TextDocument.create('file:///a.md', 'markdown', 1, initial);
        sameAnswers(document, reference);
        assert.equal(utf8Size(document), Buffer.byteLength(initial, 'utf8'));
        let version = 1;
        for (const batch of batches) {
          // Each change's range is read against the text as the changes before it left it, as LSP sends them.
          const changes: TextDocumentContentChangeEvent[] = [];
          const mirror = TextDocument.create('file:///mirror.md', 'markdown', 1, document.getText());
          for (const { a, b, text: inserted, full } of batch) {
            const change = full ? { text: inserted } : { range: { start: mirror.positionAt(a), end: mirror.positionAt(b) }, text: inserted };
            changes.push(change);
            TextDocument.update(mirror, [change], 1);
          }
          const updated = sizedTextDocuments.update(document, changes, ++version);
          assert.equal(updated, document);
          assert.equal(utf8Size(document), Buffer.byteLength(document.getText(), 'utf8'), JSON.stringify({ initial, batches }));
          TextDocument.update(reference, changes, version);
          sameAnswers(document, reference);
        }
      }),
      { numRuns: 500, seed: 20261202 },
    );
  });

  it('answers as TextDocument in a long document, across its pieces and a CRLF at the edge of a counting window', () => {
    const initial = `${'x'.repeat(65535)}\r\n${'A line of a reply.\r\n'.repeat(4000)}${'é'.repeat(20000)}\n`;
    const document = sizedTextDocuments.create('file:///a.md', 'markdown', 1, initial);
    const reference = TextDocument.create('file:///a.md', 'markdown', 1, initial);
    const edits = [
      [65535, 65535, 'typed\r'],
      [8190, 8200, ''],
      [100_000, 100_003, 'two\nlines'],
      [16_384, 16_384, 'y'.repeat(20_000)],
      [0, 0, '\n'],
    ] as const;
    edits.forEach(([start, end, text], index) => {
      const change = { range: { start: reference.positionAt(start), end: reference.positionAt(end) }, text };
      sizedTextDocuments.update(document, [change], index + 2);
      TextDocument.update(reference, [change], index + 2);
      const length = reference.getText().length;
      assert.equal(document.getText(), reference.getText());
      const offsets = Array.from({ length: Math.ceil(length / 97) }, (_, at) => at * 97);
      for (const edge of [65536, 131072]) for (let offset = edge - 8; offset <= edge + 8; offset++) offsets.push(offset);
      for (const offset of offsets) assert.deepEqual(document.positionAt(offset), reference.positionAt(offset), `offset ${offset}`);
      for (let line = 0; line <= reference.lineCount; line += 13) {
        const position = { line, character: 3 };
        assert.equal(document.offsetAt(position), reference.offsetAt(position));
      }
      assert.equal(document.lineCount, reference.lineCount);
      assert.equal(utf8Size(document), Buffer.byteLength(reference.getText(), 'utf8'));
    });
  });

  it('counts a surrogate pair split by an edit and joined again by the next', () => {
    const document = sizedTextDocuments.create('file:///a.md', 'markdown', 1, 'a😀b');
    assert.equal(utf8Size(document), 6);
    sizedTextDocuments.update(document, [{ range: { start: { line: 0, character: 2 }, end: { line: 0, character: 2 } }, text: 'x' }], 2);
    assert.equal(document.getText(), 'a\ud83dx\ude00b');
    assert.equal(utf8Size(document), 9);
    sizedTextDocuments.update(document, [{ range: { start: { line: 0, character: 2 }, end: { line: 0, character: 3 } }, text: '' }], 3);
    assert.equal(utf8Size(document), 6);
  });
});
