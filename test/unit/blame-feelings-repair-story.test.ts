// Issue 13 (recall brief item 4): empathy/blame-feelings' excuse (what went wrong owned or repaired) reached one
// sentence either side of the regret; a repair story told over several sentences in the regret's paragraph (the cause,
// the steps, then the refund three sentences on) names what happened as well (unless.nearIn.paragraph: repair words
// only), in five languages. A regret followed by a brush-off with nothing repaired stays flagged, and so does one whose
// paragraph only sends a copy of something again (reviewer MED 07:20 on the first version, which took any nearIn word).
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

const RULE = 'empathy/blame-feelings';
const flagged = (text: string, language: string) => spansOf(RULE, text, 'reply.txt', { language, kind: 'reply' });

describe('blame-feelings: a repair story in the regret paragraph', () => {
  it('is quiet when the repair comes three sentences on', () => {
    const stories: [string, string][] = [
      [
        'en',
        "I'm sorry to hear about your experience. On Saturday the lift stopped between floors. Our technician came out within the hour. We have refunded your first night.",
      ],
      [
        'pl',
        'Przykro nam, że Pani doświadczenie nie spełniło oczekiwań. W sobotę winda zatrzymała się między piętrami. Nasz technik przyjechał w ciągu godziny. Zwróciliśmy opłatę za pierwszą noc.',
      ],
      [
        'fi',
        'Olemme pahoillamme, että kokemuksenne ei vastannut odotuksianne. Lauantaina hissi pysähtyi kerrosten väliin. Huoltomiehemme tuli paikalle tunnissa. Hyvitimme ensimmäisen yön.',
      ],
      [
        'lt',
        'Apgailestaujame, kad Jūsų patirtis nepateisino lūkesčių. Šeštadienį liftas sustojo tarp aukštų. Mūsų technikas atvyko per valandą. Grąžinome pirmosios nakties kainą.',
      ],
      [
        'sq',
        'Na vjen keq që përvoja juaj nuk i përmbushi pritjet. Të shtunën ashensori ndaloi mes kateve. Tekniku ynë erdhi brenda një ore. Ua rimbursuam natën e parë.',
      ],
    ];
    for (const [language, text] of stories) assert.deepEqual(flagged(text, language), [], `${language}: ${text}`);
  });

  it('still flags a brush-off whose paragraph only sends something again (reviewer MED 07:20)', () => {
    const sent: [string, string][] = [
      ['en', "I'm sorry you feel that way. The cancellation fee is in the terms you accepted at checkout. I've sent you a copy of them again."],
      [
        'pl',
        'Przykro mi, że tak Pan to odczuwa. Opłata za anulowanie jest w regulaminie zaakceptowanym przy zamówieniu. Wysłałam Panu jeszcze raz jego kopię.',
      ],
    ];
    for (const [language, text] of sent) assert.equal(flagged(text, language).length, 1, `${language}: ${text}`);
  });

  it('still flags a regret followed by a brush-off, and a repair in another paragraph', () => {
    assert.equal(flagged("I'm sorry to hear about your experience. However, quiet hours only start at 11 pm. The music ended before then.", 'en').length, 1);
    assert.equal(
      flagged(
        "I'm sorry to hear about your experience. However, quiet hours only start at 11 pm.\n\nSeparately, we have refunded the parking fee you asked about.",
        'en',
      ).length,
      1,
    );
  });
});
