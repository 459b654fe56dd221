// Trial 21: an application's e-mail that states a condition of the product (what the reader must do before their access
// comes back) or the cost of the reader's own lapse (a new request once a reset link has run out unused) was read as an order (tone/commanding) and as work pushed back (ownership/you-will-have-to). Both are
// facts only the reader can act on; a step before our own work, or a parcel that does not come, stays flagged.
import * as assert from 'node:assert/strict';
import { findingsOf } from '../support/engine';

const COMMANDING = 'tone/commanding';
const HAND_BACK = 'ownership/you-will-have-to';

function fired(ruleId: string, text: string, language: string): number {
  return findingsOf(ruleId, text, 'notice.txt', { language, kind: 'auto-reply' }).length;
}

describe('a requirement stated as a condition or a consequence', function () {
  // The first lint builds the five packs: slow under load.
  this.timeout(60_000);

  const conditions: [string, string, string][] = [
    [
      'en',
      'Before your seat can be restored, you need to quit the other team or sign in with a different account.',
      'You need to send the receipt before we can refund you.',
    ],
    [
      'pl',
      'Zanim miejsce zostanie przywrócone, musi Pan opuścić drugi zespół lub zalogować się innym kontem.',
      'Musi Pan opuścić drugi zespół lub zalogować się innym kontem.',
    ],
    [
      'fi',
      'Ennen kuin paikka voidaan palauttaa, teidän täytyy erota toisesta tiimistä tai kirjautua toisella tilillä.',
      'Teidän täytyy erota toisesta tiimistä tai kirjautua toisella tilillä.',
    ],
    ['lt', 'Kad vieta būtų atkurta, privalote palikti kitą komandą arba prisijungti kita paskyra.', 'Privalote atsiųsti kvitą, kol grąžinsime pinigus.'],
    [
      'sq',
      'Para se vendi të rikthehet, ju duhet të largoheni nga ekipi tjetër ose të hyni me një llogari tjetër.',
      'Ju duhet të largoheni nga ekipi tjetër ose të hyni me një llogari tjetër.',
    ],
  ];

  it('the condition for getting access back is no order (5 languages)', () => {
    for (const [language, condition, order] of conditions) {
      assert.equal(fired(COMMANDING, condition, language), 0, `${language}: ${condition}`);
      assert.equal(fired(COMMANDING, order, language), 1, `${language}: ${order}`);
    }
  });

  const lapses: [string, string, string][] = [
    [
      'en',
      "The link is valid for two days, after that you must reapply if you don't pick a new password.",
      "You'll have to contact the courier if you don't get the parcel by Friday.",
    ],
    [
      'pl',
      'Link jest ważny dwa dni, potem musisz złożyć wniosek ponownie, jeśli nie ustawisz nowego hasła.',
      'Będzie Pan musiał skontaktować się z kurierem, jeśli nie dostanie Pan paczki do piątku.',
    ],
    [
      'fi',
      'Linkki on voimassa kaksi päivää, sen jälkeen teidän täytyy tilata uusi, jos ette vaihda salasanaa.',
      'Joudutte ottamaan yhteyttä kuljetusliikkeeseen, jos paketti ei tule perjantaihin mennessä.',
    ],
    [
      'lt',
      'Kodas galioja vieną dieną. Jei juo nepasinaudosite, turėsite iš naujo pateikti prašymą.',
      'Turėsite susisiekti su kurjeriu, jei negausite siuntinio iki penktadienio.',
    ],
    [
      'sq',
      "Lidhja vlen dy ditë, pastaj do t'ju duhet të bëni një kërkesë të re nëse nuk e ndryshoni fjalëkalimin.",
      "Do t'ju duhet të kontaktoni korrierin nëse nuk e merrni pakon deri të premten.",
    ],
  ];

  it("the cost of the reader's own lapse is no work pushed back (5 languages)", () => {
    for (const [language, lapse, handBack] of lapses) {
      assert.equal(fired(HAND_BACK, lapse, language), 0, `${language}: ${lapse}`);
      assert.equal(fired(COMMANDING, lapse, language), 0, `${language}: ${lapse}`);
      assert.equal(fired(HAND_BACK, handBack, language), 1, `${language}: ${handBack}`);
    }
  });

  it('asking again after a link or code has run out is what its expiry costs (trial 24, 5 languages)', () => {
    for (const [language, text] of [
      ['en', 'The code is valid for 30 minutes. After that it expires, and you need to request another one from the app.'],
      ['pl', 'Kod jest ważny 30 minut. Potem kod wygasa i musi Pan poprosić o kolejny w aplikacji.'],
      ['fi', 'Koodi on voimassa 30 minuuttia. Sen jälkeen se vanhenee, ja teidän täytyy tilata uusi sovelluksesta.'],
      ['lt', 'Kodas galioja 30 minučių. Po to jis nustoja galioti, ir privalote paprašyti kito programėlėje.'],
      ['sq', 'Kodi vlen 30 minuta. Pas kësaj ai skadon dhe ju duhet të kërkoni një tjetër nga aplikacioni.'],
      ['en', 'The link works once and for two hours only. Afterwards the link becomes invalid, and you have to open the reset page again.'],
      ['sq', 'Lidhja vlen vetëm një herë. Më pas lidhja bëhet e pavlefshme dhe ju duhet të hapni përsëri faqen e rivendosjes.'],
    ]) {
      assert.equal(fired(COMMANDING, text, language) + fired(HAND_BACK, text, language), 0, `${language}: ${text}`);
    }
    // Without an expiry the same step is still an order.
    assert.equal(fired(COMMANDING, 'You need to request another code from the app.', 'en'), 1);
  });

  it('a validity line excuses only getting a new link or code, not an order about something else (reviewer-22 #28, 5 languages)', () => {
    for (const [language, validity, renewal, handBack, order] of [
      [
        'en',
        'Your voucher code stays valid until Sunday.',
        'After that you must ask us for a new one.',
        'You will have to call the warehouse if the chair is not delivered by Friday.',
        'You must keep the receipt for the warranty.',
      ],
      [
        'pl',
        'Kod jest ważny do niedzieli.',
        'Potem musi Pan poprosić o nowy kod w aplikacji.',
        'Będzie Pan musiał skontaktować się z magazynem, jeśli fotel nie dotrze do piątku.',
        'Musi Pan sam zadzwonić do magazynu, jeśli fotel nie dotrze do piątku.',
      ],
      [
        'fi',
        'Koodi on voimassa sunnuntaihin asti.',
        'Sen jälkeen teidän täytyy pyytää uusi koodi sovelluksesta.',
        'Teidän täytyy soittaa varastoon, jos tuoli ei tule perjantaihin mennessä.',
        'Teidän täytyy säilyttää kuitti takuuta varten.',
      ],
      [
        'lt',
        'Kodas galioja iki sekmadienio.',
        'Vėliau privalote paprašyti naujo kodo programėlėje.',
        'Turėsite susisiekti su sandėliu, jei kėdė neatvyks iki penktadienio.',
        'Privalote saugoti kvitą garantijai.',
      ],
      [
        'sq',
        'Kodi vlen deri të dielën.',
        'Pas kësaj ju duhet të kërkoni një kod të ri në aplikacion.',
        "Do t'ju duhet të kontaktoni magazinën nëse karrigia nuk vjen deri të premten.",
        'Ju duhet të ruani faturën për garancinë.',
      ],
    ]) {
      const renew = `${validity} ${renewal}`;
      assert.equal(fired(COMMANDING, renew, language) + fired(HAND_BACK, renew, language), 0, `${language}: ${renew}`);
      assert.equal(fired(HAND_BACK, `${validity} ${handBack}`, language), 1, `${language}: ${handBack}`);
      assert.equal(fired(COMMANDING, `${validity} ${order}`, language), 1, `${language}: ${order}`);
    }
  });

  it('a step words of getting a new code also name outside it is no renewal: the PIN of a card, a bank password (reviewer-23 #9)', () => {
    for (const [language, text] of [
      ['en', 'Your voucher code is valid until Sunday. You will have to call your bank to reset the PIN of your card.'],
      ['en', 'The sign-in link is valid for a day. You will have to call your bank if your password for online banking is refused.'],
      ['sq', "Kodi vlen deri të dielën. Do t'ju duhet të kontaktoni bankën për të rivendosur PIN-in e kartës suaj."],
    ]) {
      assert.equal(fired(HAND_BACK, text, language), 1, `${language}: ${text}`);
    }
  });

  it('a concession ("even if you do not …"), a state, or a third party\u2019s lapse keeps the order (reviewer-22 #2, #3)', () => {
    for (const [ruleId, language, text] of [
      [COMMANDING, 'en', 'You need to send us the invoice again, even if you do not use the same e-mail address as last time.'],
      [HAND_BACK, 'en', 'If you have not opened the box yet, you will have to call the courier to arrange the pickup.'],
      [COMMANDING, 'pl', 'Musi Pan przesłać fakturę ponownie, nawet jeśli nie użyje Pan tego samego adresu e-mail.'],
      [COMMANDING, 'pl', 'Jeśli kurier nie potwierdzi odbioru, musi Pan sam skontaktować się z firmą kurierską.'],
      [HAND_BACK, 'pl', 'Jeśli system nie zaakceptuje płatności, będzie Pan musiał skontaktować się z bankiem.'],
      [HAND_BACK, 'lt', 'Turėsite susisiekti su banku dėl šio mokesčio, net jei nepasinaudosite kortele.'],
      [HAND_BACK, 'sq', "Do t'ju duhet të kontaktoni bankën për këtë tarifë, edhe nëse nuk e përdorni kartën."],
    ]) {
      assert.equal(fired(ruleId, text, language), 1, `${language}: ${text}`);
    }
  });
});
