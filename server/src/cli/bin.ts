// The CLI process: wires main() to the real streams and exit code.
// First: the V8 flags (garbage-collection policy, regular expressions) apply from the first allocation of the packs on.
import '../v8-policy';
import { main } from './main';

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

// A reader that stops early (`replylint … | head`) closes the pipe: end quietly with the
// status a Unix tool killed by SIGPIPE returns, instead of an unhandled-error stack.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(141);
});

// Output to a pipe (replylint … | jq, a CI step reading it) is queued in memory while the reader is behind:
// libuv opens pipes non-blocking, and a report of 24,000 replies is 50 MB. Blocking writes, as Node
// makes them for a terminal and a file, keep what is held to one chunk of about 64 KB.
(process.stdout as unknown as { _handle?: { setBlocking?: (blocking: boolean) => number } })._handle?.setBlocking?.(true);

main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, readStdin, env: process.env }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`replylint: internal error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 2;
  },
);
