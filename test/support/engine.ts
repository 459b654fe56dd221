// Test helpers: lint strings with the built-in defaults or a given pack.
import { builtinFooters } from '../../server/src/engine/config/footers-file';
import { builtinDialects } from '../../server/src/engine/config/dialects-file';
import { buildConfig, compileRuleSet, type LoadedPack } from '../../server/src/engine/config/project-config';
import { lint, type LintInput } from '../../server/src/engine/linter';
import type { LintResult } from '../../server/src/engine/types';
import type { ConfigFile } from '../../server/src/engine/config/project-config';

const defaults = buildConfig({}, undefined);

/** Lints text with the built-in recommended pack (or a config built from `config`). */
export function lintText(text: string, fileName = 'reply.txt', config?: ConfigFile): LintResult {
  const options = config ? buildConfig(config, undefined).lintOptions : defaults.lintOptions;
  return lint({ text, fileName } satisfies LintInput, options);
}

/** Lints text with exactly these packs, for pack self-tests. */
export function lintWithPacks(text: string, packs: LoadedPack[], language: string, fileName = 'reply.txt'): LintResult {
  const ruleSet = compileRuleSet(language, packs, {});
  return lint(
    { text, fileName },
    { language, audience: 'customer', placeholders: 'auto', dialects: builtinDialects(), footers: builtinFooters(), ruleSetFor: () => ruleSet },
  );
}

export function ruleIds(result: LintResult): string[] {
  return result.findings.map((finding) => finding.ruleId);
}
