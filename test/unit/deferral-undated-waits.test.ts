// Waits of the shop's own with no date that trial 13 missed: a Lithuanian out-of-stock e-mail whose delivery "may take a
// little while", and an Albanian booking that "will be reviewed by our staff". A time beside them answers them.
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

const found = (text: string, language: string, rule: string) => spansOf(rule, text, 'notice.txt', { language, kind: 'auto-reply' });

describe('deferral: undated waits of the shop', () => {
  it('deferral/vague-timeframe (lt): a delivery that may take a while, with no date', () => {
    const late = 'Atsiprašome, kai kurių prekių šiuo metu nėra sandėlyje, todėl pristatymas gali šiek tiek užtrukti.';
    assert.deepEqual(found(late, 'lt', 'deferral/vague-timeframe'), ['pristatymas gali šiek tiek užtrukti']);
    assert.deepEqual(found(`${late} Išsiųsime prekes iki penktadienio.`, 'lt', 'deferral/vague-timeframe'), []);
    // The customer's own device's pace is not the shop's wait.
    assert.deepEqual(found('Jei telefone daug nuotraukų, pirmoji kopija gali šiek tiek užtrukti.', 'lt', 'deferral/vague-timeframe'), []);
  });

  it('deferral/auto-reply-next-step (sq): a booking that waits on review by the staff, with no date', () => {
    const booking = 'Faleminderit për rezervimin. Rezervimi juaj do të shqyrtohet nga stafi ynë.';
    assert.deepEqual(found(booking, 'sq', 'deferral/auto-reply-next-step'), ['shqyrtohet nga stafi']);
    assert.deepEqual(found(booking.replace('ynë.', 'ynë brenda 24 orëve.'), 'sq', 'deferral/auto-reply-next-step'), []);
    // A booking received is still a notice of an event.
    assert.deepEqual(found('Rezervimi juaj u regjistrua. Ju presim më 12 maj!', 'sq', 'deferral/auto-reply-next-step'), []);
  });
});
