// Issue 13 (recall brief item 2): twins that disagreed. A holding line followed by a bare "we'll be in touch" names no
// time: pl "Sprawdzamy to i odezwiemy się." and lt "Aiškinamės situaciją ir susisieksime." are looking-into-it as their
// en/fi/sq twins are (the follow-up verb alone no longer meets the rule there). fi "Ilmoitamme uudesta ajankohdasta
// myöhemmin" with the thing told between the verb and "later" is as vague as pl/sq twins, which were found.
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

const spans = (rule: string, text: string, language: string) => spansOf(rule, text, 'reply.txt', { language, kind: 'reply' });

describe('twins across languages (recall)', () => {
  it('deferral/looking-into-it: a bare follow-up is no time, in every language', () => {
    const held: [string, string][] = [
      ['en', "We're looking into this and will be in touch."],
      ['pl', 'Sprawdzamy to i odezwiemy się.'],
      ['fi', 'Selvitämme asiaa ja palaamme asiaan.'],
      ['lt', 'Aiškinamės situaciją ir susisieksime.'],
      ['sq', "Po e shqyrtojmë dhe do t'ju kontaktojmë."],
    ];
    for (const [language, text] of held) assert.equal(spans('deferral/looking-into-it', text, language).length, 1, `${language}: ${text}`);
    const timed: [string, string][] = [
      ['pl', 'Sprawdzamy to i odezwiemy się, gdy kurier odpowie.'],
      ['pl', 'Sprawdzam to i dam znać do 15:00.'],
      ['lt', 'Aiškinamės situaciją ir pranešime, kai kurjeris atsakys.'],
      ['lt', 'Tikriname tai ir susisieksime iki penktadienio.'],
    ];
    for (const [language, text] of timed) assert.deepEqual(spans('deferral/looking-into-it', text, language), [], `${language}: ${text}`);
  });

  it('"try again later" is deferral/check-back alone, as en/pl/lt read it (sq and fi also flagged a vague time)', () => {
    const retries: [string, string][] = [
      ['en', 'Try again later.'],
      ['pl', 'Spróbuj później.'],
      ['fi', 'Kokeilkaa myöhemmin.'],
      ['lt', 'Bandykite vėliau.'],
      ['sq', 'Provoni më vonë.'],
      ['sq', 'Provojeni më vonë.'],
    ];
    for (const [language, text] of retries) {
      assert.equal(spans('deferral/check-back', text, language).length, 1, `${language}: ${text}`);
      assert.deepEqual(spans('deferral/vague-timeframe', text, language), [], `${language}: ${text}`);
    }
  });

  it('deferral/vague-timeframe (fi): "later" with the news told between', () => {
    assert.deepEqual(spans('deferral/vague-timeframe', 'Ilmoitamme uudesta ajankohdasta myöhemmin.', 'fi'), ['Ilmoitamme uudesta ajankohdasta myöhemmin']);
    // The event that gives the moment, as the pack's "toimitetaan myöhemmin, kun …" is excused.
    assert.deepEqual(spans('deferral/vague-timeframe', 'Kerromme uudesta päivästä myöhemmin, kun esiintyjä on toipunut.', 'fi'), []);
  });
});
