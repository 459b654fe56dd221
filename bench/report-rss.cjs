// Preloaded into a CLI run by the bench (node -r): prints the process's peak RSS to stderr at exit.
// The peak is VmHWM of /proc/self/status, this program's own high-water mark. Not
// process.resourceUsage().maxRSS: Linux keeps maxRSS across exec, and a child spawned
// from the bench is forked with the bench's page tables, so maxRSS was the bench's own
// RSS at the spawn whenever that was the larger (171 MB for both CLI rows at 84fbf81,
// while the CLI alone peaked at about 135 MB).
const fs = require('node:fs');

function peakKb() {
  try {
    const match = /^VmHWM:\s*(\d+) kB/m.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]);
  } catch {
    // No /proc (macOS): maxRSS, which there is the process's own.
  }
  return process.resourceUsage().maxRSS;
}

process.on('exit', () => process.stderr.write(`\nbench-max-rss-kb ${peakKb()}\n`));
