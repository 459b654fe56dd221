// The engine's entry point: source -> reply units -> masked prose -> parse ->
// match -> findings. Pure: no file system, no editor, no protocol.

import { detectDialect, type Dialect } from './placeholders/dialects';
import { analyzeProse } from './text/analyze';
import { detectLanguage } from './text/detect-language';
import { LineIndex } from './text/line-index';
import type { Finding, Fix, LintResult, UnitReport, UnusedDisable } from './types';
import { evaluateUnit, type UnitEvaluation, type UnitFinding } from './rules/evaluate';
import type { RuleSet } from './rules/rule-set';
import { findDirectives, type Directive } from './units/directives';
import type { ExportFields } from './units/exports';
import { splitReplyUnits } from './units/formats';
import type { ReplyUnit } from './units/reply-unit';

export interface LintOptions {
  /** Default language of replies without a language comment. */
  language: string;
  /** `language: auto`: guess each reply's language (short replies keep `language`). */
  autoDetect?: boolean;
  audience: 'customer' | 'internal';
  /** Placeholder dialect name, or 'auto' to detect it per file. */
  placeholders: string;
  dialects: Record<string, Dialect>;
  /** Body and title fields of JSON/YAML macro exports; the defaults when absent. */
  exportFields?: ExportFields;
  /** The compiled rules for a language, or undefined when none exist. */
  ruleSetFor(language: string): RuleSet | undefined;
}

export interface LintInput {
  text: string;
  fileName: string;
  /** Editor language id (markdown, plaintext, html); the file name decides otherwise. */
  languageId?: string;
}

interface CachedUnit {
  prose: string;
  language: string;
  evaluation: UnitEvaluation;
}

/**
 * Evaluations of one document's reply units by their text, so an edit
 * re-evaluates only the replies it touched. Findings are kept in unit
 * offsets and mapped to the source afresh on every lint.
 */
export class UnitCache {
  private units = new Map<string, CachedUnit>();
  private options: LintOptions | undefined;
  /** Replies the last lint took from the cache (for tests and the benchmark). */
  reused = 0;
  private dialect: Dialect | undefined;

  /** Starts a lint: other options or another dialect make every entry stale. */
  begin(options: LintOptions, dialect: Dialect): Map<string, CachedUnit> {
    if (options.ruleSetFor !== this.options?.ruleSetFor || options.audience !== this.options.audience || options.autoDetect !== this.options.autoDetect || options.language !== this.options.language || dialect !== this.dialect) {
      this.units.clear();
    }
    this.options = options;
    this.dialect = dialect;
    this.reused = 0;
    const previous = this.units;
    this.units = new Map();
    return previous;
  }

  /** Keeps an entry for the next lint; entries not kept are dropped. */
  keep(text: string, entry: CachedUnit): void {
    this.units.set(text, entry);
  }
}

export function lint(input: LintInput, options: LintOptions, cache?: UnitCache): LintResult {
  const units = splitReplyUnits(input.text, input.fileName, { languageId: input.languageId, exportFields: options.exportFields });
  const lines = new LineIndex(input.text);
  const dialectName =
    options.placeholders === 'auto'
      ? detectDialect(input.text, units.flatMap((unit) => unit.placeholders))
      : options.placeholders;
  const dialect = options.dialects[dialectName] ?? options.dialects.liquid!;
  const previous = cache?.begin(options, dialect);
  const findings: Finding[] = [];
  const reports: UnitReport[] = [];
  units.forEach((unit, unitIndex) => {
    let cached = previous?.get(unit.text);
    // The same text can mask differently (a code fence opened in an earlier reply).
    if (cached?.prose !== unit.prose) cached = undefined;
    if (cached && cache) cache.reused++;
    if (!cached) {
      const language = unit.language ?? (options.autoDetect ? detectLanguage(unit.prose, options.language) : options.language);
      const ruleSet = options.ruleSetFor(language) ?? options.ruleSetFor(options.language);
      if (!ruleSet) return;
      const analysis = analyzeProse(unit.prose, unit.placeholders, ruleSet.language);
      cached = { prose: unit.prose, language: ruleSet.language, evaluation: evaluateUnit(unit, analysis, ruleSet, { audience: options.audience, dialect }) };
    }
    cache?.keep(unit.text, cached);
    const { evaluation } = cached;
    for (const found of evaluation.findings) findings.push(toFinding(found, unit, unitIndex, input.text, lines));
    reports.push({
      title: unit.title,
      start: unit.sourceStart,
      end: unit.sourceEnd,
      range: lines.rangeOf(unit.sourceStart, unit.sourceEnd),
      language: cached.language,
      scorecard: evaluation.scorecard,
    });
  });
  const { visible, unusedDisables } = applySuppressions(findings, findDirectives(input.text).directives, lines);
  visible.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return { findings: visible, units: reports, unusedDisables };
}

function toFinding(found: UnitFinding, unit: ReplyUnit, unitIndex: number, source: string, lines: LineIndex): Finding {
  const start = unit.toSource(found.start);
  const end = unit.toSource(found.end);
  const fixes: Fix[] = found.fixes.map((fix) => ({
    title: fix.title,
    edits: fix.edits.map((edit) => ({
      start: unit.toSource(edit.start),
      end: unit.toSource(edit.end),
      newText: unit.encode(edit.newText),
    })),
  }));
  return {
    ruleId: found.rule.id,
    category: found.rule.spec.category,
    severity: found.rule.severity,
    message: found.message,
    start,
    end,
    range: lines.rangeOf(start, end),
    excerpt: source.slice(start, end),
    fixes,
    unit: unitIndex,
  };
}

function applies(directive: Directive, ruleId: string, category: string): boolean {
  return directive.rules.length === 0 || directive.rules.includes(ruleId) || directive.rules.includes(category);
}

/** Drops suppressed findings and reports the disable comments that suppressed nothing. */
function applySuppressions(
  findings: Finding[],
  directives: Directive[],
  lines: LineIndex,
): { visible: Finding[]; unusedDisables: UnusedDisable[] } {
  if (directives.length === 0) return { visible: findings, unusedDisables: [] };
  const used = new Set<Directive>();
  // Once per directive, not once per finding and directive (13,000 findings x 200 directives in a 5 MB library).
  const directiveLines = directives.map((directive) => lines.positionAt(directive.end).line);
  const visible = findings.filter((finding) => {
    const line = finding.range.start.line;
    const category = finding.ruleId.split('/')[0]!;
    let disabledBy: Directive | undefined;
    for (let index = 0; index < directives.length; index++) {
      const directive = directives[index]!;
      if (!applies(directive, finding.ruleId, category)) continue;
      const directiveLine = directiveLines[index]!;
      if ((directive.kind === 'disable-next-line' && line === directiveLine + 1) || (directive.kind === 'disable-line' && line === directiveLine)) {
        used.add(directive);
        return false;
      }
      if (directive.start > finding.start) continue;
      if (directive.kind === 'disable') disabledBy = directive;
      if (directive.kind === 'enable') disabledBy = undefined;
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
