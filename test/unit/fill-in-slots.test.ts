// Agent fill-ins and signature variables: what a help desk fills in when the
// reply is sent, and what an agent must fill in before.
import * as assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/engine/fix-all';
import type { ReplyKind } from '../../server/src/engine/types';
import { splitReplyUnits } from '../../server/src/engine/units/formats';
import { findingsOf, lintText, ruleIds, spansOf } from '../support/engine';

describe('signature variables', () => {
  // A drafted e-mail: recommended asks a closing of a reply, not of a macro (issue 13).
  const closingOf = (text: string, config = {}) => {
    const result = lintText(text, 'reply.txt', { kind: 'reply', ...config });
    return { fired: ruleIds(result).includes('formula/closing'), scorecard: result.units[0]!.scorecard.closing };
  };

  it("a signature variable of the file's dialect at the end is a closing, in the scorecard too", () => {
    const zendesk = 'Hi {{ticket.requester.first_name}},\n\nYour order shipped yesterday.\n\n{{current_user.signature}}';
    assert.deepEqual(closingOf(zendesk), { fired: false, scorecard: 'pass' });
    const freshdesk = 'Hi {{ticket.contact.firstname | default: "there"}},\n\nYour order shipped yesterday.\n\n{{ticket.agent.signature}}';
    assert.deepEqual(closingOf(freshdesk), { fired: false, scorecard: 'pass' });
    // After a "-- " delimiter too: the help desk prints the sign-off there.
    const delimited = 'Hi {{ticket.requester.first_name}},\n\nYour order shipped yesterday.\n\n-- \n{{current_user.signature}}';
    assert.deepEqual(closingOf(delimited), { fired: false, scorecard: 'pass' });
  });

  it('any other variable at the end, or a signature variable far from the end, is no closing', () => {
    assert.deepEqual(closingOf('Hi {{ticket.requester.first_name}},\n\nYour order shipped yesterday.\n\n{{current_user.first_name}}'), {
      fired: true,
      scorecard: 'fail',
    });
    const early =
      'Hi Sam, {{current_user.signature}} here.\n\nYour order shipped yesterday. It left our warehouse at noon. The courier has it now. ' +
      'It should reach you on Friday. The box holds both items. The invoice is inside. The tracking page updates hourly.';
    assert.equal(closingOf(early, { language: 'en' }).fired, true);
  });

  it('counts in every language pack', () => {
    const replies = {
      pl: 'Dzień dobry,\n\nfaktura jest w załączniku, a paczka wyszła wczoraj.\n\n{{current_user.signature}}',
      fi: 'Hei,\n\nlasku on liitteenä ja paketti lähti eilen.\n\n{{current_user.signature}}',
      lt: 'Laba diena,\n\nsąskaita pridėta, o siunta išsiųsta vakar.\n\n{{current_user.signature}}',
      sq: 'Përshëndetje,\n\nfatura është bashkëngjitur dhe pakoja u nis dje.\n\n{{current_user.signature}}',
    };
    for (const [language, text] of Object.entries(replies)) assert.equal(closingOf(text, { language }).fired, false, language);
  });
});

