// Preloaded into a CLI run by the bench (node -r): prints the process's peak RSS to stderr at exit.
process.on('exit', () => process.stderr.write(`\nbench-max-rss-kb ${process.resourceUsage().maxRSS}\n`));
