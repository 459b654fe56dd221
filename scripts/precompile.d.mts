export interface PrecompiledEntry {
  sha1: string;
  json: string;
}
export interface PrecompileOptions {
  exampleTexts?: boolean;
}
export interface PluginOptions extends PrecompileOptions {
  ruleDocs?: boolean;
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
export function precompiledModule(rulesDir: string, options?: PluginOptions): { source: string; docs?: Record<string, Record<string, RuleDocsEntry>> };
export function precompiledSources(rulesDir: string): string[];
export function configValidatorModule(rulesDir: string): string;
export function packValidatorModule(rulesDir: string): string;
export function precompiledRulesPlugin(rulesDir: string, options?: PluginOptions): import('esbuild').Plugin;
