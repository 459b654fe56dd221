// Hostile inputs (test/helpers/hostile-texts.ts and a flood of findings),
// linted in process at 250 KB and at 1 MB: a scan that is one pass takes
// about four times as long on four times the text; a quadratic one sixteen.
// Wall times on a shared machine are noisy: the growth ratio is the figure
// to read, and anything past 8x is reported as missed.

import { type BenchContext } from './context';
import { lintText, loadConfig } from './engine';
import { HOSTILE_SCANS, type HostileText } from '../test/helpers/hostile-texts';
import { formatMs, formatRatio } from './stats';

const SMALL = 250_000;
const LARGE = 1_000_000;
/** Past this growth from SMALL to LARGE (4x the text) a scan is not linear. */
const MAX_GROWTH = 8;

const INPUTS: Record<string, (size: number) => HostileText> = {
  ...HOSTILE_SCANS,
  'a flood of findings ("soon ")': (size) => ({ text: 'soon '.repeat(size / 5), fileName: 'soon.txt' }),
};

export function measureHostile(context: BenchContext): void {
  const { ws, report } = context;
  const section = report.section('Hostile inputs (250 KB -> 1 MB)');
  const options = loadConfig(ws.files.markdown).lintOptions;
  const growths: number[] = [];
  let worst = { name: '', growth: 0 };
  for (const [name, make] of Object.entries(INPUTS)) {
    // The fastest of three runs at each size: a busy machine only ever adds time.
    const timed = (size: number) => {
      const { text, fileName } = make(size);
      let ms = Infinity;
      let findings = 0;
      for (let run = 0; run < 3; run++) {
        const started = performance.now();
        findings = lintText(text, fileName, options).findings;
        ms = Math.min(ms, performance.now() - started);
      }
      return { ms, findings };
    };
    timed(10_000);
    const small = timed(SMALL);
    const large = timed(LARGE);
    const growth = large.ms / Math.max(small.ms, 1);
    growths.push(growth);
    if (growth > worst.growth) worst = { name, growth };
    section.rows.push({ what: name, input: '250 KB / 1 MB', runs: 'best of 3', median: `${formatMs(small.ms)} / ${formatMs(large.ms)}`, detail: `${large.findings} findings at 1 MB`, ratio: `${formatRatio(growth)} for 4x the text` });
  }
  section.notes.push('Fastest of three runs per size, on a shared machine: read the growth ratio (about 4x is linear, 16x quadratic), not the times. Findings are capped at 1,000 per file (maxFindings).');
  report.target({ target: `hostile inputs grow near-linearly (1 MB / 250 KB < ${MAX_GROWTH}x)`, measured: `worst ${formatRatio(worst.growth)} (${worst.name})`, status: worst.growth < MAX_GROWTH ? 'met' : 'MISSED', note: `${growths.length} inputs` });
  report.data.hostile = Object.fromEntries(section.rows.map((row) => [row.what, { times: row.median, growth: row.ratio }]));
}
