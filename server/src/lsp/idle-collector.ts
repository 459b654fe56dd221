// Gives memory back once typing in a big document stops. Every version of a
// document is a new string of the whole text (10 MB for a 5 MB export with a
// few characters outside Latin-1); an old one is garbage as soon as the next
// is linted, but V8 frees it only at its next full collection, which comes when
// the heap has grown by about its live size again. Left alone, the server stayed
// at its highest (256 MB after 10 edits in the export) however long it then sat
// idle. So when the versions dropped since the last collection add up to
// enough text, one full collection runs once no lint has come for a while.
// The server's documents are kept in pieces now (piece-document.ts): an edit
// the engine reads incrementally drops only its piece, and DocumentLinter
// counts a whole version only when a lint read one whole.

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Text dropped (UTF-16 code units: two bytes each) before a pause is worth a collection. */
export const COLLECT_AFTER_UNITS = 8_000_000;
/** How long no lint must come before the collection runs. */
export const IDLE_DELAY_MS = 2000;
/**
 * Text dropped since the last collection at which it runs right after the lint, typing or not.
 * V8 lets its heap grow to up to four times what the last full collection left live before it
 * collects again: typing on in the 5 MB export took the server to 350-400 MB after 30 keystrokes.
 */
export const COLLECT_NOW_AFTER_UNITS = 24_000_000;
/**
 * A document this long (code units) is collected for right before its first lint. The message that
 * opened it is garbage by then (its read buffers, the decoded message, about three times the text in
 * all: 21 MB of heap and 11 MB of buffers for the 5 MB export), and V8 would keep it until its next full
 * collection, under everything the first lint builds: the server's peak came at opening.
 */
export const COLLECT_BEFORE_OPEN_UNITS = 1_000_000;

/** V8's gc(), which editors do not start the server with a flag for. */
export function fullCollection(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(timer: unknown): void;
}

const nodeTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms).unref(),
  clear: (timer) => clearTimeout(timer as NodeJS.Timeout),
};

export class IdleCollector {
  private dropped = 0;
  private timer: unknown;
  /** Collections run (for tests). */
  collections = 0;

  constructor(
    private readonly collect: () => void = fullCollection(),
    private readonly timers: Timers = nodeTimers,
    private readonly threshold = COLLECT_AFTER_UNITS,
    private readonly delayMs = IDLE_DELAY_MS,
    private readonly busyThreshold = COLLECT_NOW_AFTER_UNITS,
    private readonly openThreshold = COLLECT_BEFORE_OPEN_UNITS,
  ) {}

  /**
   * A document of `length` code units is about to be linted for the first time since it was opened:
   * when it is big, the collection runs now, before the lint (a wait already set is done by it).
   */
  opening(length: number): void {
    if (length < this.openThreshold) return;
    if (this.timer !== undefined) this.timers.clear(this.timer);
    this.timer = undefined;
    this.dropped = 0;
    this.collections++;
    this.collect();
  }

  /**
   * A lint replaced a version of `length` code units (0: none): each lint
   * restarts the wait, and once enough text was dropped the collection is due
   * when the wait ends; once far more was dropped, as soon as the lint's
   * answer is on its way (a timer of 0 ms), even while typing goes on.
   */
  linted(droppedLength: number): void {
    this.dropped += droppedLength;
    if (this.timer !== undefined) this.timers.clear(this.timer);
    this.timer = undefined;
    if (this.dropped < this.threshold) return;
    this.timer = this.timers.set(
      () => {
        this.timer = undefined;
        this.dropped = 0;
        this.collections++;
        this.collect();
      },
      this.dropped >= this.busyThreshold ? 0 : this.delayMs,
    );
  }

  dispose(): void {
    if (this.timer !== undefined) this.timers.clear(this.timer);
    this.timer = undefined;
  }
}