describe('placeholder/unfilled-slot', () => {
  const RULE = 'placeholder/unfilled-slot';
  const slots = (text: string, config: Record<string, unknown> = { kind: 'reply' }, fileName = 'reply.txt') => findingsOf(RULE, text, fileName, config);
  const excerpts = (text: string, config?: Record<string, unknown>, fileName?: string) => slots(text, config, fileName).map((finding) => finding.excerpt);

  it('flags stand-ins and notes to the agent in what is sent as written: replies, auto-replies', () => {
    const text = 'Hi Priya,\n\nOur technician can visit on TBD between 9:00 and 12:00. Your case is XXXX.\n\nKind regards,\nMarcus';
    for (const kind of ['reply', 'auto-reply']) assert.deepEqual(excerpts(text, { kind }), ['TBD', 'XXXX'], kind);
    assert.equal(slots(text)[0]!.severity, 'error');
  });

  it("a chat template library's slots are the agent's to fill, as a macro's; the same slot in a reply is sent as written (trial 23)", () => {
    // Saved chat lines with no greeting or sign-off, completed in the chat box before they go out.
    const libraries: Record<string, [string, string]> = {
      en: [
        '## Label sent\nThe return label for [ITEM_NAME] is in your inbox now. Print it and drop the parcel at any post office.\n\n## Refund issued\nWe refunded $[AMOUNT] to your card today; your bank shows it within [TIMEFRAME].\n',
        '[ITEM_NAME]',
      ],
      pl: [
        '## Etykieta wysłana\nEtykieta zwrotna dla [NAZWA_PRODUKTU] jest już w Twojej skrzynce. Wydrukuj ją i nadaj paczkę na poczcie.\n\n## Zwrot wykonany\nDziś zwróciliśmy [KWOTA] zł na Twoją kartę.\n',
        '[NAZWA_PRODUKTU]',
      ],
      fi: [
        '## Palautustarra lähetetty\nTuotteen [TUOTE] palautustarra on nyt sähköpostissasi. Tulosta se ja vie paketti postiin.\n\n## Hyvitys tehty\nPalautimme tänään [SUMMA] € kortillesi.\n',
        '[TUOTE]',
      ],
      lt: [
        '## Etiketė išsiųsta\nGrąžinimo etiketė prekei [PREKĖ] jau jūsų pašte. Atsispausdinkite ją ir palikite siuntą pašte.\n\n## Pinigai grąžinti\nŠiandien grąžinome [SUMA] € į jūsų kortelę.\n',
        '[PREKĖ]',
      ],
      sq: [
        '## Etiketa u dërgua\nEtiketa e kthimit për [ARTIKULLI] është tani në emailin tuaj. Printojeni dhe dorëzojeni pakon në postë.\n\n## Rimbursimi u krye\nSot ju kthyem [SHUMA] € në kartë.\n',
        '[ARTIKULLI]',
      ],
    };
    for (const [language, [library, slot]] of Object.entries(libraries)) {
      assert.deepEqual(excerpts(library, { kind: 'chat', language }, 'chat-lines.md'), [], language);
      // The first line of the library as an e-mail about to be sent: its slot reaches the customer.
      const reply = library.split('\n')[1]!;
      assert.deepEqual(excerpts(reply, { kind: 'reply', language }), [slot], language);
    }
  });

  it("a chat transcript's agent turns were sent: a slot left in them is flagged (reviewer-23 #1)", () => {
    const transcripts: [string, string, string[]][] = [
      [
        'en',
        '[14:20] Customer: Has my exchange been approved?\n[14:21] Agent Sam: Yes, it has. The new pair in size [SIZE] leaves the warehouse on Friday.\n[14:22] Customer: And the order number stays the same?\n[14:23] Agent Sam: It does, and the label is in your inbox.',
        ['[SIZE]'],
      ],
      [
        'pl',
        '[14:20] Klient: Czy wymiana została przyjęta?\n[14:21] Konsultant Ola: Tak. Nowa para w rozmiarze [ROZMIAR] wyjedzie z magazynu w piątek.\n[14:23] Konsultant Ola: Etykieta jest już w Twojej skrzynce.',
        ['[ROZMIAR]'],
      ],
      [
        'fi',
        '[14:20] Asiakas: Onko vaihto hyväksytty?\n[14:21] Asiakaspalvelija Olli: On. Uusi pari kokoa [KOKO] lähtee varastolta perjantaina.\n[14:23] Asiakaspalvelija Olli: Palautustarra on jo sähköpostissasi.',
        ['[KOKO]'],
      ],
    ];
    for (const [language, text, flagged] of transcripts) {
      assert.deepEqual(excerpts(text, { kind: 'chat', language }, 'transcript.txt'), flagged, language);
      // Nobody named the kind: a transcript is read as a chat, and the same turns are flagged.
      assert.deepEqual(excerpts(text, { language }, 'transcript.txt'), flagged, language);
    }
  });

  it('flags bracket and angle fill-in slots, in every language, but not Markdown links or task boxes', () => {
    assert.deepEqual(excerpts('Hi [CUSTOMER_NAME],\n\nThe courier collects the laptop within [x] business days.\n\nBest,\n<AGENT NAME>'), [
      '[CUSTOMER_NAME]',
      '[x]',
      '<AGENT NAME>',
    ]);
    assert.deepEqual(excerpts('Hei Laura,\n\nKuriiri noutaa tietokoneen [PÄIVÄMÄÄRÄ].\n\nTerveisin,\nJari', { kind: 'reply', language: 'fi' }), [
      '[PÄIVÄMÄÄRÄ]',
    ]);
    const markdown = 'Hi Sam,\n\nSee [the refund guide](https://example.com/refunds).\n\n- [x] Order found\n\nBest,\nAna';
    assert.deepEqual(excerpts(markdown, { kind: 'reply' }, 'reply.md'), []);
  });

  it('flags a fill-in slot in double brackets, in capitals or in words; only a MediaWiki message reads [[Page]] as a wiki link (reviewer-17 #3)', () => {
    const doubled = 'Hello [[First Name]],\n\nThe spare charger we promised goes out on [[ship date]] by tracked post.\n\nRegards,\nLena';
    assert.deepEqual(excerpts(doubled), ['[First Name]', '[ship date]']);
    assert.deepEqual(excerpts(doubled, { kind: 'reply' }, 'reply.md'), ['[First Name]', '[ship date]']);
    const macro = 'Dzień dobry [[Imię]],\n\nładowarkę wyślemy [[data wysyłki]].\n\nPozdrawiam';
    assert.deepEqual(excerpts(macro, { kind: 'reply', language: 'pl' }), ['[Imię]', '[data wysyłki]']);
    // A message that writes {{SITENAME}} is a wiki's: its links name pages, nothing is left to fill.
    const wiki = 'Your account on {{SITENAME}} is ready. Read [[Help:First steps]] or [[Special:Preferences|change your settings]].';
    assert.deepEqual(excerpts(wiki, { kind: 'auto-reply' }), []);
  });

  it('a plain-text link is no fill-in: a bracket before a URL in parentheses, or holding a URL (text versions of e-mails)', () => {
    const text =
      'Hi Anna,\n\nThanks for shopping at [Nordic Home] ( https://nordichome.example/ ). Reset your password here: ' +
      '[Reset password] (https://nordichome.example/reset), or [Sign in]\t[https://nordichome.example/login].\n' +
      'Your orders are at [www.nordichome.example/orders] and help at [nordichome.example/help] or [Write to us] <https://nordichome.example/contact>.\n\n' +
      'Best regards,\nMia';
    assert.deepEqual(excerpts(text), []);
    const fi = 'Hei Laura,\n\nTilauksesi on matkalla. Seuraa sitä: [Seuraa pakettia] ( https://kauppa.example/seuranta ).\n\nTerveisin,\nJari';
    assert.deepEqual(excerpts(fi, { kind: 'reply', language: 'fi' }), []);
    // A fill-in next to a link, or before words in parentheses, stays one.
    const slotsLeft = 'Hi [CUSTOMER_NAME],\n\nYour refund of [AMOUNT] (see https://shop.example/refunds) is on its way.\n\nBest,\nAna';
    assert.deepEqual(excerpts(slotsLeft), ['[CUSTOMER_NAME]', '[AMOUNT]']);
    assert.deepEqual(excerpts('Hi Sam,\n\nThe courier comes on [DATE] (morning).\n\nBest,\nAna'), ['[DATE]']);
    // A Markdown link broken by a stray ")" before its target is a typo in a link, not a fill-in (trial 30: a bot's
    // answer); a slot in parentheses before a link stays one.
    assert.deepEqual(excerpts('Ways to help:\n- Earn [team stickers])(https://club.example/help)!', { kind: 'auto-reply' }), []);
    assert.deepEqual(excerpts('Your refund ([refund amount]) (https://shop.example/refunds) is on its way.', { kind: 'auto-reply' }), ['[refund amount]']);
    // A name with a dot is a fill-in, not an address: [customer.name], [Mr. Smith].
    assert.deepEqual(excerpts('Hi [customer.name],\n\nYour parcel for [Mr. Smith] left today.\n\nBest,\nAna'), ['[customer.name]', '[Mr. Smith]']);
  });

  it('in HTML, &lt;NAME&gt; and <NAME> are fill-ins, in files and export bodies; an element is none', () => {
    const html = '<p>Hi &lt;CUSTOMER_NAME&gt;,</p>\n<p>Your refund arrives within &lt;X&gt; days.</p>\n<p>Best,<br>Ana</p>';
    assert.deepEqual(excerpts(html, { kind: 'reply' }, 'reply.html'), ['&lt;CUSTOMER_NAME&gt;', '&lt;X&gt;']);
    // An escaped element name shown as text is no fill-in.
    assert.deepEqual(excerpts('<p>Hi Sam, type &lt;br&gt; for a break.</p>\n<p>Best,<br>Ana</p>', { kind: 'reply' }, 'reply.html'), []);
    // Review #6: a browser shows nothing of <CUSTOMER NAME> ("Hi ,"): a slot left unfilled, in .html and in a .txt template.
    const template =
      '<p>Hi <CUSTOMER NAME>,</p>\n<p>Your refund of 24.90 EUR was sent today and shows on your card within 5 working days.</p>\n<p>Best regards,<br><AGENT NAME></p>';
    for (const fileName of ['reply.html', 'reply.txt']) {
      assert.deepEqual(excerpts(template, { kind: 'reply' }, fileName), ['<CUSTOMER NAME>', '<AGENT NAME>'], fileName);
      // For the prose rules the slot reads as the name it stands for ("Hi xxxx,"), not as markup ("Hi ,").
      const prose = splitReplyUnits(template, fileName, {})[0]!.prose;
      assert.match(prose, /Hi x{15},/, fileName);
    }
    // In a Zendesk export's HTML body: through both layers (the JSON string, then the HTML reference).
    const body = '<p>Hi &lt;NAME&gt;,</p><p>Your refund arrives within 3 days.</p><p>Best,<br>Ana</p>';
    const json = JSON.stringify({ macros: [{ title: 'Refund', actions: [{ field: 'comment_value_html', value: body }] }] });
    const [finding, ...rest] = slots(json, { kind: 'reply' }, 'macros.json');
    assert.deepEqual(rest, []);
    assert.equal(json.slice(finding!.start, finding!.end), '&lt;NAME&gt;');
  });

  it("an automatic message's bracket identifiers in capitals are its sending system's variables; slots in words are still flagged (trial 6)", () => {
    const notice = 'Hello [USERNAME],\n\nYour [LEVEL] plan on [SITENAME] ends on [PUBLISH_DOWN]. Renew it from your account page.\n\n[SITENAME]';
    assert.deepEqual(excerpts(notice, { kind: 'auto-reply' }), []);
    // The same identifiers in a reply are left for the agent.
    assert.deepEqual(excerpts(notice, { kind: 'reply' }), ['[USERNAME]', '[LEVEL]', '[SITENAME]', '[PUBLISH_DOWN]', '[SITENAME]']);
    // A slot in words, a short stand-in or a mixed-case name is for a person: sent as written.
    assert.deepEqual(excerpts('Dear [Customer Name],\n\nWe received payment [X] for [order number] and [Ref_id].\n\n[Company Name]', { kind: 'auto-reply' }), [
      '[Customer Name]',
      '[X]',
      '[order number]',
      '[Ref_id]',
      '[Company Name]',
    ]);
  });

  it("a bracketed label printed alone under a condition named for it is the template's text, no fill-in (trial 44); a slot among words under an if is one", () => {
    const body = '\n\nHi there,\n\nThank you for your gift of 25 EUR to the Harbour Food Bank, received on 3 May.';
    for (const kind of ['auto-reply', 'reply'] as const) {
      for (const subject of [
        'Subject: {{#if erratum}}[Erratum] {{/if}}Your gift receipt',
        'Subject: {{#if isCorrection}}[Correction]{{/if}} Your gift receipt',
        'Subject: {% if notice.is_reminder %}[Reminder] {% endif %}Your gift receipt',
      ])
        assert.deepEqual(excerpts(`${subject}${body}`, { kind, placeholders: subject.includes('{%') ? 'liquid' : 'handlebars' }), [], subject);
      // A slot among other words of the branch, or under a condition on another value, or in the else: still a slot.
      for (const [text, slot] of [
        ['Subject: Your gift receipt\n\n{{#if donor}}Dear [Donor name],{{/if}}\n\nThank you for your gift.', '[Donor name]'],
        ['Subject: {{#if erratum}}[Reminder] {{/if}}Your gift receipt' + body, '[Reminder]'],
        ['Subject: {{#if erratum}}Again: {{else}}[Erratum] {{/if}}Your gift receipt' + body, '[Erratum]'],
      ])
        assert.deepEqual(excerpts(text, { kind, placeholders: 'handlebars' }), [slot], `${kind}: ${text}`);
    }
  });

  it("an automatic message's value names in capitals, in words and in any language, are its system's fill-ins; instructions and stand-ins are not (trial 16)", () => {
    const booking =
      'Hi [SÄHKÖPOSTIN VASTAANOTTAJAN NIMI],\n\nYour booking request for [RESERVATION UNIT NAME] was declined.\nReason: [HYLKÄYKSEN SYY]\n\nKind regards\nThe booking service';
    assert.deepEqual(excerpts(booking, { kind: 'auto-reply' }), []);
    // The same names in a reply are an agent's unfilled slots.
    assert.deepEqual(excerpts(booking, { kind: 'reply' }), ['[SÄHKÖPOSTIN VASTAANOTTAJAN NIMI]', '[RESERVATION UNIT NAME]', '[HYLKÄYKSEN SYY]']);
    // What a person must still replace, in capitals too: an instruction (any language's words) or a stand-in.
    const left =
      'Hi [ADD NAME HERE],\n\nYour parcel is held at [WPISZ ADRES] for [X] business days, order [XXXX], pickup code [N DIGITS].\n\n[YOUR_NAME]\nThe parcel desk';
    assert.deepEqual(excerpts(left, { kind: 'auto-reply' }), ['[ADD NAME HERE]', '[WPISZ ADRES]', '[X]', '[XXXX]', '[N DIGITS]', '[YOUR_NAME]']);
    // Other languages' instructions are read too: a system's fill-ins are often in another language than its mail.
    assert.deepEqual(excerpts('Pickup: [LISÄÄ OSOITE TÄHÄN], [ĮRAŠYKITE DATĄ], [SHKRUANI ORËN KËTU].\n\nThe parcel desk', { kind: 'auto-reply' }), [
      '[LISÄÄ OSOITE TÄHÄN]',
      '[ĮRAŠYKITE DATĄ]',
      '[SHKRUANI ORËN KËTU]',
    ]);
    // Where the team declared its app's bracket variables, any other is a person's to fill ("[DATA E RE]" beside [Data]).
    assert.deepEqual(excerpts(booking, { kind: 'auto-reply', placeholders: { variables: ['[Nimi]'] } }), [
      '[SÄHKÖPOSTIN VASTAANOTTAJAN NIMI]',
      '[RESERVATION UNIT NAME]',
      '[HYLKÄYKSEN SYY]',
    ]);
    // A mixed-case or lower-case name is written for a person, as before (trial 6).
    assert.deepEqual(excerpts('Your booking for [Reservation unit name] is confirmed.\n\nThe booking service', { kind: 'auto-reply' }), [
      '[Reservation unit name]',
    ]);
  });

  it("an automatic message's shortcodes in lower case ([firstname], [confirm_url]) are its plugin's fill-ins (trial 36)", () => {
    const plugin = '<p>Hello [firstname]</p><p>Your membership at [sitename] ends on [expiry_date]. Renew it here: [renew_url]</p><p>The [sitename] team</p>';
    assert.deepEqual(excerpts(plugin, { kind: 'auto-reply' }, 'renewal.html'), []);
    // The same shortcodes in a reply are an agent's unfilled slots.
    assert.deepEqual(excerpts(plugin, { kind: 'reply' }, 'renewal.html'), ['[firstname]', '[sitename]', '[expiry_date]', '[renew_url]', '[sitename]']);
    // A stand-in, an instruction and a slot in words stay a person's; so does a closure notice's date.
    assert.deepEqual(excerpts('Hi [your_name], code [xxxx] for [order number].\n\nThe desk', { kind: 'auto-reply' }), [
      '[your_name]',
      '[xxxx]',
      '[order number]',
    ]);
    assert.deepEqual(excerpts('Our office is closed until [reopening_date].\n\nThe desk', { kind: 'auto-reply' }), ['[reopening_date]']);
  });

  it("a lower-case fill-in that is a word of the reply's language naming a date, a name or a number stays a person's slot in an auto-reply", () => {
    // Written of a colleague away, with no "I" to say a person wrote it: the words, not their case, say a person types it.
    const away: Record<string, [text: string, slot: string]> = {
      en: ['Thanks for your message. Anna is on leave until [date]; for anything urgent write to help@example.com.', '[date]'],
      pl: ['Dziękujemy za wiadomość. Anna przebywa na urlopie do [data]. W pilnych sprawach prosimy pisać na pomoc@example.com.', '[data]'],
      fi: ['Kiitos viestistäsi. Anna on lomalla [päivämäärä] asti. Kiireellisissä asioissa kirjoita osoitteeseen apu@example.com.', '[päivämäärä]'],
      lt: ['Dėkojame už laišką. Ona atostogauja iki [data]. Skubiais klausimais rašykite adresu pagalba@example.com.', '[data]'],
      sq: ['Faleminderit për mesazhin. Ana është me pushim deri më [data]. Për çështje urgjente shkruani në ndihme@example.com.', '[data]'],
    };
    for (const [language, [text, slot]] of Object.entries(away))
      assert.deepEqual(excerpts(text, { kind: 'auto-reply', language }), [slot], `${language}: ${text}`);
    // A shop's order mail is no away notice: its [number] and [date] are its plugin's, as its other shortcodes are (reviewer H5).
    const shop: Record<string, string> = {
      en: 'Hi [name],\n\nyour order [number] from [date] has shipped. Track it here: [tracking_url].\n\nThe Shop team',
      pl: 'Dzień dobry,\n\ndziękujemy za zamówienie nr [numer] z dnia [data]. Wyślemy je jutro.\n\nZespół sklepu',
      fi: 'Hei,\n\ntilauksesi [numero] lähti [päivämäärä].\n\nKaupan tiimi',
      lt: 'Laba diena,\n\njūsų užsakymas [numeris] išsiųstas [data].\n\nParduotuvės komanda',
      sq: 'Përshëndetje,\n\nporosia juaj [numri] u nis më [data].\n\nEkipi i dyqanit',
    };
    for (const [language, text] of Object.entries(shop)) assert.deepEqual(excerpts(text, { kind: 'auto-reply', language }), [], `${language}: ${text}`);
    // The reader's name in the greeting is the system's ("Përshëndetje [emri],"); a name to contact below is a person's.
    assert.deepEqual(excerpts('Përshëndetje [emri],\n\nporosia juaj u nis sot.\n\nEkipi i dyqanit', { kind: 'auto-reply', language: 'sq' }), []);
    assert.deepEqual(excerpts('Ana është me pushim. Për çështje urgjente shkruani [emri].', { kind: 'auto-reply', language: 'sq' }), ['[emri]']);
    // Another language's word and a shortcode that is no word stay the system's: "[date]" in a Polish mail, "[imie]".
    assert.deepEqual(excerpts('Dzień dobry [imie],\n\nzamówienie z dnia [date] zostało wysłane.\n\nZespół sklepu', { kind: 'auto-reply', language: 'pl' }), []);
  });

  it("an out-of-office a person wrote keeps its bracket identifiers as slots to fill; an app's notice does not", () => {
    // In the first person, declared or read as an auto-reply: the person left [RETURN_DATE] unfilled.
    const away =
      'Thank you for your email. I am out of the office until [RETURN_DATE] with no access to e-mail.\n\nFor urgent orders, call our desk on 020 7946 0000.';
    assert.deepEqual(excerpts(away, { kind: 'auto-reply' }), ['[RETURN_DATE]']);
    const inferred = lintText(`${away}\n\nThis is an automatic reply.`, 'away.md', {});
    assert.equal(inferred.units[0]!.kind, 'auto-reply');
    assert.deepEqual(
      inferred.findings.filter((finding) => finding.ruleId === 'placeholder/unfilled-slot').map((finding) => finding.excerpt),
      ['[RETURN_DATE]'],
    );
    // Signed by a person's variable under its valediction: a person's message too.
    const signed = 'Thanks for writing in. The office is closed until [RETURN_DATE].\n\nBest,\n{{agent.name}}';
    assert.deepEqual(excerpts(signed, { kind: 'auto-reply' }), ['[RETURN_DATE]']);
    // The same closure told by the shop, signed by its name: the shop's system prints the recipient's name and its
    // own, and the team types the date for every closure (reviewer #4, reviewer-16 #5): the date stays to fill.
    const notice =
      'Hello [CUSTOMER_FIRSTNAME],\n\nThanks for writing to [SHOP_NAME]. The office is closed until [RETURN_DATE]. We will answer your message when we are back.\n\nThe Harbour Books team';
    assert.deepEqual(excerpts(notice, { kind: 'auto-reply' }), ['[RETURN_DATE]']);
    assert.deepEqual(excerpts(notice.replace('We will answer', 'I will answer'), { kind: 'auto-reply' }), [
      '[CUSTOMER_FIRSTNAME]',
      '[SHOP_NAME]',
      '[RETURN_DATE]',
    ]);
    const own = 'Thanks for writing in. The office is closed until [RETURN_DATE]. We will answer your message when we are back.\n\nThe Harbour Books team';
    assert.deepEqual(excerpts(own, { kind: 'auto-reply' }), ['[RETURN_DATE]']);
  });

  // Reviewer #4: a team's holiday auto-reply in the we-voice lost its unfilled dates once capitals in words read as a
  // system's values; the customer would get "[BACK IN OFFICE DATE]".
  it("a team's own holiday notice keeps its unfilled dates and times, read as an auto-reply or declared one", () => {
    const holiday =
      'Thanks for your message to the Fernhill Cycles workshop.\n\nWe are closed over the winter break and open again on [BACK IN OFFICE DATE]. Repairs booked now start from [FIRST REPAIR DAY], at [OPENING TIME].\n\nThis is an automatic reply, please do not answer it.\n\nFernhill Cycles';
    const expected = ['[BACK IN OFFICE DATE]', '[FIRST REPAIR DAY]', '[OPENING TIME]'];
    assert.deepEqual(excerpts(holiday, { kind: 'auto-reply' }), expected);
    const inferred = lintText(holiday, 'holiday.md', {});
    assert.equal(inferred.units[0]!.kind, 'auto-reply');
    assert.deepEqual(
      inferred.findings.filter((finding) => finding.ruleId === 'placeholder/unfilled-slot').map((finding) => finding.excerpt),
      expected,
    );
    // A booking system's notice that prints the place and the unit beside the time fills all three (trial 16's shape).
    const booking =
      'Your booking of [RESERVATION UNIT NAME] at [VENUE NAME] starts at [BEGIN TIME] on [BOOKING DATE].\n\nThis is an automatic message.\n\nThe booking service';
    assert.deepEqual(excerpts(booking, { kind: 'auto-reply' }), []);
  });

  // Reviewer-16 #5: what the notice says tells a team's own closure notice from a system's template, not which other
  // values it prints: a booking system's reminder of a date and a time fills both; a holiday notice that prints the
  // ticket's number still leaves its reopening date to a person.
  it("a system's reminder fills its date and time; a closure notice leaves its date to a person, whatever else it prints", () => {
    const reminders: Record<string, string> = {
      en: 'This is a reminder of your visit to the Elm Street dental practice on [VISIT DATE] at [VISIT TIME].\n\nTo move it, use the link in your confirmation e-mail at least one day before.\n\nThis e-mail was sent automatically. Please do not reply.',
      pl: 'Przypominamy o wizycie w gabinecie przy ul. Lipowej 4 w dniu [DATA WIZYTY] o godzinie [GODZINA WIZYTY].\n\nAby ją przełożyć, skorzystaj z linku w potwierdzeniu rezerwacji.\n\nTo jest wiadomość automatyczna, prosimy na nią nie odpowiadać.',
      fi: 'Muistutamme käynnistäsi Koivukujan hammaslääkärissä [KÄYNTIPÄIVÄ] klo [KÄYNTIAIKA].\n\nVoit siirtää aikaa varausvahvistuksen linkistä.\n\nTämä on automaattinen viesti, älä vastaa siihen.',
    };
    const closures: Record<string, [string, string]> = {
      en: [
        'Thanks for writing to Pinecone Games. Your ticket number is [TICKET NUMBER].\n\nOur support desk is closed over the winter break and opens again on [FIRST WORKING DAY]. Messages are answered in the order they came in.\n\nThis is an automatic reply, please do not answer it.\n\nPinecone Games',
        '[FIRST WORKING DAY]',
      ],
      pl: [
        'Dziękujemy za wiadomość. Numer zgłoszenia: [NUMER ZGŁOSZENIA].\n\nNasz sklep jest zamknięty w okresie świątecznym. Wracamy do pracy [DZIEŃ OTWARCIA] i odpowiemy po kolei.\n\nTo jest wiadomość automatyczna, prosimy na nią nie odpowiadać.\n\nSklep Jarzębina',
        '[DZIEŃ OTWARCIA]',
      ],
      fi: [
        'Kiitos viestistäsi. Tikettisi numero on [TIKETIN NUMERO].\n\nAsiakaspalvelumme on suljettu joulun ajan ja avautuu jälleen [ENSIMMÄINEN ARKIPÄIVÄ]. Vastaamme viesteihin saapumisjärjestyksessä.\n\nTämä on automaattinen viesti, älä vastaa siihen.\n\nKatajan Kirja',
        '[ENSIMMÄINEN ARKIPÄIVÄ]',
      ],
    };
    for (const language of ['en', 'pl', 'fi']) {
      const reminder = lintText(reminders[language]!, 'reminder.md', { language });
      assert.equal(reminder.units[0]!.kind, 'auto-reply', language);
      assert.deepEqual(
        ruleIds(reminder).filter((id) => id === 'placeholder/unfilled-slot'),
        [],
        `${language}: ${reminders[language]}`,
      );
      const [text, date] = closures[language]!;
      for (const config of [{ language }, { language, kind: 'auto-reply' as const }]) {
        const result = lintText(text, 'holiday.md', config);
        assert.equal(result.units[0]!.kind, 'auto-reply', language);
        assert.deepEqual(
          result.findings.filter((finding) => finding.ruleId === 'placeholder/unfilled-slot').map((finding) => finding.excerpt),
          [date],
          `${language}: ${text}`,
        );
      }
    }
  });

  // Reviewer-17 #6: a holiday the customer booked is no closure of the team's: a travel or holiday-let system prints its
  // dates. Only the team's own holiday, said of the team ("We are on holiday", "our Christmas break"), is one.
  it("a booking system's confirmation of the customer's holiday prints its dates; the team's own holiday leaves them to a person", () => {
    const bookings: [string, string][] = [
      [
        'en',
        'Hello [GUEST NAME],\n\nYour Christmas break booking [BOOKING REF] is confirmed: the lodge is yours from [ARRIVAL DATE] to [DEPARTURE DATE].\n\nThis is an automatic message.\n\nGlen Lodges',
      ],
      [
        'en',
        'Thank you for booking your summer holiday with Bay Stays. You arrive on [ARRIVAL DATE] and leave on [DEPARTURE DATE].\n\nThis is an automatic message.',
      ],
      [
        'pl',
        'Dzień dobry [IMIĘ],\n\npotwierdzamy rezerwację [NUMER]. Wyjazd: [DATA WYJAZDU], powrót: [DATA POWROTU]. Miłego odpoczynku na urlopie!\n\nWiadomość wysłana automatycznie.',
      ],
    ];
    for (const [language, text] of bookings) assert.deepEqual(excerpts(text, { kind: 'auto-reply', language }), [], `${language}: ${text}`);
    const closures: [string, string, string][] = [
      [
        'en',
        'Thanks for your message. We are on holiday until [RETURN DATE] and will answer when we are back.\n\nThis is an automatic reply.',
        '[RETURN DATE]',
      ],
      [
        'en',
        'Thanks for your message. During our Christmas break orders ship from [FIRST SHIPPING DAY].\n\nThis is an automatic reply.',
        '[FIRST SHIPPING DAY]',
      ],
      ['pl', 'Dziękujemy za wiadomość. Jesteśmy na urlopie do [DATA POWROTU] i odpiszemy po powrocie.\n\nTo jest automatyczna odpowiedź.', '[DATA POWROTU]'],
    ];
    for (const [language, text, date] of closures) assert.deepEqual(excerpts(text, { kind: 'auto-reply', language }), [date], `${language}: ${text}`);
  });

  it('reads an out-of-office in the first person in every language: its date slot stays to fill', () => {
    const away: Record<string, [string, string]> = {
      pl: [
        'Dziękuję za wiadomość. Jestem na urlopie do [DATA_POWROTU] i odpiszę po powrocie.',
        'Dziękujemy za wiadomość. Sklep jest zamknięty do [DATA_POWROTU].',
      ],
      fi: ['Kiitos viestistäsi. Olen lomalla [PALUUPAIVA] asti ja vastaan palattuani.', 'Kiitos viestistäsi. Myymälä on suljettu [PALUUPAIVA] asti.'],
      lt: ['Ačiū už laišką. Atostogauju iki [GRIZIMO_DATA] ir atsakysiu grįžusi.', 'Ačiū už laišką. Parduotuvė uždaryta iki [GRIZIMO_DATA].'],
      sq: [
        'Faleminderit për mesazhin. Jam me pushime deri më [DATA_KTHIMIT] dhe do t’ju përgjigjem kur të kthehem.',
        'Faleminderit për mesazhin. Dyqani është i mbyllur deri më [DATA_KTHIMIT].',
      ],
    };
    // The shop's own closure notice keeps its date too, also beside the shop system's value of the recipient's name
    // ([KLIENT], [ASIAKAS], [KLIENTAS], [KLIENTI]): the closure, not the other values, says a person types it.
    const recipient: Record<string, string> = { pl: 'Witaj [KLIENT]', fi: 'Hei [ASIAKAS]', lt: 'Sveiki, [KLIENTAS]', sq: 'Përshëndetje [KLIENTI]' };
    for (const [language, [person, shop]] of Object.entries(away)) {
      assert.equal(excerpts(person, { kind: 'auto-reply', language }).length, 1, `${language}: ${person}`);
      assert.equal(excerpts(shop, { kind: 'auto-reply', language }).length, 1, `${language}: ${shop}`);
      const greeted = `${recipient[language]},\n\n${shop}`;
      assert.equal(excerpts(greeted, { kind: 'auto-reply', language }).length, 1, `${language}: ${greeted}`);
    }
  });

  it('an app\'s notice with "i.e.", a roman numeral, a menu item or a copy of the customer\'s message is written by no person', () => {
    const received = 'Thank you for contacting [SITENAME]. We have received your request [TICKET_ID] and will reply within one business day';
    assert.deepEqual(excerpts(`${received} (i.e. by the end of tomorrow).\n\n[SITENAME] Support`, { kind: 'auto-reply' }), []);
    assert.deepEqual(excerpts('Your subscription to [PLAN_NAME] (Tier I) renews on [RENEWAL_DATE].\n\n[SITENAME]', { kind: 'auto-reply' }), []);
    // The pronoun after a capitalised word is still the writer's: "On Monday I will…".
    assert.deepEqual(
      excerpts('Thanks for writing in. On Monday I will be back and answer you, until [RETURN_DATE] the desk is closed.', { kind: 'auto-reply' }),
      ['[RETURN_DATE]'],
    );
    // Help desks copy the customer's message under the acknowledgement, often without "> ": its "I" is the customer's.
    const copies: Record<string, [acknowledgement: string, copyHeading: string, customerLine: string]> = {
      en: [`${received}.`, 'A copy of your message:\n\nSubject: Login', 'I cannot log in since the update.'],
      pl: [
        'Dziękujemy za wiadomość. Odpowiemy na zgłoszenie [TICKET_ID] w ciągu jednego dnia roboczego.',
        'Kopia wiadomości:\n\nTemat: Logowanie',
        'Nie mogę się zalogować od aktualizacji.',
      ],
      fi: [
        'Kiitos viestistäsi! Vastaamme pyyntöön [TICKET_ID] yhden arkipäivän kuluessa.',
        'Kopio viestistäsi:\n\nAihe: Kirjautuminen',
        'Minä en pääse kirjautumaan päivityksen jälkeen.',
      ],
      lt: [
        'Ačiū už laišką. Į užklausą [TICKET_ID] atsakysime per vieną darbo dieną.',
        'Jūsų laiško kopija:\n\nTema: Prisijungimas',
        'Aš negaliu prisijungti po atnaujinimo.',
      ],
      sq: [
        'Faleminderit për mesazhin. Do t’i përgjigjemi kërkesës [TICKET_ID] brenda një dite pune.',
        'Kopja e mesazhit tuaj:\n\nSubjekti: Hyrja',
        'Unë nuk mund të hyj pas përditësimit.',
      ],
    };
    for (const [language, [acknowledgement, copyHeading, customerLine]] of Object.entries(copies)) {
      const copied = `${acknowledgement}\n\n${copyHeading}\n${customerLine}\n\n[SITENAME]`;
      assert.deepEqual(excerpts(copied, { kind: 'auto-reply', language }), [], language);
      // The same line in the acknowledgement itself is the writer's: the slots stay to fill.
      assert.notDeepEqual(excerpts(`${acknowledgement} ${customerLine}\n\n[SITENAME]`, { kind: 'auto-reply', language }), [], `${language}: own words`);
    }
    // A heading with no value introduces the writer's own lines.
    assert.deepEqual(excerpts('Thanks for writing in.\n\nPlease note:\nI am away until [RETURN_DATE].', { kind: 'auto-reply' }), ['[RETURN_DATE]']);
    // fi "Minun tilini" is the site's "My account" menu item.
    const fi = 'Kiitos viestistäsi! Vastaamme pyyntöön [TICKET_ID] yhden arkipäivän kuluessa. Tilaustasi voit seurata kohdasta Minun tilini.\n\n[SITENAME]';
    assert.deepEqual(excerpts(fi, { kind: 'auto-reply', language: 'fi' }), []);
  });

  it('leaves them in macros and snippets, where the agent fills them in', () => {
    const text = 'Hi [NAME],\n\nOur technician can visit on TBD between 9:00 and 12:00.\n\nKind regards,\nMarcus';
    for (const kind of ['macro', 'snippet']) assert.deepEqual(excerpts(text, { kind }), [], kind);
  });

  it('a note to the agent covers its line and is offered for removal with it', () => {
    const text =
      'Hi Sofia,\n\nREMOVE THIS LINE BEFORE SENDING: check the order in Shopify first.  \n\nYour order leaves tomorrow morning.\n\nWarm regards,\nJonas';
    const [finding] = slots(text);
    assert.equal(finding!.excerpt, 'REMOVE THIS LINE BEFORE SENDING: check the order in Shopify first.');
    assert.equal(finding!.fix, undefined);
    assert.deepEqual(
      finding!.suggestions.map((suggestion) => applyEdits(text, suggestion.edits)),
      ['Hi Sofia,\n\nYour order leaves tomorrow morning.\n\nWarm regards,\nJonas'],
    );
    const inline = 'Hi Sofia,\n\nYour order leaves tomorrow. Note to agent: add the tracking link.\n\nWarm regards,\nJonas';
    const [note] = slots(inline);
    assert.equal(note!.excerpt, 'Note to agent: add the tracking link.');
    assert.deepEqual(note!.suggestions, []);
  });

  it('is not fooled by instructions to the customer, placeholders, code or quotes', () => {
    const clean = [
      'Hi Sam,\n\nPlease remove the SIM card before sending the phone to us.\n\nBest,\nAna',
      'Hi {{ticket.requester.first_name}},\n\nYour order {{ticket.id}} ships on Friday.\n\nBest,\nAna',
      'Hi Sam,\n\nRun `grep XXX config.ini` and send me what it prints.\n\nBest,\nAna',
      'Hi Sam,\n\nYou wrote "the date is TBD" on the form; the visit is on Friday at 10:00.\n\nBest,\nAna',
    ];
    for (const text of clean) assert.deepEqual(excerpts(text, { kind: 'reply' }, 'reply.md'), [], text);
  });

  it('reads the fill-in words and notes of each language', () => {
    const replies: Record<string, [string, string[]]> = {
      pl: [
        'Dzień dobry,\n\nUSUŃ TĘ LINIĘ PRZED WYSŁANIEM: sprawdź zamówienie.\n\nTechnik przyjedzie TBD.\n\nPozdrawiam,\nTomasz',
        ['USUŃ TĘ LINIĘ PRZED WYSŁANIEM: sprawdź zamówienie.', 'TBD'],
      ],
      fi: [
        'Hei Laura,\n\nPoista tämä rivi ennen lähettämistä: tarkista tilaus.\n\nAsentaja tulee XXX.\n\nTerveisin,\nJari',
        ['Poista tämä rivi ennen lähettämistä: tarkista tilaus.', 'XXX'],
      ],
      lt: [
        'Laba diena,\n\nIštrinkite šią eilutę prieš siųsdami.\n\nMeistras atvyks TBD.\n\nPagarbiai,\nDarius',
        ['Ištrinkite šią eilutę prieš siųsdami.', 'TBD'],
      ],
      sq: [
        'Përshëndetje,\n\nFshijeni këtë rresht para dërgimit.\n\nTekniku vjen më TBD.\n\nMe respekt,\nArben',
        ['Fshijeni këtë rresht para dërgimit.', 'TBD'],
      ],
    };
    for (const [language, [text, expected]] of Object.entries(replies)) assert.deepEqual(excerpts(text, { kind: 'reply', language }), expected, language);
  });
});

