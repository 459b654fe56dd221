// empathy/bad-news-without-empathy on trial 34 (a subscription product's lines to a customer who is leaving, issue 13),
// five languages:
// - the customer's own cancellation told back is no bad news when the next sentence shows it is theirs: an exit question
//   about their reason (`requires.nextSentence`); the same news with our reason, or bare, stays one, and so does the news
//   with only the paid time they keep after it (after a refusal that is the same sentence);
// - "as you asked on Monday" is the reader's own request in fi and sq too (fi "kuten maanantaina pyysit", sq "si\u00e7 k\u00ebrkuat");
// - an account deleted is the reader's own step in pl and fi as in en, lt and sq; a closing still to come is no news and
//   hides no one in pl and lt (reviewer 08:51), while one done still does;
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

const RULE = 'empathy/bad-news-without-empathy';
type Kind = 'reply' | 'auto-reply' | 'chat';
const flagged = (text: string, language: string, kind: Kind = 'reply', rule = RULE) => spansOf(rule, text, 'reply.txt', { language, kind });

// [language, greeting, sign-off, the cancellation told, an exit question, the paid time kept, the same news with our reason]
const exits: [string, string, string, string, string, string, string][] = [
  [
    'en',
    'Hi Dana,',
    'Mia',
    'Your membership has been cancelled.',
    'Could you tell us why you left?',
    'You can keep using the studio app until 30 June.',
    'Your membership has been cancelled because the last two payments did not go through.',
  ],
  [
    'pl',
    'Dzie\u0144 dobry,',
    'Mia',
    'Pani cz\u0142onkostwo zosta\u0142o anulowane.',
    'Czy mo\u017ce Pani poda\u0107 pow\u00f3d?',
    'Mo\u017ce Pani nadal korzysta\u0107 z aplikacji do 30 czerwca.',
    'Pani cz\u0142onkostwo zosta\u0142o anulowane, poniewa\u017c dwie ostatnie p\u0142atno\u015bci nie dosz\u0142y.',
  ],
  [
    'fi',
    'Hei Dana,',
    'Mia',
    'J\u00e4senyytesi on peruttu.',
    'Kertoisitko meille syyn?',
    'Voit k\u00e4ytt\u00e4\u00e4 sovellusta 30. kes\u00e4kuuta asti.',
    'J\u00e4senyytesi on peruttu, koska kaksi viimeist\u00e4 maksua ei mennyt l\u00e4pi.',
  ],
  [
    'lt',
    'Laba diena,',
    'Mia',
    'J\u016bs\u0173 naryst\u0117 at\u0161aukta.',
    'Gal gal\u0117tum\u0117te nurodyti prie\u017east\u012f?',
    'Program\u0117le galite naudotis iki bir\u017eelio 30 d.',
    'J\u016bs\u0173 naryst\u0117 at\u0161aukta, nes du paskutiniai mok\u0117jimai nepavyko.',
  ],
  [
    'sq',
    'P\u00ebrsh\u00ebndetje Dana,',
    'Mia',
    'An\u00ebtar\u00ebsimi juaj u anulua.',
    'A mund t\u00eb na tregoni arsyen?',
    'Mund t\u00eb vazhdoni t\u00eb p\u00ebrdorni aplikacionin deri m\u00eb 30 qershor.',
    'An\u00ebtar\u00ebsimi juaj u anulua, sepse dy pagesat e fundit nuk kaluan.',
  ],
];
const letter = (greeting: string, body: string, signOff: string) => `${greeting}\n\n${body}\n\n${signOff}`;

// [language, the cancellation "as you asked" with a day between]
const asked: [string, string][] = [
  ['fi', 'Hei Dana,\n\nJ\u00e4senyytesi on peruttu, kuten tiistaina pyysit.\n\nMia'],
  ['sq', 'P\u00ebrsh\u00ebndetje Dana,\n\nAn\u00ebtar\u00ebsimi juaj u anulua, si\u00e7 k\u00ebrkuat t\u00eb mart\u00ebn.\n\nMia'],
];

// [language, the account deleted]
const deleted: [string, string][] = [
  ['en', 'Your account has been deleted.'],
  ['pl', 'Twoje konto zosta\u0142o usuni\u0119te.'],
  ['fi', 'Tilisi on poistettu.'],
  ['lt', 'J\u016bs\u0173 paskyra i\u0161trinta.'],
  ['sq', 'Llogaria juaj u fshi.'],
];

// [language, a closing still to come, the same closing done]
const closings: [string, string, string][] = [
  ['pl', 'Konto zostanie zamkni\u0119te 30 czerwca.', 'Konto zosta\u0142o zamkni\u0119te 30 czerwca.'],
  ['lt', 'J\u016bs\u0173 paskyra bus u\u017edaryta bir\u017eelio 30 d.', 'J\u016bs\u0173 paskyra buvo u\u017edaryta bir\u017eelio 30 d.'],
];

describe("bad news: the customer's own leaving told back (trial 34)", function () {
  this.timeout(60_000);

  for (const [language, greeting, signOff, news, question, kept, ours] of exits)
    it(`${language}: a cancellation with an exit question after it is quiet; bare, with our reason or with the paid time kept, flagged`, () => {
      for (const kind of ['reply', 'auto-reply', 'chat'] as const) {
        assert.deepEqual(flagged(letter(greeting, `${news} ${question}`, signOff), language, kind), [], kind);
      }
      assert.equal(flagged(letter(greeting, news, signOff), language).length, 1);
      assert.equal(flagged(letter(greeting, `${news} ${kept}`, signOff), language).length, 1);
      assert.equal(flagged(letter(greeting, ours, signOff), language).length, 1);
    });

  for (const [language, text] of asked)
    it(`${language}: "as you asked" with the day between is the reader's own request`, () => {
      assert.deepEqual(flagged(text, language), []);
    });

  for (const [language, news] of deleted)
    it(`${language}: an account deleted is the reader's own step, in a notice and a reply`, () => {
      assert.deepEqual(flagged(news, language, 'auto-reply'), []);
      assert.deepEqual(flagged(news, language), []);
    });

  for (const [language, ahead, done] of closings)
    it(`${language}: an account closing still to come is no bad news and hides no one; one done hides who closed it`, () => {
      assert.deepEqual(flagged(ahead, language), []);
      assert.deepEqual(flagged(ahead, language, 'reply', 'clarity/passive-closed'), []);
      assert.equal(flagged(done, language, 'reply', 'clarity/passive-closed').length, 1);
    });
});
