// The starter configuration and team pack that `replylint init` and the
// editor's "Create configuration" command write.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtinLanguages } from './pack-resolver';

const config = () => `# Replylint configuration: https://github.com/replylint/replylint#configuration
# yaml-language-server: $schema=https://raw.githubusercontent.com/replylint/replylint/main/rules/schema/config.schema.json

# Language of the replies: auto reads each reply's language from its text, so a
# folder of Polish macros beside English ones gets the Polish rules. Name one
# (${builtinLanguages().join(', ')}) only when every reply is in it.
language: auto

# Packs, in order; later ones override earlier ones.
extends:
  - recommended
  # - strict        # house style: thanks in every reply, "ticket" as jargon, reply length
  - ./replylint/team-pack.yaml

# customer (default) or internal (replies to colleagues: relaxed formal greetings).
audience: customer

# Per-rule (or per-category) severity: off, error, warning, info, hint.
rules:
  clarity/long-sentence: off
  deferral/vague-timeframe: error
`;

const TEAM_PACK = `# Your team's own service standards. Run "replylint test-pack" on this file in CI.
# yaml-language-server: $schema=https://raw.githubusercontent.com/replylint/replylint/main/rules/schema/pack.schema.json
name: team
language: en
rules:
  # What the built-in packs cannot know: your own names. Replace these with your team's.
  team/internal-names:
    kind: phrase
    category: clarity
    severity: warning
    phrases:
      - { phrase: "the back office", suggest: ["your account page"] }
      - { phrase: "the admin console", suggest: ["your account settings"] }
      - { phrase: "Project Falcon", suggest: ["the new checkout"] }
    message: '"{match}" is our internal name: say what the customer sees.'
    description: Customers never see our internal tool and project names; name the page or feature they know.
    examples:
      bad: ["You can change it in the back office.", "Project Falcon fixes this next month."]
      good: ["You can change it on your account page.", "The new checkout fixes this next month."]
`;

/** The starter files exist already; `files` relative to the folder. */
export class StarterExistsError extends Error {
  constructor(readonly files: string[]) {
    super(`Not overwriting ${files.join(', ')}.`);
  }
}

/** Writes .replylint.yaml and replylint/team-pack.yaml into dir; never overwrites. */
export function writeStarterConfig(dir: string): string[] {
  const configFile = path.join(dir, '.replylint.yaml');
  const packFile = path.join(dir, 'replylint', 'team-pack.yaml');
  const existing = [configFile, packFile].filter((file) => fs.existsSync(file));
  if (existing.length > 0) {
    throw new StarterExistsError(existing.map((file) => path.relative(dir, file)));
  }
  fs.mkdirSync(path.dirname(packFile), { recursive: true });
  fs.writeFileSync(configFile, config());
  fs.writeFileSync(packFile, TEAM_PACK);
  return [configFile, packFile];
}
