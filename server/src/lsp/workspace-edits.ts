// Turns engine edits (source offsets) into LSP workspace edits for one document.

import { TextDocumentEdit, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit as SourceEdit } from '../engine/types';
import { rangeOf } from './diagnostics';

export function toTextEdits(document: TextDocument, edits: readonly SourceEdit[]): TextEdit[] {
  return edits.map((edit) => ({ range: rangeOf(document, edit.start, edit.end), newText: edit.newText }));
}

export class WorkspaceEditBuilder {
  /** Versioned edits let the client refuse them if the document changed meanwhile. */
  constructor(private readonly clientTakesDocumentChanges: boolean) {}

  build(document: TextDocument, edits: TextEdit[]): WorkspaceEdit {
    if (this.clientTakesDocumentChanges) {
      return { documentChanges: [TextDocumentEdit.create({ uri: document.uri, version: document.version }, edits)] };
    }
    return { changes: { [document.uri]: edits } };
  }
}
