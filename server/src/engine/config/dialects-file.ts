// Reads the built-in placeholder dialects (rules/placeholders/dialects.yaml) once.

import * as path from 'node:path';
import { DIALECT_NAMES, type Dialect } from '../placeholders/dialects';
import { builtinRulesDir, readBuiltinYaml } from './pack-resolver';

let cached: Record<string, Dialect> | undefined;

export function builtinDialects(): Record<string, Dialect> {
  if (!cached) {
    const file = path.join(builtinRulesDir(), 'placeholders', 'dialects.yaml');
    const data = readBuiltinYaml(file) as Record<string, Omit<Dialect, 'name'>>;
    const dialects: Record<string, Dialect> = {};
    for (const name of DIALECT_NAMES) {
      const entry = data[name];
      if (!entry || !Array.isArray(entry.variables) || !Array.isArray(entry.names) || !Array.isArray(entry.syntaxes) || typeof entry.fallback !== 'string') {
        throw new Error(`${file}: dialect "${name}" needs syntaxes, variables, names and fallback.`);
      }
      dialects[name] = { ...entry, name };
    }
    cached = dialects;
  }
  return cached;
}
