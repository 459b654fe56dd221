// A pattern rule's `unless` phrases (pack.schema.json: "Words right before the match" /
// "Words right after the match"): either side excuses a match whose edge falls on a word's
// edge. Before this, a pattern rule was excused only when it had `unless.before`, and its
// `after` phrases were looked for after the match's first word, not after the match.
import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import type { LoadedPack } from '../../server/src/engine/config/project-config';
import type { PackSpec } from '../../server/src/engine/rules/pack';
import { lintWithPacks } from '../support/engine';

function pack(unless: string): LoadedPack[] {
  const spec = parse(`
language: en
rules:
  tone/shout:
    kind: pattern
    category: tone
    pattern: '\\b[A-Z]{2,}(?:[ ]+[A-Z]{2,})+\\b'
    caseSensitive: true
    message: No shouting.
    ${unless}
`) as PackSpec;
  return [{ name: 'test', file: 'test.yaml', spec }];
}

function shouts(text: string, unless: string): string[] {
  return lintWithPacks(text, pack(unless), 'en').findings.map((finding) => text.slice(finding.start, finding.end));
}

describe('pattern rules: unless.before and unless.after', () => {
  const text = 'Your parcel ships with DHL EXPRESS today. The NORDIC HOME team packed it. It is ON ITS WAY now.';

  it('without unless, every match fires', () => {
    assert.deepEqual(shouts(text, ''), ['DHL EXPRESS', 'NORDIC HOME', 'ON ITS WAY']);
  });

  it('unless.after alone excuses a match followed by one of its phrases', () => {
    assert.deepEqual(shouts(text, 'unless: { after: ["team|store"] }'), ['DHL EXPRESS', 'ON ITS WAY']);
  });

  it('unless.after reads after the whole match, not after its first word', () => {
    // "HOME" follows "NORDIC": an after phrase "home" must not excuse "NORDIC HOME" (a before list made it so).
    assert.deepEqual(shouts(text, 'unless: { before: ["shopping at"], after: ["home"] }'), ['DHL EXPRESS', 'NORDIC HOME', 'ON ITS WAY']);
  });

  it('before and after together each excuse their own matches', () => {
    assert.deepEqual(shouts(text, 'unless: { before: ["ships with"], after: ["team"] }'), ['ON ITS WAY']);
  });

  it('an after phrase in the next sentence excuses nothing', () => {
    assert.deepEqual(shouts('It is ON ITS WAY. Team members packed it.', 'unless: { after: ["team"] }'), ['ON ITS WAY']);
  });
});
