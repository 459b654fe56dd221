// "Someone else's responsibility, not ours" (issue 13: the blind agent sets' lowest-recall ownership shape) and blame
// for a step the customer did not take, told in the past ("it was your job to cancel"), in the languages that lacked it.
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

function flagged(rule: string, language: string, text: string): string[] {
  return spansOf(rule, text, 'reply.txt', { language, kind: 'reply', placeholders: 'none' });
}

describe("another party's responsibility, not ours", function () {
  this.timeout(60_000);

  describe('ownership/we-cant-control flags the job pushed to a third party with "not ours"', () => {
    const cases: [string, string, string][] = [
      ['en', "Hi Ola,\n\nA cracked screen after a drop is the insurer's job, not ours. Their claim form is on page 2.\n\nBest,\nSam", 'job, not ours'],
      [
        'pl',
        'Dzie\u0144 dobry,\n\nza p\u0119kni\u0119ty ekran po upadku odpowiada ubezpieczyciel, a nie my. Formularz jest na stronie 2.\n\nPozdrawiam,\nKasia',
        'odpowiada ubezpieczyciel, a nie my',
      ],
      ['pl', 'Dzie\u0144 dobry,\n\nnaprawa po upadku to sprawa serwisu producenta, nie nasza.\n\nPozdrawiam,\nKasia', 'sprawa serwisu producenta, nie nasza'],
      [
        'fi',
        'Hei,\n\npudotuksen j\u00e4lkeen haljennut n\u00e4ytt\u00f6 on vakuutusyhti\u00f6n vastuulla, ei meid\u00e4n.\n\nTerveisin\nAino',
        'vastuulla, ei meid\u00e4n',
      ],
      [
        'lt',
        'Sveiki,\n\nu\u017e nukritus \u012fskilus\u012f ekran\u0105 atsako draudimo bendrov\u0117, ne mes.\n\nPagarbiai\nIeva',
        'atsako draudimo bendrov\u0117, ne mes',
      ],
      [
        'sq',
        'P\u00ebrsh\u00ebndetje,\n\nekrani i krisur nga r\u00ebnia \u00ebsht\u00eb p\u00ebrgjegj\u00ebsi e kompanis\u00eb s\u00eb sigurimit, jo e jona.\n\nMe respekt,\nBlerina',
        'p\u00ebrgjegj\u00ebsi e kompanis\u00eb s\u00eb sigurimit, jo e jona',
      ],
    ];
    for (const [language, text, span] of cases) {
      it(`${language}: ${span}`, () => {
        assert.deepEqual(flagged('ownership/we-cant-control', language, text), [span]);
      });
    }
  });

  describe("our own responsibility, or the third party's with what we did about it, is not flagged", () => {
    const cases: [string, string][] = [
      ['en', "Hi Ola,\n\nThe double charge is our mistake, not yours, and I've refunded it this morning.\n\nBest,\nSam"],
      ['en', "Hi Ola,\n\nThe screen is the insurer's job, not ours, but I've already sent them your photos and I'll call you on Friday.\n\nBest,\nSam"],
      [
        'pl',
        'Dzie\u0144 dobry,\n\nza podw\u00f3jne obci\u0105\u017cenie odpowiadamy my, nie Pan, wi\u0119c zwrot zleci\u0142em dzi\u015b rano.\n\nPozdrawiam,\nKasia',
      ],
      ['fi', 'Hei,\n\ntuplaveloitus on meid\u00e4n vastuullamme, ei teid\u00e4n, joten palautin sen t\u00e4n\u00e4 aamuna.\n\nTerveisin\nAino'],
      [
        'lt',
        'Sveiki,\n\nu\u017e dvigub\u0105 nuskai\u010diavim\u0105 atsakome mes, ne J\u016bs, tod\u0117l pinigus gr\u0105\u017einau \u0161\u012fryt.\n\nPagarbiai\nIeva',
      ],
      [
        'sq',
        'P\u00ebrsh\u00ebndetje,\n\ntarifa e dyfisht\u00eb \u00ebsht\u00eb p\u00ebrgjegj\u00ebsi e jona, jo e juaja, prandaj jua ktheva parat\u00eb sot.\n\nMe respekt,\nBlerina',
      ],
    ];
    for (const [language, text] of cases) {
      it(`${language}: ${text.split('\n')[2]!.slice(0, 48)}`, () => {
        assert.deepEqual(flagged('ownership/we-cant-control', language, text), []);
        assert.deepEqual(flagged('ownership/not-my-department', language, text), []);
      });
    }
  });

  describe('our own step told as done in the next sentence meets it (reviewer-23 #7)', () => {
    const owned: [string, string][] = [
      [
        'en',
        "Hi Ola,\n\nThe card payment is the bank's responsibility, not ours, so it may take until Monday. I've already sent the refund from our side.\n\nBest,\nSam",
      ],
      [
        'pl',
        'Dzie\u0144 dobry,\n\nza zaksi\u0119gowanie p\u0142atno\u015bci odpowiada bank, wi\u0119c mo\u017ce to potrwa\u0107 do poniedzia\u0142ku. Zwrot zleci\u0142am wczoraj o 9:00.\n\nPozdrawiam,\nKasia',
      ],
      [
        'fi',
        'Hei,\n\nmaksun kirjaus on pankin vastuulla, ei meid\u00e4n, joten se voi kest\u00e4\u00e4 maanantaihin. L\u00e4hetimme hyvityksen eilen klo 9.\n\nTerveisin\nAino',
      ],
      [
        'lt',
        'Sveiki,\n\nu\u017e mok\u0117jimo \u012fskaitym\u0105 atsako bankas, ne mes, tod\u0117l tai gali u\u017etrukti iki pirmadienio. Pinigus gr\u0105\u017einau vakar 9 val.\n\nPagarbiai\nIeva',
      ],
      [
        'sq',
        'P\u00ebrsh\u00ebndetje,\n\npagesa \u00ebsht\u00eb p\u00ebrgjegj\u00ebsi e bank\u00ebs, jo e jona, ndaj mund t\u00eb zgjas\u00eb deri t\u00eb h\u00ebn\u00ebn. Rimbursimin e d\u00ebrguam dje n\u00eb or\u00ebn 9.\n\nMe respekt,\nBlerina',
      ],
    ];
    for (const [language, text] of owned) {
      it(`${language}: quiet`, () => {
        assert.deepEqual(flagged('ownership/we-cant-control', language, text), []);
      });
    }
    const notDone: [string, string, string][] = [
      [
        'en',
        "Hi Ola,\n\nThe card payment is the bank's responsibility, not ours. We will look at it at the earliest opportunity.\n\nBest,\nSam",
        "the bank's responsibility",
      ],
      [
        'pl',
        'Dzie\u0144 dobry,\n\nza zaksi\u0119gowanie p\u0142atno\u015bci odpowiada bank, a nie my. Prosz\u0119 zadzwoni\u0107 na infolini\u0119 banku.\n\nPozdrawiam,\nKasia',
        'odpowiada bank, a nie my',
      ],
    ];
    for (const [language, text, span] of notDone) {
      it(`${language}: a vague promise or the customer's step next is no step of ours`, () => {
        assert.deepEqual(flagged('ownership/we-cant-control', language, text), [span]);
      });
    }
  });

  describe("the next sentence's step must be a remedy, not the order's own sending (reviewer-23 #15)", () => {
    const sentOnly: [string, string, string][] = [
      [
        'en',
        'Hi Ola,\n\nMissing parcels are handled by the carrier. We sent your jacket out on Tuesday as planned.\n\nBest,\nSam',
        'are handled by the carrier',
      ],
      [
        'pl',
        'Dzie\u0144 dobry,\n\nza op\u00f3\u017anienia w dostawie odpowiada kurier, a nie my. Wys\u0142ali\u015bmy Pani kurtk\u0119 we wtorek.\n\nPozdrawiam,\nKasia',
        'odpowiada kurier, a nie my',
      ],
      [
        'fi',
        'Hei,\n\ntoimituksen viiveet ovat kuljetusliikkeen vastuulla, ei meid\u00e4n. L\u00e4hetimme takkinne tiistaina.\n\nTerveisin\nAino',
        'kuljetusliikkeen vastuulla',
      ],
      [
        'lt',
        'Sveiki,\n\nu\u017e pristatymo v\u0117lavim\u0105 atsako kurjeris, ne mes. Striuk\u0119 i\u0161siunt\u0117me antradien\u012f.\n\nPagarbiai\nIeva',
        'atsako kurjeris, ne mes',
      ],
      [
        'sq',
        'P\u00ebrsh\u00ebndetje,\n\nvonesat n\u00eb dor\u00ebzim jan\u00eb p\u00ebrgjegj\u00ebsi e korrierit, jo e jona. Xhaketn\u00eb e d\u00ebrguam t\u00eb mart\u00ebn.\n\nMe respekt,\nBlerina',
        'p\u00ebrgjegj\u00ebsi e korrierit, jo e jona',
      ],
    ];
    for (const [language, text, span] of sentOnly) {
      it(`${language}: our shipping told next is the deflection's proof, still flagged`, () => {
        assert.deepEqual(flagged('ownership/we-cant-control', language, text), [span]);
      });
    }
    const remedied: [string, string][] = [
      ['en', "Hi Ola,\n\nMissing parcels are handled by the carrier. I've filed a lost-item claim with them this morning.\n\nBest,\nSam"],
      ['en', 'Hi Ola,\n\nMissing parcels are handled by the carrier. We sent you a new jacket by express on Tuesday.\n\nBest,\nSam'],
      [
        'pl',
        'Dzie\u0144 dobry,\n\nza op\u00f3\u017anienia w dostawie odpowiada kurier, a nie my. Wys\u0142ali\u015bmy dzi\u015b Pani now\u0105 kurtk\u0119 ekspresem.\n\nPozdrawiam,\nKasia',
      ],
      [
        'fi',
        'Hei,\n\ntoimituksen viiveet ovat kuljetusliikkeen vastuulla, ei meid\u00e4n. L\u00e4hetimme takkinne t\u00e4n\u00e4\u00e4n uudelleen pikakuljetuksella.\n\nTerveisin\nAino',
      ],
      [
        'lt',
        'Sveiki,\n\nu\u017e pristatymo v\u0117lavim\u0105 atsako kurjeris, ne mes. \u0160iandien i\u0161siunt\u0117me jums nauj\u0105 striuk\u0119.\n\nPagarbiai\nIeva',
      ],
      [
        'sq',
        'P\u00ebrsh\u00ebndetje,\n\nvonesat n\u00eb dor\u00ebzim jan\u00eb p\u00ebrgjegj\u00ebsi e korrierit, jo e jona. Ankes\u00ebn ua d\u00ebrguam sot n\u00eb m\u00ebngjes.\n\nMe respekt,\nBlerina',
      ],
    ];
    for (const [index, [language, text]] of remedied.entries()) {
      it(`${language}: a refund, replacement or claim next is quiet (case ${index + 1})`, () => {
        assert.deepEqual(flagged('ownership/we-cant-control', language, text), []);
      });
    }
  });

  describe("any first-person step done next counts, whatever its noun; only the order's own sending does not (reviewer-24 #7)", () => {
    const owned: [string, string][] = [
      ['en', 'Hi Ola,\n\nMissing parcels are handled by the carrier. I lodged a loss notice with them at 9:30, reference MP-2201.\n\nBest,\nSam'],
      ['en', 'Hi Ola,\n\nMissing parcels are handled by the carrier. I have rebooked the delivery for Friday morning.\n\nBest,\nSam'],
      [
        'pl',
        'Dzie\u0144 dobry,\n\nza op\u00f3\u017anienia w dostawie odpowiada kurier, a nie my. Um\u00f3wi\u0142am ju\u017c odbi\u00f3r drugiej kurtki na pi\u0105tek.\n\nPozdrawiam,\nKasia',
      ],
      [
        'fi',
        'Hei,\n\ntoimituksen viiveet ovat kuljetusliikkeen vastuulla, ei meid\u00e4n. Avasin heille selvityksen aamulla, viite MP-2201.\n\nTerveisin\nAino',
      ],
      [
        'lt',
        'Sveiki,\n\nu\u017e pristatymo v\u0117lavim\u0105 atsako kurjeris, ne mes. \u0160iandien prad\u0117jau su jais paie\u0161k\u0105, numeris MP-2201.\n\nPagarbiai\nIeva',
      ],
      [
        'sq',
        'P\u00ebrsh\u00ebndetje,\n\nvonesat n\u00eb dor\u00ebzim jan\u00eb p\u00ebrgjegj\u00ebsi e korrierit, jo e jona. Sot hapa nj\u00eb k\u00ebrkim me ta, numri MP-2201.\n\nMe respekt,\nBlerina',
      ],
    ];
    for (const [index, [language, text]] of owned.entries()) {
      it(`${language}: our own step in other words is quiet (case ${index + 1})`, () => {
        assert.deepEqual(flagged('ownership/we-cant-control', language, text), []);
      });
    }
    it('en: the invoice or confirmation sent for the order is no remedy either', () => {
      const text = 'Hi Ola,\n\nMissing parcels are handled by the carrier. We sent you the order confirmation on Tuesday.\n\nBest,\nSam';
      assert.deepEqual(flagged('ownership/we-cant-control', 'en', text), ['are handled by the carrier']);
    });
  });

  it('en: a named carrier\'s responsibility with "not ours" is one finding, not two', () => {
    const text = "Hi Ola,\n\nThat's the courier's responsibility, not ours.\n\nBest,\nSam";
    const ownership = [...flagged('ownership/we-cant-control', 'en', text), ...flagged('ownership/not-my-department', 'en', text)];
    assert.equal(ownership.length, 1);
  });

  it('pl: "odpowiada kurier" is read as two words (the alternative "firma kurierska" no longer swallows it)', () => {
    const text = 'Dzie\u0144 dobry,\n\nza zgubion\u0105 przesy\u0142k\u0119 odpowiada kurier.\n\nPozdrawiam,\nKasia';
    assert.deepEqual(flagged('ownership/we-cant-control', 'pl', text), ['odpowiada kurier']);
  });
});

