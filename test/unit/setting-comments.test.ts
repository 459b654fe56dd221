// A replylint language, kind or dialect comment the engine cannot follow is an
// error at the comment that names what is known, never a silent fallback.
import * as assert from 'node:assert/strict';
import { buildConfig } from '../../server/src/engine/config/project-config';
import { UnitCache, lint } from '../../server/src/engine/linter';
import { findingsOf, lintText } from '../support/engine';

const settingProblems = (text: string, fileName = 'reply.md') => findingsOf('replylint/unknown-setting', text, fileName);

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
    assert.match(liquid!.message, /Unknown reply kind "email".*reply, macro, snippet, chat, auto-reply, thread/);
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

describe('dialect comments', () => {
  const options = buildConfig({ language: 'en' }, undefined).lintOptions;
  const REPLY = 'Hi {{ticket.requester.first_name}}, request {{ticket.requester.frist_name}} is open.\n';
  const unknownVariables = (text: string) =>
    findingsOf('placeholder/unknown-variable', text, 'reply.md', { language: 'en' }).map((finding) => finding.severity);

  it("name the file's placeholder dialect: an unknown variable is then an error, as with a dialect named in the config", () => {
    assert.deepEqual(unknownVariables(REPLY), ['warning']);
    assert.deepEqual(unknownVariables(`<!-- replylint dialect=zendesk -->\n${REPLY}`), ['error']);
    assert.deepEqual(unknownVariables(`{% comment %} replylint dialect=zendesk {% endcomment %}\n${REPLY}`), ['error']);
  });

  it('win over detection and the config, and are what completion and hover read (result.dialect)', () => {
    const body = 'Hi {{first_name}}, your order is on its way.\n';
    assert.notEqual(lint({ text: body, fileName: 'reply.md' }, options).dialect, 'zendesk');
    const text = `<!-- replylint dialect=zendesk -->\n${body}`;
    assert.equal(lint({ text, fileName: 'reply.md' }, options).dialect, 'zendesk');
    const configured = buildConfig({ language: 'en', placeholders: 'front' }, undefined).lintOptions;
    assert.equal(lint({ text, fileName: 'reply.md' }, configured).dialect, 'zendesk');
    assert.deepEqual(settingProblems(text), []);
  });

  it('report an unknown dialect at the comment with the known ones, and keep reading the file as before', () => {
    const text = 'Hi 😀,\r\n<!-- replylint dialect=zendsk -->\r\n' + REPLY;
    const [problem, ...rest] = settingProblems(text);
    assert.equal(rest.length, 0);
    assert.equal(problem?.severity, 'error');
    assert.deepEqual(problem?.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 33 } });
    assert.match(problem!.message, /Unknown placeholder dialect "zendsk" in this replylint comment: the dialects are .*\bzendesk\b/);
    assert.deepEqual(unknownVariables(text), ['warning']);
  });

  it('take effect on the next lint of an open document, replies the edit did not touch included', () => {
    const cache = new UnitCache();
    const library = `## One\n\n${REPLY}\n## Two\n\n${REPLY}`;
    const before = lint({ text: library, fileName: 'library.md' }, options, cache);
    assert.deepEqual(
      before.findings.filter((finding) => finding.ruleId === 'placeholder/unknown-variable').map((finding) => finding.severity),
      ['warning', 'warning'],
    );
    const after = lint({ text: `<!-- replylint dialect=zendesk -->\n${library}`, fileName: 'library.md' }, options, cache);
    assert.deepEqual(
      after.findings.filter((finding) => finding.ruleId === 'placeholder/unknown-variable').map((finding) => finding.severity),
      ['error', 'error'],
    );
  });
});
