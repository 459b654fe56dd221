// Runs the CLI in-process with captured output, and makes temp folders of files.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../server/src/cli/main';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

function stream(sink: string[]): NodeJS.WriteStream {
  return { isTTY: false, write: (chunk: string) => sink.push(chunk) > 0 } as unknown as NodeJS.WriteStream;
}

/** A run in an environment of `env` alone (default: none set, so Replylint's own words are English). */
export async function runCli(args: string[], options: { cwd?: string; stdin?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const previous = process.cwd();
  if (options.cwd) process.chdir(options.cwd);
  try {
    const code = await main(args, { stdout: stream(out), stderr: stream(err), readStdin: () => Promise.resolve(options.stdin ?? ''), env: options.env ?? {} });
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.chdir(previous);
  }
}

/** A temp folder holding these files (relative path -> content); returns its real path. */
export function tempDir(files: Record<string, string | Buffer>, prefix = 'replylint-test-'): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}
