// glob, loaded on its first use: when a command line names a folder or a pattern, or an override of a config is
// looked for. A run that names its files never loads it: with the Node streams it requires, loading it was about
// 5 ms of the CPU of every start.

import type * as Glob from 'glob';

let loaded: typeof Glob | undefined;

export function glob(): typeof Glob {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
  return (loaded ??= require('glob') as typeof Glob);
}
