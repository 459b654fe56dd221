// Hostile inputs (test/support/hostile-texts.ts and a flood of findings),
// linted in process at 250 KB and at 1 MB: a scan that is one pass takes
// about four times as long on four times the text; a quadratic one sixteen.
// Wall times on a shared machine are noisy: the growth ratio is the figure
// to read, and anything past 8x is reported as missed.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { type BenchContext } from './context';
import { CLI_BIN } from '../test/support/build';
import { lintText, loadConfig, type LintOptions } from './engine';
import { HOSTILE_SCANS, type HostileText } from '../test/support/hostile-texts';
import { fuzzIncrementalDiagnostics } from '../test/support/lsp-fuzz';
import { LspTestClient } from '../test/support/lsp-client';
import { formatMs, formatRatio } from './stats';

const SMALL = 250_000;
const LARGE = 1_000_000;
/**
 * Each input once more at this size, untimed for growth: does it finish? Lists that grow with the input
 * overflowed the call stack only past about 120,000 items, which 1 MB of most inputs does not reach.
 */
const HUGE = 2_000_000;
/** Past this growth from SMALL to LARGE (4x the text) a scan is not linear. */
const MAX_GROWTH = 8;

const INPUTS: Record<string, (size: number) => HostileText> = {
  ...HOSTILE_SCANS,
  'a flood of findings ("soon ")': (size) => ({ text: 'soon '.repeat(size / 5), fileName: 'soon.txt' }),
};

export function measureHostile(context: BenchContext): void {
  const { ws, report } = context;
  const section = report.section('Hostile inputs (250 KB -> 1 MB)');
  const options = loadConfig(ws.files.markdown).lintOptions;
  const growths: number[] = [];
  let worst = { name: '', growth: 0 };
  const unfinished: string[] = [];
  for (const [name, make] of Object.entries(INPUTS)) {
    // The fastest of three runs at each size: a busy machine only ever adds time.
    const timed = (size: number) => {
      const { text, fileName } = make(size);
      let ms = Infinity;
      let findings = 0;
      for (let run = 0; run < 3; run++) {
        const started = performance.now();
        findings = lintText(text, fileName, options).findings;
        ms = Math.min(ms, performance.now() - started);
      }
      return { ms, findings };
    };
    timed(10_000);
    const small = timed(SMALL);
    const large = timed(LARGE);
    const growth = large.ms / Math.max(small.ms, 1);
    growths.push(growth);
    if (growth > worst.growth) worst = { name, growth };
    const huge = finishes(make(HUGE), options);
    if (typeof huge === 'string') unfinished.push(`${name}: ${huge}`);
    section.rows.push({
      what: name,
      input: '250 KB / 1 MB',
      runs: 'best of 3',
      median: `${formatMs(small.ms)} / ${formatMs(large.ms)}`,
      detail: `${large.findings} findings at 1 MB; 2 MB: ${typeof huge === 'string' ? `FAILED (${huge})` : formatMs(huge)}`,
      ratio: `${formatRatio(growth)} for 4x the text`,
    });
  }
  section.notes.push(
    'Fastest of three runs per size, on a shared machine: read the growth ratio (about 4x is linear, 16x quadratic), not the times. Findings are capped at 1,000 per file (maxFindings).',
  );
  report.target({
    target: `hostile inputs grow near-linearly (1 MB / 250 KB < ${MAX_GROWTH}x)`,
    measured: `worst ${formatRatio(worst.growth)} (${worst.name})`,
    status: worst.growth < MAX_GROWTH ? 'met' : 'MISSED',
    note: `${growths.length} inputs`,
  });
  report.target({
    target: 'every hostile input is linted at 2 MB (once, untimed)',
    measured: unfinished.length === 0 ? `${growths.length} of ${growths.length}` : unfinished.join('; '),
    status: unfinished.length === 0 ? 'met' : 'MISSED',
    note: 'the time of each is in its row',
  });
  report.data.hostile = Object.fromEntries(section.rows.map((row) => [row.what, { times: row.median, growth: row.ratio, twoMegabytes: row.detail }]));
}

