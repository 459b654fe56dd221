// Peers side by side with ours, in this run, on identical text: the 300-word
// reply, and a slice of the Markdown library (the heavy peers would take
// minutes on 5 MB). A peer fast enough is also run on the whole library.
// Ratios are always ours/peer on the same input; whole-library figures for
// peers that only ran the slice are scaled linearly and marked as estimates
// (linear flatters them: parse-english grows faster than linearly).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { type BenchContext, remainingMs } from './context';
import { lintText, loadConfig, phraseRulesOf } from './engine';
import { alex, textlintPrh, writeGoodPeer, type Peer } from './peers';
import { prhDictionary } from './prh';
import { describe, librarySlice, type Slice } from './slices';
import { formatMs, formatRatio, repeat, summarize } from './stats';

const SLICE_BYTES = 100_000;
/** prh runs one regular expression per rule over every paragraph: 5,000 rules get a smaller slice. */
const LARGE_SLICE_BYTES = 10_000;
/**
 * Each tool's warm-up on a slice before its timed runs, the same for all: runs until this much time has
 * passed (at least one). After one warm-up run our slice lint was still being compiled by V8 (in process,
 * fresh config: 79-138 ms a run over its first runs, 38-41 ms once warm, load ~14), which one run of a
 * peer of a few regular expressions needs far less; the ratio measured that, not the lint.
 */
const WARMUP_MS = 1500;
/** A peer whose projected whole-library time is under this also runs the whole library. */
const FULL_RUN_LIMIT_MS = 12_000;

