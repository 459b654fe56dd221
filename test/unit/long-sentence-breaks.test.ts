// clarity/long-sentence (issue 13, trial9): a full stop with no space after it between a word and a capitalised one
// ("gjatë javës.Nga momenti") and the check-mark bullets of a chat bot's inline list ("galime: ✅ Priimti … ✅ …")
// end what a reader sees as a sentence or an item; the words are counted between them. One long run still counts.
import * as assert from 'node:assert/strict';
import { buildConfig } from '../../server/src/engine/config/project-config';
import { lint } from '../../server/src/engine/linter';
import { splitReplyUnits } from '../../server/src/engine/units/formats';
import { laidOutInHtml } from '../../server/src/engine/units/html-structure';
import { findingsOf } from '../support/engine';

function fired(ruleId: string, text: string, language: string, packs: string[] = ['recommended']): number {
  return findingsOf(ruleId, text, 'answer.txt', { language, kind: 'snippet', placeholders: 'none', extends: packs }).length;
}

function longSentences(text: string, language: string): number {
  return fired('clarity/long-sentence', text, language);
}

const TWENTY = 'we pack every order by hand in our small shop and send it out with the courier on the next working day';

describe('long sentences: breaks a reader sees', function () {
  this.timeout(60_000);

  it('a full stop glued to the next capitalised word ends a sentence for the count', () => {
    assert.equal(longSentences(`Today ${TWENTY}.Then ${TWENTY}.`, 'en'), 0);
    assert.equal(longSentences(`Sot ${TWENTY} javës.Nga ${TWENTY}.`, 'sq'), 0);
    // Without the full stop it is one sentence of over 40 words.
    assert.equal(longSentences(`Today ${TWENTY} and then ${TWENTY}.`, 'en'), 1);
  });

  it("a chat bot's inline check-mark list counts per item", () => {
    assert.equal(longSentences(`We can: ✅ ${TWENTY} ✅ ${TWENTY} ✅ ${TWENTY}`, 'en'), 0);
    assert.equal(longSentences(`Galime: ✅ ${TWENTY} ✅ ${TWENTY}`, 'lt'), 0);
    // One item that is itself long still counts.
    assert.equal(longSentences(`We can: ✅ ${TWENTY} and ${TWENTY} ✅ ${TWENTY}`, 'en'), 1);
  });
});

// Trial 12: a date, a time or a range of them is one word to a reader, in every language ("28.11. klo 22.00",
// "17.11.-20.11.2023"); each sentence below has exactly its language's limit of words between spaces.
const AT_THE_LIMIT: Record<string, { sentence: string; oneMore: string }> = {
  en: {
    sentence:
      'Our payment service will be down from 22:00 on 28.11.2023 until 06:00 on 29.11.2023, so a card payment made in that window will go through the next morning and you need not pay it twice.',
    oneMore: 'Also',
  },
  fi: {
    sentence:
      'Verkkopankki on huoltokatkon vuoksi poissa käytöstä 28.11. klo 22.00–06.00, joten tänä aikana tehdyt maksut kirjautuvat seuraavana aamuna eikä niitä tarvitse maksaa uudelleen.',
    oneMore: 'Myös',
  },
  pl: {
    sentence:
      'Z powodu prac serwisowych system płatności będzie niedostępny w dniach 17.11.-20.11.2023 w godzinach 22:00-06:00, dlatego płatności wykonane w tym czasie zostaną zaksięgowane następnego dnia rano i nie trzeba ich ponawiać.',
    oneMore: 'Również',
  },
  lt: {
    sentence:
      'Dėl planinių darbų mūsų mokėjimų sistema neveiks 2023-11-28 nuo 22:00 iki 06:00, todėl šiuo metu atlikti mokėjimai bus įskaityti tik kitą rytą ir jų nereikės kartoti dar kartą.',
    oneMore: 'Beje',
  },
  sq: {
    sentence:
      "Për shkak të punimeve, sistemi i pagesave nuk do të funksionojë më 28.11.2023 nga ora 22:00 deri në 06:00, prandaj pagesat në këtë kohë do të kalojnë të nesërmen dhe nuk keni nevojë t'i përsërisni.",
    oneMore: 'Gjithashtu',
  },
};

