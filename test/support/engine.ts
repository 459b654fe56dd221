// Test helpers: lint strings with the built-in defaults or a given pack.
import * as assert from 'node:assert/strict';
import { builtinFooters } from '../../server/src/engine/config/footers-file';
import { builtinDialects } from '../../server/src/engine/config/dialects-file';
import { buildConfig, compileRuleSet, type LoadedPack } from '../../server/src/engine/config/project-config';
import { lint, type LintInput, type LintOptions } from '../../server/src/engine/linter';
import type { RuleSet } from '../../server/src/engine/rules/rule-set';
import type { Finding, LintResult } from '../../server/src/engine/types';
import type { ConfigFile } from '../../server/src/engine/config/project-config';

const defaults = buildConfig({}, undefined);

/** Built once per config: a build costs ~60 ms and tests lint hundreds of texts with a handful of configs. */
const built = new Map<string, LintOptions>();

function optionsFor(config: ConfigFile): LintOptions {
  const key = JSON.stringify(config);
  let options = built.get(key);
  if (!options) built.set(key, (options = buildConfig(config, undefined).lintOptions));
  return options;
}

/** Lints text with the built-in recommended pack (or a config built from `config`). */
export function lintText(text: string, fileName = 'reply.txt', config?: ConfigFile): LintResult {
  return lint({ text, fileName } satisfies LintInput, config ? optionsFor(config) : defaults.lintOptions);
}

/** The findings of one rule when lintText lints text. */
export function findingsOf(ruleId: string, text: string, fileName = 'reply.txt', config?: ConfigFile): Finding[] {
  return lintText(text, fileName, config).findings.filter((finding) => finding.ruleId === ruleId);
}

/** What each finding of one rule covers in text, as lintText lints it. */
export function spansOf(ruleId: string, text: string, fileName = 'reply.txt', config?: ConfigFile): string[] {
  return findingsOf(ruleId, text, fileName, config).map((finding) => text.slice(finding.start, finding.end));
}

/**
 * A rule test's two lists at once: `find` (one rule's findings or spans in a text) gives nothing on each quiet text and
 * exactly one finding on each flagged one. Each failure names its text, after `label` (a language, a kind).
 */
export function assertQuietAndFlagged(find: (text: string) => readonly unknown[], quiet: readonly string[], flagged: readonly string[], label = ''): void {
  const prefix = label ? `${label}: ` : '';
  for (const text of quiet) assert.deepEqual(find(text), [], `${prefix}quiet: ${text}`);
  for (const text of flagged) assert.equal(find(text).length, 1, `${prefix}flagged once: ${text}`);
}

/** Lints text with exactly these packs, for pack self-tests. */
export function lintWithPacks(text: string, packs: LoadedPack[], language: string, fileName = 'reply.txt'): LintResult {
  return lint({ text, fileName }, lintWithPacksOptions(compileRuleSet(language, packs, {})));
}

/** The lint options of a compiled rule set alone, with the built-in dialects and footers. */
export function lintWithPacksOptions(ruleSet: RuleSet): LintOptions {
  return {
    language: ruleSet.language,
    audience: 'customer',
    placeholders: 'auto',
    dialects: builtinDialects(),
    footers: builtinFooters(),
    ruleSetFor: () => ruleSet,
  };
}

export function ruleIds(result: LintResult): string[] {
  return result.findings.map((finding) => finding.ruleId);
}
