// Trial 14 (issue 13, wrong class 8): a reply that first acknowledges what the matter means to the requester ("We
// understand the importance of minimising noise levels…") a paragraph above its refusal has shown the empathy the rule
// asks for; a figure that cannot be exact ("not possible to give an entirely accurate estimate") is no refusal.
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

const badNews = (text: string) => spansOf('empathy/bad-news-without-empathy', text, 'reply.txt', { language: 'en', kind: 'reply' });

const letter = (body: string) => `Dear Ms Lane,\n\nThank you for your request.\n\n${body}\n\nYours sincerely,\nOwen`;
const refusal = 'Unfortunately, finding the complaints would take us over 40 hours.';

describe('empathy/bad-news-without-empathy: the concern acknowledged before the news', () => {
  it('an acknowledgement anywhere above the refusal meets it', () => {
    const acknowledged = `We understand the importance of quiet trains. We have replaced 500 km of track. We are testing new pads.\n\n${refusal}`;
    assert.deepEqual(badNews(letter(acknowledged)), []);
  });

  it('a statement of the team\u2019s own work above it does not', () => {
    const work = `We care about quiet trains. We have replaced 500 km of track. We are testing new pads.\n\n${refusal}`;
    assert.deepEqual(badNews(letter(work)), ['Unfortunately']);
  });

  it('a limit on an estimate\u2019s precision is no refusal', () => {
    assert.deepEqual(badNews(letter('While it is not possible to give an entirely accurate estimate, the search would take well over 18 hours.')), []);
    assert.deepEqual(badNews(letter('It is not possible to send the records by post.')), ['not possible']);
  });
});

describe('empathy/bad-news-without-empathy: the regret formula opening a refusal (trial 24)', function () {
  this.timeout(60_000);
  const inLanguage = (language: string, text: string) => spansOf('empathy/bad-news-without-empathy', text, 'reply.txt', { language, kind: 'reply' });

  const refusals: [string, string, string, string][] = [
    [
      'en',
      'To our regret, we must tell you that the request you sent for the river room has been declined.',
      'Your request for the river room has been declined.',
      'has been declined',
    ],
    [
      'en',
      'We regret to say that your application to the pottery course was not accepted.',
      'Your application to the pottery course was rejected.',
      'was rejected',
    ],
    [
      'pl',
      'Z \u017calem informujemy, \u017ce Pani wniosek o sal\u0119 nad rzek\u0105 zosta\u0142 odrzucony.',
      'Pani wniosek o sal\u0119 nad rzek\u0105 zosta\u0142 odrzucony.',
      'zosta\u0142 odrzucony',
    ],
    [
      'lt',
      'Su apgailestavimu prane\u0161ame, kad J\u016bs\u0173 pra\u0161ymas d\u0117l sal\u0117s atmestas.',
      'J\u016bs\u0173 pra\u0161ymas d\u0117l sal\u0117s atmestas.',
      'pra\u0161ymas d\u0117l sal\u0117s atmestas',
    ],
    [
      'sq',
      'Me keqardhje ju njoftojm\u00eb se k\u00ebrkesa juaj p\u00ebr sall\u00ebn buz\u00eb lumit u refuzua.',
      'K\u00ebrkesa juaj p\u00ebr sall\u00ebn buz\u00eb lumit u refuzua.',
      'refuzua',
    ],
  ];

  it('the regret is there: no finding (en, pl, lt, sq)', () => {
    for (const [language, withRegret] of refusals) assert.deepEqual(inLanguage(language, withRegret), [], `${language}: ${withRegret}`);
  });

  it('the same refusal told flatly still gets the finding', () => {
    for (const [language, , flat, span] of refusals) assert.deepEqual(inLanguage(language, flat), [span], `${language}: ${flat}`);
  });
});