describe('long sentences: the words a reader counts', function () {
  this.timeout(60_000);

  for (const [language, { sentence, oneMore }] of Object.entries(AT_THE_LIMIT)) {
    it(`${language}: a date, a time or a range is one word`, () => {
      assert.equal(longSentences(sentence, language), 0);
      // One word more is over the limit: the dates are counted, once each.
      assert.equal(longSentences(`${oneMore} ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`, language), 1);
    });
  }

  it('a number, its full stop and a capital end a sentence in Polish and Finnish, where an ordinal comes before a lower-case word', () => {
    const polish =
      'Tylko dzisiejszego ranka odebraliśmy od klientów z całego regionu liczbę połączeń przychodzących zbliżoną do 100. Staraliśmy się do wszystkich osób, które do nas dzwoniły, wysłać SMS z informacją o awarii i o tym, kiedy usługa znów zadziała.';
    assert.equal(longSentences(polish, 'pl'), 0);
    assert.equal(longSentences(polish.replace('100. Staraliśmy', '100 i staraliśmy'), 'pl'), 1);
    const finnish =
      'Saimme tänä aamuna asiakkailta koko alueelta puheluita yli 100. Lähetimme kaikille soittajille tekstiviestin, jossa kerroimme katkon syyn ja arvion siitä, milloin palvelu toimii taas.';
    assert.equal(longSentences(finnish, 'fi'), 0);
    assert.equal(longSentences(finnish.replace('100. Lähetimme', '100 ja lähetimme'), 'fi'), 1);
  });

  it('a range closing a sentence ("klo 8–10. Hän") ends it as a number does, in every language that has the rule', () => {
    const finnish =
      'Sähkömies tulee huomenna aamulla tarkistamaan koko talon sulaketaulun ja kaikki porraskäytävien valaisimet klo 8–10. Hän soittaa ovikelloa kahdesti ja odottaa alaovella, jos kukaan asukkaista ei ole vielä kotona.';
    assert.equal(longSentences(finnish, 'fi'), 0);
    // A hyphen writes the range as well; joined by a word it is one long sentence.
    assert.equal(longSentences(finnish.replace('8–10', '8-10'), 'fi'), 0);
    assert.equal(longSentences(finnish.replace('8–10. Hän', '8–10, ja hän'), 'fi'), 1);
    const english =
      'Your family has been moved to the quieter carriage at the back of the train and the four of you now sit together in rows 3–5. The conductor knows about the change and will check your new tickets after the first stop.';
    assert.equal(longSentences(english, 'en'), 0);
    // An ordinal's range before a lower-case word goes on in Polish: "12–14. maja" is a date.
    const polish =
      'Nasz magazyn w Poznaniu będzie zamknięty z powodu corocznej inwentaryzacji wszystkich towarów w dniach 12–14. maja, dlatego zamówienia złożone w tym czasie wyślemy dopiero w poniedziałek rano, a kurier dostarczy je zwykle następnego dnia.';
    assert.equal(longSentences(polish, 'pl'), 1);
  });

  it('an English date written with an ordinal\'s full stop ("17. August") goes on: the whole sentence counts', () => {
    const sentence =
      "On Saturday 17. August from 10:15 to 10:32 there was an unexpected power outage in our data centre, caused by a fault on the operator's side, which took most of our services offline for about twenty minutes.";
    assert.equal(longSentences(sentence, 'en'), 1);
    // A number's full stop before another capital still ends the sentence.
    assert.equal(longSentences(sentence.replace('17. August from', '17. Then from'), 'en'), 0);
  });

  it("a reply's length (strict clarity/long-reply) counts a date as one word too", () => {
    // 50 sentences of 7 words between spaces: 350, the limit.
    const reply = Array.from({ length: 50 }, () => 'Your next visit is on 28.11.2023 instead.').join(' ');
    assert.equal(fired('clarity/long-reply', reply, 'en', ['recommended', 'strict']), 0);
    assert.equal(fired('clarity/long-reply', `Also ${reply}`, 'en', ['recommended', 'strict']), 1);
  });
});

