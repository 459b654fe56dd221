// clarity/repeated-word (trial 45's "visiting visiting"): the same word typed twice in a row, in five languages; a
// comma, markup, a placeholder, a name written twice and the words writers double on purpose keep it quiet.
import * as assert from 'node:assert/strict';
import { findingsOf, spansOf } from '../support/engine';

const RULE = 'clarity/repeated-word';
const spans = (text: string, language = 'en', kind: 'reply' | 'macro' | 'chat' = 'reply', fileName = 'reply.md') =>
  spansOf(RULE, text, fileName, { language, kind });

describe('clarity/repeated-word: the same word typed twice', function () {
  // The first lint builds the packs: slow under load.
  this.timeout(60_000);

  it('flags a doubled word in each language, across a wrapped line too', () => {
    assert.deepEqual(spans('Hi Ana,\n\nBring your card when visiting visiting the desk.\n\nBest,\nTom'), ['visiting visiting']);
    assert.deepEqual(spans('Hi Ana,\n\nThe refund is on the\nthe card you paid with.\n\nBest,\nTom'), ['the\nthe']);
    assert.deepEqual(spans('Hi Ana,\n\nThe the refund is done.\n\nBest,\nTom'), ['The the']);
    assert.deepEqual(spans('Dzień dobry,\n\npotwierdzamy, że że zwrot dotarł.\n\nPozdrawiamy,\nZespół', 'pl'), ['że że']);
    assert.deepEqual(spans('Hei,\n\nnäytä kortti ennen ennen tuntia.\n\nTerveisin\nTiimi', 'fi'), ['ennen ennen']);
    assert.deepEqual(spans('Sveiki,\n\nkortelę atsiimsite prie prie registratūros.\n\nPagarbiai\nKomanda', 'lt'), ['prie prie']);
    assert.deepEqual(spans('Përshëndetje,\n\nkartën e merrni te te recepsioni.\n\nMe respekt,\nEkipi', 'sq'), ['te te']);
  });

  it('leaves alone punctuation, markup, placeholders, names, numbers and words doubled on purpose', () => {
    for (const text of [
      'Hi Ana,\n\nNo, no need to print it.\n\nBest,\nTom',
      'Hi Ana,\n\nThe <b>the</b> offer ends today.\n\nBest,\nTom',
      'Hi {{ first_name }} {{ first_name }},\n\nYour class moved.\n\nBest,\nTom',
      'Hi Ana,\n\nYour photos from Bora Bora arrived. Rooms 10 10 and 12 are free.\n\nBest,\nTom',
      'Hi Ana,\n\nWe checked that that booking was yours, and it had had two payments.\n\nBest,\nTom',
    ])
      assert.deepEqual(spans(text), [], text);
    assert.deepEqual(spans('Përshëndetje,\n\nkjo është faqja e chat-i i dyqanit; kërkesa për një kopje të të dhënave u mor.\n\nEkipi', 'sq'), []);
    assert.deepEqual(spans('Dzień dobry,\n\ntak tak, zajęcia się odbędą.\n\nZespół', 'pl'), []);
  });

  it('keeps out of chat lines', () => {
    assert.deepEqual(spans('ok ok, one sec, checking checking now', 'en', 'chat', 'chat.txt'), []);
  });

  it('offers to delete the second word, as a suggestion and never as a bulk fix', () => {
    const [finding] = findingsOf(RULE, 'Hi Ana,\n\nBring your card when visiting visiting the desk.\n\nBest,\nTom', 'reply.md', {
      language: 'en',
      kind: 'reply',
    });
    assert.ok(finding);
    assert.equal(finding.fix, undefined);
    assert.equal(finding.suggestions?.length, 1);
  });
});
