// Timing helpers: repeated runs under a time budget, and the summary numbers
// the report prints. Wall time via performance.now(); medians, because these
// machines are noisy and a median shrugs off a stray GC pause or neighbour.

export interface Summary {
  runs: number;
  median: number;
  min: number;
  max: number;
  p95: number;
  p99: number;
}

export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index]!;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return {
    runs: sorted.length,
    median,
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
    p95: quantile(sorted, 0.95),
    p99: quantile(sorted, 0.99),
  };
}

export interface RepeatOptions {
  /** Untimed runs first (JIT warm-up, caches). */
  warmup: number;
  /** Timed runs always done, whatever the budget says. */
  minRuns: number;
  maxRuns: number;
  /** Stop adding timed runs once this much time went into them. */
  budgetMs: number;
}

/** Times `run` repeatedly; returns the per-run wall times in ms. */
export async function repeat(run: () => unknown, options: RepeatOptions): Promise<number[]> {
  for (let i = 0; i < options.warmup; i++) await run();
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < options.maxRuns) {
    if (samples.length >= options.minRuns && performance.now() - started >= options.budgetMs) break;
    const t0 = performance.now();
    await run();
    samples.push(performance.now() - t0);
  }
  return samples;
}

/** Synchronous variant for sub-millisecond work, where awaiting would add noise. */
export function repeatSync(run: () => unknown, options: RepeatOptions): number[] {
  for (let i = 0; i < options.warmup; i++) run();
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < options.maxRuns) {
    if (samples.length >= options.minRuns && performance.now() - started >= options.budgetMs) break;
    const t0 = performance.now();
    run();
    samples.push(performance.now() - t0);
  }
  return samples;
}

export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return 'n/a';
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(2)} ms`;
}

export function formatRatio(ratio: number): string {
  if (!Number.isFinite(ratio)) return 'n/a';
  return ratio >= 10 ? `${ratio.toFixed(0)}x` : `${ratio.toFixed(2)}x`;
}