// Trial 13: a shop's mail template kept as text (`.txt`, `.tpl`) is HTML; its paragraphs, line breaks, table cells
// and title have no full stop between them, and each ends a sentence as a browser shows it.
describe('long sentences: HTML blocks in a file that is not .html', function () {
  this.timeout(60_000);
  const options = buildConfig({ language: 'en', kind: 'auto-reply', placeholders: 'auto' }, undefined).lintOptions;
  const longIn = (text: string, fileName: string) =>
    findingsOf('clarity/long-sentence', text, fileName, { language: 'en', kind: 'auto-reply', placeholders: 'auto' });
  const FIRST = 'Your order {order_name} placed on {date} was cancelled and the full amount goes back to the card you paid with';
  const SECOND = 'If you paid with a gift card the balance is back on it and you can use it for your next order whenever you like';

  it('paragraphs, double line breaks, table cells and a title end a sentence', () => {
    for (const text of [
      `<p>Hi {firstname},</p>\n<p>${FIRST}</p>\n<p>${SECOND}</p>\n<p>{shop_name}</p>`,
      `Hi {firstname},<br><br>${FIRST}<br><br>${SECOND}<br><br>{shop_name}`,
      `<table><tr><td>${FIRST}</td></tr><tr><td>${SECOND}</td></tr></table>`,
      `<h1>Thank you for shopping with us and for choosing our small family shop for your order today</h1>${FIRST}`,
    ]) {
      for (const fileName of ['order_canceled.txt', 'order_canceled.tpl']) assert.deepEqual(longIn(text, fileName), [], `${fileName}: ${text}`);
    }
  });

  it('one long paragraph still counts, on its exact characters, after non-ASCII text', () => {
    const text = `<p>Hi {firstname} – «Żółć»,</p><p>${FIRST} and ${SECOND}</p>`;
    const found = longIn(text, 'order_canceled.txt');
    assert.equal(found.length, 1);
    assert.equal(text.slice(found[0]!.start, found[0]!.end), `${FIRST} and ${SECOND}`);
    assert.equal(found[0]!.range.start.character, text.indexOf(FIRST));
  });

  it('a plain-text reply with a fill-in slot in angle brackets is still plain text', () => {
    const result = lint({ text: 'Hi <NAME>,\n\nYour parcel left today.\n\nBest,\n<AGENT NAME>', fileName: 'reply.txt' }, options);
    assert.deepEqual(
      result.findings.filter((finding) => finding.ruleId === 'placeholder/unfilled-slot').map((finding) => finding.excerpt),
      ['<NAME>', '<AGENT NAME>'],
    );
  });
});

// Review #5: support for a shop or site builder explains tags in prose ("type <br> where you want a new line"); one tag
// mentioned is no markup, and a customer's `>` quote is never the writer's words, whatever the file is read as.
describe('a text file that mentions a tag is not HTML', function () {
  this.timeout(60_000);
  const options = buildConfig({ language: 'en', kind: 'reply' }, undefined).lintOptions;
  const QUOTE = '> Your editor is useless!!! Obviously nobody tested it. I typed Enter and the lines are gone.';
  const findingsIn = (text: string, fileName = 'reply.txt') =>
    lint({ text, fileName }, options).findings.map((finding) => `${finding.ruleId} ${text.slice(finding.start, finding.end)}`);

  it("a reply that tells the customer to type <br> keeps the customer's quote out of the judging", () => {
    const text = `Hi Maria,\n\n${QUOTE}\n\nSorry about the trouble with the description. The field is HTML, so type <br> where you want a new line. I added them on your summer dress page and the lines now show one under the other.\n\nBest regards,\nTom`;
    assert.deepEqual(findingsIn(text), []);
  });

  it('tags named back to back among words ("type <br><br> where…") lay nothing out, in a text file or in Markdown', () => {
    const text = `Hi Maria,\n\n${QUOTE}\n\nThe field is HTML, so type <br><br> where you want a blank line, and the page keeps it.\n\nBest regards,\nTom`;
    assert.equal(laidOutInHtml(text), false);
    for (const fileName of ['reply.txt', 'reply.md']) {
      assert.deepEqual(findingsIn(text, fileName), [], fileName);
      const prose = splitReplyUnits(text, fileName, {})[0]!.prose;
      const sentence = prose.slice(prose.indexOf('The field'), prose.indexOf('keeps it.'));
      assert.equal(/\n/.test(sentence), false, `${fileName}: no break inside the sentence`);
    }
    // Laid out, the same tags still end lines: after a comma with no space, before a capital.
    assert.equal(laidOutInHtml('Hi {firstname},<br><br>Your order shipped.<br><br>{shop_name}'), true);
    const markdown = splitReplyUnits('Hi Sam,\n\nYour order shipped.<br><br>Best,<br>Ana\n', 'reply.md', {})[0]!.prose;
    assert.match(markdown, /shipped\.\n/);
  });

  it('a mail template kept as text is still HTML, and a quote line in it is still the customer’s', () => {
    const text = `<p>Hi Maria,</p>\n${QUOTE}\n<p>Sorry about the trouble with the description. The lines now show one under the other.</p>\n<p>Best regards,<br>Tom</p>`;
    assert.deepEqual(findingsIn(text), []);
    // The same quote written by the agent is judged.
    assert.ok(findingsIn(text.replace('> ', '')).some((finding) => finding.startsWith('tone/')));
  });
});

