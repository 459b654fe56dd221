// Trial 20: an event platform's, a ticket shop's and a social network's own e-mails were read without a config as
// bodies an agent wraps (snippets) or as agents' macros, and were asked for greetings, owners and empathy. A system's
// e-mail shows it by its own text: a title over the message, an HTML document or an action link the system fills, the
// organiser or the team signing, and no person in it (rules/kind-inference.ts titledEmail, dialects.yaml organisations).
import * as assert from 'node:assert/strict';
import { buildConfig, type ConfigFile } from '../../server/src/engine/config/project-config';
import { lint } from '../../server/src/engine/linter';
import { renderRef } from '../../server/src/engine/messages';
import type { LintResult } from '../../server/src/engine/types';

const lintAs = (config: ConfigFile, text: string, fileName: string): LintResult => lint({ text, fileName }, buildConfig({ ...config }, undefined).lintOptions);
const readAs = (result: LintResult) => result.units.map((unit) => `${unit.kind} ${unit.kindReason?.id}`);
const ids = (result: LintResult) => result.findings.map((finding) => finding.ruleId);

const html = (title: string, ...paragraphs: string[]) =>
  `<html>\n<body>\n<h1>${title}</h1>\n${paragraphs.map((paragraph) => `<p>${paragraph}</p>\n`).join('')}</body>\n</html>\n`;

// One account notice per language, written for these tests: what changed, and what to do if the reader did not do it.
const NOTICES: Record<string, { text: string; title: string }> = {
  en: {
    title: 'Sign-in code turned off',
    text: html(
      'Sign-in code turned off',
      'Two-step sign-in is now off for your account at %{site}.',
      'If you did not turn it off, someone else has probably got into your account. Change your password at once.',
    ),
  },
  pl: {
    title: 'Kod logowania wyłączony',
    text: html(
      'Kod logowania wyłączony',
      'Logowanie dwuetapowe na Twoim koncie w %{site} jest teraz wyłączone.',
      'Jeśli to nie Ty, ktoś inny prawdopodobnie dostał się na Twoje konto. Od razu zmień hasło.',
    ),
  },
  fi: {
    title: 'Sähköpostiosoite vaihdettu',
    text: html(
      'Sähköpostiosoite vaihdettu',
      'Tilisi sähköpostiosoite on nyt vaihdettu osoitteeksi %{email}.',
      'Jos muutos ei ollut sinun tekemäsi, joku muu on luultavasti päässyt tilillesi. Vaihda salasanasi heti.',
    ),
  },
  lt: {
    title: 'Prisijungimo kodas išjungtas',
    text: html(
      'Prisijungimo kodas išjungtas',
      'Dviejų veiksmų prisijungimas jūsų paskyroje %{site} dabar išjungtas.',
      'Jei to nedarėte patys, kažkas kitas tikriausiai pateko į jūsų paskyrą. Nedelsdami pakeiskite slaptažodį.',
    ),
  },
  sq: {
    title: 'Kodi i hyrjes u çaktivizua',
    text: html(
      'Kodi i hyrjes u çaktivizua',
      'Hyrja me dy hapa për llogarinë tuaj në %{site} tani është e çaktivizuar.',
      'Nëse nuk e bëtë ju, dikush tjetër ka hyrë ndoshta në llogarinë tuaj. Ndryshoni fjalëkalimin menjëherë.',
    ),
  },
};

