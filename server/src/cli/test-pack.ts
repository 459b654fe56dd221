// replylint test-pack: runs a pack's own examples so a team's CI guards it.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtinPackNames, builtinRulesDir } from '../engine/config/project-config';
import { checkPackExamples } from '../engine/pack-examples';
import type { CliIo } from './io';

function packFiles(target: string): string[] {
  if (builtinPackNames().includes(target)) {
    const dir = path.join(builtinRulesDir(), target);
    return fs
      .readdirSync(dir)
      .filter((name) => /\.ya?ml$/.test(name))
      .map((name) => path.join(dir, name));
  }
  return [path.resolve(target)];
}

export function runTestPack(target: string, io: Pick<CliIo, 'stdout'>): number {
  let failed = 0;
  for (const file of packFiles(target)) {
    const { rules, examples, failures } = checkPackExamples(file);
    const name = path.relative(process.cwd(), file) || file;
    for (const failure of failures) {
      const place = `✗ ${name}:${failure.line + 1}:${failure.column + 1}: ${failure.ruleId}: ${failure.message}`;
      if (failure.kind === 'phrase' || failure.kind === 'untested' || failure.kind === 'invalid') {
        io.stdout.write(`${place}\n`);
        continue;
      }
      const fired = failure.fired.length > 0 ? failure.fired.join(', ') : 'nothing';
      io.stdout.write(`${place}\n    ${JSON.stringify(failure.example)}\n    fired: ${fired}\n`);
    }
    io.stdout.write(`${failures.length === 0 ? '✓' : '✗'} ${name}: ${rules} rules, ${examples} examples, ${failures.length} failed\n`);
    failed += failures.length;
  }
  return failed > 0 ? 1 : 0;
}