describe("empathy/bad-news-without-empathy: a fact of absence in the reader's own account (trial 21)", function () {
  this.timeout(60_000);
  const inSnippet = (language: string, text: string) => spansOf('empathy/bad-news-without-empathy', text, 'notice.txt', { language, kind: 'snippet' });

  it('the regret word over an account that lacks something refuses nothing (en, pl, lt, sq)', () => {
    for (const [language, text] of [
      ['en', 'You asked for the hint to your vault password. Unfortunately, your profile does not have a saved hint.'],
      ['pl', 'Poprosi\u0142e\u015b o podpowied\u017a do has\u0142a. Niestety Twoje konto nie ma ustawionej podpowiedzi.'],
      ['lt', 'Papra\u0161\u0117te slapta\u017eod\u017eio u\u017euominos. Deja, J\u016bs\u0173 paskyroje n\u0117ra u\u017euominos.'],
      ['sq', 'K\u00ebrkuat sugjerimin p\u00ebr fjal\u00ebkalimin. Fatkeq\u00ebsisht, llogaria juaj nuk ka sugjerim.'],
    ])
      assert.deepEqual(inSnippet(language!, text!), [], `${language}: ${text}`);
  });

  it('the same word before a refusal still gets the finding', () => {
    assert.deepEqual(inSnippet('en', 'You asked for the hint to your vault password. Unfortunately, we cannot send your password hint by e-mail.'), [
      'Unfortunately',
    ]);
    assert.deepEqual(
      inSnippet('pl', 'Poprosi\u0142e\u015b o podpowied\u017a do has\u0142a. Niestety nie mo\u017cemy wys\u0142a\u0107 Twojej podpowiedzi e-mailem.'),
      ['Niestety'],
    );
  });
});

describe('empathy/bad-news-without-empathy: a refusal told as the consequence of what the account lacks (reviewer-22)', function () {
  this.timeout(60_000);
  it('is still flagged after the fact of absence (en, pl, lt, sq)', () => {
    for (const [language, text, span] of [
      ['en', 'Unfortunately, your profile has no active cover plan, so we cannot replace the kettle for free.', 'so we cannot'],
      ['pl', 'Niestety Pani konto nie ma aktywnego pakietu, wi\u0119c nie mo\u017cemy bezp\u0142atnie wymieni\u0107 czajnika.', 'wi\u0119c nie mo\u017cemy'],
      ['lt', 'Deja, J\u016bs\u0173 paskyroje n\u0117ra aktyvaus plano, tod\u0117l negalime nemokamai pakeisti virdulio.', 'tod\u0117l negalime'],
      ['sq', 'Fatkeq\u00ebsisht llogaria juaj nuk ka plan aktiv, prandaj nuk mund ta z\u00ebvend\u00ebsojm\u00eb kazanin falas.', 'prandaj nuk mund'],
    ])
      assert.deepEqual(spansOf('empathy/bad-news-without-empathy', text!, 'reply.txt', { language: language!, kind: 'reply' }), [span], `${language}: ${text}`);
  });
});

// Reviewer 03:29 MED: "I know this isn't the news you hoped for" before the refusal is its empathy in every language;
// sq read it as bare news.
describe("empathy/bad-news-without-empathy: the reader's hope acknowledged before the refusal, in every language", () => {
  it('meets the refusal after it', () => {
    const known: [string, string][] = [
      ['en', "I know this isn't the news you were hoping for, but we can't refund the shipping fee."],
      ['pl', 'Wiem, że to nie jest wiadomość, na którą Pani czekała, ale nie możemy zwrócić kosztu wysyłki.'],
      ['fi', 'Tiedän, ettei tämä ole se uutinen, jota toivoit, mutta emme voi palauttaa toimitusmaksua.'],
      ['lt', 'Žinau, kad tikėjotės kitos žinios, tačiau negalime grąžinti siuntimo mokesčio.'],
      ['sq', 'E di që nuk është lajmi që shpresonit, por nuk mund ta rimbursojmë tarifën e dërgesës.'],
      ['sq', 'E di që kjo nuk është përgjigjja që prisnit, por nuk mund ta rimbursojmë tarifën e dërgesës.'],
    ];
    for (const [language, text] of known)
      assert.deepEqual(spansOf('empathy/bad-news-without-empathy', text, 'reply.txt', { language, kind: 'reply' }), [], `${language}: ${text}`);
  });
});
