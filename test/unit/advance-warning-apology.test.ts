// empathy/non-apology in a notice (trial 12 lt mn-lpastas-1, warning-possible-harm): an apology for a possible harm
// is accurate in an advance warning that tells of nothing gone wrong (`unless.aheadIn`); after a harm the notice
// reports ("Service interruptions began", "Įvyko gedimas") it hedges, and in a reply it always does.
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

const RULE = 'empathy/non-apology';

function hedges(text: string, language: string, kind: 'auto-reply' | 'reply'): string[] {
  return spansOf(RULE, text, 'notice.txt', { language, kind, placeholders: 'none' });
}

describe('an apology for a possible harm', function () {
  this.timeout(60_000);

  it('is accurate in an advance notice that reports no harm, in all five languages', () => {
    assert.deepEqual(
      hedges('Online banking will be unavailable on Saturday 01:00-03:00. We apologise for any possible inconvenience.', 'en', 'auto-reply'),
      [],
    );
    assert.deepEqual(hedges('W sobotę od 1:00 do 3:00 bankowość będzie niedostępna. Przepraszamy za ewentualne utrudnienia.', 'pl', 'auto-reply'), []);
    assert.deepEqual(hedges('Verkkopankissa on huoltokatko lauantaina klo 1–3. Pahoittelemme mahdollista haittaa.', 'fi', 'auto-reply'), []);
    assert.deepEqual(hedges('Atsiprašome klientų už galimus nepatogumus. Kurjeriai stengiasi pristatyti siuntas saugiai.', 'lt', 'auto-reply'), []);
    assert.deepEqual(hedges('Të shtunën banka online nuk do të jetë e disponueshme. Kërkojmë falje për shqetësimet e mundshme.', 'sq', 'auto-reply'), []);
  });

  it('hedges after a harm the notice reports, and in a reply', () => {
    assert.deepEqual(hedges('Service interruptions began at 7:50 and ended at 10:22. We apologise for any possible inconvenience.', 'en', 'auto-reply'), [
      'We apologise for any possible inconvenience',
    ]);
    assert.deepEqual(hedges('Vakar įvyko gedimas, programėlė neveikė dvi valandas. Atsiprašome už galimus nepatogumus.', 'lt', 'auto-reply'), [
      'Atsiprašome už galimus nepatogumus',
    ]);
    assert.deepEqual(hedges('Atsiprašome klientų už galimus nepatogumus.', 'lt', 'reply'), ['už galimus nepatogumus']);
  });
});
