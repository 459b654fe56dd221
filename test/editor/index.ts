// Mocha entry run inside VS Code's extension host. The editor test runner
// (scripts/editor-test/run.mjs) passes this file's compiled form
// (out/test/editor/index.js) as extensionTestsPath; VS Code calls run() and turns
// its outcome into the process exit code (0 when it resolves).
import fs from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';

export async function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'tdd',
    // The output goes to the extension host log, which is no terminal.
    color: false,
    timeout: 60_000,
    // REPLYLINT_EDITOR_GREP narrows the run to matching tests while working on one.
    ...(process.env.REPLYLINT_EDITOR_GREP ? { grep: process.env.REPLYLINT_EDITOR_GREP } : {}),
  });

  // The runner picks a suite: packaged/ (against an installed .vsix), screenshots/,
  // or by default the tests next to this file (against the extension under development).
  const suite = process.env.REPLYLINT_EDITOR_SUITE;
  const suiteDir = suite ? path.join(__dirname, suite) : __dirname;
  const files = fs
    .readdirSync(suiteDir)
    .filter((f) => f.endsWith('.test.js'))
    .sort();
  if (files.length === 0) throw new Error(`no *.test.js files in ${suiteDir}`);
  for (const f of files) mocha.addFile(path.join(suiteDir, f));

  // A throw inside the executor rejects the promise.
  const failures = await new Promise<number>((resolve) => {
    const runner = mocha.run(resolve);
    // Closing line in the form CI reads ('N passed, N failed').
    runner.on('end', () => {
      const s = runner.stats;
      if (s) console.log(`editor: ${s.passes} passed, ${s.failures} failed, ${s.pending} skipped`);
    });
  });
  if (failures > 0) throw new Error(`${failures} editor test(s) failed`);
}
