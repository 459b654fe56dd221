// The server ends when the editor that started it dies without a shutdown (a
// crashed VS Code extension host, a killed Neovim): no orphan language servers.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { SERVER_BUNDLE, ensureBuilt } from '../support/build';

/** Running, not a zombie waiting to be reaped (a container's init may never reap it). */
function isRunning(pid: number): boolean {
  if (fs.existsSync('/proc/self/stat')) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      return !['Z', 'X'].includes(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0]!);
    } catch {
      return false;
    }
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isRunning(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  return !isRunning(pid);
}

/**
 * A stand-in editor: a process that starts the server as its child the way the
 * client does, prints the server's pid, and then waits to be killed.
 */
function startEditorWithServer(transport: 'node-ipc' | 'stdio'): Promise<{ editorPid: number; serverPid: number }> {
  const script = `
    const { fork } = require('node:child_process');
    const server = fork(${JSON.stringify(SERVER_BUNDLE)}, ['--${transport}', '--clientProcessId=' + process.pid], {
      stdio: ${transport === 'stdio' ? "['pipe', 'pipe', 'ignore', 'ipc']" : "['ignore', 'ignore', 'ignore', 'ipc']"},
    });
    console.log(server.pid);
    setInterval(() => {}, 1000);
  `;
  const editor = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    editor.once('error', reject);
    editor.stdout!.once('data', (chunk: Buffer) => resolve({ editorPid: editor.pid!, serverPid: Number(String(chunk).trim()) }));
  });
}

describe('LSP server without its editor', function () {
  this.timeout(20000);
  before(() => ensureBuilt());

  for (const transport of ['node-ipc', 'stdio'] as const) {
    it(`exits when the editor process is killed (${transport})`, async () => {
      const { editorPid, serverPid } = await startEditorWithServer(transport);
      try {
        assert.ok(isRunning(serverPid), 'the server did not start');
        process.kill(editorPid, 'SIGKILL');
        // vscode-languageserver checks its client's pid every 3 s; the closed pipe may end it sooner.
        assert.ok(await waitUntilGone(serverPid, 8000), `server ${serverPid} still running 8 s after its editor died`);
      } finally {
        for (const pid of [editorPid, serverPid]) if (isRunning(pid)) process.kill(pid, 'SIGKILL');
      }
    });
  }
});
