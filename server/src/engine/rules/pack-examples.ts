// A pack's own examples, run against the pack: each bad example must fire
// its rule and each good one must not. `replylint test-pack` and the
// language server (diagnostics on the example in the pack file) share this.

import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { builtinDialects } from '../config/dialects-file';
import { compileRuleSet, readPackFile } from '../config/project-config';
import { readText } from '../config/pack-resolver';
import { lint } from '../linter';
import { exampleText, type PackProblem } from './pack';

export interface ExampleFailure extends PackProblem {
  ruleId: string;
  kind: 'bad' | 'good';
  example: string;
  fired: string[];
}

export interface ExampleReport {
  rules: number;
  examples: number;
  failures: ExampleFailure[];
}

/** Runs every example of a pack file; failures carry the example's place in the file. */
export function checkPackExamples(packFile: string): ExampleReport {
  const spec = readPackFile(packFile);
  const language = spec.language ?? 'en';
  const ruleSet = compileRuleSet(language, [{ name: packFile, file: packFile, spec }], {});
  const options = { language, audience: 'customer' as const, placeholders: 'auto', dialects: builtinDialects(), ruleSetFor: () => ruleSet };
  const locate = exampleLocator(readText(packFile));
  const failures: ExampleFailure[] = [];
  let examples = 0;
  for (const [ruleId, rule] of Object.entries(spec.rules)) {
    for (const kind of ['bad', 'good'] as const) {
      (rule.examples?.[kind] ?? []).forEach((example, index) => {
        examples++;
        const text = exampleText(example);
        const fired = lint({ text, fileName: 'example.txt' }, options).findings.map((finding) => finding.ruleId);
        if (fired.includes(ruleId) === (kind === 'bad')) return;
        const expectation = kind === 'bad' ? `should fire ${ruleId} but does not` : `should not fire ${ruleId} but does`;
        const others = fired.filter((id) => id !== ruleId);
        const message = `This ${kind} example ${expectation}${others.length > 0 ? ` (fired: ${others.join(', ')})` : ''}.`;
        failures.push({ ruleId, kind, example: text, fired, message, ...locate(ruleId, kind, index) });
      });
    }
  }
  return { rules: Object.keys(spec.rules).length, examples, failures };
}

function exampleLocator(text: string): (ruleId: string, kind: 'bad' | 'good', index: number) => Omit<PackProblem, 'message'> {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: false });
  return (ruleId, kind, index) => {
    const list = document.getIn(['rules', ruleId, 'examples', kind], true);
    const node = isSeq(list) ? list.items[index] : undefined;
    const range = (isScalar(node) || isMap(node) ? node.range : undefined) ?? [0, 0];
    const start = lineCounter.linePos(range[0]);
    const end = lineCounter.linePos(range[1]);
    return { line: start.line - 1, column: start.col - 1, endLine: end.line - 1, endColumn: end.col - 1 };
  };
}
