// Run in its own process (node --expose-gc --import tsx): lints a document, edits it
// as an editor would (a lint with the same UnitCache after each edit), keeps only the
// last version and the last result, and prints which versions' text the heap still
// holds, told apart by their lengths (each edit adds EDIT.length characters), how
// many findings it holds built (objects with a rule id and an excerpt) of all the
// lint counted, and how many records of the five scorecard items. test/unit/retained-versions.test.ts reads the answer.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { buildConfig } from '../../server/src/engine/config/project-config';
import { UnitCache, lint } from '../../server/src/engine/linter';
import type { LintResult } from '../../server/src/engine/types';
import { markdownLibrary, zendeskExport } from './corpus';

/** Sixteen characters: each version's string is 16 bytes longer than the one before. */
const EDIT = 'xxxxxxxxxxxxxxxx';
const EDITS = 6;
const MAX_FINDINGS = 50;

const fileName = process.argv[2]!;
// Far fewer shown than found, as in a big library: the rest are counted, not built.
const options = { ...buildConfig({}, undefined).lintOptions, maxFindings: MAX_FINDINGS };
const cache = new UnitCache();
// A string of its own, not a slice or rope of the generator's: its length is the version's.
let text = Buffer.from((fileName.endsWith('.json') ? zendeskExport(7, 200_000) : markdownLibrary(7, 200_000)).text).toString('utf8');
const lengths = [text.length];
/** Where each edit went: each goes past the ones before, so these hold in the last version too. */
const edited: number[] = [];
let result: LintResult = lint({ text, fileName }, options, cache);
for (let edit = 1; edit <= EDITS; edit++) {
  // Inside a word of a reply in the middle (a body's text in the export), as a writer types.
  const at = text.indexOf(' the ', Math.floor((text.length * edit) / (EDITS + 2))) + 2;
  edited.push(at);
  text = Buffer.from(text.slice(0, at) + EDIT + text.slice(at)).toString('utf8');
  lengths.push(text.length);
  result = lint({ text, fileName }, options, cache);
}
if (!cache.incremental) throw new Error('the last edit was not linted incrementally');

(globalThis as { gc?: () => void }).gc!();
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'replylint-heap-')), 'heap.heapsnapshot');
v8.writeHeapSnapshot(file);
const snapshot = JSON.parse(fs.readFileSync(file, 'utf8')) as HeapSnapshot;
fs.rmSync(path.dirname(file), { recursive: true, force: true });
// Every version opens alike (edits go in past the first reply): a string of a version's size that does not open so is another string.
const opening = text.slice(0, 64);
const strings = versionStrings(snapshot, new Set(lengths), opening);
const retained = [...strings.keys()].sort((a, b) => a - b);
// After the snapshot, which this lint's findings would be in: the findings of the replies the edits re-read.
const fresh = lint({ text, fileName }, { ...options, maxFindings: Number.MAX_SAFE_INTEGER });
const reread = new Set(edited.map((at) => fresh.units.findIndex((unit) => unit.start <= at && at <= unit.end)));
process.stdout.write(
  `${JSON.stringify({
    lengths,
    retained,
    copies: Math.max(0, ...strings.values()),
    shown: result.findings.length,
    found: fresh.findings.length,
    reread: fresh.findings.filter((finding) => reread.has(finding.unit)).length,
    built: objectsWith(snapshot, ['ruleId', 'excerpt']),
    units: fresh.units.length,
    // A reply's scorecard and its reasons are records of the five items.
    itemRecords: objectsWith(snapshot, ['greeting', 'empathy', 'nextStep', 'ownership', 'closing']),
  })}\n`,
);

interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}

/** How many objects of the heap have every one of `properties`. */
function objectsWith(heap: HeapSnapshot, properties: readonly string[]): number {
  const {
    node_fields: fields,
    edge_fields: edgeFields,
    edge_types: [edgeTypes],
  } = heap.snapshot.meta;
  const width = fields.length;
  const edgeWidth = edgeFields.length;
  const edgeCount = fields.indexOf('edge_count');
  const edgeType = edgeFields.indexOf('type');
  const edgeName = edgeFields.indexOf('name_or_index');
  const property = edgeTypes.indexOf('property');
  const wanted = new Set(properties);
  let count = 0;
  let edge = 0;
  for (let node = 0; node < heap.nodes.length; node += width) {
    const end = edge + heap.nodes[node + edgeCount]! * edgeWidth;
    let seen = 0;
    for (; edge < end; edge += edgeWidth) {
      if (heap.edges[edge + edgeType] === property && wanted.has(heap.strings[heap.edges[edge + edgeName]!]!)) seen++;
    }
    if (seen === wanted.size) count++;
  }
  return count;
}

/**
 * How many strings of each length among `wanted` the heap holds that open with `opening` (a string of n characters
 * takes 16 + n bytes, or 16 + 2n with a character past Latin-1, rounded up to 8). The opening tells a
 * version from any other string of its size: the loader's compiled modules and source maps, which come and
 * go with its cache, once matched an intermediate version's size in a loaded full run.
 */
function versionStrings(heap: HeapSnapshot, wanted: Set<number>, opening: string): Map<number, number> {
  const {
    node_fields: fields,
    node_types: [types],
  } = heap.snapshot.meta;
  const width = fields.length;
  const type = fields.indexOf('type');
  const size = fields.indexOf('self_size');
  const name = fields.indexOf('name');
  const bySize = new Map([...wanted].flatMap((length) => [1, 2].map((bytes) => [Math.ceil((16 + bytes * length) / 8) * 8, length] as const)));
  const found = new Map<number, number>();
  for (let node = 0; node < heap.nodes.length; node += width) {
    if (types[heap.nodes[node + type]!] !== 'string') continue;
    const length = bySize.get(heap.nodes[node + size]!);
    if (length !== undefined && heap.strings[heap.nodes[node + name]!]!.startsWith(opening)) found.set(length, (found.get(length) ?? 0) + 1);
  }
  return found;
}
