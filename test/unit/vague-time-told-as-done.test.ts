// deferral/vague-timeframe (issue 13, trial 12 ir-winet): a vague time is a fault only where the reader waits. Next
// to a past verb ("niezwłocznie zgłosiliśmy": we reported it at once) it is the pace of a thing done, nobody's wait.
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

const RULE = 'deferral/vague-timeframe';
const vague = (text: string, language: string) => spansOf(RULE, text, 'post.txt', { language, kind: 'auto-reply' });

describe('deferral/vague-timeframe: a thing done is no wait', () => {
  it('excuses a vague time next to a past verb, in all five languages', () => {
    const done: [string, string][] = [
      ['en', 'Once the worker was restarted, the waiting notifications were sent in a timely manner.'],
      ['pl', 'Przyczyna była po stronie operatora, więc niezwłocznie zgłosiliśmy awarię do jego działu technicznego.'],
      ['fi', 'Vikailmoitus välitettiin maksupalvelulle mahdollisimman nopeasti.'],
      ['lt', 'Apie gedimą operatoriui pranešėme kuo skubiau.'],
      ['sq', 'Defekti në kabllon kryesor u riparua sa më shpejt nga ekipet tona.'],
    ];
    for (const [language, text] of done) assert.deepEqual(vague(text, language), [], text);
  });

  it('keeps the same time flagged when it still lies ahead', () => {
    const ahead: [string, string, string][] = [
      ['en', 'The waiting notifications will be sent in a timely manner.', 'in a timely manner'],
      ['pl', 'Niezwłocznie zgłosimy awarię do działu technicznego operatora.', 'Niezwłocznie'],
      ['fi', 'Vikailmoitus välitetään maksupalvelulle mahdollisimman nopeasti.', 'mahdollisimman nopeasti'],
      ['lt', 'Apie gedimą operatoriui pranešime kuo skubiau.', 'kuo skubiau'],
      ['sq', 'Defekti në kabllon kryesor do të riparohet sa më shpejt.', 'sa më shpejt'],
    ];
    for (const [language, text, excerpt] of ahead) assert.deepEqual(vague(text, language), [excerpt], text);
  });

  it('reads only the verb next to the time: a past asking, a joined promise and a purpose still wait', () => {
    // The asking is done; the shipping is awaited.
    assert.deepEqual(vague('I have asked the warehouse to ship it as soon as possible.', 'en'), ['as soon as possible']);
    // A joined clause that looks ahead.
    assert.deepEqual(vague('The fix was merged and will go live soon.', 'en'), ['soon']);
    // After "aby" a Polish past form is a wish (the conditional), not a past.
    assert.deepEqual(vague('Robimy wszystko, aby usługa została przywrócona jak najszybciej.', 'pl'), ['jak najszybciej']);
    // Albanian typed without diacritics: "qe" is "që" (so that), not the past "was" (reviewer #12).
    assert.deepEqual(vague('Paketën e re po e përgatisim qe ta nisim sa më shpejt.', 'sq'), ['sa më shpejt']);
  });
});
