// PieceText (engine/text/source-text.ts): a text kept in pieces must read as
// the string it stands for after any edits, and tell the change from each
// earlier version it knows as one that turns that version's text into its own.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { PieceText } from '../../server/src/engine/text/source-text';

const RUNS = Math.max(50, Number(process.env.REPLYLINT_PROPERTY_RUNS ?? 400));

/** Long texts too, so edits cross the pieces' edges (8,192 characters) and split the pieces grown past twice that. */
const chunk = fc.oneof(
  fc.constantFrom('a', 'é', '😀', '\n', '\r\n', ' word'),
  fc.integer({ min: 1, max: 20_000 }).map((length) => 'x'.repeat(length)),
);
const text = fc.array(chunk, { maxLength: 6 }).map((chunks) => chunks.join(''));
const edit = fc.record({ a: fc.double({ min: 0, max: 1, noNaN: true }), b: fc.double({ min: 0, max: 1, noNaN: true }), insert: text });

describe('PieceText', () => {
  it('reads as the string it stands for after any edits, and tells the change from each earlier version', () => {
    fc.assert(
      fc.property(text, fc.array(edit, { maxLength: 24 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 }), (initial, edits, slices) => {
        let version = PieceText.of(initial);
        let string = initial;
        const versions = [{ version, string }];
        for (const { a, b, insert } of edits) {
          const start = Math.floor(Math.min(a, b) * string.length);
          const end = Math.floor(Math.max(a, b) * string.length);
          version = version.edit(start, end, insert);
          string = string.slice(0, start) + insert + string.slice(end);
          versions.push({ version, string });
        }
        assert.equal(version.length, string.length);
        for (const [x, y] of slices) {
          const [from, to] = [x % (string.length + 2), y % (string.length + 2)];
          assert.equal(version.slice(from, to), string.slice(from, to));
          assert.ok(Number.isNaN(version.charCodeAt(from)) ? from >= string.length : version.charCodeAt(from) === string.charCodeAt(from));
        }
        // The last 16 versions before it (and itself): the change turns the earlier text into this one.
        versions.forEach((earlier, index) => {
          const change = version.changeSince(earlier.version);
          const known = versions.length - 1 - index <= 16;
          assert.equal(change !== undefined, known, `version ${index} of ${versions.length}`);
          if (!change) return;
          assert.ok(change.start <= change.oldEnd && change.start <= change.newEnd);
          assert.equal(earlier.string.slice(0, change.start) + string.slice(change.start, change.newEnd) + earlier.string.slice(change.oldEnd), string);
        });
        assert.equal(version.changeSince(PieceText.of(string)), undefined, 'an unrelated version of the same text');
        assert.equal(version.toString(), string);
        assert.equal(version.whole, true);
        assert.equal(version.slice(1, string.length - 1), string.slice(1, string.length - 1));
      }),
      { numRuns: RUNS },
    );
  });

  it('an edit leaves the version edited as it was', () => {
    const first = PieceText.of('Hello there, we will look into it.');
    const second = first.edit(6, 11, 'Sam');
    assert.equal(first.toString(), 'Hello there, we will look into it.');
    assert.equal(second.toString(), 'Hello Sam, we will look into it.');
    assert.deepEqual(second.changeSince(first), { start: 6, oldEnd: 11, newEnd: 9 });
    assert.deepEqual(second.changeSince(second), { start: 0, oldEnd: 0, newEnd: 0 });
  });
});
