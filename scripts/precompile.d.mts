export interface PrecompiledEntry {
  sha1: string;
  json: string;
}
export function precompileRules(rulesDir: string): Record<string, PrecompiledEntry>;
export function precompiledModule(rulesDir: string): string;
export function precompiledSources(rulesDir: string): string[];
export function configValidatorModule(rulesDir: string): string;
export function packValidatorModule(rulesDir: string): string;
export function precompiledRulesPlugin(rulesDir: string): import('esbuild').Plugin;
