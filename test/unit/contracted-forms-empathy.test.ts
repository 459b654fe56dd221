// A phrase's "|" joins single words, so "you are|you're" never matched the contracted form (notice's board note,
// 11:43): the empathy rules' offer "but you're welcome to" and remedy "so we've refunded" read as their long forms do.
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

const letter = (body: string) => `Hi Sam,\n\n${body}\n\nBest,\nAna`;

describe('empathy: contracted forms read as the long ones', function () {
  this.timeout(60_000);

  it('bad news with "but you\'re welcome to" an alternative is met, as with "but you are welcome to"', () => {
    for (const offer of ["but you're welcome to", 'but you are welcome to'])
      assert.deepEqual(
        spansOf('empathy/bad-news-without-empathy', letter(`We can't refund the opened kettle, ${offer} exchange it for another model.`)),
        [],
        offer,
      );
    assert.equal(spansOf('empathy/bad-news-without-empathy', letter("We can't refund the opened kettle.")).length, 1);
  });

  it('a courtesy apology after "so we\'ve refunded" names the problem, as after "so we have refunded"', () => {
    for (const remedy of ["so we've refunded", 'so we have refunded'])
      assert.deepEqual(
        spansOf('empathy/stock-empathy', letter(`The courier lost your parcel, ${remedy} the full amount. We apologise for the inconvenience.`)),
        [],
        remedy,
      );
    assert.equal(spansOf('empathy/stock-empathy', letter('We apologise for the inconvenience.')).length, 1);
  });
});
