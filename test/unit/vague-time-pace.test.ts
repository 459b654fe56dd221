// deferral/vague-timeframe on automatic notices (fifth real-text trial, issue 13): the customer's own pace
// asked of them ("Please answer the question as soon as possible") and a time given further down an
// automatic notice ("What happens next … within {{response_time}}") are no vague deferral of ours.
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

const RULE = 'deferral/vague-timeframe';
const vague = (text: string, config: Record<string, unknown>) => spansOf(RULE, text, 'notice.txt', { placeholders: 'handlebars', ...config });

describe('deferral/vague-timeframe: the customer pace and the time below', () => {
  it('excuses an asap-type phrase inside a request to the customer, in all five languages', () => {
    const asked: [string, string][] = [
      ['en', 'Please answer the question as soon as possible, so the case can go ahead.'],
      ['fi', 'Vastaathan kysymykseen pikimmiten, jotta asia etenee.'],
      ['lt', 'Rekomenduojame Jums pateikti užsakymą kuo greičiau.'],
      ['pl', 'Prosimy o przesłanie formularza jak najszybciej.'],
      ['sq', 'Ju lutem na dërgoni formularin sa më shpejt.'],
    ];
    for (const [language, text] of asked) assert.deepEqual(vague(text, { language, kind: 'reply' }), [], text);
  });

  it('excuses it in an imperative to the customer, before or after it, in all five languages (trial 13)', () => {
    const imperatives: [string, string][] = [
      ['en', 'Contact us as soon as possible if anything in your order is wrong.'],
      ['en', 'If you notice a mistake, get in touch with us as soon as possible.'],
      ['fi', 'Jos tilauksessasi on virhe, ota meihin yhteyttä mahdollisimman pian.'],
      ['pl', 'Jeśli zauważysz błąd w zamówieniu, jak najszybciej skontaktuj się z nami.'],
      ['pl', 'Skontaktujcie się z nami jak najszybciej.'],
      ['lt', 'Pastebėję klaidą, kuo greičiau susisiekite su mumis.'],
      ['sq', 'Nëse ka gabim në porosi, na shkruani sa më shpejt.'],
    ];
    for (const [language, text] of imperatives) assert.deepEqual(vague(text, { language, kind: 'auto-reply' }), [], text);
    // Our step in the same sentence or clause stays ours, and a "will" before the request's verb makes it no request.
    const ours: [string, string, string][] = [
      ['en', 'The courier will contact us as soon as possible.', 'as soon as possible'],
      ['en', 'Contact us and we will fix it as soon as possible.', 'as soon as possible'],
      ['fi', 'Lähetämme tilauksen mahdollisimman pian, ota yhteyttä jos kysyttävää.', 'mahdollisimman pian'],
      ['pl', 'Jak najszybciej wyślemy paczkę, skontaktuj się z nami w razie pytań.', 'Jak najszybciej'],
      ['lt', 'Išsiųsime kuo greičiau, o klausimus parašykite mums.', 'kuo greičiau'],
      ['sq', "Do t'ju kontaktojmë sa më shpejt.", 'sa më shpejt'],
      // The request ends at its clause: what we do once the customer has acted is our pace (reviewer #11).
      ['en', 'Let us know your new address and a replacement ships as soon as possible.', 'as soon as possible'],
      ['en', 'Reply to this email with the order number; the courier picks it up as soon as possible.', 'as soon as possible'],
      ['en', 'Tell me which size you want, and the exchange is done asap.', 'asap'],
      ['pl', 'Napisz nam nowy adres, a paczka wyjdzie jak najszybciej.', 'jak najszybciej'],
      ['fi', 'Kerro uusi osoitteesi, niin lähetys lähtee mahdollisimman pian.', 'mahdollisimman pian'],
      ['lt', 'Atsiųskite naują adresą, ir siuntinys išvyks kuo greičiau.', 'kuo greičiau'],
    ];
    for (const [language, text, excerpt] of ours) assert.deepEqual(vague(text, { language, kind: 'auto-reply' }), [excerpt], text);
  });

  it('keeps a promise of ours after the request, and every retry request, flagged', () => {
    const ours: [string, string, string][] = [
      ['en', 'Please note that our team will reply as soon as possible.', 'as soon as possible'],
      ['en', 'Please be patient, we will reply as soon as possible.', 'as soon as possible'],
      ['pl', 'Prosimy o cierpliwość, odpowiemy jak najszybciej.', 'jak najszybciej'],
      ['fi', 'Pyydämme kärsivällisyyttä, vastaamme mahdollisimman pian.', 'mahdollisimman pian'],
    ];
    for (const [language, text, excerpt] of ours) assert.deepEqual(vague(text, { language, kind: 'reply' }), [excerpt], text);
    // A retry request is deferral/check-back's, as en "Please try again later" is: one finding, never excused as the
    // customer's pace.
    const retries: [string, string][] = [
      ['sq', 'Ju lutem provoni më vonë.'],
      ['fi', 'Pyydämme, että kokeilkaa myöhemmin uudelleen.'],
    ];
    for (const [language, text] of retries) assert.equal(spansOf('deferral/check-back', text, 'reply.txt', { language, kind: 'reply' }).length, 1, text);
  });

  it('an automatic notice may give the time further down; other kinds only in the next sentence', () => {
    const notice = [
      'Thanks for your request. Our team will review it shortly.',
      '',
      'Reference: {{reference}}',
      '',
      'WHAT HAPPENS NEXT',
      'A planner checks the calendar. We usually reply within {{reply_window}}.',
    ].join('\n');
    assert.deepEqual(vague(notice, { language: 'en', kind: 'auto-reply' }), []);
    assert.deepEqual(vague(notice, { language: 'en', kind: 'reply' }), ['shortly']);
    // A time above the vague one is no answer to it.
    const above = 'We usually reply within 2 working days.\n\nYour reference: {{reference}}\n\nOur team will review it shortly.';
    assert.deepEqual(vague(above, { language: 'en', kind: 'auto-reply' }), ['shortly']);
  });

  it("an automatic notice's reply time stated above answers a vague promise of that reply, in all five languages", () => {
    // Trial 10 sq-auto/tree-ack: an "expected response" field two lines over "we will reply as soon as possible".
    const fields: [string, string, string, string][] = [
      ['en', 'Request ID: 2741\nExpected response: 24-48 hours', 'We will reply as soon as possible.', 'Our office reopens at 8:00 on Monday.'],
      [
        'pl',
        'Numer zgłoszenia: 2741\nPrzewidywany czas odpowiedzi: 24-48 godzin',
        'Odpowiemy jak najszybciej.',
        'Biuro będzie otwarte w poniedziałek od 8:00.',
      ],
      ['fi', 'Tunnus: 2741\nArvioitu vastausaika: 24-48 tuntia', 'Vastaamme mahdollisimman pian.', 'Toimisto aukeaa maanantaina klo 8.'],
      ['lt', 'Užklausos Nr.: 2741\nNumatomas atsakymo laikas: per 24-48 valandas', 'Atsakysime kuo greičiau.', 'Biuras vėl dirbs pirmadienį nuo 8 val.'],
      ['sq', 'ID e kërkesës: 2741\nPërgjigje e pritshme: 24-48 orë', "Do t'ju përgjigjemi sa më shpejt.", 'Zyra hapet të hënën në orën 8:00.'],
    ];
    for (const [language, field, promise, unrelated] of fields) {
      const notice = `${field}\n\n${promise}`;
      assert.deepEqual(vague(notice, { language, kind: 'auto-reply' }), [], notice);
      // In an agent's reply too (trial 39): the reader has the reply's time.
      assert.deepEqual(vague(notice, { language, kind: 'reply' }), [], notice);
      // A time above that is not the reply's (the office opening) answers nothing.
      assert.equal(vague(`${unrelated}\n\n${promise}`, { language, kind: 'auto-reply' }).length, 1, unrelated);
    }
    // The reply time answers the promise of the reply, not of another step.
    assert.deepEqual(vague('Expected response: 24-48 hours\n\nOur team will review it shortly.', { language: 'en', kind: 'auto-reply' }), ['shortly']);
  });

  it('a contact time given anywhere in a reply answers a vague promise of that contact, not of another step (trial 39)', () => {
    const reply = { language: 'en', kind: 'reply' };
    // Above, two paragraphs before the closing "soon".
    const above = 'Thanks for applying. You can expect to hear from us within the next few days.\n\nHave a good week!\n\nWe will be in touch soon.';
    assert.deepEqual(vague(above, reply), []);
    // Below, past a sentence of its own: a horizon after the vague promise.
    const below =
      'We will come back to you as soon as possible. Every application is read by a person. If you do not hear from us within three weeks, the role has been filled.';
    assert.deepEqual(vague(below, reply), []);
    // The time of another step (the review) dates no contact.
    assert.deepEqual(vague('Our recruiters review applications within 5 working days. We will be in touch soon.', reply), ['soon']);
  });

  it('a duration whose number is a placeholder is a time', () => {
    const text = 'Your prints will be shipped soon. You should get them in {{min_days}} - {{max_days}} working days.';
    assert.deepEqual(vague(text, { language: 'en', kind: 'reply' }), []);
    const pl = 'Nasz zespół wkrótce rozpatrzy wniosek. Zazwyczaj odpowiadamy w ciągu {{czasOdpowiedzi}}.';
    assert.deepEqual(vague(pl, { language: 'pl', kind: 'reply' }), []);
  });
});