describe('a system e-mail read by its own text, without a config', () => {
  for (const [language, { text, title }] of Object.entries(NOTICES))
    it(`${language}: a titled HTML account notice is an auto-reply, asked for no owner, greeting or empathy`, () => {
      for (const config of [{ language }, {}] as ConfigFile[]) {
        const result = lintAs(config, text, 'account-notice.html');
        assert.deepEqual(readAs(result), ['auto-reply kind.inferred.titled'], `${language} ${JSON.stringify(config)}`);
        assert.deepEqual(result.units[0]!.kindReason!.args, { excerpt: title });
        assert.deepEqual(ids(result), [], `${language} ${JSON.stringify(config)}`);
        assert.match(renderRef(language, result.units[0]!.kindReason!), new RegExp(title));
      }
    });

  it('the Finnish notice without its title and document is read as a body, and its intruder is still no task for nobody', () => {
    const body = NOTICES.fi!.text.replace(/<h1>[^<]*<\/h1>\n/, '').replace(/<\/?(?:html|body)>\n/g, '');
    assert.deepEqual(readAs(lintAs({ language: 'fi' }, body, 'notice.html')), ['snippet kind.inferred.body']);
    // The pack reads "someone else has got into your account" as an intruder, not a hand-off (d56f2a3), in any kind.
    assert.deepEqual(ids(lintAs({ language: 'fi' }, body, 'notice.html')), []);
  });

  it('a Markdown e-mail titled over an action link the system fills is an auto-reply; a fixed link is no such sign', () => {
    const offer = '# Your seat is waiting\n\nA place opened up for :event and it is held for you until :date.\n\n[Finish your booking](:checkout_url)\n';
    assert.deepEqual(readAs(lintAs({ language: 'en' }, offer, 'seat-offer.md')), ['auto-reply kind.inferred.titled']);
    const linked = offer.replace(':checkout_url', 'https://tickets.example/checkout');
    assert.deepEqual(readAs(lintAs({ language: 'en' }, linked, 'seat-offer.md')), ['snippet kind.inferred.body']);
    // An HTML link's target too, and greeted under its title by nobody in particular.
    const greeted =
      '<h2>Seat released</h2>\n<p>Hello,</p>\n<p>The seat held for you at {{ event_name }} is free again.</p>\n<p><a href="{{ dates_url }}">See other dates</a></p>\n';
    assert.deepEqual(readAs(lintAs({ language: 'en' }, greeted, 'seat-released.html')), ['auto-reply kind.inferred.titled']);
  });

  it('a person in it, a greeting set as the heading, or a library section keeps its reading', () => {
    const en = { language: 'en' } as ConfigFile;
    // Signed by an agent under the valediction: a macro, still asked for nothing more than a macro is.
    const signed = '# Your seat is waiting\n\nHi {{first_name}},\n\nA place opened up for you.\n\n[Finish your booking]({{checkout_url}})\n\nBest,\nMarta\n';
    assert.deepEqual(readAs(lintAs(en, signed, 'seat.md')), ['macro kind.inferred.greeted']);
    // Written in the first person: a person's text, whatever its frame.
    const mine = html('Your refund', 'I sent the refund for order %{order} this morning.');
    assert.deepEqual(readAs(lintAs(en, mine, 'refund.html')), ['snippet kind.inferred.body']);
    // A fill-in left for the agent.
    const slot = html('Your refund', 'The refund of [AMOUNT] went out this morning.');
    assert.notEqual(readAs(lintAs(en, slot, 'refund.html'))[0], 'auto-reply kind.inferred.titled');
    // A greeting set as the heading opens a letter.
    const greeting = '# Hi {{first_name}},\n\nA place opened up for you.\n\n[Finish your booking]({{checkout_url}})\n';
    assert.deepEqual(readAs(lintAs(en, greeting, 'seat.md')), ['macro kind.inferred.greeted']);
    // A library's sections open with their own headings: each is a body, as before.
    const library =
      '## Seat released\n\nThe seat you held is free again: [see other dates]({{dates_url}}).\n\n## Refund sent\n\nThe refund went out today: [see the receipt]({{receipt_url}}).\n';
    assert.deepEqual(readAs(lintAs(en, library, 'library.md')), ['snippet kind.inferred.body', 'snippet kind.inferred.body']);
  });

  it("an event organiser's variable under the valediction signs for the organisation (en, pl)", () => {
    const en = 'Hi,\n\nThe tickets for :event_title were cancelled and the amount went back to your card.\n\nKind regards,<br>\n:organizer_name\n';
    assert.deepEqual(readAs(lintAs({ language: 'en' }, en, 'order-cancelled.md')), ['auto-reply kind.inferred.organisation']);
    const pl = '# Zamówienie przyjęte\n\nTwoje zamówienie na :event_title czeka na płatność.\n\nZ najlepszymi życzeniami,<br>\n:organiser_name\n';
    assert.deepEqual(readAs(lintAs({ language: 'pl' }, pl, 'zamowienie.md')), ['auto-reply kind.inferred.organisation']);
  });

  // The corpus's blind notices: an app's e-mails greeted and signed "Ekipi i {{ app_name }}" were asked for a person's name.
  it("a greeted notice signed by the team with the organisation's variable is the organisation's; a department in words is not", () => {
    const sq = 'Përshëndetje {{ name }},\n\nabonimi yt në {{ app_name }} u rinovua sot për një muaj të plotë.\n\nEkipi i {{ app_name }}\n';
    const result = lintAs({ language: 'sq' }, sq, 'abonimi.md');
    assert.deepEqual(readAs(result), ['auto-reply kind.inferred.organisation']);
    assert.deepEqual(result.units[0]!.kindReason!.args, { excerpt: '{{ app_name }}' });
    assert.ok(!ids(result).includes('ownership/nameless-sign-off'));
    const department = lintAs({ language: 'sq' }, sq.replace('Ekipi i {{ app_name }}', 'Ekipi i Shitjeve'), 'abonimi.md');
    assert.deepEqual(readAs(department), ['macro kind.inferred.greeted']);
    assert.ok(ids(department).includes('ownership/nameless-sign-off'));
  });

  // Reviewer-21 #1-#3: a titled macro an agent signs, or one that answers the customer's message, stays a macro.
  it('a titled macro signed by a named agent over a team line, by an agent variable, or answering a message stays a macro', () => {
    const titled = (ending: string, opening = 'The courier has lost the parcel.') =>
      `# Lost parcel\n\nHi {{first_name}},\n\n${opening} Someone from the warehouse will contact you.\n\n[Track it]({{tracking_url}})\n\n${ending}\n`;
    for (const text of [
      titled('Kind regards,\nJonas Berg\nCustomer Care Lead'),
      titled('Thanks,\n{{agentName}}'),
      titled('Thanks,\nThe Support Team', 'Thank you for your message about the parcel.'),
    ]) {
      const result = lintAs({ language: 'en' }, text, 'lost-parcel.md');
      assert.deepEqual(readAs(result), ['macro kind.inferred.greeted'], text);
      assert.ok(ids(result).includes('deferral/no-owner'), text);
    }
  });

  it("the greeting message shows no template of another dialect; the suggestion writes the file's own", () => {
    const text = '# Order confirmed\n\nYour order for :event_title went through.\n\nKind regards,\nAna Nowak\n';
    const result = lintAs({ language: 'en' }, text, 'order.md');
    const greeting = result.findings.find((finding) => finding.ruleId === 'formula/greeting');
    assert.ok(greeting, 'signed by a person, it is a macro asked to greet');
    assert.doesNotMatch(greeting.message, /\{\{|fallback/);
    assert.deepEqual(
      greeting.suggestions?.map((suggestion) => suggestion.title),
      ['Insert "Hi there,"'],
    );
  });
});
