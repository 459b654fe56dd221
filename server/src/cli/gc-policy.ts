// The command line's garbage-collection policy: imported first by bin.ts, so it is set before the
// packs are compiled and the first file is read. Not set when main() runs inside another
// program (the tests, an embedding tool): only the replylint process itself.
//
// Peak memory of a CLI run is mostly V8's heap growth, not live data (docs/performance.md):
// on a library of 24,290 short replies the live heap after the lint is about 60 MB, yet the
// young generation grows to 16 MB semi-spaces and the old generation to about four times
// what was live after start-up before its first full collection, for a peak RSS of about
// 220 MB. Both of these can be set after start-up (the young generation's maximum cannot):
// - `--semi-space-growth-factor=1` keeps the young generation at its starting size;
// - `--heap-growing-percent=50` lets the old generation grow by half, not fourfold, between
//   full collections.
// Measured together with /usr/bin/time on the bench's inputs (--format json): 24,290 short
// replies 222 -> 145 MB peak RSS for about 8% more CPU; the 5 MB library 202 -> 145 MB and
// the 5 MB export 203 -> 140 MB at the same CPU time; a one-reply file 90 -> 83 MB.
// A flag the user already gave Node (NODE_OPTIONS, node --flag) is left as given.

import { setFlagsFromString } from 'node:v8';
import { collectionFlags } from './gc-flags';

for (const flag of collectionFlags(process.execArgv, process.env.NODE_OPTIONS)) setFlagsFromString(flag);
