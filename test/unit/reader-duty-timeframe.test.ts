// deferral/vague-timeframe on trial 35 (a claim desk's notices, issue 13), five languages: a duty put on the reader or a
// term of the policy ("failure to send the quote in a timely manner may hold up the claim", "new damage must be reported
// as soon as possible") is their pace, no promise of ours (the rule's unless.inPart); our own vague step beside it, in
// its sentence after a joining word or in the next one, stays flagged. Reviewer-34 #3: the duty is the reader's only
// with the reader as its subject (the shop's own duty is our pace), our own promise after it in its part makes the time
// ours, and a delay the pace may cause, after it, tells the duty however its papers or its condition are said.
import * as assert from 'node:assert/strict';
import { assertQuietAndFlagged, spansOf } from '../support/engine';

const RULE = 'deferral/vague-timeframe';
const flagged = (text: string, language: string, kind: 'reply' | 'auto-reply') => spansOf(RULE, text, 'reply.txt', { language, kind });

// [language, the reader's duties, our own vague step, a duty and then our vague step after a joining word]
const duties: [string, string[], string, string][] = [
  [
    'en',
    [
      'Please note that failure to send the repair quote in a timely manner may hold up the claim.',
      'If you fail to report a second fault in a timely manner, it cannot join this claim.',
      'Under your policy you are required to send any document we ask for as soon as possible.',
      'New damage must be reported in a timely manner, and at the latest 30 days after it happens.',
    ],
    'Our assessor will review the photos as soon as possible.',
    "Failing to return the old phone voids the payout, so please post it back, and we'll pay you in due course.",
  ],
  [
    'pl',
    [
      'Nieprzes\u0142anie kosztorysu naprawy niezw\u0142ocznie mo\u017ce wstrzyma\u0107 likwidacj\u0119 szkody.',
      'Ubezpieczony ma obowi\u0105zek jak najszybciej przekaza\u0107 ka\u017cdy dokument, o kt\u00f3ry prosimy.',
      'Ubezpieczony jest zobowi\u0105zany niezw\u0142ocznie powiadomi\u0107 nas o nowej szkodzie.',
    ],
    'Nasz rzeczoznawca obejrzy zdj\u0119cia jak najszybciej.',
    'Nieodes\u0142anie starego telefonu uniewa\u017cnia wyp\u0142at\u0119, wi\u0119c prosimy go nada\u0107, a pieni\u0105dze przelejemy w najbli\u017cszym czasie.',
  ],
  [
    'lt',
    [
      'Nepateikus remonto s\u0105matos kuo grei\u010diau, \u017ealos administravimas gali b\u016bti sustabdytas.',
      'Draud\u0117jas privalo kuo skubiau pateikti kiekvien\u0105 m\u016bs\u0173 pra\u0161om\u0105 dokument\u0105.',
      'Apie nauj\u0105 \u017eal\u0105 b\u016btina prane\u0161ti kuo grei\u010diau.',
    ],
    'M\u016bs\u0173 vertintojas nuotraukas per\u017ei\u016br\u0117s kuo grei\u010diau.',
    'Negr\u0105\u017einus seno telefono i\u0161moka nemokama, tod\u0117l i\u0161si\u0173skite j\u012f, o pinigus pervesime artimiausiu metu.',
  ],
  [
    'fi',
    [
      'Jos korjausarviota ei toimiteta mahdollisimman pian, korvausk\u00e4sittely voi keskeyty\u00e4.',
      'Vakuutetun on toimitettava pyyt\u00e4m\u00e4mme asiakirjat niin pian kuin mahdollista.',
      'Uudesta vahingosta tulee ilmoittaa mahdollisimman pian.',
    ],
    'Arvioijamme k\u00e4y kuvat l\u00e4pi mahdollisimman pian.',
    'Vanha puhelin on palautettava, joten l\u00e4het\u00e4 se, ja maksamme korvauksen l\u00e4hiaikoina.',
  ],
  [
    'sq',
    [
      'Mosd\u00ebrgimi i preventivit t\u00eb riparimit sa m\u00eb shpejt mund ta pezulloj\u00eb trajtimin e d\u00ebmit.',
      'I siguruari \u00ebsht\u00eb i detyruar t\u00eb d\u00ebrgoj\u00eb pa vones\u00eb \u00e7do dokument q\u00eb k\u00ebrkojm\u00eb.',
      'Nj\u00eb d\u00ebm i ri duhet t\u00eb raportohet sa m\u00eb shpejt.',
    ],
    "Vler\u00ebsuesi yn\u00eb do t'i shqyrtoj\u00eb fotot sa m\u00eb shpejt.",
    'Telefoni i vjet\u00ebr duhet kthyer, prandaj d\u00ebrgojeni, dhe pages\u00ebn do ta kryejm\u00eb s\u00eb shpejti.',
  ],
];

describe("vague time frames: the reader's duty is not our promise (trial 35)", function () {
  this.timeout(60_000);

  for (const [language, readerDuties, ours, joined] of duties)
    it(`${language}: a duty on the reader is quiet; our own vague step next to it is flagged`, () => {
      for (const kind of ['reply', 'auto-reply'] as const)
        assertQuietAndFlagged((text) => flagged(text, language, kind), readerDuties, [`${readerDuties[0]} ${ours}`, joined], kind);
    });
});

