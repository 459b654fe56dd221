// replylint init: writes a commented starter config and a small team pack.

import { StarterExistsError, writeStarterConfig } from '../engine/config/starter';
import type { CliIo } from './io';

export function runInit(dir: string, io: Pick<CliIo, 'stdout' | 'stderr'>): number {
  try {
    writeStarterConfig(dir);
  } catch (error) {
    if (!(error instanceof StarterExistsError)) throw error;
    io.stderr.write(`replylint init: ${error.message}\n`);
    return 2;
  }
  // npx: the README installs replylint into the project's devDependencies, where a bare "replylint" is not on PATH.
  io.stdout.write(
    `Wrote .replylint.yaml and replylint/team-pack.yaml.\nNext: edit them, then run "npx replylint" and "npx replylint test-pack replylint/team-pack.yaml".\n`,
  );
  return 0;
}
