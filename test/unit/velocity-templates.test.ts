// Apache Velocity mail templates (trial 40: a national admission service's offers of a study place, shipped as
// Velocity with $etunimi and #if/#else/#end; Jira's notification e-mails are written so too). References are values,
// #if / #elseif / #else / #end are the branches of one choice (a reader gets one, so a reply is as long as its longest
// branch), comments are no prose, and prose's "$5" and "#1" are no Velocity. Our own texts in the shipped shape.
import * as assert from 'node:assert/strict';
import { builtinDialects } from '../../server/src/engine/config/dialects-file';
import { buildConfig } from '../../server/src/engine/config/project-config';
import { lint } from '../../server/src/engine/linter';
import { detectDialect } from '../../server/src/engine/placeholders/dialects';
import { scanPlaceholders } from '../../server/src/engine/placeholders/scan';

const lintIn = (language: string, text: string, extra: Record<string, unknown> = {}, fileName = 'offer.html') =>
  lint({ text, fileName }, buildConfig({ language, ...extra }, undefined).lintOptions);
const rulesOf = (language: string, text: string, extra: Record<string, unknown> = {}, fileName?: string) =>
  lintIn(language, text, extra, fileName).findings.map((finding) => finding.ruleId);
const shown = (text: string) =>
  scanPlaceholders(text).placeholders.map((placeholder) => [
    text.slice(placeholder.start, placeholder.end),
    placeholder.kind,
    placeholder.variable ?? placeholder.flow ?? null,
  ]);

/** A paragraph of `count` plain words, as many sentences of ten. */
const words = (count: number, word: string) =>
  Array.from({ length: count / 10 }, () => `${word[0]!.toUpperCase()}${word.slice(1)} ${`${word} `.repeat(8)}${word}.`).join(' ');

