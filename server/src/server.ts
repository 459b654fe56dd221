// Replylint language server. createConnection() picks the transport from argv
// (--stdio, --node-ipc, --socket=, --pipe=), so any LSP client can start it.
// First: the V8 flags (garbage-collection policy, regular expressions) apply from the first allocation of the packs on.

import './v8-policy';
import { TextDocuments, createConnection } from 'vscode-languageserver/node';
import { sizedTextDocuments } from './lsp/document-sizes';
import type { InitializationOptions } from './lsp/protocol';
import { keepServerCaches } from './lsp/server-caches';
import { ReplylintSession } from './lsp/session';

const connection = createConnection();
// TextDocument's, with each document's size in bytes kept up to date as it is edited (replylint.maxFileSize).
const documents = new TextDocuments(sizedTextDocuments);

connection.onInitialize((params) => {
  keepServerCaches(params.initializationOptions as InitializationOptions | undefined);
  return new ReplylintSession(connection, documents, params).start();
});

// Handlers catch their own failures; this is the net under anything missed, so one
// bad promise is logged instead of ending the session for every document.
process.on('unhandledRejection', (reason) => {
  connection.console.error(`Replylint: unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`);
});

documents.listen(connection);
connection.listen();
