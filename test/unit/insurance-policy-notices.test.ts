// An insurer's or agency's notices to one policyholder (issue 13, trial 46): the reader's own premium or renewal falling
// due "soon" is their deadline, no vague promise of ours (its missing date is clarity/undated-deadline's); a reminder
// "shortly beforehand" is placed before their appointment; "CRM" in the vendor's credit line names the software that
// sent the mail. And the suggestions such mails are offered must leave a whole sentence and no slot nobody fills: pl
// "uprzejmie informujemy, iż" removed whole only where it opens its sentence, "[date]" and "[YOUR NAME]" never written
// into a mail its system sends as it stands.
import * as assert from 'node:assert/strict';
import type { ConfigFile } from '../../server/src/engine/config/project-config';
import type { Finding } from '../../server/src/engine/types';
import { findingsOf, spansOf } from '../support/engine';

const VAGUE = 'deferral/vague-timeframe';
const UNDATED = 'clarity/undated-deadline';

/** The text with each of the finding's suggestions applied. */
const suggested = (text: string, finding: Finding): string[] =>
  finding.suggestions.map((suggestion) =>
    [...suggestion.edits].sort((a, b) => b.start - a.start).reduce((out, edit) => out.slice(0, edit.start) + edit.newText + out.slice(edit.end), text),
  );

