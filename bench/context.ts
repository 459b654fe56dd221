// What every measurement section gets: the inputs on disk, the report to add
// to, the run's options and its deadline (the whole run must stay within
// five minutes on two cores, so sections size their repetitions to it).

import type { Report } from './report';
import type { Workspace } from './workspace';

export interface BenchOptions {
  seed: number;
  /** Fewer repetitions and a short soak: a smoke run of the harness. */
  quick: boolean;
  /** Also profile a cold lint of the library with --cpu-prof. */
  profile: boolean;
  soakSeconds: number;
  /** Sections to run (all when empty): engine, cold, cli, peers, lsp, soak. */
  only: string[];
}

/** Figures one section measures and a later one compares against. */
export interface Shared {
  replyMs?: number;
  libraryWarmMs?: number;
  libraryFindings?: number;
}

export interface BenchContext {
  ws: Workspace;
  report: Report;
  options: BenchOptions;
  jsonSupported: boolean;
  shared: Shared;
  /** performance.now() by which the run should be done. */
  deadline: number;
  log(message: string): void;
}

export function remainingMs(context: BenchContext): number {
  return context.deadline - performance.now();
}
