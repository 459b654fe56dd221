// Reads the built-in grammar of each language (rules/structure/grammar.yaml) once.

import * as path from 'node:path';
import { compileGrammar, type Grammar, type GrammarSpec } from '../text/grammar';
import { builtinRulesDir, readBuiltinYaml } from './pack-resolver';

let specs: Record<string, GrammarSpec> | undefined;
const compiled = new Map<string, Grammar>();

/** The grammar of `language`; a language grammar.yaml does not list reads with the defaults. */
export function builtinGrammar(language: string): Grammar {
  let grammar = compiled.get(language);
  if (!grammar) {
    const everyLanguage = Object.values(grammarSpecs());
    const fillIns = {
      instructions: everyLanguage.flatMap((spec) => spec.fillIns?.instructions ?? []),
      times: everyLanguage.flatMap((spec) => spec.fillIns?.times ?? []),
      signOffPartials: everyLanguage.flatMap((spec) => spec.partials?.signOff ?? []),
    };
    compiled.set(language, (grammar = compileGrammar(grammarSpecs()[language], fillIns)));
  }
  return grammar;
}

function grammarSpecs(): Record<string, GrammarSpec> {
  if (!specs) {
    const file = path.join(builtinRulesDir(), 'structure', 'grammar.yaml');
    const data = readBuiltinYaml(file) as { languages?: Record<string, GrammarSpec> };
    const languages = data?.languages ?? {};
    for (const [language, spec] of Object.entries(languages)) {
      try {
        compileGrammar(spec);
      } catch (error) {
        throw new Error(`${file}: the grammar of "${language}": ${(error as Error).message}`, { cause: error });
      }
    }
    specs = languages;
  }
  return specs;
}
