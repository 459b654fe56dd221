// A Zendesk macro dump that repeats a body as a YAML alias (`value: *body`): the text is read once, where its anchor
// writes it, and the alias's macro gets an info note saying so instead of passing in silence (issue 12).
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { aliasedBodies } from '../../server/src/engine/units/exports';
import { runCli, tempDir } from '../support/cli';

const DUMP = [
  'macros:',
  '  - title: Refund started',
  '    actions:',
  '      - field: comment_value',
  '        value: &refund "Hi, your refund is on its way and should reach your card within five working days."',
  '  - title: Refund started (copy for the chat team)',
  '    actions:',
  '      - field: comment_value',
  '        value: *refund',
  '  - title: Refund started (API shape)',
  '    actions:',
  '      - field: comment_value',
  '        value: ["channel:all", *refund]',
  '  - title: Status only',
  '    actions:',
  '      - field: status',
  '        value: *refund',
  '',
].join('\n');

describe('YAML macro bodies written as an alias', () => {
  it('are found at the alias, with the anchored text they repeat', () => {
    const notes = aliasedBodies(DUMP);
    assert.deepEqual(
      notes.map((note) => DUMP.slice(note.offset, note.offset + 7)),
      ['*refund', '*refund'],
    );
    assert.deepEqual(
      notes.map((note) => [note.alias, note.anchor]),
      [
        ['refund', DUMP.indexOf('"Hi, your refund')],
        ['refund', DUMP.indexOf('"Hi, your refund')],
      ],
    );
  });

  it('a dump without an alias, bold Markdown in a body included, is not parsed again for them', () => {
    assert.deepEqual(aliasedBodies('- title: A\n  body: "**Note**: we ship on Monday."\n'), []);
  });

  it('the command line shows them as infos, and the anchored text is linted once', async () => {
    const dir = tempDir({ 'macros.yaml': DUMP });
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
});
