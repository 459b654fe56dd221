// A pack's own examples, run against the pack: each bad example must fire
// its rule (covering the stated words, with the stated text after its fix
// and after each suggestion) and each good one must not. `replylint test-pack` and the
// language server (diagnostics on the example in the pack file) share this.

import { isMap, isScalar } from 'yaml';
import { builtinDialects } from './config/dialects-file';
import { builtinFooters } from './config/footers-file';
import { compileRuleSet, readPackFile } from './config/project-config';
import { PackError, readText } from './config/pack-resolver';
import { lint } from './linter';
import { MAX_FIX_PASSES, applyEdits, fixAllEdits, fixToFixedPoint } from './fix-all';
import type { Finding, LintResult } from './types';
import { YamlFile, type YamlProblem } from './config/yaml-problems';
import { exampleText, packLanguage, phraseSlotTraps, type BadExample, type Formality, type PackSpec } from './rules/pack';

export interface ExampleFailure extends YamlProblem {
  /** The rule, or for a phrase outside the rules the key of its list ("kindSignals.notice"). */
  ruleId: string;
  /**
   * A bad or good example that does not do what it says, a phrase written as if `|` split whole phrases, a rule
   * with no bad example (`untested`: nothing shows it fires, so its pack's tests could not fail for it), or a problem
   * that keeps the pack from loading (`invalid`: a phrase past 256 variants, a pattern RE2 refuses, a schema error).
   */
  kind: 'bad' | 'good' | 'phrase' | 'untested' | 'invalid';
  /** The example's text (the phrase's, for kind phrase; empty for untested). */
  example: string;
  fired: string[];
}

export interface ExampleReport {
  rules: number;
  examples: number;
  failures: ExampleFailure[];
}

/**
 * The reports made, by the pack's data as read: readPackFile keeps one object while its file is unchanged, and the
 * examples' outcome depends on nothing else. The editor runs a workspace pack's examples at every config load, and
 * the test suite ran the built-in packs' twice (pack-examples.test.ts, then `test-pack recommended` in cli.test.ts:
 * 8-15 s alone, over its 20 s under load).
 */
const reports = new WeakMap<PackSpec, ExampleReport>();

/** Runs every example of a pack file (once while the file is unchanged); failures carry the example's place in the file. */
export function checkPackExamples(packFile: string): ExampleReport {
  let spec: PackSpec;
  try {
    spec = readPackFile(packFile);
  } catch (error) {
    if (!(error instanceof PackError)) throw error;
    return { rules: 0, examples: 0, failures: loadFailures(packFile, error) };
  }
  const known = reports.get(spec);
  if (known) return known;
  const report = examplesReport(packFile, spec);
  reports.set(spec, report);
  return report;
}

function examplesReport(packFile: string, spec: PackSpec): ExampleReport {
  const language = packLanguage(spec);
  // A rule for one formality runs as a team that chose it would run it.
  const optionsFor = (formality: Formality) => {
    const ruleSet = compileRuleSet(language, [{ name: packFile, file: packFile, spec }], {}, {}, formality);
    return {
      language,
      audience: 'customer' as const,
      // An example is tried as the kind it is written for, never read as a body or a notice by its words.
      inferKind: false,
      placeholders: 'auto',
      dialects: builtinDialects(),
      footers: builtinFooters(),
      ruleSetFor: () => ruleSet,
    };
  };
  const optionsByFormality = new Map<Formality, ReturnType<typeof optionsFor>>();
  // Parsed again for places only when something fails: a passing pack (the built-in ones) never needs it.
  let placed: YamlFile | undefined;
  const fileOf = () => (placed ??= new YamlFile(readText(packFile), { uniqueKeys: false }));
  const failures: ExampleFailure[] = [];
  // A phrase whose `|` was meant between whole phrases matches something else: as wrong as a failing example.
  for (const trap of phraseSlotTraps(spec)) {
    const file = fileOf();
    const node = file.nodeAt(trap.path);
    const list = trap.path[0] === 'rules' ? String(trap.path[1]) : trap.path.slice(0, -1).join('.');
    failures.push({ ruleId: list, kind: 'phrase', example: trap.phrase, fired: [], message: trap.message, ...file.placeOf(node?.range) });
  }
  let examples = 0;
  for (const [ruleId, rule] of Object.entries(spec.rules)) {
    const formality = rule.formality ?? 'any';
    if (!optionsByFormality.has(formality)) optionsByFormality.set(formality, optionsFor(formality));
    const options = optionsByFormality.get(formality)!;
    // A rule for some kinds only is tried on a reply of its kind (a macro when it has that one).
    const kinds = rule.kinds?.map((kind) => (kind === 'chat-opening' || kind === 'chat-transcript' || kind === 'chat-saved' ? 'chat' : kind));
    const ruleOptions = kinds && !kinds.includes('macro') ? { ...options, kind: kinds[0] } : options;
    const check = (kind: 'bad' | 'good', example: BadExample, index: number) => {
      examples++;
      const text = exampleText(example);
      const findings = lint({ text, fileName: 'example.txt' }, ruleOptions).findings;
      const fired = findings.map((finding) => finding.ruleId);
      const fail = (message: string) => {
        const file = fileOf();
        failures.push({ ruleId, kind, example: text, fired, message, ...file.placeOf(file.nodeAt(['rules', ruleId, 'examples', kind, index])?.range) });
      };
      if (fired.includes(ruleId) !== (kind === 'bad')) {
        const expectation = kind === 'bad' ? `should fire ${ruleId} but does not` : `should not fire ${ruleId} but does`;
        const others = fired.filter((id) => id !== ruleId);
        fail(`This ${kind} example ${expectation}${others.length > 0 ? ` (fired: ${others.join(', ')})` : ''}.`);
        return;
      }
      if (typeof example !== 'string') {
        const relint = (fixed: string) => {
          const result = lint({ text: fixed, fileName: 'example.txt' }, ruleOptions);
          return { ...result, findings: result.findings.filter((finding) => finding.ruleId === ruleId) };
        };
        for (const problem of expectationProblems(
          example,
          findings.filter((finding) => finding.ruleId === ruleId),
          relint,
        ))
          fail(problem);
      }
    };
    const bad = rule.examples?.bad ?? [];
    if (bad.length === 0) {
      const message = 'This rule has no bad example: add examples.bad, a text it must flag, so its tests show that it fires.';
      const file = fileOf();
      failures.push({ ruleId, kind: 'untested', example: '', fired: [], message, ...file.placeOf(file.nodeAt(['rules', ruleId], true)?.range) });
    }
    bad.forEach((example, index) => check('bad', example, index));
    (rule.examples?.good ?? []).forEach((example, index) => check('good', example, index));
  }
  return { rules: Object.keys(spec.rules).length, examples, failures };
}