describe("tone/blame: the customer's step told as their past duty", function () {
  this.timeout(60_000);
  const cases: [string, string, string][] = [
    [
      'lt',
      'Laba diena,\n\nnaryst\u0117 prat\u0119siama automati\u0161kai, j\u0105 nutraukti tur\u0117jote patys.\n\nPagarbiai\nIeva',
      'nutraukti tur\u0117jote',
    ],
    [
      'sq',
      'P\u00ebrsh\u00ebndetje,\n\nan\u00ebtar\u00ebsia rinovohet vet\u00eb dhe ishte p\u00ebrgjegj\u00ebsia juaj ta nd\u00ebrprisnit.\n\nMe respekt,\nBlerina',
      'ishte p\u00ebrgjegj\u00ebsia juaj',
    ],
    ['sq', 'P\u00ebrsh\u00ebndetje,\n\nkarta rinovohet vet\u00eb, ndaj duhej ta anulonit para dat\u00ebs.\n\nMe respekt,\nBlerina', 'duhej ta anulonit'],
  ];
  for (const [language, text, span] of cases) {
    it(`${language}: ${span}`, () => {
      assert.deepEqual(flagged('tone/blame', language, text), [span]);
    });
  }

  const reassured: [string, string][] = [
    [
      'sq',
      'P\u00ebrsh\u00ebndetje,\n\nnuk ishte detyra juaj ta dinit k\u00ebt\u00eb: kodi duhej t\u00eb ishte n\u00eb fatur\u00eb, dhe jua d\u00ebrgova sot.\n\nMe respekt,\nBlerina',
    ],
    ['sq', 'P\u00ebrsh\u00ebndetje,\n\nnuk duhej ta anulonit vet\u00eb, sepse an\u00ebtar\u00ebsia mbaron m\u00eb 30 qershor.\n\nMe respekt,\nBlerina'],
    [
      'lt',
      'Laba diena,\n\nlai\u0161k\u0105 gauti tur\u0117jote vakar, tod\u0117l \u0161\u012fryt j\u012f i\u0161siun\u010diau dar kart\u0105.\n\nPagarbiai\nIeva',
    ],
    [
      'lt',
      'Laba diena,\n\natsipra\u0161ome, kad d\u0117l m\u016bs\u0173 klaidos tur\u0117jote nutraukti naryst\u0119. Pinigus gr\u0105\u017einome \u0161iandien.\n\nPagarbiai\nIeva',
    ],
    [
      'lt',
      'Laba diena,\n\nnaryst\u0119 nutraukti tur\u0117jote teis\u0119 bet kada, tod\u0117l pra\u0161ym\u0105 pri\u0117m\u0117me ir permok\u0105 gr\u0105\u017einome \u0161iandien.\n\nPagarbiai\nIeva',
    ],
  ];
  for (const [language, text] of reassured) {
    it(`${language}: ${text.split('\n')[2]!.slice(0, 48)} (not blame)`, () => {
      assert.deepEqual(flagged('tone/blame', language, text), []);
    });
  }
});
