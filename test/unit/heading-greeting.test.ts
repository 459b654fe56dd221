// Markdown e-mail templates whose greeting is their first heading ("# Hi {{name}},"
// over the message): the heading is the reply's greeting, in every language's own
// greeting words, not a title that leaves the first body line without one.
import * as assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/engine/fix-all';
import { findingsOf, lintText } from '../support/engine';

// `kind: 'reply'` asks the greeting of the reply whatever it shows; without it the kind is inferred from the reply.
const greetingOf = (text: string, language: string, kind?: 'reply') => {
  const result = lintText(text, 'template.md', { language, ...(kind ? { kind } : {}) });
  return { findings: result.findings.filter((finding) => finding.ruleId === 'formula/greeting'), unit: result.units[0]! };
};

describe('a greeting written as the first Markdown heading', () => {
  const cases: [string, string, string][] = [
    ['en', '# Hi {{name}},', 'thanks for your order. It leaves our warehouse on Friday and the tracking link follows by e-mail.'],
    ['fi', '# Hei {{ nimi }},', 'kiitos tilauksestasi. Lähetämme paketin perjantaina ja seurantalinkki tulee sähköpostiisi.'],
    ['pl', '# Dzień dobry {{ imie }}!', 'dziękujemy za zamówienie. Paczka wyjedzie z magazynu w piątek, a link do śledzenia wyślemy mailem.'],
    ['lt', '# Sveiki, {{ vardas }},', 'dėkojame už užsakymą. Siuntinį išsiųsime penktadienį, o sekimo nuorodą atsiųsime el. paštu.'],
    ['sq', '# Përshëndetje {{ emri }},', 'faleminderit për porosinë. Pakoja niset nga magazina të premten dhe lidhjen e gjurmimit do ta merrni me email.'],
  ];

  for (const [language, heading, body] of cases) {
    it(`${language}: "${heading}" is the greeting, so none is asked of the first body line`, () => {
      const text = `${heading}\n\n${body}\n`;
      const { findings, unit } = greetingOf(text, language);
      assert.deepEqual(findings, []);
      assert.equal(unit.scorecard.greeting, 'pass');
      assert.equal(unit.kindReason?.id, 'kind.inferred.greeted', 'the heading greeting makes it a full e-mail, like a greeting line would');
      assert.deepEqual(greetingOf(text, language, 'reply').findings, []);
      // The same message under a heading that is a title still lacks its greeting.
      const titled = greetingOf(`# Order 1042\n\n${body}\n`, language, 'reply');
      assert.equal(titled.findings.length, 1);
      assert.equal(titled.unit.scorecard.greeting, 'fail');
    });
  }

  it('a setext heading and a heading with closing #s are read the same way', () => {
    const body = 'thanks for your order. It leaves our warehouse on Friday and the tracking link follows by e-mail.';
    assert.deepEqual(greetingOf(`Hello Priya!\n============\n\n${body}\n`, 'en', 'reply').findings, []);
    assert.deepEqual(greetingOf(`## Dear {{ticket.requester.first_name}}, ##\n\n${body}\n`, 'en', 'reply').findings, []);
    // Read as the rest of the Markdown is: CRLF line ends too, and a setext heading is all of its lines.
    assert.deepEqual(greetingOf(`# Hi {{name}},\r\n\r\n${body}\r\n`, 'en', 'reply').findings, []);
    assert.deepEqual(greetingOf(`Hello Priya!\r\n============\r\n\r\n${body}\r\n`, 'en', 'reply').findings, []);
    // A full stop after the name's variable still ends a greeting line ("# Hello, {{user.firstName}}.").
    assert.deepEqual(greetingOf(`# Hello, {{user.firstName}}.\n\n${body}\n`, 'en', 'reply').findings, []);
    assert.deepEqual(greetingOf(`# Hei {{ nimi }}.\n\nKiitos tilauksestasi. Lähetämme paketin perjantaina.\n`, 'fi', 'reply').findings, []);
    assert.equal(greetingOf(`Order 1042\nHi Priya,\n---\n\n${body}\n`, 'en', 'reply').findings.length, 1);
  });

  it('a heading that only starts with a greeting word, or ends like a sentence, is still a title', () => {
    const body = 'Your order leaves our warehouse on Friday and the tracking link follows by e-mail.';
    for (const heading of [
      '# Welcome to the returns guide for all of our stores',
      '# Hi there.',
      '# Welcome to Acme.',
      '# Hello {{name}} and welcome to the returns guide.',
      '# Hello: what to do when a parcel is late',
      '# Good morning routines?',
    ]) {
      assert.equal(greetingOf(`${heading}\n\n${body}\n`, 'en', 'reply').findings.length, 1, heading);
    }
    // Not the last thing before the message: a greeting heading above an intro paragraph is no greeting of the reply.
    assert.equal(greetingOf(`Order notes\n\n# Hi {{name}},\n\n${body}\n`, 'en', 'reply').findings.length, 1);
  });

  it('a plain-text reply keeps reading "# Hi Sam," as written', () => {
    const result = lintText('# Hi Sam,\n\nYour order leaves our warehouse on Friday.\n', 'reply.txt', { language: 'en' });
    assert.equal(result.units[0]!.scorecard.greeting, 'pass');
  });
});

