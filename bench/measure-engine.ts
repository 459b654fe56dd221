// In-process engine measurements: the 300-word reply warm, the 5 MB library
// and export warm, the floor (read + word scan), and lint time with 10 vs
// 5,000 phrase rules.

import * as fs from 'node:fs';
import { type BenchContext, remainingMs } from './context';
import { markdownLibrary, zendeskExport } from '../test/support/corpus';
import { cachedLinter, lintText, loadConfig, readAndScan, ruleCounts, type LintOptions } from './engine';
import type { Status } from './report';
import { describe, librarySlice } from './slices';
import { formatMs, formatRatio, repeat, repeatSync, summarize } from './stats';

const status = (ok: boolean): Status => (ok ? 'met' : 'MISSED');
const wordsPerSecond = (words: number, ms: number) => `${Math.round((words / ms) * 1000).toLocaleString('en-US')} words/s`;

export function measureReply(context: BenchContext): void {
  const { ws, report, options } = context;
  const file = ws.files.reply;
  const text = fs.readFileSync(file, 'utf8');
  const lintOptions = loadConfig(file).lintOptions;
  let findings = 0;
  const samples = repeatSync(() => (findings = lintText(text, file, lintOptions).findings), {
    warmup: 50,
    minRuns: options.quick ? 50 : 200,
    maxRuns: 2000,
    budgetMs: options.quick ? 500 : 3000,
  });
  const lint = summarize(samples);
  const floor = summarize(repeatSync(() => readAndScan(file), { warmup: 50, minRuns: 200, maxRuns: 2000, budgetMs: 500 }));
  context.shared.replyMs = lint.median;
  const section = report.section('Engine, in process (warm)');
  section.rows.push({
    what: 'reply lint',
    input: `reply.md, ${ws.corpus.reply.words} words`,
    runs: String(lint.runs),
    median: formatMs(lint.median),
    detail: `p95 ${formatMs(lint.p95)}, ${findings} findings`,
    ratio: `${formatRatio(lint.median / floor.median)} floor`,
  });
  section.rows.push({
    what: 'floor: read + /\\p{L}+/gu scan',
    input: 'reply.md',
    runs: String(floor.runs),
    median: formatMs(floor.median),
    detail: '',
    ratio: '',
  });
  report.target({
    target: '300-word reply, warm median < 5 ms',
    measured: formatMs(lint.median),
    status: status(lint.median < 5),
    note: `${lint.runs} runs, p95 ${formatMs(lint.p95)}`,
  });
  report.data.reply = { words: ws.corpus.reply.words, lint, floor, findings };
}

type Relint = ReturnType<typeof cachedLinter>;

/**
 * Lints `text` repeatedly after warming up on a smaller file of the same
 * kind. Each timed run starts from an empty unit cache (a full lint); the
 * last run's cache is returned, primed for the edit measurement.
 */
async function warmLint(context: BenchContext, text: string, fileName: string, lintOptions: LintOptions, warmupText: string, budgetMs: number) {
  for (let i = 0; i < 2; i++) lintText(warmupText, fileName, lintOptions);
  let relint: Relint = cachedLinter(fileName, lintOptions);
  let count = { findings: 0, units: 0 };
  const samples = await repeat(
    () => {
      relint = cachedLinter(fileName, lintOptions);
      count = relint(text);
    },
    { warmup: 0, minRuns: 1, maxRuns: context.options.quick ? 1 : 5, budgetMs },
  );
  return { summary: summarize(samples), ...count, relint };
}

