// Rule documentation as Markdown: one writer for docs/rules.md and the
// editor's "Show documentation", so they never disagree.

import { shippedRuleDocs } from '../config/builtin-data';
import { exampleText, phrasesOf, type RuleSpec } from './pack';
import type { ActiveRule } from './rule-set';

/** docs/rules.md as the repository shows it; built-in rules link to their sections. */
export const RULES_DOC_URL = 'https://github.com/replylint/replylint/blob/main/docs/rules.md';

/** The id of a built-in rule's section in docs/rules.md: rule ids repeat per pack and language. */
export function ruleAnchor(pack: string, language: string, id: string): string {
  return `${pack}-${language}-${id.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

/**
 * Each rule's link per language, made once: every diagnostic carries its rule's, and the server lists up to
 * 1,000 on every keystroke (building them was about 0.5 MB of strings per edit in the 5 MB export).
 */
const docsUrls = new WeakMap<ActiveRule, Map<string, string | undefined>>();

/** A team rule's own `link`, or a built-in rule's section of docs/rules.md. */
export function ruleDocsUrl(rule: ActiveRule, language: string): string | undefined {
  let byLanguage = docsUrls.get(rule);
  if (!byLanguage) docsUrls.set(rule, (byLanguage = new Map<string, string | undefined>()));
  if (!byLanguage.has(language)) {
    byLanguage.set(language, rule.spec.link || (rule.vetted ? `${RULES_DOC_URL}#${ruleAnchor(rule.origin, language, rule.id)}` : undefined));
  }
  return byLanguage.get(language);
}

/** The rule's spec with its description and examples, where the bundle ships them apart (RuleSpec.docsIn). */
export function documentedSpec(rule: ActiveRule): RuleSpec {
  return rule.spec.docsIn === undefined ? rule.spec : { ...shippedRuleDocs(rule.spec.docsIn, rule.id), ...rule.spec };
}

const SEVERITY_NOTE: Record<string, string> = { error: 'error', warning: 'warning', info: 'info', hint: 'hint' };

function quote(example: string): string {
  return example
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

/** What --fix and fix-all do for this rule. */
function fixNote(rule: RuleSpec): string | undefined {
  const phrases = phrasesOf(rule.phrases);
  if (rule.fix?.replace !== undefined) return `replaces the words with ${JSON.stringify(rule.fix.replace)}`;
  if (rule.fix?.remove) return 'removes the words';
  const sample = phrases.find((phrase) => phrase.fix) ?? phrases.find((phrase) => phrase.fix !== undefined);
  if (!sample) return undefined;
  return sample.fix ? `replaces each phrase with its fix, e.g. "${sample.phrase}" -> "${sample.fix}"` : 'removes the words';
}

/** What the writer can pick, one by one. */
function suggestionNote(rule: RuleSpec): string | undefined {
  const suggest = rule.suggest;
  if (suggest?.insert) return `insert ${JSON.stringify(suggest.insert.trim())}`;
  const parts: string[] = [];
  if (suggest?.replace?.length) parts.push(`replace with ${suggest.replace.map((value) => JSON.stringify(value)).join(' or ')}`);
  else if (phrasesOf(rule.phrases).some((phrase) => phrase.suggest?.length)) parts.push('replace with a suggested wording');
  if (suggest?.remove) parts.push('remove the words');
  if (rule.check === 'placeholder-name-fallback') parts.push('add a fallback');
  if (rule.check === 'placeholder-unknown-variable') parts.push('change to a known variable');
  return parts.length > 0 ? parts.join('; ') : undefined;
}

/** The full entry for one rule. */
export function ruleMarkdown(id: string, rule: RuleSpec, headingLevel = 3): string {
  const lines = [`${'#'.repeat(headingLevel)} \`${id}\``, ''];
  lines.push(
    `Category \`${rule.category}\` · severity \`${SEVERITY_NOTE[rule.severity ?? 'warning']}\` · kind \`${rule.kind}\`${rule.audience === 'customer' ? ' · customer replies only' : ''}${rule.formality ? ` · only with \`formality: ${rule.formality}\`` : ''}${rule.kinds ? ` · for ${rule.kinds.join(', ')}` : ''}`,
  );
  lines.push('', rule.description ?? '', '', `Message: ${rule.message.replace(/\{match\}/g, '…')}`);
  for (const phrase of phrasesOf(rule.phrases))
    if (phrase.message !== undefined) lines.push('', `Message for "${phrase.phrase}": ${phrase.message.replace(/\{match\}/g, '…')}`);
  const fix = fixNote(rule);
  if (fix) lines.push('', `Fix (applied by \`--fix\` and fix-all): ${fix}.`);
  const suggestion = suggestionNote(rule);
  if (suggestion) lines.push('', `Suggestions (one quick fix each, never applied in bulk): ${suggestion}.`);
  if (rule.link) lines.push('', `Team standard: ${rule.link}`);
  for (const [label, examples] of [
    ['Flagged', (rule.examples?.bad ?? []).map(exampleText)],
    ['Fine', rule.examples?.good ?? []],
  ] as const) {
    if (examples.length === 0) continue;
    lines.push('', `${label}:`, '');
    lines.push(examples.map(quote).join('\n\n'));
  }
  return lines.join('\n');
}
