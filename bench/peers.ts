// The peers, each through its own Node API on the same text as ours:
//   textlint + textlint-rule-prh, with our phrase rules as a prh dictionary
//     (the same phrases: the only peer that can take a team's phrase list);
//   alex and write-good, with their own built-in checks (they take no phrase
//     lists, so they do different, fixed work: a speed reference, not a match).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { createLinter, loadTextlintrc } from 'textlint';
import writeGood from 'write-good';
import { REPO_ROOT } from '../test/support/build';

export interface Peer {
  name: string;
  /** What it checks, for the report. */
  checks: string;
  /** Lints the text as a Markdown file; returns the number of findings. */
  lint: (text: string) => number | Promise<number>;
}

/** textlint with only textlint-rule-prh, reading the dictionary at `prhFile`. */
export async function textlintPrh(name: string, prhFile: string, checks: string): Promise<Peer> {
  const rcFile = path.join(path.dirname(prhFile), `.textlintrc-${path.basename(prhFile, '.yml')}.json`);
  // Headings are not reply prose for us either (and quotes are skipped by both by default).
  fs.writeFileSync(rcFile, JSON.stringify({ rules: { prh: { rulePaths: [prhFile], checkHeader: false } } }, null, 2));
  const descriptor = await loadTextlintrc({ configFilePath: rcFile, node_modulesDir: path.join(REPO_ROOT, 'node_modules') });
  const linter = createLinter({ descriptor });
  return {
    name,
    checks,
    lint: async (text) => (await linter.lintText(text, path.join(path.dirname(prhFile), 'library.md'))).messages.length,
  };
}

export async function alex(): Promise<Peer> {
  // alex is ESM-only.
  const { markdown } = await import('alex');
  return { name: 'alex', checks: 'its built-in insensitive-wording and profanity lists', lint: (text) => markdown(text).messages.length };
}

export function writeGoodPeer(): Peer {
  return { name: 'write-good', checks: 'its built-in checks (passive, weasel words, adverbs, cliches...)', lint: (text) => writeGood(text).length };
}
