// Reviewer 20 (#6 #7 #8 #12): automatic acknowledgements that still owe the reader a reply were read as notices
// owing nothing (deferral/auto-reply-next-step). Each case below says what the team still owes.
import * as assert from 'node:assert/strict';
import { findingsOf } from '../support/engine';

const RULE = 'deferral/auto-reply-next-step';

function fired(text: string, language: string): number {
  return findingsOf(RULE, text, 'notice.txt', { language, kind: 'auto-reply' }).length;
}

describe('acknowledgements that still owe the reader a reply', function () {
  // The first lint builds the five packs: slow under load.
  this.timeout(60_000);

  it('an appointment or visit request received still waits for a time (#6); one booked or confirmed does not', () => {
    const waiting = [
      'Hi,\n\nYour appointment request has been received. The practice nurse will ring you to pick a slot.',
      'Hi,\n\nThanks. Your visit enquiry has been received and is in the queue for the next free engineer.',
      'Hi,\n\nWe have received your visit request for the cottage at Mill Lane. Our letting agent will agree a viewing with you.',
    ];
    for (const text of waiting) assert.equal(fired(text, 'en'), 1, text);
    const done = [
      'Thanks for getting in touch. Your appointment for a hearing test has been booked.',
      'Thanks for getting in touch. Your visit is confirmed, the address is below.',
    ];
    for (const text of done) assert.equal(fired(text, 'en'), 0, text);
  });

  it('an account opened for the reader still waits when an adviser will call or set something up (#7)', () => {
    const owed = [
      'Hello,\n\nAn account has been created for you. One of our advisers will ring you about your tariff.',
      'Hello,\n\nAn account has been created for you. Our agent will set up the direct debit with you.',
      'Hello,\n\nAn account has been created for you. We will activate your supply and post you the contract.',
    ];
    for (const text of owed) assert.equal(fired(text, 'en'), 1, text);
    assert.equal(fired('Hello,\n\nAn account has been created for you. Sign in with your e-mail address: {{login_url}}', 'en'), 0);
  });

  it("the help desk's printed answer (%{response}) still owes a time when the same text promises an agent's reply (#8)", () => {
    const promised: [string, string][] = [
      ['en', 'Hi %{recipient.name.first},\n\nTicket #%{ticket.number} is open and an agent will respond to you.\n\n%{response}'],
      ['pl', 'Dzień dobry,\n\nzgłoszenie #%{ticket.number} zostało utworzone i nasz konsultant odpowie na nie.\n\n%{response}'],
      ['fi', 'Hei,\n\ntiketti #%{ticket.number} on luotu, ja asiakaspalvelumme vastaa sinulle.\n\n%{response}'],
      ['lt', 'Laba diena,\n\nužklausa #%{ticket.number} užregistruota, mūsų konsultantas jums atsakys.\n\n%{response}'],
      ['sq', "Përshëndetje,\n\nkërkesa #%{ticket.number} u regjistrua dhe ekipi ynë do t'ju përgjigjet.\n\n%{response}"],
    ];
    for (const [language, text] of promised) assert.equal(fired(text, language), 1, `${language}: ${text}`);
    assert.equal(fired('Hi %{recipient.name.first},\n\nTicket #%{ticket.number} is open; the answer for its topic is below.\n\n%{response}', 'en'), 0);
  });

  it('a password phrase inside a condition is an aside, not the answer the e-mail brings (#12)', () => {
    const aside: [string, string][] = [
      ['en', 'Hello,\n\nWe have received your e-mail. If you only need to reset your password, the sign-in page does it. Our staff will answer the rest.'],
      ['pl', 'Dzień dobry,\n\notrzymaliśmy Pana wiadomość. Jeżeli chce Pan tylko zmienić hasło, wystarczy panel klienta. Resztą zajmie się nasz zespół.'],
      [
        'fi',
        'Hei,\n\nolemme vastaanottaneet viestisi. Jos haluat vain vaihtaa salasanasi, teet sen asiakassivuilla. Asiakaspalvelumme vastaa muihin kysymyksiin.',
      ],
    ];
    for (const [language, text] of aside) assert.equal(fired(text, language), 1, `${language}: ${text}`);
    assert.equal(fired('Hello,\n\nWe have received your message. Open this link to choose a new password: {{reset_url}}', 'en'), 0);
  });
});
