// Language-server measurements over stdio: cold start to first diagnostics,
// opening a 5 MB file, one-character edits in it, peak memory, and a soak of
// rapid incremental edits (issue 8).
//   push: the server lints on open and, debounced, after changes, then sends
//         publishDiagnostics (Neovim, Helix, most clients).
//   pull: the client asks textDocument/diagnostic after each change (VS Code).

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { loadConfig, lintText } from './engine';
import { LspTestClient, fileUri, type Memory } from '../test/support/lsp-client';
import { Random } from '../test/support/random';
import { summarize, type Summary } from './stats';

export type Mode = 'push' | 'pull';

/** Big files must not be skipped by the editor-side size limit. */
const SETTINGS = { maxFileSize: 100_000_000 };
const TIMEOUT_MS = 120_000;

function languageIdOf(file: string): string {
  return file.endsWith('.json') ? 'json' : file.endsWith('.md') ? 'markdown' : 'plaintext';
}

/** Diagnostics for the document's current version: pulled, or the next push. */
async function diagnosticsAfter(client: LspTestClient, mode: Mode, document: TextDocument): Promise<Diagnostic[]> {
  if (mode === 'pull') return client.pullAsEditor(document.uri);
  return client.waitForPublished(document.uri, undefined, TIMEOUT_MS);
}

/** Every range maps back to itself: none past a line's end or the document's end. */
export function rangesValid(document: TextDocument, diagnostics: Diagnostic[]): boolean {
  const same = (position: { line: number; character: number }) => {
    const back = document.positionAt(document.offsetAt(position));
    return back.line === position.line && back.character === position.character;
  };
  return diagnostics.every(({ range }) => same(range.start) && same(range.end) && document.offsetAt(range.start) <= document.offsetAt(range.end));
}

export interface ColdStart {
  mode: Mode;
  /** Process spawn to the first diagnostics of a small reply. */
  samples: number[];
  summary: Summary;
  diagnostics: number;
}

export async function coldStart(workspaceDir: string, file: string, mode: Mode, runs: number): Promise<ColdStart> {
  const text = fs.readFileSync(file, 'utf8');
  const samples: number[] = [];
  let diagnostics = 0;
  for (let i = 0; i < runs; i++) {
    const spawnedAt = performance.now();
    const client = await LspTestClient.start({ pull: mode === 'pull', workspaceFolder: workspaceDir, settings: SETTINGS });
    try {
      const document = await client.open(fileUri(file), languageIdOf(file), text);
      diagnostics = (await diagnosticsAfter(client, mode, document)).length;
      samples.push(performance.now() - spawnedAt);
    } finally {
      await client.stop();
    }
  }
  return { mode, samples, summary: summarize(samples), diagnostics };
}

export interface BigFile {
  mode: Mode;
  file: string;
  /** didOpen to the first diagnostics. */
  openMs: number;
  /** One-character edit sent to its diagnostics received. */
  editSamples: number[];
  edit: Summary;
  diagnostics: number;
  /** Size of the diagnostics as JSON: what every re-lint sends over the pipe. */
  payloadBytes: number;
  rangesValid: boolean;
  memory: Memory;
  /** RSS after a pause in typing (PAUSE_MS with no request): what the server gives back once the edits stop. */
  afterPauseMb: number;
}

/** A pause in typing: longer than the server's idle wait before it collects (lsp/idle-collector.ts). */
const PAUSE_MS = 3000;

/** Offsets of word starts around the middle of the file: where the one-character edits go. */
function editOffsets(text: string, count: number): number[] {
  const offsets: number[] = [];
  const pattern = / (?:the|your|you|we|and) /g;
  pattern.lastIndex = Math.floor(text.length / 2);
  let match: RegExpExecArray | null;
  while (offsets.length < count && (match = pattern.exec(text))) offsets.push(match.index + 1);
  return offsets;
}

/**
 * Opens a big file, then makes one-character edits (a typo, then its undo) in
 * the middle of it, timing each until its diagnostics arrive. Stops adding
 * edits when the budget is spent (at least `minEdits`).
 */
