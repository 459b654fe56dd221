// Trial 37's small wrong classes (issue 13: a clinic's and a privacy desk's messages to one person), each next to what
// stays flagged.
import * as assert from 'node:assert/strict';
import { assertQuietAndFlagged, spansOf } from '../support/engine';

const spans = (rule: string, text: string, language: string, kind: 'reply' | 'auto-reply' | 'macro' = 'macro') =>
  spansOf(rule, text, 'reply.txt', { language, kind });

describe("trial 37's small wrong classes", function () {
  this.timeout(60_000);

  it('a warm goodbye names no act of ours; our own call "soon" is still a vague time', () => {
    const cases: [string, string, string][] = [
      ['en', 'We look forward to seeing you soon.', 'We will call you soon with the results.'],
      ['pl', 'Czekamy na Panią wkrótce.', 'Zadzwonimy do Pani wkrótce z wynikami.'],
      ['fi', 'Odotamme näkevämme sinut pian.', 'Soitamme sinulle pian tuloksista.'],
      ['lt', 'Netrukus pasimatysime!', 'Netrukus paskambinsime dėl rezultatų.'],
      ['sq', "Mezi presim t'ju shohim së shpejti.", "Do t'ju telefonojmë së shpejti për rezultatet."],
    ];
    for (const [language, goodbye, promise] of cases) {
      assertQuietAndFlagged((text) => spans('deferral/vague-timeframe', text, language), [goodbye], [promise], language);
    }
  });
  it("the reader's own cancellation told right after the news or its title is no bad news; ours still is", () => {
    const rule = 'empathy/bad-news-without-empathy';
    // [language, own cancellation, ours]: a title, the greeting line, then the body (en: the news in the body).
    const cases: [string, string, string][] = [
      [
        'en',
        'Hello Maria,\n\nYour appointment has been cancelled. You cancelled it in the patient portal on 2 May.',
        'Hello Maria,\n\nYour appointment has been cancelled. We cancelled it because the doctor is ill.',
      ],
      [
        'pl',
        'Rezerwacja odwołana\n\nDzień dobry,\n\nodwołała Pani wizytę w portalu pacjenta.',
        'Rezerwacja odwołana\n\nDzień dobry,\n\nodwołaliśmy wizytę, bo lekarz jest chory.',
      ],
      ['fi', 'Varaus peruttu\n\nHei Maria,\n\nperit ajan potilasportaalissa 2.5.', 'Varaus peruttu\n\nHei Maria,\n\nperuimme ajan, koska lääkäri on sairas.'],
      [
        'lt',
        'Vizitas atšauktas\n\nSveiki,\n\natšaukėte vizitą paciento portale gegužės 2 d.',
        'Vizitas atšauktas\n\nSveiki,\n\nvizitą atšaukėme, nes gydytojas serga.',
      ],
      [
        'sq',
        'Takimi u anulua\n\nPërshëndetje,\n\ne anuluat takimin në portalin e pacientit më 2 maj.',
        'Takimi u anulua\n\nPërshëndetje,\n\ne anuluam takimin, sepse mjeku është i sëmurë.',
      ],
    ];
    for (const [language, own, ours] of cases) {
      assert.deepEqual(spans(rule, `${own}\n\nAnna`, language, 'auto-reply'), [], `${language}: ${own}`);
      assert.ok(spans(rule, `${ours}\n\nAnna`, language, 'auto-reply').length > 0, `${language}: ${ours}`);
    }
  });

  it('a deletion the reader asked for cannot be recovered and is no news; one by mistake is', () => {
    const rule = 'empathy/bad-news-without-empathy';
    assert.deepEqual(spans(rule, 'Your erasure request is complete. Your records were removed on 4 March and cannot be recovered.', 'en', 'reply'), []);
    assert.equal(spans(rule, 'Your records were removed by mistake on 4 March and cannot be recovered.', 'en', 'reply').length, 1);
  });
  it('a refusal the named insurer reported to us hides nobody; one with nobody named still does', () => {
    const rule = 'clarity/passive-closed';
    const cases: [string, string, string][] = [
      [
        'en',
        'Your insurer informed us on 3 May that the claim was rejected. As the claim was rejected, the scan is billed to you.',
        'Your payment plan request was rejected.',
      ],
      ['pl', 'Pana ubezpieczyciel poinformował nas 3 maja, że wniosek został odrzucony.', 'Wniosek o rozłożenie płatności na raty został odrzucony.'],
      ['fi', 'Vakuutusyhtiösi ilmoitti meille 3.5., että korvaushakemus on hylätty.', 'Maksusuunnitelmahakemus on hylätty.'],
      ['lt', 'Jūsų draudikas gegužės 3 d. mums pranešė, kad prašymas buvo atmestas.', 'Prašymas mokėti dalimis buvo atmestas.'],
      ['sq', 'Siguruesi juaj na njoftoi më 3 maj se kërkesa u refuzua.', 'Kërkesa për pagesë me këste u refuzua.'],
    ];
    for (const [language, relayed, ours] of cases) {
      assertQuietAndFlagged((text) => spans(rule, text, language, 'reply'), [relayed], [ours], language);
    }
  });
});
