// Suppression comments applied to findings: which findings a
// `replylint-disable*` comment hides, and which comments hid nothing.

import type { LineIndex } from './text/line-index';
import type { Finding, UnusedDisable } from './types';
import type { Directive } from './units/directives';

function applies(directive: Directive, ruleId: string, category: string): boolean {
  return directive.rules.length === 0 || directive.rules.includes(ruleId) || directive.rules.includes(category);
}

/** Drops suppressed findings and reports the disable comments that suppressed nothing. */
export function applySuppressions(findings: Finding[], directives: Directive[], lines: LineIndex): { visible: Finding[]; unusedDisables: UnusedDisable[] } {
  if (directives.length === 0) return { visible: findings, unusedDisables: [] };
  const used = new Set<Directive>();
  // Line directives by the line they silence, so a finding looks only at its own line's
  // (13,000 findings x 250 directives in a 5 MB library); disable/enable in source order.
  const byLine = new Map<number, Directive[]>();
  const regions: Directive[] = [];
  for (const directive of directives) {
    if (directive.kind === 'disable' || directive.kind === 'enable') {
      regions.push(directive);
      continue;
    }
    const line = lines.positionAt(directive.end).line + (directive.kind === 'disable-next-line' ? 1 : 0);
    const list = byLine.get(line);
    if (list) list.push(directive);
    else byLine.set(line, [directive]);
  }
  const visible = findings.filter((finding) => {
    const onLine = byLine.get(finding.range.start.line);
    // Most findings have no directive on their line and none before them: no category needed.
    if (!onLine && (regions.length === 0 || regions[0]!.start > finding.start)) return true;
    const category = finding.ruleId.split('/')[0]!;
    for (const directive of onLine ?? []) {
      if (applies(directive, finding.ruleId, category)) {
        used.add(directive);
        return false;
      }
    }
    let disabledBy: Directive | undefined;
    for (const directive of regions) {
      if (directive.start > finding.start) break;
      if (applies(directive, finding.ruleId, category)) disabledBy = directive.kind === 'disable' ? directive : undefined;
    }
    if (disabledBy) used.add(disabledBy);
    return !disabledBy;
  });
  const unusedDisables = directives
    .filter((directive) => directive.kind !== 'enable' && !used.has(directive))
    .map((directive) => ({
      start: directive.start,
      end: directive.end,
      range: lines.rangeOf(directive.start, directive.end),
      message: `Unused replylint-${directive.kind}${directive.rules.length > 0 ? ` (${directive.rules.join(', ')})` : ''}: nothing here is reported.`,
    }));
  return { visible, unusedDisables };
}
