// Tone rules on a help desk's and a booking system's own notices (trial 19): the way in to the organisation's portal
// is a how-to step, not condescension; a formal salutation sets the register for what follows it. And an either/or
// that lists two of the reader's own failings blames, while one that offers another cause does not (reviewer).
import * as assert from 'node:assert/strict';
import { findingsOf, lintText } from '../support/engine';

function findings(text: string, rule: string, config?: Parameters<typeof lintText>[2], file = 'reply.txt'): string[] {
  return findingsOf(rule, text, file, config).map((finding) => finding.excerpt);
}

describe('tone on notices (trial 19)', () => {
  describe('tone/condescending: the way in to the organisation\u2019s own portal', () => {
    const notice = (step: string) =>
      `<p>Dear {{ticket.name}},</p>\n<p>You already have five open requests with us. ${step}</p>\n<p>Thank you,<br>Example Support</p>`;

    it('"simply" / "just" before logging in to our help desk or portal is no lecture', () => {
      for (const step of [
        'To add a comment to one of them, simply <a href="{{url}}/requests">log in to our help desk</a>.',
        'To add a comment to one of them, simply <a href="{{url}}/requests">login to our support portal</a>.',
        'To add a comment, just sign in to the customer portal and open the request.',
        'To follow them, simply log in to your account to track each request.',
      ]) {
        assert.deepEqual(findings(notice(step), 'tone/condescending', { kind: 'auto-reply' }, 'notice.html'), [], step);
      }
    });

    it('in an agent\u2019s reply the same step told to a stuck customer is a lecture (reviewer-20 #1)', () => {
      for (const [step, span] of [
        ['You could simply log in to our portal and look the order up yourself instead of calling us twice a day.', 'simply'],
        ['There is no need to write to us for this. Just go to our website and read the returns page before you contact us.', 'Just go'],
        ['Simply visit our help centre, the answer to every question you asked is there.', 'Simply'],
        ['As I said on Tuesday, just sign in to the customer portal and press Renew. That is all.', 'just sign'],
        ['Just log into our app and tap Export, it takes a second.', 'Just log'],
      ]) {
        assert.ok(findings(`Hi Sam,\n\n${step}\n\nBest,\nAna`, 'tone/condescending', { kind: 'reply' }).includes(span), step);
      }
    });

    it('"simply" before opening a page through the message\u2019s own link is that link\u2019s use (trial 20)', () => {
      const step = 'If you want to change or cancel your seat, simply open the workshop page through the link above and press Leave.';
      const text = `<h1>You have a seat</h1>\n<p>The host approved your request for the pottery workshop.</p>\n<p><a href="{{url}}">Workshop page</a></p>\n<p>${step}</p>`;
      for (const kind of ['auto-reply', 'snippet', 'macro'] as const) {
        assert.deepEqual(findings(text, 'tone/condescending', { kind }, 'notice.html'), [], kind);
      }
      // With no link of the message's, the same step told to a customer who asked is still a lecture.
      const reply = 'Hi Sam,\n\nYou can simply open the workshop page and press Leave yourself.\n\nBest,\nAna';
      assert.deepEqual(findings(reply, 'tone/condescending', { kind: 'reply' }), ['simply']);
    });

    it('"simply" before the place in the reader\u2019s own account where a notice says to change what it announces (reviewer-21 #28)', () => {
      const notice =
        '# Your plan renews on 1 March\n\nNothing needs doing on your side. To cancel, simply open Billing in your account settings.\n\n[Account settings]({{settings_url}})';
      assert.deepEqual(findings(notice, 'tone/condescending', { kind: 'auto-reply' }, 'notice.md'), []);
      // Told to a customer who asked, the same step is still a lecture.
      const reply = 'Hi Sam,\n\nTo cancel, simply open Billing in your account settings.\n\nBest,\nAna';
      assert.deepEqual(findings(reply, 'tone/condescending', { kind: 'reply' }), ['simply']);
    });

    it('"just" as "only" before the one sign-in that keeps an account by a date or at a rate (corpus notices)', () => {
      for (const kind of ['auto-reply', 'macro', 'reply'] as const) {
        const keep = 'Hi Sam,\n\nYour library account closes on 1 June if it stays unused. To keep it, just sign in once before that date.\n\nThe library';
        assert.deepEqual(findings(keep, 'tone/condescending', { kind }), [], kind);
        assert.deepEqual(findings('To keep your card active, just log in to your account once a year.', 'tone/condescending', { kind }), [], kind);
      }
      // "Once" with no date or rate is the step told to someone stuck.
      assert.deepEqual(findings('Hi Sam,\n\nJust sign in once and look at the invoice yourself.\n\nBest,\nAna', 'tone/condescending', { kind: 'reply' }), [
        'Just sign',
      ]);
    });

    it('a fix told to a stuck customer behind the login stays flagged', () => {
      assert.deepEqual(findings('Hi Sam,\n\nSimply log in to your account and change the plan yourself.\n\nBest,\nAna', 'tone/condescending'), ['Simply']);
      assert.deepEqual(findings('Hi Sam,\n\nJust log in and switch the plan back.\n\nBest,\nAna', 'tone/condescending'), ['Just log']);
    });
  });

  describe('tone/formality-mix: the address form sets the register, not the salutation\u2019s adjective', () => {
    const mix = (text: string, language: string) => findings(text, 'tone/formality-mix', { language, kind: 'auto-reply' });

    it('pl: "Szanowny(a)" before a name\u2019s fill-in chooses no form; Pan/Pani then ty mixes', () => {
      const body =
        'uczestniczysz w zg\u0142oszeniu nr {ticket_id}, wi\u0119c otrzymujesz jego aktualizacje. ' +
        'Nasz konsultant skontaktuje si\u0119 z Tob\u0105 jutro do 12:00. Aby odpisa\u0107, zaloguj si\u0119 do naszego systemu.\n\nZesp\u00f3\u0142 Pomocy';
      assert.deepEqual(mix(`Szanowny(a) {client_name},\n\n${body}`, 'pl'), []);
      assert.deepEqual(mix(`Szanowna Anno,\n\n${body}`, 'pl'), []);
      assert.deepEqual(mix(`Szanowna Pani Anno,\n\n${body}`, 'pl'), ['uczestniczysz', 'otrzymujesz', 'Tob\u0105', 'zaloguj']);
    });

    it('pl: a button\u2019s label, "nasz" and a ty-form notice throughout stay clean', () => {
      const formal =
        'Szanowna Pani,\n\nnasz konsultant przygotowa\u0142 umow\u0119. Aby j\u0105 podpisa\u0107, prosz\u0119 klikn\u0105\u0107 przycisk Wy\u015blij pod dokumentem ' +
        'albo wybra\u0107 opcj\u0119 Pobierz. Status sprawdzi Pani w zak\u0142adce Sprawd\u017a status, a has\u0142o zmieni w sekcji Zmie\u0144 has\u0142o.' +
        '\n\nZ powa\u017caniem,\nBiuro Obs\u0142ugi';
      const informal =
        'Cze\u015b\u0107,\n\notrzymujesz t\u0119 wiadomo\u015b\u0107, bo obserwujesz zg\u0142oszenie. Zaloguj si\u0119 i kliknij Odpisz.\n\nZesp\u00f3\u0142 Pomocy';
      assert.deepEqual(mix(formal, 'pl'), []);
      assert.deepEqual(mix(informal, 'pl'), []);
    });

    it('fi: the possessive -nne after a case sets the formal register, -si the informal one', () => {
      assert.deepEqual(mix('Hyv\u00e4 {asiakas},\n\nvastauksenne on vastaanotettu. Voit seurata pyynt\u00f6\u00e4 asiakasportaalissa.', 'fi'), ['Voit']);
      assert.deepEqual(mix('Hei,\n\ntarkistaaksesi tilin kirjaudu sis\u00e4\u00e4n. Voitte my\u00f6s soittaa.', 'fi'), ['Voitte']);
      assert.deepEqual(mix('Hei,\n\nkirjoita lis\u00e4tietoja t\u00e4nne. Voit seurata pyynt\u00f6\u00e4 tilill\u00e4si.', 'fi'), []);
    });
  });

  describe('tone/blame: either/or', () => {
    const blame = (text: string, language: string) => findings(text, 'tone/blame', { language });

    it('two of the reader\u2019s own failings are no alternative offered (en, lt, sq)', () => {
      assert.deepEqual(blame('Either you sent the wrong file or you did not understand the task.', 'en'), ['or you did not understand the task']);
      assert.deepEqual(blame('Arba atsiunt\u0117te ne t\u0105 fail\u0105, arba nesupratote u\u017eduoties.', 'lt'), ['arba nesupratote u\u017eduoties']);
      assert.deepEqual(blame('Ose d\u00ebrguat skedarin e gabuar, ose nuk e kuptuat detyr\u00ebn.', 'sq'), ['ose nuk e kuptuat detyr\u00ebn']);
      assert.deepEqual(blame('Ose e plot\u00ebsuat gabim formularin, ose nuk i kuptuat udh\u00ebzimet.', 'sq'), [
        'plot\u00ebsuat gabim',
        'ose nuk i kuptuat udh\u00ebzimet',
      ]);
    });

    it('a first branch that is not the reader\u2019s doing still offers a cause', () => {
      assert.deepEqual(blame('Either the upload failed or you did not understand the task.', 'en'), []);
      assert.deepEqual(blame('Arba priedas m\u016bs\u0173 nepasiek\u0117, arba nesupratote klausimo.', 'lt'), []);
      assert.deepEqual(blame('Ose bashk\u00ebngjitja nuk na mb\u00ebrriti, ose nuk e kuptuat pyetjen.', 'sq'), []);
    });
  });
});
