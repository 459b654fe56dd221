// Open documents with their size in UTF-8 bytes, kept up to date edit by edit.
// The size decides replylint.maxFileSize on every lint; counting it afresh
// walked the whole text each keystroke (Buffer.byteLength took 6-15 ms of an
// edit in a 5 MB export with a few non-Latin-1 characters). The server's
// documents are PieceDocuments (piece-document.ts), which keep it.

import type { TextDocumentsConfiguration } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { PieceDocument } from './piece-document';

const sizes = new WeakMap<TextDocument, number>();

/** The document's text in UTF-8 bytes (a lone surrogate counts as U+FFFD, 3 bytes, as Buffer.byteLength counts it). */
export function utf8Size(document: TextDocument): number {
  if (document instanceof PieceDocument) return document.utf8Size;
  let size = sizes.get(document);
  if (size === undefined) sizes.set(document, (size = Buffer.byteLength(document.getText(), 'utf8')));
  return size;
}

/** `TextDocuments` configuration: the server's documents are PieceDocuments. */
export const sizedTextDocuments: TextDocumentsConfiguration<TextDocument> = {
  create(uri, languageId, version, content) {
    return new PieceDocument(uri, languageId, version, content);
  },
  update(document, changes, version) {
    if (!(document instanceof PieceDocument)) return TextDocument.update(document, changes, version);
    document.update(changes, version);
    return document;
  },
};
