// "We will contact you" promises a follow-up with no time in every language now (reviewer-26 #2: en and fi "otamme sinuun
// yhteytt\u00e4" were quiet while pl, lt and sq were flagged), and so does the team promising it in the third person ("Our
// returns team will look at them and contact you"); a courier's call, "if we need anything", "by e-mail only" and "someone
// from our team" (no-owner's) are not. A promise never to contact the reader is no follow-up (reviewer-27 #7).
import * as assert from 'node:assert/strict';
import type { ReplyKind } from '../../server/src/engine/types';
import { findingsOf } from '../support/engine';

const RULES = ['deferral/follow-up-without-time', 'deferral/auto-reply-next-step'];

function found(text: string, language: string, kind: ReplyKind): string[] {
  return RULES.flatMap((rule) => findingsOf(rule, text, 'contact.md', { language, kind }).map(() => rule));
}

describe('follow-up: "we will contact you" in five languages', function () {
  this.timeout(60_000);

  it('a contact promised with no time, by us or our team, owes its time', () => {
    for (const [language, text] of [
      ['en', 'Hi Sara,\n\nThanks for the pictures of the chipped mug. We will contact you.\n\nBest,\nJon'],
      ['en', 'Hi Sara,\n\nThanks for the pictures. Our returns team will look at them and contact you.\n\nBest,\nJon'],
      ['fi', 'Hei Saara,\n\nkiitos kuvista. Otamme sinuun yhteytt\u00e4.\n\nTerveisin\nJoni'],
      ['fi', 'Hei Saara,\n\nkiitos kuvista. Palautustiimimme ottaa sinuun yhteytt\u00e4.\n\nTerveisin\nJoni'],
      ['pl', 'Dzie\u0144 dobry Pani Saro,\n\ndzi\u0119kuj\u0119 za zdj\u0119cia. Nasz dzia\u0142 zwrot\u00f3w odezwie si\u0119 do Pani.\n\nPozdrawiam,\nJan'],
      ['lt', 'Laba diena,\n\nd\u0117kojame u\u017e nuotraukas. M\u016bs\u0173 gr\u0105\u017einim\u0173 skyrius susisieks su jumis.\n\nPagarbiai,\nJonas'],
      ['sq', "P\u00ebrsh\u00ebndetje,\n\nfaleminderit p\u00ebr fotot. Ekipi yn\u00eb i kthimeve do t'ju kontaktoj\u00eb.\n\nMe respekt,\nArben"],
    ]) {
      assert.deepEqual(found(text!, language!, 'macro'), ['deferral/follow-up-without-time'], `${language}: ${text}`);
    }
  });

  it('a condition, a channel, a courier or "someone" is no follow-up owed here', () => {
    for (const [language, text] of [
      ['en', 'Hi Sara,\n\nThanks for the pictures; they show all we need. We will contact you if we need anything else.\n\nBest,\nJon'],
      ['en', 'Hi Sara,\n\nA quick note: we will contact you by e-mail only, never by phone.\n\nBest,\nJon'],
      ['en', 'Hi Sara,\n\nYour sofa left our warehouse this morning. The courier will contact you to agree on a delivery slot.\n\nBest,\nJon'],
      ['en', 'Hi Sara,\n\nThanks for the pictures. Someone from our team will contact you.\n\nBest,\nJon'],
      ['fi', 'Hei Saara,\n\nkiitos kuvista. Otamme sinuun yhteytt\u00e4, jos tarvitsemme viel\u00e4 jotain.\n\nTerveisin\nJoni'],
      [
        'pl',
        'Dzie\u0144 dobry Pani Saro,\n\nsofa wyjecha\u0142a dzi\u015b rano z magazynu. Kurier skontaktuje si\u0119 z Pani\u0105, aby ustali\u0107 godzin\u0119 dostawy.\n\nPozdrawiam,\nJan',
      ],
    ]) {
      assert.deepEqual(found(text!, language!, 'macro'), [], `${language}: ${text}`);
    }
  });

  it('a promise never to contact the reader owes nothing (5 languages)', () => {
    for (const [language, text] of [
      ['en', 'Hello,\n\nyour password was changed on {{ change.date }}.\n\nPlease note: we will never contact you to ask for your password.'],
      [
        'pl',
        'Dzie\u0144 dobry,\n\nhas\u0142o do Twojego konta zosta\u0142o zmienione {{ change.date }}.\n\nPami\u0119taj: nigdy nie skontaktujemy si\u0119 z Tob\u0105, aby zapyta\u0107 o has\u0142o.',
      ],
      ['fi', 'Hei,\n\nsalasanasi vaihdettiin {{ change.date }}.\n\nHuomaa: emme koskaan ota sinuun yhteytt\u00e4 kysy\u00e4ksemme salasanaa.'],
      [
        'lt',
        'Sveiki,\n\nj\u016bs\u0173 slapta\u017eodis pakeistas {{ change.date }}.\n\nAtminkite: niekada nesusisieksime su jumis, kad paklaustume slapta\u017eod\u017eio.',
      ],
      [
        'sq',
        "P\u00ebrsh\u00ebndetje,\n\nfjal\u00ebkalimi juaj u ndryshua m\u00eb {{ change.date }}.\n\nKujdes: nuk do t'ju kontaktojm\u00eb kurr\u00eb p\u00ebr t'ju k\u00ebrkuar fjal\u00ebkalimin.",
      ],
    ]) {
      assert.deepEqual(found(text!, language!, 'auto-reply'), [], `${language}: ${text}`);
      assert.deepEqual(found(text!, language!, 'macro'), [], `${language}: ${text}`);
    }
  });
});