/** The time one lint of a hostile text takes, or what it threw. */
function finishes({ text, fileName }: HostileText, options: LintOptions): number | string {
  const started = performance.now();
  try {
    lintText(text, fileName, options);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  return performance.now() - started;
}

/** A library of 24,290 short replies (about 200 characters each, as most macros are): the cost per reply. */
function shortReplyLibrary(): string {
  const openings = ['Hi {{ticket.requester.first_name}},', 'Hello,', 'Hi there,', 'Dear Sam,'];
  const bodies = [
    'Thanks for your order {{ticket.id}}. It ships today and arrives within three working days.',
    'We will reply soon about the refund for your last invoice.',
    'Your password was reset. Sign in with the link we just sent and choose a new one.',
    'Sorry for the delay with your parcel. I have asked the courier and will write by 3 pm.',
  ];
  const closings = ['Best,\nAna', 'Thanks,\nLee', 'Kind regards,\nSupport'];
  let text = '';
  for (let index = 0; index < 24_290; index++) {
    const details = [
      `Your reference is ${index * 37 + 1000}.`,
      `Order ${index + 5000} is on its way.`,
      `Ticket ${index} stays open until you reply.`,
      `Plan ${index % 97} renews monthly.`,
      `We logged case ${index * 3}.`,
    ];
    text += `## Macro ${index + 1}\n${openings[index % 4]}\n\n${bodies[(index * 7) % 4]} ${details[index % 5]} ${details[(index + 2) % 5]}\n\n${closings[index % 3]}\n\n`;
  }
  return text;
}

/** The short-reply library through the CLI (--format json): wall time and peak RSS of the process, fastest of three. */
export function measureShortReplies(context: BenchContext): void {
  const { report } = context;
  const section = report.section('Hostile inputs (250 KB -> 1 MB)');
  // Outside the repository: bench/results is git-ignored, and the CLI skips ignored files.
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'replylint-short-')), 'short-replies.md');
  fs.writeFileSync(file, shortReplyLibrary());
  const runs = [cliRunWithRss(file), cliRunWithRss(file), cliRunWithRss(file)];
  const best = runs.reduce((a, b) => (b.ms < a.ms ? b : a));
  const peak = Math.max(...runs.map((run) => run.rssMb));
  const size = fs.statSync(file).size;
  // The same CLI on the 5 MB long-reply library in this run: a ratio holds on a busy machine where times do not.
  const library = report.data['cli-library.md'] as { wall: { median: number } } | undefined;
  section.rows.push({
    what: 'many short replies (CLI, --format json)',
    input: `${(size / 1e6).toFixed(1)} MB, 24,290 replies`,
    runs: '3',
    median: formatMs(best.ms),
    detail: `peak RSS ${peak.toFixed(0)} MB`,
    ratio: library ? `${formatRatio(best.ms / library.wall.median)} the long-reply library's CLI run` : '',
  });
  report.target({
    target: 'many short replies in the CLI: < 2 s and < 150 MB',
    measured: `${formatMs(best.ms)}, ${peak.toFixed(0)} MB`,
    status: best.ms < 2000 && peak < 150 ? 'met' : 'MISSED',
    note: 'fastest of 3; peak RSS of the three',
  });
  report.data.shortReplies = { ms: best.ms, peakRssMb: peak, bytes: size };
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
}

/** The CLI run of one file in a fresh process: wall time and peak RSS (preloaded report-rss.cjs). */
export function cliRunWithRss(file: string): { ms: number; rssMb: number } {
  const started = performance.now();
  const child = spawnSync(process.execPath, ['-r', path.join(__dirname, 'report-rss.cjs'), CLI_BIN, '--format', 'json', file], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const ms = performance.now() - started;
  if (child.status !== 0 && child.status !== 1) throw new Error(`the CLI exited with ${child.status}: ${child.stderr.slice(0, 300)}`);
  return { ms, rssMb: Number(/bench-max-rss-kb (\d+)/.exec(child.stderr)?.[1] ?? NaN) / 1024 };
}

/** Past this peak RSS, one huge reply is not bounded (the CLI alone starts at about 80 MB). */
const MAX_FLOOD_RSS_MB = 250;

/** One reply of 9.9 MB on one line ("soon " over and over) through the CLI: checked up to MAX_CHECKED_REPLY, so memory stays bounded. */
export function measureFlood(context: BenchContext): void {
  const { report } = context;
  const section = report.section('Hostile inputs (250 KB -> 1 MB)');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'replylint-flood-')), 'soon.txt');
  fs.writeFileSync(file, 'soon '.repeat(1_980_000));
  const run = cliRunWithRss(file);
  section.rows.push({
    what: 'one 9.9 MB reply on one line (CLI, --format json)',
    input: '9.9 MB of "soon "',
    runs: '1',
    median: formatMs(run.ms),
    detail: `peak RSS ${run.rssMb.toFixed(0)} MB`,
    ratio: '',
  });
  report.target({
    target: `one 10 MB reply in the CLI: peak RSS < ${MAX_FLOOD_RSS_MB} MB`,
    measured: `${run.rssMb.toFixed(0)} MB, ${formatMs(run.ms)}`,
    status: run.rssMb < MAX_FLOOD_RSS_MB ? 'met' : 'MISSED',
    note: 'checked up to 200,000 characters, with a note (was 1.7 GB)',
  });
  report.data.flood = run;
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
}

/** The LSP random-edit fuzz of test/lsp/fuzz.test.ts with more edits and the run's seed. */
export async function measureLspFuzz(context: BenchContext): Promise<void> {
  const { report, options } = context;
  const section = report.section('Hostile inputs (250 KB -> 1 MB)');
  const editsPerDocument = options.quick ? 20 : 100;
  const workspace = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'replylint-fuzz-')));
  fs.writeFileSync(path.join(workspace, '.replylint.yaml'), 'language: en\n');
  const client = await LspTestClient.start({ workspaceFolder: workspace, pull: true });
  try {
    const started = performance.now();
    const { edits, mismatches } = await fuzzIncrementalDiagnostics(client, workspace, { seed: options.seed, editsPerDocument });
    const ms = performance.now() - started;
    const first = mismatches[0];
    section.rows.push({
      what: 'random edits over LSP, each against a fresh lint',
      input: `6 formats, seed ${options.seed}`,
      runs: String(edits),
      median: formatMs(ms / edits),
      detail: `${mismatches.length} mismatches${first ? ` (first: ${first.fileName}, edit ${first.step})` : ''}`,
      ratio: '',
    });
    report.target({
      target: 'incremental diagnostics equal a fresh lint after random edits',
      measured: `${mismatches.length} mismatches in ${edits} edits`,
      status: mismatches.length === 0 ? 'met' : 'MISSED',
      note: 'Markdown (LF, CRLF), text, HTML, JSON and YAML exports',
    });
    report.data.lspFuzz = { edits, mismatches: mismatches.length, ms };
  } finally {
    await client.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}
