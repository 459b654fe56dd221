// `npm run eval`: precision and recall of the built-in packs on the
// hand-labelled corpus in test/corpus/real-world, per category, rule,
// language and kind. Options:
//   --details          list every false positive and every miss with file:line
//   --update-known     rewrite known-false-positives.yaml (the corpus test's ratchet)
//   --packs a,b        built-in packs to extend (default: recommended); labels marked
//                      `pack: strict` count only in a run with strict: a run without it
//                      lints again with strict added and prints their table apart
//   --detect-language  leave each file's language out of the config (the engine must find it)
//   --json             the tables as JSON
//   [prefix...]        only corpus files whose path starts so (e.g. `pl/` or `en/drafts`)
import * as fs from 'node:fs';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { ConfigError } from '../server/src/engine/config/project-config';
import {
  KNOWN_FALSE_POSITIVES,
  LabelError,
  evaluateCorpus,
  falsePositiveList,
  loadCorpus,
  location,
  overallScore,
  readyPart,
  scoreBy,
  scoreByLanguageAndCategory,
  strictScore,
  type CorpusFile,
  type CorpusResult,
  type Score,
  type StrictScore,
} from '../test/support/corpus-eval';
import { MIN_CELL_LABELS, languageCategoryCells } from '../test/support/rule-trust';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    details: { type: 'boolean', default: false },
    'update-known': { type: 'boolean', default: false },
    packs: { type: 'string', default: 'recommended' },
    'detect-language': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});

// `npm run eval | head` closes the pipe early: stop quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

function tables(result: CorpusResult): Record<string, Score[]> {
  // A label with alternatives counts under its first rule (the problem it names); a category-only label under no rule.
  const labelRule = (rules: string[]) => rules[0];
  return {
    overall: [overallScore(result, 'all files'), overallScore(readyPart(result), 'ready files')],
    category: scoreBy(
      result,
      (scored) => scored.finding.category,
      (scored) => scored.label.category,
    ),
    rule: scoreBy(
      result,
      (scored) => scored.finding.ruleId,
      (scored) => labelRule(scored.label.rules),
    ),
    language: scoreBy(
      result,
      (scored) => scored.file.language,
      (scored) => scored.file.language,
    ),
    'language x category': scoreByLanguageAndCategory(result),
    kind: scoreBy(
      result,
      (scored) => scored.reply?.kind ?? scored.file.kind,
      (scored) => scored.reply.kind,
    ),
  };
}

const ratio = (value: number | undefined) => (value === undefined ? '   -' : value.toFixed(2));

function printTable(title: string, rows: Score[]): void {
  const width = Math.max(title.length, ...rows.map((row) => row.key.length));
  console.log(`\n${title.padEnd(width)}  findings  TP   FP  precision  labels  found  recall`);
  for (const row of rows) {
    const falsePositives = row.findings - row.truePositives;
    console.log(
      `${row.key.padEnd(width)}  ${String(row.findings).padStart(8)}  ${String(row.truePositives).padStart(3)}  ${String(falsePositives).padStart(3)}  ${ratio(row.precision).padStart(9)}  ${String(row.labels).padStart(6)}  ${String(row.found).padStart(5)}  ${ratio(row.recall).padStart(6)}`,
    );
  }
}

