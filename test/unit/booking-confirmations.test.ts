// deferral/auto-reply-next-step: a booking, a table, an appointment or a class booked or confirmed is the outcome the
// e-mail brings, also under "Thanks for your message": nothing is awaited (trial 28 class 3: a masseuse's confirmation and
// a flea market's table booking). So is the reader's own "you can reply or contact us". A booking still to be confirmed
// ("will be confirmed", "not confirmed yet", "when it is confirmed") keeps its wait.
import * as assert from 'node:assert/strict';
import { findingsOf } from '../support/engine';

const RULE = 'deferral/auto-reply-next-step';

function fired(text: string, language: string): number {
  return findingsOf(RULE, text, 'booking.txt', { language, kind: 'auto-reply' }).length;
}

describe('auto-reply-next-step: a booking confirmed is the outcome, not a wait', function () {
  this.timeout(60_000);

  it('a booking, table or appointment booked or confirmed owes no time (5 languages)', () => {
    for (const [language, text] of [
      ['en', 'Table booked\n\nHi Maya,\n\nYour table booking has been received.\n\nTable: 4 by the window\n\nThanks for booking with us!\n\nBrook Lane Market'],
      ['en', 'Hello,\n\nThank you for your message. Your table for four is booked for {{date}}.'],
      ['en', 'Hello,\n\nWe have received your e-mail and booked your appointment for {{date}}.'],
      ['en', 'Hello,\n\nThanks for your enquiry. Your reservation for the weekend has been confirmed.'],
      [
        'fi',
        'P\u00f6yt\u00e4varaus vahvistettu\n\nHei Aino,\n\nP\u00f6yt\u00e4varauksesi on vastaanotettu onnistuneesti.\n\nP\u00f6yt\u00e4: 12\n\nKiitos varauksestasi!',
      ],
      [
        'fi',
        'Hei,\n\nkiitos varauksestasi.\n\nAika: {{aika}}\nPalvelu: {{palvelu}}\n\nAjan voi siirt\u00e4\u00e4 alla olevasta linkist\u00e4. Jos jokin askarruttaa, voit kirjoittaa meille s\u00e4hk\u00f6postia tai ottaa yhteytt\u00e4 puhelimitse.',
      ],
      ['fi', 'Hei,\n\nkiitos viestist\u00e4si! Aikasi on varattu {{pvm}}.'],
      ['pl', 'Dzie\u0144 dobry,\n\ndzi\u0119kujemy za wiadomo\u015b\u0107. Wizyta jest zarezerwowana na {{data}}.'],
      ['pl', 'Dzie\u0144 dobry,\n\ndzi\u0119kujemy za wiadomo\u015b\u0107. Zarezerwowali\u015bmy dla Pani stolik na {{data}}.'],
      ['lt', 'Sveiki,\n\nd\u0117kojame u\u017e lai\u0161k\u0105. J\u016bs\u0173 vizitas u\u017eregistruotas {{data}}.'],
      ['lt', 'Sveiki,\n\nd\u0117kojame u\u017e lai\u0161k\u0105. J\u016bs\u0173 rezervacija patvirtinta, laukiame j\u016bs\u0173 {{data}}.'],
      ['sq', 'P\u00ebrsh\u00ebndetje,\n\nfaleminderit p\u00ebr mesazhin. Takimi juaj \u00ebsht\u00eb rezervuar p\u00ebr {{data}}.'],
      ['sq', 'P\u00ebrsh\u00ebndetje,\n\nfaleminderit p\u00ebr mesazhin. Ju kemi rezervuar nj\u00eb tavolin\u00eb p\u00ebr {{data}}.'],
    ]) {
      assert.equal(fired(text!, language!), 0, `${language}: ${text}`);
    }
  });

  it('a booking still to be confirmed keeps its wait', () => {
    for (const [language, text] of [
      ['en', 'Hello,\n\nThanks for your message. Your booking will be confirmed by our team.'],
      ['en', 'Hello,\n\nThank you for your message. Your booking is not confirmed yet: a member of our team will check the dates.'],
      ['fi', 'Hei,\n\nkiitos viestist\u00e4si. Varauksesi ei ole viel\u00e4 vahvistettu. K\u00e4sittelemme sen.'],
      ['fi', 'Hei,\n\nolemme vastaanottaneet viestisi. Voit kirjoittaa meille tai soittaa, ja asiakaspalvelumme ottaa yhteytt\u00e4.'],
      ['pl', 'Dzie\u0144 dobry,\n\ndzi\u0119kujemy za wiadomo\u015b\u0107. Rezerwacja zostanie potwierdzona przez nasz zesp\u00f3\u0142.'],
      ['pl', 'Dzie\u0144 dobry,\n\ndzi\u0119kujemy za wiadomo\u015b\u0107. Napiszemy, gdy rezerwacja zostanie potwierdzona przez w\u0142a\u015bciciela.'],
      ['lt', 'Sveiki,\n\nd\u0117kojame u\u017e lai\u0161k\u0105. J\u016bs\u0173 rezervacija dar nepatvirtinta, j\u0105 per\u017ei\u016br\u0117sime.'],
      ['sq', 'P\u00ebrsh\u00ebndetje,\n\nfaleminderit p\u00ebr mesazhin. Rezervimi juaj do t\u00eb konfirmohet nga stafi yn\u00eb.'],
    ]) {
      assert.equal(fired(text!, language!), 1, `${language}: ${text}`);
    }
  });
});
