#!/usr/bin/env node
// The language server for any LSP client. Speaks stdio unless another transport
// (--node-ipc, --socket=, --pipe=) is given, so editors can start it with no flags.
if (!process.argv.slice(2).some((arg) => /^--(stdio|node-ipc|socket|pipe)\b/.test(arg))) process.argv.push('--stdio');
require('./load-bundle.js').loadBundle(require('node:path').join(__dirname, '..', 'dist', 'server.js'));