describe('bracket variables a team declares', () => {
  const slots = (text: string, config = {}) => spansOf('placeholder/unfilled-slot', text, 'sms.txt', { kind: 'auto-reply', language: 'sq', ...config });
  const SMS = 'Përshëndetje [Emri], takimi juaj është më [Data] në ora [Ora]. Abonimi skadon më [Skadimi_data].';

  it('written with their brackets in placeholders.variables (globs inside), they are no fill-in slot; the others still are', () => {
    assert.deepEqual(slots(SMS), ['[Emri]', '[Data]', '[Ora]', '[Skadimi_data]']);
    assert.deepEqual(slots(SMS, { placeholders: { variables: ['[Emri]', '[Data]', '[Ora]'] } }), ['[Skadimi_data]']);
    assert.deepEqual(slots(SMS, { placeholders: { dialect: 'none', variables: ['[Emri]', '[Data]', '[Ora]', '[Skadimi_*]'] } }), []);
    // Without its brackets a name is a template variable ({{Emri}}), not the bracket one.
    assert.deepEqual(slots(SMS, { placeholders: { variables: ['Emri'] } }), ['[Emri]', '[Data]', '[Ora]', '[Skadimi_data]']);
  });

  it('a bracket glob that does not close is a config error', () => {
    assert.throws(() => lintText(SMS, 'sms.txt', { language: 'sq', placeholders: { variables: ['[[Emri]'] } }), /not a valid glob/);
    assert.throws(() => lintText(SMS, 'sms.txt', { language: 'sq', placeholders: { variables: ['[Data  e re]'] } }), /single spaces/);
  });

  it('a fill-in in words is declared with its single spaces (a booking service\'s "[HYLKÄYKSEN SYY]", trial 16)', () => {
    const notice = 'Hyvä [VASTAANOTTAJAN NIMI],\n\nvarauksesi kohteeseen [VARAUSYKSIKÖN NIMI] hylättiin.\nSyy: [HYLKÄYKSEN SYY]\n\nSinun [LISÄÄ ALLEKIRJOITUS]';
    const declared = { kind: 'reply' as const, language: 'fi', placeholders: { variables: ['[VASTAANOTTAJAN NIMI]', '[* SYY]', '[VARAUSYKSIKÖN NIMI]'] } };
    const result = lintText(notice, 'notice.txt', declared);
    assert.deepEqual(
      result.findings.filter((finding) => finding.ruleId === 'placeholder/unfilled-slot').map((finding) => finding.excerpt),
      ['[LISÄÄ ALLEKIRJOITUS]'],
    );
  });
});

