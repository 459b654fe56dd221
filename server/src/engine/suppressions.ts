// Suppression comments applied to findings: which findings a
// `replylint-disable*` comment hides, and which comments hid nothing.

import type { LineIndex } from './text/line-index';
import type { Finding, UnusedDisable } from './types';
import type { Directive } from './units/directives';

function applies(directive: Directive, ruleId: string, category: string): boolean {
  return directive.rules.length === 0 || directive.rules.includes(ruleId) || directive.rules.includes(category);
}

/** Drops suppressed findings and reports the disable comments that suppressed nothing. */
export function applySuppressions(
  findings: Finding[],
  directives: readonly Directive[],
  lines: LineIndex,
): { visible: Finding[]; unusedDisables: UnusedDisable[] } {
  if (directives.length === 0) return { visible: findings, unusedDisables: [] };
  const suppressions = new Suppressions(directives, lines);
  const visible = findings.filter((finding) => !suppressions.hides(finding.ruleId, finding.start, finding.range.start.line));
  return { visible, unusedDisables: suppressions.unused() };
}

/**
 * A file's disable comments, asked finding by finding: a lint that stops
 * building findings past the per-file maximum still asks for the rest, to
 * count them and to know which comments were used.
 */
export class Suppressions {
  private readonly used = new Set<Directive>();
  // Line directives by the line they silence, so a finding looks only at its own line's
  // (13,000 findings x 250 directives in a 5 MB library); disable/enable in source order.
  private readonly byLine = new Map<number, Directive[]>();
  private readonly regions: Directive[] = [];
  /** The source offsets where each silenced line starts and where the next one does, in order (silencesLineIn). */
  private readonly silencedFrom: number[] = [];
  private readonly silencedTo: number[] = [];

  constructor(
    private readonly directives: readonly Directive[],
    private readonly lines: LineIndex,
  ) {
    for (const directive of directives) {
      if (directive.kind === 'disable' || directive.kind === 'enable') {
        this.regions.push(directive);
        continue;
      }
      const line = lines.positionAt(directive.end).line + (directive.kind === 'disable-next-line' ? 1 : 0);
      const list = this.byLine.get(line);
      if (list) list.push(directive);
      else this.byLine.set(line, [directive]);
    }
    for (const line of [...this.byLine.keys()].sort((a, b) => a - b)) {
      this.silencedFrom.push(lines.offsetAt({ line, character: 0 }));
      this.silencedTo.push(line + 1 < lines.lineCount ? lines.offsetAt({ line: line + 1, character: 0 }) : Infinity);
    }
  }

  /** Whether there is no comment at all: nothing is hidden, and no finding's line is needed. */
  get none(): boolean {
    return this.directives.length === 0;
  }

  /** Whether no comment can hide a finding between source offsets `start` and `end`: none silences a line there, and no disable comment comes before `end`. */
  hidesNothingIn(start: number, end: number): boolean {
    return (this.regions.length === 0 || this.regions[0]!.start > end) && !this.silencesLineIn(start, end);
  }

  /**
   * Whether a comment silences a line that meets source offsets `start` to `end`: when none does, a finding
   * there is hidden by disable/enable comments alone, and its line need not be looked up.
   */
  silencesLineIn(start: number, end: number): boolean {
    const { silencedFrom, silencedTo } = this;
    // The first silenced line that ends past `start` (lines in order).
    let low = 0;
    let high = silencedTo.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (silencedTo[middle]! <= start) low = middle + 1;
      else high = middle;
    }
    return low < silencedFrom.length && silencedFrom[low]! <= end;
  }

  /** Whether a comment hides a finding of `ruleId` at source offset `start` on `line` (marking the comment used). */
  hides(ruleId: string, start: number, line: number): boolean {
    const onLine = this.byLine.get(line);
    const { regions } = this;
    // Most findings have no directive on their line and none before them: no category needed.
    if (!onLine && (regions.length === 0 || regions[0]!.start > start)) return false;
    const category = ruleId.split('/')[0]!;
    for (const directive of onLine ?? []) {
      if (applies(directive, ruleId, category)) {
        this.used.add(directive);
        return true;
      }
    }
    let disabledBy: Directive | undefined;
    for (const directive of regions) {
      if (directive.start > start) break;
      if (applies(directive, ruleId, category)) disabledBy = directive.kind === 'disable' ? directive : undefined;
    }
    if (disabledBy) this.used.add(disabledBy);
    return disabledBy !== undefined;
  }

  /** The disable comments that hid nothing so far. */
  unused(): UnusedDisable[] {
    return this.directives
      .filter((directive) => directive.kind !== 'enable' && !this.used.has(directive))
      .map((directive) => ({
        start: directive.start,
        end: directive.end,
        range: this.lines.rangeOf(directive.start, directive.end),
        message: `Unused replylint-${directive.kind}${directive.rules.length > 0 ? ` (${directive.rules.join(', ')})` : ''}: nothing here is reported.`,
      }));
  }
}
