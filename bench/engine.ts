// In-process access to the engine, through the same public calls the CLI and
// the language server make: resolveConfig for a file, then lint. Kept to
// those two so engine refactors do not break the benchmark.

import * as fs from 'node:fs';
import { resolveConfig } from '../server/src/engine/config/project-config';
import { UnitCache, lint } from '../server/src/engine/linter';
import { phrasesOf } from '../server/src/engine/rules/pack';
import { splitReplyUnits } from '../server/src/engine/units/formats';
import { zendeskExport } from '../test/support/corpus';

export type Config = ReturnType<typeof resolveConfig>;
export type LintOptions = Config['lintOptions'];

export interface LintCount {
  findings: number;
  units: number;
}

export function loadConfig(file: string, configFile?: string): Config {
  return resolveConfig(file, configFile ? { configFile } : {});
}

export function lintText(text: string, fileName: string, options: LintOptions): LintCount {
  const result = lint({ text, fileName }, options);
  return { findings: result.findings.length, units: result.units.length };
}

/** Lints through a per-document unit cache, as the language server does; reports how many replies were reused. */
export function cachedLinter(fileName: string, options: LintOptions): (text: string) => LintCount & { reused: number; incremental: boolean } {
  const cache = new UnitCache();
  return (text) => {
    const result = lint({ text, fileName }, options, cache);
    return { findings: result.findings.length, units: result.units.length, reused: cache.reused, incremental: cache.incremental };
  };
}

/** Rule and phrase counts of the rule set a config compiles to. */
export function ruleCounts(config: Config): { rules: number; phraseRules: number } {
  const rules = config.lintOptions.ruleSetFor(config.language)?.rules ?? [];
  return { rules: rules.length, phraseRules: rules.filter((rule) => rule.spec.kind === 'phrase').length };
}

/**
 * True once splitReplyUnits reads a Zendesk export as one unit per macro
 * body. Until then the JSON measurements are skipped and the report says so.
 */
export function jsonExportsSupported(seed: number): boolean {
  const sample = zendeskExport(seed, 4000);
  try {
    return sample.replies >= 2 && splitReplyUnits(sample.text, 'export.json').length === sample.replies;
  } catch {
    return false;
  }
}

/** The phrase rules of the packs a config loads: what the prh dictionary is made from. */
export function phraseRulesOf(config: Config): { id: string; phrases: { phrase: string; replace?: string[] }[]; replace?: string[] }[] {
  return config.packs.flatMap((pack) =>
    Object.entries(pack.spec.rules)
      .filter(([, spec]) => spec.kind === 'phrase' && (spec.phrases?.length ?? 0) > 0)
      .map(([id, spec]) => ({
        id,
        // prh's dictionary has one list of replacements: the fix, else the suggestions.
        phrases: phrasesOf(spec.phrases).map((item) => ({ phrase: item.phrase, replace: item.fix !== undefined ? [item.fix] : item.suggest })),
        replace: spec.fix?.replace !== undefined ? [spec.fix.replace] : spec.suggest?.replace,
      })),
  );
}

const LETTERS = /\p{L}+/gu;

/** The floor: what any linter must at least do, read the file and find its words. */
export function readAndScan(file: string): number {
  const text = fs.readFileSync(file, 'utf8');
  let words = 0;
  LETTERS.lastIndex = 0;
  while (LETTERS.exec(text)) words++;
  return words;
}

export function scanText(text: string): number {
  let words = 0;
  LETTERS.lastIndex = 0;
  while (LETTERS.exec(text)) words++;
  return words;
}
