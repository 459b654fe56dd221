// Replylint's own words (scorecard labels and reasons, quick-fix titles,
// hover headers, CLI summaries) in the writer's language. The catalogs are
// data in rules/messages/, one per language the built-in packs have; the
// engine hands out ids and arguments and the LSP and CLI render them here.
// Rule messages come from the packs, which are written in their language
// already.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtinLanguages, builtinRulesDir } from './config/pack-resolver';
import { DEFAULT_LANGUAGE } from './rules/pack';
import type { MessageRef } from './types';

/** A message, or its plural forms by Intl.PluralRules category (`one`, `few`, `many`, `other`). */
export type CatalogEntry = string | Partial<Record<Intl.LDMLPluralRule, string>>;
export type MessageCatalog = Record<string, CatalogEntry>;

/** The languages with a catalog: those of the built-in packs. The default language's catalog holds every id. */
export function messageLanguages(): string[] {
  return builtinLanguages();
}

const catalogs = new Map<string, MessageCatalog | undefined>();

/** The catalog of `language` (rules/messages/<language>.json), read on first use; none for a language the built-in packs lack. */
export function messageCatalog(language: string): MessageCatalog | undefined {
  if (!catalogs.has(language)) {
    const file = path.join(builtinRulesDir(), 'messages', `${language}.json`);
    catalogs.set(language, messageLanguages().includes(language) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as MessageCatalog) : undefined);
  }
  return catalogs.get(language);
}

const pluralRules = new Map<string, Intl.PluralRules>();

function pluralCategory(language: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  return rules.select(count);
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number written as `language` writes it (200,000; 200 000). */
export function formatNumber(language: string, value: number): string {
  let format = numberFormats.get(language);
  if (!format) numberFormats.set(language, (format = new Intl.NumberFormat(language)));
  return format.format(value);
}

export type MessageArgs = Record<string, string | number>;

declare const fromCatalog: unique symbol;
/**
 * Text rendered from a catalog. What the language server shows in the editor's window takes only this type, so the
 * compiler refuses a string literal there (test/unit/window-messages.test.ts checks that the sends take it).
 */
export type CatalogText = string & { readonly [fromCatalog]: true };

/** A catalog text under Replylint's name: a notification among other extensions' says whose it is. */
export function fromReplylint(text: CatalogText): CatalogText {
  return `Replylint: ${text}` as CatalogText;
}

/** Catalog texts in a row with a separator between them (punctuation or a space: no words). */
export function joinCatalogTexts(texts: readonly CatalogText[], separator: string): CatalogText {
  return texts.join(separator) as CatalogText;
}

/**
 * The message in `language` (the default language's when that language has
 * no catalog or lacks the id). `{name}` takes its argument; a `kind` argument
 * is itself translated (kind.macro); an entry with plural forms picks one by
 * `count`.
 */
export function renderMessage(language: string, id: string, args: MessageArgs = {}): CatalogText {
  const own = messageCatalog(language)?.[id];
  const lang = own !== undefined ? language : DEFAULT_LANGUAGE;
  const entry = own ?? messageCatalog(DEFAULT_LANGUAGE)![id];
  if (entry === undefined) return id as CatalogText;
  const text = typeof entry === 'string' ? entry : (entry[pluralCategory(lang, Number(args.count ?? 0))] ?? entry.other ?? '');
  const parts = partsOf(text);
  // Labels and values have no arguments: rendered for every reply of a library, they are the text itself.
  if (parts.length === 1) return text as CatalogText;
  let rendered = parts[0]!;
  for (let index = 1; index < parts.length; index += 2) {
    const name = parts[index]!;
    const value = args[name];
    rendered += value === undefined ? `{${name}}` : name === 'kind' ? renderMessage(language, `kind.${value}`) : String(value);
    rendered += parts[index + 1]!;
  }
  return rendered as CatalogText;
}

/** Per catalog text: its literal pieces with the `{name}` argument names between them, split once (messages render per reply and fix). */
const templates = new Map<string, string[]>();

function partsOf(text: string): string[] {
  let parts = templates.get(text);
  if (!parts) templates.set(text, (parts = text.split(/\{([\w-]+)\}/)));
  return parts;
}

/** A message reference rendered in `language`. */
export function renderRef(language: string, ref: MessageRef): string {
  return renderMessage(language, ref.id, ref.args);
}
