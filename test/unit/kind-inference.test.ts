// A macro whose reply names no kind is read by its words (rules/kind-inference.ts):
// a body without greeting and sign-off, an automatic notice, a note to agents, or a
// full e-mail that still needs the half it lacks. The words are pack data per language.
import * as assert from 'node:assert/strict';
import { buildConfig, type ConfigFile } from '../../server/src/engine/config/project-config';
import { lint } from '../../server/src/engine/linter';
import { renderMessage, renderRef } from '../../server/src/engine/messages';
import { briefOf, scorecardLines } from '../../server/src/engine/scorecard-summary';
import { readAs } from '../../server/src/lsp/scorecard';
import type { LintResult } from '../../server/src/engine/types';
import { runCli, tempDir } from '../support/cli';

const lintAs = (config: ConfigFile, text: string, fileName = 'macro.md'): LintResult =>
  lint({ text, fileName }, buildConfig({ language: 'en', ...config }, undefined).lintOptions);
const ids = (result: LintResult) => result.findings.map((finding) => finding.ruleId);
const formulas = (result: LintResult) => ids(result).filter((id) => id === 'formula/greeting' || id === 'formula/closing');

// A macro is asked for a closing only with the strict pack (issue 13: the help desk appends the signature), so
// what a macro is read as shows in its closing finding under both packs.
const STRICT: ConfigFile = { extends: ['recommended', 'strict'] };

const BODY = 'To reset your password, open Settings and choose Security. The reset link is valid for two hours.';

