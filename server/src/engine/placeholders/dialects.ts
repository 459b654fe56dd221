// Placeholder dialects: which variables a help desk knows, which hold a name
// that can be empty, and how it writes a fallback. The data lives in
// rules/placeholders/dialects.yaml.

import { WordMemo } from '../text/word-memo';
import type { Placeholder, PlaceholderSyntax } from './scan';

export interface Dialect {
  name: string;
  title: string;
  /** The placeholder syntaxes judged against `variables`, the one its variables are written in first. */
  syntaxes: PlaceholderSyntax[];
  /** Fallback template with ${variable} and ${fallback}. */
  fallback: string;
  /** Variables (globs: * for any characters) that hold a person's name and may be empty. */
  names: string[];
  /** Known variables (globs). */
  variables: string[];
  /** The customer's first name as a greeting writes it, with a fallback where it can be empty. */
  greetingName?: string;
  /** The writer's (agent's) first name, for a closing. */
  agentName?: string;
  /** Variables (globs) that print the writer's signature: one at a reply's end is its closing. */
  signatures?: string[];
}

export const DIALECT_NAMES = ['zendesk', 'intercom', 'helpscout', 'freshdesk', 'gorgias', 'front', 'liquid', 'none'] as const;

const globCache = new Map<string, RegExp>();
function glob(pattern: string): RegExp {
  let regex = globCache.get(pattern);
  if (!regex) {
    regex = new RegExp(
      `^${pattern
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    );
    globCache.set(pattern, regex);
  }
  return regex;
}

const matchesAny = (patterns: string[], variable: string) => patterns.some((pattern) => glob(pattern).test(variable));

/**
 * Answers per dialect and variable, remembered: a macro library repeats the
 * same few variables thousands of times, and each answer tests every glob
 * (or measures the distance to every known variable).
 */
const MAX_REMEMBERED = 10_000;
const answers = new WeakMap<Dialect, { known: WordMemo<boolean>; name: WordMemo<boolean>; suggestions: WordMemo<string[]> }>();
function answersFor(dialect: Dialect) {
  let found = answers.get(dialect);
  if (!found)
    answers.set(dialect, (found = { known: new WordMemo(MAX_REMEMBERED), name: new WordMemo(MAX_REMEMBERED), suggestions: new WordMemo(MAX_REMEMBERED) }));
  return found;
}

/** Whether a placeholder is written in the dialect's syntax, so its variables judge it (a Liquid desk's {{x}}, not ${name} or [NAME]). */
export function inDialectSyntax(dialect: Dialect, placeholder: Placeholder): boolean {
  return placeholder.kind !== 'slot' && dialect.syntaxes.includes(placeholder.syntax);
}

export function isKnownVariable(dialect: Dialect, variable: string): boolean {
  return answersFor(dialect).known.get(variable, () => matchesAny(dialect.variables, variable));
}

export function isNameVariable(dialect: Dialect, variable: string): boolean {
  return answersFor(dialect).name.get(variable, () => matchesAny(dialect.names, variable));
}

export function isSignatureVariable(dialect: Dialect, variable: string): boolean {
  return matchesAny(dialect.signatures ?? [], variable);
}

export function fallbackFor(dialect: Dialect, variable: string, fallback: string): string {
  return dialect.fallback.replace(/\$\{variable\}/g, variable).replace(/\$\{fallback\}/g, fallback);
}

/** Up to three known variables close to a misspelt one, nearest first. */
export function suggestVariables(dialect: Dialect, variable: string): string[] {
  return answersFor(dialect).suggestions.get(variable, () => nearestVariables(dialect, variable));
}

function nearestVariables(dialect: Dialect, variable: string): string[] {
  const limit = Math.max(2, Math.floor(variable.length / 4));
  return dialect.variables
    .filter((known) => !known.includes('*'))
    .map((known) => ({ known, distance: editDistance(variable.toLowerCase(), known.toLowerCase()) }))
    .filter((candidate) => candidate.distance <= limit)
    .sort((a, b) => a.distance - b.distance || a.known.localeCompare(b.known))
    .slice(0, 3)
    .map((candidate) => candidate.known);
}

function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

// Tell-tale variables, most specific first.
const SIGNALS: [string, RegExp][] = [
  ['helpscout', /\{%\s*(?:customer|user|mailbox|conversation)\.[A-Za-z]+/],
  ['gorgias', /\{\{\s*(?:ticket\.customer\.|current_user\.firstname)/],
  ['front', /\{\{\s*(?:recipient|inbox)\./],
  ['freshdesk', /\{\{\s*ticket\.(?:requester\.firstname|agent\.|contact\.|portal_)/],
  ['zendesk', /\{\{\s*(?:ticket\.(?:requester|assignee|organization|ticket_field)|current_user\.|satisfaction\.)/],
  ['intercom', /\{\{\s*[a-z_]+\s*\|\s*fallback\s*:|\{\{\s*(?:first_name|last_name|company\.name)\s*[|}]/],
];

/** The dialect a text's placeholders are written in, or generic Liquid when nothing tells. */
export function detectDialect(text: string, placeholders: Placeholder[]): string {
  if (placeholders.length === 0) return 'liquid';
  for (const [name, signal] of SIGNALS) if (signal.test(text)) return name;
  return 'liquid';
}