describe('insurance policy notices (trial 46)', () => {
  const DUE: Record<string, { dated: string; undated: string; before: string; ours: string; config: ConfigFile }> = {
    en: {
      dated: 'Hello Ana,\n\nThis is a friendly reminder that your insurance premium is due soon.\n\nDue date: 14 May\n\nHarbourline Insurance',
      undated: 'Hello Ana,\n\nThis is a friendly reminder that your insurance premium is due soon. You can pay it in the portal.\n\nHarbourline Insurance',
      before: 'Hello Ana,\n\nThe assessor comes on Tuesday at 10:00. You will be reminded shortly beforehand by text.\n\nHarbourline Insurance',
      ours: 'Hello Ana,\n\nYour policy ends on 3 June. We will renew your policy soon.\n\nHarbourline Insurance',
      config: { language: 'en' },
    },
    pl: {
      dated: 'Dzień dobry,\n\nprzypominamy, że wkrótce upływa termin płatności składki.\n\nTermin płatności: 14 maja\n\nAgencja Wrzos',
      undated: 'Dzień dobry,\n\nprzypominamy, że wkrótce upływa termin płatności składki. Zapłacą Państwo w panelu klienta.\n\nAgencja Wrzos',
      before: 'Dzień dobry,\n\nrzeczoznawca przyjedzie we wtorek o 10:00. Przypomnimy o wizycie SMS-em niedługo przed terminem.\n\nAgencja Wrzos',
      ours: 'Dzień dobry,\n\npolisa kończy się 3 czerwca. Wkrótce przedłużymy Pani polisę.\n\nAgencja Wrzos',
      config: { language: 'pl' },
    },
    fi: {
      dated: 'Hei,\n\nkotivakuutuksesi vakuutusmaksu erääntyy pian.\n\nEräpäivä: 14.5.\n\nVakuutustoimisto Kaski',
      undated: 'Hei,\n\nkotivakuutuksesi vakuutusmaksu erääntyy pian. Voit maksaa sen verkkopalvelussa.\n\nVakuutustoimisto Kaski',
      before: 'Hei,\n\ntarkastaja tulee tiistaina klo 10. Muistutamme sinua tekstiviestillä pian ennen käyntiä.\n\nVakuutustoimisto Kaski',
      ours: 'Hei,\n\nvakuutuksesi päättyy 3.6. Uusimme vakuutuksesi pian.\n\nVakuutustoimisto Kaski',
      config: { language: 'fi' },
    },
    lt: {
      dated: 'Sveiki,\n\nprimename, kad netrukus baigiasi draudimo įmokos mokėjimo terminas.\n\nMokėjimo data: gegužės 14 d.\n\nAgentūra Liepa',
      undated: 'Sveiki,\n\nprimename, kad netrukus baigiasi draudimo įmokos mokėjimo terminas. Sumokėti galite savitarnoje.\n\nAgentūra Liepa',
      before: 'Sveiki,\n\nvertintojas atvyks antradienį 10 val. Netrukus prieš vizitą priminsime jums SMS žinute.\n\nAgentūra Liepa',
      ours: 'Sveiki,\n\npolisas baigiasi birželio 3 d. Netrukus atnaujinsime jūsų polisą.\n\nAgentūra Liepa',
      config: { language: 'lt' },
    },
    sq: {
      dated: 'Përshëndetje,\n\nju kujtojmë se afati i pagesës së primit skadon së shpejti.\n\nData e pagesës: 14 maj\n\nAgjencia Vala',
      undated: 'Përshëndetje,\n\nju kujtojmë se afati i pagesës së primit skadon së shpejti. Mund të paguani në portal.\n\nAgjencia Vala',
      before: "Përshëndetje,\n\nvlerësuesi vjen të martën në orën 10. Do t'ju kujtojmë me SMS së shpejti para vizitës.\n\nAgjencia Vala",
      ours: 'Përshëndetje,\n\npolica mbaron më 3 qershor. Do ta rinovojmë policën tuaj së shpejti.\n\nAgjencia Vala',
      config: { language: 'sq' },
    },
  };
  for (const [language, { dated, undated, before, ours, config }] of Object.entries(DUE)) {
    it(`${language}: the reader's premium falling due "soon" is their deadline: dated, nothing; undated, its date asked`, () => {
      assert.deepEqual(spansOf(VAGUE, dated, 'reply.txt', config), [], dated);
      assert.deepEqual(spansOf(UNDATED, dated, 'reply.txt', config), [], dated);
      assert.deepEqual(spansOf(VAGUE, undated, 'reply.txt', config), [], undated);
      assert.equal(spansOf(UNDATED, undated, 'reply.txt', config).length, 1, undated);
    });
    it(`${language}: a reminder "shortly" before the reader's visit is placed by it; our own renewal "soon" stays vague`, () => {
      assert.deepEqual(spansOf(VAGUE, before, 'reply.txt', config), [], before);
      assert.equal(spansOf(VAGUE, ours, 'reply.txt', config).length, 1, ours);
    });
  }

  it('en: a due date only pointed at ("by the due date") gives none; the field ("Due date: …") does', () => {
    const pointed = 'Hello Ana,\n\nYour insurance premium is due soon. Please pay it by the due date.\n\nHarbourline Insurance';
    assert.deepEqual(spansOf(UNDATED, pointed), ['insurance premium is due soon']);
    assert.deepEqual(spansOf(UNDATED, pointed.replace('Please pay it by the due date.', 'The due date is 14 May.')), []);
  });

  it("en: CRM in the vendor's credit line is no jargon; our CRM named to the reader is, swapped only with its article", () => {
    const INTERNAL = 'clarity/internal-tools';
    for (const footer of ['© 2025 AdvisorPro CRM - Professional Insurance Management', 'Powered by BrokerDesk CRM', 'Copyright BrokerDesk CRM'])
      assert.deepEqual(spansOf(INTERNAL, `Hello Ana,\n\nYour renewal documents are attached.\n\nHarbourline Insurance\n\n${footer}`), [], footer);
    const ours = 'Hello Ana,\n\nI noted your new address in our CRM.\n\nTom';
    const [found] = findingsOf(INTERNAL, ours);
    assert.equal(found?.excerpt, 'our CRM');
    assert.deepEqual(suggested(ours, found!), ['Hello Ana,\n\nI noted your new address in your account.\n\nTom']);
    // After any other word the swap would leave "your your account entry": no suggestion.
    const entry = 'Hello Ana,\n\nI checked your CRM entry and it is up to date.\n\nTom';
    const [bare] = findingsOf(INTERNAL, entry);
    assert.equal(bare?.excerpt, 'CRM');
    assert.deepEqual(bare?.suggestions, []);
  });

  it('pl: "uprzejmie informujemy, iż" is removed whole only where it opens its sentence; after its subject, only "uprzejmie"', () => {
    const STIFF = 'formula/stiff-formula';
    const opening = 'Szanowni Państwo,\n\nuprzejmie informujemy, iż ubezpieczyciel wypłacił odszkodowanie.\n\nZ poważaniem,\nAnna Lis';
    const [whole] = findingsOf(STIFF, opening, 'reply.txt', { language: 'pl' });
    assert.deepEqual(suggested(opening, whole!), ['Szanowni Państwo,\n\nUbezpieczyciel wypłacił odszkodowanie.\n\nZ poważaniem,\nAnna Lis']);
    const inside =
      'Szanowni Państwo,\n\nCentrum Szkód, działając jako pełnomocnik leasingodawcy, uprzejmie informujemy, iż koszty parkowania obciążają Państwa.\n\nZ poważaniem,\nAnna Lis';
    const [adverb] = findingsOf(STIFF, inside, 'reply.txt', { language: 'pl' });
    assert.equal(adverb?.excerpt, 'uprzejmie informujemy');
    assert.deepEqual(suggested(inside, adverb!), [inside.replace('uprzejmie informujemy', 'informujemy')]);
    // A formula with no adverb to drop is flagged with no suggestion there.
    const pleased = 'W imieniu całego zespołu z przyjemnością informujemy, że wniosek został przyjęty.';
    const [plain] = findingsOf(STIFF, pleased, 'reply.txt', { language: 'pl' });
    assert.equal(plain?.excerpt, 'z przyjemnością informujemy');
    assert.deepEqual(plain?.suggestions, []);
  });

  it('a fill-in slot is suggested where a person sends the mail, never into one its system sends as it stands', () => {
    const vague = (text: string, fileName: string, config: ConfigFile) =>
      findingsOf(VAGUE, text, fileName, config)[0]?.suggestions.map((fix) => fix.edits[0]!.newText);
    const promise = 'Your claim has been approved. Our team will contact you shortly with the next steps.';
    // An automatic notice no person wrote, and a Blade view whose values code fills: no slot nobody would fill.
    assert.deepEqual(vague(`<!-- replylint kind=auto-reply -->\n${promise}`, 'notice.txt', { language: 'en' }), []);
    const blade = `<p>Dear {{ $claim->user->name }},</p>\n<p>${promise}</p>\n<p>Kind regards,<br>Harbourline Claims</p>`;
    assert.deepEqual(vague(blade, 'claim_status.blade.php', { language: 'en', kind: 'macro' }), []);
    // A help desk's macro (an agent sends it) and a plain reply keep the slots to fill.
    const slots = ['by [date]', 'within [time frame]'];
    assert.deepEqual(
      vague(`Hi {{ticket.requester.first_name}},\n\n${promise}\n\nTom`, 'macro.txt', { language: 'en', placeholders: { dialect: 'zendesk' } }),
      slots,
    );
    assert.deepEqual(vague(`Hi Ana,\n\n${promise}\n\nTom`, 'reply.txt', { language: 'en' }), slots);
    // strict's closing: no "[YOUR NAME]" under a Blade view, a signature slot where a person sends it.
    const strict: ConfigFile = { language: 'en', kind: 'macro', extends: ['recommended', 'strict'] };
    const closings = (text: string, fileName: string) =>
      findingsOf('formula/closing', text, fileName, strict).flatMap((finding) => finding.suggestions.map((fix) => fix.edits[0]!.newText));
    const unsigned = '<p>Dear {{ $claim->user->name }},</p>\n<p>Your claim documents are attached to this e-mail.</p>';
    assert.deepEqual(closings(unsigned, 'claim_docs.blade.php'), []);
    assert.ok(closings('Hi Ana,\n\nYour claim documents are attached to this e-mail.', 'reply.txt').some((text) => text.includes('[YOUR NAME]')));
  });
});
