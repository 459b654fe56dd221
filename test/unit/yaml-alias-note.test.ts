// A Zendesk macro dump that repeats a body as a YAML alias (`value: *body`): the text is read once, where its anchor
// writes it, and the alias's macro gets an info note saying so instead of passing in silence (issue 12). The aliases
// are found in the lint's own parse and travel on its result (LintResult.aliasedBodies), for the CLI and the editor.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { buildConfig } from '../../server/src/engine/config/project-config';
import { UnitCache, lint } from '../../server/src/engine/linter';
import { runCli, tempDir } from '../support/cli';
import { lintText } from '../support/engine';
import { ALIASED_DUMP } from '../support/yaml-aliases';

describe('YAML macro bodies written as an alias', () => {
  it("are found in the lint's own reading, at the alias, with the anchored text they repeat", () => {
    const notes = lintText(ALIASED_DUMP, 'macros.yaml').aliasedBodies ?? [];
    assert.deepEqual(
      notes.map((note) => ALIASED_DUMP.slice(note.offset, note.offset + 7)),
      ['*refund', '*refund'],
    );
    assert.deepEqual(
      notes.map((note) => [note.alias, note.anchor]),
      [
        ['refund', ALIASED_DUMP.indexOf('"Hi, your refund')],
        ['refund', ALIASED_DUMP.indexOf('"Hi, your refund')],
      ],
    );
  });

  it('a dump without an alias, bold Markdown in a body included, has none', () => {
    assert.equal(lintText('- title: A\n  body: "**Note**: we ship on Monday."\n', 'macros.yaml').aliasedBodies, undefined);
  });

  it('after typing in a reply, are where a fresh lint of the new text finds them', () => {
    const options = buildConfig({}, undefined).lintOptions;
    const cache = new UnitCache();
    let text = ALIASED_DUMP;
    lint({ text, fileName: 'macros.yaml' }, options, cache);
    // In the anchored text, before the aliases: words typed, then some of them deleted.
    for (const [after, remove, insert] of [
      ['Hi, ', 0, 'Sam. '],
      ['your refund ', 0, 'really '],
      ['Hi, ', 5, ''],
    ] as const) {
      const at = text.indexOf(after) + after.length;
      text = text.slice(0, at) + insert + text.slice(at + remove);
      const edited = lint({ text, fileName: 'macros.yaml' }, options, cache);
      assert.deepEqual(edited.aliasedBodies, lint({ text, fileName: 'macros.yaml' }, options).aliasedBodies, insert);
    }
  });

  it('the command line shows them as infos, and the anchored text is linted once', async () => {
    const dir = tempDir({ 'macros.yaml': ALIASED_DUMP });
    const run = await runCli(['--language', 'en', '-f', 'json', path.join(dir, 'macros.yaml')]);
    const [file] = JSON.parse(run.stdout) as { messages: { line: number; level: string; ruleId: string | null; message: string }[] }[];
    const notes = file!.messages.filter((message) => message.ruleId === null);
    assert.match(notes[0]!.message, /alias \*refund\..*&refund.*\(line 5\)/);
    assert.deepEqual(
      notes.map((note) => [note.line, note.level]),
      [
        [9, 'info'],
        [13, 'info'],
      ],
    );
  });

  it("an alias with no anchor before it (a YAML reader refuses it) is a warning naming no line, in the user's locale", async () => {
    const dump = ALIASED_DUMP.replace('value: &refund "', 'value: "');
    const dir = tempDir({ 'macros.yaml': dump });
    for (const [language, said] of [
      ['en', /^Not checked: this body is the YAML alias \*refund, and no anchor &refund comes before it/],
      ['pl', /^Niesprawdzone: ta treść to alias YAML \*refund, a przed nim w tym pliku nie ma kotwicy &refund/],
    ] as const) {
      const run = await runCli(['--language', language, '--locale', language, '-f', 'json', path.join(dir, 'macros.yaml')]);
      const [file] = JSON.parse(run.stdout) as { messages: { line: number; level: string; ruleId: string | null; message: string }[] }[];
      const notes = file!.messages.filter((message) => message.ruleId === null);
      assert.deepEqual(
        notes.map((note) => [note.line, note.level]),
        [
          [9, 'warning'],
          [13, 'warning'],
        ],
        language,
      );
      assert.match(notes[0]!.message, said);
      assert.doesNotMatch(notes[0]!.message, /line|wiersz|\?/);
    }
  });
});
