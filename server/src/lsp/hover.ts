// Hover on a finding: what the rule checks and why, with a bad and a good example.

import { MarkupKind, type Hover, type Position } from 'vscode-languageserver/node';
import { DEFAULT_LANGUAGE, exampleText } from '../engine/rules/pack';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ResolvedConfig } from '../engine/config/project-config';
import type { Finding, LintResult } from '../engine/types';
import { renderMessage } from '../engine/messages';
import { rangeOf } from './diagnostics';
import { documentedSpec } from '../engine/rules/docs';
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
  const rule = ruleOf(finding, result, config);
  const spec = rule && documentedSpec(rule);
  // The editor already shows the diagnostic's message above the hover: explain, don't repeat.
  // The header in the reply's language: its category and severity as the writer says them.
  const language = result.units[finding.unit]?.language ?? DEFAULT_LANGUAGE;
  const lines = [
    `**${escapeMarkdown(finding.ruleId)}** · ${renderMessage(language, `category.${finding.category}`)} · ${renderMessage(language, `severity.${finding.severity}`)}`,
  ];
  // Descriptions are written as Markdown in the packs. A long one opens with what the rule is for and goes on to the
  // cases it leaves alone: the hover keeps the opening, so the examples below stay in view, and links the rest.
  lines.push('', spec?.description === undefined ? escapeMarkdown(finding.message) : descriptionOpening(spec.description));
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

/** About four lines of a hover: half the packs' descriptions fit whole. */
const OPENING_LENGTH = 400;

/**
 * The description's first sentences, whole, up to about OPENING_LENGTH characters (at least the first), with an
 * ellipsis when more follows. A sentence ends at . ! or ? before a space and a capital or a quote, outside brackets and quotes,
 * so an example quoted inside a sentence is never cut.
 */
export function descriptionOpening(description: string): string {
  if (description.length <= OPENING_LENGTH) return description;
  const closers: string[] = [];
  let end = description.length;
  for (let index = 0; index < description.length; index++) {
    const char = description[index]!;
    if (closers.length > 0 && closers[closers.length - 1]!.includes(char)) closers.pop();
    else if (OPENERS[char] !== undefined) closers.push(OPENERS[char]);
    else if (closers.length === 0 && '.!?'.includes(char) && /^\s[\p{Lu}"\u201e\u201c\u201d\u00ab]/u.test(description.slice(index + 1, index + 3))) {
      if (index + 1 > OPENING_LENGTH && end < description.length) break;
      end = index + 1;
      if (end > OPENING_LENGTH) break;
    }
  }
  return end < description.length ? `${description.slice(0, end)} \u2026` : description;
}

/** Brackets and quotes the packs write, each with the marks that close it (Lithuanian closes its low quote with a high
 * opening one; Finnish opens with the closing quote). */
const OPENERS: Record<string, string> = {
  '(': ')',
  '"': '"',
  '\u201e': '\u201d\u201c',
  '\u201c': '\u201d',
  '\u201d': '\u201d',
  '\u00ab': '\u00bb',
};

/** Examples can be whole replies; in a hover their lines run together. */
function oneLine(example: string): string {
  return escapeMarkdown(example.replace(/\s*\n\s*/g, ' ').trim());
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>|#~]/g, '\\$&');
}