export async function bigFile(
  workspaceDir: string,
  file: string,
  mode: Mode,
  options: { minEdits: number; maxEdits: number; budgetMs: number },
): Promise<BigFile> {
  const text = fs.readFileSync(file, 'utf8');
  const client = await LspTestClient.start({ pull: mode === 'pull', workspaceFolder: workspaceDir, settings: SETTINGS });
  try {
    const opened = performance.now();
    let document = await client.open(fileUri(file), languageIdOf(file), text);
    let diagnostics = await diagnosticsAfter(client, mode, document);
    const openMs = performance.now() - opened;
    const offsets = editOffsets(text, options.maxEdits);
    const editSamples: number[] = [];
    // While every edit re-lints the whole file, a slow open means slow edits: one then.
    const minEdits = openMs < 3000 ? options.minEdits : 1;
    const started = performance.now();
    for (let i = 0; i < options.maxEdits && i < offsets.length * 2; i++) {
      if (editSamples.length >= minEdits && performance.now() - started > options.budgetMs) break;
      const at = document.positionAt(offsets[i >> 1]!);
      // Odd edits undo the even ones, so every edit lands on the same text.
      const change =
        i % 2 === 0 ? { range: { start: at, end: at }, text: 'x' } : { range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '' };
      const t0 = performance.now();
      document = await client.change(document.uri, [change]);
      diagnostics = await diagnosticsAfter(client, mode, document);
      editSamples.push(performance.now() - t0);
    }
    const memory = client.memory();
    await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
    return {
      mode,
      file: path.basename(file),
      openMs,
      editSamples,
      edit: summarize(editSamples),
      diagnostics: diagnostics.length,
      payloadBytes: Buffer.byteLength(JSON.stringify(diagnostics)),
      rangesValid: rangesValid(document, diagnostics),
      memory,
      afterPauseMb: client.memory().rssMb,
    };
  } finally {
    await client.stop();
  }
}

export interface Soak {
  file: string;
  edits: number;
  durationMs: number;
  stoppedBy: 'edits' | 'time';
  latency: Summary;
  /** RSS after the first 100 edits (heap warmed), at the end, and the peak. */
  rssStartMb: number;
  rssEndMb: number;
  peakMb: number;
  /** RSS samples every 500 edits. */
  rssSamplesMb: number[];
  rangesValid: boolean;
  /** The server's last diagnostics count equals a fresh in-process lint of the client's final text. */
  agreesWithFreshLint: boolean;
}

const BACKSPACE = '\b';
const TYPED_WORDS = ['soon', 'simply', 'refund', 'asap', 'shortly', 'team', 'escalate', 'obviously', 'tomorrow', 'sorry'];

/**
 * Rapid typing in one document over pull diagnostics: every keystroke is an
 * incremental didChange followed by a diagnostic pull, timed from the edit
 * sent to the diagnostics received. Words are typed and some backspaced away,
 * at cursor positions that move around the reply. Bounded by edits and time.
 */
export async function soak(workspaceDir: string, file: string, options: { maxEdits: number; maxMs: number; seed: number }): Promise<Soak> {
  const random = new Random(options.seed).fork('soak');
  const client = await LspTestClient.start({ pull: true, workspaceFolder: workspaceDir, settings: SETTINGS });
  try {
    let document = await client.open(fileUri(file), languageIdOf(file), fs.readFileSync(file, 'utf8'));
    let diagnostics = await client.pullAsEditor(document.uri);
    const latencies: number[] = [];
    const rssSamplesMb: number[] = [];
    let rssStartMb = Number.NaN;
    const originalLength = document.getText().length;
    let cursor = document.getText().indexOf(' ', Math.floor(originalLength / 3)) + 1;
    // Keystrokes still to make: a character to type, or BACKSPACE.
    let keys: string[] = [];
    const started = performance.now();
    const edit = async (change: { start: number; end: number; text: string }) => {
      const range = { start: document.positionAt(change.start), end: document.positionAt(change.end) };
      const t0 = performance.now();
      document = await client.change(document.uri, [{ range, text: change.text }]);
      diagnostics = await client.pullAsEditor(document.uri);
      latencies.push(performance.now() - t0);
      if (latencies.length === 100) rssStartMb = client.memory().rssMb;
      if (latencies.length % 500 === 0) rssSamplesMb.push(client.memory().rssMb);
    };
    while (latencies.length < options.maxEdits && performance.now() - started < options.maxMs) {
      if (keys.length === 0) {
        // The next word, sometimes somewhere else in the reply; about half are
        // backspaced away again, so the document stays near its size.
        if (random.chance(0.2)) {
          const text = document.getText();
          const space = text.indexOf(' ', random.int(0, Math.max(0, text.length - 2)));
          cursor = space < 0 ? text.length : space + 1;
        }
        const word = [...`${random.pick(TYPED_WORDS)} `];
        const erase = random.chance(0.5) || document.getText().length > originalLength * 1.5;
        keys = [...word, ...(erase ? word.map(() => BACKSPACE) : [])];
      }
      const key = keys.shift()!;
      if (key === BACKSPACE) {
        await edit({ start: cursor - 1, end: cursor, text: '' });
        cursor--;
      } else {
        await edit({ start: cursor, end: cursor, text: key });
        cursor++;
      }
    }
    const durationMs = performance.now() - started;
    const memory = client.memory();
    const fresh = lintText(document.getText(), file, loadConfig(file).lintOptions);
    return {
      file: path.basename(file),
      edits: latencies.length,
      durationMs,
      stoppedBy: latencies.length >= options.maxEdits ? 'edits' : 'time',
      latency: summarize(latencies),
      rssStartMb,
      rssEndMb: memory.rssMb,
      peakMb: memory.peakMb,
      rssSamplesMb,
      rangesValid: rangesValid(document, diagnostics),
      agreesWithFreshLint: fresh.findings === diagnostics.length,
    };
  } finally {
    await client.stop();
  }
}
