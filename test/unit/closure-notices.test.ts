// deferral/auto-reply-next-step: a case closed is an outcome, not a message queued. A notice that old reports are
// being closed (a council moving to a new system) or that a ticket was closed says what happened and leaves the next
// step to the reader (nothing, or report it again): it owes no "what happens next and when" (trial 26: four such
// letters flagged with a team config). A new case opened for the reader's message still waits on the team.
import * as assert from 'node:assert/strict';
import { findingsOf } from '../support/engine';

const RULE = 'deferral/auto-reply-next-step';

function fired(text: string, language: string): number {
  return findingsOf(RULE, text, 'notice.txt', { language, kind: 'auto-reply' }).length;
}

describe('auto-reply-next-step: a closure notice owes no next step', function () {
  this.timeout(60_000);

  it('a notice that cases are closed is quiet (5 languages)', () => {
    for (const [language, text] of [
      [
        'en',
        'Hello Dana,\n\nOur street-lighting reports are moving to a new system, so we are closing your old reports today. Each of them has been received and read by the lighting team. If the lamp outside your house still does not work, please report it again on the new site.\n\nHarbourside District Council',
      ],
      [
        'en',
        'Thank you for contacting Fernbrook support. Your ticket #5120 has been resolved and closed. If the problem comes back, reply to this e-mail and it opens again.',
      ],
      [
        'pl',
        'Dzie\u0144 dobry,\n\nprzenosimy zg\u0142oszenia o dziurach w drogach do nowego systemu, dlatego zamykamy wszystkie stare zg\u0142oszenia. Ka\u017cde z nich otrzymali\u015bmy i sprawdzili\u015bmy w wydziale dr\u00f3g. Je\u015bli problem nadal wyst\u0119puje, prosimy zg\u0142osi\u0107 go ponownie.\n\nUrz\u0105d Gminy Lipno',
      ],
      [
        'fi',
        'Hei,\n\nsiirrymme uuteen palautej\u00e4rjestelm\u00e4\u00e4n, joten suljemme kaikki ennen siirtoa tehdyt ilmoitukset. Olemme vastaanottaneet ja k\u00e4sitelleet jokaisen ilmoituksen. Jos ongelma jatkuu, tee uusi ilmoitus.\n\nRantakyl\u00e4n kunta',
      ],
      [
        'lt',
        'Laba diena,\n\npereiname prie naujos sistemos, tod\u0117l u\u017edarome visas senas u\u017eklausas. Visas j\u016bs\u0173 u\u017eklausas gavome ir per\u017ei\u016br\u0117jome. Jei problema nei\u0161spr\u0119sta, prane\u0161kite apie j\u0105 i\u0161 naujo.\n\nMiesto savivaldyb\u0117',
      ],
      [
        'sq',
        'P\u00ebrsh\u00ebndetje,\n\npo kalojm\u00eb n\u00eb nj\u00eb sistem t\u00eb ri, prandaj po mbyllim t\u00eb gjitha raportet e vjetra. \u00c7do raport e kemi marr\u00eb dhe e kemi shqyrtuar. N\u00ebse problemi vazhdon, ju lutemi ta raportoni s\u00ebrish.\n\nBashkia e Qytetit',
      ],
    ]) {
      assert.equal(fired(text!, language!), 0, `${language}: ${text}`);
    }
  });

  it('a message received and queued still owes its time, whatever was closed before it (5 languages)', () => {
    for (const [language, text] of [
      ['en', 'Thank you for your message. Your old ticket was closed, so a new ticket #5121 has been created for it.'],
      ['en', 'Hello,\n\nWe have received your report about the broken lamp. It has been logged with the lighting team.'],
      [
        'pl',
        'Dzie\u0144 dobry,\n\notrzymali\u015bmy Pana wiadomo\u015b\u0107. Poprzednie zg\u0142oszenie by\u0142o ju\u017c zamkni\u0119te, wi\u0119c utworzyli\u015bmy nowe zg\u0142oszenie nr 5121.',
      ],
      ['fi', 'Hei,\n\nolemme vastaanottaneet viestisi. Edellinen tiketti oli jo suljettu, joten avasimme uuden tiketin numerolla 5121.'],
      [
        'lt',
        'Laba diena,\n\ngavome j\u016bs\u0173 lai\u0161k\u0105. Ankstesn\u0117 u\u017eklausa jau buvo u\u017edaryta, tod\u0117l suk\u016br\u0117me nauj\u0105 u\u017eklaus\u0105 Nr. 5121.',
      ],
      [
        'sq',
        'P\u00ebrsh\u00ebndetje,\n\ne mor\u00ebm mesazhin tuaj. K\u00ebrkesa e m\u00ebparshme ishte mbyllur, prandaj u krijua nj\u00eb k\u00ebrkes\u00eb e re me numrin 5121.',
      ],
    ]) {
      assert.equal(fired(text!, language!), 1, `${language}: ${text}`);
    }
  });

  // reviewer-25 #9: the closure is its own form, voided by another case named beside it (the closed one called the
  // previous or an old one, a new one opened); the reader's pending step is not (reviewer-25 #19).
  it('a new message received beside an old case closed still owes its time (5 languages)', () => {
    for (const [language, text] of [
      [
        'en',
        'Hello,\n\nThank you for writing in. We have received your message about the broken kettle. Your earlier ticket #3307 has been resolved and closed.',
      ],
      ['en', 'Thanks for getting in touch. Your previous enquiry about the kettle was closed last week.'],
      ['en', 'Your message has been received. Your old ticket #3307 is closed.'],
      [
        'pl',
        'Dzie\u0144 dobry,\n\ndzi\u0119kujemy za wiadomo\u015b\u0107, otrzymali\u015bmy Pana pytanie o czajnik. Wcze\u015bniejsze zg\u0142oszenie #3307 zosta\u0142o zamkni\u0119te.',
      ],
      ['fi', 'Hei,\n\nkiitos viestist\u00e4si, olemme vastaanottaneet sen. Aiempi tukipyynt\u00f6si #3307 on suljettu.'],
      ['lt', 'Laba diena,\n\nd\u0117kojame u\u017e lai\u0161k\u0105, j\u016bs\u0173 klausim\u0105 gavome. Ankstesn\u0117 u\u017eklausa #3307 u\u017edaryta.'],
      ['sq', 'P\u00ebrsh\u00ebndetje,\n\nfaleminderit p\u00ebr mesazhin, e mor\u00ebm pyetjen tuaj. K\u00ebrkesa e m\u00ebparshme #3307 u mbyll.'],
    ]) {
      assert.equal(fired(text!, language!), 1, `${language}: ${text}`);
    }
  });

  it("a message received beside the reader's own pending step, or the confirmation that closed the case, owes nothing (5 languages)", () => {
    for (const [language, text] of [
      // The reader's own message is what closed the case (reviewer-26 #5).
      ['en', 'We have received your e-mail saying the printer prints again, so we have closed your ticket #3307.'],
      ['en', 'We have received your message that the login works now. Your ticket #3307 has been closed.'],
      ['pl', 'otrzymali\u015bmy Pana wiadomo\u015b\u0107, \u017ce drukarka znowu dzia\u0142a, wi\u0119c zg\u0142oszenie #3307 zosta\u0142o zamkni\u0119te.'],
      ['fi', 'olemme vastaanottaneet viestisi, jonka mukaan tulostin toimii taas, joten tukipyynt\u00f6si #3307 on suljettu.'],
      ['lt', 'gavome j\u016bs\u0173 lai\u0161k\u0105, kad spausdintuvas v\u0117l veikia, tod\u0117l u\u017eklausa #3307 u\u017edaryta.'],
      ['sq', 'e mor\u00ebm mesazhin tuaj q\u00eb printeri punon p\u00ebrs\u00ebri, prandaj k\u00ebrkesa #3307 \u00ebsht\u00eb mbyllur.'],
      ['en', 'We have received your request. The move to the family plan is pending your approval: {{approve_url}}'],
      ['en', 'Thank you for your reply. We have received your confirmation that the printer works again and have closed your ticket #3307.'],
      ['pl', 'Otrzymali\u015bmy Twoj\u0105 wiadomo\u015b\u0107. Zmiana planu czeka na Twoj\u0105 akceptacj\u0119: {{approve_url}}'],
      ['fi', 'Olemme vastaanottaneet pyynt\u00f6si. Vahvista muutos perhetilaukseen t\u00e4st\u00e4: {{approve_url}}'],
      ['lt', 'Gavome j\u016bs\u0173 pra\u0161ym\u0105. Plano pakeitimas laukia j\u016bs\u0173 patvirtinimo: {{approve_url}}'],
      ['sq', 'E mor\u00ebm k\u00ebrkes\u00ebn tuaj. Ndryshimi i planit pret miratimin tuaj: {{approve_url}}'],
    ]) {
      assert.equal(fired(text!, language!), 0, `${language}: ${text}`);
    }
  });

  it("'will be' is a reply promised only with its step, not any work of the team's", () => {
    assert.equal(fired('Thank you for your report. We will be in touch.', 'en'), 1);
    assert.equal(fired('Hello,\n\nThe district now reports all street repairs on this site. We will be moving the older records over in spring.', 'en'), 0);
  });
});
