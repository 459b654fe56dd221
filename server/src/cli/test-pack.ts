// replylint test-pack: runs a pack's own examples so a team's CI guards it.
// Each bad example must fire its rule; each good example must not.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtinDialects } from '../engine/config/dialects-file';
import { builtinPackNames, builtinRulesDir, compileRuleSet, readPackFile } from '../engine/config/project-config';
import { lint } from '../engine/linter';
import type { CliIo } from './main';

export interface ExampleFailure {
  ruleId: string;
  kind: 'bad' | 'good';
  example: string;
  fired: string[];
}

/** Runs every example of a pack against the pack itself. */
export function checkPackExamples(packFile: string): { rules: number; examples: number; failures: ExampleFailure[] } {
  const spec = readPackFile(packFile);
  const language = spec.language ?? 'en';
  const ruleSet = compileRuleSet(language, [{ name: packFile, file: packFile, spec }], {});
  const options = { language, audience: 'customer' as const, placeholders: 'auto', dialects: builtinDialects(), ruleSetFor: () => ruleSet };
  const failures: ExampleFailure[] = [];
  let examples = 0;
  for (const [ruleId, rule] of Object.entries(spec.rules)) {
    for (const kind of ['bad', 'good'] as const) {
      for (const example of rule.examples?.[kind] ?? []) {
        examples++;
        const fired = lint({ text: example, fileName: 'example.txt' }, options).findings.map((finding) => finding.ruleId);
        const firedThis = fired.includes(ruleId);
        if (firedThis !== (kind === 'bad')) failures.push({ ruleId, kind, example, fired });
      }
    }
  }
  return { rules: Object.keys(spec.rules).length, examples, failures };
}

function packFiles(target: string): string[] {
  if (builtinPackNames().includes(target)) {
    const dir = path.join(builtinRulesDir(), target);
    return fs.readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)).map((name) => path.join(dir, name));
  }
  return [path.resolve(target)];
}

export function runTestPack(target: string, io: Pick<CliIo, 'stdout'>): number {
  let failed = 0;
  for (const file of packFiles(target)) {
    const { rules, examples, failures } = checkPackExamples(file);
    const name = path.relative(process.cwd(), file) || file;
    for (const failure of failures) {
      const expectation = failure.kind === 'bad' ? `should fire ${failure.ruleId}` : `should not fire ${failure.ruleId}`;
      const fired = failure.fired.length > 0 ? failure.fired.join(', ') : 'nothing';
      io.stdout.write(`✗ ${name}: ${failure.kind} example ${expectation}\n    ${JSON.stringify(failure.example)}\n    fired: ${fired}\n`);
    }
    io.stdout.write(`${failures.length === 0 ? '✓' : '✗'} ${name}: ${rules} rules, ${examples} examples, ${failures.length} failed\n`);
    failed += failures.length;
  }
  return failed > 0 ? 1 : 0;
}
