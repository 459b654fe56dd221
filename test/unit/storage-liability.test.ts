// ownership/we-cant-control (trial 13: a carpet cleaner's storage-liability notice judged wrong): a liability line
// about what the customer leaves or does not collect states terms before anything went wrong; disowning a problem
// that happened is still flagged.
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

function disowned(text: string, language: string): string[] {
  return spansOf('ownership/we-cant-control', text, 'notice.txt', { language, kind: 'chat', placeholders: 'none' });
}

describe('storage-liability notices', function () {
  this.timeout(60_000);

  it('terms for what is left or not collected disown nothing, in en and sq', () => {
    assert.deepEqual(disowned('Your rugs are ready for pick-up. We are not responsible for rugs left with us for more than 30 days.', 'en'), []);
    assert.deepEqual(disowned('Tapetet tuaja janë gati. Nuk mbajmë përgjegjësi për tapetet që nuk tërhiqen brenda 30 ditëve.', 'sq'), []);
  });

  it('a problem that happened is still disowned', () => {
    assert.deepEqual(disowned('We are not responsible for the courier losing your parcel.', 'en'), ['We are not responsible for']);
    assert.deepEqual(disowned('Nuk mbajmë përgjegjësi për vonesën e korrierit.', 'sq'), ['Nuk mbajmë përgjegjësi']);
  });

  it('a parcel left at the door by the courier is no storage term (reviewer #25)', () => {
    assert.deepEqual(disowned('We are not responsible for parcels left at your door by the courier, so please contact them.', 'en'), [
      'We are not responsible for',
    ]);
    assert.deepEqual(disowned('Nuk mbajmë përgjegjësi për pakot që lihen te dera nga korrieri.', 'sq'), ['Nuk mbajmë përgjegjësi']);
    for (const notice of [
      'We are not responsible for items stored in our warehouse for more than 60 days.',
      'We are not responsible for bikes left in the store after 30 days.',
      'We are not responsible for bikes left at the shop for over 30 days.',
      'We are not responsible for items not collected within 30 days.',
    ])
      assert.deepEqual(disowned(notice, 'en'), [], notice);
  });
});
