// The editor reads at most MAX_FOLDER_FILES files of a folder for its language (lsp/folder-languages.ts):
// a bigger folder is sampled evenly across its names, first to last.
import assert from 'node:assert/strict';
import { evenSample, MAX_FOLDER_FILES } from '../../server/src/lsp/folder-languages';

describe('evenSample: the files of a big folder read for its language', () => {
  it('keeps a folder within the bound whole and spreads a bigger one from its first name to its last', () => {
    assert.deepEqual(evenSample(['a', 'b', 'c'], 3), ['a', 'b', 'c']);
    const names = Array.from({ length: 5000 }, (_, index) => index);
    const sample = evenSample(names, MAX_FOLDER_FILES);
    assert.equal(sample.length, MAX_FOLDER_FILES);
    assert.equal(sample[0], 0);
    assert.ok(sample.at(-1)! >= 4995);
    // Every fifth name, each taken once, in order: each fifth of the folder gives a fifth of the sample.
    assert.ok(sample.every((name, index) => name === index * 5));
    assert.equal(sample.filter((name) => name < 1000).length, 200);
  });
});
