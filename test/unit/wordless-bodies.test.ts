// A help-desk export's body with no words (empty, blank, or only a placeholder or markup) was read as a reply with
// nothing to find and passed in silence, in every export shape (issue 12: an empty Gorgias or Intercom macro). Each
// such body now gets an info at the body, in the command line and the editor alike (UnitReport.wordless).
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { runCli, tempDir } from '../support/cli';
import { lintText } from '../support/engine';

const FULL = 'Hi Sam,\\n\\nThanks for writing. Your refund went out today.\\n\\nBest,\\nAna';

/** One export per help desk's shape, each with an empty, a blank or a placeholder-only body and one written reply. */
const EXPORTS: Record<string, string> = {
  'gorgias.json': JSON.stringify({
    data: [
      { name: 'Empty', actions: [{ name: 'setResponseText', arguments: { body_text: '' } }] },
      { name: 'Name only', actions: [{ name: 'setResponseText', arguments: { body_text: '{{ticket.customer.firstname}}' } }] },
    ],
  }),
  'intercom.json': `{"type": "list", "data": [{"name": "Blank", "body": "  \\n "}, {"name": "Markup", "body": "<p></p>"}, {"name": "Full", "body": "${FULL}"}]}`,
  'zendesk.json': `{"macros": [{"title": "Empty", "actions": [{"field": "comment_value", "value": ""}]}, {"title": "Full", "actions": [{"field": "comment_value", "value": "${FULL}"}]}]}`,
  'helpscout.json': `[{"name": "Empty", "text": ""}, {"name": "Full", "text": "${FULL}"}]`,
  'freshdesk.json': '{"title": "Empty", "content": "", "content_html": ""}',
  'macros.yaml': `- title: Empty\n  body: ""\n- title: Full\n  body: "${FULL}"\n`,
};

describe('Export bodies with no words', () => {
  it('are told in every export shape, and only they', () => {
    const expected: Record<string, string[]> = {
      'gorgias.json': ['Empty', 'Name only'],
      'intercom.json': ['Blank', 'Markup'],
      'zendesk.json': ['Empty'],
      'helpscout.json': ['Empty'],
      'freshdesk.json': ['Empty'],
      'macros.yaml': ['Empty'],
    };
    for (const [name, text] of Object.entries(EXPORTS)) {
      const { units } = lintText(text, name);
      assert.deepEqual(
        units.filter((unit) => unit.wordless).map((unit) => unit.title),
        expected[name],
        name,
      );
    }
  });

  it('a reply with a word, a placeholder beside it, or a Markdown file with an empty section, is none', () => {
    assert.equal(lintText('[{"name": "Hi", "text": "Hi {{name}}"}]', 'saved.json').units[0]!.wordless, undefined);
    assert.equal(lintText('[{"name": "Code", "text": "{{code}} 42"}]', 'saved.json').units[0]!.wordless, undefined);
    assert.ok(lintText('## Empty\n\n## Full\n\nHi Sam, your refund went out today.\n', 'library.md').units.every((unit) => unit.wordless === undefined));
  });

  it('the command line says each as an info at the body, with its line, in the reply language', async () => {
    const dir = tempDir({ 'macros.yaml': '- title: Pusta\n  body: "Dzień dobry, zwrot wysłaliśmy dziś."\n- title: Pusta 2\n  body: "  "\n' });
    const run = await runCli(['-f', 'json', '--max-warnings', '0', path.join(dir, 'macros.yaml')]);
    assert.equal(run.code, 0, run.stderr);
    const [file] = JSON.parse(run.stdout) as { messages: { line: number; column: number; level: string; ruleId: string | null; message: string }[] }[];
    const notes = file!.messages.filter((message) => message.ruleId === null);
    assert.deepEqual(
      notes.map((note) => [note.line, note.column, note.level]),
      [[4, 10, 'info']],
    );
    assert.match(notes[0]!.message, /^„Pusta 2” nie ma słów: treść jest pusta/);
  });
});
