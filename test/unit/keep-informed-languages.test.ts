// deferral/follow-up-without-time: "I'll keep you informed" with no time is flagged in en; the same promise in pl
// ("będę Pana informować na bieżąco"), fi ("pidän sinut ajan tasalla"), lt ("informuosiu jus apie eigą") and sq ("do
// t'ju mbaj të informuar") was quiet (reviewer-23 #19). A time or the event it waits on, in its sentence or the next
// one, still meets it.
import * as assert from 'node:assert/strict';
import { findingsOf } from '../support/engine';

const RULE = 'deferral/follow-up-without-time';

function fired(text: string, language: string): number {
  return findingsOf(RULE, text, 'reply.md', { language }).length;
}

describe('follow-up-without-time: "I will keep you informed" in pl, fi, lt, sq', function () {
  this.timeout(60_000);

  it('with no time is flagged', () => {
    for (const [language, text] of [
      [
        'pl',
        'Dzie\u0144 dobry,\n\nprzekaza\u0142am reklamacj\u0119 do serwisu i b\u0119d\u0119 Pana informowa\u0107 na bie\u017c\u0105co.\n\nPozdrawiam,\nOla',
      ],
      ['pl', 'Dzie\u0144 dobry,\n\nszukamy paczki razem z kurierem. B\u0119dziemy Pa\u0144stwa na bie\u017c\u0105co informowa\u0107.\n\nPozdrawiamy,\nKasia'],
      ['fi', 'Hei Pekka,\n\nl\u00e4hetin virheraportin kehitt\u00e4jille ja pid\u00e4n sinut ajan tasalla.\n\nTerveisin\nNoora'],
      ['fi', 'Hei,\n\nselvit\u00e4mme palautustanne. Tiedotamme teille asian etenemisest\u00e4.\n\nTerveisin\nNoora'],
      ['lt', 'Laba diena,\n\nklaid\u0105 perdaviau programuotojams ir informuosiu jus apie eig\u0105.\n\nPagarbiai\nR\u016bta'],
      ['sq', "P\u00ebrsh\u00ebndetje,\n\ngabimin ua kalova zhvilluesve dhe do t'ju mbaj t\u00eb informuar.\n\nMe respekt,\nArta"],
      ['sq', "P\u00ebrsh\u00ebndetje,\n\nkorrieri po e k\u00ebrkon paket\u00ebn. Do t'ju mbajm\u00eb n\u00eb dijeni.\n\nMe respekt,\nArta"],
    ]) {
      assert.equal(fired(text!, language!), 1, `${language}: ${text}`);
    }
  });

  it('with a time or the event it waits on is fine', () => {
    for (const [language, text] of [
      [
        'pl',
        'Dzie\u0144 dobry,\n\nb\u0119d\u0119 Pana informowa\u0107 na bie\u017c\u0105co. Kolejn\u0105 wiadomo\u015b\u0107 wy\u015bl\u0119 do czwartku do 12:00.\n\nPozdrawiam,\nOla',
      ],
      ['pl', 'Dzie\u0144 dobry,\n\nb\u0119dziemy Pa\u0144stwa informowa\u0107, gdy tylko kurier odnajdzie paczk\u0119.\n\nPozdrawiamy,\nKasia'],
      ['fi', 'Hei Pekka,\n\npid\u00e4n sinut ajan tasalla, ja seuraava viesti tulee minulta perjantaina klo 12 menness\u00e4.\n\nTerveisin\nNoora'],
      ['lt', 'Laba diena,\n\ninformuosiu jus apie eig\u0105 kiekvien\u0105 ryt\u0105 iki 10 val.\n\nPagarbiai\nR\u016bta'],
      ['lt', 'Laba diena,\n\ninformuosiu jus, kai tik programuotojai i\u0161taisys klaid\u0105.\n\nPagarbiai\nR\u016bta'],
      ['sq', "P\u00ebrsh\u00ebndetje,\n\ndo t'ju mbaj t\u00eb informuar sapo zhvilluesit ta rregullojn\u00eb gabimin.\n\nMe respekt,\nArta"],
    ]) {
      assert.equal(fired(text!, language!), 0, `${language}: ${text}`);
    }
  });
});
