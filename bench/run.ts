// npm run bench: Replylint's performance benchmark (issues 7 and 8).
//
// Builds a deterministic corpus, then measures the engine in process, cold
// processes, the CLI, the peers side by side, the language server over stdio
// and a soak of rapid edits; prints a table, writes bench/results/latest.json
// and rewrites bench/RESULTS.md. Never part of npm test. Sized to finish in
// under five minutes on two cores: sections scale their repetitions to the
// time left.
//
//   --quick            fewer repetitions, 10 s soak (a smoke run: writes partial.json only)
//   --profile          also CPU-profile a cold lint (adds about a minute)
//   --only a,b         sections: engine, cold, cli, peers, lsp, soak, hostile
//   --soak-seconds N   soak time limit (default 60)
//   --seed N           corpus seed (default 20261123)

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import type { BenchContext, BenchOptions } from './context';
import { DEFAULT_SEED } from '../test/support/corpus';
import { jsonExportsSupported } from './engine';
import { measureLibraries, measureReply, measureScaling } from './measure-engine';
import { measureLsp, measureSoak } from './measure-lsp';
import { measureFlood, measureHostile, measureLspFuzz, measureShortReplies } from './measure-hostile';
import { measurePeers } from './measure-peers';
import { measureCli, measureCold, measureProfile, measureYamlExport } from './measure-process';
import { Report } from './report';
import { formatMs } from './stats';
import { BENCH_DIR, RESULTS_DIR, prepareWorkspace, type Workspace } from './workspace';

// Leaves a margin under five minutes for the build and a busy machine.
const BUDGET_MS = 240_000;

function options(): BenchOptions {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
      only: { type: 'string', default: '' },
      'soak-seconds': { type: 'string', default: '60' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
    },
  });
  return {
    quick: values.quick!,
    profile: values.profile!,
    only: values
      .only!.split(',')
      .map((name) => name.trim())
      .filter(Boolean),
    soakSeconds: values.quick ? Math.min(10, Number(values['soak-seconds'])) : Number(values['soak-seconds']),
    seed: Number(values.seed),
  };
}

async function main(): Promise<void> {
  const started = performance.now();
  const opts = options();
  const log = (message: string) => process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}\n`);
  const report = new Report();

  log('building the corpus');
  const ws = prepareWorkspace(opts.seed);
  try {
    await runSections(opts, ws, report, started, log);
  } finally {
    fs.rmSync(ws.root, { recursive: true, force: true });
  }
}

async function runSections(opts: BenchOptions, ws: Workspace, report: Report, started: number, log: (message: string) => void): Promise<void> {
  const jsonSupported = jsonExportsSupported(opts.seed);
  const context: BenchContext = { ws, report, options: opts, jsonSupported, shared: {}, deadline: started + BUDGET_MS + (opts.profile ? 120_000 : 0), log };
  describeInputs(context);

  const sections: [string, () => unknown][] = [
    [
      'engine',
      async () => {
        measureReply(context);
        await measureLibraries(context);
        measureScaling(context);
      },
    ],
    ['cold', () => measureCold(context)],
    [
      'cli',
      async () => {
        await measureCli(context);
        measureYamlExport(context);
      },
    ],
    ['peers', () => measurePeers(context)],
    ['lsp', () => measureLsp(context)],
    ['soak', () => measureSoak(context)],
    [
      'hostile',
      async () => {
        measureHostile(context);
        measureShortReplies(context);
        measureFlood(context);
        await measureLspFuzz(context);
      },
    ],
  ];
  for (const [name, run] of sections) {
    if (opts.only.length > 0 && !opts.only.includes(name)) continue;
    log(`section: ${name}`);
    try {
      await run();
    } catch (error) {
      report.fail(name, error);
    }
  }
  if (opts.profile) {
    try {
      await measureProfile(context);
    } catch (error) {
      report.fail('profile', error);
    }
  }

  const elapsed = performance.now() - started;
  const full = !opts.quick && opts.only.length === 0;
  report.write(RESULTS_DIR, full ? path.join(BENCH_DIR, 'RESULTS.md') : undefined, `npm run bench${opts.profile ? ' -- --profile' : ''}`, elapsed);
  process.stdout.write(
    `${report.text()}\n\nDone in ${formatMs(elapsed)}. Wrote ${full ? 'bench/results/latest.json and bench/RESULTS.md' : 'bench/results/partial.json'}.\n`,
  );
}

function describeInputs(context: BenchContext): void {
  const { ws, report } = context;
  const section = report.section('Inputs (seeded, test/support/corpus.ts)');
  const { corpus } = ws;
  const row = (what: string, input: string, detail: string) => section.rows.push({ what, input, runs: '', median: '', detail, ratio: '' });
  row('300-word reply', 'reply.md', `${corpus.reply.words} words, problems: ${corpus.reply.problems.join(', ') || 'none'}`);
  row(
    'Markdown macro library',
    'library.md',
    `${(corpus.markdown.bytes / 1e6).toFixed(2)} MB, ${corpus.markdown.replies} ## replies, ${corpus.markdown.words.toLocaleString('en-US')} words`,
  );
  row(
    'Zendesk JSON export',
    'export.json',
    `${(corpus.json.bytes / 1e6).toFixed(2)} MB, ${corpus.json.replies} macros, ${corpus.json.words.toLocaleString('en-US')} words${context.jsonSupported ? '' : ' (not linted: no JSON support in the engine yet)'}`,
  );
  row(
    'Zendesk macros as YAML',
    'export.yaml',
    `${(corpus.yaml.bytes / 1e6).toFixed(2)} MB, ${corpus.yaml.replies} macros (the JSON export's first ${corpus.json.replies} and more), ${corpus.yaml.words.toLocaleString('en-US')} words`,
  );
  row('single-reply files', 'replies/*.md', `${ws.repliesCount} files, ${ws.repliesWords.toLocaleString('en-US')} words`);
  section.notes.push(
    `Seed ${context.options.seed}. About a third of the replies are good; the rest carry one to three typical problems of the eight categories (test/support/corpus-text.ts).`,
  );
  report.data.corpus = {
    seed: context.options.seed,
    reply: { words: corpus.reply.words, problems: corpus.reply.problems },
    markdown: { bytes: corpus.markdown.bytes, replies: corpus.markdown.replies, words: corpus.markdown.words },
    json: { bytes: corpus.json.bytes, replies: corpus.json.replies, words: corpus.json.words, linted: context.jsonSupported },
    yaml: { bytes: corpus.yaml.bytes, replies: corpus.yaml.replies, words: corpus.yaml.words },
    replies: { files: ws.repliesCount, words: ws.repliesWords },
  };
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
