// Rule documentation as Markdown: one writer for docs/rules.md and the
// editor's "Show documentation", so they never disagree.

import type { RuleSpec } from './pack';

const SEVERITY_NOTE: Record<string, string> = { error: 'error', warning: 'warning', info: 'info', hint: 'hint' };

function quote(example: string): string {
  return example.split('\n').map((line) => `> ${line}`).join('\n');
}

function fixNote(rule: RuleSpec): string | undefined {
  const fix = rule.fix;
  const phraseFixes = (rule.phrases ?? []).some((phrase) => typeof phrase !== 'string' && phrase.replace);
  if (fix?.insert) return `inserts ${JSON.stringify(fix.insert.trim())}`;
  const parts: string[] = [];
  if (fix?.replace?.length) parts.push(`replace with ${fix.replace.map((value) => JSON.stringify(value)).join(' or ')}`);
  else if (phraseFixes) parts.push('replace with a suggested wording');
  if (fix?.remove) parts.push('remove the words');
  if (rule.check === 'placeholder-name-fallback') parts.push('adds a fallback');
  return parts.length > 0 ? parts.join('; ') : undefined;
}

/** The full entry for one rule. */
export function ruleMarkdown(id: string, rule: RuleSpec, headingLevel = 3): string {
  const lines = [`${'#'.repeat(headingLevel)} \`${id}\``, ''];
  lines.push(`Category \`${rule.category}\` · severity \`${SEVERITY_NOTE[rule.severity ?? 'warning']}\` · kind \`${rule.kind}\`${rule.audience === 'customer' ? ' · customer replies only' : ''}`);
  lines.push('', rule.description ?? '', '', `Message: ${rule.message.replace(/\{match\}/g, '…')}`);
  const fix = fixNote(rule);
  if (fix) lines.push('', `Quick fix: ${fix}.`);
  if (rule.link) lines.push('', `Team standard: ${rule.link}`);
  for (const [label, examples] of [
    ['Flagged', rule.examples?.bad ?? []],
    ['Fine', rule.examples?.good ?? []],
  ] as const) {
    if (examples.length === 0) continue;
    lines.push('', `${label}:`, '');
    lines.push(examples.map(quote).join('\n\n'));
  }
  return lines.join('\n');
}
