// Hover on a finding: what the rule checks and why, with a bad and a good example.

import { MarkupKind, type Hover, type Position } from 'vscode-languageserver/node';
import { DEFAULT_LANGUAGE, exampleText } from '../engine/rules/pack';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ResolvedConfig } from '../engine/config/project-config';
import type { Finding, LintResult } from '../engine/types';
import { renderMessage } from '../engine/messages';
import { rangeOf } from './diagnostics';
import { docsUrlOf, ruleOf } from '../engine/rules/rule-lookup';

export function hoverAt(document: TextDocument, result: LintResult, config: ResolvedConfig, position: Position): Hover | null {
  const offset = document.offsetAt(position);
  // Narrowest first: the finding on the words under the cursor before one on the whole sentence.
  const under = result.findings.filter((finding) => finding.start <= offset && offset <= finding.end).sort((a, b) => a.end - a.start - (b.end - b.start));
  if (under.length === 0) return null;
  const byRule = new Map<string, Finding>();
  for (const finding of under) if (!byRule.has(finding.ruleId)) byRule.set(finding.ruleId, finding);
  const sections = [...byRule.values()].map((finding) => ruleSection(finding, result, config));
  const first = under[0]!;
  return {
    contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') },
    range: rangeOf(document, first.start, first.end),
  };
}

function ruleSection(finding: Finding, result: LintResult, config: ResolvedConfig): string {
  const spec = ruleOf(finding, result, config)?.spec;
  // The editor already shows the diagnostic's message above the hover: explain, don't repeat.
  // The header in the reply's language: its category and severity as the writer says them.
  const language = result.units[finding.unit]?.language ?? DEFAULT_LANGUAGE;
  const lines = [
    `**${escapeMarkdown(finding.ruleId)}** · ${renderMessage(language, `category.${finding.category}`)} · ${renderMessage(language, `severity.${finding.severity}`)}`,
  ];
  // Descriptions are written as Markdown in the packs.
  lines.push('', spec?.description ?? escapeMarkdown(finding.message));
  const firstBad = spec?.examples?.bad?.[0];
  const bad = firstBad === undefined ? undefined : exampleText(firstBad);
  const good = spec?.examples?.good?.[0];
  // One line each, so both fit in a hover without scrolling.
  if (bad !== undefined) lines.push('', `✗ ${oneLine(bad)}`);
  if (good !== undefined) lines.push('', `✓ ${oneLine(good)}`);
  // As the command line's JSON says (languageFrom: folder): this reply's file told no language, its folder did.
  if (result.units[finding.unit]?.languageFrom === 'folder') lines.push('', renderMessage(language, 'hover.languageFromFolder'));
  const docs = docsUrlOf(finding, result, config);
  if (docs) lines.push('', `[${renderMessage(language, 'hover.docs')}](${docs})`);
  return lines.join('\n');
}

/** Examples can be whole replies; in a hover their lines run together. */
function oneLine(example: string): string {
  return escapeMarkdown(example.replace(/\s*\n\s*/g, ' ').trim());
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>|#~]/g, '\\$&');
}
