// An export's bodies become replies one at a time (exports.ts eachJsonExportBody, eachYamlExportBody): a decoded
// body holds an offset per character (4 bytes) until its reply keeps them as runs, and a 5 MB export's, all decoded
// before its first reply was made, were 11 MB at the language server's peak on opening it; an HTML body's reply kept
// them all its life (formats.ts throughBoth), and a YAML body's edits did (exports.ts yamlBody: 12.9 MB of a 5 MB
// YAML export's replies, 0.5 MB as runs). Counted here: the bytes of typed arrays alive after a full collection as
// the bodies are made; nothing is timed.
import * as assert from 'node:assert/strict';
import { DEFAULT_EXPORT_FIELDS, eachJsonExportBody, eachYamlExportBody, type ExportBody } from '../../server/src/engine/units/exports';
import { exportUnit } from '../../server/src/engine/units/formats';
import { fullCollection } from '../../server/src/lsp/idle-collector';
import { zendeskExport, zendeskYamlExport } from '../support/corpus';

const FORMATS = [
  { name: 'JSON', origin: 'json-string', exportOf: zendeskExport, eachBody: eachJsonExportBody },
  { name: 'YAML', origin: 'yaml-scalar', exportOf: zendeskYamlExport, eachBody: eachYamlExportBody },
] as const;

for (const { name, origin, exportOf, eachBody } of FORMATS) {
  describe(`a ${name} export read into replies`, () => {
    it("keeps no decoded body's offsets alive once its reply is made", function () {
      // Each sample is two full collections: seconds in a full run's large heap.
      this.timeout(120_000);
      const source = exportOf(7, 2_000_000).text;
      const gc = fullCollection();
      // What reading loads on first use (modules, decoding tables) is loaded before counting.
      eachBody(exportOf(8, 20_000).text, DEFAULT_EXPORT_FIELDS, (body: ExportBody) => exportUnit(body, origin, undefined));
      gc();
      gc();
      const before = process.memoryUsage().arrayBuffers;
      /** Bytes of offsets decoded so far, and of typed arrays alive after a collection, at every 700 KB of offsets. */
      const samples: { decoded: number; alive: number }[] = [];
      let decoded = 0;
      const units = eachBody(source, DEFAULT_EXPORT_FIELDS, (body: ExportBody) => {
        decoded += body.body.offsets.byteLength;
        const unit = exportUnit(body, origin, undefined);
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
}