/**
 * The problems that keep a pack from loading, each with the rule it stands in (or the top-level key: "kindSignals"):
 * a built-in pack is loaded unchecked at run time, so a phrase past 256 variants failed at the first lint, naming no
 * rule, and here it stopped `test-pack` and the pack tests with a configuration error that named no rule either.
 */
function loadFailures(packFile: string, error: PackError): ExampleFailure[] {
  const file = new YamlFile(readText(packFile), { uniqueKeys: false });
  const keysOf = (node: unknown) => (isMap(node) ? node.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : '')) : []);
  const ruleIds = keysOf(file.nodeAt(['rules']));
  const topKeys = keysOf(file.document.contents);
  const holds = (path: string[], line: number) => {
    const place = file.placeOf(file.nodeAt(path)?.range);
    return place.line <= line && line <= place.endLine;
  };
  return error.problems.map((problem) => ({
    ruleId: ruleIds.find((id) => holds(['rules', id], problem.line)) ?? topKeys.find((key) => key !== 'rules' && holds([key], problem.line)) ?? '',
    kind: 'invalid',
    example: '',
    fired: [],
    message: problem.message,
    line: problem.line,
    column: problem.column,
    endLine: problem.endLine,
    endColumn: problem.endColumn,
  }));
}

/**
 * What a RuleTester-style bad example states and the rule does not do: the
 * words its finding covers, the text after the rule's fixes (this rule only,
 * as --fix runs them: repeated until none applies, so the fixed text must
 * have nothing left to fix), the text after each suggestion of that finding.
 */
function expectationProblems(example: Exclude<BadExample, string>, findings: Finding[], relint: (text: string) => LintResult): string[] {
  const problems: string[] = [];
  const { text } = example;
  const finding = example.span === undefined ? findings[0]! : findings.find((candidate) => candidate.excerpt === example.span);
  if (!finding) {
    return [`No finding covers ${JSON.stringify(example.span)}; the rule covers ${findings.map((candidate) => JSON.stringify(candidate.excerpt)).join(', ')}.`];
  }
  if (example.output !== undefined) {
    const fixed = fixToFixedPoint(text, relint(text), relint);
    const output = fixed.text === text ? null : fixed.text;
    if (output !== example.output) problems.push(`After the fix this example reads ${JSON.stringify(output)}, not ${JSON.stringify(example.output)}.`);
    else if (fixAllEdits(fixed.result.findings).length > 0)
      problems.push(`Its fixes do not settle: ${JSON.stringify(output)} still has one to apply after ${MAX_FIX_PASSES} passes.`);
  }
  if (example.suggestions !== undefined) {
    const outputs = finding.suggestions.map((suggestion) => applyEdits(text, suggestion.edits));
    if (JSON.stringify(outputs) !== JSON.stringify(example.suggestions)) {
      problems.push(`Its suggestions give ${JSON.stringify(outputs)}, not ${JSON.stringify(example.suggestions)}.`);
    }
  }
  return problems;
}
