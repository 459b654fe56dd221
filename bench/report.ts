// Collects what the run measured and writes it three ways: a table on the
// console, bench/results/latest.json (everything, for tooling), and
// bench/RESULTS.md (the committed summary, rewritten by every full run).

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export type Status = 'met' | 'MISSED' | 'info' | 'skipped' | 'failed';

export interface TargetRow {
  target: string;
  measured: string;
  status: Status;
  note: string;
}

export interface Row {
  /** What was measured ("300-word reply, warm"). */
  what: string;
  input: string;
  runs: string;
  median: string;
  /** Secondary figures: p95, words/s, findings. */
  detail: string;
  /** ours/peer or ours/floor, where it applies. */
  ratio: string;
}

export interface Section {
  title: string;
  rows: Row[];
  notes: string[];
}

export class Report {
  readonly targets: TargetRow[] = [];
  readonly sections: Section[] = [];
  readonly data: Record<string, unknown> = {};
  readonly errors: { section: string; message: string }[] = [];
  readonly startedAt = new Date();
  /** One-minute load average when the run started: other work on the machine skews wall times. */
  readonly loadAtStart = os.loadavg()[0]!;

  section(title: string): Section {
    let section = this.sections.find((candidate) => candidate.title === title);
    if (!section) this.sections.push((section = { title, rows: [], notes: [] }));
    return section;
  }

  target(row: TargetRow): void {
    this.targets.push(row);
  }

  fail(section: string, error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    this.errors.push({ section, message });
    process.stderr.write(`bench: ${section} failed: ${message}\n`);
  }

  /** The console table: fixed-width columns, one block per section. */
  text(): string {
    const lines: string[] = [];
    lines.push(`Replylint benchmark, ${this.startedAt.toISOString()}, ${machine()}`);
    lines.push(this.loadNote());
    lines.push('');
    lines.push('TARGETS (PRODUCT.md section 8)');
    const targetRows = this.targets.map((row) => [row.target, row.measured, row.status, row.note]);
    for (const line of grid(['target', 'measured', 'status', 'note'], targetRows)) lines.push(line);
    for (const section of this.sections) {
      lines.push('', section.title.toUpperCase());
      const rows = section.rows.map((row) => [row.what, row.input, row.runs, row.median, row.detail, row.ratio]);
      for (const line of grid(['what', 'input', 'runs', 'median', 'detail', 'ratio'], rows)) lines.push(line);
      for (const note of section.notes) lines.push(`  * ${note}`);
    }
    if (this.errors.length > 0) {
      lines.push('', 'ERRORS');
      for (const error of this.errors) lines.push(`  ${error.section}: ${error.message}`);
    }
    return lines.join('\n');
  }

  markdown(command: string, elapsedMs: number): string {
    const lines: string[] = [
      '# Benchmark results',
      '',
      `Written by \`${command}\` (bench/run.ts) on ${this.startedAt.toISOString()}: ${machine()}.`,
      `The whole run took ${(elapsedMs / 1000).toFixed(0)} s. Inputs are generated from a fixed seed (test/support/corpus.ts), so runs compare;`,
      'only ratios from one run compare across machines. Raw numbers: bench/results/latest.json (not committed).',
      this.loadNote(),
      '',
      '## Targets (PRODUCT.md section 8)',
      '',
      ...markdownTable(
        ['target', 'measured', 'status', 'note'],
        this.targets.map((row) => [row.target, row.measured, row.status === 'MISSED' ? '**MISSED**' : row.status, row.note]),
      ),
    ];
    for (const section of this.sections) {
      lines.push('', `## ${section.title}`, '');
      const rows = section.rows.map((row) => [row.what, row.input, row.runs, row.median, row.detail, row.ratio]);
      for (const line of markdownTable(['what', 'input', 'runs', 'median', 'detail', 'ratio'], rows)) lines.push(line);
      if (section.notes.length > 0) lines.push('');
      for (const note of section.notes) lines.push(`- ${note}`);
    }
    if (this.errors.length > 0) lines.push('', '## Errors', '');
    for (const error of this.errors) lines.push(`- ${error.section}: ${error.message}`);
    return `${lines.join('\n')}\n`;
  }

  loadNote(): string {
    const cores = os.cpus().length;
    const now = os.loadavg()[0]!;
    const busy = Math.max(this.loadAtStart, now) > cores;
    return `Load average (1 min): ${this.loadAtStart.toFixed(1)} at the start, ${now.toFixed(1)} at the end, on ${cores} cores${busy ? ': other work was running, so wall times are inflated' : ''}.`;
  }

  /** A full run writes latest.json and RESULTS.md; a partial one (--quick, --only) only partial.json, so the two stay in step. */
  write(resultsDir: string, markdownFile: string | undefined, command: string, elapsedMs: number): void {
    fs.mkdirSync(resultsDir, { recursive: true });
    const json = {
      startedAt: this.startedAt.toISOString(),
      elapsedMs,
      machine: machine(),
      load: { start: this.loadAtStart, end: os.loadavg()[0] },
      targets: this.targets,
      sections: this.sections,
      data: this.data,
      errors: this.errors,
    };
    fs.writeFileSync(path.join(resultsDir, markdownFile ? 'latest.json' : 'partial.json'), `${JSON.stringify(json, null, 2)}\n`);
    if (markdownFile) fs.writeFileSync(markdownFile, this.markdown(command, elapsedMs));
  }
}

function machine(): string {
  const cpus = os.cpus();
  return `Node ${process.versions.node}, ${cpus.length} x ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`;
}

function grid(header: string[], rows: string[][]): string[] {
  const all = [header, ...rows];
  const widths = header.map((_, column) => Math.min(60, Math.max(...all.map((row) => (row[column] ?? '').length))));
  const line = (row: string[]) => `  ${row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ')}`.trimEnd();
  return [line(header), `  ${widths.map((width) => '-'.repeat(width)).join('  ')}`, ...rows.map(line)];
}

function markdownTable(header: string[], rows: string[][]): string[] {
  const escape = (cell: string) => cell.replace(/\|/g, '\\|');
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.map(escape).join(' | ')} |`)];
}
