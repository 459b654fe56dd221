// Fresh-process measurements: cold lint of the 5 MB files (config and packs
// loaded from disk, JIT cold), CLI throughput in words per second, and on
// request a CPU profile of a cold lint.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { cliRun } from './cli-throughput';
import { COLD_BUNDLE, buildColdEntry, coldRun, type ColdRun } from './cold';
import { type BenchContext, remainingMs } from './context';
import { cliRunWithRss } from './measure-hostile';
import { newestProfile, summarizeProfile } from './profile';
import { formatMs, formatRatio, repeat, summarize } from './stats';
import { RESULTS_DIR } from './workspace';

const perSecond = (words: number, ms: number) => `${Math.round((words / ms) * 1000).toLocaleString('en-US')} words/s`;

export async function measureCold(context: BenchContext): Promise<void> {
  const { ws, report, options } = context;
  await buildColdEntry();
  const section = report.section('Cold runs (fresh process per run)');
  const inputs = [
    { file: ws.files.markdown, label: 'Markdown library', corpus: ws.corpus.markdown },
    ...(context.jsonSupported ? [{ file: ws.files.json, label: 'Zendesk JSON export', corpus: ws.corpus.json }] : []),
  ];
  for (const { file, label, corpus } of inputs) {
    context.log(`cold: ${label}`);
    const runs: ColdRun[] = [];
    const samples = await repeat(async () => runs.push(await coldRun(file, undefined)), {
      warmup: 0,
      minRuns: 1,
      maxRuns: options.quick ? 1 : 3,
      budgetMs: Math.min(20_000, remainingMs(context) / 12),
    });
    const wall = summarize(samples);
    // The breakdown of the median run.
    const run = [...runs].sort((a, b) => a.wallMs - b.wallMs)[runs.length >> 1]!;
    section.rows.push({
      what: `${label}, spawn to exit`,
      input: `${path.basename(file)}, ${(corpus.bytes / 1e6).toFixed(2)} MB`,
      runs: String(wall.runs),
      median: formatMs(wall.median),
      detail: `boot+load ${formatMs(run.startupMs)}, config+packs ${formatMs(run.configMs)}, read ${formatMs(run.readMs)}, lint ${formatMs(run.lintMs)}; CPU ${formatMs(run.cpuMs)}${othersCpu(run)}; ${run.findings} findings`,
      ratio: '',
    });
    report.target({
      target: `5 MB ${label}, cold < 2 s`,
      measured: formatMs(wall.median),
      status: wall.median < 2000 ? 'met' : 'MISSED',
      note: `fresh process incl. Node start, config and pack load; lint alone ${formatMs(run.lintMs)}${othersCpu(run)}`,
    });
    report.data[`cold-${path.basename(file)}`] = { wall, runs };
  }
  section.notes.push(
    "Detail of the median run. CPU: the cold process's, all its threads (it keeps more than one core busy: V8 compiles and collects on threads of its own). Others' CPU: what the machine's other processes used meanwhile (/proc/stat, less the cold process's and the bench's own); on two cores, each second of it is time the cold run can wait, so compare cold rows of runs whose others' CPU is alike.",
  );
}

/** ", others' CPU 0.81 s" for a run where /proc/stat told it. */
function othersCpu(run: ColdRun): string {
  return run.othersCpuMs === undefined ? '' : `, others' CPU ${formatMs(run.othersCpuMs)}`;
}

export async function measureCli(context: BenchContext): Promise<void> {
  const { ws, report, options } = context;
  const section = report.section('CLI throughput (node bin/replylint.js --format json)');
  const inputs = [
    { paths: [ws.files.markdown], label: 'library.md', words: ws.corpus.markdown.words },
    ...(context.jsonSupported ? [{ paths: [ws.files.json], label: 'export.json', words: ws.corpus.json.words }] : []),
    { paths: [ws.files.repliesDir], label: `replies/ (${ws.repliesCount} files)`, words: ws.repliesWords },
  ];
  for (const { paths, label, words } of inputs) {
    if (label === 'export.json' && remainingMs(context) < 150_000) {
      section.notes.push('export.json skipped: not enough time left in the run (its cold lint is in the cold-run table).');
      continue;
    }
    context.log(`cli: ${label}`);
    let outputBytes = 0;
    const samples = await repeat(async () => (outputBytes = (await cliRun(paths)).outputBytes), {
      warmup: 0,
      minRuns: 1,
      maxRuns: options.quick ? 1 : 3,
      budgetMs: Math.min(15_000, remainingMs(context) / 15),
    });
    const wall = summarize(samples);
    section.rows.push({
      what: 'replylint',
      input: `${label}, ${words.toLocaleString('en-US')} words`,
      runs: String(wall.runs),
      median: formatMs(wall.median),
      detail: `${perSecond(words, wall.median)}; ${(outputBytes / 1e6).toFixed(1)} MB of JSON out`,
      ratio: '',
    });
    report.data[`cli-${label}`] = { wall, words, wordsPerSecond: (words / wall.median) * 1000 };
  }
  section.notes.push('Spawn to exit: Node start, config, lint, formatting and writing the JSON report.');
}

