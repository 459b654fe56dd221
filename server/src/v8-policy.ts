// The V8 flags of Replylint's own processes, the command line and the language server: their
// garbage-collection policy and how regular expressions are compiled. Imported first by cli/bin.ts
// and server.ts, so they are set before the packs are compiled and the first file is read. Not set
// when main() or the session runs inside another program (the tests, an embedding tool): only the
// replylint processes themselves.
//
// Peak memory is mostly V8's heap growth, not live data (docs/performance.md): the young
// generation grows to its largest semi-spaces and the old generation to up to four times what
// was live after its last full collection before the next one. Both of these can be set after
// start-up (the young generation's maximum cannot):
// - `--semi-space-growth-factor=1` keeps the young generation at its starting size;
// - `--heap-growing-percent=50` lets the old generation grow by half, not fourfold, between
//   full collections.
// Command line, /usr/bin/time on the bench's inputs (--format json): 24,290 short replies
// 222 -> 145 MB peak RSS for about 8% more CPU; the 5 MB library 202 -> 145 MB and the 5 MB
// export 203 -> 140 MB at the same CPU time; a one-reply file 90 -> 83 MB.
// Language server (the bench's launch, pull diagnostics, interleaved runs at load 12-14): the 5 MB
// export opened and edited 9 times peaked at 146-149 -> 141-147 MB (148 -> 133 MB after opening);
// 3,000 keystrokes in a 300-word reply 139 -> 86 MB at the same CPU per keystroke.
//
// `--regexp-tier-up-ticks=0`: V8 compiles a regular expression to bytecode for its first match and again
// to machine code for the next, so each one matched more than once (a one-reply run matches about 170
// distinct ones: packs, dialects, footers, masks) was compiled twice. With no ticks to wait, one made
// after this is compiled once, to machine code, as V8 does for any first match of a subject of 1,000
// characters or more; one made before (Node's own) goes on as it was. What matches is the same: the
// tiers are two implementations of one semantics. Instructions of a one-reply CLI run (callgrind,
// `node --single-threaded --predictable`, through bin/ with its caches): 2,106M -> 2,002M.
// Not `--no-regexp-tier-up`: set at run time, it made V8 run the bytecode of an expression compiled
// before as machine code (a crash in RegExpInterpreterTrampoline, 3 of 24 runs on examples/).
// A flag the user already gave Node (NODE_OPTIONS, node --flag) is left as given: the server's
// launch options give --heap-growing-percent=30 (SERVER_EXEC_ARGV in lsp/protocol.ts).

import { setFlagsFromString } from 'node:v8';
import { v8FlagsToSet } from './v8-flags';

for (const flag of v8FlagsToSet(process.execArgv, process.env.NODE_OPTIONS)) setFlagsFromString(flag);