export async function measureLibraries(context: BenchContext): Promise<void> {
  const { ws, report, options } = context;
  const section = report.section('Engine, in process (warm)');
  const kinds = [
    {
      kind: 'markdown' as const,
      file: ws.files.markdown,
      corpus: ws.corpus.markdown,
      warmup: markdownLibrary(options.seed, 400_000).text,
      label: 'Markdown library',
    },
    ...(context.jsonSupported
      ? [
          {
            kind: 'json' as const,
            file: ws.files.json,
            corpus: ws.corpus.json,
            warmup: zendeskExport(options.seed, 400_000).text,
            label: 'Zendesk JSON export',
          },
        ]
      : []),
  ];
  for (const { kind, file, corpus, warmup, label } of kinds) {
    context.log(`engine: ${label} warm`);
    const text = fs.readFileSync(file, 'utf8');
    const lintOptions = loadConfig(file).lintOptions;
    const budgetMs = Math.min(15_000, remainingMs(context) / 14);
    const lint = await warmLint(context, text, file, lintOptions, warmup, budgetMs);
    const floor = summarize(repeatSync(() => readAndScan(file), { warmup: 1, minRuns: 3, maxRuns: 10, budgetMs: 2000 }));
    const input = `${(corpus.bytes / 1e6).toFixed(2)} MB, ${corpus.replies} replies, ${corpus.words.toLocaleString('en-US')} words`;
    section.rows.push({
      what: `${label} lint`,
      input,
      runs: String(lint.summary.runs),
      median: formatMs(lint.summary.median),
      detail: `${wordsPerSecond(corpus.words, lint.summary.median)}, ${lint.findings} findings in ${lint.units} units`,
      ratio: `${formatRatio(lint.summary.median / floor.median)} floor`,
    });
    section.rows.push({
      what: 'floor: read + /\\p{L}+/gu scan',
      input: `${kind === 'json' ? 'export.json' : 'library.md'}`,
      runs: String(floor.runs),
      median: formatMs(floor.median),
      detail: wordsPerSecond(corpus.words, floor.median),
      ratio: '',
    });
    report.target({
      target: `5 MB ${label}, warm < 2 s`,
      measured: formatMs(lint.summary.median),
      status: status(lint.summary.median < 2000),
      note: `in process after warm-up; ${lint.summary.runs} run(s)`,
    });
    const edit = measureCachedEdit(text, lint.relint);
    section.rows.push({
      what: 'one-character edit, re-lint with the unit cache',
      input: kind === 'json' ? 'export.json' : 'library.md',
      runs: String(edit.summary.runs),
      median: formatMs(edit.summary.median),
      detail: `p95 ${formatMs(edit.summary.p95)}; ${edit.reused} of ${edit.units} replies reused; ${edit.incremental ? 'only the edited reply re-read' : 'whole file re-read'}`,
      ratio: '',
    });
    report.data[`${kind}CachedEdit`] = edit;
    if (kind === 'markdown') {
      context.shared.libraryWarmMs = lint.summary.median;
      context.shared.libraryFindings = lint.findings;
    }
    report.data[`${kind}Warm`] = {
      lint: { summary: lint.summary, findings: lint.findings, units: lint.units },
      floor,
      words: corpus.words,
      bytes: corpus.bytes,
      replies: corpus.replies,
    };
  }
  if (!context.jsonSupported) {
    section.notes.push(
      'The engine does not split Zendesk JSON exports into replies yet: only the Markdown library was measured. The JSON rows switch on by themselves once splitReplyUnits handles .json.',
    );
  }
}

/**
 * The engine's side of a keystroke in a big file: a typo, then its undo, in
 * the middle of the file, re-linted through the unit cache the language
 * server keeps per document (only the edited reply is re-read when the edit
 * stays inside it: engine/units/incremental.ts).
 */
function measureCachedEdit(text: string, relint: Relint) {
  const at = text.indexOf(' the ', Math.floor(text.length / 2)) + 1;
  const typo = `${text.slice(0, at)}x${text.slice(at)}`;
  let last = { findings: 0, units: 0, reused: 0, incremental: false };
  let edits = 0;
  const samples = repeatSync(() => (last = relint(edits++ % 2 === 0 ? typo : text)), { warmup: 2, minRuns: 6, maxRuns: 20, budgetMs: 3000 });
  return { summary: summarize(samples), units: last.units, reused: last.reused, incremental: last.incremental };
}

/**
 * 10 vs 5,000 phrase rules on the same replies. The input is the whole
 * library when the budget allows, else a quarter or a sixteenth of it
 * (chosen from a probe, and said in the table): a ratio does not need 5 MB.
 */
