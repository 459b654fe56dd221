// A replylint language or kind comment the engine cannot follow is an error
// at the comment that names what is known, never a silent fallback.
import * as assert from 'node:assert/strict';
import { lintText } from '../support/engine';

const settingProblems = (text: string, fileName = 'reply.md') =>
  lintText(text, fileName).findings.filter((finding) => finding.ruleId === 'replylint/unknown-setting');

describe('language and kind comments', () => {
  it('report an unknown language at the comment, with the languages that have rules', () => {
    const text = 'Hi Ana 😀,\r\n<!-- replylint language=de -->\r\nWir melden uns bald.\r\n';
    const [problem, ...rest] = settingProblems(text);
    assert.equal(rest.length, 0);
    assert.equal(problem?.severity, 'error');
    assert.equal(problem?.category, 'configuration');
    assert.equal(problem?.excerpt, '<!-- replylint language=de -->');
    assert.deepEqual(problem?.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 30 } });
    assert.match(problem!.message, /Unknown language "de".*rules for en, fi, lt, pl, sq/);
  });

  it('report an unknown kind with the list of kinds, also in a Liquid comment and in an HTML export body', () => {
    const [liquid] = settingProblems('{% comment %} replylint kind=email {% endcomment %}\nHi Ana, thanks for writing.\n');
    assert.match(liquid!.message, /Unknown reply kind "email".*reply, macro, snippet, chat, auto-reply/);
    const json = '[{"title": "T", "body": "<!-- replylint kind=mail --><p>Hi Ana, thanks for writing.</p>"}]';
    const [inExport] = settingProblems(json, 'macros.json');
    assert.equal(inExport?.start, json.indexOf('<!--'));
    assert.equal(inExport?.end, json.indexOf('-->') + 3);
  });

  it('accept known languages in any case or region form, and known kinds', () => {
    const text = '<!-- replylint language=pl -->\n<!-- replylint language=en-us -->\n<!-- replylint kind=chat -->\nHi Ana, thanks for writing.\n';
    assert.deepEqual(settingProblems(text), []);
  });

  it('read a region form as its language: en-us gets the English rules', () => {
    const ids = lintText('<!-- replylint language=en-us -->\nWe will get back to you soon.\n').findings.map((finding) => finding.ruleId);
    assert.ok(ids.includes('deferral/vague-timeframe'), ids.join());
  });
});
