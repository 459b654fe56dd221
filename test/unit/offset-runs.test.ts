// OffsetRuns keeps a decoded string's source offsets as runs between escapes:
// it must answer exactly what the full offset array does, for every index.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { OffsetRuns, decodeJsonString } from '../../server/src/engine/units/source-map';

const PIECES = ['a', 'é', '😀', ' ', '\\n', '\\"', '\\\\', '\\u00e9', '\\ud83d\\ude00', '\\t', 'word '];

describe('OffsetRuns', () => {
  it('maps every index (and indices outside the string) as the full offset array does', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.nat(20), (pieces, lead) => {
        const source = `${' '.repeat(lead)}"${pieces.join('')}"`;
        const decoded = decodeJsonString(source, lead, source.length);
        const runs = new OffsetRuns(decoded.offsets);
        const last = decoded.offsets.length - 1;
        assert.equal(runs.end, decoded.offsets[last]);
        for (let index = -2; index <= last + 2; index++) {
          assert.equal(runs.at(index), decoded.offsets[Math.max(0, Math.min(index, last))], `index ${index} of ${JSON.stringify(source)}`);
        }
      }),
      { numRuns: 300, seed: 20261202 },
    );
  });

  it('holds one run for a body without escapes, one more per escape', () => {
    const plain = 'x'.repeat(10_000);
    const plainRuns = new OffsetRuns(decodeJsonString(`"${plain}"`, 0, plain.length + 2).offsets);
    assert.equal(plainRuns.at(9_999), 10_000);
    assert.equal((plainRuns as unknown as { starts: Int32Array }).starts.length, 1);
    const lines = 'Hi Sam,\\n\\nThanks.\\nAna';
    const lineRuns = new OffsetRuns(decodeJsonString(`"${lines}"`, 0, lines.length + 2).offsets);
    assert.equal((lineRuns as unknown as { starts: Int32Array }).starts.length, 4);
  });
});