describe('Velocity templates', () => {
  it('references are values: $name, $!name, ${name}, $!{name}, properties and method calls; a full stop after one is prose', () => {
    const text = `#if($link)\nDear $!{firstName}, ref $issue.key, ${'$'}{name|'there'}, $!nick and $i18n.getText("mail.offer", $n) by $deadline.\n#end`;
    assert.deepEqual(shown(text), [
      ['#if($link)', 'tag', 'open'],
      ['$!{firstName}', 'output', 'firstName'],
      ['$issue.key', 'output', 'issue.key'],
      [`${'$'}{name|'there'}`, 'output', 'name'],
      ['$!nick', 'output', 'nick'],
      ['$i18n.getText("mail.offer", $n)', 'output', 'i18n.getText'],
      ['$deadline', 'output', 'deadline'],
      ['#end', 'tag', 'close'],
    ]);
    const alternate = scanPlaceholders(text).placeholders[3]!;
    assert.equal(alternate.hasFallback, true);
  });

  it('#if / #elseif / #else / #end are one choice, #foreach a loop; ## and #* *# are comments, never prose', () => {
    const text = `## note to the office: send by Friday\n#if($a)\nOne.\n#elseif( $b == "x" )\nTwo.\n#{else}Three.\n#end\n#foreach( $item in $items )\n$item.name\n#end\n#* old text,\nsoon *#\n#set( $total = 2 )`;
    assert.deepEqual(shown(text), [
      ['## note to the office: send by Friday', 'tag', null],
      ['#if($a)', 'tag', 'open'],
      ['#elseif( $b == "x" )', 'tag', 'branch'],
      ['#{else}', 'tag', 'branch'],
      ['#end', 'tag', 'close'],
      ['#foreach( $item in $items )', 'tag', 'open'],
      ['$item.name', 'output', 'item.name'],
      ['#end', 'tag', 'close'],
      ['#* old text,\nsoon *#', 'tag', null],
      ['#set( $total = 2 )', 'tag', null],
    ]);
  });

  it('prose with "$5", "#1", a colour, a link\'s fragment or an escaped reference is no Velocity', () => {
    const prose = 'Item #1 costs $5 and #2 costs $12. Use colour #fff on page#end, then #end the call. Type \\#if($x) to test.';
    assert.deepEqual(
      scanPlaceholders(prose).placeholders.filter((placeholder) => placeholder.syntax === '#'),
      [],
    );
    // Without a directive or a silent reference, "#else" and a comment mark are prose, as before.
    const plain = 'Ticket #else is closed. ## Heading';
    assert.deepEqual(scanPlaceholders(plain).placeholders, []);
  });

  it('a reply is as long as its longest branch: two branches of 250 words are no long reply, one of 400 is', () => {
    const strict = { extends: ['recommended', 'strict'], kind: 'auto-reply' };
    const template = (first: number, second: number) =>
      `<p>Dear $firstName,</p>\n#if($link)\n<p>${words(first, 'admission')}</p>\n#else\n<p>${words(second, 'portal')}</p>\n#end\n<p>Kind regards, the admissions office</p>`;
    assert.ok(!rulesOf('en', template(250, 250), strict).includes('clarity/long-reply'));
    const long = lintIn('en', template(250, 400), strict).findings.find((finding) => finding.ruleId === 'clarity/long-reply');
    assert.ok(long, 'a branch of 400 words is a long reply');
    // The finding lands in the branch that makes the reply long, not in the one a reader of it never gets.
    const text = template(250, 400);
    assert.ok(long.range.start.line > text.slice(0, text.indexOf('#else')).split('\n').length - 1);
    // Nested: the longest reading takes the longer inner branch only.
    const nested = `#if($a)\n${words(200, 'offer')}\n#if($b)\n${words(100, 'link')}\n#else\n${words(120, 'portal')}\n#end\n#else\n${words(300, 'waitlist')}\n#end`;
    assert.ok(!rulesOf('en', nested, strict).includes('clarity/long-reply'));
    assert.ok(rulesOf('en', nested.replace(words(120, 'portal'), words(160, 'portal')), strict).includes('clarity/long-reply'));
  });

  it('a branch tag ends a sentence: "#else" between two paragraphs joins no sentence across branches (en, fi, pl, lt, sq)', () => {
    const branches: Record<string, [string, string]> = {
      en: [
        'Hello, you have been offered a place on the programme and you can accept it in the service with the personal link below',
        'Hello, you are on the waiting list for the programme and the service will tell you as soon as a place is free for you',
      ],
      fi: ['Hei $etunimi, sinulle on tarjottu opiskelupaikkaa', 'Hei $etunimi, olet varasijalla'],
      pl: ['Dzień dobry, $imie otrzymał miejsce na studiach', 'Dzień dobry, $imie jest na liście rezerwowej'],
      lt: ['Sveiki, jums pasiūlyta studijų vieta: $programa', 'Sveiki, esate rezervo sąraše: $programa'],
      sq: ['Përshëndetje $emri, ju ofrohet një vend studimi', 'Përshëndetje $emri, jeni në listën e pritjes'],
    };
    for (const [language, [first, second]] of Object.entries(branches)) {
      const text = `#if($paikka)\n${first}\n#else\n${second}\n#end\n`;
      const sentences = lintIn(language, text).findings.filter((finding) => finding.ruleId === 'clarity/long-sentence');
      assert.deepEqual(sentences, [], language);
      if (language === 'en') {
        // Read as one text, the two branches are one sentence of 46 words.
        const joined = lintIn(language, text.replace('#else', 'or')).findings.filter((finding) => finding.ruleId === 'clarity/long-sentence');
        assert.equal(joined.length, 1);
      }
      // The "$" values are values, not words: no placeholder finding and no prose of them.
      assert.ok(!rulesOf(language, text).some((rule) => rule.startsWith('placeholder/')), language);
    }
  });

  it('a comment is no prose where the dialect is named: a vague time in it is not flagged', () => {
    const text = `Hello $issue.reporter.displayName,\n\nYour request $issue.key is resolved. The fix is live since 10:00 today.\n\n## TODO: rewrite soon\n#* the old line said we will look into it asap *#\nKind regards,\n$remoteUser.displayName`;
    assert.deepEqual(
      rulesOf('en', text, { placeholders: 'velocity' }, 'resolved.vm').filter((rule) => rule.startsWith('deferral/')),
      [],
    );
    assert.ok(rulesOf('en', `Hello,\n\nWe will look into it asap.\n\n#if($a)x#end`).includes('deferral/vague-timeframe'));
  });

  it("is detected from its directives, and judges Jira's variables only where the file shows one it knows", () => {
    const dialects = builtinDialects();
    const jira = `Hello $issue.reporter.displayName,\n#if($comment)\n$comment.body\n#end\nYour request $isue.key is closed.`;
    assert.equal(detectDialect(scanPlaceholders(jira).placeholders, dialects), 'velocity');
    const unknown = lintIn('en', jira, { placeholders: 'velocity' }).findings.filter((finding) => finding.ruleId === 'placeholder/unknown-variable');
    assert.deepEqual(
      unknown.map((finding) => jira.split('\n')[finding.range.start.line]!.slice(finding.range.start.character, finding.range.end.character)),
      ['isue.key'],
    );
    // A school's own variables ($etunimi) in a guessed Velocity file: nothing known, nothing judged.
    const school = `#if($linkki)\nHei $etunimi, hyväksymislinkki: $linkki\n#end`;
    assert.deepEqual(
      rulesOf('fi', school).filter((rule) => rule === 'placeholder/unknown-variable'),
      [],
    );
    // A loop's and a #set's names are the template's own.
    const own = `#foreach( $row in $issue.subtasks )\n$row.summary\n#end\n#set( $who = $remoteUser.displayName )\nRegards, $who`;
    assert.deepEqual(
      rulesOf('en', own, { placeholders: 'velocity' }).filter((rule) => rule === 'placeholder/unknown-variable'),
      [],
    );
  });
  it('a .vm file is Velocity by its name: its comments are no prose with no directive or silent reference in it', () => {
    const text = `Hello $issue.reporter.displayName,\n\n#* older wording: we will look into it asap *#\nYour request $issue.key is resolved since 10:00 today.\n\nKind regards,\n$remoteUser.displayName`;
    assert.ok(!rulesOf('en', text, {}, 'resolved.vm').includes('deferral/vague-timeframe'));
    // The same text in a file of another name shows no Velocity: its comment is read as written.
    assert.ok(rulesOf('en', text, {}, 'resolved.txt').includes('deferral/vague-timeframe'));
  });

  it('a name inside #if($name) … #else … #end has its fallback there; one tested by another condition has none (en, fi)', () => {
    const fallback = (language: string, text: string) =>
      rulesOf(language, text, {}, 'greeting.vm').filter((rule) => rule === 'placeholder/name-without-fallback');
    const updated = 'Your request $issue.key was updated at 10:00 today.';
    assert.deepEqual(fallback('en', `#if($recipient.displayName)Hi $recipient.displayName,#else Hi there,#end\n\n${updated}`), []);
    assert.deepEqual(fallback('en', `#if($!{recipient.displayName})\nHi $recipient.displayName,\n#else\nHi there,\n#end\n\n${updated}`), []);
    // With no #else the greeting is left out for a nameless reader: no "Hi ," either.
    assert.deepEqual(fallback('en', `#if($recipient.displayName)\nHi $recipient.displayName,\n#end\n\n${updated}`), []);
    // Each branch has its own test: #elseif's is its own condition, #else has none.
    const branches = `#if($recipient.name)\nA $recipient.name\n#elseif($issue.key)\nB $recipient.name\n#elseif($recipient.name)\nC $recipient.name\n#else\nD $recipient.name\n#end`;
    assert.deepEqual(
      scanPlaceholders(branches)
        .placeholders.filter((placeholder) => placeholder.variable === 'recipient.name')
        .map((placeholder) => placeholder.hasFallback),
      [true, false, true, false],
    );
    assert.deepEqual(fallback('en', `#if($issue.key)\nHi $recipient.displayName,\n#end\n\n${updated}`), ['placeholder/name-without-fallback']);
    assert.deepEqual(
      fallback('fi', `#if($recipient.displayName)Hei $recipient.displayName,#else Hei,#end\n\nPyyntösi $issue.key on päivitetty tänään klo 10.`),
      [],
    );
    assert.deepEqual(fallback('fi', `Hei $recipient.displayName,\n\nPyyntösi $issue.key on päivitetty tänään klo 10.`), ['placeholder/name-without-fallback']);
  });
});
