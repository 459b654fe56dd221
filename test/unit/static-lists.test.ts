// Lists that must be written out where they are read without running our code
// (package.json settings, the config schema, the dialect name type): each
// equals what the packs and dialect data hold, so adding a language or a
// dialect fails here until every copy names it.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtinDialects } from '../../server/src/engine/config/dialects-file';
import { builtinLanguages } from '../../server/src/engine/config/pack-resolver';
import { DIALECT_NAMES } from '../../server/src/engine/placeholders/dialects';
import { REPO_ROOT } from '../support/build';

type Json = Record<string, unknown>;

const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(REPO_ROOT, file), 'utf8')) as Json;
const sorted = (list: readonly unknown[]) => [...list].map(String).sort();

/** Every `enum` under a property named `key`, anywhere in a JSON schema. */
function enumsOf(schema: unknown, key: string): unknown[][] {
  if (typeof schema !== 'object' || schema === null) return [];
  return Object.entries(schema).flatMap(([name, value]) => {
    const own = name === key && typeof value === 'object' && value !== null && Array.isArray((value as Json).enum) ? [(value as Json).enum as unknown[]] : [];
    return [...own, ...enumsOf(value, key)];
  });
}

describe('lists written out in static files', () => {
  const settings = ((readJson('package.json').contributes as Json).configuration as Json).properties as Record<string, Json>;
  const dialects = Object.keys(builtinDialects());

  it("the replylint.language setting offers the languages the built-in packs have, and takes a team pack's language too", () => {
    const language = settings['replylint.language']!;
    assert.deepEqual(sorted(language.examples as unknown[]), sorted(['', 'auto', ...builtinLanguages()]));
    // Offered, not imposed: an enum would mark "de" wrong in settings.json, though a German pack the config extends has rules for it.
    assert.equal(language.enum, undefined);
    assert.equal(language.type, 'string');
  });

  it('the replylint.placeholders setting and the config schema offer the dialects of rules/placeholders/dialects.yaml', () => {
    assert.deepEqual(sorted(settings['replylint.placeholders']!.enum as unknown[]), sorted(['', 'auto', ...dialects]));
    // `placeholders:` and its `dialect:` both take the one dialect definition.
    const schemaEnums = enumsOf(readJson('rules/schema/config.schema.json'), 'dialect');
    assert.ok(schemaEnums.length >= 1, 'the config schema has a dialect enum');
    for (const list of schemaEnums) assert.deepEqual(sorted(list), sorted(['auto', ...dialects]));
  });

  it('the dialect names the code types against are the dialects of the data', () => {
    assert.deepEqual(sorted(DIALECT_NAMES), sorted(dialects));
  });
});
