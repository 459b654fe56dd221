// Reads the built-in footer openings (rules/structure/footers.yaml) once.

import * as path from 'node:path';
import { parse } from 'yaml';
import { compileFooters, type FooterMatcher } from '../units/footers';
import { precompiledData } from './builtin-data';
import { builtinRulesDir, readText } from './pack-resolver';

let cached: FooterMatcher | undefined;

export function builtinFooters(): FooterMatcher {
  if (!cached) {
    const file = path.join(builtinRulesDir(), 'structure', 'footers.yaml');
    const text = readText(file);
    const data = (precompiledData(builtinRulesDir(), file, text) ?? parse(text)) as { languages?: Record<string, unknown> };
    const languages: Record<string, string[]> = {};
    for (const [language, phrases] of Object.entries(data?.languages ?? {})) {
      if (!Array.isArray(phrases) || !phrases.every(isPhrase)) {
        throw new Error(`${file}: the footers of "${language}" must be a list of phrases.`);
      }
      languages[language] = phrases;
    }
    cached = compileFooters(languages);
  }
  return cached;
}

function isPhrase(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}
