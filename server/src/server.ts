// Replylint language server. createConnection() picks the transport from argv
// (--stdio, --node-ipc, --socket=, --pipe=), so any LSP client can start it.

import { TextDocuments, createConnection } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ReplylintSession } from './lsp/session';

const connection = createConnection();
const documents = new TextDocuments(TextDocument);

connection.onInitialize((params) => new ReplylintSession(connection, documents, params).start());

// Handlers catch their own failures; this is the net under anything missed, so one
// bad promise is logged instead of ending the session for every document.
process.on('unhandledRejection', (reason) => {
  connection.console.error(`Replylint: unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`);
});

documents.listen(connection);
connection.listen();
