// Finds the active rule behind a finding, for links, hover text and CI reports.

import type { ResolvedConfig } from '../config/project-config';
import type { Finding, LintResult } from '../types';
import { ruleDocsUrl } from './docs';
import type { ActiveRule, RuleSet } from './rule-set';

// Rule sets are built once per config; index each once instead of scanning per finding.
const rulesById = new WeakMap<RuleSet, Map<string, ActiveRule>>();

function indexOf(ruleSet: RuleSet): Map<string, ActiveRule> {
  let index = rulesById.get(ruleSet);
  if (!index) {
    index = new Map(ruleSet.rules.map((rule) => [rule.id, rule]));
    rulesById.set(ruleSet, index);
  }
  return index;
}

/** The rule that produced a finding, in the language of the finding's reply. */
export function ruleOf(finding: Finding, result: LintResult, config: ResolvedConfig): ActiveRule | undefined {
  const ruleSet = config.lintOptions.ruleSetFor(languageOf(finding, result, config));
  return ruleSet ? indexOf(ruleSet).get(finding.ruleId) : undefined;
}

function languageOf(finding: Finding, result: LintResult, config: ResolvedConfig): string {
  return result.units[finding.unit]?.language ?? config.lintOptions.language;
}

/** Where the rule behind a finding is documented (see ruleDocsUrl). */
export function docsUrlOf(finding: Finding, result: LintResult, config: ResolvedConfig): string | undefined {
  const rule = ruleOf(finding, result, config);
  return rule ? ruleDocsUrl(rule, languageOf(finding, result, config)) : undefined;
}
