// Built-in YAML data as JSON, by path under rules/ ('recommended/en.yaml'),
// with the SHA-1 of the YAML it was made from. scripts/build.mjs fills this in
// for the bundles (scripts/precompile.mjs); run from sources it is empty and
// the YAML is parsed.
export const PRECOMPILED: Record<string, { sha1: string; json: string }> = {};

/**
 * The language server's bundle ships its packs' rule descriptions and examples apart, in this file beside it
 * (builtin-data.ts shippedRuleDocs); undefined where the packs keep them.
 */
export const RULE_DOCS_FILE: string | undefined = undefined;
