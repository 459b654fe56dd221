// Reviewer 21: a reply promised with no time ("We will reply to you.", "Our team will check it and reply to you.") got
// nothing in any language (#18), and a hand-off to "someone" with three words or a possessive between was missed in pl
// and sq (#9); a condition the reader subscribed to ("when someone replies to the thread") is no hand-off (trial 24).
// And "in the coming days" is one policy in all five languages: vague, unless a time is given next to it (#14).
import * as assert from 'node:assert/strict';
import { findingsOf } from '../support/engine';

function spans(ruleId: string, text: string, language: string, kind: 'macro' | 'auto-reply' = 'macro'): string[] {
  return findingsOf(ruleId, text, 'reply.txt', { language, kind }).map((finding) => finding.excerpt);
}

describe('promises of a reply with no time, and who makes them', function () {
  // The first lint builds the five packs: slow under load.
  this.timeout(60_000);

  const FOLLOW_UP = 'deferral/follow-up-without-time';
  const untimed: [string, string, string][] = [
    ['en', 'Thanks for the photos. Our team will check them and reply to you.', 'and reply to you'],
    ['pl', 'Dziękuję za zdjęcia. Odpowiemy Pani.', 'Odpowiemy Pani'],
    ['fi', 'Kiitos kuvista. Vastaamme sinulle.', 'Vastaamme sinulle'],
    ['lt', 'Dėkojame už nuotraukas. Atsakysime jums.', 'Atsakysime jums'],
    ['sq', "Faleminderit për fotot. Do t'ju përgjigjemi.", "t'ju përgjigjemi"],
  ];

  it('a reply promised with no time is a follow-up without time (5 languages)', () => {
    for (const [language, text, span] of untimed) assert.deepEqual(spans(FOLLOW_UP, text, language), [span], `${language}: ${text}`);
    assert.deepEqual(spans(FOLLOW_UP, 'Thanks for the photos. We will reply to you by Friday noon.', 'en'), []);
    assert.deepEqual(spans(FOLLOW_UP, 'Dziękuję za zdjęcia. Odpowiemy Pani do piątku do 12:00.', 'pl'), []);
  });

  it('in an automatic acknowledgement the missing time is auto-reply-next-step\u2019s alone', () => {
    for (const [language, text] of untimed) assert.deepEqual(spans(FOLLOW_UP, text, language, 'auto-reply'), [], `${language}: ${text}`);
  });

  it('"We\u2019ll be in touch" in an automatic acknowledgement is one finding: the missing time is auto-reply-next-step\u2019s (reviewer-21 #10)', () => {
    const text = "Your note has reached our billing desk. We'll be in touch.";
    assert.deepEqual(spans(FOLLOW_UP, text, 'en', 'auto-reply'), []);
    assert.equal(spans('deferral/auto-reply-next-step', text, 'en', 'auto-reply').length, 1);
    // In a macro the same promise is the follow-up's.
    assert.deepEqual(spans(FOLLOW_UP, text, 'en'), ['be in touch']);
  });

  it('"someone" with words or a possessive between is still nobody named (pl, sq)', () => {
    assert.equal(spans('deferral/no-owner', 'Ktoś z naszego działu płatności skontaktuje się z Panią.', 'pl').length, 1);
    assert.equal(spans('deferral/no-owner', "Dikush nga ekipi ynë do t'ju kontaktojë.", 'sq').length, 1);
    assert.equal(spans('deferral/no-owner', "Dikush nga faturimi do t'ju kontaktojë.", 'sq').length, 1);
  });

  it('a condition the reader subscribed to is no hand-off (fi, trial 24)', () => {
    assert.deepEqual(spans('deferral/no-owner', 'Olet tilannut ilmoituksen aina, kun joku vastaa tähän ketjuun.', 'fi'), []);
    assert.equal(spans('deferral/no-owner', 'Joku vastaa teille tähän ketjuun.', 'fi').length, 1);
  });

  it('"in the coming days" is vague in all five languages when no time stands next to it (reviewer-21 #14)', () => {
    for (const [language, text] of [
      ['en', 'The refund will be processed in the coming days.'],
      ['pl', 'Zwrot zrobimy w najbliższych dniach.'],
      ['fi', 'Palautamme rahat lähipäivinä.'],
      ['lt', 'Pinigus grąžinsime artimiausiomis dienomis.'],
      ['sq', 'Rimbursimin do ta bëjmë në ditët e ardhshme.'],
    ]) {
      assert.equal(spans('deferral/vague-timeframe', text, language).length, 1, `${language}: ${text}`);
    }
  });

  it('sq: "Duhet ta kontaktoni drejtpërdrejt" hands the other party back to the reader; a condition does not (corpus 22:41)', () => {
    assert.equal(spans('ownership/you-will-have-to', 'Për bagazhin e humbur përgjigjet kompania ajrore. Duhet ta kontaktoni drejtpërdrejt.', 'sq').length, 1);
    assert.deepEqual(spans('ownership/you-will-have-to', 'Nëse ju duhet ta kontaktoni drejtpërdrejt, numri është më poshtë.', 'sq'), []);
  });
});
