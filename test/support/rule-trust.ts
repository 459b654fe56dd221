// How far each recommended rule can be trusted: precision per rule, recall
// per category and per category in each language on the ready part of the
// labelled corpus (files whose features are all on this branch). One
// computation for the CI gate (test/unit/rule-trust.test.ts), `npm run eval`
// and the tables in docs/rules.md.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtinRulesDir, readPackFile } from '../../server/src/engine/config/project-config';
import {
  LANGUAGES,
  languageCategoryKey,
  readyPart,
  scoreBy,
  scoreByLanguageAndCategory,
  shippedCorpusResult,
  type CorpusResult,
  type Score,
} from './corpus-eval';
import { CATEGORIES } from '../../server/src/engine/types';

/** A recommended rule must be right this often on the corpus. */
export const PRECISION_BAR = 0.9;
/** Each category must find this share of the labelled problems. */
export const RECALL_BAR = 0.8;
/** A language x category cell is held to the recall bar only with at least this many labelled problems (fewer say little). */
export const MIN_CELL_LABELS = 8;

export interface RuleTrust {
  /** Per recommended rule with at least one finding or label. */
  rules: Score[];
  /** Per category. */
  categories: Score[];
  /** Per category in each language, keyed by languageCategoryKey. */
  languageCategories: Score[];
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

export function measureRuleTrust(result: CorpusResult = readyPart(shippedCorpusResult())): RuleTrust {
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
  return { rules, categories, languageCategories: scoreByLanguageAndCategory(result) };
}

/** One cell of the language x category recall table: recall and found/labels, `*` when too few labels to be held to the bar. */
function recallCell(row: Score | undefined): string {
  if (!row || row.labels === 0) return '–';
  const few = row.labels < MIN_CELL_LABELS ? '*' : '';
  return `${row.recall!.toFixed(2)} ${row.found}/${row.labels}${few}`;
}

/** Recall per category (rows) in each language (columns), as cells of text. */
export function languageCategoryCells(languageCategories: Score[]): { header: string[]; rows: string[][] } {
  const byKey = new Map(languageCategories.map((row) => [row.key, row]));
  const languages = LANGUAGES.filter((language) => CATEGORIES.some((category) => byKey.has(languageCategoryKey(language, category))));
  const categories = CATEGORIES.filter((category) => languages.some((language) => byKey.has(languageCategoryKey(language, category))));
  return {
    header: ['category', ...languages],
    rows: categories.map((category) => [category, ...languages.map((language) => recallCell(byKey.get(languageCategoryKey(language, category))))]),
  };
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
    '',
    `Recall per category in each language (found/labelled; \`*\`: fewer than ${MIN_CELL_LABELS} labelled problems, not held to the bar):`,
    '',
  ];
  const matrix = languageCategoryCells(trust.languageCategories);
  lines.push(
    `| ${matrix.header.join(' | ')} |`,
    `|---|${matrix.header
      .slice(1)
      .map(() => '---:')
      .join('|')}|`,
  );
  for (const row of matrix.rows) lines.push(`| \`${row[0]}\` | ${row.slice(1).join(' | ')} |`);
  return lines.join('\n');
}
