// The reader told off for not reading (corpus blind set 6: a village ISP's and a game server's replies, five languages):
// "you should have read the terms", "we are not going to explain it again", "don't ask the same again". The writer's own
// "I should have read your message more carefully" is an apology, not a lecture.
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

const RULE = 'tone/condescending';
const found = (text: string, language: string) => spansOf(RULE, text, 'reply.txt', { language, placeholders: 'none' });

const cases: [string, string, string, string][] = [
  [
    'en',
    'Hi Ola,\n\nThe deposit is not refundable. You should have read the terms before booking.\n\nBest,\nLeo',
    'Hi Ola,\n\nThe moderators looked at it twice. We are not going to explain it again.\n\nBest,\nLeo',
    'Hi Ola,\n\nI should have read your first e-mail more carefully: the deposit was paid. It is back on your card today.\n\nBest,\nLeo',
  ],
  [
    'pl',
    'Dzie\u0144 dobry,\n\ngdyby Pani uwa\u017cnie przeczyta\u0142a regulamin, wiedzia\u0142aby Pani, \u017ce kaucja nie podlega zwrotowi.\n\nPozdrawiam\nLeon',
    'Dzie\u0144 dobry,\n\ngdyby pan dok\u0142adnie czyta\u0142 nasze wiadomo\u015bci, nie pyta\u0142by pan o to trzeci raz.\n\nPozdrawiam\nLeon',
    'Dzie\u0144 dobry,\n\ngdybym dok\u0142adnie przeczyta\u0142 Pani pierwsz\u0105 wiadomo\u015b\u0107, kaucja wr\u00f3ci\u0142aby od razu. Zwrot wys\u0142a\u0142em dzi\u015b.\n\nPozdrawiam\nLeon',
  ],
  [
    'fi',
    'Hei Ola,\n\np\u00e4\u00e4t\u00f6s on tehty. \u00c4lk\u00e4\u00e4 kysyk\u00f6 samaa uudelleen.\n\nTerveisin\nLeo',
    'Hei Ola,\n\nmoderaattorit katsoivat asian kahdesti, joten \u00e4l\u00e4 kysy sit\u00e4 en\u00e4\u00e4.\n\nTerveisin\nLeo',
    'Hei Ola,\n\njos jokin j\u00e4i ep\u00e4selv\u00e4ksi, kysyk\u00e4\u00e4 rohkeasti uudelleen, niin vastaan heti.\n\nTerveisin\nLeo',
  ],
  [
    'lt',
    'Laba diena,\n\nu\u017estatas negr\u0105\u017einamas. Tur\u0117jote \u012fd\u0117miai perskaityti taisykles prie\u0161 u\u017esakydami.\n\nPagarbiai\nLeonas',
    'Laba diena,\n\nmoderatoriai tai per\u017ei\u016br\u0117jo du kartus, tad nebeklauskite v\u0117l.\n\nPagarbiai\nLeonas',
    'Laba diena,\n\ntur\u0117jau \u012fd\u0117miau perskaityti j\u016bs\u0173 pirm\u0105 lai\u0161k\u0105: u\u017estatas buvo sumok\u0117tas. Pinigus gr\u0105\u017einau \u0161iandien.\n\nPagarbiai\nLeonas',
  ],
  [
    'sq',
    "P\u00ebrsh\u00ebndetje,\n\ndepozita nuk kthehet. Duhet t'i kishit lexuar kushtet para rezervimit.\n\nMe respekt,\nLeo",
    'P\u00ebrsh\u00ebndetje,\n\nmoderator\u00ebt e pan\u00eb dy her\u00eb, prandaj mos pyetni m\u00eb p\u00ebr t\u00eb nj\u00ebjt\u00ebn \u00e7\u00ebshtje.\n\nMe respekt,\nLeo',
    'P\u00ebrsh\u00ebndetje,\n\nduhet ta kisha lexuar me m\u00eb shum\u00eb kujdes mesazhin tuaj t\u00eb par\u00eb: depozita ishte paguar. Sot jua ktheva.\n\nMe respekt,\nLeo',
  ],
];

// pl: the reproach needs what would have followed, any verb in the conditional mood (reviewer-26 #13).
const plConditional = [
  'Dzie\u0144 dobry,\n\ngdyby Pani uwa\u017cnie przeczyta\u0142a og\u0142oszenie, nie musia\u0142aby Pani dzwoni\u0107 dwa razy.\n\nPozdrawiam\nLeon',
  'Dzie\u0144 dobry,\n\ngdyby pan dok\u0142adnie czyta\u0142 nasze maile, to by pan wiedzia\u0142, \u017ce zebranie jest w pi\u0105tek.\n\nPozdrawiam\nLeon',
];

// A colleague's words reported to apologise for them, another way to explain, a polite conditional, a routing hint
// (reviewer-26 #10): no lecture.
const quiet: [string, string][] = [
  [
    'en',
    "Hi Ola,\n\nOur volunteer said that you should have read the rules first. That was unkind of him, and I'm sorry. Your plot is still yours.\n\nBest,\nLeo",
  ],
  ['en', "Hi Ola,\n\nI'm not going to explain them again by e-mail: I'll ring you at 10 tomorrow and we'll do it together.\n\nBest,\nLeo"],
  [
    'pl',
    'Dzie\u0144 dobry,\n\nw za\u0142\u0105czniku regulamin ogrodu. Gdyby Pani uwa\u017cnie przeczyta\u0142a go i mia\u0142a pytania, prosz\u0119 pisa\u0107 \u015bmia\u0142o.\n\nPozdrawiam\nLeon',
  ],
  [
    'fi',
    'Hei Ola,\n\n\u00e4l\u00e4 kysy samaa uudelleen lomakkeella, vaan vastaa t\u00e4h\u00e4n viestiin, niin asia pysyy yhdess\u00e4 paikassa.\n\nTerveisin\nLeo',
  ],
  ['lt', 'Laba diena,\n\nnebeklauskite to paties el. pa\u0161tu, o para\u0161ykite \u010dia, pokalbyje, tada atsakysiu grei\u010diau.\n\nPagarbiai\nLeonas'],
  [
    'sq',
    "P\u00ebrsh\u00ebndetje,\n\nmos pyetni m\u00eb p\u00ebr t\u00eb nj\u00ebjt\u00ebn gj\u00eb me email, por shkruani k\u00ebtu n\u00eb chat, q\u00eb t'ju p\u00ebrgjigjem m\u00eb shpejt.\n\nMe respekt,\nLeo",
  ],
];

describe('the reader told off for not reading', function () {
  this.timeout(60_000);

  for (const [language, shouldHaveRead, dontAskAgain, own] of cases) {
    it(`${language}: "you should have read" and "don't ask again" flagged; the writer's own reading quiet`, () => {
      assert.equal(found(shouldHaveRead, language).length, 1);
      assert.equal(found(dontAskAgain, language).length, 1);
      assert.deepEqual(found(own, language), []);
    });
  }

  for (const text of plConditional) {
    it(`pl: ${text.split('\n')[2]!.slice(0, 50)}… is flagged`, () => {
      assert.equal(found(text, 'pl').length, 1);
    });
  }

  for (const [language, text] of quiet) {
    it(`${language}: ${text.split('\n')[2]!.slice(0, 50)}… is quiet`, () => {
      assert.deepEqual(found(text, language), []);
    });
  }
});
