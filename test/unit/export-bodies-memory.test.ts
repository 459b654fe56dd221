// A JSON export's bodies become replies one at a time (exports.ts eachJsonExportBody): a decoded body holds
// an offset per character (4 bytes) until its reply keeps them as runs, and a 5 MB export's, all decoded
// before its first reply was made, were 11 MB at the language server's peak on opening it; an HTML body's
// reply kept them all its life (formats.ts throughBoth). Counted here: the bytes of typed arrays alive after
// a full collection as the bodies are made; nothing is timed.
import * as assert from 'node:assert/strict';
import { DEFAULT_EXPORT_FIELDS, eachJsonExportBody } from '../../server/src/engine/units/exports';
import { exportUnit } from '../../server/src/engine/units/formats';
import { fullCollection } from '../../server/src/lsp/idle-collector';
import { zendeskExport } from '../support/corpus';

describe('a JSON export read into replies', () => {
  it("keeps no decoded body's offsets alive once its reply is made", function () {
    // Each sample is two full collections: seconds in a full run's large heap.
    this.timeout(120_000);
    const source = zendeskExport(7, 2_000_000).text;
    const gc = fullCollection();
    // What reading loads on first use (modules, decoding tables) is loaded before counting.
    eachJsonExportBody(zendeskExport(8, 20_000).text, DEFAULT_EXPORT_FIELDS, (body) => exportUnit(body, 'json-string', undefined));
    gc();
    gc();
    const before = process.memoryUsage().arrayBuffers;
    /** Bytes of offsets decoded so far, and of typed arrays alive after a collection, at every 700 KB of offsets. */
    const samples: { decoded: number; alive: number }[] = [];
    let decoded = 0;
    const units = eachJsonExportBody(source, DEFAULT_EXPORT_FIELDS, (body) => {
      decoded += body.body.offsets.byteLength;
      const unit = exportUnit(body, 'json-string', undefined);
      if (decoded - (samples[samples.length - 1]?.decoded ?? 0) > 700_000) {
        // Twice: what one collection found dead is freed in full by the next.
        gc();
        gc();
        samples.push({ decoded, alive: process.memoryUsage().arrayBuffers - before });
      }
      return unit;
    });
    assert.ok(units !== undefined && units.length > 100, `${units?.length} replies`);
    assert.ok(samples.length > 4, `${samples.length} samples`);
    // The replies keep their offsets as runs, about 2% of the bytes decoded; every HTML body's kept whole (a tenth of
    // them) would be 10%, all bodies alive 100%. Other typed arrays come and go by a few hundred kilobytes: counted
    // from 1 MB of offsets on.
    for (const { decoded, alive } of samples.filter((sample) => sample.decoded > 1_000_000)) {
      assert.ok(alive < decoded / 25, `${alive} bytes alive after decoding ${decoded} bytes of offsets`);
    }
  });
});