describe('kind inference', () => {
  it('a macro with neither a greeting nor a sign-off is a body: no greeting or closing asked, other rules kept', () => {
    const result = lintAs({}, `${BODY} Please be advised that we can't control the courier.`);
    assert.deepEqual(formulas(result), []);
    const unit = result.units[0]!;
    assert.equal(unit.kind, 'snippet');
    assert.equal(unit.kindReason?.id, 'kind.inferred.body');
    assert.ok(ids(result).includes('formula/stiff-formula'), 'the body is still read for everything else');
    // The scorecard says why greeting and closing were not asked, and how to ask for them.
    assert.equal(unit.scorecard.greeting, 'n/a');
    assert.equal(unit.reasons.closing.id, 'kind.inferred.body');
    assert.match(renderRef('en', unit.reasons.greeting), /replylint kind=macro/);
  });

  it('a greeting without a sign-off is a full e-mail that still needs its closing, and the other way round', () => {
    const greeted = lintAs(STRICT, `Hi Sam,\n\n${BODY}`);
    assert.deepEqual(formulas(greeted), ['formula/closing']);
    assert.deepEqual(formulas(lintAs({}, `Hi Sam,\n\n${BODY}`)), [], 'recommended asks no closing of a macro');
    assert.equal(greeted.units[0]!.kind, 'macro');
    assert.deepEqual(greeted.units[0]!.kindReason, { id: 'kind.inferred.greeted', args: { excerpt: 'Hi' } });
    const signed = lintAs({}, `${BODY}\n\nKind regards,\nAna Nowak\nSupport`);
    assert.deepEqual(formulas(signed), ['formula/greeting']);
    assert.deepEqual(signed.units[0]!.kindReason, { id: 'kind.inferred.signedOff', args: { excerpt: 'Kind regards' } });
    // A signature variable prints the sign-off.
    const variable = lintAs({}, `${BODY}\n\n%{signature}`);
    assert.deepEqual(formulas(variable), ['formula/greeting']);
  });

  // Trial 30: a bot's goodbye answer, one per file ("Miłego dnia"), was read as a signed e-mail and asked for a greeting.
  // Nothing stands over such a goodbye for it to sign (3562c218 made it so for a review reply's one-word thanks).
  it('a text that is nothing but a goodbye signs nothing: a body, no greeting asked (trial 30)', () => {
    for (const [language, goodbye] of [
      ['pl', 'Miłego dnia'],
      ['pl', 'Pozdrawiam,\nZespół Rekrutacji'],
      ['sq', 'Ditë të mbarë!'],
      ['en', 'Kind regards,\nAna'],
      ['fi', 'Ystävällisin terveisin'],
      ['lt', 'Pagarbiai,'],
    ] as const) {
      const result = lintAs({ language }, `${goodbye}\n`, 'utter_goodbye.txt');
      assert.deepEqual(formulas(result), [], `${language}: ${goodbye}`);
      assert.equal(result.units[0]!.kindReason?.id, 'kind.inferred.body', `${language}: ${goodbye}`);
    }
    // A goodbye under a message still signs an e-mail, which is asked its greeting.
    assert.deepEqual(formulas(lintAs({ language: 'pl' }, 'Paczka wyjechała dziś z magazynu i dotrze jutro.\n\nMiłego dnia\n')), ['formula/greeting']);
  });

  it('a thank-you or an invitation at the end of a body is no sign-off', () => {
    for (const ending of [
      'Thanks for your patience while we sort this out!',
      'Let me know if the link has expired.',
      'Thank you for flagging this,\nit helps the whole team.',
    ]) {
      const result = lintAs({}, `${BODY}\n\n${ending}`);
      assert.equal(result.units[0]!.kind, 'snippet', ending);
      assert.deepEqual(formulas(result), [], ending);
    }
  });

  // Trial 17: a saved reply posted as an issue comment, "please paste the output of … Thanks.", was read as signed by
  // its closing thank-you and asked for "Hi there," under the folder's `macro` and with no config.
  it("a closing thank-you with no name on or under its line is the body's last sentence, not a sign-off", () => {
    const comment = 'To narrow this down, please run the command below and paste what it prints:\n\n```sh\nnpx envinfo --system\n```\n';
    for (const thanks of ['Thanks.', 'Thank you!', 'Many thanks.'])
      for (const config of [{}, { kind: 'macro' as const }]) {
        const result = lintAs(config, `${comment}${thanks}\n`);
        assert.equal(result.units[0]!.kindReason?.id, 'kind.inferred.body', `${thanks} ${JSON.stringify(config)}`);
        assert.deepEqual(formulas(result), [], thanks);
      }
    // With a name on its line or under it, or with a comma, the thank-you signs the reply: a greeting is asked.
    for (const signOff of ['Thanks!\nAna', 'Thanks. Ana', 'Thanks,', 'Thanks'])
      assert.deepEqual(formulas(lintAs({ kind: 'macro' }, `${comment}${signOff}\n`)), ['formula/greeting'], signOff);
    // Greeted, it is a full e-mail whatever its last line, and a reply is a whole message.
    assert.equal(lintAs({}, `Hi Sam,\n\n${comment}Thanks.\n`).units[0]!.kind, 'macro');
    assert.ok(formulas(lintAs({ kind: 'reply' }, `${comment}Thanks.\n`)).includes('formula/greeting'));
  });

  it('words only an automatic message says make it an auto-reply, which must say when', () => {
    const notice = lintAs({}, 'We have received your message about the invoice.\n\nThis is an automated message, please do not reply to it.');
    assert.equal(notice.units[0]!.kind, 'auto-reply');
    assert.deepEqual(notice.units[0]!.kindReason, { id: 'kind.inferred.notice', args: { excerpt: 'This is an automated message' } });
    assert.deepEqual(ids(notice), ['deferral/auto-reply-next-step']);
    // A change nobody asked for: an account or booking notice's own line (trial8's unsigned booking mails).
    const unasked = lintAs(
      {},
      'Hello {{ name }},\n\nYour booking has been cancelled.\n\nIf you did not request this cancellation, please contact {{ venue }}.',
    );
    assert.deepEqual(unasked.units[0]!.kindReason, { id: 'kind.inferred.notice', args: { excerpt: 'If you did not request this' } });
    assert.equal(
      lintAs({ language: 'sq' }, 'Përshëndetje,\n\nRezervimi juaj është anuluar.\n\nNëse nuk e keni kërkuar këtë anulim, na shkruani.').units[0]!.kind,
      'auto-reply',
    );
    // An automatic receipt names itself as one (trial 14: a department's FOI mailbox confirmation read as a body).
    for (const [language, text, excerpt] of [
      ['en', 'This is an automated confirmation that your request has been received by our information team.', 'This is an automated confirmation'],
      ['en', 'This is an automatic acknowledgement of your e-mail. We will pass it to the right team.', 'This is an automatic acknowledgement'],
      ['pl', 'To jest automatyczne potwierdzenie otrzymania wniosku. Przekażemy go do właściwego wydziału.', 'To jest automatyczne potwierdzenie'],
      ['fi', 'Tämä on automaattinen vastaanottokuittaus. Välitämme viestisi oikealle yksikölle.', 'Tämä on automaattinen vastaanottokuittaus'],
    ]) {
      const receipt = lintAs({ language }, text!);
      assert.equal(receipt.units[0]!.kind, 'auto-reply', text);
      assert.deepEqual(receipt.units[0]!.kindReason, { id: 'kind.inferred.notice', args: { excerpt } }, text);
    }
    // A person who mentions the confirmation the system sent is no notice.
    assert.equal(lintAs({}, 'You should have an automatic confirmation in your inbox. The refund left today.').units[0]!.kind, 'snippet');
    // Under a greeted and signed e-mail the same footer is the help desk's: still a person's reply.
    const reply = lintAs({}, 'Hi Sam,\n\nYour refund left today.\n\nBest,\nAna\n\n---\n\nThis is an automated message. Please do not reply to this email.');
    assert.equal(reply.units[0]!.kind, 'macro');
    // Contracted notice words are notice words ('|' is per word: "if this wasn't|was not you" never matched them).
    for (const [line, excerpt] of [
      ["If you didn't request this cancellation, please contact {{ venue }}.", "If you didn't request this"],
      ["If this wasn't you, please contact {{ venue }}.", "If this wasn't you"],
      ["Please don't reply to this email.", "Please don't reply"],
    ]) {
      const text = `Hello {{ name }},\n\nYour booking has been cancelled.\n\n${line}`;
      assert.deepEqual(lintAs({}, text).units[0]!.kindReason, { id: 'kind.inferred.notice', args: { excerpt } }, line);
    }
  });

  it("a greeted help-desk macro in the first person is an agent's, notice words or not (reviewer's bug 1)", () => {
    // Zendesk macros greet by the requester's variable and leave the signature to the help desk.
    const macro =
      'Hi {{ticket.requester.first_name}},\n\nI have reset the password on your account as you asked on the phone. If you did not request this, let me know. Unfortunately we cannot refund the renewal. Someone will look into your other question.\n';
    const result = lintAs({}, macro);
    assert.equal(result.units[0]!.kind, 'macro');
    assert.deepEqual(result.units[0]!.kindReason, { id: 'kind.inferred.greeted', args: { excerpt: 'Hi' } });
    for (const id of ['empathy/bad-news-without-empathy', 'deferral/no-owner', 'deferral/looking-into-it'])
      assert.ok(ids(result).includes(id), `${id} in ${ids(result).join(', ')}`);
    assert.equal(result.units[0]!.scorecard.empathy, 'fail');
    // The same words without a person in them, or the first person without a greeting, are still a notice.
    assert.equal(lintAs({}, macro.replace('I have reset', 'We have reset').replace('let me know', 'let us know')).units[0]!.kind, 'auto-reply');
    assert.equal(lintAs({}, macro.replace(/^Hi .*\n\n/, '')).units[0]!.kind, 'auto-reply');
  });

  it('signed only by the organisation, a macro is a notice the system sends: no closing asked, a time is', () => {
    const cases: [string, string][] = [
      ['Dzień dobry,\n\nTwoje zamówienie {order_name} zostało wysłane.\n\n{shop_name}\n{shop_url}', '{shop_name}'],
      ['Hi there,\n\nYour return for {{ order.name }} arrived.\n\n[{{ shop.name }}]({{ shop.url }})\n\nPowered by Shopfront', '{{ shop.name }}'],
      ['<p>Hi %{recipient.name.first},</p><p>Your access link is below.</p><p>--<br />\n%{company.name}</p>', '%{company.name}'],
    ];
    for (const [text, excerpt] of cases) {
      const result = lintAs({ language: 'auto' }, text, text.startsWith('<p>') ? 'page.html' : 'notice.md');
      assert.equal(result.units[0]!.kind, 'auto-reply', text);
      assert.deepEqual(result.units[0]!.kindReason, { id: 'kind.inferred.organisation', args: { excerpt } }, text);
      assert.deepEqual(formulas(result), [], text);
    }
    const acknowledgement = lintAs({}, 'Hi there,\n\nThanks for your message.\n\n{{ shop.name }}');
    assert.deepEqual(ids(acknowledgement), ['deferral/auto-reply-next-step']);
    // Words beside it ("The {shop_name} team"), a person's name under the valediction, or the agent's
    // variable before the organisation's: signed like an agent's e-mail.
    for (const ending of [
      'The {{ shop.name }} team',
      'Kind regards, Ewa\n{{ shop.name }}',
      'Best,\nEwa\n{{ shop.name }}',
      'Best,\n{{ agent.name }}\n{{ shop.name }}',
      'Thanks,\n{{ shop.name }} Support',
    ]) {
      const result = lintAs({}, `Hi there,\n\n${BODY}\n\n${ending}`);
      assert.equal(result.units[0]!.kind, 'macro', ending);
    }
  });

  it('a valediction whose name is the organisation or the app signs a notice the system sends (trial8: Laravel and shop mails)', () => {
    const cases: [string, string, string][] = [
      ['en', 'Hi there,\n\nYour order {{ order.name }} has been cancelled.\n\nBest,\n{{ shop.name }}', '{{ shop.name }}'],
      [
        'en',
        "# New reply\n\nA new reply was added to your request.\n\n[View request]({{ $url }})\n\nThanks,<br>\n{{ config('app.name') }}",
        "{{ config('app.name') }}",
      ],
      ['en', '<p>Hello {{ $name }}</p>\n<p>Your booking was declined by the venue.</p>\n<p>Regards,<br>{{ $app_name }}</p>', '{{ $app_name }}'],
      ['pl', 'Dzień dobry,\n\nTwoje zgłoszenie zostało zamknięte.\n\nPozdrawiamy,\n{{ site_title }}\n{{ site_url }}', '{{ site_title }}'],
    ];
    for (const [language, text, excerpt] of cases) {
      const result = lintAs({ language }, text, text.startsWith('<p>') ? 'page.html' : 'notice.md');
      assert.equal(result.units[0]!.kind, 'auto-reply', text);
      assert.deepEqual(result.units[0]!.kindReason, { id: 'kind.inferred.organisation', args: { excerpt } }, text);
      assert.deepEqual(formulas(result), [], text);
    }
    // An app's own string variables under the valediction: a printf argument, a %%NAME%% naming the site.
    for (const [language, text, excerpt] of [
      ['fi', 'Kiitos rekisteröitymisestä!\n\nTilisi on nyt luotu.\n\nKiitos,\n%s\n', '%s'],
      ['pl', 'Witaj %%NAME%%,\n\nTwoje zgłoszenie zostało zamknięte.\n\nPozdrawiamy,\n%%SITE_TITLE%%\n%%SITE_URL%%\n', '%%SITE_TITLE%%'],
    ] as const) {
      const result = lintAs({ language }, text, 'notice.txt');
      assert.deepEqual(result.units[0]!.kindReason, { id: 'kind.inferred.organisation', args: { excerpt } }, text);
    }
    // A %%NAME%% that is not the site's (the staff member's) or a word beside %s signs like a person.
    // The organisation first and a person's variable anywhere under it: an agent signing (reviewer's bug 1).
    for (const ending of [
      'Kind regards,\n{{ticket.brand.name}}\n{{current_user.first_name}}',
      'Kind regards,\n{{ticket.brand.name}} | {{current_user.first_name}}',
      'Kind regards,\n{{ticket.brand.name}}\n{{current_user.signature}}',
      'Thanks,\n{{ shop.name }}\n{{ shop.url }}\n{{ agent.name }}',
    ]) {
      const result = lintAs({}, `Hi {{ticket.requester.first_name}},\n\n${BODY}\n\n${ending}\n`);
      assert.equal(result.units[0]!.kind, 'macro', ending);
    }
    assert.equal(lintAs({}, `Hi {{ticket.requester.first_name}},\n\n${BODY}\n\nKind regards,\n{{ticket.brand.name}}\n`).units[0]!.kind, 'auto-reply');
    for (const ending of ['Best,\n%%STAFF_NAME%%\n%%SITE_TITLE%%', 'Best,\n%%SITE_TITLE%%\n%%STAFF_NAME%%', 'Thanks,\n%s team']) {
      assert.equal(lintAs({}, `Hi there,\n\n${BODY}\n\n${ending}`, 'notice.txt').units[0]!.kind, 'macro', ending);
    }
    // Without a greeting the valediction alone still asked for one (read as a signed macro) before; now the notice needs none.
    assert.deepEqual(formulas(lintAs({}, `${BODY}\n\nThanks,\n{{ store_name }}`)), []);
    assert.deepEqual(formulas(lintAs({}, `${BODY}\n\nThanks,\n{{ agent.name }}`)), ['formula/greeting']);
    // A variable that is not the organisation's (the customer's company) signs nothing. (An order's variable there is
    // the record an order's automatic e-mail prints: below.)
    assert.deepEqual(formulas(lintAs(STRICT, `Hi there,\n\n${BODY}\n\n{{ customer.company }}`)), ['formula/closing']);
    // A last line of many placeholders is read piece by piece: a word anywhere between them (first, middle, last) is a word.
    // (Not a team word: "{{ shop.name }} team" signs for the shop.)
    const many = Array.from({ length: 3000 }, (_, index) => (index % 2 ? '{{ shop.url }}' : '{{ shop.name }}'));
    assert.equal(lintAs({}, `Hi there,\n\nThanks for your message.\n\n${many.join(' · ')}`).units[0]!.kind, 'auto-reply');
    for (const at of [0, 1500, 2999]) {
      const worded = many.map((placeholder, index) => (index === at ? `${placeholder} Anna` : placeholder)).join(' ');
      assert.notEqual(lintAs({}, `Hi there,\n\nThanks for your message.\n\n${worded}`).units[0]!.kindReason?.id, 'kind.inferred.organisation', `word at ${at}`);
    }
  });

  it("signed by the service's name that its web address carries, a no-reply mail is the service's notice (trial 16)", () => {
    const footer = 'This is an automated message, please do not reply. Give feedback: https://app.bookly.example/feedback';
    const serviceMail = (signer: string, link = footer) =>
      `Hi [RECIPIENT NAME],\n\nYour booking of the sauna on Friday has been confirmed.\n\nKind regards\n${signer}\n\n${link}`;
    const service = lintAs({}, serviceMail('Bookly')).units[0]!;
    assert.equal(service.kind, 'auto-reply');
    assert.deepEqual(service.kindReason, { id: 'kind.inferred.notice', args: { excerpt: 'This is an automated message' } });
    const fi = lintAs(
      { language: 'fi' },
      'Hei [VASTAANOTTAJAN NIMI],\n\nVarauksesi saunaan on vahvistettu.\n\nYstävällisin terveisin\nBookly\n\nTämä on automaattinen viesti, johon ei voi vastata. Palaute: https://bookly.example/palaute',
    ).units[0]!;
    assert.equal(fi.kind, 'auto-reply');
    // A person's name under the valediction, or a name no address of the mail carries: a person's e-mail with a no-reply footer.
    assert.equal(lintAs({}, serviceMail('Maria')).units[0]!.kind, 'macro');
    assert.equal(lintAs({}, serviceMail('Bookly', 'This is an automated message, please do not reply.')).units[0]!.kind, 'macro');
  });

  it("a decision stated with the program's own arguments, unsigned, is the system's notice in every language (trial 16)", () => {
    // A wiki's or an app's one-paragraph decision ("$1" is its argument) was read as a body an agent wraps, and its
    // passive ("has been declined") was asked of a person.
    const decisions: [string, string, string][] = [
      ['en', 'Your request to merge the accounts "$1" and "$2" has been declined.\n\nReason: $3', 'has been declined'],
      ['pl', 'Twoja prośba o przeniesienie konta „$1” została odrzucona.\n\nPowód: $2', 'została odrzucona'],
      ['fi', 'Pyyntösi yhdistää tunnukset ”$1” ja ”$2” on hylätty.\n\nPerustelu: $3', 'on hylätty'],
      ['lt', 'Jūsų prašymas sujungti paskyras „$1“ ir „$2“ buvo atmestas.\n\nPriežastis: $3', 'buvo atmestas'],
      ['sq', 'Kërkesa juaj për bashkimin e llogarive „$1“ është refuzuar.\n\nArsyeja: $2', 'është refuzuar'],
      ['en', 'The group %s you asked to join was approved. You can post in it now.', 'was approved'],
    ];
    for (const [language, text, excerpt] of decisions) {
      const result = lintAs({ language }, text);
      assert.equal(result.units[0]!.kind, 'auto-reply', text);
      assert.deepEqual(result.units[0]!.kindReason, { id: 'kind.inferred.decision', args: { excerpt } }, text);
      assert.ok(!ids(result).includes('clarity/passive-closed'), text);
    }
    // Without the program's argument, with a price, or written by a person ("I"), the same words are a body.
    for (const text of [
      'Your request to merge the two accounts has been declined, as one of them is closed.',
      'Your refund of $5 has been approved and is on its way.',
      'I checked: your request to merge "$1" and "$2" has been declined.',
    ]) {
      assert.equal(lintAs({}, text).units[0]!.kindReason?.id, 'kind.inferred.body', text);
    }
  });

  // Trial 25: a forum server's registration decisions ("… for {hostname} has been denied.") were read as snippets.
  it("a decision stated beside the site's name the system prints, unsigned, is the system's notice in every language", () => {
    const decisions: [string, string, string][] = [
      ['en', 'Your membership request for {hostname} has been declined.<br><br>Other communities are listed in the directory.', 'has been declined'],
      ['pl', 'Twój wniosek o członkostwo w {hostname} został odrzucony.<br><br>Inne społeczności znajdziesz w katalogu.', 'został odrzucony'],
      ['fi', 'Jäsenpyyntösi palveluun {site_name} on hylätty.<br><br>Muut yhteisöt löydät hakemistosta.', 'on hylätty'],
      ['lt', 'Jūsų prašymas tapti {instance} nariu buvo atmestas.<br><br>Kitas bendruomenes rasite kataloge.', 'buvo atmestas'],
      ['sq', 'Kërkesa juaj për anëtarësim në {hostname} është refuzuar.<br><br>Bashkësi të tjera gjeni në listë.', 'është refuzuar'],
    ];
    for (const [language, text, excerpt] of decisions) {
      const result = lintAs({ language }, text, 'notice.html');
      assert.equal(result.units[0]!.kind, 'auto-reply', text);
      assert.deepEqual(result.units[0]!.kindReason, { id: 'kind.inferred.decision', args: { excerpt } }, text);
      assert.ok(!ids(result).includes('clarity/passive-closed'), text);
    }
    // The reader's own case by its variable, the shop the order was placed with (reviewer-24 #11), or a person writing,
    // is an agent's body.
    for (const text of [
      'Your refund for order {order_number} has been approved and reaches your card within three days.',
      'Your return to {shop_name} has been declined, as the jacket was worn.',
      'I asked the admins: your membership request for {hostname} has been declined.',
    ]) {
      assert.equal(lintAs({}, text, 'notice.html').units[0]!.kindReason?.id, 'kind.inferred.body', text);
    }
  });

  // Trial 17: a list server's notices to members ("%(listname)s", "%(cmd)s") were bodies an agent wraps, without a config.
  it("any other unsigned text with the program's own arguments is the program's message; a person's is not", () => {
    const notices: [string, string, string][] = [
      ['en', 'Your request to join %(list_name)s has been passed to the list owner.\n\nYou will get an e-mail once they have looked at it.', '%(list_name)s'],
      ['pl', 'Twoja prośba o dołączenie do listy %(list_name)s trafiła do jej właściciela.\n\nDostaniesz wiadomość, gdy ją rozpatrzy.', '%(list_name)s'],
      ['fi', 'Pyyntösi liittyä listalle %s on välitetty listan ylläpitäjälle.\n\nSaat sähköpostia, kun hän on käsitellyt sen.', '%s'],
      ['lt', 'Jūsų prašymas prisijungti prie sąrašo $1 perduotas jo savininkui $2.\n\nGausite laišką, kai jis jį peržiūrės.', '$1'],
    ];
    for (const [language, text, excerpt] of notices) {
      const unit = lintAs({ language }, text).units[0]!;
      assert.equal(unit.kind, 'auto-reply', text);
      assert.deepEqual(unit.kindReason, { id: 'kind.inferred.program', args: { excerpt } }, text);
      // The same words without the argument, or written by a person, are a body an agent wraps.
      const bare = text.replace(excerpt, 'Hikers');
      assert.equal(lintAs({ language }, bare).units[0]!.kindReason?.id, 'kind.inferred.body', bare);
    }
    assert.equal(lintAs({}, 'I passed your request to join %(list_name)s to the list owner.').units[0]!.kindReason?.id, 'kind.inferred.body');
    // Reviewer-17 #10: a lone "$1" in a help-centre answer is a price, not a program's argument; beside "$2" it is one.
    const answer = 'Gift wrapping is available on every order for $1 per item. Choose it at checkout, under Delivery options.';
    assert.equal(lintAs({ language: 'en' }, answer).units[0]!.kindReason?.id, 'kind.inferred.body');
    assert.equal(lintAs({ language: 'en' }, 'Your request to join $1 has been passed to $2.').units[0]!.kindReason?.id, 'kind.inferred.program');
  });

  // Reviewer-17 #10: a help-centre answer that prices something at one dollar was read as a program's message.
  it('a lone "$1" is a price in a help-centre answer, and the parameter of a wiki\'s message', () => {
    const answers = [
      'A printed receipt can go in any parcel for $1. Tick the box on the payment page before you pay.',
      'Returns to our Leeds depot are free; each extra box adds $1 to the label price.',
      'Tracked shipping costs $1 more and shows where your parcel is at every stop.',
    ];
    for (const text of answers) assert.equal(lintAs({ language: 'en' }, text).units[0]!.kindReason?.id, 'kind.inferred.body', text);
    // A message that writes {{SITENAME}} is a wiki's: there the scanner reads "$1" as the code's parameter.
    const wiki = 'Your e-mail address on {{SITENAME}} is now $1. Use it when you log in next time.';
    assert.deepEqual(lintAs({ language: 'en' }, wiki).units[0]!.kindReason, {
      id: 'kind.inferred.program',
      args: { excerpt: '$1' },
    });
  });

  it("a library system's notice signed by its branch's field is a notice; a loan's fields are its records (corpus: Koha-style notices)", () => {
    const notice = 'Dear <<borrowers.firstname>>,\n\nThe item below is due back on <<issues.date_due>>.\n\n<<branches.branchname>>\n<<branches.branchphone>>\n';
    const result = lintAs({ language: 'en' }, notice, 'notice.md');
    assert.equal(result.units[0]!.kind, 'auto-reply');
    assert.deepEqual(result.units[0]!.kindReason, { id: 'kind.inferred.organisation', args: { excerpt: '<<branches.branchname>>' } });
    // The borrower's name under the text signs nothing for the library: a person's field there is still a macro's signer.
    assert.equal(
      lintAs({ language: 'en' }, 'Dear <<borrowers.firstname>>,\n\nThe item below is due back soon.\n\nBest,\n<<borrowers.surname>>\n', 'notice.md').units[0]!
        .kind,
      'macro',
    );
    // Lithuanian and Polish: the borrower's name in the greeting prints the nominative.
    const lithuanian = lintAs(
      { language: 'lt' },
      'Sveiki, <<borrowers.firstname>>,\n\nleidinio terminas baigiasi <<issues.date_due>>.\n\n<<branches.branchname>>\n',
      'notice.md',
    );
    assert.deepEqual(ids(lithuanian), ['placeholder/vocative-name']);
  });

  it("an app's mail strings signed by its own variables are notices: Laravel's :app_name, printf's %s, HESK's %%SITE_TITLE%%", () => {
    for (const ending of ['Thanks,\n:app_name', 'Thanks,\n%s', 'Thanks,\n%%SITE_TITLE%%\n%%SITE_URL%%']) {
      const result = lintAs({}, `Hi :name,\n\n${BODY}\n\n${ending}\n`, 'notice.txt');
      assert.equal(result.units[0]!.kind, 'auto-reply', ending);
    }
    // A person's variable under the valediction signs like a person; so does a word beside the argument.
    for (const ending of ['Thanks,\n:agent_name', 'Thanks,\n%s team', 'Best,\n%%STAFF_NAME%%\n%%SITE_TITLE%%'])
      assert.equal(lintAs({}, `Hi :name,\n\n${BODY}\n\n${ending}\n`, 'notice.txt').units[0]!.kind, 'macro', ending);
    // The variable is no prose: "Hi :name," greets with a name, and ":operator" is no word of the reply.
    const greeted = lintAs({ kind: 'reply' }, 'Hi :name,\n\nYour car from :operator is ready.\n\nBest,\nAna\n', 'reply.txt');
    assert.deepEqual(ids(greeted), []);
  });

  it('under a config that files the folder as macros, a body with neither greeting nor sign-off is not asked to greet (trial9, trial8)', () => {
    const body = lintAs({ kind: 'macro' }, BODY);
    assert.deepEqual(formulas(body), []);
    assert.equal(body.units[0]!.kind, 'snippet');
    assert.equal(body.units[0]!.kindReason?.id, 'kind.inferred.body');
    // The strict pack asks no closing of it either; every other rule is kept.
    assert.deepEqual(formulas(lintAs({ ...STRICT, kind: 'macro' }, BODY)), []);
    assert.ok(ids(lintAs({ kind: 'macro' }, `${BODY} Please be advised that we can't control the courier.`)).includes('formula/stiff-formula'));
    // Signed but not greeted: a full e-mail, still asked to greet; greeted: asked for a closing under strict.
    assert.deepEqual(formulas(lintAs({ kind: 'macro' }, `${BODY}\n\nKind regards,\nAna`)), ['formula/greeting']);
    assert.deepEqual(formulas(lintAs({ ...STRICT, kind: 'macro' }, `Hi Sam,\n\n${BODY}`)), ['formula/closing']);
    // A kind the reply names itself wins: a body with a kind=macro comment is asked to greet.
    assert.deepEqual(formulas(lintAs({ kind: 'macro' }, `<!-- replylint kind=macro -->\n${BODY}`)), ['formula/greeting']);
    // Other declared kinds are never read so: a reply is a whole message.
    assert.deepEqual(formulas(lintAs({ kind: 'reply' }, BODY)), ['formula/greeting', 'formula/closing']);
  });

  it('a greeting that runs on into its message on one line is a saved chat line, checked as a snippet: no closing asked', () => {
    for (const [language, line] of [
      ['en', 'Hello! How can I assist you today? 🙂'],
      ['en', 'Hi {{name}}, thanks for your patience. I am checking your order now.\r\n'],
      ['sq', 'Përshëndetje, faleminderit për mesazhin! Dyqani ynë është i hapur nga e hëna në të shtunë, 9:00–18:00.'],
    ]) {
      const result = lintAs({ language: language! }, line!, 'line.txt');
      assert.equal(result.units[0]!.kind, 'snippet', line);
      assert.equal(result.units[0]!.kindReason?.id, 'kind.inferred.chatLine', line);
      assert.deepEqual(formulas(result), [], line);
    }
    // A saved line is still a template: its fill-in slot is for the agent, no error.
    const withSlot = lintAs({}, 'Hi Sam, your refund of [AMOUNT] is on its way.', 'line.txt');
    assert.equal(withSlot.units[0]!.kindReason?.id, 'kind.inferred.chatLine');
    assert.ok(!ids(withSlot).includes('placeholder/unfilled-slot'));
    // An e-mail's greeting stands on its own line, in text or in HTML written on one source line.
    assert.deepEqual(formulas(lintAs(STRICT, `Hi Sam,\n${BODY}`)), ['formula/closing']);
    assert.deepEqual(formulas(lintAs(STRICT, `<p>Hi Sam,</p><p>${BODY}</p>`, 'macro.html')), ['formula/closing']);
  });

  // Trials 39 and 41: a recruiter's one-line chat template and a courier's WhatsApp texts, filed as macros, were asked by
  // the strict pack for a letter's closing (and a status text for thanks).
  it('under a config that files the folder as macros, a saved chat line is read as it is with no kind named: no closing or thanks asked', () => {
    const THANKS = (result: LintResult) =>
      ids(result)
        .filter((id) => id === 'formula/closing' || id === 'formula/thanks')
        .sort();
    for (const [language, line] of [
      ['en', 'Hi {name}, your parcel is out for delivery today. The courier will call you 15 minutes before arriving.'],
      ['en', 'Hi {{ first_name }}, are you free for a short call about the role tomorrow at 10?'],
      ['sq', 'Përshëndetje! Porosia juaj {kodi} është nisur sot dhe arrin nesër midis orës 10 dhe 14.'],
      ['pl', 'Dzień dobry, Twoja paczka {numer} jest dziś w doręczeniu, kurier zadzwoni przed przyjazdem.'],
      ['lt', 'Sveiki, jūsų siunta {numeris} šiandien bus pristatyta, kurjeris paskambins prieš atvykdamas.'],
      ['fi', 'Hei {nimi}, pakettisi on tänään jakelussa ja kuljettaja soittaa ennen saapumista.'],
    ]) {
      const result = lintAs({ ...STRICT, language: language!, kind: 'macro' }, line!, 'line.txt');
      assert.equal(result.units[0]!.kind, 'snippet', line);
      assert.equal(result.units[0]!.kindReason?.id, 'kind.inferred.chatLine', line);
      assert.deepEqual(THANKS(result), [], line);
    }
    // A letter's greeting on its own line, or a kind=macro comment in it: a full e-mail, asked as before.
    const line = 'Hi Sam, your parcel is out for delivery today.';
    assert.deepEqual(THANKS(lintAs({ ...STRICT, kind: 'macro' }, 'Hi Sam,\nyour parcel is out for delivery today.')), ['formula/closing', 'formula/thanks']);
    assert.deepEqual(THANKS(lintAs({ ...STRICT, kind: 'macro' }, `<!-- replylint kind=macro -->\n${line}`)), ['formula/closing', 'formula/thanks']);
    // Every other rule still reads it: a vague time in a chat line is flagged as before.
    assert.ok(ids(lintAs({ kind: 'macro' }, 'Hi {name}, we will send the replacement soon.', 'line.txt')).includes('deferral/vague-timeframe'));
  });

  it('a note to agents is internal: customer-only checks are skipped, the rest kept', () => {
    const note = lintAs({}, 'Internal note: the customer was charged twice, refund pending in Zendesk. Use the billing macro once finance confirms.');
    assert.equal(note.units[0]!.kindReason?.id, 'kind.inferred.internal');
    assert.equal(note.units[0]!.kind, 'macro');
    assert.deepEqual(formulas(note), []);
    assert.ok(!ids(note).includes('clarity/internal-tools'), 'naming the tool agents use is fine in a note to them');
  });

  it('the words are read in every language of the packs', () => {
    const cases: [string, string, string][] = [
      ['pl', 'Dzień dobry,\n\nZwrot został zlecony.\n\nPozdrawiam,\nAnna', 'macro'],
      ['pl', 'Zwrot został zlecony i pojawi się na koncie w ciągu 5 dni roboczych.', 'snippet'],
      ['pl', 'Otrzymaliśmy Twoją wiadomość. Wiadomość wygenerowana automatycznie, prosimy nie odpowiadać.', 'auto-reply'],
      ['fi', 'Palautus on kirjattu.\n\nYstävällisin terveisin\nMikko', 'macro'],
      ['fi', 'Tämä on automaattinen viesti: olemme vastaanottaneet yhteydenottosi.', 'auto-reply'],
      ['lt', 'Grąžinimas užregistruotas.\n\nPagarbiai\nRūta', 'macro'],
      ['lt', 'Vidinė pastaba: klientui jau grąžinti pinigai.', 'macro'],
      ['sq', 'Rimbursimi u regjistrua.\n\nMe respekt,\nArta', 'macro'],
      ['sq', 'Ky është një mesazh automatik: e morëm kërkesën tuaj.', 'auto-reply'],
    ];
    for (const [language, text, kind] of cases) {
      const result = lintAs({ language }, text);
      assert.equal(result.units[0]!.kind, kind, `${language}: ${text}`);
    }
    assert.equal(lintAs({ language: 'lt' }, 'Vidinė pastaba: klientui jau grąžinti pinigai.').units[0]!.kindReason?.id, 'kind.inferred.internal');
  });

  it('a greeted macro in the first person is an agent\'s in every language; the same words from "we" stay a notice', () => {
    const cases: Record<string, [greeting: string, person: string, organisation: string, notice: string]> = {
      pl: [
        'Dzień dobry {{ticket.requester.first_name}},',
        'sprawdziłam zamówienie i wysłałam nową fakturę na Pani adres.',
        'sprawdziliśmy zamówienie i wysłaliśmy nową fakturę na Pani adres.',
        'Wiadomość wygenerowana automatycznie.',
      ],
      fi: [
        'Hei {{ticket.requester.first_name}},',
        'tarkistin tilauksesi ja lähetin uuden laskun sähköpostiisi.',
        'tarkistimme tilauksesi ja lähetimme uuden laskun sähköpostiisi.',
        'Tämä on automaattinen viesti.',
      ],
      lt: [
        'Laba diena, {{ticket.requester.first_name}},',
        'patikrinau jūsų užsakymą ir išsiunčiau naują sąskaitą.',
        'patikrinome jūsų užsakymą ir išsiuntėme naują sąskaitą.',
        'Tai automatinis pranešimas.',
      ],
      sq: [
        'Përshëndetje {{ticket.requester.first_name}},',
        'kontrollova porosinë tuaj dhe ju dërgova faturën e re.',
        'kontrolluam porosinë tuaj dhe ju dërguam faturën e re.',
        'Ky është një mesazh automatik.',
      ],
    };
    for (const [language, [greeting, person, organisation, notice]] of Object.entries(cases)) {
      const kindOf = (body: string) => lintAs({ language }, `${greeting}\n\n${body}\n\n${notice}\n`).units[0]!.kind;
      assert.equal(kindOf(person), 'macro', `${language}: ${person}`);
      assert.equal(kindOf(organisation), 'auto-reply', `${language}: ${organisation}`);
    }
  });

  it('a notice that opens under a greeting is read, in its own language: the notice words are its first sentence, not a footer', () => {
    // Under "Përshëndetje," the notice line used to be taken for a no-reply footer, which masked the whole
    // message (so its language was not told and nothing in it was checked); and "Përshëndetje" (hello and
    // regards in Albanian) on the first line was taken for the sign-off of a greeted and signed e-mail.
    const notices: [string, string, string][] = [
      [
        'sq',
        'Përshëndetje,\n\nKy është një mesazh automatik. Fjalëkalimi juaj u ndryshua më 2 dhjetor.\n\nNëse nuk e keni bërë ju këtë ndryshim, na shkruani.\n\nEkipi i Shembullit\n',
        'Ky është një mesazh automatik',
      ],
      [
        'fi',
        'Hei,\n\nTämä on automaattinen viesti. Salasanasi vaihdettiin 2. joulukuuta.\n\nJos et tehnyt muutosta itse, kirjoita meille.\n\nEsimerkki-tiimi\n',
        'Tämä on automaattinen viesti',
      ],
      [
        'lt',
        'Sveiki,\n\nTai automatinis pranešimas. Jūsų slaptažodis buvo pakeistas gruodžio 2 d.\n\nJei to nedarėte jūs, parašykite mums.\n\nPavyzdžio komanda\n',
        'Tai automatinis pranešimas',
      ],
      [
        'pl',
        'Dzień dobry,\n\nWiadomość wygenerowana automatycznie. Hasło do Twojego konta zostało zmienione 2 grudnia.\n\nJeśli to nie Ty, napisz do nas.\n\nZespół Przykładu\n',
        'Wiadomość wygenerowana automatycznie',
      ],
      [
        'en',
        'Hi,\n\nThis is an automated message. Your password was changed on 2 December.\n\nIf you did not make this change, write to us.\n\nThe Example team\n',
        'This is an automated message',
      ],
    ];
    for (const [language, text, excerpt] of notices) {
      for (const told of [language, 'auto']) {
        const unit = lintAs({ language: told }, text).units[0]!;
        assert.equal(unit.language, language, `${told}: ${text}`);
        assert.equal(unit.kind, 'auto-reply', `${told}: ${text}`);
        assert.deepEqual(unit.kindReason, { id: 'kind.inferred.notice', args: { excerpt } });
      }
    }
    // Greeted and signed with the same word, it is still a person's e-mail.
    const signed = lintAs({ language: 'sq' }, 'Përshëndetje,\n\nPorosia juaj u nis sot dhe arrin të premten.\n\nPërshëndetje,\nArta\n');
    assert.equal(signed.units[0]!.kind, 'macro');
  });

  it('a kind named for the reply wins: a comment in it, an export that says snippet, a configured kind (macro too)', () => {
    const named = lintAs(STRICT, `<!-- replylint kind=macro -->\n${BODY}`);
    assert.deepEqual(formulas(named), ['formula/greeting', 'formula/closing']);
    assert.equal(named.units[0]!.kindReason, undefined);
    const reply = lintAs({ kind: 'reply' }, BODY);
    assert.deepEqual(formulas(reply), ['formula/greeting', 'formula/closing']);
    const autoReply = lintAs({ kind: 'auto-reply' }, 'Internal note: we have received your message.');
    assert.equal(autoReply.units[0]!.kind, 'auto-reply');
    assert.equal(autoReply.units[0]!.kindReason, undefined);
    // `kind: macro` named in the config (or an override) turns the notice and organisation readings off: a text
    // that greets or signs off is checked as a full e-mail. Only a body with neither is read as one (next test).
    const notice = 'We have received your message about the invoice.\n\nKind regards,\n{{ shop.name }}\n\nThis is an automated message.';
    const configured = lintAs({ ...STRICT, kind: 'macro' }, notice);
    assert.equal(configured.units[0]!.kind, 'macro');
    assert.equal(configured.units[0]!.kindReason, undefined);
    assert.deepEqual(formulas(configured), ['formula/greeting']);
    assert.equal(lintAs({}, notice).units[0]!.kind, 'auto-reply');
  });

  it("a section headed as agents' is internal even when the config names the folder's kind; a comment in it still wins", () => {
    const library = [
      '## Refund approved',
      'Hi {first_name},',
      '',
      'I have refunded your first payment; it reaches your card within 5-10 business days.',
      '',
      'Best,',
      '{agent_name}',
      '',
      '## Internal handling checklist',
      '- Check the first charge is within 30 days.',
      '- CRM: tag the ticket refund-mbg.',
      '- SLA: reply within 24 hours.',
      '',
    ].join('\n');
    for (const config of [{ kind: 'macro' as const }, {}]) {
      const result = lintAs(config, library);
      const checklist = result.units[1]!;
      assert.equal(checklist.kindReason?.id, 'kind.inferred.internal', JSON.stringify(config));
      assert.equal(checklist.kind, 'macro');
      assert.deepEqual(
        result.findings.filter((finding) => finding.start >= library.indexOf('## Internal')).map((finding) => finding.ruleId),
        [],
        'no greeting, closing, internal-tools or jargon finding in a checklist for agents',
      );
      // The customer-facing macro above it is checked as before.
      assert.equal(result.units[0]!.kindReason?.id, config.kind ? undefined : 'kind.inferred.greeted');
    }
    const named = lintAs(
      { kind: 'macro' },
      library.replace('## Internal handling checklist\n', '## Internal handling checklist\n<!-- replylint kind=macro -->\n'),
    );
    assert.equal(named.units[1]!.kindReason, undefined);
    assert.ok(named.findings.some((finding) => finding.ruleId === 'formula/greeting' && finding.start > library.indexOf('## Internal')));
  });

  it('each section of a library is read on its own', () => {
    const library = [
      '## Refund issued',
      'Hi {{ticket.requester.first_name | default: "there"}},',
      '',
      'Your refund is on its way.',
      '',
      'Best,',
      '{{current_user.first_name}}',
      '',
      '## Refund timing paragraph',
      'Refunds reach your card within 5 business days.',
      '',
      '## Escalation note',
      'Internal note: not sent to customers. Tag the ticket billing-escalation.',
      '',
    ].join('\n');
    const result = lintAs({}, library);
    assert.deepEqual(
      result.units.map((unit) => [unit.kind, unit.kindReason?.id]),
      [
        ['macro', 'kind.inferred.greeted'],
        ['snippet', 'kind.inferred.body'],
        ['macro', 'kind.inferred.internal'],
      ],
    );
  });

  it('--format json shows the kind a macro was read as and why', async () => {
    const dir = tempDir({ '.replylint.yaml': 'root: true\nlanguage: en\n', 'para.md': `${BODY}\n` });
    const run = await runCli(['--format', 'json', 'para.md'], { cwd: dir });
    const [report] = JSON.parse(run.stdout) as { replies: { kind: string; kindReason?: { id: string; message: string } }[] }[];
    const reply = report!.replies[0]!;
    assert.equal(reply.kind, 'snippet');
    assert.equal(reply.kindReason?.id, 'kind.inferred.body');
    assert.match(reply.kindReason!.message, /neither a greeting nor a sign-off/);
  });

  it('`kind: macro` in an override turns inference off for its files only', async () => {
    const dir = tempDir({
      '.replylint.yaml': 'root: true\nlanguage: en\nextends: [recommended, strict]\noverrides:\n  - files: ["macros/**"]\n    kind: macro\n',
      'macros/refund.md': `${BODY}\n\nThanks,\n{{ shop.name }}\n`,
      'other/refund.md': `${BODY}\n\nThanks,\n{{ shop.name }}\n`,
    });
    const run = await runCli(['--format', 'json', 'macros', 'other'], { cwd: dir });
    const reports = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string }[]; replies: { kind: string; kindReason?: object }[] }[];
    const byFolder = (folder: string) => reports.find((report) => report.filePath.includes(`${folder}/refund.md`))!;
    assert.deepEqual(
      byFolder('macros')
        .messages.map((message) => message.ruleId)
        .filter((id) => id === 'formula/greeting' || id === 'formula/closing'),
      ['formula/greeting'],
    );
    assert.equal(byFolder('macros').replies[0]!.kindReason, undefined);
    assert.equal(byFolder('other').replies[0]!.kind, 'auto-reply');
  });
});

