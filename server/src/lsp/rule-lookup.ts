// Finds the active rule behind a finding, for links and hover text.

import type { ResolvedConfig } from '../engine/config/project-config';
import type { ActiveRule, RuleSet } from '../engine/rules/rule-set';
import type { Finding, LintResult } from '../engine/types';

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
  const language = result.units[finding.unit]?.language ?? config.lintOptions.language;
  const ruleSet = config.lintOptions.ruleSetFor(language);
  return ruleSet ? indexOf(ruleSet).get(finding.ruleId) : undefined;
}
