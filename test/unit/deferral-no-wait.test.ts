// What trial 12's status pages showed (issue 13): a deferral is a fault only where the reader waits. Work to prevent a
// recurrence, a label over a fix already made and a condition cut off by a plain-text dash are nobody's wait; an
// investigating update with no time for the next one is.
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

const found = (text: string, language: string, rule: string, kind: 'auto-reply' | 'reply' | 'thread' | 'chat' = 'auto-reply') =>
  spansOf(rule, text, 'post.txt', { language, kind });

describe('deferrals nobody waits on', () => {
  it('deferral/vague-timeframe: work to prevent a recurrence, in all five languages', () => {
    const prevention: [string, string][] = [
      ['en', 'Our technicians keep analysing the causes so that we can take further steps to prevent similar outages as soon as possible.'],
      ['pl', 'Analizujemy przyczyny, aby jak najszybciej wdrożyć zmiany, które zapobiegną podobnym awariom.'],
      ['fi', 'Selvitämme syitä, jotta voimme mahdollisimman pian estää vastaavat katkot.'],
      ['lt', 'Analizuojame priežastis, kad kuo greičiau išvengtume panašių sutrikimų ateityje.'],
      ['sq', 'Ekipi ynë do të ndryshojë konfigurimin që të parandalojmë sa më shpejt raste të ngjashme.'],
    ];
    for (const [language, text] of prevention) assert.deepEqual(found(text, language, 'deferral/vague-timeframe'), [], text);
    // The repair itself is still awaited, whatever it also prevents: another part of the sentence.
    assert.deepEqual(
      found('We will restore the service as soon as possible and make sure that similar outages cannot happen again.', 'en', 'deferral/vague-timeframe'),
      ['as soon as possible'],
    );
    assert.deepEqual(found('Przywrócimy usługę jak najszybciej.', 'pl', 'deferral/vague-timeframe'), ['jak najszybciej']);
    // Prevention behind a purpose word after the time is why the repair is done; the repair is still awaited (reviewer #19).
    assert.deepEqual(found('We will repair your sync as soon as possible to avoid a repeat.', 'en', 'deferral/vague-timeframe'), ['as soon as possible']);
    assert.deepEqual(found('Naprawimy synchronizację jak najszybciej, aby zapobiec podobnym awariom.', 'pl', 'deferral/vague-timeframe'), ['jak najszybciej']);
  });

  it('promise/immediately: a label over a fix already made names it; over a fix to come it promises', () => {
    const report = '- Immediate fix: The firewall rule has been corrected and verified.\n- Follow-up: We are tightening who can change firewall rules.';
    assert.deepEqual(found(report, 'en', 'promise/immediately'), []);
    assert.deepEqual(found('Immediate fix:\nThe firewall rule was rolled back at 12:21 UTC.', 'en', 'promise/immediately'), []);
    assert.deepEqual(found('- Immediate fix: we will roll the configuration back.', 'en', 'promise/immediately'), ['Immediate fix']);
  });

  it('deferral/undated-event: a spaced hyphen is a dash that ends the clause', () => {
    const condition =
      'The same maintenance page will appear when the traffic on our application is high - we understand that this is misleading, and apologize.';
    assert.deepEqual(found(condition, 'en', 'deferral/undated-event', 'thread'), []);
    // The clause stops at the dash, so the finding covers the event only.
    assert.deepEqual(found("We'll update the page when we know more - thanks for bearing with us.", 'en', 'deferral/undated-event', 'thread'), [
      'when we know more',
    ]);
    // Between two numbers it is a range, not a dash: the time stays the step's.
    assert.deepEqual(found('Your refund will reach your card within 3 - 5 working days.', 'en', 'deferral/vague-timeframe', 'reply'), []);
  });

  it('deferral/looking-into-it: an investigating update in the present simple', () => {
    const update = 'While we investigate the root cause, we are also rolling out mitigations. We will continue to provide updates.';
    assert.deepEqual(found(update, 'en', 'deferral/looking-into-it'), ['While we investigate']);
    assert.deepEqual(found('We continue to investigate the root cause.', 'en', 'deferral/looking-into-it'), ['continue to investigate']);
    assert.deepEqual(
      found('While we investigate the root cause, we are rolling out mitigations. Next update by 15:00 UTC.', 'en', 'deferral/looking-into-it'),
      [],
    );
  });

  it('deferral/no-owner: a hand-off happening now names nobody a bot could know, and leaves nothing to chase (trial 13)', () => {
    const now: [string, string][] = [
      ['en', "I'm transferring you to an agent now; they will see this conversation."],
      ['en', "I'm passing you to a human agent."],
      ['sq', 'Po ju lidh me një nga operatorët tanë.'],
      ['sq', 'Po ju kaloj te një nga agjentët tanë.'],
      ['pl', 'Przekazuję rozmowę do jednego z naszych konsultantów.'],
      ['lt', 'Perduodu pokalbį vienam iš mūsų konsultantų.'],
      ['fi', 'Yhdistän sinut asiantuntijallemme.'],
    ];
    for (const [language, text] of now) assert.deepEqual(found(text, language, 'deferral/no-owner', 'chat'), [], text);
    // A hand-off still to come, or a later reply from nobody named, stays flagged.
    assert.deepEqual(found('I will transfer you to a representative who can assist you further.', 'en', 'deferral/no-owner', 'chat'), [
      'transfer you to a representative',
    ]);
    assert.deepEqual(found("Lini email-in tuaj dhe një nga operatorët tanë do t'ju shkruajë.", 'sq', 'deferral/no-owner', 'chat'), ['një nga operatorët tanë']);
  });

  it("deferral/auto-reply-next-step: an order's status is a notice of an event, a message still waits for a reply time (trial 13)", () => {
    const status = 'Hei,\n\nkäsittelemme parhaillaan tilaustasi 4410. Saat uuden viestin, kun paketti lähtee.';
    assert.deepEqual(found(status, 'fi', 'deferral/auto-reply-next-step'), []);
    assert.deepEqual(found('Käsittelemme tilaustanne.', 'fi', 'deferral/auto-reply-next-step'), []);
    // A return or a payment in progress is money the customer waits for: say when (reviewer #17).
    assert.deepEqual(found('Hei,\n\nkiitos, pakettisi saapui varastollemme. Käsittelemme parhaillaan palautustasi.', 'fi', 'deferral/auto-reply-next-step'), [
      'Käsittelemme',
    ]);
    assert.deepEqual(found('Kiitos viestistäsi. Käsittelemme parhaillaan viestiäsi.', 'fi', 'deferral/auto-reply-next-step'), ['Kiitos viestistäsi']);
  });

  it('deferral/vague-timeframe: a present state told by the manner it runs is no wait (trial 12)', () => {
    for (const text of ['Orders are now being shipped in a timely manner.', 'Deliveries are occurring in a timely manner again.'])
      assert.deepEqual(found(text, 'en', 'deferral/vague-timeframe'), [], text);
    assert.deepEqual(found('We will ship it in a timely manner.', 'en', 'deferral/vague-timeframe'), ['in a timely manner']);
  });
});
