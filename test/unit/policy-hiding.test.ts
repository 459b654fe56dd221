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
      ['en', 'Hi Lea,\n\nKiln slots are given at the discretion of the committee.\n\nBest,\nTom', 'at the discretion of the committee'],
      ['pl', 'Zgodnie z regulaminem nie wymieniamy bon\u00f3w na got\u00f3wk\u0119.', 'Zgodnie z regulaminem nie'],
      ['pl', 'Profil zablokowali\u015bmy z powodu naruszenia regulaminu forum.', 'z powodu naruszenia regulaminu'],
      ['fi', 'K\u00e4yt\u00e4nt\u00f6mme mukaisesti emme hyvit\u00e4 lahjakortteja rahana.', 'K\u00e4yt\u00e4nt\u00f6mme mukaisesti'],
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
});
