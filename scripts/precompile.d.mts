export interface PrecompiledEntry {
  sha1: string;
  json: string;
}
export interface PrecompileOptions {
  exampleTexts?: boolean;
}
export function precompileRules(rulesDir: string, options?: PrecompileOptions): Record<string, PrecompiledEntry>;
export function precompiledModule(rulesDir: string, options?: PrecompileOptions): string;
export function precompiledSources(rulesDir: string): string[];
export function configValidatorModule(rulesDir: string): string;
export function packValidatorModule(rulesDir: string): string;
export function precompiledRulesPlugin(rulesDir: string, options?: PrecompileOptions): import('esbuild').Plugin;
