// Processes of this run, through /proc (Linux). The VS Code server passes
// REPLYLINT_TEST_WORKSPACE (unique per run) down to the extension host and the
// language servers it starts; other runs and other servers do not carry it.
import fs from 'node:fs';
import { fail, log } from './output.mjs';

const canListProcesses = fs.existsSync('/proc/self/environ');

function processState(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) state ppid ...": comm may hold spaces and parentheses.
    const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state, ppid: Number(ppid) };
  } catch {
    return undefined;
  }
}

// A zombie has ended; it only waits to be reaped (a container's init may never do it).
const isRunning = (pid) => ![undefined, 'Z', 'X'].includes(processState(pid)?.state);

function processesOfRun(ctx) {
  const marker = `REPLYLINT_TEST_WORKSPACE=${ctx.workspace}`;
  const found = [];
  for (const entry of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (!fs.readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0').includes(marker)) continue;
      const argv = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').filter(Boolean);
      const pid = Number(entry);
      if (isRunning(pid)) found.push({ pid, ppid: processState(pid).ppid, argv });
    } catch {
      // Ended while we looked, or not ours to read.
    }
  }
  return found;
}

const isLanguageServer = (proc) => proc.argv.some((arg) => /[\\/]dist[\\/]server\.js$/.test(arg));

async function waitUntil(condition, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  return condition();
}

// Language servers seen while the tests run (they restart during them, and end with
// their extension host before the runner could look at the end).
export function watchLanguageServers(ctx) {
  const seen = new Map();
  const look = () => {
    for (const proc of processesOfRun(ctx).filter(isLanguageServer)) seen.set(proc.pid, proc);
  };
  const timer = canListProcesses ? setInterval(look, 500) : undefined;
  return {
    stop() {
      clearInterval(timer);
      if (canListProcesses) look();
    },
    seen: () => [...seen.values()],
  };
}

// No language server may outlive its extension host. The host ends by itself after the
// tests and stops its server; a host still running 10 s later is killed, and then the
// server has to notice on its own within 30 s (vscode-languageserver watches --clientProcessId).
export async function checkLanguageServersEnded(servers) {
  if (!canListProcesses) return log('no /proc here: not checking that language servers end with their host');
  if (servers.length === 0) fail('no Replylint language server was seen during the tests');
  const hosts = [...new Set(servers.map((server) => server.ppid))];
  if (!(await waitUntil(() => !hosts.some(isRunning), 10_000))) {
    for (const pid of hosts.filter(isRunning)) {
      log(`extension host ${pid} still running 10 s after the tests: killing it`);
      process.kill(pid, 'SIGKILL');
    }
  }
  const pids = servers.map((server) => server.pid).join(', ');
  // 30 s: a server still in a long lint (the 5 MB library of the screenshots) sees its host gone only when that lint
  // returns, which under a loaded machine took more than 10 s.
  if (!(await waitUntil(() => !servers.some((server) => isRunning(server.pid)), 30_000))) {
    fail(
      `language server(s) ${servers
        .filter((server) => isRunning(server.pid))
        .map((server) => server.pid)
        .join(', ')} still running 30 s after their extension host ended`,
    );
  }
  log(`language servers seen during the run (${pids}) all ended with their extension host`);
}

// After shutdown nothing of the run may be left: kill leftovers, and fail.
export function killLeftovers(ctx) {
  if (!canListProcesses) return false;
  const left = processesOfRun(ctx);
  for (const proc of left) {
    log(`ERROR: left running after shutdown: ${proc.pid} ${proc.argv.join(' ').slice(0, 200)}`);
    try {
      process.kill(proc.pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
  return left.length > 0;
}
