// Open documents with their size in UTF-8 bytes, kept up to date edit by edit.
// The size decides replylint.maxFileSize on every lint; counting it afresh
// walked the whole text each keystroke (Buffer.byteLength took 6-15 ms of an
// edit in a 5 MB export with a few non-Latin-1 characters).

import type { TextDocumentsConfiguration } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

const sizes = new WeakMap<TextDocument, number>();

/** The document's text in UTF-8 bytes (a lone surrogate counts as U+FFFD, 3 bytes, as Buffer.byteLength counts it). */
export function utf8Size(document: TextDocument): number {
  let size = sizes.get(document);
  if (size === undefined) sizes.set(document, (size = Buffer.byteLength(document.getText(), 'utf8')));
  return size;
}

/**
 * The change in UTF-8 bytes of one incremental change: the replaced stretch
 * and the text put there, each with one code unit more on either side, so a
 * surrogate pair the edit splits or joins is counted whole on both sides (a
 * pair across the window's own edge is outside the edit, the same before and after).
 */
function sizeDelta(before: string, after: string, start: number, end: number, inserted: number): number {
  const from = Math.max(0, start - 1);
  const oldWindow = before.slice(from, Math.min(before.length, end + 1));
  const newWindow = after.slice(from, Math.min(after.length, start + inserted + 1));
  return Buffer.byteLength(newWindow, 'utf8') - Buffer.byteLength(oldWindow, 'utf8');
}

/** `TextDocuments` configuration: TextDocument's, keeping each document's size as it is edited. */
export const sizedTextDocuments: TextDocumentsConfiguration<TextDocument> = {
  create(uri, languageId, version, content) {
    const document = TextDocument.create(uri, languageId, version, content);
    sizes.set(document, Buffer.byteLength(content, 'utf8'));
    return document;
  },
  update(document, changes, version) {
    for (const change of changes) {
      const size = sizes.get(document);
      if (!('range' in change) || size === undefined) {
        sizes.delete(document);
        TextDocument.update(document, [change], version);
        continue;
      }
      const before = document.getText();
      const a = document.offsetAt(change.range.start);
      const b = document.offsetAt(change.range.end);
      const [start, end] = a <= b ? [a, b] : [b, a];
      TextDocument.update(document, [change], version);
      sizes.set(document, size + sizeDelta(before, document.getText(), start, end, change.text.length));
    }
    return document;
  },
};
