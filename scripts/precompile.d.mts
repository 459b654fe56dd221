export interface PrecompiledEntry {
  sha1: string;
  json: string;
}
export interface PrecompileOptions {
  exampleTexts?: boolean;
}
export interface PluginOptions extends PrecompileOptions {
  ruleDocs?: boolean;
  packsFile?: boolean;
}
/** A built-in rule's description and examples, as a bundle ships them apart. */
export interface RuleDocsEntry {
  description?: string;
  examples?: { bad?: unknown[]; good?: string[] };
}
export const RULE_DOCS_FILE: string;
export function precompileRules(rulesDir: string, options?: PrecompileOptions): Record<string, PrecompiledEntry>;
export function splitRuleDocs(entries: Record<string, PrecompiledEntry>): {
  packs: Record<string, PrecompiledEntry>;
  docs: Record<string, Record<string, RuleDocsEntry>>;
};
export function ruleDocsFile(docs: Record<string, Record<string, RuleDocsEntry>>): Buffer;
export const PACKS_FILE: string;
/** An entry's SHA-1 and the bytes of PACKS_FILE its JSON is. */
export interface PackSpan {
  sha1: string;
  from: number;
  to: number;
}
export function packsFile(entries: Record<string, PrecompiledEntry>): { bytes: Buffer; entries: Record<string, PackSpan> };
export function precompiledModule(rulesDir: string, options?: PluginOptions): { source: string; files: Record<string, Buffer> };
export function precompiledSources(rulesDir: string): string[];
export function configValidatorModule(rulesDir: string): string;
export function packValidatorModule(rulesDir: string): string;
export function precompiledRulesPlugin(rulesDir: string, options?: PluginOptions): import('esbuild').Plugin;
