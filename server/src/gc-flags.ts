// Which V8 flags Replylint's processes set for themselves: garbage collection (gc-policy.ts says why) and regular
// expressions (regexp-policy.ts).

export const COLLECTION_FLAGS = ['--semi-space-growth-factor=1', '--heap-growing-percent=50'] as const;

export const REGEXP_FLAGS = ['--no-regexp-tier-up'] as const;

/** A flag's name as V8 reads it: `_` for `-`, without its value or a `no-` before it. */
const nameOf = (flag: string) =>
  flag
    .split('=')[0]!
    .replace(/_/g, '-')
    .replace(/^--no-/, '--');

/**
 * Of `flags`, those the user did not give Node already, on its command line (`execArgv`) or in NODE_OPTIONS, in
 * either spelling or sense (`--regexp-tier-up` leaves `--no-regexp-tier-up` unset).
 */
export function flagsNotGiven(flags: readonly string[], execArgv: readonly string[], nodeOptions: string | undefined): string[] {
  const given = new Set([...execArgv, ...(nodeOptions ?? '').split(/\s+/)].filter((arg) => arg.startsWith('--')).map(nameOf));
  return flags.filter((flag) => !given.has(nameOf(flag)));
}

/** The collection flags to set (flagsNotGiven). */
export function collectionFlags(execArgv: readonly string[], nodeOptions: string | undefined): string[] {
  return flagsNotGiven(COLLECTION_FLAGS, execArgv, nodeOptions);
}
