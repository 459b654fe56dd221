// Per-rule precision in CI: on the labelled corpus (the files whose features
// are on this branch), every recommended rule must be right at least 9 times
// in 10 and every category must find at least 8 in 10 of the labelled
// problems, overall and in each language where it has enough labels to say
// so. What is below the bar today is listed with the value it has now, as a
// floor: it may rise (then lift or drop its entry), never fall.
import * as assert from 'node:assert/strict';
import { MIN_CELL_LABELS, PRECISION_BAR, RECALL_BAR, measureRuleTrust, type RuleTrust } from '../support/rule-trust';

/** Recommended rules under the precision bar today, with their precision now. */
const PRECISION_FLOORS: Record<string, number> = {};

/** Categories under the recall bar today, with their recall now (since the third held-out set, test/corpus/real-world/<language>/held-out2/). */
const RECALL_FLOORS: Record<string, number> = {};

/** Categories of one language under the recall bar today ("pl deferral"), with their recall now. */
const LANGUAGE_RECALL_FLOORS: Record<string, number> = {};

describe('rule trust on the labelled corpus', function () {
  let trust: RuleTrust;
  before(function () {
    this.timeout(300_000); // lints the whole labelled corpus: ~20 s alone, minutes beside other builds
    trust = measureRuleTrust();
  });

  it(`every recommended rule is right at least ${PRECISION_BAR * 100}% of the time (or no worse than its listed floor)`, () => {
    const below = trust.rules
      .filter((row) => row.precision !== undefined && row.precision < (PRECISION_FLOORS[row.key] ?? PRECISION_BAR) - 1e-9)
      .map((row) => `${row.key}: precision ${row.precision!.toFixed(2)} (${row.truePositives} of ${row.findings} findings right)`);
    assert.deepEqual(below, []);
  });

  it(`every category finds at least ${RECALL_BAR * 100}% of the labelled problems (or no fewer than its listed floor)`, () => {
    const below = trust.categories
      .filter((row) => row.recall !== undefined && row.recall < (RECALL_FLOORS[row.key] ?? RECALL_BAR) - 1e-9)
      .map((row) => `${row.key}: recall ${row.recall!.toFixed(2)} (${row.found} of ${row.labels} labelled problems found)`);
    assert.deepEqual(below, []);
  });

  it(`every category finds at least ${RECALL_BAR * 100}% of the labelled problems in each language with ${MIN_CELL_LABELS}+ labels (or no fewer than its listed floor)`, () => {
    const held = trust.languageCategories.filter((row) => row.labels >= MIN_CELL_LABELS);
    const few = trust.languageCategories.filter((row) => row.labels > 0 && row.labels < MIN_CELL_LABELS);
    // The cells too small to judge are named, so a reader sees what the bar does not cover yet.
    console.log(`      (not held to the bar, fewer than ${MIN_CELL_LABELS} labels: ${few.map((row) => `${row.key} ${row.found}/${row.labels}`).join(', ')})`);
    const below = held
      .filter((row) => row.recall! < (LANGUAGE_RECALL_FLOORS[row.key] ?? RECALL_BAR) - 1e-9)
      .map((row) => `${row.key}: recall ${row.recall!.toFixed(2)} (${row.found} of ${row.labels} labelled problems found)`);
    assert.deepEqual(below, []);
  });

  it('lists only rules and categories that exist and floors under the bar', () => {
    const rules = new Set(trust.rules.map((row) => row.key));
    const categories = new Set(trust.categories.map((row) => row.key));
    assert.deepEqual(
      Object.keys(PRECISION_FLOORS).filter((id) => !rules.has(id)),
      [],
    );
    assert.deepEqual(
      Object.keys(RECALL_FLOORS).filter((category) => !categories.has(category)),
      [],
    );
    const cells = new Set(trust.languageCategories.filter((row) => row.labels >= MIN_CELL_LABELS).map((row) => row.key));
    assert.deepEqual(
      Object.keys(LANGUAGE_RECALL_FLOORS).filter((cell) => !cells.has(cell)),
      [],
    );
    assert.ok(Object.values(PRECISION_FLOORS).every((floor) => floor < PRECISION_BAR));
    assert.ok(Object.values(RECALL_FLOORS).every((floor) => floor < RECALL_BAR));
    assert.ok(Object.values(LANGUAGE_RECALL_FLOORS).every((floor) => floor < RECALL_BAR));
  });
});
