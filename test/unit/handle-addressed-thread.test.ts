// Trial 29: staff answers in issue threads, filed as `kind: reply`, were asked to greet ("Hi Sam,") and sign ("Best,
// Ana") on one-line comments; 35 of those 123 wrong findings were on answers that address the reader by a handle, as a
// thread post does and an e-mail does not. Such a reply is checked as a `thread`. Without a config, a text that
// addresses a handle is written to one person: no template's address to every reader (tone/gendered-address).
import * as assert from 'node:assert/strict';
import { buildConfig, type ConfigFile } from '../../server/src/engine/config/project-config';
import { lint } from '../../server/src/engine/linter';
import { renderRef } from '../../server/src/engine/messages';
import type { LintResult } from '../../server/src/engine/types';

const lintAs = (config: ConfigFile, text: string): LintResult => lint({ text, fileName: 'answer.md' }, buildConfig(config, undefined).lintOptions);
const ids = (result: LintResult) => result.findings.map((finding) => finding.ruleId);
const formulas = (result: LintResult) => ids(result).filter((id) => id === 'formula/greeting' || id === 'formula/closing');

describe('a reply that addresses its reader by a handle is a thread post', () => {
  // Own words, one per language: a handle opening the answer, or after its greeting.
  const POSTS: [string, string, string][] = [
    ['en', '@mira_k the export limit is lifted now, so the download should run again.', '@mira_k'],
    ['pl', '@tomek-w Poprawka jest już w wersji 2.4.1. Zaktualizuj wtyczkę i daj znać, czy działa.', '@tomek-w'],
    ['fi', 'Hei @liisa, korjaus on julkaistu versiossa 3.2. Päivitä lisäosa ja kokeile uudelleen.', '@liisa'],
    ['lt', '@ruta Grąžinimas atliktas, pinigai bus sąskaitoje per tris darbo dienas.', '@ruta'],
    ['sq', 'Përshëndetje @arben, problemi u rregullua në versionin e ri. Përditësoni shtojcën.', '@arben'],
  ];

  it('filed as a reply, it is read as a thread post that names the handle: no greeting or closing asked', () => {
    for (const [language, text, handle] of POSTS) {
      const result = lintAs({ language, kind: 'reply' }, text);
      const unit = result.units[0]!;
      assert.equal(unit.kind, 'thread', `${language}: ${text}`);
      assert.deepEqual(unit.kindReason, { id: 'kind.inferred.handleInReply', args: { excerpt: handle } }, language);
      assert.deepEqual(formulas(result), [], language);
      assert.match(renderRef(language, unit.kindReason!), /replylint kind=reply/, language);
      // The same answer without the handle is what the config says: a reply, asked for its closing.
      const plain = lintAs({ language, kind: 'reply' }, text.replace(`${handle} `, '').replace(` ${handle}`, ''));
      assert.equal(plain.units[0]!.kind, 'reply', `${language} without the handle`);
      assert.ok(formulas(plain).includes('formula/closing'), `${language} without the handle: ${formulas(plain).join(', ')}`);
    }
  });

  it('its content is still checked, and a handle that ends the first sentence after a comma addresses the reader too', () => {
    const result = lintAs({ language: 'en', kind: 'reply' }, "Sorry for the wait, @dana. We're looking into it.");
    assert.equal(result.units[0]!.kind, 'thread');
    assert.deepEqual(result.units[0]!.kindReason?.args, { excerpt: '@dana' });
    assert.ok(ids(result).includes('deferral/looking-into-it'), ids(result).join(', '));
  });

  it("only the e-mail formulas go: its words are judged as a reply's, not as a thread post's (reviewer-28 #4)", () => {
    const posts: [string, string, string][] = [
      ['en', '@dana the export limit is lifted now. The team pushed a fix this morning, lol.', 'tone/text-speak'],
      ['en', '@dana the export limit is lifted now. The devs pushed a hotfix this morning.', 'clarity/jargon'],
    ];
    for (const [language, text, ruleId] of posts) {
      const filedAsReply = lintAs({ language, kind: 'reply' }, text);
      assert.equal(filedAsReply.units[0]!.kind, 'thread', text);
      assert.deepEqual(formulas(filedAsReply), [], text);
      assert.ok(ids(filedAsReply).includes(ruleId), `${ruleId} on ${text}: ${ids(filedAsReply).join(', ')}`);
      // A post the config files as a thread is a peer's in the project's own words: neither is flagged there.
      assert.ok(!ids(lintAs({ language, kind: 'thread' }, text)).includes(ruleId), `${ruleId} in a thread: ${text}`);
    }
    const signed = lintAs({ language: 'en', kind: 'reply' }, '@dana the export limit is lifted now, so the download runs again.\n\nSupport Team');
    assert.ok(!ids(signed).includes('ownership/nameless-sign-off'), ids(signed).join(', '));
    assert.deepEqual([signed.units[0]!.scorecard.greeting, signed.units[0]!.scorecard.closing], ['n/a', 'n/a']);
  });

  it('an e-mail address, a handle inside the text or a reply that names its kind stays a reply', () => {
    const replies = [
      'jan@example.com is the address we have on file. Let me know if it should change.',
      'Hi Sam,\n\nthe outage is over. Updates are posted by @shopstatus as they come.\n\nBest,\nAna',
      '<!-- replylint kind=reply -->\n@jan the refund went out today.',
      '@10 this morning the backup ran; the files are back.',
    ];
    for (const text of replies) assert.equal(lintAs({ language: 'en', kind: 'reply' }, text).units[0]!.kind, 'reply', text);
  });

  it('a chat line or a macro filed as such keeps its kind', () => {
    assert.equal(lintAs({ language: 'en', kind: 'chat' }, '@jan the refund went out today.').units[0]!.kind, 'chat');
    assert.equal(lintAs({ language: 'en', kind: 'macro' }, '@jan the refund went out today.').units[0]!.kind, 'snippet');
  });
});

describe('without a config, a text that addresses a handle is written to one person', () => {
  it('Polish: "ty" in the past tense to one named person is no template addressing every reader', () => {
    const question = 'Czy ustawiłeś adres powiadomień w panelu sklepu?';
    assert.ok(ids(lintAs({ language: 'pl' }, question)).includes('tone/gendered-address'), 'to no one: every reader');
    for (const text of [`@tomek ${question}`, `@tomek\n\n1. ${question}\n2. Czy logi są włączone?`, `Cześć @tomek,\n\n${question}`])
      assert.ok(!ids(lintAs({ language: 'pl' }, text)).includes('tone/gendered-address'), text);
  });

  it('Lithuanian: a masculine greeting to a handle is one person, to a variable every reader', () => {
    const body = '\n\njūsų užsakymas išsiųstas šiandien.';
    assert.ok(ids(lintAs({ language: 'lt' }, `Gerbiamas {{first_name}},${body}`)).includes('tone/gendered-address'));
    assert.ok(!ids(lintAs({ language: 'lt' }, `Gerbiamas @jonas,${body}`)).includes('tone/gendered-address'));
  });

  it('Albanian: the same', () => {
    const body = '\n\nporosia juaj u nis sot me postë.';
    assert.ok(ids(lintAs({ language: 'sq' }, `I nderuar {{first_name}},${body}`)).includes('tone/gendered-address'));
    assert.ok(!ids(lintAs({ language: 'sq' }, `I nderuar @arben,${body}`)).includes('tone/gendered-address'));
  });
});
