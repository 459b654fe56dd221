// Which V8 flags Replylint's processes set for themselves (v8-policy.ts says why).

export const V8_FLAGS = ['--semi-space-growth-factor=1', '--heap-growing-percent=50', '--regexp-tier-up-ticks=0'] as const;

/**
 * The flags to set: those the user did not give Node already, on its
 * command line (`execArgv`) or in NODE_OPTIONS, where V8 takes `_` for `-` in a name.
 */
export function v8FlagsToSet(execArgv: readonly string[], nodeOptions: string | undefined): string[] {
  const given = new Set(
    [...execArgv, ...(nodeOptions ?? '').split(/\s+/)].filter((arg) => arg.startsWith('--')).map((arg) => arg.split('=')[0]!.replace(/_/g, '-')),
  );
  return V8_FLAGS.filter((flag) => !given.has(flag.split('=')[0]!));
}
