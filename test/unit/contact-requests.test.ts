// A request that the reader write to a team ("Could you please get in touch directly with our billing desk?") promises
// nothing of ours: trial 29 read en "get in touch" there as our follow-up with no time, while the pl, fi, lt and sq
// requests were quiet. Our own "we'll be in touch" still owes its time in every language.
import * as assert from 'node:assert/strict';
import { findingsOf } from '../support/engine';

const RULE = 'deferral/follow-up-without-time';

function flagged(text: string, language: string): boolean {
  return findingsOf(RULE, text, 'contact.md', { language, kind: 'reply' }).length > 0;
}

describe('follow-up: the reader asked to get in touch, five languages', function () {
  this.timeout(60_000);

  it("a request to write to a team is the reader's step", () => {
    for (const [language, text] of [
      ['en', 'Hi Ola,\n\nCould you please get in touch directly with our billing desk? They can see the invoice.\n\nBest,\nMark'],
      ['en', 'Hi Ola,\n\nPlease get in touch with our repairs desk so they can reset the device.\n\nBest,\nMark'],
      ['en', 'Hi Ola,\n\nFeel free to get in touch with the warehouse, they pick up the phone until six.\n\nBest,\nMark'],
      ['en', 'Hi Ola,\n\nI would ask you to get in touch with the courier about the dented box.\n\nBest,\nMark'],
      ['en', 'Hi Ola,\n\nCould you get in touch with your bank about the hold on the card?\n\nBest,\nMark'],
      [
        'pl',
        'Dzie\u0144 dobry,\n\nprosimy o kontakt bezpo\u015brednio z naszym dzia\u0142em rozlicze\u0144, kt\u00f3ry widzi faktur\u0119.\n\nPozdrawiam,\nMarek',
      ],
      ['fi', 'Hei Ola,\n\nole yhteydess\u00e4 suoraan laskutukseemme, he n\u00e4kev\u00e4t laskun.\n\nTerveisin\nMarkku'],
      ['lt', 'Laba diena,\n\nsusisiekite tiesiogiai su m\u016bs\u0173 s\u0105skait\u0173 skyriumi, jie mato s\u0105skait\u0105.\n\nPagarbiai,\nMarius'],
      ['sq', 'P\u00ebrsh\u00ebndetje,\n\nju lutem na kontaktoni drejtp\u00ebrdrejt n\u00eb adres\u00ebn fatura@example.com.\n\nMe respekt,\nMarku'],
    ]) {
      assert.equal(flagged(text!, language!), false, `${language}: ${text}`);
    }
  });

  it('our own promise to be in touch still owes its time', () => {
    for (const [language, text] of [
      ['en', 'Hi Ola,\n\nThanks for the invoice number. We will be in touch.\n\nBest,\nMark'],
      ['en', 'Hi Ola,\n\nThank you, I will get back to you.\n\nBest,\nMark'],
      ['pl', 'Dzie\u0144 dobry,\n\ndzi\u0119kujemy za numer faktury. Skontaktujemy si\u0119 z Panem.\n\nPozdrawiam,\nMarek'],
      ['fi', 'Hei Ola,\n\nkiitos laskun numerosta. Otamme sinuun yhteytt\u00e4.\n\nTerveisin\nMarkku'],
      ['lt', 'Laba diena,\n\na\u010di\u016b u\u017e s\u0105skaitos numer\u012f. Mes su jumis susisieksime.\n\nPagarbiai,\nMarius'],
      ['sq', "P\u00ebrsh\u00ebndetje,\n\nfaleminderit p\u00ebr numrin e fatur\u00ebs. Do t'ju kontaktojm\u00eb.\n\nMe respekt,\nMarku"],
    ]) {
      assert.equal(flagged(text!, language!), true, `${language}: ${text}`);
    }
  });
});
