// Replylint's own words (scorecard labels and reasons, quick-fix titles,
// hover headers, CLI summaries) in the writer's language. The catalogs are
// data in rules/messages/; the engine hands out ids and arguments and the
// LSP and CLI render them here. Rule messages come from the packs, which are
// written in their language already.

import en from '../../../rules/messages/en.json';
import fi from '../../../rules/messages/fi.json';
import lt from '../../../rules/messages/lt.json';
import pl from '../../../rules/messages/pl.json';
import sq from '../../../rules/messages/sq.json';
import type { MessageRef } from './types';

/** A message, or its plural forms by Intl.PluralRules category (`one`, `few`, `many`, `other`). */
export type CatalogEntry = string | Partial<Record<Intl.LDMLPluralRule, string>>;
export type MessageCatalog = Record<string, CatalogEntry>;

export type MessageId = keyof typeof en;

/** The catalogs by language; English holds every id and is the fallback. */
export const MESSAGE_CATALOGS: Record<string, MessageCatalog> = { en, pl, fi, lt, sq };

export type MessageArgs = Record<string, string | number>;

/**
 * The message in `language` (English when that language has no catalog or
 * lacks the id). `{name}` takes its argument; a `kind` argument is itself
 * translated (kind.macro); an entry with plural forms picks one by `count`.
 */
export function renderMessage(language: string, id: string, args: MessageArgs = {}): string {
  const catalog = MESSAGE_CATALOGS[language];
  const lang = catalog?.[id] !== undefined ? language : 'en';
  const entry = (catalog?.[id] ?? MESSAGE_CATALOGS.en![id]) as CatalogEntry | undefined;
  if (entry === undefined) return id;
  const text = typeof entry === 'string' ? entry : (entry[new Intl.PluralRules(lang).select(Number(args.count ?? 0))] ?? entry.other ?? '');
  // Labels and values have no arguments: rendered for every reply of a library, they skip the replace.
  if (!text.includes('{')) return text;
  return text.replace(/\{([\w-]+)\}/g, (whole, name: string) => {
    const value = args[name];
    if (value === undefined) return whole;
    return name === 'kind' ? renderMessage(language, `kind.${value}`) : String(value);
  });
}

/** A message reference rendered in `language`. */
export function renderRef(language: string, ref: MessageRef): string {
  return renderMessage(language, ref.id, ref.args);
}
