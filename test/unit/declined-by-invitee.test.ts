// An invitation the invitee declined, relayed to the one who invited (reviewer-25 #21): when the next sentence names the
// invitee as the one who declined ("Nora declined the invitation", "Kutsun hylkäsi …"), the news is their choice and
// owes no regret of ours, in five languages, with a name or a placeholder there. The same news with no decliner named,
// a request for an invitation turned down, or our own refusal ("We declined the invitation") stays a finding.
import * as assert from 'node:assert/strict';
import { assertQuietAndFlagged, spansOf } from '../support/engine';

const RULE = 'empathy/bad-news-without-empathy';
const flagged = (text: string, language: string) => spansOf(RULE, text, 'notice.txt', { language });

const cases: [string, string, string, string[]][] = [
  [
    'en',
    '<!-- replylint kind=auto-reply -->\nHi Alex,\n\nThe invitation for Nora Field to co-edit the spring newsletter has been declined. Nora Field declined the invitation on 2 March.\n\nThis message was sent automatically.',
    '<!-- replylint kind=auto-reply -->\nHi {{first_name}},\n\nThe invitation for {{invitee}} to co-edit the spring newsletter has been declined. {{invitee}} declined the invitation on {{date}}.\n\nThis message was sent automatically.',
    [
      '<!-- replylint kind=auto-reply -->\nHi Alex,\n\nThe invitation for Nora Field to co-edit the spring newsletter has been declined. The newsletter still needs a co-editor.\n\nThis message was sent automatically.',
      '<!-- replylint kind=auto-reply -->\nHi Alex,\n\nThe invitation for Nora Field to co-edit the spring newsletter has been declined. We declined the invitation after our review.\n\nThis message was sent automatically.',
      // Our administrator or moderators as the decliner: our refusal (reviewer-26 #8).
      '<!-- replylint kind=auto-reply -->\nHi Alex,\n\nThe invitation for Nora Field to co-edit the spring newsletter has been declined. An administrator declined the invitation on 2 March.\n\nThis message was sent automatically.',
      '<!-- replylint kind=auto-reply -->\nHi Alex,\n\nThe invitation for Nora Field to co-edit the spring newsletter has been declined. Our moderators declined the invitation after their review.\n\nThis message was sent automatically.',
    ],
  ],
  [
    'fi',
    '<!-- replylint kind=auto-reply -->\nHei Aleksi,\n\nkutsu kev\u00e4\u00e4n uutiskirjeen toiseksi toimittajaksi on hyl\u00e4tty. Kutsun hylk\u00e4si Noora Pelto 2.3.\n\nT\u00e4m\u00e4 viesti on l\u00e4hetetty automaattisesti.',
    '<!-- replylint kind=auto-reply -->\nHei {{etunimi}},\n\nkutsu kev\u00e4\u00e4n uutiskirjeen toiseksi toimittajaksi on hyl\u00e4tty. {{kutsuttu}} hylk\u00e4si kutsun {{pvm}}.\n\nT\u00e4m\u00e4 viesti on l\u00e4hetetty automaattisesti.',
    [
      '<!-- replylint kind=auto-reply -->\nHei Aleksi,\n\nkutsu kev\u00e4\u00e4n uutiskirjeen toiseksi toimittajaksi on hyl\u00e4tty. Uutiskirje tarvitsee yh\u00e4 toimittajan.\n\nT\u00e4m\u00e4 viesti on l\u00e4hetetty automaattisesti.',
      '<!-- replylint kind=auto-reply -->\nHei Aleksi,\n\npyynt\u00f6si saada kutsu kev\u00e4\u00e4n uutiskirjeen toimitukseen on hyl\u00e4tty. Toimitus on jo t\u00e4ynn\u00e4.\n\nT\u00e4m\u00e4 viesti on l\u00e4hetetty automaattisesti.',
    ],
  ],
  [
    'pl',
    '<!-- replylint kind=auto-reply -->\nCze\u015b\u0107 Aleks,\n\nzaproszenie dla Nory do wsp\u00f3\u0142redagowania wiosennego biuletynu zosta\u0142o odrzucone. Nora Pole odrzuci\u0142a zaproszenie 2 marca.\n\nWiadomo\u015b\u0107 wys\u0142ana automatycznie.',
    '<!-- replylint kind=auto-reply -->\nCze\u015b\u0107 {{imie}},\n\nzaproszenie dla {{invitee}} do wsp\u00f3\u0142redagowania wiosennego biuletynu zosta\u0142o odrzucone. {{invitee}} odrzuci\u0142(a) zaproszenie {{date}}.\n\nWiadomo\u015b\u0107 wys\u0142ana automatycznie.',
    [
      '<!-- replylint kind=auto-reply -->\nCze\u015b\u0107 Aleks,\n\nzaproszenie dla Nory do wsp\u00f3\u0142redagowania wiosennego biuletynu zosta\u0142o odrzucone. Biuletyn nadal potrzebuje redaktora.\n\nWiadomo\u015b\u0107 wys\u0142ana automatycznie.',
    ],
  ],
  [
    'lt',
    '<!-- replylint kind=auto-reply -->\nSveiki, Aleksai,\n\nkvietimas Norai kartu redaguoti pavasario naujienlai\u0161k\u012f atmestas. Nora Lauk\u0117 atmet\u0117 kvietim\u0105 kovo 2 d.\n\n\u0160is prane\u0161imas i\u0161si\u0173stas automati\u0161kai.',
    '<!-- replylint kind=auto-reply -->\nSveiki, {{vardas}},\n\nkvietimas {{invitee}} kartu redaguoti pavasario naujienlai\u0161k\u012f atmestas. {{invitee}} atmet\u0117 kvietim\u0105 {{date}}.\n\n\u0160is prane\u0161imas i\u0161si\u0173stas automati\u0161kai.',
    [
      '<!-- replylint kind=auto-reply -->\nSveiki, Aleksai,\n\nj\u016bs\u0173 pra\u0161ymas gauti kvietim\u0105 \u012f pavasario naujienlai\u0161kio redakcij\u0105 buvo atmestas. Redakcija jau pilna.\n\n\u0160is prane\u0161imas i\u0161si\u0173stas automati\u0161kai.',
    ],
  ],
  [
    'sq',
    '<!-- replylint kind=auto-reply -->\nP\u00ebrsh\u00ebndetje Aleks,\n\nftesa p\u00ebr Nor\u00ebn p\u00ebr t\u00eb redaktuar buletinin e pranver\u00ebs u refuzua. Nora Fusha e refuzoi ftes\u00ebn m\u00eb 2 mars.\n\nKy mesazh u d\u00ebrgua automatikisht.',
    '<!-- replylint kind=auto-reply -->\nP\u00ebrsh\u00ebndetje {{emri}},\n\nftesa p\u00ebr {{invitee}} p\u00ebr t\u00eb redaktuar buletinin e pranver\u00ebs u refuzua. {{invitee}} e refuzoi ftes\u00ebn m\u00eb {{date}}.\n\nKy mesazh u d\u00ebrgua automatikisht.',
    [
      '<!-- replylint kind=auto-reply -->\nP\u00ebrsh\u00ebndetje Aleks,\n\nftesa p\u00ebr Nor\u00ebn p\u00ebr t\u00eb redaktuar buletinin e pranver\u00ebs u refuzua. Buletini ende ka nevoj\u00eb p\u00ebr nj\u00eb redaktor.\n\nKy mesazh u d\u00ebrgua automatikisht.',
    ],
  ],
];

