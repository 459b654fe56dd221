// Classes found by the blind-written agent replies in test/corpus/real-world/*/blind-agent/ (written and labelled
// before the first run): polite, concrete lines the packs flagged.
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

function flagged(rule: string, language: string, text: string, kind = 'macro'): string[] {
  return spansOf(rule, text, 'reply.txt', { language, kind: kind as 'macro', placeholders: 'none' });
}

describe('blind-written agent replies', function () {
  this.timeout(60_000);

  describe('ownership/nameless-handoff: praise passed on to the team hands no request to anyone', () => {
    const praise: [string, string][] = [
      ['en', "Hi Dana,\n\nThank you for the lovely review! I've passed it on to the packing team and it made their week.\n\nBest,\nSam"],
      ['en', "Hi Dana,\n\nThanks for the compliment about Tom. I've passed it on to our warehouse team.\n\nBest,\nSam"],
      [
        'pl',
        'Dzie\u0144 dobry,\n\ndzi\u0119kuj\u0119 za mi\u0142\u0105 opini\u0119! Przekaza\u0142am j\u0105 do naszego magazynu i wszyscy si\u0119 ucieszyli.\n\nPozdrawiam,\nKasia',
      ],
      ['fi', 'Hei,\n\nkiitos l\u00e4mpim\u00e4st\u00e4 palautteestasi! V\u00e4litin sen tiimillemme, ja se ilahdutti kaikkia.\n\nTerveisin\nAino'],
      [
        'lt',
        'Sveiki,\n\nlabai a\u010di\u016b u\u017e \u0161ilt\u0105 atsiliepim\u0105! Perdaviau j\u012f m\u016bs\u0173 pakavimo komandai, R\u016btai ir Tomui, ir jie labai apsid\u017eiaug\u0117.\n\nPagarbiai\nIeva',
      ],
      [
        'sq',
        'P\u00ebrsh\u00ebndetje,\n\nfaleminderit shum\u00eb p\u00ebr fjal\u00ebt e mira! Ia p\u00ebrcolla ekipit ton\u00eb dhe u g\u00ebzuan shum\u00eb.\n\nMe respekt,\nBlerina',
      ],
    ];
    for (const [language, text] of praise) {
      it(`${language}: ${text.split('\n')[2]!.slice(0, 48)}`, () => {
        assert.deepEqual(flagged('ownership/nameless-handoff', language, text), []);
      });
    }

    // A complaint passed on with no owner and no time is still a hand-off to nobody.
    const complaints: [string, string, string][] = [
      ['en', "Hi Dana,\n\nThanks for the feedback about the broken checkout. I've passed it on to the team.\n\nBest,\nSam", 'passed it on to the'],
      ['fi', 'Hei,\n\nkiitos palautteesta rikkin\u00e4isest\u00e4 kassasta. V\u00e4litin sen tiimillemme.\n\nTerveisin\nAino', 'V\u00e4litin sen tiimillemme'],
      [
        'lt',
        'Sveiki,\n\na\u010di\u016b u\u017e atsiliepim\u0105 apie neveikiant\u012f krep\u0161el\u012f. Perdaviau j\u012f m\u016bs\u0173 komandai.\n\nPagarbiai\nIeva',
        'Perdaviau j\u012f m\u016bs\u0173 komandai',
      ],
      [
        'sq',
        'P\u00ebrsh\u00ebndetje,\n\nfaleminderit p\u00ebr komentin p\u00ebr shport\u00ebn q\u00eb nuk punon. Ia p\u00ebrcolla ekipit ton\u00eb.\n\nMe respekt,\nBlerina',
        'p\u00ebrcolla ekipit ton\u00eb',
      ],
    ];
    for (const [language, text, span] of complaints) {
      it(`${language}: a complaint passed on is still flagged`, () => {
        assert.deepEqual(flagged('ownership/nameless-handoff', language, text), [span]);
      });
    }
  });

  describe('empathy/bad-news-without-empathy (sq): "vet\u00ebm p\u00ebr lexim" is read-only, not a restriction', () => {
    it('a plan change that makes projects read-only until the reader archives some', () => {
      const text =
        'P\u00ebrsh\u00ebndetje,\n\nmund t\u00eb kaloni n\u00eb planin Starter n\u00eb \u00e7do koh\u00eb. Projektet mbi kufirin b\u00ebhen vet\u00ebm p\u00ebr lexim derisa t\u00eb arkivoni disa prej tyre.\n\nMe respekt,\nBlerina';
      assert.deepEqual(flagged('empathy/bad-news-without-empathy', 'sq', text), []);
    });
    it('returns accepted only within 14 days stay a refusal', () => {
      const text = 'P\u00ebrsh\u00ebndetje,\n\nkthimet b\u00ebhen vet\u00ebm brenda 14 dit\u00ebve nga blerja.\n\nMe respekt,\nBlerina';
      assert.deepEqual(flagged('empathy/bad-news-without-empathy', 'sq', text), ['b\u00ebhen vet\u00ebm']);
    });
  });

  describe('nameless-handoff (pl/fi/lt/sq): a complaint handed on after a thank-you for a kind message stays a hand-off', () => {
    const complaints: [string, string, string][] = [
      [
        'pl',
        'Dzie\u0144 dobry,\n\ndzi\u0119kuj\u0119 za mi\u0142\u0105 wiadomo\u015b\u0107. Pana reklamacj\u0119 przekaza\u0142am do odpowiedniego dzia\u0142u.\n\nPozdrawiam,\nOla',
        'przekaza\u0142am do odpowiedniego',
      ],
      [
        'lt',
        'Sveiki,\n\nA\u010di\u016b u\u017e malon\u0173 lai\u0161k\u0105! J\u016bs\u0173 skund\u0105 perdaviau atsakingam skyriui.\n\nPagarbiai\nIeva',
        'perdaviau atsakingam skyriui',
      ],
      [
        'sq',
        'P\u00ebrsh\u00ebndetje,\n\nfaleminderit p\u00ebr fjal\u00ebt e mira! Ankes\u00ebn tuaj ia p\u00ebrcolla departamentit p\u00ebrkat\u00ebs.\n\nMe respekt,\nBlerina',
        'p\u00ebrcolla departamentit',
      ],
    ];
    for (const [language, text, span] of complaints) {
      it(`${language}: ${span}`, () => {
        assert.deepEqual(flagged('ownership/nameless-handoff', language, text), [span]);
      });
    }
  });

  describe('formula/closing: a name over the team line signs a reply, as it does for ownership/nameless-sign-off', () => {
    const signed: [string, string][] = [
      ['en', "Hi Sam,\n\nSorry, your laptop is held up until 12 December. I'll bring it to your desk on the 13th.\n\nMarek\nIT Service Desk"],
      ['en', 'Hi Sam,\n\nYour laptop arrives on 12 December.\n\nOwen Price\nCustomer Care Team'],
      ['pl', 'Cze\u015b\u0107 Piotrze,\n\nlaptop dotrze 12 grudnia, a 13-go przynios\u0119 Ci go na biurko.\n\nMarek\nDzia\u0142 IT'],
      ['fi', 'Hei Sami,\n\nkannettava saapuu 12.12., ja tuon sen p\u00f6yd\u00e4llesi 13. p\u00e4iv\u00e4.\n\nMarek\nIT-tuki'],
      ['lt', 'Sveikas, Sauliau,\n\nkompiuteris atvyks gruod\u017eio 12 d., o 13 d. atne\u0161iu j\u012f Tau ant stalo.\n\nMarekas\nIT pagalba'],
      [
        'sq',
        'P\u00ebrsh\u00ebndetje Saimir,\n\nlaptopi vjen m\u00eb 12 dhjetor dhe m\u00eb 13 do ta sjell n\u00eb tavolin\u00ebn t\u00ebnde.\n\nMareku\nNdihma IT',
      ],
    ];
    for (const [language, text] of signed) {
      it(`${language}: ${text.split('\n').slice(-2).join(' / ')}`, () => {
        assert.deepEqual(flagged('formula/closing', language, text, 'reply'), []);
        assert.deepEqual(flagged('ownership/nameless-sign-off', language, text, 'reply'), []);
      });
    }

    // The team alone signs for nobody: no closing and a nameless sign-off, in each language.
    const teamOnly: [string, string, string][] = [
      ['en', 'Hello,\n\nThe laptop is ready at the front desk.\n\nIT Service Desk', 'IT Service Desk'],
      ['pl', 'Dzie\u0144 dobry,\n\nlaptop czeka w recepcji.\n\nDzia\u0142 IT', 'Dzia\u0142 IT'],
      ['fi', 'Hei,\n\nkone odottaa aulassa.\n\nIT-tuki', 'IT-tuki'],
      ['lt', 'Laba diena,\n\nkompiuteris laukia registrat\u016broje.\n\nIT pagalba', 'IT pagalba'],
      ['sq', 'P\u00ebrsh\u00ebndetje,\n\nlaptopi ju pret n\u00eb recepsion.\n\nNdihma IT', 'Ndihma IT'],
    ];
    for (const [language, text, team] of teamOnly) {
      it(`${language}: "${team}" alone still signs for nobody`, () => {
        assert.equal(flagged('formula/closing', language, text, 'reply').length, 1);
        assert.deepEqual(flagged('ownership/nameless-sign-off', language, text, 'reply'), [team]);
      });
    }

    it('fi: a valediction the packs know over the team ("Yst\u00e4v\u00e4llisesti" / "Asiakaspalvelu") is no name', () => {
      const text = 'Hei,\n\nvaihtotuote l\u00e4htee huomenna ja on perill\u00e4 perjantaina.\n\nYst\u00e4v\u00e4llisesti\nAsiakaspalvelu';
      assert.equal(flagged('formula/closing', 'fi', text, 'reply').length, 1);
    });

    it('en: "Greetings", "Salutations", "Ciao" over the team are valedictions, not a name: the team signs for nobody (reviewer-22 #16, #26)', () => {
      for (const valediction of ['Greetings', 'Greetings,', 'Salutations', 'Ciao', 'Warm greetings,']) {
        const text = `Hi Dana,\n\nYour replacement ships tomorrow and arrives by Friday.\n\n${valediction}\nCustomer Care Team`;
        assert.deepEqual(flagged('ownership/nameless-sign-off', 'en', text, 'reply'), ['Customer Care Team'], valediction);
        assert.deepEqual(flagged('formula/closing', 'en', text, 'reply'), [], valediction);
      }
    });

    it("a person's name line ending in a comma under a valediction still signs; a lone unknown word with a comma over the team does not (reviewer-23 #10)", () => {
      const signed: [string, string][] = [
        ['en', 'Hi Ana,\n\nYour refund went back to your card today.\n\nBest regards,\nMaria Lopez,\nCustomer Care Team'],
        ['en', 'Hi Ana,\n\nYour refund went back to your card today.\n\nThanks,\nGrace,\nCustomer Care Team'],
        [
          'pl',
          'Dzie\u0144 dobry,\n\nzwrot wr\u00f3ci\u0142 dzi\u015b na kart\u0119.\n\nPozdrawiam serdecznie,\nAnna Wi\u015bniewska,\nZesp\u00f3\u0142 Obs\u0142ugi Klienta',
        ],
        [
          'lt',
          'Laba diena,\n\npinigai \u0161iandien gr\u0105\u017einti \u012f kortel\u0119.\n\nPagarbiai,\nR\u016bta Jonait\u0117,\nKlient\u0173 aptarnavimo komanda',
        ],
      ];
      for (const [language, text] of signed) assert.deepEqual(flagged('ownership/nameless-sign-off', language, text, 'reply'), [], text);
      const unsigned = 'Hi Ana,\n\nYour refund went back to your card today.\n\nKudos,\nCustomer Care Team';
      assert.deepEqual(flagged('ownership/nameless-sign-off', 'en', unsigned, 'reply'), ['Customer Care Team']);
    });

    it("a business's name between the valediction and the team names nobody: the team line signs for no one (reviewer-23 #14)", () => {
      const nameless = 'Hi Ana,\n\nYour order left our warehouse today.\n\nBest regards,\nHarbour Lane Books\nCustomer Care';
      assert.deepEqual(flagged('ownership/nameless-sign-off', 'en', nameless, 'reply'), ['Customer Care']);
      // A person's line with the business in it, and a surname that is also a word, still sign.
      for (const signature of ['Maria Lopez, Harbour Lane Books', 'Tom from Harbour Lane Books', 'Oliver Bank', 'Emma Press']) {
        const text = `Hi Ana,\n\nYour order left our warehouse today.\n\nBest regards,\n${signature}\nCustomer Care`;
        assert.deepEqual(flagged('ownership/nameless-sign-off', 'en', text, 'reply'), [], signature);
      }
    });

    it('an address block under a colon is no name over a team', () => {
      const text = 'Hi Sam,\n\nPlease send the laptop to:\n\nAna Lopez\nSupport Team';
      assert.equal(flagged('formula/closing', 'en', text, 'reply').length, 1);
    });
  });

  describe('empathy/stock-empathy (pl): the apology after an outage report that says what failed', () => {
    it('payments that did not go through, then the apology', () => {
      const text =
        'Mi\u0119dzy 10:02 a 10:48 cz\u0119\u015b\u0107 p\u0142atno\u015bci kart\u0105 nie przechodzi\u0142a. P\u0142atno\u015bci dzia\u0142aj\u0105 ju\u017c normalnie. Przepraszamy za utrudnienia.';
      assert.deepEqual(flagged('empathy/stock-empathy', 'pl', text, 'auto-reply'), []);
    });
    it('the bare apology still reads as stock', () => {
      assert.deepEqual(flagged('empathy/stock-empathy', 'pl', 'Dzi\u0119kujemy za wiadomo\u015b\u0107. Przepraszamy za utrudnienia.', 'auto-reply'), [
        'Przepraszamy za utrudnienia',
      ]);
    });
  });

  describe('tone/condescending (lt, sq): "clearly written on the intranet", as pl and fi already read it', () => {
    const cases: [string, string, string][] = [
      [
        'lt',
        'Laba diena,\n\nslapta\u017eodis turi b\u016bti bent 14 simboli\u0173. Tai ai\u0161kiai para\u0161yta intranete.\n\nPagarbiai\nJonas',
        'ai\u0161kiai para\u0161yta intranete',
      ],
      [
        'sq',
        'P\u00ebrsh\u00ebndetje,\n\nfjal\u00ebkalimi duhet t\u00eb ket\u00eb t\u00eb pakt\u00ebn 14 karaktere. Kjo shkruhet qart\u00eb n\u00eb intranet.\n\nMe respekt,\nArben',
        'shkruhet qart\u00eb n\u00eb intranet',
      ],
    ];
    for (const [language, text, span] of cases) {
      it(`${language}: ${span}`, () => {
        assert.deepEqual(flagged('tone/condescending', language, text, 'reply'), [span]);
      });
    }
    it('lt: a guide we rewrote so every step is clearly written is no reproach', () => {
      const text =
        'Laba diena,\n\nperra\u0161\u0117me vadov\u0105, kad kiekvienas \u017eingsnis b\u016bt\u0173 ai\u0161kiai apra\u0161ytas.\n\nPagarbiai\nJonas';
      assert.deepEqual(flagged('tone/condescending', 'lt', text, 'reply'), []);
    });
  });
});