describe("notes to the agent are not the writer's prose", () => {
  it('no shouting on "REMOVE THIS LINE BEFORE SENDING", in a reply or a macro', () => {
    const text = 'Hi Sofia,\n\nREMOVE THIS LINE BEFORE SENDING: check the order first.\n\nYour order leaves tomorrow morning.\n\nWarm regards,\nJonas';
    for (const kind of ['reply', 'macro'] as const) assert.ok(!ruleIds(lintText(text, 'reply.txt', { kind })).includes('tone/shouting'), kind);
    assert.ok(ruleIds(lintText('Hi Sofia,\n\nYour refund is ON ITS WAY now.\n\nJonas')).includes('tone/shouting'));
  });
});

// Trial 13 missed a seller's "(your name )" under the five XXXX slots it found.
describe('a signature slot left in a reply', () => {
  it('"(your name )", "(your name here)", "[Your Name]" and "<agent name>" are unfilled slots, in each language\'s words', () => {
    const cases: [string, string, string][] = [
      ['en', 'Hi Sam,\n\nYour refund left our account today.\n\nBest regards,\n(your name )', '(your name )'],
      ['en', 'Hi Sam,\n\nYour refund left our account today.\n\nBest regards,\n(your name here)', '(your name here)'],
      ['en', 'Hi Sam,\n\nYour refund left our account today.\n\nBest regards,\n[Your Name]', '[Your Name]'],
      ['en', 'Hi Sam,\n\nYour refund left our account today.\n\nBest regards,\n<agent name>', '<agent name>'],
      ['pl', 'Dzień dobry,\n\nzwrot wysłaliśmy dziś.\n\nPozdrawiam,\n(imię i nazwisko)', '(imię i nazwisko)'],
      ['fi', 'Hei,\n\nhyvitys lähti tänään.\n\nTerveisin,\n(nimesi)', '(nimesi)'],
      ['lt', 'Laba diena,\n\npinigus grąžinome šiandien.\n\nPagarbiai,\n(jūsų vardas)', '(jūsų vardas)'],
      ['sq', 'Përshëndetje,\n\nrimbursimin e dërguam sot.\n\nMe respekt,\n(emri juaj)', '(emri juaj)'],
    ];
    for (const [language, text, slot] of cases) {
      const result = lintText(text, 'reply.txt', { language, kind: 'reply' });
      assert.deepEqual(
        result.findings.filter((finding) => finding.ruleId === 'placeholder/unfilled-slot').map((finding) => finding.excerpt),
        [slot],
        text,
      );
    }
    // A name in brackets that is the writer's own words stays prose.
    const named = lintText('Hi Sam,\n\nYour refund left today (your name is on the receipt).\n\nBest,\nAna', 'reply.txt', { language: 'en', kind: 'reply' });
    assert.ok(!ruleIds(named).includes('placeholder/unfilled-slot'));
  });
});

