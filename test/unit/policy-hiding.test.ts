// ownership/policy-hiding: a refusal that hides behind the rules ("Tickets are non-refundable as per our terms"),
// and a rule stated with its reason, the others it is fair to, which hides nothing (trial 28 class 5).
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

const RULE = 'ownership/policy-hiding';

const hides = (language: string, text: string, kind: 'reply' | 'snippet' = 'reply') =>
  spansOf(RULE, text, 'reply.txt', { language, kind, placeholders: 'none' });

describe('ownership/policy-hiding', function () {
  this.timeout(60_000);

  it('finds a refusal told under the terms, in five languages', () => {
    const cases: [string, string, string][] = [
      ['en', 'Hi Lea,\n\nFestival passes are non-refundable as per our terms and conditions.\n\nBest,\nTom', 'non-refundable as per our terms'],
      ['pl', 'Zgodnie z regulaminem nie wymieniamy bon\u00f3w na got\u00f3wk\u0119.', 'Zgodnie z regulaminem nie'],
      ['pl', 'Profil zablokowali\u015bmy z powodu naruszenia regulaminu forum.', 'z powodu naruszenia regulaminu'],
      ['fi', 'K\u00e4yt\u00e4nt\u00f6mme mukaisesti emme hyvit\u00e4 lahjakortteja rahana.', 'K\u00e4yt\u00e4nt\u00f6mme mukaisesti emme'],
      [
        'lt',
        'Pagal garantijos s\u0105lygas baterijos nusid\u0117v\u0117jimas n\u0117ra garantinis atvejis.',
        'Pagal garantijos s\u0105lygas baterijos nusid\u0117v\u0117jimas n\u0117ra',
      ],
      ['lt', 'J\u016bs\u0173 skelbimas pa\u0161alintas vadovaujantis portalo taisykl\u0117mis.', 'pa\u0161alintas vadovaujantis portalo taisykl\u0117mis'],
    ];
    for (const [language, text, span] of cases) assert.deepEqual(hides(language, text, 'snippet'), [span], text);
  });

  it('leaves a rule stated with its reason, the others it is fair to, in five languages', () => {
    const cases: [string, string][] = [
      ['en', 'As per our policy, a lane cancelled on the day is not refunded. A lane freed that late rarely goes to other players.'],
      [
        'pl',
        'Zgodnie z regulaminem op\u0142ata nie jest zwracana przy odwo\u0142aniu w dniu gry. Tak p\u00f3\u017ano zwolnionego kortu nie zd\u0105\u017cymy da\u0107 innym graczom.',
      ],
      [
        'fi',
        'S\u00e4\u00e4nt\u00f6jemme mukaan samana p\u00e4iv\u00e4n\u00e4 peruttua vuoroa ei hyvitet\u00e4. Niin my\u00f6h\u00e4\u00e4n vapautuva vuoro ei ehdi muille pelaajille.',
      ],
      [
        'lt',
        'Pagal m\u016bs\u0173 taisykles v\u0117lyvo at\u0161aukimo mokestis negr\u0105\u017einamas. Tokio v\u0117lyvo laiko nebesp\u0117jame pasi\u016blyti kitiems \u017eaid\u0117jams.',
      ],
      [
        'sq',
        'Sipas rregullave tona, tarifa nuk kthehet p\u00ebr anulime n\u00eb t\u00eb nj\u00ebjt\u00ebn dit\u00eb. Nj\u00eb fush\u00eb e liruar kaq von\u00eb nuk u jepet dot lojtar\u00ebve t\u00eb tjer\u00eb.',
      ],
    ];
    for (const [language, text] of cases) assert.deepEqual(hides(language, text), [], text);
    // The same rule without its reason still hides behind it.
    assert.deepEqual(hides('en', 'As per our policy, a lane cancelled on the day is not refunded.'), ['per our policy']);
  });

  it('a rule that grants something hides nothing, in five languages (reviewer #1)', () => {
    for (const [language, text] of [
      ['en', 'As per our policy, we cover the return postage when a chair arrives scratched.'],
      ['en', 'Festival passes are non-refundable as per our terms, but you can pass yours to a friend: reply with their name.'],
      ['pl', 'Zgodnie z regulaminem nie pobieramy op\u0142aty za pierwsz\u0105 wymian\u0119 rozmiaru.'],
      ['pl', 'Zgodnie z warunkami nie musi Pani odsy\u0142a\u0107 p\u0119kni\u0119tego kubka.'],
      ['fi', 'K\u00e4yt\u00e4nt\u00f6mme mukaisesti hyvit\u00e4mme postikulut, kun tuote saapuu rikki.'],
      ['fi', 'S\u00e4\u00e4nt\u00f6jemme mukaisesti ei perit\u00e4 maksua ensimm\u00e4isest\u00e4 vaihdosta.'],
      ['lt', 'Pagal garantijos s\u0105lygas \u0161is keitimas n\u0117ra mokamas.'],
      ['lt', 'Pagal m\u016bs\u0173 taisykles u\u017e pirm\u0105 keitim\u0105 n\u0117ra jokio mokes\u010dio.'],
      ['sq', 'Sipas rregullave tona, ju nuk paguani p\u00ebr nd\u00ebrrimin e par\u00eb.'],
    ]) {
      assert.deepEqual(hides(language, text), [], text);
    }
  });

  it('the same answer given to others is no reason (reviewer #2)', () => {
    assert.deepEqual(hides('en', 'As per our policy, a lane cancelled on the day is not refunded. We say exactly this to other bowlers too.'), [
      'per our policy',
    ]);
  });

  it('the reason for a refusal is not the reason for the rule', () => {
    assert.deepEqual(hides('lt', 'J\u016bs\u0173 pra\u0161ymas atmestas, nes d\u0117\u017eut\u0117 buvo atidaryta. Tokia parduotuv\u0117s tvarka.'), [
      'Tokia parduotuv\u0117s tvarka',
    ]);
  });

  it('"ne" opening a word that negates nothing is no refusal (lt)', () => {
    assert.deepEqual(
      hides('lt', 'Pagal m\u016bs\u0173 taisykles ma\u017eiau nei par\u0105 prie\u0161 \u017eaidim\u0105 laik\u0105 pakeisti galite nemokamai.'),
      [],
    );
  });

  it('finds money refused "by the rules" with no rule named and nothing offered (trial 29), in five languages', () => {
    const cases: [string, string, string][] = [
      ['en', 'We are sorry, but according to the rules the membership fee cannot be refunded.', 'according to the rules the membership fee cannot be refunded'],
      ['en', 'Under our terms we cannot refund a lesson pack.', 'Under our terms we cannot refund'],
      ['pl', 'Przykro nam, wed\u0142ug regulaminu nie oddajemy wp\u0142aconej zaliczki.', 'wed\u0142ug regulaminu nie'],
      ['fi', 'Valitettavasti s\u00e4\u00e4nt\u00f6jen mukaan j\u00e4senmaksua ei palauteta.', 's\u00e4\u00e4nt\u00f6jen mukaan j\u00e4senmaksua ei'],
      ['lt', 'Atsipra\u0161ome, pagal taisykles nario mokestis negali b\u016bti gr\u0105\u017eintas.', 'pagal taisykles nario mokestis negali'],
      ['sq', 'Na vjen keq, sipas rregullave kuota e an\u00ebtar\u00ebsis\u00eb nuk kthehet.', 'sipas rregullave kuota e an\u00ebtar\u00ebsis\u00eb nuk'],
    ];
    for (const [language, text, span] of cases) assert.deepEqual(hides(language, text, 'reply'), [span], text);
  });

  it('leaves the rule told with its reason or a way round, and a rule that spares the reader a fee', () => {
    for (const [language, text] of [
      ['en', 'According to the rules, the membership fee cannot be refunded, but you can pause your membership for up to three months.'],
      ['en', 'Under our terms we cannot refund a lesson pack because the instructor is booked for you in advance.'],
      ['pl', 'Wed\u0142ug regulaminu op\u0142ata za zmian\u0119 terminu nie jest pobierana.'],
      ['fi', 'S\u00e4\u00e4nt\u00f6jen mukaan emme peri j\u00e4senmaksua tauon ajalta.'],
      ['fi', 'Ehtojen mukaan ei ole estett\u00e4 siirt\u00e4\u00e4 j\u00e4senyytt\u00e4 toiselle kaudelle.'],
      ['lt', 'Pagal taisykles u\u017e pertrauk\u0105 mok\u0117ti nereikia.'],
      ['sq', 'Sipas rregullave, pushimi i an\u00ebtar\u00ebsis\u00eb nuk kushton asgj\u00eb.'],
    ]) {
      assert.deepEqual(hides(language!, text!), [], text);
    }
  });

  it("leaves the rule beside our own step or the reader's way round in the next sentence (reviewer-28 #5)", () => {
    for (const [language, text] of [
      ['en', 'According to our rules, the fee cannot be refunded. You cancelled in time, so I have refunded it in full today.'],
      ['en', 'Under our terms the pass cannot be refunded. You can transfer it to a friend: send me their name.'],
      ['pl', 'Wed\u0142ug regulaminu nie zwracamy op\u0142aty za rozpocz\u0119ty kurs, ale przenios\u0142am Pana do grupy jesiennej.'],
      ['pl', 'Wed\u0142ug regulaminu zwrot nie wymaga paragonu, wystarczy numer zam\u00f3wienia.'],
      ['fi', 'Ehtojen mukaan emme voi peri\u00e4 maksua, joten hyvitin sen kortillesi.'],
      ['lt', 'Pagal s\u0105lygas negalime imti mokes\u010dio, tod\u0117l gr\u0105\u017einau vis\u0105 sum\u0105.'],
      ['sq', 'Sipas kushteve nuk keni nevoj\u00eb t\u00eb paguani, prandaj jua ktheva shum\u00ebn.'],
    ]) {
      assert.deepEqual(hides(language!, text!), [], text);
    }
  });
});