/**
 * The same Zendesk macros as a YAML macro list and as the JSON export, each through the CLI (--format json): wall time
 * and peak RSS, fastest of three runs taken in turn. PRODUCT.md sets no target for YAML: the ratio to the JSON export
 * of the same run is the figure to watch (a busy machine moves both).
 */
export function measureYamlExport(context: BenchContext): void {
  const { ws, report, options } = context;
  if (!context.jsonSupported) return;
  const section = report.section('YAML macro list against the JSON export (CLI, --format json)');
  context.log('cli: export.yaml and export.json');
  const inputs = [
    { label: 'export.json', file: ws.files.json, corpus: ws.corpus.json },
    { label: 'export.yaml', file: ws.files.yaml, corpus: ws.corpus.yaml },
  ];
  const runs: { ms: number; rssMb: number }[][] = inputs.map(() => []);
  for (let round = 0; round < (options.quick ? 1 : 3); round++) inputs.forEach(({ file }, index) => runs[index]!.push(cliRunWithRss(file)));
  const [json, yaml] = runs.map((list) => ({ ms: Math.min(...list.map((run) => run.ms)), rssMb: Math.max(...list.map((run) => run.rssMb)) }));
  inputs.forEach(({ label, corpus }, index) => {
    const best = index === 0 ? json! : yaml!;
    section.rows.push({
      what: 'replylint',
      input: `${label}, ${(corpus.bytes / 1e6).toFixed(2)} MB, ${corpus.replies} macros, ${corpus.words.toLocaleString('en-US')} words`,
      runs: String(runs[index]!.length),
      median: formatMs(best.ms),
      detail: `fastest run; peak RSS ${best.rssMb.toFixed(0)} MB (the most of the runs), ${perSecond(corpus.words, best.ms)}`,
      ratio: index === 0 ? '' : `${formatRatio(yaml!.ms / json!.ms)} the JSON export's time, ${formatRatio(yaml!.rssMb / json!.rssMb)} its peak RSS`,
    });
  });
  const { json: jsonCorpus, yaml: yamlCorpus } = ws.corpus;
  section.notes.push(
    `No target in PRODUCT.md: the YAML row is read against the JSON export of the same run. Both are 5 MB; YAML is terser, so it holds the JSON export's ${jsonCorpus.replies} macros and ${yamlCorpus.replies - jsonCorpus.replies} more.`,
  );
  report.data.yamlExport = { json, yaml };
}

/** --profile: one cold lint of the library under --cpu-prof; the hot spots go into the report. */
export async function measureProfile(context: BenchContext): Promise<void> {
  const { ws, report } = context;
  const dir = path.join(RESULTS_DIR, 'profile');
  fs.rmSync(dir, { recursive: true, force: true });
  await buildColdEntry();
  const cases = [
    { name: 'recommended pack, library.md', file: ws.files.markdown, config: undefined },
    { name: '5,000 phrase rules, library.md', file: ws.files.markdown, config: ws.configs.rules5000 },
  ];
  for (const item of cases) {
    if (remainingMs(context) < 60_000) break;
    context.log(`profile: ${item.name}`);
    const caseDir = path.join(dir, item.config ? 'rules-5000' : 'recommended');
    const run = await coldRun(item.file, item.config, ['--cpu-prof', '--cpu-prof-dir', caseDir]);
    const file = newestProfile(caseDir);
    if (!file) continue;
    const summary = summarizeProfile(file, COLD_BUNDLE);
    const section = report.section(`CPU profile: cold lint, ${item.name}`);
    for (const spot of summary.self)
      section.rows.push({ what: 'self', input: spot.name, runs: '1', median: formatMs(spot.ms), detail: `${(spot.share * 100).toFixed(1)}%`, ratio: '' });
    for (const spot of summary.inclusive)
      section.rows.push({ what: 'inclusive', input: spot.name, runs: '1', median: formatMs(spot.ms), detail: `${(spot.share * 100).toFixed(1)}%`, ratio: '' });
    section.notes.push(
      `node --cpu-prof of bench/cold-entry.ts (lint ${formatMs(run.lintMs)} of ${formatMs(run.wallMs)} wall); profile in ${path.relative(process.cwd(), file)}.`,
    );
    report.data[`profile-${item.config ? 'rules-5000' : 'recommended'}`] = { file, ...summary };
  }
}
