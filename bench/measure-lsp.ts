// Language-server rows of the report: cold start, the 5 MB file open and
// edited, peak memory, and the soak.

import * as path from 'node:path';
import { SERVER_ENV, SERVER_EXEC_ARGV } from '../server/src/lsp/protocol';
import { type BenchContext, remainingMs } from './context';
import { bigFile, coldStart, soak, type BigFile, type Mode } from './lsp';
import { formatMs } from './stats';

export async function measureLsp(context: BenchContext): Promise<void> {
  const { ws, report, options } = context;
  const section = report.section(
    `Language server over stdio (${Object.entries(SERVER_ENV)
      .map(([name, value]) => `${name}=${value} `)
      .join('')}node ${SERVER_EXEC_ARGV.join(' ')} dist/server.js --stdio, as VS Code starts it)`,
  );

  const starts = [];
  for (const mode of ['push', 'pull'] as Mode[]) {
    context.log(`lsp: cold start (${mode})`);
    const start = await coldStart(ws.dir, ws.files.reply, mode, options.quick ? 1 : 3);
    starts.push(start);
    section.rows.push({
      what: `cold start to first diagnostics (${mode})`,
      input: 'reply.md',
      runs: String(start.summary.runs),
      median: formatMs(start.summary.median),
      detail: `max ${formatMs(start.summary.max)}, ${start.diagnostics} diagnostics`,
      ratio: '',
    });
  }
  const slowestStart = Math.max(...starts.map((start) => start.summary.median));
  report.target({
    target: 'server cold start to first diagnostics < 500 ms',
    measured: formatMs(slowestStart),
    status: slowestStart < 500 ? 'met' : 'MISSED',
    note: 'spawn to diagnostics of a 300-word reply; the slower of push and pull',
  });

  // The export when the engine reads exports, else the Markdown library.
  const exportFile = context.jsonSupported ? ws.files.json : ws.files.markdown;
  const sessions: { file: string; mode: Mode }[] = [
    { file: exportFile, mode: 'pull' },
    ...(context.jsonSupported ? [{ file: ws.files.markdown, mode: 'pull' as Mode }] : []),
    { file: ws.files.markdown, mode: 'push' },
  ];
  let primary: BigFile | undefined;
  /** The Markdown library opened and edited over pull (issue 16: its edits took the server past 150 MB). */
  let library: BigFile | undefined;
  for (const session of sessions) {
    // Every session opens the file (a full lint) and edits it (a full lint each,
    // until re-linting is incremental): skip the extra ones when lints are slow.
    if (primary && primary.openMs * 4 > remainingMs(context) / 3) {
      section.notes.push(
        `${session.mode} session on ${path.basename(session.file)} skipped: opening took ${formatMs(primary.openMs)}, too slow for this run's time budget.`,
      );
      continue;
    }
    context.log(`lsp: ${path.basename(session.file)} (${session.mode})`);
    const budgetMs = Math.min(options.quick ? 5000 : 20_000, remainingMs(context) / 8);
    const result = await bigFile(ws.dir, session.file, session.mode, { minEdits: options.quick ? 1 : 3, maxEdits: 9, budgetMs });
    primary ??= result;
    if (session.file === ws.files.markdown && session.mode === 'pull') library = result;
    section.rows.push({
      what: `open to first diagnostics (${session.mode})`,
      input: result.file,
      runs: '1',
      median: formatMs(result.openMs),
      detail: `${result.diagnostics} diagnostics (${(result.payloadBytes / 1e6).toFixed(1)} MB as JSON), ranges ${result.rangesValid ? 'valid' : 'INVALID'}`,
      ratio: '',
    });
    section.rows.push({
      what: `one-character edit to diagnostics (${session.mode})`,
      input: result.file,
      runs: String(result.edit.runs),
      median: formatMs(result.edit.median),
      detail: `max ${formatMs(result.edit.max)}${session.mode === 'push' ? ", includes the server's 150 ms debounce" : ''}`,
      ratio: '',
    });
    section.rows.push({
      what: 'server peak RSS (VmHWM)',
      input: `${result.file} open`,
      runs: '1',
      median: `${result.memory.peakMb.toFixed(0)} MB`,
      detail: `RSS now ${result.memory.rssMb.toFixed(0)} MB, ${result.afterPauseMb.toFixed(0)} MB after a 3 s pause`,
      ratio: '',
    });
    report.data[`lsp-${result.file}-${session.mode}`] = result;
  }
  if (primary) {
    const label = context.jsonSupported ? '5 MB export' : '5 MB Markdown library (no JSON support yet)';
    report.target({
      target: `one-character edit in a ${label} re-linted < 50 ms`,
      measured: formatMs(primary.edit.median),
      status: primary.edit.median < 50 ? 'met' : 'MISSED',
      note: `pull diagnostics, ${primary.edit.runs} edit(s), max ${formatMs(primary.edit.max)}`,
    });
    report.target({
      target: `server RSS < 150 MB with the ${label} open`,
      measured: `${primary.memory.peakMb.toFixed(0)} MB peak`,
      status: primary.memory.peakMb < 150 ? 'met' : 'MISSED',
      note: `VmHWM after open and edits; RSS now ${primary.memory.rssMb.toFixed(0)} MB, ${primary.afterPauseMb.toFixed(0)} MB after a 3 s pause`,
    });
  }
  if (library && library !== primary) {
    report.target({
      target: 'server RSS < 150 MB with the 5 MB Markdown library open and edited',
      measured: `${library.memory.peakMb.toFixed(0)} MB peak`,
      status: library.memory.peakMb < 150 ? 'met' : 'MISSED',
      note: `pull, VmHWM after open and ${library.edit.runs} edit(s); RSS now ${library.memory.rssMb.toFixed(0)} MB, ${library.afterPauseMb.toFixed(0)} MB after a 3 s pause`,
    });
  }
}