// Issue 12/13 (a new user's scorecard said "Read as a full e-mail" beside "Closing — Not asked of a macro"): the
// reason a macro was read by its words and the reason an item is not asked of it name the same kind, in the words of
// the kind's own label (kind.macro, kind.snippet, kind.auto-reply), in every language.
describe('kind inference: the scorecard names the kind it read, the same everywhere', () => {
  const LANGUAGES = ['en', 'pl', 'fi', 'lt', 'sq'];
  const READ_AS: [string, string][] = [
    ['kind.inferred.body', 'snippet'],
    ['kind.inferred.greeted', 'macro'],
    ['kind.inferred.signedOff', 'macro'],
    ['kind.inferred.notice', 'auto-reply'],
    ['kind.inferred.noticeInReply', 'auto-reply'],
    ['kind.inferred.acknowledgement', 'auto-reply'],
    ['kind.inferred.acknowledgementInReply', 'auto-reply'],
    ['kind.inferred.titledInReply', 'snippet'],
    ['kind.inferred.cutInReply', 'snippet'],
    ['kind.inferred.handleInReply', 'thread'],
    ['kind.inferred.organisation', 'auto-reply'],
    ['kind.inferred.automatic', 'auto-reply'],
    ['kind.inferred.decision', 'auto-reply'],
    ['kind.inferred.program', 'auto-reply'],
    ['kind.inferred.status', 'auto-reply'],
    ['kind.inferred.fields', 'auto-reply'],
    ['kind.inferred.chatLine', 'snippet'],
    ['scorecard.closing.helpDesk', 'macro'],
  ];
  const lead = (language: string) => renderMessage(language, 'scorecard.readAs', { kind: 'macro' }).split(':')[0]!;

  it('every kind reason and the closing n/a reason open with "Read as" and the kind as its label names it', () => {
    for (const language of LANGUAGES) {
      for (const [id, kind] of READ_AS) {
        const text = renderMessage(language, id, { excerpt: 'X' });
        assert.ok(text.startsWith(`${lead(language)} `), `${language} ${id} opens with "${lead(language)}": ${text}`);
        const label = renderMessage(language, `kind.${kind}`);
        // The kind in the first words, before the gloss or the colon: "Read as a macro (a template an agent sends): …".
        assert.ok(text.split(/[(:]/)[0]!.includes(label), `${language} ${id} names the kind "${label}" first: ${text}`);
      }
    }
    assert.doesNotMatch(renderMessage('en', 'kind.inferred.greeted', { excerpt: 'Hi' }), /full e-mail/);
  });

  it('a greeted macro in each language: the kind reason and the closing reason both say it was read as a macro', () => {
    const greeted: [string, string][] = [
      ['en', 'Hi Sam,\n\nYour refund went out today.'],
      ['pl', 'Dzień dobry,\n\nzwrot został dziś zlecony.'],
      ['fi', 'Hei,\n\npalautus on käsitelty tänään.'],
      ['lt', 'Laba diena,\n\npinigai grąžinti šiandien.'],
      ['sq', 'Përshëndetje,\n\nrimbursimi u krye sot.'],
    ];
    for (const [language, text] of greeted) {
      const unit = lintAs({ language }, text).units[0]!;
      assert.equal(unit.kindReason?.id, 'kind.inferred.greeted', language);
      assert.equal(unit.scorecard.closing, 'n/a', language);
      const opening = `${lead(language)} `;
      const label = renderMessage(language, 'kind.macro');
      for (const reason of [renderRef(language, unit.kindReason!), renderRef(language, unit.reasons.closing)]) {
        assert.ok(reason.startsWith(opening) && reason.split(/[(:]/)[0]!.includes(label), `${language}: ${reason}`);
      }
    }
  });

  it("the closing row's reason for a macro has a brief that fits the editor's row, in the same words, in each language", () => {
    // The editor's scorecard quick pick shows about 85 characters of a row's second line; the whole reason ran past it
    // ("…closing not asked, as the help desk a…"). The brief leads like the reason and is what the row shows.
    const greeted: Record<string, string> = {
      en: 'Hi Sam,\n\nYour refund went out today.',
      pl: 'Dzień dobry,\n\nzwrot został dziś zlecony.',
      fi: 'Hei,\n\npalautus on käsitelty tänään.',
      lt: 'Laba diena,\n\npinigai grąžinti šiandien.',
      sq: 'Përshëndetje,\n\nrimbursimi u krye sot.',
    };
    for (const language of LANGUAGES) {
      const result = lintAs({ language }, greeted[language]!);
      const unit = result.units[0]!;
      const [line] = scorecardLines(unit.scorecard, unit.reasons, language, result.lines).filter(({ item }) => item === 'closing');
      const label = renderMessage(language, 'kind.macro');
      assert.ok(line?.brief, `${language}: no brief for ${line?.reasonId}`);
      assert.equal(line.reason, renderRef(language, unit.reasons.closing), language);
      assert.ok(line.brief.length <= 75 && line.brief.length < line.reason.length, `${language}: ${line.brief.length} characters: ${line.brief}`);
      assert.ok(line.brief.startsWith(`${lead(language)} `) && line.brief.split(':')[0]!.includes(label), `${language}: ${line.brief}`);
    }
    // A reason with no brief in the catalog has none.
    const result = lintAs({}, 'Hi Sam,\n\nYour refund went out today.');
    const unit = result.units[0]!;
    assert.deepEqual(
      scorecardLines(unit.scorecard, unit.reasons, 'en', result.lines)
        .filter((line) => line.brief)
        .map((line) => line.item),
      ['closing'],
    );
  });

  it("every reason a macro was read by its words has a brief that fits the editor's row, in each language", () => {
    // The "Read as" row's second line showed the whole reason cut at about 85 characters ("Read as a snippet (a body
    // the help desk wraps in its own gr…"); the row shows the brief and picking it shows the whole reason.
    const reasons = [
      'body',
      'greeted',
      'signedOff',
      'notice',
      'noticeInReply',
      'acknowledgement',
      'acknowledgementInReply',
      'titledInReply',
      'cutInReply',
      'handleInReply',
      'organisation',
      'decision',
      'chatLine',
      'internal',
    ];
    for (const language of LANGUAGES) {
      for (const reason of reasons) {
        const ref = { id: `kind.inferred.${reason}`, args: { excerpt: 'Hi' } };
        const brief = briefOf(language, ref);
        assert.ok(brief !== undefined && brief.length <= 75, `${language} ${reason}: ${brief}`);
        if (language !== 'en') assert.notEqual(brief, briefOf('en', ref), `${language} ${reason}: not translated`);
      }
    }
    assert.equal(briefOf('en', { id: 'kind.inferred.body.brief' }), undefined, 'no brief of a brief');
  });

  it('the short "Read as" row of the editor fits a line, a note to agents named as such', () => {
    for (const language of LANGUAGES) {
      for (const kind of ['macro', 'snippet', 'auto-reply', 'reply', 'chat']) {
        const short = readAs(language, kind, 'kind.inferred.body');
        assert.ok(short.length <= 50 && short.includes(renderMessage(language, `kind.${kind}`)), `${language} ${kind}: ${short}`);
      }
      const note = readAs(language, 'macro', 'kind.inferred.internal');
      assert.ok(note.length <= 50 && !note.includes(renderMessage(language, 'kind.macro')), `${language}: ${note}`);
    }
    const note = lintAs({}, 'Internal note: not sent to customers. Tag the ticket billing-escalation.').units[0]!;
    assert.equal(readAs('en', note.kind, note.kindReason!.id), 'Read as: note to agents');
  });

  it('flags the plural address in a reply no one named the kind of that is written to one person (reviewer #9)', () => {
    const plural = (result: LintResult) => result.findings.filter((finding) => finding.ruleId === 'formula/dear-customer').length;
    const reply = (evidence: string) => `Dear customers,\n\n${evidence}\n\nThe replacement left our warehouse today.\n\nBest,\nSam`;
    // She is quoted, or her order's number is named: one person, whatever kind the words make it.
    for (const evidence of ['> my kettle arrived with a cracked lid', 'Your order #40718 is on its way again.', 'Order no. 40718 is on its way again.'])
      assert.equal(plural(lintAs({}, reply(evidence))), 1, evidence);
    assert.equal(plural(lintAs({ language: 'pl' }, 'Szanowni Klienci,\n\nzamówienie nr 40718 wyszło dziś z magazynu.\n\nPozdrawiam,\nOla')), 1);
    const group = 'Szanowni Klienci,\n\nzamówienia nr 4100–4350 złożone 3 grudnia wyjechały z magazynu dzień później. Przepraszamy.\n\nZespół Lniany Kąt';
    assert.equal(plural(lintAs({ language: 'pl' }, group)), 0);
    // A notice to everyone, a template with the order's variable, and a macro the config names keep it.
    for (const notice of [
      'Dear customers,\n\nOn Saturday from 22:00 to 23:00 the customer portal is offline for maintenance.\n\nBest,\nSam',
      'Dear customers,\n\nYour order {{order.number}} is on its way.\n\nBest,\nSam',
      '> Use when: the portal is down\n\nDear customers,\n\nThe portal is back.',
      // A range or a list of numbers is a group of buyers (reviewer #22).
      'Dear customers,\n\nOrder no. 4100–4350 left our warehouse a day late. Sorry: they arrive by Friday.\n\nBest,\nSam',
      'Dear customers,\n\nYour order #4100, #4101 and #4102 left our warehouse a day late.\n\nBest,\nSam',
    ])
      assert.equal(plural(lintAs({}, notice)), 0, notice);
    assert.equal(plural(lintAs({ kind: 'macro' }, reply('Your order #40718 is on its way again.'))), 0);
  });

  it('fi: "Hyv\u00e4 asiakkaamme," opens an automatic notice as a notice should; in a reply or macro it stays a mass letter (trial 21)', () => {
    const dear = (result: LintResult) => result.findings.filter((finding) => finding.ruleId === 'formula/dear-customer').length;
    const notice = 'Hyv\u00e4 asiakkaamme,\n\nvaraamasi elokuva on noudettavissa lainaustiskilt\u00e4 perjantaihin asti.\n\nKirjasto';
    assert.equal(dear(lintAs({ language: 'fi', kind: 'auto-reply' }, notice)), 0);
    for (const kind of ['reply', 'macro'] as const) assert.equal(dear(lintAs({ language: 'fi', kind }, notice)), 1, kind);
  });

  it('skips the pl gendered address in a reply no one named the kind of that greets the reader by name (reviewer #8)', () => {
    const gendered = (text: string, config: ConfigFile = {}) =>
      lintAs({ language: 'pl', ...config }, text, 'reply.txt').findings.filter((finding) => finding.ruleId === 'tone/gendered-address').length;
    const body = (greeting: string) =>
      `${greeting}\n\ndzięki za wiadomość! Wybrałeś przelew tradycyjny, więc paczka wyjdzie z magazynu w dniu zaksięgowania wpłaty. ` +
      'Jeśli wolisz BLIK, odpisz, a wyślę Ci link do płatności jeszcze dziś.\n\nPozdrawiam,\nOla ze Sklepu Lniany Kąt';
    // Greeted by his name (the vocative, as written): a reply to one man, read as a macro by its greeting alone.
    for (const greeting of ['Cześć Marku,', 'Dzień dobry Marku!', 'Hej Jan-Paweł,']) assert.equal(gendered(body(greeting)), 0, greeting);
    // A name variable, a generic address or no name: a template every customer reads.
    for (const greeting of ['Cześć {first_name},', 'Drogi Kliencie,', 'Dzień dobry,', 'Cześć,']) assert.equal(gendered(body(greeting)), 1, greeting);
    // A macro the config names keeps it whatever the greeting says.
    assert.equal(gendered(body('Cześć Marku,'), { kind: 'macro' }), 1);
  });
});

// Trial 13: shops' and a booking app's automatic e-mails that greet "Hi {name}," were read as macros, so a person's
// name was asked of them; a shop's prefilled order messages, signed by the shop's variables, were read as auto-replies.
describe("kind inference: an order's automatic e-mail and a prefilled order message", () => {
  const CANCELLED =
    'Hi {name},\n\nYour order #{order_id} has been cancelled because the payment did not go through. A member of our team will be in touch shortly.\n\n';

  it('greeted, printing the order or booking, signed by the team, the shop or nobody: an auto-reply', () => {
    const cases: [string, string, string][] = [
      ['en', `${CANCELLED}Thanks,\nThe {shop_name} Team`, '{order_id}'],
      ['en', CANCELLED.trimEnd(), '{order_id}'],
      ['en', 'Hello {{customerName}},\n\nYour order {{orderNumber}} has been cancelled. The amount goes back to your card.', '{{orderNumber}}'],
      [
        'sq',
        'Përshëndetje {customer_name},\n\nRezervimi juaj {booking_id} u konfirmua. Biletat i gjeni të bashkangjitura.\n\nMe respekt,\nEkipi i TravelApp',
        '{booking_id}',
      ],
      ['pl', 'Dzień dobry {customer_name},\n\nzamówienie {order_number} zostało wysłane.\n\nPozdrawiamy,\nZespół obsługi klienta', '{order_number}'],
    ];
    for (const [language, text, excerpt] of cases) {
      const result = lintAs({ language }, text);
      assert.deepEqual(result.units[0]!.kindReason, { id: 'kind.inferred.automatic', args: { excerpt } }, text);
      assert.equal(result.units[0]!.kind, 'auto-reply', text);
      for (const id of ['deferral/no-owner', 'ownership/nameless-sign-off']) assert.ok(!ids(result).includes(id), `${id}: ${text}`);
    }
    // "This is an automated message" under a team's sign-off: the shop's notice, not a person's reply.
    const notice = lintAs({}, 'Hi {customer_name},\n\nYour refund was issued.\n\nThis is an automated message.\n\nThanks,\nThe {shop_name} Team');
    assert.deepEqual(notice.units[0]!.kindReason, { id: 'kind.inferred.notice', args: { excerpt: 'This is an automated message' } });
  });

  it("a business's name over the team's line signs for the organisation, not a person, in five languages (reviewer-22 #6)", () => {
    const notices: [string, string][] = [
      [
        'en',
        'Hi {{first_name}},\n\nYour order {{order_number}} left our warehouse today. Track it here: {{tracking_url}}\n\nHarbour Lane Books\nCustomer Care',
      ],
      ['en', 'Dear <<borrowers.firstname>>,\n\n<<biblio.title>> is ready to collect at the front desk until Friday.\n\nEastfield Public Library\nLending Desk'],
      [
        'pl',
        'Dzień dobry {{first_name}},\n\nzamówienie {{order_number}} wyjechało dziś z magazynu. Śledzenie: {{tracking_url}}\n\nKsięgarnia Zielona\nBiuro Obsługi Klienta',
      ],
      [
        'fi',
        'Hei {{first_name}},\n\ntilauksesi {{order_number}} lähti tänään varastolta. Seuranta: {{tracking_url}}\n\nRantakadun Kirjakauppa\nAsiakaspalvelu',
      ],
      [
        'lt',
        'Sveiki, {{first_name}},\n\njūsų užsakymas {{order_number}} šiandien išsiųstas. Sekimas: {{tracking_url}}\n\nUAB Žalias Knygynas\nKlientų aptarnavimas',
      ],
      [
        'sq',
        'Përshëndetje {{first_name}},\n\nporosia juaj {{order_number}} u nis sot nga magazina. Gjurmimi: {{tracking_url}}\n\nLibraria Gjethi\nShërbimi i Klientit',
      ],
    ];
    for (const [language, text] of notices) {
      const unit = lintAs({ language }, text).units[0]!;
      assert.equal(unit.kind, 'auto-reply', text);
      assert.equal(unit.kindReason?.id, 'kind.inferred.automatic', text);
    }
    // A person's name over the same team line still signs: a macro; so does one over the business and the team (reviewer-23 #18).
    const person = notices[0]![1].replace('Harbour Lane Books', 'Owen Price');
    assert.equal(lintAs({}, person).units[0]!.kind, 'macro');
    assert.equal(lintAs({}, notices[0]![1].replace('Harbour Lane Books', 'Owen Price\nHarbour Lane Books')).units[0]!.kind, 'macro');
    assert.equal(lintAs({ language: 'pl' }, notices[2]![1].replace('Księgarnia Zielona', 'Anna Nowak\nKsięgarnia Zielona')).units[0]!.kind, 'macro');
    // In a reply, the business over the team names nobody: no one signs, so the closing is asked for, as of the team alone.
    const reply = lintAs({ kind: 'reply' }, 'Hi Sam,\n\nYour order left our warehouse today.\n\nHarbour Lane Books\nCustomer Care');
    assert.ok(ids(reply).includes('formula/closing'));
  });

  it('a person in it keeps it a macro: a name or agent variable signing, "I", a fill-in', () => {
    for (const text of [
      `${CANCELLED}Best,\nAna`,
      `${CANCELLED}Best,\n{{agent.name}}\n{shop_name}`,
      `${CANCELLED.replace('A member of our team', 'I')}Thanks,\nThe {shop_name} Team`,
      `${CANCELLED.replace('shortly', 'within [x] days')}Thanks,\nThe {shop_name} Team`,
      // No record printed: a greeted macro as before.
      'Hi {name},\n\nThanks for your message about the lamp.\n\nThanks,\nThe {shop_name} Team',
    ]) {
      assert.equal(lintAs({}, text).units[0]!.kind, 'macro', text);
    }
  });

  // Review #19: "we" and a team's signature is how most shops write macros; one that answers the customer's message
  // ("Thanks for reaching out about order {order_number}") is a reply, whatever record it names.
  it("a team-signed macro that answers the customer's message is a macro, with its record variable", () => {
    const cases: [string, string, string?][] = [
      [
        'en',
        "Hi {first_name},\n\nThanks for reaching out about order {order_number}. We've passed your request to the relevant team and someone will contact you soon.\n\nBest regards,\nThe Lumen Support Team",
        'deferral/no-owner',
      ],
      [
        'pl',
        'Dzień dobry,\n\ndziękujemy za wiadomość w sprawie zamówienia {order_id}. Przekazaliśmy zgłoszenie do odpowiedniego działu, który skontaktuje się z Panią wkrótce.\n\nPozdrawiamy,\nZespół Obsługi Klienta',
        'ownership/nameless-sign-off',
      ],
      ['fi', 'Hei {first_name},\n\nkiitos viestistäsi tilauksesta {order_number}. Välitimme viestisi varastolle.\n\nTerveisin\nAsiakaspalvelu'],
      ['lt', 'Sveiki,\n\ndėkojame už laišką dėl užsakymo {order_number}. Perdavėme jūsų užklausą sandėliui.\n\nPagarbiai\nKlientų aptarnavimo komanda'],
      ['sq', 'Përshëndetje,\n\nfaleminderit për mesazhin për porosinë {order_number}. E kaluam te magazina.\n\nMe respekt,\nEkipi i shitjeve'],
    ];
    for (const [language, text, finding] of cases) {
      const result = lintAs({ language }, text);
      assert.equal(result.units[0]!.kind, 'macro', text);
      if (finding) assert.ok(ids(result).includes(finding), `${finding}: ${text}`);
      assert.ok(!ids(result).includes('deferral/auto-reply-next-step'), text);
    }
  });

  it('a prefilled order message with "(fill in)" over the shop\'s variables is a macro staff edit and send', () => {
    const text =
      'Hi {firstname},\n\nYour order {order_name} will be delayed by (fill in) days because the supplier is late.\n\nKind regards,\n{shop_name}\n{shop_phone}\n{shop_email}';
    const unit = lintAs({}, text).units[0]!;
    assert.equal(unit.kind, 'macro');
    assert.deepEqual(unit.kindReason, { id: 'kind.inferred.greeted', args: { excerpt: 'Hi' } });
    // The same message with nothing to fill in is the shop's notice.
    assert.equal(lintAs({}, text.replace('(fill in) days', 'two days')).units[0]!.kind, 'auto-reply');
  });
});

// Trial 15: a team filed a folder of "messages to one developer" as `kind: reply`, and the folder held automatic notices
// too (a rate-limit approval "While this is an automated email", a store's "This is a notification that your app … has
// been removed"): each was asked to greet and sign as a person's e-mail. A reply that says it is automatic is read as
// the notice it says it is; a person's e-mail with such words, and a reply that names its own kind, keep `reply`.
describe('kind inference: an automatic notice in a folder filed as reply', () => {
  const REMOVED =
    'This is a notification that we have taken Parcel Tracker off the store.\n\nRemove the location permission it does not use and send us a new build.';

  it('a reply that says it is automatic is an auto-reply, and says why', () => {
    const cases: [string, string, string][] = [
      ['en', REMOVED, 'This is a notification that'],
      [
        'en',
        'Your rate limit request was approved.\n\nWhile this is an automated email, feel free to write to our team with any questions.',
        'this is an automated email',
      ],
      ['pl', 'Twoje konto zostało odblokowane.\n\nTo jest automatyczne powiadomienie, prosimy nie odpowiadać.', 'To jest automatyczne powiadomienie'],
    ];
    for (const [language, text, excerpt] of cases) {
      const result = lintAs({ language, kind: 'reply' }, text, 'notice.txt');
      const unit = result.units[0]!;
      assert.equal(unit.kind, 'auto-reply', text);
      assert.deepEqual(unit.kindReason, { id: 'kind.inferred.noticeInReply', args: { excerpt } }, text);
      assert.deepEqual(formulas(result), [], text);
      assert.equal(unit.scorecard.greeting, 'n/a', text);
      assert.match(renderRef(language, unit.kindReason!), /replylint kind=reply/);
    }
    // Without those words the same text is still a reply, asked to greet and sign.
    assert.deepEqual(formulas(lintAs({ kind: 'reply' }, REMOVED.replace('This is a notification that we have', 'We have'), 'notice.txt')), [
      'formula/greeting',
      'formula/closing',
    ]);
  });

  it("a person's e-mail with notice words, a reply naming its own kind and a notification setting stay replies", () => {
    for (const text of [
      // Greeted and signed by a person, a no-reply footer under it.
      'Hi Sam,\n\nYour refund went out today.\n\nBest,\nAna\n\nPlease do not reply to this email.',
      // In the first person.
      'This is an automated email I set up to confirm your booking; I will call you on Monday.',
      // "This is a notification setting", not a notice.
      'This is a notification setting in your account: open Settings and turn it off.',
    ]) {
      const unit = lintAs({ kind: 'reply' }, text, 'reply.txt').units[0]!;
      assert.equal(unit.kind, 'reply', text);
      assert.equal(unit.kindReason, undefined, text);
    }
    const named = lintAs({ kind: 'reply' }, `<!-- replylint kind=reply -->\n${REMOVED}`, 'notice.md');
    assert.equal(named.units[0]!.kind, 'reply');
    assert.deepEqual(formulas(named), ['formula/greeting', 'formula/closing']);
  });

  it('the notice keeps its kind for what excuses a finding by kind: no next step asked of a removal notice', () => {
    // An automatic notice's bad news needs no empathy (the documented stance), as in a folder filed auto-reply.
    const text = 'This is a notification that your app has been removed from the store. Unfortunately we cannot restore it.';
    const filed = ids(lintAs({ kind: 'auto-reply' }, text, 'notice.txt'));
    assert.deepEqual(ids(lintAs({ kind: 'reply' }, text, 'notice.txt')), filed);
  });
});

// Trial 15: acknowledgements that never say they are automatic ("We've received your support request … Your case number
// is …", a form's "Thank you for submitting your request … We'll notify you") were asked to greet and sign as a
// person's e-mail, filed as replies, and read as macros or bodies without a config. Receipt words and what follows with
// no person in it make one (pack data, kindSignals.receipt and .queued); an agent confirming receipt writes "I".
describe('kind inference: an acknowledgement that never says it is automatic', () => {
  // Language, text, the receipt words and the queued words the reason quotes.
  const ACKNOWLEDGEMENTS: [string, string, string, string][] = [
    [
      'en',
      'Thank you for contacting Parcel Tracker.\n\nWe have received your invoice enquiry. Someone from our team will get back to you in two working days; your case number is 5520418.\n\nKind regards,\n\nParcel Tracker Billing',
      'We have received your invoice enquiry',
      'Someone from our team will',
    ],
    [
      'fi',
      'Olemme vastaanottaneet viestisi. Tapausnumerosi on 88123, ja asiakaspalvelumme vastaa kahden arkipäivän kuluessa.',
      'Olemme vastaanottaneet viestisi',
      'Tapausnumerosi on',
    ],
    [
      'pl',
      'Otrzymaliśmy Twoje zgłoszenie. Numer zgłoszenia to 44120; nasz konsultant odpowie w ciągu dwóch dni roboczych.',
      'Otrzymaliśmy Twoje zgłoszenie',
      'Numer zgłoszenia to',
    ],
    [
      'lt',
      'Gavome jūsų užklausą. Jūsų užklausos numeris 7731, mūsų specialistas susisieks per dvi darbo dienas.',
      'Gavome jūsų užklausą',
      'Jūsų užklausos numeris',
    ],
    [
      'sq',
      "Kemi marrë kërkesën tuaj. Numri i kërkesës është 6610; një anëtar i ekipit tonë do t'ju përgjigjet brenda dy ditëve.",
      'Kemi marrë kërkesën tuaj',
      'Numri i kërkesës',
    ],
  ];

  it('filed as a reply, or named by no one, it is an auto-reply in each language, and says why', () => {
    for (const [language, text, excerpt, queued] of ACKNOWLEDGEMENTS) {
      const filed = lintAs({ language, kind: 'reply' }, text, 'ack.txt');
      assert.equal(filed.units[0]!.kind, 'auto-reply', text);
      assert.deepEqual(filed.units[0]!.kindReason, { id: 'kind.inferred.acknowledgementInReply', args: { excerpt, queued } }, text);
      assert.deepEqual(formulas(filed), [], text);
      assert.match(renderRef(language, filed.units[0]!.kindReason!), /replylint kind=reply/);
      const named = lintAs({ language }, text, 'ack.txt').units[0]!;
      assert.equal(named.kind, 'auto-reply', text);
      assert.deepEqual(named.kindReason, { id: 'kind.inferred.acknowledgement', args: { excerpt, queued } }, text);
      assert.ok(renderRef(language, named.kindReason!).includes(queued), text);
    }
  });

  // Reviewer #7: the best-written acknowledgements give a reply date and a reference; they are acknowledgements too.
  it('an acknowledgement with a concrete reply date or its reference is one, in each language; the reason quotes those words', () => {
    const concrete: [string, string, string][] = [
      [
        'en',
        'Hello,\n\nWe have received your request of 2 March. Its reference is 40917.\n\nWe will reply by Friday 6 March at the latest. To add a photo, answer this e-mail.\n\nOrchard Lane Support team',
        'Its reference is',
      ],
      ['en', 'We have received your enquiry about the delivery fee. We will answer within two working days.', 'We will answer within'],
      ['fi', 'Hei,\n\nolemme vastaanottaneet viestisi. Vastaamme viimeistään torstaina.\n\nTilauspalvelu', 'Vastaamme viimeistään'],
      ['lt', 'Laba diena,\n\ngavome jūsų užklausą. Atsakysime ne vėliau kaip ketvirtadienį.\n\nPagalbos komanda', 'Atsakysime ne vėliau kaip'],
      ['pl', 'Dzień dobry,\n\notrzymaliśmy Twoje zgłoszenie. Odpowiemy najpóźniej w czwartek.\n\nZespół obsługi', 'Odpowiemy najpóźniej'],
      ['sq', 'Përshëndetje,\n\nkemi marrë kërkesën tuaj. Numri i saj është 40917.\n\nEkipi i mbështetjes', 'Numri i saj është'],
    ];
    for (const [language, text, queued] of concrete) {
      const unit = lintAs({ language }, text, 'ack.txt').units[0]!;
      assert.equal(unit.kind, 'auto-reply', text);
      assert.equal(unit.kindReason?.args?.queued, queued, text);
    }
  });

  it("receipt words alone, an agent's confirmation and a person's e-mail stay what they were", () => {
    const replies = [
      // Receipt with nothing queued: an answer that goes on to the matter itself.
      'We have received your returned kettle and the refund went out to your card today.',
      // In the first person: an agent confirming receipt.
      "We've received your request and I will call you back tomorrow. Your case number is 5520418.",
      // A fill-in for the agent.
      'We have received your request. Your case number is [CASE]. A member of our team will reply by Friday.',
      // Greeted and signed by a person.
      'Hi Sam,\n\nWe have received your request. A member of our team will reply by Friday.\n\nBest,\nAna',
    ];
    for (const text of replies) assert.equal(lintAs({ kind: 'reply' }, text, 'reply.txt').units[0]!.kind, 'reply', text);
    assert.deepEqual(formulas(lintAs({ kind: 'reply' }, replies[0]!, 'reply.txt')).sort(), ['formula/closing', 'formula/greeting']);
  });

  it('a team-signed answer that refuses decides something: no acknowledgement, its bad news still read (en, pl)', () => {
    const refusals: [string, string][] = [
      [
        'en',
        "Hello Joanna,\n\nWe have received your return request for the walking boots. Unfortunately we can't take back boots that have been worn outdoors, so we have declined it. A member of our team will write to you about sending them back.\n\nThe Birchwood Outfitters team",
      ],
      [
        'pl',
        'Dzień dobry,\n\notrzymaliśmy Pana zgłoszenie dotyczące zwrotu czajnika. Niestety nie możemy przyjąć zwrotu po 30 dniach od zakupu. Nasz doradca odpowie jeszcze w sprawie naprawy gwarancyjnej.\n\nZ pozdrowieniami\nZespół sklepu Domowy Kącik',
      ],
    ];
    for (const [language, text] of refusals) {
      const filed = lintAs({ language, kind: 'reply' }, text, 'reply.txt');
      assert.equal(filed.units[0]!.kind, 'reply', text);
      assert.ok(ids(filed).includes('empathy/bad-news-without-empathy'), text);
      assert.notEqual(lintAs({ language }, text, 'reply.txt').units[0]!.kind, 'auto-reply', text);
    }
  });

  // Reviewer-16 #2: a word of regret about the wait, or a hedge on timing, refuses nothing the reader asked for; the
  // best acknowledgements (reference, reply time, an honest word about a busy week) stay acknowledgements.
  it('a word of regret about the wait or a hedge on timing is no refusal: still an acknowledgement (5 languages)', () => {
    const busy: [string, string][] = [
      [
        'en',
        'Thanks for writing to Fernbrook Garden Supplies.\n\nWe have received your message. Its reference is 71844, and a member of our team will answer within 3 working days.\n\nUnfortunately, with the spring planting rush, a few answers may arrive a day or two later than that.\n\nFernbrook Garden Supplies',
      ],
      ['en', 'We have received your request to join the beta. A member of our team will look at it, but we cannot guarantee a date for this.'],
      [
        'pl',
        'Dziękujemy za kontakt.\n\nOtrzymaliśmy Twoje zgłoszenie, jego numer to 71844. Odpowiemy w ciągu 3 dni roboczych.\n\nNiestety wiosną mamy wyjątkowo dużo zamówień, dlatego niektóre odpowiedzi mogą dotrzeć dzień lub dwa później.\n\nSklep Ogrodniczy Paproć',
      ],
      [
        'fi',
        'Kiitos yhteydenotostasi.\n\nOlemme vastaanottaneet viestisi, ja sen numero on 71844. Vastaamme sinulle kolmen arkipäivän kuluessa.\n\nValitettavasti kevätkiireiden vuoksi osa vastauksista voi tulla päivän tai kaksi myöhemmin.\n\nPuutarhakauppa Saniainen',
      ],
      [
        'lt',
        'Ačiū, kad parašėte.\n\nGavome jūsų užklausą, jos numeris 71844. Atsakysime ne vėliau kaip per 3 darbo dienas.\n\nDeja, pavasarį laiškų gauname labai daug, todėl kai kurie atsakymai gali užtrukti dieną ar dvi ilgiau.\n\nSodo prekių parduotuvė',
      ],
      [
        'sq',
        "Faleminderit që na shkruat.\n\nKemi marrë kërkesën tuaj. Numri i saj është 71844, dhe do t'ju përgjigjemi jo më vonë se pas 3 ditësh pune.\n\nFatkeqësisht, në pranverë kemi shumë porosi, prandaj disa përgjigje mund të vonojnë një ose dy ditë.\n\nDyqani i kopshtit",
      ],
    ];
    for (const [language, text] of busy) {
      assert.equal(lintAs({ language }, text, 'ack.txt').units[0]!.kind, 'auto-reply', text);
      const filed = lintAs({ language, kind: 'reply' }, text, 'reply.txt').units[0]!;
      assert.equal(filed.kind, 'auto-reply', text);
      assert.equal(filed.kindReason?.id, 'kind.inferred.acknowledgementInReply', text);
    }
  });

  it('an acknowledgement that refuses the request in its own verb decides it (fi, lt, sq)', () => {
    const refusals: [string, string][] = [
      ['fi', 'Olemme vastaanottaneet palautuspyyntösi. Valitettavasti emme voi hyvittää käytettyä tuotetta. Tapausnumero on 71844.'],
      ['lt', 'Gavome jūsų grąžinimo prašymą. Deja, negalime grąžinti pinigų už naudotą prekę. Jo numeris 71844.'],
      ['sq', 'Kemi marrë kërkesën tuaj për kthim. Fatkeqësisht nuk mund të rimbursojmë një produkt të përdorur. Numri i saj është 71844.'],
    ];
    for (const [language, text] of refusals) assert.notEqual(lintAs({ language }, text, 'ack.txt').units[0]!.kind, 'auto-reply', text);
  });
});

// Trial 15: a folder of messages to one developer filed as `reply` held review findings quoted from their title on
// ("Guideline 4.3 - Design" over the findings), a certification report's section and an order notice under its subject
// line: 21 of the team run's 35 wrong greeting and closing findings. A text that opens with a title, not a greeting,
// and has no sign-off is a section of a document, not a letter: no greeting or closing asked.
describe('kind inference: a titled text filed as reply', () => {
  const TITLED = 'Section 2.1 - Listing accuracy\n\nThe screenshots show features the build does not have. Replace them with screenshots of this version.';

  it('opens with a title, not a greeting, and is unsigned: a snippet that says why', () => {
    const result = lintAs({ kind: 'reply' }, TITLED, 'review.txt');
    const unit = result.units[0]!;
    assert.equal(unit.kind, 'snippet');
    assert.deepEqual(unit.kindReason, { id: 'kind.inferred.titledInReply', args: { excerpt: 'Section 2.1 - Listing accuracy' } });
    assert.deepEqual(formulas(result), []);
    assert.match(renderRef('fi', unit.kindReason!), /replylint kind=reply/);
  });

  // Trial 15: two App Review copies kept their greeting and closing findings: a title of nine tokens ("3.1.1" counted
  // as three, "In-App" as two) and a first sentence ending in a colon over what it lists.
  it('a title counts words as a reader does, and a long sentence ending in a colon opens the message under it', () => {
    const numbered =
      "Rule 4.2.1 - Listings - Photos - Third-Party Images\n\nThe photos on your listing show another seller's watermark. Replace them with your own.";
    const listing =
      'Section 2.1 - Listing accuracy\n\nWe checked your listing and found the following details, which do not match the item you sent to the buyer:\n\nColour and size of the jacket.';
    for (const text of [numbered, listing]) {
      const unit = lintAs({ kind: 'reply' }, text, 'review.txt').units[0]!;
      assert.equal(unit.kindReason?.id, 'kind.inferred.titledInReply', text);
      assert.deepEqual(formulas(lintAs({ kind: 'reply' }, text, 'review.txt')), [], text);
    }
    // A short line ending in a colon is a quick reply's own line, not a sentence under a title: still a reply.
    const quick = 'Unfortunately we cannot refund your order\nHere is what you can do:\nSend it back to us and we will exchange it';
    assert.equal(lintAs({ kind: 'reply' }, quick, 'reply.txt').units[0]!.kind, 'reply');
  });

  // Trial 15: a certification report's section opened "<label>: <section number> <title>" over its notes and was asked
  // to greet and sign. A label over a numbered section's title is a title; a letter head's labelled line is not.
  it("a label over a numbered section's title opens a section; a head's reference, date or short label does not", () => {
    const notes = '\n\nNotes for the seller\nThe photos on the listing show a different charger. Replace them with photos of the item you ship.';
    const section = lintAs({ kind: 'reply' }, `Marketplace Rules: 4.2.1 Accurate Photos - Accessories${notes}`, 'report.txt');
    assert.deepEqual(section.units[0]!.kindReason, {
      id: 'kind.inferred.titledInReply',
      args: { excerpt: 'Marketplace Rules: 4.2.1 Accurate Photos - Accessories' },
    });
    assert.deepEqual(formulas(section), []);
    for (const head of ['Our ref: FOI-2026-0412 Refund appeal', 'Date: 3.12.2026 Eastmoor office', 'Marketplace Rules: 4.2.1 Photos']) {
      const unit = lintAs({ kind: 'reply' }, `${head}${notes}`, 'report.txt').units[0]!;
      assert.equal(unit.kind, 'reply', head);
    }
  });

  it('a letter under a title, a signed text, a quick reply without full stops and one without a title stay replies', () => {
    for (const text of [
      `Section 2.1 - Listing accuracy\n\nHi Sam,\n\nThe screenshots show features the build does not have.`,
      `${TITLED}\n\nBest,\nAna`,
      'Unfortunately we cannot refund your order\nSend it back to us and we will exchange it',
      'The screenshots show features the build does not have. Replace them with screenshots of this version.',
    ]) {
      const unit = lintAs({ kind: 'reply' }, text, 'reply.txt').units[0]!;
      assert.equal(unit.kind, 'reply', text);
    }
    assert.deepEqual(
      formulas(lintAs({ kind: 'reply' }, 'Unfortunately we cannot refund your order\nSend it back to us and we will exchange it', 'reply.txt')).sort(),
      ['formula/closing', 'formula/greeting'],
    );
  });

  // Reviewer #11: a first line that thanks or apologises (the greeting rule's afterName words) or ends in "!" is the
  // writer's opener: the reply keeps its greeting check. A subject line ("Return of order 7731") is still a title.
  it("a first line of thanks, regret or with '!' is the writer's opener, not a title", () => {
    const body = '\n\nThe replacement kettle left our warehouse this morning. Unfortunately the old one cannot be collected.';
    const openers: [string, string][] = [
      ['en', `Thanks for bearing with us${body}`],
      ['en', `Sorry for the long wait${body}`],
      ['en', `Your replacement is on its way!${body}`],
      ['fi', 'Kiitos kärsivällisyydestäsi\n\nUusi vedenkeitin lähti varastostamme tänä aamuna. Vanhaa emme valitettavasti voi noutaa.'],
      ['pl', 'Dziękuję za cierpliwość\n\nNowy czajnik wyjechał dziś rano z magazynu. Starego niestety nie możemy odebrać.'],
    ];
    for (const [language, text] of openers) {
      const result = lintAs({ language, kind: 'reply' }, text, 'reply.txt');
      assert.equal(result.units[0]!.kind, 'reply', text);
      assert.ok(formulas(result).includes('formula/greeting'), text);
    }
    const titled = lintAs({ kind: 'reply' }, `Return of order 7731${body}`, 'reply.txt').units[0]!;
    assert.deepEqual(titled.kindReason, { id: 'kind.inferred.titledInReply', args: { excerpt: 'Return of order 7731' } });
  });
});

// Trial 15: a store's appeal answer, filed as `reply`, was a passage copied up to a sentence ending in a colon, and
// what the colon introduced was not in the copy; it was asked to greet and sign. A text whose last line is the
// writer's sentence ending in a colon, with nothing under it and neither greeting nor sign-off, is no reply anyone
// sends: a snippet. Whatever stands under the colon (a list, code, a quote, a placeholder) is what it introduced.
describe('kind inference: a copy cut after a colon, filed as reply', () => {
  const CUT: [string, string, string][] = [
    [
      'en',
      'We looked at the parcel photos again and the seal was opened before it reached the courier.\nAs we wrote last week, the claim falls under these terms of our delivery guarantee:',
      '\u2026these terms of our delivery guarantee:',
    ],
    [
      'pl',
      'Sprawdziliśmy ponownie zdjęcia paczki i plomba była naruszona przed nadaniem.\nJak pisaliśmy wcześniej, reklamacja podlega tym warunkom gwarancji dostawy:',
      '\u2026reklamacja podlega tym warunkom gwarancji dostawy:',
    ],
    [
      'fi',
      'Katsoimme paketin kuvat uudelleen, ja sinetti oli avattu jo ennen lähetystä.\nKuten kerroimme aiemmin, reklamaatioon sovelletaan seuraavia toimitustakuun ehtoja:',
      '\u2026aiemmin, reklamaatioon sovelletaan seuraavia toimitustakuun ehtoja:',
    ],
    [
      'lt',
      'Dar kartą peržiūrėjome siuntos nuotraukas, plomba buvo pažeista prieš išsiuntimą.\nKaip rašėme anksčiau, pretenzijai taikomos šios pristatymo garantijos sąlygos:',
      '\u2026pretenzijai taikomos šios pristatymo garantijos sąlygos:',
    ],
    [
      'sq',
      'I pamë sërish fotot e pakos dhe vula ishte hapur para dërgimit.\nSiç ju shkruam më parë, ankesa bie nën këto kushte të garancisë së dorëzimit:',
      '\u2026këto kushte të garancisë së dorëzimit:',
    ],
  ];

  it('ends on its sentence ending in a colon, unsigned and ungreeted: a snippet that quotes where it stops (5 languages)', () => {
    for (const [language, text, excerpt] of CUT) {
      const result = lintAs({ language, kind: 'reply' }, text, 'appeal.txt');
      const unit = result.units[0]!;
      assert.equal(unit.kind, 'snippet', text);
      assert.deepEqual(unit.kindReason, { id: 'kind.inferred.cutInReply', args: { excerpt } }, text);
      assert.deepEqual(formulas(result), [], text);
      assert.match(renderRef(language, unit.kindReason!), /replylint kind=reply/);
      // The same text with what the colon introduced is a reply and is asked for both.
      const whole = lintAs({ language, kind: 'reply' }, `${text}\n\n- 4.2 a seal opened before dispatch\n`, 'appeal.txt');
      assert.equal(whole.units[0]!.kind, 'reply', language);
      assert.deepEqual(formulas(whole).sort(), ['formula/closing', 'formula/greeting'], language);
    }
  });

  it('a colon over code, a quote or a placeholder, a form left to fill in, a short label and a greeted or signed copy stay replies', () => {
    const cut = CUT[0]![1];
    for (const text of [
      `${cut}\n\n\`\`\`\nclaim --reopen 55120\n\`\`\`\n`,
      `${cut}\n\n> Section 4.2: a seal opened before dispatch voids the claim.\n`,
      `${cut}\n{{guarantee_terms}}\n`,
      `${cut.split('\n')[0]}\n\n> Which of the two terms below applies to a parcel that was already open:\n`,
      'Could you fill in the lines below and send them back to us?\n\nThe name the order was placed under:\nThe number on your receipt:',
      'We will need one more detail before we can send the replacement.\n\nOrder number:',
      `Hi Dana,\n\n${cut}`,
      `${cut.split('\n')[0]}\n\nBest regards,\nMaja\n\nOur refund policy for opened parcels:`,
    ]) {
      assert.equal(lintAs({ kind: 'reply' }, text, 'appeal.md').units[0]!.kind, 'reply', text);
    }
  });

  it('only a reply filed as such is read so: a macro body and a text nobody filed keep their own reading', () => {
    const cut = CUT[0]![1];
    assert.equal(lintAs({ kind: 'macro' }, cut, 'appeal.txt').units[0]!.kindReason?.id, 'kind.inferred.body');
    assert.equal(lintAs({}, cut, 'appeal.txt').units[0]!.kindReason?.id, 'kind.inferred.body');
  });
});

describe('kind inference: a notice the application signs with its own variable, or that says it is automatic (trial 23)', () => {
  const readAsKind = (language: string, text: string) => {
    const result = lintAs({ language }, text, 'notice.txt');
    return { kind: result.units[0]!.kind, reason: result.units[0]!.kindReason, formulas: formulas(result) };
  };

  it("a credentials notice signed by the app's name variable, under a valediction and a '--' line or alone, is the organisation's, in five languages", () => {
    const notices: [string, string][] = [
      ['en', 'Your mailbox is ready.\n\nLogin: {{login}}\nPassword: {{password}}\n\nKind regards,\n\n--\n{{appname}}\n'],
      ['pl', 'Skrzynka pocztowa jest gotowa.\n\nLogin: {{login}}\nHasło: {{password}}\n\nPozdrawiamy,\n\n--\n{{appname}}\n'],
      ['fi', 'Sähköpostilaatikkosi on valmis.\n\nTunnus: {{login}}\nSalasana: {{password}}\n\nYstävällisin terveisin,\n\n--\n{{appname}}\n'],
      ['lt', 'Pašto dėžutė paruošta.\n\nPrisijungimas: {{login}}\nSlaptažodis: {{password}}\n\nPagarbiai,\n\n--\n{{appname}}\n'],
      ['sq', 'Kutia postare është gati.\n\nHyrja: {{login}}\nFjalëkalimi: {{password}}\n\nPërshëndetjet më të mira,\n\n--\n{{appname}}\n'],
      ['en', 'Your mailbox is ready.\n\nLogin: {{login}}\n\n--\n{{sitename}}\n'],
      ['en', 'Your mailbox is ready.\n\nLogin: {{login}}\n\nKind regards,\n{{appname}}\n'],
      ['sq', 'Kutia postare është gati.\n\nHyrja: {{login}}\n\nPërshëndetjet më të mira,\n{{appname}}\n'],
    ];
    for (const [language, text] of notices) {
      const read = readAsKind(language, text);
      assert.equal(read.kind, 'auto-reply', text);
      assert.equal(read.reason?.id, 'kind.inferred.organisation', text);
      assert.deepEqual(read.formulas, [], text);
    }
  });

  it("a person's variable or name under the '--' line, or a writer in the first person, keeps it a macro that greets", () => {
    for (const text of [
      'Your mailbox is ready.\n\nLogin: {{login}}\n\nKind regards,\n\n--\n{{agent_name}}\n',
      'Your mailbox is ready.\n\nLogin: {{login}}\n\n--\n{{appname}}\nAna Berg\n',
      'I set up your mailbox this morning.\n\nLogin: {{login}}\n\n--\n{{appname}}\n',
    ]) {
      const read = readAsKind('en', text);
      assert.equal(read.kind, 'macro', text);
      assert.deepEqual(read.formulas, ['formula/greeting'], text);
    }
  });

  it('a notice that says it was generated automatically, in its own words or with a typo in the adverb, is an auto-reply in five languages', () => {
    const notices: [string, string, string][] = [
      [
        'en',
        'Your balance is 20 EUR. Pay it from your account page.\n\nThis message was generated automaticaly.\n\nKind regards,\nNorthnet\n',
        'This message was generated automaticaly',
      ],
      ['en', 'Your balance is 20 EUR.\n\nThis email was automatically generated.\n\nKind regards,\nNorthnet\n', 'This email was automatically generated'],
      [
        'pl',
        'Saldo Twojego konta wynosi 20 zł. Zapłacisz je w panelu klienta.\n\nTa wiadomość została wygenerowana automatycznei.\n\nPozdrawiamy,\nNorthnet\n',
        'wiadomość została wygenerowana automatycznei',
      ],
      [
        'fi',
        'Tilisi saldo on 20 euroa. Voit maksaa sen asiakassivulla.\n\nTämä viesti on luotu automaatisesti.\n\nYstävällisin terveisin,\nNorthnet\n',
        'viesti on luotu automaatisesti',
      ],
      [
        'lt',
        'Jūsų sąskaitos likutis – 20 eurų. Sumokėti galite savitarnoje.\n\nŠis laiškas buvo sugeneruotas automatiskai.\n\nPagarbiai,\nNorthnet\n',
        'laiškas buvo sugeneruotas automatiskai',
      ],
      [
        'sq',
        'Balanca e llogarisë suaj është 20 euro. Mund ta paguani në faqen e llogarisë.\n\nKy mesazh është gjeneruar automatikishtë.\n\nMe respekt,\nNorthnet\n',
        'është gjeneruar automatikishtë',
      ],
    ];
    for (const [language, text, excerpt] of notices) {
      const read = readAsKind(language, text);
      assert.equal(read.kind, 'auto-reply', text);
      assert.deepEqual(read.reason, { id: 'kind.inferred.notice', args: { excerpt } }, text);
      assert.deepEqual(read.formulas, [], text);
    }
    // An agent who says a document is made automatically writes of the document, not of the message.
    assert.equal(readAsKind('en', 'Hi Sam,\n\nThe invoice was generated automatically when the order shipped.\n\nBest,\nAna\n').kind, 'macro');
  });

  it("a security or abuse mailbox's receipt of a report, reviewed by the team in a stated time, is an acknowledgement in five languages", () => {
    const acknowledgements: [string, string, string, string][] = [
      [
        'en',
        'Thank you for writing to the Northnet Security Team.\n\nWe have received your report, and a member of the security team will review it within one business day.\n\nKind regards,\nNorthnet Security\n',
        'We have received your report',
        'a member of the security team will',
      ],
      [
        'pl',
        'Dziękujemy za wiadomość do zespołu bezpieczeństwa Northnet.\n\nOtrzymaliśmy Twoje zgłoszenie. Zostanie sprawdzone przez zespół bezpieczeństwa w ciągu jednego dnia roboczego.\n\nPozdrawiamy,\nZespół bezpieczeństwa Northnet\n',
        'Otrzymaliśmy Twoje zgłoszenie',
        'Zostanie sprawdzone przez',
      ],
      [
        'fi',
        'Kiitos viestistäsi Northnetin tietoturvatiimille.\n\nOlemme vastaanottaneet ilmoituksesi. Ilmoituksesi käsitellään yhden arkipäivän kuluessa.\n\nYstävällisin terveisin,\nNorthnetin tietoturvatiimi\n',
        'Olemme vastaanottaneet ilmoituksesi',
        'Ilmoituksesi käsitellään',
      ],
      [
        'lt',
        'Dėkojame, kad parašėte Northnet saugumo komandai.\n\nGavome jūsų pranešimą. Jis bus peržiūrėtas per vieną darbo dieną.\n\nPagarbiai,\nNorthnet saugumo komanda\n',
        'Gavome jūsų pranešimą',
        'bus peržiūrėtas',
      ],
      [
        'sq',
        'Faleminderit që i shkruat ekipit të sigurisë së Northnet.\n\nKemi marrë raportin tuaj. Ai do të shqyrtohet nga ekipi i sigurisë brenda një dite pune.\n\nMe respekt,\nEkipi i sigurisë Northnet\n',
        'Kemi marrë raportin tuaj',
        'do të shqyrtohet nga',
      ],
    ];
    for (const [language, text, excerpt, queued] of acknowledgements) {
      const read = readAsKind(language, text);
      assert.deepEqual(read.reason, { id: 'kind.inferred.acknowledgement', args: { excerpt, queued } }, text);
      assert.deepEqual(read.formulas, [], text);
    }
    // Greeted and signed by a person, the same receipt is an agent's e-mail.
    const signed = readAsKind(
      'en',
      'Hi Sam,\n\nWe have received your report, and a member of the security team will review it within one business day.\n\nKind regards,\nAna\n',
    );
    assert.equal(signed.kind, 'macro');
  });
});
