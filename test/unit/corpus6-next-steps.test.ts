// Corpus set 6 (blind) false positives of the next-step rules: the reader's own urgent step in an emergency ("call the
// repairs line as soon as possible", "turn the valve … as soon as possible") is their pace, not a time we owe
// (deferral/vague-timeframe); a follow-up told with its month ("in March", "kovo mėnesį") has its time
// (deferral/follow-up-without-time); a promise denied ("Nuk mund të premtojmë …") is no guarantee (sq promise/guarantee).
import * as assert from 'node:assert/strict';
import { findingsOf } from '../support/engine';

function fired(rule: string, text: string, language: string): number {
  return findingsOf(rule, text, 'reply.md', { language, kind: 'reply' }).length;
}

describe("next steps: the reader's emergency step, a month, a promise denied", function () {
  this.timeout(60_000);

  it("the reader's own urgent step is their pace (en, fi, sq); our step keeps its vague time", () => {
    for (const [language, text] of [
      [
        'en',
        "Hi Dana,\n\nIf water comes through the ceiling again, that is an emergency: call the landlord's repairs line on 0300 555 0100 as soon as possible, then let us know.\n\nBest,\nOla",
      ],
      ['en', 'Hi Dana,\n\nIf the tap starts spraying, turn the valve under the sink clockwise as soon as possible and text Ola so she knows.\n\nBest,\nOla'],
      [
        'fi',
        'Hei Dana,\n\njos hana alkaa suihkuta, k\u00e4\u00e4nn\u00e4 tiskip\u00f6yd\u00e4n alla oleva venttiili kiinni mahdollisimman pian ja laita Olalle viesti.\n\nTerveisin,\nOla',
      ],
      [
        'sq',
        'P\u00ebrsh\u00ebndetje Dana,\n\nn\u00ebse rubineti fillon t\u00eb rrjedh\u00eb, mbylleni sa m\u00eb shpejt valvul\u00ebn posht\u00eb lavamanit dhe i d\u00ebrgoni Ol\u00ebs nj\u00eb mesazh.\n\nMe respekt,\nOla',
      ],
    ]) {
      assert.equal(fired('deferral/vague-timeframe', text!, language!), 0, `${language}: ${text}`);
    }
    for (const [language, text] of [
      ['en', 'Hi Dana,\n\nOur plumber will turn the water back on as soon as possible.\n\nBest,\nOla'],
      ['fi', 'Hei Dana,\n\nsuljemme veden mahdollisimman pian.\n\nTerveisin,\nOla'],
    ]) {
      assert.equal(fired('deferral/vague-timeframe', text!, language!), 1, `${language}: ${text}`);
    }
  });

  it('a follow-up told with its month has its time; without it, none', () => {
    for (const [language, text] of [
      ['en', 'Hi Dana,\n\nThe water comes back to the allotments in spring. I will get back to you with the exact day in March.\n\nBest,\nOla'],
      ['pl', 'Dzie\u0144 dobry,\n\nwoda na dzia\u0142kach wr\u00f3ci wiosn\u0105. Odezwiemy si\u0119 z dok\u0142adnym dniem w marcu.\n\nPozdrawiam,\nOla'],
      ['lt', 'Laba diena,\n\nvanduo soduose bus \u012fjungtas pavasar\u012f. Tiksli\u0105 dien\u0105 para\u0161ysime kovo m\u0117nes\u012f.\n\nPagarbiai\nOla'],
      [
        'sq',
        "P\u00ebrsh\u00ebndetje,\n\nuji do t\u00eb rikthehet n\u00eb kopshte n\u00eb pranver\u00eb. Do t'ju shkruajm\u00eb dit\u00ebn e sakt\u00eb n\u00eb mars.\n\nMe respekt,\nOla",
      ],
    ]) {
      assert.equal(fired('deferral/follow-up-without-time', text!, language!), 0, `${language}: ${text}`);
    }
    for (const [language, text] of [
      ['en', 'Hi Dana,\n\nThe water comes back to the allotments in spring. I will get back to you with the exact day.\n\nBest,\nOla'],
      ['lt', 'Laba diena,\n\nvanduo soduose bus \u012fjungtas pavasar\u012f. Tiksli\u0105 dien\u0105 para\u0161ysime.\n\nPagarbiai\nOla'],
    ]) {
      assert.equal(fired('deferral/follow-up-without-time', text!, language!), 1, `${language}: ${text}`);
    }
  });

  it('sq: a promise denied is no guarantee; a promise made is', () => {
    const denied =
      "P\u00ebrsh\u00ebndetje,\n\nnuk mund t\u00eb premtojm\u00eb q\u00eb pianoja do t\u00eb akordohet n\u00eb koh\u00eb, por do t\u00eb b\u00ebjm\u00eb \u00e7't\u00eb mundemi.";
    const made = 'P\u00ebrsh\u00ebndetje,\n\nju premtojm\u00eb q\u00eb pianoja do t\u00eb akordohet n\u00eb koh\u00eb.';
    assert.equal(fired('promise/guarantee', denied, 'sq'), 0);
    assert.equal(fired('promise/guarantee', made, 'sq'), 1);
  });
});
