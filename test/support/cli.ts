// Runs the CLI in-process with captured output, and makes temp folders of files.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../server/src/cli/main';

export interface CliRun {
  code: number;
  stdout: string;
  /** What was written to stdout, as bytes (the fixed text of UTF-16 input from --stdin --fix is UTF-16). */
  stdoutBytes: Buffer;
  stderr: string;
}

function stream(sink: (string | Buffer)[]): NodeJS.WriteStream {
  return { isTTY: false, write: (chunk: string | Buffer) => sink.push(chunk) > 0 } as unknown as NodeJS.WriteStream;
}

/** A run in an environment of `env` alone (default: none set, so Replylint's own words are English). */
export async function runCli(args: string[], options: { cwd?: string; stdin?: string | Buffer; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  const out: (string | Buffer)[] = [];
  const err: (string | Buffer)[] = [];
  const previous = process.cwd();
  if (options.cwd) process.chdir(options.cwd);
  try {
    const code = await main(args, {
      stdout: stream(out),
      stderr: stream(err),
      readStdin: () => Promise.resolve(Buffer.from(options.stdin ?? '')),
      env: options.env ?? {},
    });
    return { code, stdout: out.join(''), stdoutBytes: Buffer.concat(out.map((chunk) => Buffer.from(chunk))), stderr: err.join('') };
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
