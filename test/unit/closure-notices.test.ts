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

  it("'will be' is a reply promised only with its step, not any work of the team's", () => {
    assert.equal(fired('Thank you for your report. We will be in touch.', 'en'), 1);
    assert.equal(fired('Hello,\n\nThe district now reports all street repairs on this site. We will be moving the older records over in spring.', 'en'), 0);
  });
});
