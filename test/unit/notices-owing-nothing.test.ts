// Trial 19: a help desk's, a booking system's and an appointment system's automatic e-mails that owe the reader nothing
// were read as acknowledgements owing a reply time (deferral/auto-reply-next-step, right 4 of 10): a new ticket's
// acknowledgement sent with its automatic answer (osTicket's %{response}), an appointment confirmed, an account opened
// for the reader, a password reset. An acknowledgement that only says the message arrived still owes a time.
import * as assert from 'node:assert/strict';
import { findingsOf } from '../support/engine';

const RULE = 'deferral/auto-reply-next-step';

function fired(text: string, language: string): number {
  return findingsOf(RULE, text, 'notice.txt', { language, kind: 'auto-reply' }).length;
}

describe('automatic e-mails that owe the reader nothing', function () {
  // The first lint builds the five packs: slow under load.
  this.timeout(60_000);

  const withAnswer: [string, string][] = [
    [
      'en',
      'Dear %{recipient.name.first},\n\nThanks for your message. Ticket #%{ticket.number} has been opened for it; our answer for its topic is below.\n\n%{x}',
    ],
    ['pl', 'Dzień dobry,\n\ndziękujemy za wiadomość. Zgłoszenie #%{ticket.number} zostało utworzone, a odpowiedź na nie znajdziesz poniżej.\n\n%{x}'],
    ['fi', 'Hei %{recipient.name.first},\n\nkiitos viestistäsi. Viestisi on vastaanotettu tikettinä #%{ticket.number}, ja vastaus on alla.\n\n%{x}'],
    ['lt', 'Laba diena,\n\ndėkojame už laišką. Jūsų užklausa užregistruota numeriu #%{ticket.number}, atsakymas pateiktas žemiau.\n\n%{x}'],
    ['sq', 'Përshëndetje,\n\nfaleminderit për mesazhin. Kërkesa juaj u regjistrua me numrin #%{ticket.number}, përgjigjja është më poshtë.\n\n%{x}'],
  ];

  it("a new ticket's acknowledgement that prints the help desk's answer (%{response}) owes no time (5 languages)", () => {
    for (const [language, text] of withAnswer) assert.equal(fired(text.replace('%{x}', '%{response}'), language), 0, `${language}: ${text}`);
  });

  it("one that prints the customer's own message back (%{message}) still owes one", () => {
    for (const [language, text] of withAnswer) assert.equal(fired(text.replace('%{x}', '%{message}'), language), 1, `${language}: ${text}`);
  });

  it("an answer variable counts only in the help desk whose answer it prints: Liquid's {{response}} is a product's own", () => {
    const liquid = 'Thanks for your message. Your ticket has been opened; the details are below.\n\n{{response}}';
    assert.equal(fired(liquid, 'en'), 1);
  });

  it('an account opened for the reader, with its sign-in link, owes no time; a review the team still owes does', () => {
    const opened: [string, string][] = [
      ['en', 'Hello,\n\nAn account at Larch Rooms has been created for you by your office manager. Sign in here: {{login_url}}'],
      ['pl', 'Dzień dobry,\n\nkonto w serwisie Lipowe Sale zostało utworzone dla Pani. Zaloguj się tutaj: {{login_url}}'],
      ['fi', 'Hei,\n\ntilisi on luotu ja vastaanotettu järjestelmään. Kirjaudu sisään: {{login_url}}'],
      ['lt', 'Sveiki,\n\nJūsų paskyra buvo užregistruota. Prisijunkite čia: {{login_url}}'],
      ['sq', 'Përshëndetje,\n\nLlogaria juaj u regjistrua. Hyni këtu: {{login_url}}'],
    ];
    for (const [language, text] of opened) assert.equal(fired(text, language), 0, `${language}: ${text}`);
    assert.equal(fired('An account has been created for you. Your booking request will be reviewed by our staff.', 'en'), 1);
  });

  it('a password reset whose link sets "your own" password owes no time (pl, lt)', () => {
    assert.equal(fired('Otrzymaliśmy prośbę o zmianę hasła. Kliknij link poniżej, aby się zalogować i zmienić swoje hasło.', 'pl'), 0);
    assert.equal(fired('Gavome prašymą pakeisti slaptažodį. Paspauskite nuorodą ir pasikeiskite savo slaptažodį.', 'lt'), 0);
  });

  it('an appointment registered is done, with its date below (5 languages); a request still waiting owes a time', () => {
    const booked: [string, string][] = [
      ['en', 'Your appointment has been registered. Thank you for booking a visit with us: the details are below.'],
      ['pl', 'Twoja wizyta została zarejestrowana. Dziękujemy za rezerwację, szczegóły są poniżej.'],
      ['fi', 'Aikasi on kirjattu. Kiitos varauksesta, tiedot ovat alla.'],
      ['lt', 'Jūsų vizitas užregistruotas. Laukiame Jūsų klinikoje: laiką ir kabinetą rasite žemiau.'],
      ['sq', 'Takimi juaj u regjistrua. Ju presim në klinikë: ora dhe dhoma janë më poshtë.'],
    ];
    for (const [language, text] of booked) assert.equal(fired(text, language), 0, `${language}: ${text}`);
    assert.equal(fired('Thank you for your message about moving your appointment. We have received it and will reply.', 'en'), 1);
  });

  // Trial 22: an issue tracker's notice to its admin that a new user registered and waits on THEIR approval, and a forum's
  // welcome hoping to "get to know you", were read as acknowledgements owing a reply time.
  const approval: [string, string][] = [
    ['en', 'A new user has been registered on the help desk: %{login}. The account is awaiting your approval:\n%{url}'],
    ['pl', 'Nowe konto użytkownika %{login} zostało zarejestrowane i czeka na Twoje zatwierdzenie:\n%{url}'],
    ['lt', 'Užregistruotas naujas vartotojas %{login}. Paskyra laukia jūsų patvirtinimo:\n%{url}'],
    ['sq', 'U regjistrua një përdorues i ri: %{login}. Llogaria pret miratimin tuaj:\n%{url}'],
  ];

  it("someone else's account waiting on the reader's approval owes no time; a review the team adds still does (4 languages)", () => {
    for (const [language, text] of approval) assert.equal(fired(text, language), 0, `${language}: ${text}`);
    const ours: Record<string, string> = {
      en: ' Our team will review the account as well.',
      pl: ' Potem odpowiemy tej osobie.',
      lt: ' Po to su juo susisieksime.',
      sq: " Pastaj do t'ju kontaktojmë.",
    };
    for (const [language, text] of approval) assert.equal(fired(text + ours[language], language), 1, `${language}: ${text}`);
  });

  it('a welcome that hopes to "get to know you" promises no reply; "we\'ll get back to you" does', () => {
    const welcome = "Welcome to the Larch Lane forum! As you take part, we'll get to know you and the limits on new accounts will be lifted.";
    assert.equal(fired(welcome, 'en'), 0);
    assert.equal(fired(welcome.replace('get to know you', 'get back to you'), 'en'), 1);
  });

  it('an order the library bought for the reader, named by its number and title, has arrived: no reply owed (trial 21)', () => {
    assert.equal(
      fired('Dear <<borrowers.firstname>>,\n\nThe order <<suggestions.suggestionid>> (<<biblio.author>>) has been received.\n\nCity Library', 'en'),
      0,
    );
    assert.equal(fired('Hei <<borrowers.firstname>>,\n\nTilausnumero <<suggestions.suggestionid>> (<<biblio.author>>) on vastaanotettu.\n\nKirjasto', 'fi'), 0);
    // A request received still waits on its answer.
    assert.equal(fired('Dear <<borrowers.firstname>>,\n\nYour request <<article_requests.id>> (<<biblio.title>>) has been received.\n\nCity Library', 'en'), 1);
  });

  it("a footer saying the reader's address is on the list the mail came from owes no reply (trial 21, 4 languages)", () => {
    const footers: [string, string, string][] = [
      [
        'en',
        'You are getting this e-mail because the organiser invited you to the poll. Your name or e-mail address has been registered in this poll.',
        'Your e-mail has been registered.',
      ],
      [
        'pl',
        'Otrzymujesz tę wiadomość, ponieważ organizator zaprosił Cię do ankiety. Twój adres e-mail został zarejestrowany na liście tej ankiety.',
        'Pana e-mail został zarejestrowany.',
      ],
      [
        'lt',
        'Gavote šį laišką, nes organizatorius pakvietė jus į apklausą. Jūsų el. pašto adresas užregistruotas šioje apklausoje.',
        'Jūsų užklausa užregistruota.',
      ],
      [
        'sq',
        'Po e merrni këtë email sepse organizatori ju ftoi në sondazh. Adresa juaj e email-it u regjistrua në këtë sondazh.',
        'Kërkesa juaj u regjistrua.',
      ],
    ];
    for (const [language, footer, received] of footers) {
      assert.equal(fired(footer, language), 0, `${language}: ${footer}`);
      // The reader's own message registered still waits on its answer.
      assert.equal(fired(received, language), 1, `${language}: ${received}`);
    }
    // A request about the address, or a number left for a callback, with no list named, still waits (reviewer-22 #1).
    assert.equal(fired('Your request to change your e-mail address has been received.', 'en'), 1);
    assert.equal(fired('Your name and phone number have been registered. An adviser will call you back to arrange the visit.', 'en'), 1);
    assert.equal(fired('Twoja prośba o zmianę adresu e-mail została zarejestrowana.', 'pl'), 1);
  });

  it('a no-reply footer and a line on how the e-mail was made acknowledge no request (trial 24)', () => {
    const approved = 'Your travel claim for March was approved by Dana Lee.\n\n';
    assert.equal(fired(`${approved}*** This is an automatically generated e-mail, please do not reply to it ***`, 'en'), 0);
    assert.equal(fired('This e-mail has been created by the booking server.', 'en'), 0);
    assert.equal(fired('Ten e-mail został utworzony przez serwer rezerwacji.', 'pl'), 0);
    // A generated acknowledgement still owes its time, and so does the reader's own message received.
    assert.equal(fired('This is an automatically generated acknowledgement of your e-mail to the returns desk.', 'en'), 1);
    assert.equal(fired('Your message has been received.', 'en'), 1);
  });
});
