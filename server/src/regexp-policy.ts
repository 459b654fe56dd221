// How Replylint's own processes (the command line and the language server) compile regular expressions: straight to
// machine code, on their first use. By default V8 compiles each one first to bytecode for its interpreter and again
// to machine code on its second use; the bytecode step (its peephole pass most of all) was the larger share of
// compiling the hundreds of expressions a lint uses: the footer and chat-speaker alternations of every language,
// \p{..} classes (docs/performance.md). Matches are the same either way: one engine, two back ends.
// Imported right after gc-policy.ts, before the packs are compiled. A flag the user gave Node is left as given.

import { setFlagsFromString } from 'node:v8';
import { REGEXP_FLAGS, flagsNotGiven } from './gc-flags';

for (const flag of flagsNotGiven(REGEXP_FLAGS, process.execArgv, process.env.NODE_OPTIONS)) setFlagsFromString(flag);
