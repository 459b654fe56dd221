// Built-in YAML data as JSON, by path under rules/ ('recommended/en.yaml'),
// with the SHA-1 of the YAML it was made from. scripts/build.mjs fills this in
// for the bundles (scripts/precompile.mjs); run from sources it is empty and
// the YAML is parsed.
export const PRECOMPILED: Record<string, { sha1: string; json: string }> = {};

/**
 * The language server's bundle ships the entries' JSON apart, UTF-8 and brotli-compressed in the file `name` beside it,
 * and keeps each entry's SHA-1 and byte span of it (builtin-data.ts precompiledEntries); PRECOMPILED is empty there.
 * Undefined where the bundle holds the entries.
 */
export const PACKS_FILE: { name: string; entries: Record<string, { sha1: string; from: number; to: number }> } | undefined = undefined;

/**
 * The language server's bundle ships its packs' rule descriptions and examples apart, in this file beside it
 * (builtin-data.ts shippedRuleDocs); undefined where the packs keep them.
 */
export const RULE_DOCS_FILE: string | undefined = undefined;