describe('sentence boundaries at line breaks with no full stop', function () {
  this.timeout(60_000);
  const options = buildConfig({ kind: 'reply', placeholders: 'auto', extends: ['recommended'] }, undefined).lintOptions;
  /** What each long-sentence finding covers, in the text as written. */
  const longIn = (text: string, language: string) =>
    lint({ text, fileName: 'answer.txt' }, { ...options, language })
      .findings.filter((finding) => finding.ruleId === 'clarity/long-sentence')
      .map((finding) => text.slice(finding.start, finding.end));

  it('a list of amounts one per line is one item a line, CRLF and non-ASCII kept', () => {
    const rows = [
      '1.722 zł udział w programie radiowym gminy',
      '2.607 zł publikacja materiałów reklamowych i artykułów w prasie lokalnej',
      '3.888 zł koncert zespołu artystycznego z elementami promocji gminy',
      '4.395 zł przyjęcie zaproszonych gości z gmin partnerskich',
      '2.033 zł zakup drobnych artykułów promocyjnych na festyn',
    ];
    for (const newline of ['\n', '\r\n']) assert.deepEqual(longIn(['Wydatki w 2025 roku:', ...rows, ''].join(newline), 'pl'), [], JSON.stringify(newline));
    // The same words wrapped in one sentence (a line that opens with a word) still count as one.
    const wrapped = `Wydatki gminy ${rows.join(' oraz ').replace(/\d\.\d{3} zł /g, '')}.`;
    assert.equal(longIn(wrapped, 'pl').length, 1);
  });

  // Trial 16: a programme's "Important Dates", one "date - event" row a line with no full stop, read as one sentence.
  it('"term - description" rows one a line are one item a line, CRLF, placeholders and non-ASCII kept', () => {
    const rows = [
      '{{ round.opens }} – Applications open for everyone in the Łódź and Kraków clubs',
      '{{ round.mentors_due }} - Last day for coaches to propose a training project',
      '{{ round.closes }} at 4pm UTC - Applications close and the review starts',
      '{{ round.selection }} - Coaches choose their trainees for the summer season',
    ];
    for (const newline of ['\n', '\r\n'])
      assert.deepEqual(longIn(['Hello,', '', 'Key dates', '', ...rows, ''].join(newline), 'en'), [], JSON.stringify(newline));
    // The same rows joined by "and" on one line are one long sentence.
    assert.equal(longIn(`Hello,\n\n${rows.join(' and ')}.\n`, 'en').length, 1);
    // A sentence wrapped over long lines that hold a dash still counts as one.
    const wrapped = `Hello,\n\nThe coaches - all of them volunteers from the two clubs - read every application by hand and write a short\nnote to each applicant - including the ones who are not chosen this season - before the review closes.\n`;
    assert.equal(longIn(wrapped, 'en').length, 1);
  });

  // Reviewer #1: a plain-text e-mail hard-wrapped at about 70 columns, with dashes as asides, was cut into "rows" where
  // a wrapped line opened with "I", a name or a brand; its 58-word sentence went unflagged while its comma twin was found.
  it('a hard-wrapped sentence with dashes as asides is one sentence; rows need a short term or a value, and open alike', () => {
    const dashes = [
      'Thanks for the video of the kettle - it shows the leak very clearly - so',
      'I asked our returns desk in Bristol - the team that covers your area - to send a',
      'DHL parcel with a new kettle and a prepaid label for the faulty one - it leaves',
      'Bristol tomorrow morning and should reach you on Thursday before noon.',
    ].join('\n');
    const sentence = (text: string) => text.slice(text.indexOf('Thanks'), text.indexOf('noon.') + 'noon.'.length);
    for (const body of [dashes, dashes.replace(/ - /g, ', ')])
      for (const newline of ['\n', '\r\n']) {
        const text = `Hi Jonas,\n\n${body}\n\nBest wishes,\nPriya\n`.replace(/\n/g, newline);
        assert.deepEqual(longIn(text, 'en'), [sentence(text)], JSON.stringify([body.slice(35, 40), newline]));
      }
    // A line that ends in a word a line wraps after ("to") goes on, even with a short term before its dash.
    const toBristol = [
      'Thanks - the photos of the kettle show the leak very clearly, and I have now sent them on to',
      'Bristol - the returns desk - who will send a DHL parcel with a new kettle and a label today.',
    ];
    assert.equal(longIn(`Hi Jonas,\n\n${toBristol.join('\n')}\n`, 'en').length, 1);
    // Rows with a short term, or opening with a number, still end one a line (each under the limit, together over it).
    const hours = [
      'Monday to Friday - phone and chat support from nine in the morning until six',
      'Saturday - chat support only from ten until four while the phone lines stay closed',
      'Sunday - closed, and every message is answered first thing on Monday morning',
    ];
    const prices = [
      '12 EUR - standard delivery to a parcel locker anywhere in the country',
      '19 EUR - courier delivery to your door on the next working day before noon',
    ];
    for (const rows of [hours, [...prices, ...prices]]) assert.deepEqual(longIn(`Hello,\n\n${rows.join('\n')}\n`, 'en'), [], rows[0]);
    // A line that opens unlike the one above (a capital under a value) goes on its sentence.
    const unlike = [
      '12 EUR - standard delivery to a parcel locker anywhere in the country within three working days',
      'Express orders - packed the same day when you order before noon and delivered the next morning by courier',
      'and nothing is charged for it.',
    ];
    assert.equal(longIn(`Hello,\n\n${unlike.join('\n')}\n`, 'en').length, 1);
  });

  // Trial 42: a plain-text bill's fee table (Django fill-ins padded into columns, one row a line, rule lines around it)
  // was read as one long sentence (fi, 2 findings).
  it('a plain-text table (rows padded into columns, rule lines) is one item a line, CRLF and fill-ins kept', () => {
    const tables: [string, string[]][] = [
      [
        'fi',
        [
          'Maksun erittely',
          '------------------------------------------------------------',
          'Vuosimaksu {{ plan_name|ljust:"12" }} {{ period.start|date:"SHORT_DATE_FORMAT" }} - {{ period.end|date:"SHORT_DATE_FORMAT" }}       {{ base_fee|rjust:"6" }} e',
          'Liittymän ylläpito ja verkon huolto koko laskutuskaudelta       {{ upkeep|rjust:"6" }} e',
          'Arvonlisävero {{ vat_rate|ljust:"3" }} prosenttia kaikista yllä olevista maksuista     {{ vat|rjust:"6" }} e',
          '------------------------------------------------------------',
          'Maksettava yhteensä viimeistään eräpäivänä                        {{ total|rjust:"6" }} e',
        ],
      ],
      [
        'en',
        [
          'Charges this month',
          '============================================================',
          'Fibre 300 broadband plan from {{ period.start }} to {{ period.end }}\t{{ plan_fee }} USD',
          'Static IP address and router rental for the whole billing month\t{{ extras_fee }} USD',
          'Late payment fee added because the last bill was paid after its due date\t{{ late_fee }} USD',
          '============================================================',
          'Total to pay by the due date shown at the top of this bill      {{ total }} USD',
        ],
      ],
    ];
    for (const [language, lines] of tables)
      for (const newline of ['\n', '\r\n']) {
        const text = ['Hello,', '', 'Your bill for this month is ready.', '', ...lines, '', 'Thank you.', ''].join(newline);
        assert.deepEqual(longIn(text, language), [], `${language} ${JSON.stringify(newline)}`);
        // The same rows as words of one wrapped sentence, with no padding and no rule, still count as one.
        const wrapped = ['Hello,', '', ...lines.filter((line) => !/^[-=]+$/.test(line)).map((line) => line.replace(/\t| {2,}/g, ' ')), ''].join(newline);
        assert.equal(longIn(wrapped, language).length, 1, `${language} wrapped`);
      }
    // Markup masked to spaces in the prose is no padding: a sentence with inline tags on two lines is still one.
    const tagged =
      '<p>Hello,</p>\n<p>Your <b>Fibre 300</b> plan moves to the new <i>Fibre 500</i> price from the first of next month and the router\nrental stays <b>free</b> for the whole contract, so nothing else on your <i>monthly</i> bill changes at all for you.</p>';
    assert.equal(longIn(tagged, 'en').length, 1);
  });

  it('a list of short items after a colon ends the run before it; clauses after a colon count on', () => {
    const list =
      'Kesäseteli auttaa löytämään kesätyön: viime kesänä tavallisia tehtäviä olivat leirin ohjaaja, kaupan hyllyttäjä, kahvilan apulainen, puistotyöntekijä, lastenhoitaja, uimavalvoja, kirjaston apulainen, verkkolehden kirjoittaja ja torimyyjä.';
    assert.deepEqual(longIn(list, 'fi'), []);
    const clauses =
      'Kesäseteli auttaa löytämään kesätyön: viime kesänä nuoret ohjasivat leirejä koko kesän ajan, hyllyttivät tuotteita kaupoissa iltaisin, auttoivat kahviloissa viikonloppuisin ja hoitivat lapsia kotona.';
    assert.equal(longIn(clauses, 'fi').length, 1);
  });

  it('a heading ends before the next line, a sentence ends at a URL or a redacted address at its line end', () => {
    const body = 'Please note that our answers to your requests for information will always be sent from one address';
    const next = 'We recommend that you add this address to your contacts so that your mail provider does not treat our answer as spam';
    assert.deepEqual(longIn(`Hello,\n\nReceiving a response from us\n${body} [email address]\n${next}.\n`, 'en'), []);
    assert.deepEqual(longIn(`Hello,\n\n${body}, which is https://example.org/foi/answers\n${next}.\n`, 'en'), []);
    // Run on over a lower-case line, the same words are one sentence.
    assert.equal(longIn(`Hello,\n\n${body}, which is https://example.org/foi/answers\nand ${next.toLowerCase()}.\n`, 'en').length, 1);
  });

  it('a short first line wrapped at a fixed width is no heading', () => {
    const text = `Hello,\n\nYour parcel left our warehouse in\nBerlin this morning, and the\ncourier brings it to your door\ntomorrow between nine and noon,\nso please make sure someone is\nat home to sign for the parcel\nthen, or tell us a neighbour.\n`;
    assert.equal(longIn(text, 'en').length, 1);
  });

  // Issue 12: a short first line wrapped before a name over a long line read as a heading, and the sentence split there.
  it('a short first line that ends in a word no heading ends in ("to", "w", "ja") wraps into the next', () => {
    const cases: [string, string, string][] = [
      [
        'en',
        'Your parcel was handed to',
        'DPD Polska this morning, and the courier brings it to your door tomorrow between nine and noon, so please make sure someone is at home to sign for the parcel then.',
      ],
      [
        'pl',
        'Paczka jest już w',
        'Magazynie Centralnym w Strykowie i kurier dostarczy ją jutro między dziewiątą a dwunastą, więc prosimy, aby ktoś był wtedy w domu i mógł ją odebrać od kuriera osobiście.',
      ],
    ];
    for (const [language, first, second] of cases) {
      assert.equal(longIn(`Hello,\n\n${first}\n${second}\n`, language).length, 1, language);
      // A title over the same line still ends before it.
      const title = first.split(' ').slice(0, -1).join(' ');
      assert.deepEqual(longIn(`Hello,\n\n${title}\n${second}\n`, language), [], language);
    }
  });

  it('Polish legal references ("art. 13 ust. 1", "Dz. U. … poz. 1429") end no sentence', () => {
    const text =
      'Dzień dobry,\n\ntreść klauzuli informacyjnej wynikającej z art. 13 ust. 1 i 2 RODO oraz ustawy opublikowanej w Dz. U. z 2019 r. poz. 1429 znajduje się na stronie głównej urzędu, w zakładce ochrony danych osobowych.\n';
    assert.deepEqual(longIn(text, 'pl'), [text.slice(text.indexOf('treść'), text.indexOf('osobowych.') + 'osobowych.'.length)]);
  });
});