describe('placeholder/unmarked-slot', () => {
  const unmarked = (text: string, kind: ReplyKind, language = 'en') =>
    findingsOf('placeholder/unmarked-slot', text, 'r.txt', { kind, language }).map((finding) => finding.excerpt);

  it('flags a greeting whose name is the word for "name", in a macro and in what is sent as written (trial 16)', () => {
    for (const kind of ['macro', 'reply', 'auto-reply'] as const) {
      assert.deepEqual(unmarked('Dear name,\n\nYour grant was approved.\n\nThe grants team', kind), ['Dear name'], kind);
      assert.deepEqual(unmarked('Dear NAME,\n\nYour talk is on the waiting list.\n\nThe programme team', kind), ['Dear NAME'], kind);
    }
    assert.deepEqual(unmarked('Dzień dobry imię,\n\nstypendium zostało przyznane.\n\nZespół', 'macro', 'pl'), ['Dzień dobry imię']);
  });

  it('leaves real names, name variables and the word "name" inside a sentence', () => {
    assert.deepEqual(unmarked('Dear Nadia,\n\nYour grant was approved.\n\nThe grants team', 'macro'), []);
    assert.deepEqual(unmarked('Hi {{first_name}},\n\nYour grant was approved.\n\nThe grants team', 'macro'), []);
    assert.deepEqual(unmarked('Hi Sam,\n\nPlease check the name on your badge. Dear name changes cost nothing.\n\nThe desk', 'reply'), []);
  });
});
