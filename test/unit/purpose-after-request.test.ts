// deferral/vague-timeframe: "as soon as possible" in a purpose clause after a request the reader is asked under a
// condition that they did not do what the notice reports ("If this was not you, please write to us so we can look into
// it as soon as possible") urges them to act now; no reply or step of ours is timed (trial 27: a community's security
// lines, six wrong findings). After any other request (a wish: "If you'd like a refund, please reply so we can …") the
// reader waits on what the purpose names, and a promise joined by "and" or told with "will" stays ours.
import * as assert from 'node:assert/strict';
import { findingsOf } from '../support/engine';

const RULE = 'deferral/vague-timeframe';

function fired(text: string, language: string): number {
  return findingsOf(RULE, text, 'notice.txt', { language, kind: 'auto-reply' }).length;
}

describe('vague-timeframe: the time in a purpose clause after a request under a condition', function () {
  this.timeout(60_000);

  it('urges the reader and promises nothing (5 languages)', () => {
    for (const [language, text] of [
      [
        'en',
        'Hello Sam,\n\nThe e-mail address on your account was changed today. If this was not you, please contact us by writing to help@larkfield.example so we can look into it as soon as possible.\n\nThe Larkfield team',
      ],
      ['en', "A new device signed in to your account. If you don't recognise it, let us know so that we can lock the account as quickly as possible."],
      ['en', 'If this sign-in was not you, please write to us so we can lock your account as soon as possible.'],
      [
        'pl',
        'Dzie\u0144 dobry,\n\nhas\u0142o do Twojego konta zosta\u0142o dzi\u015b zmienione. Je\u015bli to nie Ty, napisz do nas na pomoc@example.pl, aby\u015bmy mogli jak najszybciej to wyja\u015bni\u0107.',
      ],
      [
        'fi',
        'Hei,\n\ntilisi salasana vaihdettiin t\u00e4n\u00e4\u00e4n. Jos et tehnyt sit\u00e4 itse, ota meihin yhteytt\u00e4 osoitteeseen tuki@example.fi, jotta voimme selvitt\u00e4\u00e4 asian mahdollisimman pian.',
      ],
      [
        'lt',
        'Laba diena,\n\nj\u016bs\u0173 paskyros slapta\u017eodis \u0161iandien pakeistas. Jei tai buvote ne j\u016bs, para\u0161ykite mums adresu pagalba@example.lt, kad gal\u0117tume kuo grei\u010diau tai i\u0161spr\u0119sti.',
      ],
      [
        'sq',
        'P\u00ebrsh\u00ebndetje,\n\nfjal\u00ebkalimi i llogaris\u00eb suaj u ndryshua sot. N\u00ebse nuk ishit ju, ju lutemi na shkruani n\u00eb ndihma@example.al, q\u00eb ta zgjidhim sa m\u00eb shpejt.',
      ],
    ]) {
      assert.equal(fired(text!, language!), 0, `${language}: ${text}`);
    }
  });

  it('stays a promise after any other request, joined by "and", or with "will" in the purpose', () => {
    for (const [language, text] of [
      [
        'en',
        "Hi Marta,\n\nI'm sorry the kettle arrived with a dented lid. Please reply with a photo of the box so we can send you a new one as soon as possible.\n\nBest,\nTom",
      ],
      [
        'pl',
        'Dzie\u0144 dobry,\n\nprzykro mi, \u017ce czajnik dotar\u0142 z wgniecion\u0105 pokrywk\u0105. Prosz\u0119 odes\u0142a\u0107 zdj\u0119cie paczki, aby\u015bmy mogli jak najszybciej wys\u0142a\u0107 nowy.\n\nPozdrawiam,\nTomasz',
      ],
      ['en', 'If this was not you, please contact us and we will look into it as soon as possible.'],
      ['en', "I'm sorry the kettle arrived with a dented lid. If you'd like a refund instead, please reply so we can process it as soon as possible."],
      [
        'pl',
        'Przykro mi, \u017ce czajnik dotar\u0142 z wgniecion\u0105 pokrywk\u0105. Je\u015bli woli Pan zwrot pieni\u0119dzy, prosz\u0119 odpisa\u0107, aby\u015bmy mogli jak najszybciej go zleci\u0107.',
      ],
      ['en', 'If the parcel is damaged, please send us the photos so that we will refund it as soon as possible.'],
      ['fi', 'Jos et tehnyt t\u00e4t\u00e4, ota meihin yhteytt\u00e4, niin selvit\u00e4mme asian mahdollisimman pian.'],
      ['lt', 'Jei tai buvote ne j\u016bs, para\u0161ykite mums, o mes susisieksime su jumis kuo grei\u010diau.'],
      ['sq', 'N\u00ebse nuk ishit ju, na shkruani dhe ne do ta zgjidhim sa m\u00eb shpejt.'],
    ]) {
      assert.equal(fired(text!, language!), 1, `${language}: ${text}`);
    }
  });
});
