import type { YamlProblem } from './yaml-problems';

/** A problem in a config or pack file, with its place in that file. */
export interface ConfigProblem extends YamlProblem {
  file: string;
  /** Problems stop a config from loading; a warning (a failing pack example) does not. */
  severity?: 'warning';
}

export class ConfigError extends Error {
  constructor(readonly problems: ConfigProblem[]) {
    super(problems.map((problem) => `${problem.file}:${problem.line + 1}:${problem.column + 1}: ${problem.message}`).join('\n'));
  }
}
