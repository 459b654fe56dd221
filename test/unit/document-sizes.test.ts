// The server keeps each open document's UTF-8 size edit by edit (replylint.maxFileSize):
// after any sequence of edits it must equal a fresh count of the text.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { sizedTextDocuments, utf8Size } from '../../server/src/lsp/document-sizes';

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
        }
      }),
      { numRuns: 500, seed: 20261202 },
    );
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
