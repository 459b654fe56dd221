// ownership/we-cant-control: the carrier named as the one who did the harm, with nothing done about it ("the courier
// damaged the lamp"); ownership/organisation-centred: the organisation's workload as the reason to refuse ("Due to the
// large number of applications, we do not give feedback"). Five languages each.
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

const lintAs = (rule: string, language: string, text: string) => spansOf(rule, text, 'reply.txt', { language, kind: 'reply', placeholders: 'none' });

describe('ownership: the carrier blamed, the workload as a refusal', function () {
  this.timeout(60_000);

  it('we-cant-control finds the carrier blamed for the harm with nothing done', () => {
    const cases: [string, string, string][] = [
      ['en', 'Sadly the carrier broke the mirror on its way to you, and we have no other one left.', 'the carrier broke'],
      ['en', 'The courier lost your parcel somewhere near Leeds.', 'The courier lost your parcel'],
      ['pl', 'Niestety kurier zniszczy\u0142 lustro w drodze do Pana.', 'kurier zniszczy\u0142'],
      ['fi', 'Valitettavasti kuriiri rikkoi peilin matkalla.', 'kuriiri rikkoi'],
      ['lt', 'Deja, ve\u017e\u0117jas sudau\u017e\u0117 veidrod\u012f pakeliui.', 've\u017e\u0117jas sudau\u017e\u0117'],
      ['sq', 'Fatkeq\u00ebsisht korrieri e theu pasqyr\u00ebn gjat\u00eb rrug\u00ebs.', 'korrieri e theu'],
    ];
    for (const [language, text, span] of cases) assert.deepEqual(lintAs('ownership/we-cant-control', language, text), [span], text);
  });

  it('we-cant-control leaves the harm told with what we did, and time lost rather than a parcel', () => {
    for (const [language, text] of [
      ['en', "The carrier broke the mirror, so I've sent a new one by express today."],
      ['en', 'The courier lost a day at the hub, and we should have told you.'],
      ['pl', 'Kurier zgubi\u0142 dzie\u0144 w sortowni, a my powinni\u015bmy byli da\u0107 zna\u0107.'],
      ['sq', 'Transportuesi humbi nj\u00eb dit\u00eb n\u00eb depo.'],
    ]) {
      assert.deepEqual(lintAs('ownership/we-cant-control', language, text), [], text);
    }
  });

  it('we-cant-control leaves the carrier\u2019s harm with our step after "so" or an apology before it (reviewer #13)', () => {
    for (const [language, text] of [
      ['en', 'The carrier lost the parcel, so we refunded the whole order this morning.'],
      ['en', "I'm so sorry: the courier broke the mirror on its way to you."],
      ['pl', 'Kurier zgubi\u0142 paczk\u0119, wi\u0119c zwr\u00f3cili\u015bmy ca\u0142\u0105 kwot\u0119 dzi\u015b rano.'],
      ['lt', 'Ve\u017e\u0117jas sudau\u017e\u0117 veidrod\u012f, tod\u0117l \u0161iandien i\u0161siunt\u0117me nauj\u0105.'],
      ['sq', 'Korrieri e theu pasqyr\u00ebn, prandaj sot ju d\u00ebrguam nj\u00eb t\u00eb re.'],
      ['fi', 'Pahoittelemme, ett\u00e4 kuriiri rikkoi peilin matkalla.'],
    ]) {
      assert.deepEqual(lintAs('ownership/we-cant-control', language, text), [], text);
    }
  });

  it('nothing-i-can-do leaves "out of our hands" with our step after "so" (reviewer #10)', () => {
    assert.deepEqual(
      lintAs('ownership/nothing-i-can-do', 'en', "The gale cancelled the boat, which is out of our hands, so I've moved you to Monday's 8:00 crossing."),
      [],
    );
    assert.deepEqual(lintAs('ownership/nothing-i-can-do', 'en', 'The gale cancelled the boat, which is out of our hands, so I cannot help.'), [
      'out of our hands',
    ]);
  });

  it('organisation-centred finds the workload as the reason to refuse, not as the reason for a wait', () => {
    const cases: [string, string, string][] = [
      ['en', 'Due to the high number of applications, we cannot give feedback on each one.', 'Due to the high number of applications, we cannot'],
      ['pl', 'Z powodu du\u017cej liczby zg\u0142osze\u0144 nie odpowiadamy na ka\u017cde z osobna.', 'Z powodu du\u017cej liczby zg\u0142osze\u0144 nie'],
      ['fi', 'Suuren hakijam\u00e4\u00e4r\u00e4n vuoksi emme voi antaa palautetta.', 'Suuren hakijam\u00e4\u00e4r\u00e4n vuoksi emme'],
      ['lt', 'D\u0117l didelio kandidat\u0173 skai\u010diaus negalime pateikti atsiliepim\u0173.', 'D\u0117l didelio kandidat\u0173 skai\u010diaus negalime'],
      [
        'sq',
        'P\u00ebr shkak t\u00eb numrit t\u00eb madh t\u00eb k\u00ebrkesave, nuk japim p\u00ebrgjigje individuale.',
        'P\u00ebr shkak t\u00eb numrit t\u00eb madh t\u00eb k\u00ebrkesave, nuk',
      ],
    ];
    for (const [language, text, span] of cases) assert.deepEqual(lintAs('ownership/organisation-centred', language, text), [span], text);
    for (const [language, text] of [
      ['en', 'Due to the high number of applications, shortlisting may take a little longer this year.'],
      ['pl', 'Ze wzgl\u0119du na du\u017c\u0105 liczb\u0119 zg\u0142osze\u0144 wyniki og\u0142osimy 12 maja.'],
      ['lt', 'D\u0117l didelio parai\u0161k\u0173 skai\u010diaus atranka u\u017etruks iki gegu\u017e\u0117s 12 d.'],
    ]) {
      assert.deepEqual(lintAs('ownership/organisation-centred', language, text), [], text);
    }
  });

  it('organisation-centred leaves the workload refusal that offers a way round after "but" (reviewer-27 #13)', () => {
    for (const [language, text] of [
      ['en', 'Due to the large number of applications, we cannot reply to each one in person, but our guide lists what the panel looks for.'],
      ['en', "Due to the high volume of applicants we are unable to give feedback, but I've attached the panel's scoring sheet."],
      [
        'pl',
        'Ze wzgl\u0119du na du\u017c\u0105 liczb\u0119 kandydatur nie udzielamy indywidualnych uwag, ale w za\u0142\u0105czniku przesy\u0142amy arkusz ocen komisji.',
      ],
      ['fi', 'Suuren hakemusm\u00e4\u00e4r\u00e4n vuoksi emme voi vastata jokaiselle erikseen, mutta oppaamme kertoo, mit\u00e4 raati arvostaa.'],
      [
        'lt',
        'D\u0117l didelio parai\u0161k\u0173 skai\u010diaus negalime atsakyti kiekvienam, ta\u010diau m\u016bs\u0173 svetain\u0117je rasite komisijos vertinimo lentel\u0119.',
      ],
      [
        'sq',
        'P\u00ebr shkak t\u00eb numrit t\u00eb madh t\u00eb aplikimeve, nuk mund t\u2019ju japim koment individual, por ju kemi bashk\u00ebngjitur flet\u00ebn e vler\u00ebsimit.',
      ],
    ]) {
      assert.deepEqual(lintAs('ownership/organisation-centred', language, text), [], text);
    }
    // A "but" with nothing for the reader is still the workload as the whole answer (reviewer-28 #1: thanks, a final
    // decision, wishes).
    for (const [language, text] of [
      ['en', 'Due to the large number of entries, we cannot reply to each one, but the jury\u2019s choice is final.'],
      ['en', 'Due to the sheer number of candidates, we are unable to give feedback, but we are thankful for your interest.'],
      ['pl', 'Ze wzgl\u0119du na du\u017c\u0105 liczb\u0119 zg\u0142osze\u0144 nie odpowiadamy osobno, ale nasza decyzja jest ostateczna.'],
      ['lt', 'D\u0117l didelio kandidat\u0173 skai\u010diaus negalime atsakyti kiekvienam, ta\u010diau m\u016bs\u0173 sprendimas galutinis.'],
      ['sq', 'P\u00ebr shkak t\u00eb numrit t\u00eb madh t\u00eb aplikimeve, nuk japim koment, por ju urojm\u00eb fat.'],
    ]) {
      assert.equal(lintAs('ownership/organisation-centred', language!, text!).length, 1, text);
    }
    assert.deepEqual(
      lintAs('ownership/organisation-centred', 'en', 'Due to the large number of applicants, we cannot give individual feedback but wish you luck.'),
      ['Due to the large number of applicants, we cannot'],
    );
  });
});