export async function measurePeers(context: BenchContext): Promise<void> {
  const { ws, report, options } = context;
  const section = report.section('Peers, side by side (same text, same run)');
  const dir = path.join(ws.root, 'peers');
  fs.mkdirSync(dir, { recursive: true });

  const recommended = loadConfig(ws.files.markdown);
  const ours = prhDictionary(phraseRulesOf(recommended));
  const oursFile = path.join(dir, 'prh-recommended.yml');
  fs.writeFileSync(oursFile, ours.yaml);
  const large = prhDictionary(ws.synthetic.large.map((rule) => ({ id: rule.id, phrases: rule.phrases.map((phrase) => ({ phrase })) })));
  const largeFile = path.join(dir, 'prh-synthetic-5000.yml');
  fs.writeFileSync(largeFile, large.yaml);
  section.notes.push(
    `prh dictionary from the recommended pack: ${ours.rules} rules, ${ours.phrases} phrases translated, ${ours.skippedWildcard} wildcard phrases (*, stem*, #) skipped as prh has no equivalent; \`unless\` exceptions are not expressible either. From the 5,000-rule pack: ${large.rules} rules, ${large.phrases} phrases, ${large.skippedWildcard} wildcard phrases skipped.`,
    'alex and write-good take no phrase lists: they run their own built-in checks on the same text, so they are a speed reference, not the same work.',
  );

  const peers: Peer[] = [await textlintPrh('textlint + prh', oursFile, 'recommended phrases'), await alex(), writeGoodPeer()];

  // 1. The 300-word reply.
  const reply = fs.readFileSync(ws.files.reply, 'utf8');
  const oursReply =
    context.shared.replyMs ??
    summarize(
      await repeat(() => lintText(reply, ws.files.reply, loadConfig(ws.files.reply).lintOptions), { warmup: 20, minRuns: 50, maxRuns: 500, budgetMs: 1000 }),
    ).median;
  section.rows.push({
    what: 'replylint (recommended)',
    input: 'reply.md',
    runs: '',
    median: formatMs(oursReply),
    detail: 'from the engine section',
    ratio: '',
  });
  // ours/peer on each input; above 1 means the peer was faster.
  const ratios: { peer: string; input: string; ratio: number }[] = [];
  for (const peer of peers) {
    context.log(`peers: ${peer.name} on the reply`);
    let findings = 0;
    const samples = await repeat(async () => (findings = await peer.lint(reply)), {
      warmup: 5,
      minRuns: options.quick ? 5 : 20,
      maxRuns: 300,
      budgetMs: options.quick ? 500 : 2000,
    });
    const summary = summarize(samples);
    section.rows.push({
      what: peer.name,
      input: 'reply.md',
      runs: String(summary.runs),
      median: formatMs(summary.median),
      detail: `${findings} findings`,
      ratio: `ours/peer ${formatRatio(oursReply / summary.median)}`,
    });
    report.data[`peer-reply-${peer.name}`] = { summary, findings };
    ratios.push({ peer: peer.name, input: 'the reply', ratio: oursReply / summary.median });
  }

  // 2. A slice of the library, then the whole library for fast-enough peers.
  const library = ws.corpus.markdown.text;
  const slice = librarySlice(library, SLICE_BYTES);
  const whole = librarySlice(library, library.length);
  const oursSlice = await lintSlice(context, 'replylint (recommended)', slice, (text) => lintText(text, ws.files.markdown, recommended.lintOptions).findings);
  const rows: { peer: string; slice: number; full?: number }[] = [];
  for (const peer of peers) {
    context.log(`peers: ${peer.name} on a ${describe(slice)} slice`);
    const measured = await lintSlice(context, peer.name, slice, peer.lint, oursSlice.median);
    const projected = measured.median * (whole.words / slice.words);
    let full: number | undefined;
    if (projected < FULL_RUN_LIMIT_MS && projected < remainingMs(context) / 8 && context.shared.libraryWarmMs !== undefined) {
      context.log(`peers: ${peer.name} on the whole library`);
      const t0 = performance.now();
      const findings = await peer.lint(whole.text);
      full = performance.now() - t0;
      section.rows.push({
        what: peer.name,
        input: `library.md (${describe(whole)})`,
        runs: '1',
        median: formatMs(full),
        detail: `${findings} findings`,
        ratio: `ours/peer ${formatRatio(context.shared.libraryWarmMs / full)}`,
      });
    } else {
      section.notes.push(`${peer.name}: slice only; the whole library would take about ${formatMs(projected)} (scaled linearly from the slice, an estimate).`);
    }
    rows.push({ peer: peer.name, slice: measured.median, full });
    ratios.push({ peer: peer.name, input: 'the library slice', ratio: oursSlice.median / measured.median });
  }

  // 3. The same 5,000 phrase rules: prh's one-regex-per-rule against our one trie.
  const small = librarySlice(library, LARGE_SLICE_BYTES);
  const large5000 = loadConfig(ws.files.markdown, ws.configs.rules5000);
  const oursLarge = await lintSlice(
    context,
    'replylint (5,000 phrase rules)',
    small,
    (text) => lintText(text, ws.files.markdown, large5000.lintOptions).findings,
  );
  if (remainingMs(context) > 60_000) {
    const peer = await textlintPrh('textlint + prh (5,000 rules)', largeFile, 'synthetic phrases');
    context.log(`peers: ${peer.name} on a ${describe(small)} slice`);
    const t0 = performance.now();
    await peer.lint('Hi Sam,\n\nThanks.\n');
    const loadMs = performance.now() - t0;
    const measured = await lintSlice(context, peer.name, small, peer.lint, oursLarge.median, 0);
    rows.push({ peer: peer.name, slice: measured.median });
    section.notes.push(`textlint + prh with the 5,000-rule dictionary: its first lint (compiling the dictionary) took ${formatMs(loadMs)} on a one-line text.`);
  } else {
    section.notes.push('textlint + prh with the 5,000-rule dictionary: skipped, not enough time left in the run.');
  }
  report.data.peers = {
    slice: { bytes: slice.bytes, words: slice.words, replies: slice.replies },
    largeSlice: { bytes: small.bytes, words: small.words, replies: small.replies },
    ours: oursSlice,
    oursLarge,
    rows,
    dictionaries: { recommended: { ...ours, yaml: undefined }, large: { ...large, yaml: undefined } },
  };
  const worst = ratios.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  report.target({
    target: 'faster than every peer, same text',
    measured: `worst ours/peer ${formatRatio(worst.ratio)}`,
    status: worst.ratio < 1 ? 'met' : 'MISSED',
    note: `worst: ${worst.peer} on ${worst.input}; ${ratios.filter((item) => item.ratio >= 1).length} of ${ratios.length} comparisons not faster`,
  });
}

/** Times `lint` on the slice (after warming it up for `warmupMs`, none when 0) and adds a row; returns the summary. */
async function lintSlice(
  context: BenchContext,
  name: string,
  slice: Slice,
  lint: (text: string) => number | Promise<number>,
  oursMs?: number,
  warmupMs = WARMUP_MS,
) {
  const section = context.report.section('Peers, side by side (same text, same run)');
  let findings = 0;
  const warmedAt = performance.now() + (context.options.quick ? 0 : warmupMs);
  for (let runs = 0; warmupMs > 0 && (runs === 0 || performance.now() < warmedAt); runs++) await lint(slice.text);
  const samples = await repeat(async () => (findings = await lint(slice.text)), {
    warmup: 0,
    minRuns: 1,
    maxRuns: context.options.quick ? 1 : 3,
    budgetMs: 6000,
  });
  const summary = summarize(samples);
  section.rows.push({
    what: name,
    input: `library.md slice (${describe(slice)})`,
    runs: String(summary.runs),
    median: formatMs(summary.median),
    detail: `${findings} findings, ${Math.round((slice.words / summary.median) * 1000).toLocaleString('en-US')} words/s`,
    ratio: oursMs === undefined ? '' : `ours/peer ${formatRatio(oursMs / summary.median)}`,
  });
  return summary;
}
