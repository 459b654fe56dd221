// Chat transcripts as chat tools export them (issue 12): the speaker prefixes are
// no prose, the customer's turns are their words (never judged), the agent's
// turns are judged, and a greeting is asked only of the agent's first turn.
import * as assert from 'node:assert/strict';
import { builtinFooters } from '../../server/src/engine/config/footers-file';
import { buildConfig, type ConfigFile } from '../../server/src/engine/config/project-config';
import { chatTranscript } from '../../server/src/engine/units/chat-transcript';
import { UnitCache, lint } from '../../server/src/engine/linter';
import type { LintResult } from '../../server/src/engine/types';
import { readBack } from '../support/lint-results';

const lintChat = (text: string, fileName = 'chat.txt', config: ConfigFile = {}): LintResult =>
  lint({ text, fileName }, buildConfig({ language: 'en', kind: 'chat', ...config }, undefined).lintOptions);
const spans = (result: LintResult, text: string) => result.findings.map((finding) => [finding.ruleId, text.slice(finding.start, finding.end)]);

describe('chat transcripts', () => {
  it("reads each export's turn lines: the customer's words and the speaker prefixes are not judged, the agent's are", () => {
    // The customer blames and shouts; the agent's second turn defers vaguely. Only the agent's words count.
    const customer = 'you should have told me it was out of stock!!! this is USELESS';
    const agent = 'We will look into it soon.';
    for (const text of [
      `[10:01] Customer: ${customer}\n[10:02] Agent Sam: Hi Ana, thanks for waiting.\n[10:04] Agent Sam: ${agent}\n`,
      `(1:38:05 PM) *** Sam joined the chat ***\n(1:38:10 PM) Visitor 2741: ${customer}\n(1:38:39 PM) Sam: Hi Ana, thanks for waiting.\n(1:39:02 PM) Sam: ${agent}\n`,
      `03/12/2026, 10:01 - Ana Berger: ${customer}\n03/12/2026, 10:02 - Sam (Support): Hi Ana, thanks for waiting.\n03/12/2026, 10:04 - Sam (Support): ${agent}\n`,
      `Ana Berger 10:01\n${customer}\n\nSam (Support) 10:02\nHi Ana, thanks for waiting.\n\nSam (Support) 10:04\n${agent}\n`,
      `Customer: ${customer}\nAgent: Hi Ana, thanks for waiting.\nAgent: ${agent}\n`,
    ]) {
      const result = lintChat(text);
      assert.equal(result.units.length, 1, text);
      assert.deepEqual(
        spans(result, text),
        [
          ['deferral/looking-into-it', 'look into it'],
          ['deferral/vague-timeframe', 'soon'],
        ],
        text,
      );
      // The agent greets in their first turn.
      assert.equal(result.units[0]!.scorecard.greeting, 'pass', text);
    }
  });

  it("asks a greeting of the agent's first turn only, wherever it stands", () => {
    const text =
      '[10:01] Customer: hi, where is my parcel?\n[10:02] Agent: The parcel left our warehouse this morning.\n[10:03] Customer: ok thanks\n[10:04] Agent: It reaches you by Friday.\n';
    const result = lintChat(text);
    assert.deepEqual(spans(result, text), [['formula/greeting', 'The parcel left our warehouse this morning.']]);
    assert.equal(result.units[0]!.scorecard.greeting, 'fail');
    // The customer's "hi" greets nobody on the agent's behalf, nor does a bot's welcome: the agent who joins greets.
    const bot =
      '[10:00] Bot: Hi there! An agent will join you in a moment.\n[10:01] Customer: where is my parcel?\n[10:02] Agent Sam: It left our warehouse this morning.\n';
    assert.deepEqual(spans(lintChat(bot), bot), [['formula/greeting', 'It left our warehouse this morning.']]);
  });

  it('reads a team named after the customer ("Customer Success") as the agent\'s side (reviewer #3)', () => {
    for (const team of ['Customer Success', 'Customer Experience', 'Client Services', 'Member Services']) {
      const text = `[10:02] Sam (${team}): Hi Ana, the refund of 40 EUR is on its way to your card.\n[10:03] Ana: THIS IS RIDICULOUS!!! you obviously never read my emails\n[10:04] Sam (${team}): The receipt is in your inbox.\n`;
      const result = lintChat(text);
      // The customer's shouting and "obviously" are hers, not the reply's; the agent greets.
      assert.deepEqual(spans(result, text), [], team);
      assert.equal(result.units[0]!.scorecard.greeting, 'pass', team);
    }
  });

  it("reads contact lines under a message as the message's own lines, not as turns (reviewer #18)", () => {
    const text = 'Hi Ana, obviously the parcel is late, unfortunately.\n\nCustomer portal: https://acme.example/portal\nSupport: help@acme.example\n';
    assert.equal(chatTranscript(text, builtinFooters().speakers!), undefined);
    const found = spans(lintChat(text), text).map(([rule]) => rule);
    assert.ok(found.includes('tone/condescending'), JSON.stringify(found));
  });

  it('reads the role words of every language, and Markdown labels in bold', () => {
    const cases: [string, string][] = [
      ['pl', '**Klient:** gdzie jest moja paczka, to jakiś żart\n**Konsultantka Ola:** Dzień dobry, paczka wyszła z magazynu rano.\n'],
      ['fi', 'Asiakas: missä pakettini on, ihan naurettavaa\nAsiakaspalvelu: Hei, paketti lähti varastolta aamulla.\n'],
      ['lt', 'Klientas: kur mano siuntinys, tai juokinga\nKonsultantė Rūta: Laba diena, siuntinys išvyko iš sandėlio ryte.\n'],
      ['sq', 'Klienti: ku është pakoja ime, është qesharake\nAgjenti Arta: Përshëndetje, pakoja u nis nga magazina në mëngjes.\n'],
    ];
    for (const [language, text] of cases) {
      const result = lintChat(text, 'chat.md', { language });
      assert.deepEqual(spans(result, text), [], language);
      assert.equal(result.units[0]!.scorecard.greeting, 'pass', language);
    }
  });

  it('is no transcript without two speakers, one of them named by role: a post stays one message', () => {
    for (const text of [
      // Names only: whose words are whose is not told; read as before.
      '[10:01] Ana: where is my parcel\n[10:02] Sam: The parcel left this morning.\n',
      // A status post's timeline: labels that are no speakers.
      'Update 10:45\nWe found the cause of the login errors.\n\nResolved 11:30\nLogins work again.\n',
      'Note: the portal is back.\nUpdate: logins work again.\n',
      // One speaker: an agent's script.
      'Agent: Thanks for waiting.\nAgent: The parcel left this morning.\n',
    ]) {
      assert.equal(chatTranscript(text, builtinFooters().speakers!), undefined, text);
      assert.ok(!lintChat(text).findings.some((finding) => finding.ruleId === 'formula/greeting'), text);
    }
  });

  it('a kind comment makes a transcript of a file, and an edit reads it as a fresh lint does', () => {
    const text = '<!-- replylint kind=chat -->\nVisitor: is the sale still on?\nSupport: Yes, until Sunday at midnight.\n';
    const result = lint({ text, fileName: 'chat.md' }, buildConfig({ language: 'en' }, undefined).lintOptions);
    assert.equal(result.units[0]!.kind, 'chat');
    assert.deepEqual(spans(result, text), [['formula/greeting', 'Yes, until Sunday at midnight.']]);
    const options = buildConfig({ language: 'en', kind: 'chat' }, undefined).lintOptions;
    const cache = new UnitCache();
    const before = 'Customer: obviously broken\nAgent: Hi Ana, the fix is live.\n';
    lint({ text: before, fileName: 'chat.txt' }, options, cache);
    const edited = before.replace('the fix is live', 'the fix is live soon');
    assert.deepEqual(readBack(lint({ text: edited, fileName: 'chat.txt' }, options, cache)), readBack(lint({ text: edited, fileName: 'chat.txt' }, options)));
  });

  it("keeps the writer's words above a pasted transcript as prose, and greets there (reviewer #16)", () => {
    const text =
      'Hi Ana, I read back our chat from this morning and, obviously, the parcel is late.\n\nCustomer: where is my parcel, this is USELESS!!!\nAgent: The parcel left our warehouse this morning.\n';
    const result = lintChat(text);
    // The writer's "obviously" is judged; the customer's shouting is not; the greeting is the writer's, not the pasted line's.
    assert.deepEqual(spans(result, text), [['tone/condescending', 'obviously']]);
    assert.equal(result.units[0]!.scorecard.greeting, 'pass');
    // A title above the first turn (no sentence) is still no prose.
    const titled = 'Web chat with Ana, 3 December\n\nCustomer: where is my parcel?\nAgent: Hi Ana, the parcel left our warehouse this morning.\n';
    assert.deepEqual(spans(lintChat(titled), titled), []);
  });

  it("reads a bot's queue lines as the chat tool's, not as the agent's first turn (reviewer #10)", () => {
    const text =
      '[10:00] Bot: You are number 3 in the queue. An agent will join shortly.\n[10:01] Customer: where is my parcel?\n[10:02] Agent Sam: Hi Ana, it left our warehouse this morning.\n';
    const result = lintChat(text);
    assert.deepEqual(spans(result, text), []);
    assert.equal(result.units[0]!.scorecard.greeting, 'pass');
    // A chat no agent joined is still a transcript: the customer's shouting is theirs, the bot's lines the tool's.
    const unanswered =
      '[10:00] Bot: You are number 3 in the queue.\n[10:01] Customer: this is USELESS, obviously nobody works there!!!\n[10:05] Bot: Nobody is free now.\n';
    assert.deepEqual(spans(lintChat(unanswered), unanswered), []);
    // The agent's first turn is asked to greet, after the system's lines.
    const cold = 'System: Virtual assistant connected you to the next agent.\nVisitor: where is my parcel?\nSam: It left our warehouse this morning.\n';
    assert.deepEqual(spans(lintChat(cold), cold), [['formula/greeting', 'It left our warehouse this morning.']]);
  });

  it('opens no turn with a label of data ("Support ticket:", "Order:") (reviewer #11)', () => {
    const text =
      'Support ticket: 48213\nOrder: A-5521\nVisitor: where is my parcel? obviously you lost it\nSam: Hi Ana, the parcel left our warehouse this morning.\n';
    const result = lintChat(text);
    // Sam is the agent (the other party of the visitor), not the customer of a "Support ticket" agent.
    assert.deepEqual(spans(result, text), []);
    const late = text.replace('this morning.', 'this morning, obviously.');
    assert.deepEqual(spans(lintChat(late), late), [['tone/condescending', 'obviously']]);
  });

  it('tells the agent of a chat of names alone by their words, or reads it as one message (issue 12)', () => {
    const text =
      'Anna: where is my parcel?? this is useless\nMark: Hi Anna, thanks for waiting. Our team checked it: the parcel left this morning.\nAnna: ok\nMark: It reaches you by Friday, obviously.\n';
    const read = chatTranscript(text, builtinFooters().speakers!);
    assert.ok(read, 'a transcript');
    // Anna's turns are masked, Mark's judged.
    assert.deepEqual(spans(lintChat(text), text), [['tone/condescending', 'obviously']]);
    // Who speaks for the company is not told (both, or neither): one message, as before.
    for (const untold of [
      'Anna: where is my parcel?\nMark: The parcel left this morning.\n',
      'Anna: our team ordered ten chairs.\nMark: Thanks for waiting. Our team checked it.\n',
      'Note: the portal is back.\nUpdate: our team fixed the login.\n',
    ])
      assert.equal(chatTranscript(untold, builtinFooters().speakers!), undefined, untold);
  });

  it('reads each section of a Markdown library of transcripts as a transcript (issue 12)', () => {
    const text =
      '## Late parcel\n\n**Customer:** where is my parcel, this is USELESS\n**Agent:** Hi Ana, the parcel left our warehouse this morning.\n\n' +
      '## Double charge\n\n**Customer:** you charged me twice!!!\n**Agent:** The second charge is refunded today.\n';
    const result = lintChat(text, 'chats.md');
    assert.equal(result.units.length, 2);
    // Each transcript's agent greets in their first turn; the customer's words are never judged.
    assert.deepEqual(spans(result, text), [['formula/greeting', 'The second charge is refunded today.']]);
  });
});
