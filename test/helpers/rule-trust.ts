// How far each recommended rule can be trusted: precision per rule and
// recall per category on the ready part of the labelled corpus (files whose
// features are all on this branch). One computation for the CI gate
// (test/unit/rule-trust.test.ts) and the table in docs/rules.md.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtinRulesDir, readPackFile } from '../../server/src/engine/config/project-config';
import { evaluateCorpus, readyPart, scoreBy, type Score } from './corpus-eval';

/** A recommended rule must be right this often on the corpus. */
export const PRECISION_BAR = 0.9;
/** Each category must find this share of the labelled problems. */
export const RECALL_BAR = 0.8;

export interface RuleTrust {
  /** Per recommended rule with at least one finding or label. */
  rules: Score[];
  /** Per category. */
  categories: Score[];
}

/** Rule ids of the recommended pack, in any language. */
export function recommendedRuleIds(): Set<string> {
  const dir = path.join(builtinRulesDir(), 'recommended');
  return new Set(
    fs
      .readdirSync(dir)
      .filter((name) => name.endsWith('.yaml'))
      .flatMap((name) => Object.keys(readPackFile(path.join(dir, name)).rules)),
  );
}

export function measureRuleTrust(): RuleTrust {
  const result = readyPart(evaluateCorpus());
  const recommended = recommendedRuleIds();
  const rules = scoreBy(
    result,
    (scored) => (recommended.has(scored.finding.ruleId) ? scored.finding.ruleId : undefined),
    (scored) => (scored.label.rules[0] && recommended.has(scored.label.rules[0]) ? scored.label.rules[0] : undefined),
  );
  const categories = scoreBy(
    result,
    (scored) => scored.finding.category,
    (scored) => scored.label.category,
  );
  return { rules, categories };
}

const ratio = (value: number | undefined) => (value === undefined ? '–' : value.toFixed(2));

/** The Markdown table for docs/rules.md. */
export function ruleTrustMarkdown(trust: RuleTrust): string {
  const lines = [
    '| rule | findings | right | precision | labelled problems | found | recall |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...trust.rules.map(
      (row) => `| \`${row.key}\` | ${row.findings} | ${row.truePositives} | ${ratio(row.precision)} | ${row.labels} | ${row.found} | ${ratio(row.recall)} |`,
    ),
    '',
    '| category | findings | right | precision | labelled problems | found | recall |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...trust.categories.map(
      (row) => `| \`${row.key}\` | ${row.findings} | ${row.truePositives} | ${ratio(row.precision)} | ${row.labels} | ${row.found} | ${ratio(row.recall)} |`,
    ),
  ];
  return lines.join('\n');
}