// Trial 13: shop and booking e-mails greet under the mail's title lines, or with the shop's greeting variable.
describe("a greeting under an e-mail's title lines, and a greeting variable", () => {
  const BODY: Record<string, string> = {
    en: 'Your payment for booking {booking_id} went through. Your tickets are attached to this e-mail.',
    sq: 'Pagesa për rezervimin {booking_id} u krye me sukses. Biletat i gjeni të bashkangjitura.',
    pl: 'Płatność za rezerwację {booking_id} została przyjęta. Bilety są w załączniku.',
  };
  const GREETING: Record<string, string> = { en: 'Hi {customer_name},', sq: 'Përshëndetje {customer_name},', pl: 'Dzień dobry {customer_name},' };

  for (const language of ['en', 'sq', 'pl']) {
    it(`${language}: a brand line and a banner above the greeting leave it the greeting, in text and HTML`, () => {
      const text = `TravelApp\n\nPayment received\n\n${GREETING[language]}\n\n${BODY[language]}\n`;
      const html = `<div>TravelApp</div><h1>Payment received</h1><p>${GREETING[language]}</p><p>${BODY[language]}</p>`;
      for (const [source, fileName] of [
        [text, 'booking.txt'],
        [html, 'booking.html'],
      ] as const) {
        const result = lintText(source, fileName, { language, kind: 'reply' });
        assert.deepEqual(
          result.findings.filter((finding) => finding.ruleId === 'formula/greeting'),
          [],
          source,
        );
        assert.equal(result.units[0]!.scorecard.greeting, 'pass');
      }
    });
  }

  it('title lines are short and unpunctuated; a sentence above the greeting is no title', () => {
    const asked = (text: string) => findingsOf('formula/greeting', text, 'booking.txt', { language: 'en', kind: 'reply' });
    assert.equal(
      asked(`We have some news about your trip to Tirana.\n\nIt has been a busy week for all of us here.\n\nHi {customer_name},\n\n${BODY.en}\n`).length,
      1,
    );
    assert.equal(
      asked(`TravelApp\n\nPayment received\n\nYour booking desk\n\nThe summer team\n\nTirana office\n\nHi {customer_name},\n\n${BODY.en}\n`).length,
      1,
      'the window is the opening under at most three title lines',
    );
  });

  it('"{greeting}" and "{{ greeting }}" alone on the first line are the greeting; other variables there are not', () => {
    for (const opening of ['{greeting}', '{{ greeting }}', '{{email_greeting}}']) {
      const { findings, unit } = greetingOf(`${opening}\n\n${BODY.en}\n\nKind regards,\nAna\n`, 'en', 'reply');
      assert.deepEqual(findings, [], opening);
      assert.equal(unit.scorecard.greeting, 'pass', opening);
    }
    assert.equal(greetingOf(`{order_name}\n\n${BODY.en}\n\nKind regards,\nAna\n`, 'en', 'reply').findings.length, 1);
    assert.equal(greetingOf(`{greeting} and welcome back to the shop\n\n${BODY.en}\n`, 'en', 'reply').findings.length, 1);
  });

  it('a Handlebars partial named greeting or salutation opening the mail, under its Subject: line and layout partials, is the greeting (trial 44)', () => {
    const greeted = (opening: string) => {
      const text = `Subject: Your monthly gift is paused\n\n{{> header}}\n\n${opening}\n\n<p>${BODY.en}</p>\n\n<p>Warmly,<br>The Harbour Food Bank</p>\n`;
      return lintText(text, 'paused.hbs', { language: 'en', kind: 'reply', placeholders: 'handlebars' }).findings.filter(
        (finding) => finding.ruleId === 'formula/greeting',
      );
    };
    for (const opening of ['<p>{{> greeting}}</p>', '{{> email_salutation name=donor.name}}']) assert.deepEqual(greeted(opening), [], opening);
    // Another partial there greets nobody, and one below the first words is no opening.
    assert.equal(greeted('<p>{{> logo}}</p>').length, 1);
    assert.equal(greeted(`<p>${BODY.en}</p>\n{{> greeting}}`).length, 1);
  });

  it('an inserted greeting goes under the Subject: and other header lines, never above them, nor after a tag on the first line', () => {
    const inserted = (text: string, fileName = 'refund.txt') => {
      const [finding] = lintText(text, fileName, { language: 'en', kind: 'reply' }).findings.filter((item) => item.ruleId === 'formula/greeting');
      assert.ok(finding, text);
      return finding.suggestions.map((suggestion) => applyEdits(text, suggestion.edits));
    };
    const body = 'We sent the 20 EUR you gave on 2 March back to your card today.\n\nKind regards,\nAnna\n';
    assert.deepEqual(inserted(`Subject: Your gift was refunded\nFrom: Harbour Food Bank\n\n${body}`), [
      `Subject: Your gift was refunded\nFrom: Harbour Food Bank\n\nHi there,\n\n${body}`,
    ]);
    assert.deepEqual(inserted(`Subject: Your gift was refunded\n\n<p>${body}</p>`, 'refund.html'), [
      `Subject: Your gift was refunded\n\n<p>Hi there,<br><br>${body}</p>`,
    ]);
    // Its first words after a template's value: no place to put a greeting is safe.
    assert.deepEqual(inserted(`Subject: Your gift was refunded\n\n{{> amount}} went back to your card today.\n\nKind regards,\nAnna\n`, 'refund.hbs'), []);
    assert.deepEqual(inserted(body), [`Hi there,\n\n${body}`]);
  });
});