function printMatrix(title: string, rows: Score[]): void {
  const matrix = languageCategoryCells(rows);
  const widths = matrix.header.map((cell, column) => Math.max(cell.length, ...matrix.rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  console.log(`\n${title} (recall found/labels; * fewer than ${MIN_CELL_LABELS} labels)`);
  console.log(line(matrix.header));
  for (const row of matrix.rows) console.log(line(row));
}

const pendingNote = (file: CorpusFile) => (file.pending.length > 0 ? `  (pending: ${file.pending.join(', ')})` : '');

function printDetails(result: CorpusResult, title = ''): void {
  console.log(`\n${title}False positives (a finding no label asked for; "must not flag" marks a labelled clean span):`);
  for (const scored of result.findings.filter((candidate) => !candidate.truePositive)) {
    const clean = scored.onClean ? '  [must not flag]' : '';
    console.log(
      `  ${location(scored.file, scored.finding.start)}  ${scored.finding.ruleId}  "${scored.finding.excerpt.replace(/\s+/g, ' ')}"${clean}${pendingNote(scored.file)}`,
    );
  }
  console.log(`\n${title}Misses (a labelled problem nothing flagged):`);
  for (const scored of result.labels.filter((candidate) => !candidate.found)) {
    const what = scored.label.rules.length > 0 ? scored.label.rules.join('|') : scored.label.category;
    const where = scored.label.span
      ? location(scored.file, scored.label.span.start)
      : `${location(scored.file, scored.reply.start)} (reply "${scored.reply.title}")`;
    console.log(`  ${where}  ${what}  ${scored.label.quote === undefined ? '(whole reply)' : `"${scored.label.quote}"`}${pendingNote(scored.file)}`);
  }
}

function printStrict(strict: StrictScore, packs: string): void {
  console.log(`\nLabels marked pack: strict, scored in a run with packs ${packs} (the strict-only rules they name):`);
  printTable('strict pack', [strict.overall, ...strict.rules]);
  if (strict.unscored.length > 0)
    console.log(`Not scored (house style, left unlabelled): ${strict.unscored.map((row) => `${row.rule} ${row.findings} findings`).join(', ')}.`);
}

function main(): number {
  if (values['update-known'] && positionals.length > 0) {
    console.error('eval: --update-known records the whole corpus; leave out the path prefixes');
    return 2;
  }
  let result: CorpusResult;
  // The run that scores the strict labels: this one when it extends strict, else one more with strict added.
  let strictRun: { result: CorpusResult; packs: string } | undefined;
  const packs = values.packs!.split(',').map((pack) => pack.trim());
  try {
    const files = loadCorpus().filter((file) => positionals.length === 0 || positionals.some((prefix) => file.file.startsWith(prefix)));
    if (files.length === 0) {
      console.error(`eval: no corpus file starts with ${positionals.join(' or ')}`);
      return 2;
    }
    result = evaluateCorpus({ packs, detectLanguage: values['detect-language'] }, files);
    if (packs.includes('strict')) strictRun = { result, packs: packs.join(',') };
    else if (result.otherPackLabels.some((scored) => scored.label.pack === 'strict') && !values['update-known']) {
      const withStrict = [...packs, 'strict'];
      strictRun = { result: evaluateCorpus({ packs: withStrict, detectLanguage: values['detect-language'] }, files), packs: withStrict.join(',') };
    }
  } catch (error) {
    if (error instanceof LabelError) {
      console.error(`eval: ${error.message}`);
      return 2;
    }
    if (error instanceof ConfigError) {
      // The config is built from --packs and the labels' settings, not read from a file.
      console.error(`eval: configuration from --packs or a labels file's config is wrong: ${error.message}`);
      return 2;
    }
    throw error;
  }
  if (values['update-known']) {
    const list = falsePositiveList(result);
    const header =
      '# False positives of the recommended pack on test/corpus/real-world today.\n# The corpus test fails on any false positive not listed here and on any listed one that no longer happens.\n# Regenerate with `npm run eval -- --update-known` after a change that removes (or knowingly adds) some.\n';
    fs.writeFileSync(KNOWN_FALSE_POSITIVES, header + stringify(list, { lineWidth: 0 }));
    console.log(`Wrote ${list.length} known false positives to ${KNOWN_FALSE_POSITIVES}`);
  }
  const all = tables(result);
  const strict = strictRun && strictScore(strictRun.result);
  if (values.json) {
    console.log(JSON.stringify(strict ? { ...all, strict: [strict.overall, ...strict.rules] } : all, null, 2));
    return 0;
  }
  const replies = result.files.reduce((sum, file) => sum + file.replies.length, 0);
  const pendingFiles = result.files.filter((file) => file.pending.length > 0);
  const language = values['detect-language'] ? '; language: not given (detected)' : '';
  const apart = result.otherPackLabels.length > 0 ? ` (and ${result.otherPackLabels.length} for packs not extended, scored apart below)` : '';
  console.log(
    `Corpus: ${result.files.length} files, ${replies} replies, ${result.labels.length} labelled problems${apart}; packs: ${values.packs}${language}.`,
  );
  if (pendingFiles.length > 0) {
    const reasons = new Map<string, number>();
    for (const file of pendingFiles) for (const reason of file.pending) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    console.log(
      `Pending (need features not on this branch yet; "ready files" leaves them out): ${pendingFiles.length} files: ${[...reasons].map(([reason, count]) => `${reason} (${count})`).join(', ')}.`,
    );
  }
  printTable('overall', all.overall!);
  printTable('category', all.category!);
  printTable('rule', all.rule!);
  printTable('language', all.language!);
  printMatrix('recall by category in each language', all['language x category']!);
  printTable('kind', all.kind!);
  if (strict && strictRun) printStrict(strict, strictRun.packs);
  if (values.details) {
    printDetails(result);
    if (strict && strictRun) printDetails(strict.scored, `[${strictRun.packs}, what the strict table scores] `);
  }
  return 0;
}

process.exitCode = main();
