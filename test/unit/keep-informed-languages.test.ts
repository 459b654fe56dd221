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

  it('news on a topic (a newsletter, a waiting list) is no follow-up on the case (5 languages; reviewer-25 #10)', () => {
    for (const [language, text] of [
      ['en', 'Hi Mia,\n\nThanks for joining our mailing list! We will keep you posted on upcoming workshops and sales.\n\nThe Clayworks team'],
      [
        'pl',
        'Dzie\u0144 dobry,\n\ndzi\u0119kujemy za zapis na list\u0119! B\u0119dziemy Pani\u0105 informowa\u0107 o nowych warsztatach i promocjach.\n\nPracownia Glina',
      ],
      ['fi', 'Hei,\n\nkiitos, ett\u00e4 liityit postituslistalle! Pid\u00e4mme sinut ajan tasalla tulevista kursseista ja tarjouksista.\n\nSavipaja'],
      [
        'lt',
        'Laba diena,\n\na\u010di\u016b, kad u\u017esiprenumeravote naujienlai\u0161k\u012f! Informuosime jus apie naujus kursus ir akcijas.\n\nMolio dirbtuv\u0117s',
      ],
      [
        'sq',
        "P\u00ebrsh\u00ebndetje,\n\nfaleminderit q\u00eb u regjistruat n\u00eb list\u00eb! Do t'ju mbajm\u00eb t\u00eb informuar p\u00ebr kurset dhe ofertat e reja.\n\nPunishtja e Argjil\u00ebs",
      ],
    ]) {
      assert.equal(fired(text!, language!), 0, `${language}: ${text}`);
    }
  });

  it('a decision to come is still a follow-up with no time, as in en (reviewer-25 #10)', () => {
    assert.equal(
      fired('Laba diena,\n\nperdaviau j\u016bs\u0173 pra\u0161ym\u0105 vadovui ir informuosiu jus apie sprendim\u0105.\n\nPagarbiai\nR\u016bta', 'lt'),
      1,
    );
    assert.equal(fired('Hi Mia,\n\nI passed your request to my manager and will keep you posted about the decision.\n\nBest,\nOwen', 'en'), 1);
  });
});