describe('the vocative check reads the greeting under the title lines', () => {
  it('pl: "Dzień dobry {customer_name}," under "{shop_name}" is flagged at the customer\'s variable, never at the shop\'s', () => {
    const text = '{shop_name}\n\nAktualizacja zamówienia\n\nDzień dobry {customer_name},\n\nzamówienie {order_name} wyjedzie jutro rano.\n';
    const found = findingsOf('placeholder/vocative-name', text, 'order.txt', { language: 'pl', kind: 'macro' });
    assert.deepEqual(
      found.map((finding) => finding.excerpt),
      ['{customer_name}'],
    );
  });

  it('pl/lt/en: a greeting line with no stop ("Cze\u015b\u0107, ${guestName}") among the title lines is the greeting (trial 36)', () => {
    const pl = '<p>Kajaki</p>\n<p>Rezerwacja potwierdzona</p>\n<p>Cze\u015b\u0107, ${guestName}</p>\n<p>mamy Twoj\u0105 rezerwacj\u0119 na sobot\u0119.</p>\n';
    assert.deepEqual(
      findingsOf('placeholder/vocative-name', pl, 'booking.html', { language: 'pl', kind: 'auto-reply' }).map((finding) => finding.excerpt),
      ['${guestName}'],
    );
    const lt =
      '<p>Baidar\u0117s</p>\n<p>Rezervacija patvirtinta</p>\n<p>Labas, ${guestName}</p>\n<p>gavome j\u016bs\u0173 rezervacij\u0105 \u0161e\u0161tadieniui.</p>\n';
    assert.equal(findingsOf('placeholder/vocative-name', lt, 'booking.html', { language: 'lt', kind: 'auto-reply' }).length, 1);
    // Three title-like lines, the last the greeting: no greeting is asked of the reply.
    const en = '<p>Kayaks</p>\n<p>Booking confirmed</p>\n<p>Hi there</p>\n<p>We have your booking for Saturday.</p>\n';
    assert.deepEqual(findingsOf('formula/greeting', en, 'booking.html', { language: 'en', kind: 'reply' }), []);
  });

  it('pl: an organisation\'s fill-in on the subject line ("Zaproszenie do %{org_name}") addresses nobody (trial 26)', () => {
    const text =
      'Subject: Zaproszenie do %{org_name}\n\n<h1>Witaj w %{org}</h1>\n<p>Cieszymy si\u0119, \u017ce do nas do\u0142\u0105czasz. Wype\u0142nij formularz poni\u017cej:</p>\n';
    assert.deepEqual(findingsOf('placeholder/vocative-name', text, 'invite.html', { language: 'pl', kind: 'macro' }), []);
    const person = 'Subject: Zaproszenie dla %{user_name}\n\n<p>Witaj %{first_name}! Wype\u0142nij formularz.</p>\n';
    assert.equal(findingsOf('placeholder/vocative-name', person, 'invite.html', { language: 'pl', kind: 'macro' }).length, 1);
  });
});

