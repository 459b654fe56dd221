// Chat transcripts as chat tools export them (issue 12): the speaker prefixes are
// no prose, the customer's turns are their words (never judged), the agent's
// turns are judged, and a greeting is asked only of the agent's first turn.
import * as assert from 'node:assert/strict';
import { builtinFooters, phrasesOfWords } from '../../server/src/engine/config/footers-file';
import { buildConfig, type ConfigFile } from '../../server/src/engine/config/project-config';
import { chatTranscript } from '../../server/src/engine/units/chat-transcript';
import { UnitCache, lint } from '../../server/src/engine/linter';
import { applyEdits, fixAllEdits } from '../../server/src/engine/fix-all';
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
      // The stamp after the speaker, before the colon (issue 12): "Sam (Support) (10:02): …".
      `Ana Berger (10:01): ${customer}\nSam (Support) (10:02): Hi Ana, thanks for waiting.\nSam (Support) (10:04): ${agent}\n`,
      `Visitor [10:01]: ${customer}\nAgent Sam [10:02]: Hi Ana, thanks for waiting.\nAgent Sam [10:04]: ${agent}\n`,
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

  // Issue 12: turns stamped after their speaker ("Tom (Support) (14:11): …") were read as a list of canned lines, so a
  // slot the agent sent was no error and every line was a message of its own.
  it("reads a turn stamped after its speaker in every language: the agent's slot was sent", () => {
    const cases: [string, string, string][] = [
      ['en', 'Ana (14:10): where is my parcel?\nTom (Support) (14:11): Hi Ana, parcel [TRACKING NUMBER] left this morning.\n', '[TRACKING NUMBER]'],
      ['pl', 'Ola (14:10): gdzie jest paczka?\nTomek (Konsultant) (14:11): Dzień dobry, paczka [NUMER PRZESYŁKI] wyszła rano.\n', '[NUMER PRZESYŁKI]'],
      ['fi', 'Aino (14:10): missä pakettini on?\nTuomas (Asiakaspalvelu) (14:11): Hei, paketti [SEURANTANUMERO] lähti aamulla.\n', '[SEURANTANUMERO]'],
      ['lt', 'Rūta (14:10): kur mano siuntinys?\nTomas (Konsultantas) (14:11): Laba diena, siuntinys [SIUNTOS NUMERIS] išvyko ryte.\n', '[SIUNTOS NUMERIS]'],
      ['sq', 'Arta (14:10): ku është pakoja?\nTomi (Agjenti) (14:11): Përshëndetje, pakoja [NUMRI I GJURMIMIT] u nis në mëngjes.\n', '[NUMRI I GJURMIMIT]'],
    ];
    for (const [language, text, slot] of cases) {
      const result = lintChat(text, 'chat.txt', { language });
      assert.equal(result.units.length, 1, language);
      assert.deepEqual(spans(result, text), [['placeholder/unfilled-slot', slot]], language);
      assert.equal(result.units[0]!.scorecard.greeting, 'pass', language);
    }
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

  it("knows the greetings over a transcript from the pack's formula/greeting words, globs and alternatives read as the pack reads them", () => {
    // "Good day" and "Howdy" greet in the en pack; footers.yaml's own list, before the packs were its source, had neither.
    for (const greeting of ['Good day Ana', 'Howdy Ana']) {
      const text = `${greeting}, I read back our chat and, obviously, the parcel is late.\n\nCustomer: where is it?\nAgent: It left today.\n`;
      assert.deepEqual(spans(lintChat(text), text), [['tone/condescending', 'obviously']], greeting);
    }
    const { greeting } = builtinFooters().speakers!;
    // pl "szanown*" (a glob), "pani *o|*u" (its head, then a name), lt "gerbiam*", sq "i|e|të|te dashur" (alternatives).
    for (const line of ['Szanowna Pani, ', 'Pani Anno, ', 'Gerbiamas Jonai, ', 'I dashur Arta, ']) assert.ok(greeting.test(line), line);
    assert.ok(!greeting.test('Conversation with Visitor 2741'));
    assert.ok(!greeting.test('Paniczny wpis'));
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

  it('opens no turn with a heading in title case ("Moving It to a New Service:"), role word or not (trial 36)', () => {
    // A response template's bold labels: a role word ends one, a one-word label stands under it. No chat, so its slots
    // are a macro's, for the officer to fill.
    const template =
      'Dear [Name],\n\nThe copy of your records is attached to this e-mail.\n\n**Scope:** it covers every order placed since [Year].\n\n' +
      '**Moving It to a New Service:**\nTell us which provider should receive the file and we will send it there within 5 working days.\n\nKind regards,\n[Officer Name]\n';
    assert.equal(chatTranscript(template, builtinFooters().speakers!), undefined);
    const result = lint({ text: template, fileName: 'records-copy.md' }, buildConfig({ language: 'en' }, undefined).lintOptions);
    assert.equal(result.units[0]!.kind, 'macro');
    assert.deepEqual(spans(result, template), []);
    // A speaker with a lower-case word only at the end of its name is still one.
    const chat = 'Visitor: where is my parcel? obviously you lost it\nSam from support: Hi Ana, it left our warehouse this morning, obviously.\n';
    assert.deepEqual(spans(lintChat(chat), chat), [['tone/condescending', 'obviously']]);
  });

  it("reads a notice's record lines (user, IP address, date, a fill-in alone) as labels of data, not as a chat (trial 22)", () => {
    const notices: [string, string][] = [
      ['pl', 'Hasło do Twojego konta zostało zmienione.\n\n%{url}\n\nAdres IP: %{client_ip}\nUżytkownik: %{user_name}\nData: %{changed_at}\n'],
      ['en', 'The e-mail address of your account was changed.\n\nChanged on: %{changed_at}\nRemote IP: %{client_ip}\nUser: %{user_name}\n'],
      ['sq', 'Fjalëkalimi i llogarisë suaj u ndryshua.\n\nDatë: %{changed_at}\nPërdorues: %{user_name}\nAdresë IP: %{client_ip}\n'],
    ];
    for (const [language, text] of notices) {
      const result = lint({ text, fileName: 'notice.txt' }, buildConfig({ language }, undefined).lintOptions);
      assert.notEqual(result.units[0]!.kind, 'chat', text);
      assert.ok(!result.findings.some((finding) => finding.ruleId === 'formula/greeting'), text);
    }
    // Filled in (an e-mail as sent): the labels' words tell them from speakers.
    const sent = 'Hasło do Twojego konta zostało zmienione.\n\nAdres IP: 10.0.0.7\nUżytkownik: jkowalska\n';
    assert.notEqual(lint({ text: sent, fileName: 'notice.txt' }, buildConfig({ language: 'pl' }, undefined).lintOptions).units[0]!.kind, 'chat');
    // Any label whose words are fill-ins alone is a record line, in every language ("Browser: %{browser}").
    const records: [string, string][] = [
      ['en', 'A new sign-in to your account.\n\nUser: %{login}\nBrowser: {{ browser }}\n'],
      ['pl', 'Nowe logowanie na Twoje konto.\n\nUżytkownik: %{login}\nPrzeglądarka: {{ browser }}\n'],
      ['fi', 'Tiliisi kirjauduttiin uudelta laitteelta.\n\nKäyttäjä: %{login}\nSelain: {{ browser }}\n'],
      ['lt', 'Prie paskyros prisijungta iš naujo įrenginio.\n\nVartotojas: %{login}\nNaršyklė: {{ browser }}\n'],
      ['sq', 'Dikush hyri në llogarinë tuaj nga një pajisje e re.\n\nPërdoruesi: %{login}\nShfletuesi: {{ browser }}\n'],
    ];
    for (const [language, text] of records) {
      const result = lint({ text, fileName: 'notice.txt' }, buildConfig({ language }, undefined).lintOptions);
      assert.notEqual(result.units[0]!.kind, 'chat', text);
    }
    // A person named with a role is still a turn under such lines.
    const chat = 'Adres IP: 10.0.0.7\nKlient: gdzie jest moja paczka?\nKonsultant: Dzień dobry, paczka wyjechała dziś rano.\n';
    assert.equal(lint({ text: chat, fileName: 'chat.txt' }, buildConfig({ language: 'pl' }, undefined).lintOptions).units[0]!.kind, 'chat');
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
      'Anna: thanks for waiting, how can I help?\nMark: Thanks for waiting. The parcel left this morning.\nAnna: ok\n',
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

  it("reads no customer's everyday words as the agent's: 'our store', 'let me check', 'I returned' (reviewer #1)", () => {
    // A merchant speaks of "our store" and "our team": Ola, who blames and defers, is judged, not masked as the customer.
    const merchant =
      "Mark: Hi, our store checkout has been failing since this morning. Our team can't take any payments.\n" +
      'Ola: Hi Mark. Obviously you should have checked the status page first. We will fix it asap.\nMark: Ok.\nOla: It works again now.\n';
    assert.equal(chatTranscript(merchant, builtinFooters().speakers!), undefined);
    assert.deepEqual(
      spans(lintChat(merchant), merchant).map(([rule]) => rule),
      ['tone/condescending', 'tone/blame', 'deferral/vague-timeframe'],
    );
    const letMeCheck =
      'Grace: Hi, I never got the password reset email\nDaniel: Hi Grace, sorry about that. I resent it just now to grace@example.com, obviously check your spam folder too.\n' +
      'Grace: let me check, one sec\nGrace: got it, thanks!\n';
    assert.deepEqual(spans(lintChat(letMeCheck), letMeCheck), [['tone/condescending', 'obviously']]);
    // pl "zwróciłam" is the customer's "I returned [the shoes]", not the agent's refund.
    const returned =
      'Magda: Dzień dobry, zwróciłam buty dwa tygodnie temu i nadal nie mam pieniędzy\nOla: Dzień dobry, oczywiście powinna Pani była wysłać je kurierem, a nie pocztą. Zwrot zlecimy jak najszybciej.\nMagda: ok\n';
    assert.equal(chatTranscript(returned, builtinFooters().speakers!), undefined);
    // Offering help in the first turn still tells the agent, as does the other side's own purchase.
    const offered =
      'Ieva: Laba diena! Kuo galiu padėti?\nTomas: sveiki, mano užsakymas 48213 dar neatėjo!!!\nIeva: Patikrinau: siuntinys išvyko pirmadienį.\nTomas: ačiū\n';
    assert.deepEqual(spans(lintChat(offered, 'chat.txt', { language: 'lt' }), offered), []);
  });

  it('reads "ačiū" alone as no agent\'s word: agentWords are phrases, quoted where they hold a comma (reviewer #20)', () => {
    const thanked =
      'Tomas: sveiki, siuntinys 48213 dar neatėjo\nIeva: Laba diena, Tomai. Siuntinys išvyko pirmadienį, akivaizdu, kad kurjeris vėluoja!!! Turėjote pasirinkti greitąjį pristatymą.\nTomas: aha, ačiū\n';
    assert.equal(chatTranscript(thanked, builtinFooters().speakers!), undefined);
    assert.deepEqual(
      spans(lintChat(thanked, 'chat.txt', { language: 'lt' }), thanked).map(([rule]) => rule),
      ['tone/shouting', 'tone/blame'],
    );
    // The check that loads them: a flow list split at a phrase's comma leaves lone words.
    assert.throws(() => phrasesOfWords('footers.yaml', 'agentWords', { lt: ['dėkojame', 'kad susisiekėte'] }), /two words or more, not "dėkojame"/);
    assert.deepEqual(phrasesOfWords('footers.yaml', 'agentWords', { lt: ['dėkojame, kad susisiekėte'] }), { lt: ['dėkojame, kad susisiekėte'] });
  });

  it('opens no turn with a line\'s own label ("Weekdays:", a pasted "Error:"): a conversation goes back and forth (reviewer #2)', () => {
    const hours =
      'Hi Anna, here are the hours of our shop in Tampere:\nWeekdays: our team is in the shop from 9 to 17.\nSaturday: 10 to 14, and the café stays open until 16.\n';
    assert.equal(chatTranscript(hours, builtinFooters().speakers!), undefined);
    assert.deepEqual(spans(lintChat(hours), hours), []);
    const steps =
      'Hi Anna, thanks for waiting.\nAndroid: open Settings and tap Reset.\nWindows: open the app and click Reset.\nAndroid: obviously, restart it.\n';
    assert.deepEqual(spans(lintChat(steps), steps), [['tone/condescending', 'obviously']]);
    // A pasted error under the customer's "this when I pay:" is theirs; Sam, who greets, is the agent.
    const pasted =
      'Customer: hi, the app shows this when I pay:\nError: Payment declined!!! Please contact your bank immediately.\nCustomer: my bank says everything is fine\n' +
      'Sam: Hi there, sorry for the trouble. That message comes from our payment provider, not your bank.\n';
    const result = lintChat(pasted);
    assert.deepEqual(spans(result, pasted), []);
    assert.equal(result.units[0]!.scorecard.greeting, 'pass');
    // The agent's first turn right under the customer's "this:" is the agent's, as Sam speaks again below (verifier V5).
    const colon =
      "Customer: hi, I can't log in!!! The app only says this:\nSam: Hi, thanks for waiting. Sorry about that: I reset your password, so the link in your inbox works for 24 hours.\n" +
      'Customer: it works now, thanks\nSam: Great, have a nice day!\n';
    const answered = lintChat(colon);
    assert.deepEqual(spans(answered, colon), []);
    assert.equal(answered.units[0]!.scorecard.greeting, 'pass');
    // Two speakers named alone beside a role: neither is told from a label.
    assert.equal(
      chatTranscript('Customer: hi, my card fails\nError: Payment declined!!!\nSam: Hi there, try again now.\n', builtinFooters().speakers!),
      undefined,
    );
  });

  it("reads a header or an internal note above a transcript as no reply: only a greeting there is the writer's (reviewer #3)", () => {
    const turns =
      '[10:02] Visitor 2741: hello my parcel did not come\n[10:03] Agent Sam: Hi there, thanks for waiting! Parcel 48213 left our warehouse on Monday.\n';
    for (const above of [
      'Conversation with Visitor 2741, started 3 Dec 2026 at 10:02. Rating: good.\n',
      'Escalated to L2 per our SLA. Internal note: refund approved by Marta.\r\n\r\n',
    ]) {
      const text = above + (above.includes('\r') ? turns.replace(/\n/g, '\r\n') : turns);
      const result = lintChat(text);
      assert.deepEqual(spans(result, text), [], above);
      assert.equal(result.units[0]!.scorecard.greeting, 'pass', above);
    }
  });

  it('reads each section of a Markdown library of names-only transcripts on its own (reviewer #4)', () => {
    const text =
      '# Chats to review\n\n## Chat 1\n\nAnna: Hi, my order 4411 has not arrived.\nSam: Hi Anna, thanks for waiting! Obviously the courier lost it.\nAnna: ok\n\n' +
      '## Chat 2\n\nPiotr: Hello, I paid twice for my order.\nEwa: Hi Piotr, thanks for contacting us. I have refunded the second payment today.\nPiotr: great thanks!!!\n';
    const result = lintChat(text, 'chats.md');
    assert.equal(result.units.length, 2);
    assert.deepEqual(spans(result, text), [['tone/condescending', 'Obviously']]);
  });

  it("reads a transcript no one named the kind of as a chat, and fixes no customer's words whatever the kind (reviewer R16)", () => {
    const customerLine = 'Customer: hi, my order 5521 still says processing. you obviously never check your couriers';
    const labelled = `${customerLine}\nAgent: Hi Sam, thanks for waiting. Order 5521 left our warehouse this morning.\nCustomer: great thanks\nAgent: You are welcome! Have a good evening.\n`;
    const namesOnly =
      'Jenna: hi, my order 40718 is late. you obviously never check your couriers\nTom: Hi Jenna, thanks for waiting. Our warehouse handed it to the courier today.\nJenna: fine\nTom: You are welcome, Jenna.\n';
    const fixed = (text: string, result: LintResult) => applyEdits(text, fixAllEdits(result.findings));
    for (const text of [labelled, namesOnly]) {
      const result = lint({ text, fileName: 'chat.txt' }, buildConfig({ language: 'en' }, undefined).lintOptions);
      assert.equal(result.units[0]!.kind, 'chat', text);
      assert.deepEqual(spans(result, text), [], text);
      for (const kind of ['reply', 'snippet', 'macro'] as const) {
        const named = lint({ text, fileName: 'chat.txt' }, buildConfig({ language: 'en', kind }, undefined).lintOptions);
        assert.ok(!spans(named, text).some(([, quote]) => quote === 'obviously'), `${kind}: ${text}`);
        assert.equal(fixed(text, named).split('\n')[0], text.split('\n')[0], `${kind}: ${text}`);
      }
    }
    // A library's transcripts are chats too; a file of labels that is no conversation keeps its kind unnamed.
    const library = `## Late parcel\n\n${labelled}\n## Refund\n\n${labelled}`;
    const sections = lint({ text: library, fileName: 'chats.md' }, buildConfig({ language: 'en' }, undefined).lintOptions);
    assert.deepEqual(
      sections.units.map((unit) => unit.kind),
      ['chat', 'chat'],
    );
    // An edit that makes a library's reply a transcript reads it as a fresh lint does.
    const options = buildConfig({ language: 'en' }, undefined).lintOptions;
    const cache = new UnitCache();
    const before =
      '## Parcel\n\nHi Ana, the parcel left today.\n\n## Late\n\nCustomer: you obviously lost it\nThanks for waiting, Ana. It left our warehouse today.\n\nSam\n';
    lint({ text: before, fileName: 'chats.md' }, options, cache);
    const edited = before.replace('Thanks for waiting', 'Agent: Thanks for waiting');
    assert.deepEqual(readBack(lint({ text: edited, fileName: 'chats.md' }, options, cache)), readBack(lint({ text: edited, fileName: 'chats.md' }, options)));
    const labels = 'Note: the portal is back, obviously.\nUpdate: logins work again.\n';
    const plain = lint({ text: labels, fileName: 'note.txt' }, buildConfig({ language: 'en' }, undefined).lintOptions);
    assert.notEqual(plain.units[0]!.kind, 'chat');
    assert.deepEqual(spans(plain, labels), [['tone/condescending', 'obviously']]);
  });

  it('in a file named another kind, "Agent:" is no word of the agent\'s: the greeting is read and findings land on their words (issue 12)', () => {
    const options = buildConfig({ language: 'en', kind: 'reply' }, undefined).lintOptions;
    const greeted =
      'Customer: hi, where is my order 5521?\nAgent: Hi Sam, thanks for waiting. Order 5521 left our warehouse this morning.\nCustomer: great thanks\nAgent: You are welcome! Best, Tom\n';
    const result = lint({ text: greeted, fileName: 'chat.txt' }, options);
    assert.equal(result.units[0]!.kind, 'reply');
    assert.deepEqual(spans(result, greeted), [], "Agent: Hi Sam, greets; the customer's words are not judged");
    const plain =
      'Customer: where is my order 5521?\nAgent: Order 5521 left our warehouse this morning, and the courier delivers it tomorrow.\nCustomer: great thanks\nAgent: You are welcome.\n';
    const asked = lint({ text: plain, fileName: 'chat.txt' }, options).findings.filter((finding) => finding.ruleId.startsWith('formula/'));
    assert.deepEqual(
      asked.map((finding) => [finding.ruleId, plain.slice(finding.start, finding.start + 6)]),
      [
        ['formula/greeting', 'Order '],
        ['formula/closing', 'You ar'],
      ],
    );
  });

  // Reviewer #11: the customer's last turn ran to the file's end and swallowed the writer's sign-off under the chat.
  it("in a file named another kind, the writer's sign-off under a pasted chat ends the customer's last turn", () => {
    const options = buildConfig({ language: 'en', kind: 'reply' }, undefined).lintOptions;
    const signed =
      'Hi Ana, here is our chat from today:\n\n[10:02] Customer: where is my parcel\n[10:03] Agent Sam: Hi Ana, I checked it, the courier will deliver it on Friday 11 December.\n[10:04] Customer: ok\n\nBest,\nSam\n';
    assert.deepEqual(spans(lint({ text: signed, fileName: 'chat.txt' }, options), signed), []);
    // A last turn of the customer's own sentences under a blank line stays theirs.
    const theirs = signed.replace('Best,\nSam', 'you should have sent it ASAP!!! this is USELESS');
    const inTurn = lint({ text: theirs, fileName: 'chat.txt' }, options).findings.filter((finding) => finding.end > theirs.indexOf('you should'));
    assert.deepEqual(inTurn, []);
  });
});

describe('a transcript whose agent greets and writes one line with no common word (reviewer-24 #16, #13)', () => {
  it('is read in the language of the greeting, the words after it bearing it out, in five languages', () => {
    const cases: [string, string, string][] = [
      ['fi', 'Asiakas', 'Hei! P\u00e4ivitin tilauksesi toimitusosoitteen.'],
      ['pl', 'Klient', 'Dzie\u0144 dobry! Zmieni\u0142am adres dostawy zam\u00f3wienia.'],
      ['lt', 'Klientas', 'Laba diena! Pakei\u010diau u\u017esakymo pristatymo adres\u0105.'],
      ['sq', 'Klienti', 'P\u00ebrsh\u00ebndetje! Ndryshova adres\u00ebn e d\u00ebrges\u00ebs.'],
      ['en', 'Customer', 'Hi! Updated the delivery address.'],
    ];
    for (const [language, customer, line] of cases) {
      for (const text of [`Ella (Support) (09:40): ${line}\n${customer} (09:41): ok\n`, `[09:40] Ella: ${line}\n[09:41] ${customer}: ok\n`]) {
        const unit = lintChat(text, 'chat.txt', { language: 'auto' }).units[0]!;
        assert.deepEqual([unit.kind, unit.language], ['chat', language], text);
      }
    }
  });
});