// [language, the reader's duty told with two papers or as a condition, our promise after the reader's duty, the shop's duty]
const reviewed: [string, string[], string, string][] = [
  [
    'en',
    [
      'Failure to send the warranty card and the invoice in a timely manner may delay the repair.',
      'If the serial number is not provided in a timely manner, the repair may be delayed.',
      'If the photos and the receipt are not uploaded in a timely manner, the check may take longer.',
      'If the receipt and the serial number are not provided in a timely manner, the claim may take longer.',
    ],
    'If you fail to collect the parcel, we will arrange a second delivery as soon as possible.',
    'The retailer is obliged to refund the deposit in a timely manner.',
  ],
  [
    'pl',
    [
      'Nieprzes\u0142anie karty gwarancyjnej i faktury niezw\u0142ocznie mo\u017ce op\u00f3\u017ani\u0107 napraw\u0119.',
      'Je\u015bli numer seryjny nie zostanie podany niezw\u0142ocznie, naprawa mo\u017ce si\u0119 op\u00f3\u017ani\u0107.',
    ],
    'Poniewa\u017c klient ma obowi\u0105zek odebra\u0107 paczk\u0119, drug\u0105 dostaw\u0119 zorganizujemy wkr\u00f3tce, a etykiet\u0119 wy\u015blemy jak najszybciej.',
    'Sprzedawca jest zobowi\u0105zany zwr\u00f3ci\u0107 kaucj\u0119 niezw\u0142ocznie.',
  ],
  [
    'lt',
    [
      'Nepateikus garantinio talono ir s\u0105skaitos kuo grei\u010diau, remontas gali u\u017etrukti.',
      'Jei serijos numeris nebus nurodytas kuo grei\u010diau, remontas gali u\u017etrukti.',
    ],
    'Kadangi klientas privalo atsiimti siunt\u0105, kuo grei\u010diau atsi\u0173sime nauj\u0105 kod\u0105.',
    'Pardav\u0117jas yra \u012fpareigotas kuo grei\u010diau gr\u0105\u017einti u\u017estat\u0105.',
  ],
  [
    'fi',
    [
      'Jos takuukorttia ja laskua ei toimiteta mahdollisimman pian, korjaus voi viiv\u00e4sty\u00e4.',
      'Asiakas on velvollinen ilmoittamaan sarjanumeron mahdollisimman pian.',
      'Jos kuvia ja kuittia ei toimiteta mahdollisimman pian, tarkistus voi pitkitty\u00e4.',
    ],
    'Koska asiakkaan on noudettava paketti, l\u00e4het\u00e4mme uuden koodin mahdollisimman pian.',
    'Myyj\u00e4 on velvollinen palauttamaan takuumaksun mahdollisimman pian.',
  ],
  [
    'sq',
    [
      'Mosd\u00ebrgimi i kart\u00ebs s\u00eb garancis\u00eb dhe i fatur\u00ebs sa m\u00eb shpejt mund ta vonoj\u00eb riparimin.',
      'N\u00ebse numri serial nuk d\u00ebrgohet sa m\u00eb shpejt, riparimi mund t\u00eb vonohet.',
      'N\u00ebse fotot dhe fatura nuk d\u00ebrgohen sa m\u00eb shpejt, kontrolli mund t\u00eb zgjas\u00eb.',
    ],
    'Meq\u00eb klienti duhet ta t\u00ebrheq\u00eb paket\u00ebn, nj\u00eb kod t\u00eb ri do t\u2019ju d\u00ebrgojm\u00eb sa m\u00eb shpejt.',
    'Shit\u00ebsi \u00ebsht\u00eb i detyruar ta kthej\u00eb depozit\u00ebn sa m\u00eb shpejt.',
  ],
];

describe('vague time frames: whose duty, and whose promise after it (reviewer-34 #3)', function () {
  this.timeout(60_000);

  for (const [language, readerDuties, ourPromise, shopDuty] of reviewed)
    it(`${language}: two papers or a condition stay the reader's; our promise after a duty and the shop's duty are ours`, () => {
      assertQuietAndFlagged((text) => flagged(text, language, 'reply'), readerDuties, [shopDuty]);
      assert.ok(flagged(ourPromise, language, 'reply').length >= 1, ourPromise);
    });
});

// Our own vague promise with a hedge about a delay after it: the delay words excuse only under the reader's failure or
// condition (unless.delays), so the promise stays flagged (reviewer MED on 05d60dbf).
const hedges: [string, string][] = [
  ['en', 'Your repair will be finished as soon as possible, though the holidays may delay it.'],
  ['pl', 'Naprawa zostanie zako\u0144czona jak najszybciej, cho\u0107 \u015bwi\u0119ta mog\u0105 j\u0105 op\u00f3\u017ani\u0107.'],
  ['fi', 'Korjaus valmistuu mahdollisimman pian, vaikka pyh\u00e4t voivat viiv\u00e4stytt\u00e4\u00e4 sit\u00e4.'],
  ['lt', 'Remontas bus baigtas kuo grei\u010diau, nors \u0161vent\u0117s gali j\u012f atid\u0117ti.'],
  ['sq', 'Riparimi do t\u00eb p\u00ebrfundoj\u00eb sa m\u00eb shpejt, megjith\u00ebse festat mund ta vonojn\u00eb.'],
];

describe('vague time frames: a hedge about a delay after our own promise is no duty', function () {
  this.timeout(60_000);

  for (const [language, hedge] of hedges)
    it(`${language}: our promise with a possible delay after it stays flagged`, () => {
      assert.equal(flagged(hedge, language, 'reply').length, 1, hedge);
    });
});