const further: [string, string][] = [
  [
    'fi',
    'Kutsu seuran rahastonhoitajaksi on hyl\u00e4tty\n\nSeura:\nPuutarhaseura Omena\n\nRahastonhoitajaksi kutsuttu Noora Pelto on hyl\u00e4nnyt kutsun.\n\nSeura tarvitsee yh\u00e4 rahastonhoitajan, ennen kuin se voi hakea avustusta.',
  ],
  [
    'en',
    '<!-- replylint kind=auto-reply -->\nThe invitation to act as treasurer has been declined.\n\nClub: Apple Garden Society\n\nNora Field, invited as treasurer, has declined your invitation.',
  ],
  [
    'pl',
    'Zaproszenie do funkcji skarbnika zosta\u0142o odrzucone\n\nKlub:\nTowarzystwo Ogrodowe Jab\u0142o\u0144\n\nZaproszona na skarbnika Nora Pole odrzuci\u0142a zaproszenie.\n\nKlub nadal potrzebuje skarbnika, zanim z\u0142o\u017cy wniosek o dotacj\u0119.',
  ],
];

describe('an invitation declined by the invitee, named next (reviewer-25 #21)', function () {
  this.timeout(60_000);

  for (const [language, named, placeholder, ours] of cases) {
    it(`${language}: the invitee named as the decliner, by name or placeholder: quiet; no decliner, a request or our refusal: flagged`, () => {
      assertQuietAndFlagged((text) => flagged(text, language), [named, placeholder], ours);
    });
  }

  for (const [language, text] of further) {
    it(`${language}: a notice whose news is its title and whose decliner is named further down is quiet (trial 26 shape)`, () => {
      assert.deepEqual(flagged(text, language), []);
    });
  }
});