// Trial 13: a cancelled order's title line over the same news was judged twice; a rejected listing's title once, wrongly.
describe('a title line the body repeats is judged in the body', () => {
  const found = (text: string, fileName: string, language: string, ruleId: string) =>
    findingsOf(ruleId, text, fileName, { language, kind: 'auto-reply' }).map((finding) => finding.excerpt);

  it('bad news: once, in the body, in text and HTML and in other languages', () => {
    const body = 'Your order {order_name} has been cancelled because the item is out of stock. The full amount goes back to your card.';
    assert.deepEqual(found(`Your order has been cancelled\n\nHi {firstname},\n\n${body}\n`, 'mail.txt', 'en', 'empathy/bad-news-without-empathy'), [
      'order {order_name} has been cancelled',
    ]);
    assert.deepEqual(
      found(`<h1>Your order has been cancelled</h1><p>Hi {firstname},</p><p>${body}</p>`, 'mail.html', 'en', 'empathy/bad-news-without-empathy'),
      ['order {order_name} has been cancelled'],
    );
    assert.deepEqual(
      found(
        'Porosia juaj u anulua\n\nPërshëndetje {customer_name},\n\nPorosia juaj {order_number} u anulua sepse pagesa nuk u krye. Shuma nuk është tërhequr nga karta juaj.\n',
        'mail.txt',
        'sq',
        'empathy/bad-news-without-empathy',
      ),
      ['Porosia juaj {order_number} u anulua'],
    );
  });

  it('a title the body does not repeat is still judged, and a first sentence with a full stop is no title', () => {
    assert.deepEqual(
      found(
        'Your order has been cancelled\n\nHi {firstname},\n\nThe full amount goes back to your card within five days.\n',
        'mail.txt',
        'en',
        'empathy/bad-news-without-empathy',
      ),
      ['order has been cancelled'],
    );
    assert.equal(
      found(
        'Your order has been cancelled.\n\nYour order {order_name} has been cancelled because the item is out of stock.\n',
        'mail.txt',
        'en',
        'empathy/bad-news-without-empathy',
      ).length,
      2,
    );
  });

  // Review #23: a quick reply written without full stops has short unpunctuated lines under its greeting; they are the
  // message, not titles. Titles stand above the greeting only.
  it('lines under the greeting, or with no greeting under them, are no titles', () => {
    const refusal = 'Unfortunately we cannot refund your order\n\nThe order was opened and used, so it falls outside our returns policy.\n\nBest\nOwen\n';
    for (const text of [`Hi Sam\n\n${refusal}`, `Hi Sam,\n\n${refusal}`, refusal]) {
      assert.deepEqual(
        findingsOf('empathy/bad-news-without-empathy', text, 'reply.txt', { language: 'en', kind: 'reply' }).map((finding) => finding.start),
        [text.indexOf('Unfortunately')],
        text,
      );
    }
  });
});