export function measureScaling(context: BenchContext): void {
  const { ws, report, options } = context;
  const section = report.section('Rule-count scaling (10 vs 5,000 phrase rules)');
  const library = ws.corpus.markdown.text;
  const file = ws.files.markdown;
  const loadStarted = performance.now();
  const small = loadConfig(file, ws.configs.rules10);
  const smallLoadMs = performance.now() - loadStarted;
  const largeStarted = performance.now();
  const large = loadConfig(file, ws.configs.rules5000);
  const largeLoadMs = performance.now() - largeStarted;
  const counts = { small: ruleCounts(small), large: ruleCounts(large) };

  const probe = librarySlice(library, Math.floor(library.length / 16));
  for (const config of [small, large]) lintText(probe.text, file, config.lintOptions);
  const probeSmall = timeOnce(() => lintText(probe.text, file, small.lintOptions));
  const probeLarge = timeOnce(() => lintText(probe.text, file, large.lintOptions));
  const budgetMs = Math.min(options.quick ? 8000 : 20_000, remainingMs(context) / 8);
  const fraction = [1, 1 / 4, 1 / 16].find((part) => (probeSmall + probeLarge) * 16 * part * 2 <= budgetMs) ?? 1 / 16;
  const input =
    fraction === 1 ? librarySlice(library, library.length) : fraction === 1 / 16 ? probe : librarySlice(library, Math.floor(library.length * fraction));

  // Alternating runs, so drift on a noisy machine hits both sides alike.
  const smallSamples: number[] = [];
  const largeSamples: number[] = [];
  const findings = { small: 0, large: 0 };
  const started = performance.now();
  while (smallSamples.length < 3 && (smallSamples.length < 1 || performance.now() - started < budgetMs)) {
    smallSamples.push(timeOnce(() => (findings.small = lintText(input.text, file, small.lintOptions).findings)));
    largeSamples.push(timeOnce(() => (findings.large = lintText(input.text, file, large.lintOptions).findings)));
  }
  const a = summarize(smallSamples);
  const b = summarize(largeSamples);
  const ratio = b.median / a.median;
  const inputLabel = `${fraction === 1 ? 'library.md' : `library.md, first 1/${Math.round(1 / fraction)}`} (${describe(input)})`;
  const row = (phraseRules: number, summary: typeof a, found: typeof findings.small, loadMs: number, ratioText: string) => ({
    what: `${phraseRules} phrase rules`,
    input: inputLabel,
    runs: String(summary.runs),
    median: formatMs(summary.median),
    detail: `${found} findings; pack load ${formatMs(loadMs)}`,
    ratio: ratioText,
  });
  section.rows.push(
    row(counts.small.phraseRules, a, findings.small, smallLoadMs, ''),
    row(counts.large.phraseRules, b, findings.large, largeLoadMs, `${formatRatio(ratio)} the 10-rule time`),
  );
  section.notes.push(
    `Synthetic packs (bench/rule-packs.ts; the 5,000 include the 10): ${large.lintOptions.ruleSetFor('en')?.index?.phraseCount ?? '?'} phrase variants in the big pack, mixing literal, a|b, *, stem* and # forms. No other rules are loaded, so the ratio is the phrase machinery alone.`,
  );
  if (fraction !== 1)
    section.notes.push(
      `Measured on 1/${Math.round(1 / fraction)} of the library to fit the run's time budget (a probe on 1/16 predicted ${formatMs((probeSmall + probeLarge) * 16)} per pair of full-library runs).`,
    );
  report.target({
    target: '10 -> 5,000 phrase rules, lint time < 1.5x',
    measured: formatRatio(ratio),
    status: status(ratio < 1.5),
    note: `${formatMs(a.median)} -> ${formatMs(b.median)} on ${describe(input)}`,
  });
  report.data.scaling = {
    fraction,
    input: { bytes: input.bytes, replies: input.replies, words: input.words },
    small: { ...counts.small, loadMs: smallLoadMs, lint: a, findings: findings.small },
    large: { ...counts.large, loadMs: largeLoadMs, lint: b, findings: findings.large },
    ratio,
  };
}

function timeOnce(run: () => unknown): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}