export async function measureSoak(context: BenchContext): Promise<void> {
  const { ws, report, options } = context;
  // The soak takes the time left (the other sections shrink as the engine gets faster), at least 20 s.
  const maxMs = Math.max(options.quick ? 5000 : 20_000, Math.min(options.soakSeconds * 1000, remainingMs(context) - 10_000));
  context.log(`soak: up to 10,000 edits or ${formatMs(maxMs)}`);
  const result = await soak(ws.dir, ws.files.reply, { maxEdits: 10_000, maxMs, seed: options.seed });
  const section = report.section('Soak: rapid incremental edits to one document (issue 8)');
  const { latency } = result;
  section.rows.push({
    what: 'edit sent to pulled diagnostics',
    input: `${result.file}, ${result.edits} edits in ${formatMs(result.durationMs)}`,
    runs: String(latency.runs),
    median: formatMs(latency.median),
    detail: `p95 ${formatMs(latency.p95)}, p99 ${formatMs(latency.p99)}, max ${formatMs(latency.max)}`,
    ratio: '',
  });
  section.rows.push({
    what: 'server RSS',
    input: `after 100 edits -> end`,
    runs: String(result.rssSamplesMb.length),
    median: `${result.rssStartMb.toFixed(0)} -> ${result.rssEndMb.toFixed(0)} MB`,
    detail: `growth ${(result.rssEndMb - result.rssStartMb).toFixed(1)} MB, peak ${result.peakMb.toFixed(0)} MB`,
    ratio: '',
  });
  section.notes.push(
    `Stopped by ${result.stoppedBy === 'edits' ? 'the edit count (10,000)' : `the time limit (${formatMs(maxMs)})`}. Every keystroke is one incremental didChange then one textDocument/diagnostic pull, as VS Code does, without pauses.`,
    `Final diagnostics: ranges ${result.rangesValid ? 'all valid' : 'INVALID'}; ${result.agreesWithFreshLint ? 'same count as' : 'DIFFERENT from'} a fresh in-process lint of the client's final text (incremental sync kept the server's copy right).`,
    `RSS every 500 edits (MB): ${result.rssSamplesMb.map((mb) => mb.toFixed(0)).join(', ')}.`,
  );
  report.data.soak = result;
}
