// The starter configuration and team pack that `replylint init` and the
// editor's "Create configuration" command write.

import * as fs from 'node:fs';
import * as path from 'node:path';

const CONFIG = `# Replylint configuration: https://github.com/replylint/replylint#configuration
# yaml-language-server: $schema=./node_modules/replylint/rules/schema/config.schema.json

# Language of the replies: en, pl, lt, fi, sq.
language: en

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
# yaml-language-server: $schema=../node_modules/replylint/rules/schema/pack.schema.json
name: team
language: en
rules:
  team/thanks-formula:
    kind: require
    category: formula
    severity: warning
    where: opening
    window: 2
    phrases: ["thanks for contacting *", "thank you for contacting *", "thanks for reaching out"]
    message: Thank the customer for getting in touch at the start of the reply.
    description: Our standard opening thanks the customer for contacting us before anything else.
    suggest: { insert: "Thanks for reaching out! " }
    examples:
      bad: ["Your order shipped today.", "The refund is on its way.", "I've reset your password."]
      good: ["Thanks for reaching out! Your order shipped today.", "Thank you for contacting Acme. The refund is on its way.", "Thanks for contacting us. I've reset your password."]
`;

export class StarterExistsError extends Error {}

/** Writes .replylint.yaml and replylint/team-pack.yaml into dir; never overwrites. */
export function writeStarterConfig(dir: string): string[] {
  const configFile = path.join(dir, '.replylint.yaml');
  const packFile = path.join(dir, 'replylint', 'team-pack.yaml');
  const existing = [configFile, packFile].filter((file) => fs.existsSync(file));
  if (existing.length > 0) {
    throw new StarterExistsError(`Not overwriting ${existing.map((file) => path.relative(dir, file)).join(', ')}.`);
  }
  fs.mkdirSync(path.dirname(packFile), { recursive: true });
  fs.writeFileSync(configFile, CONFIG);
  fs.writeFileSync(packFile, TEAM_PACK);
  return [configFile, packFile];
}
