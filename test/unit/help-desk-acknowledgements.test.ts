// Trial 19: a help desk's new-ticket acknowledgements, greeted and signed "Your %{company.name} Team," over the
// signature variable, and its unsigned thank-you page were read as a person's e-mails without a config, and
// deferral/no-owner asked their promised follow-up to name who. An automatic acknowledgement has no person to
// name (no-owner is not asked of kind auto-reply); its vague time stays deferral/vague-timeframe's finding.
import * as assert from 'node:assert/strict';
import { buildConfig } from '../../server/src/engine/config/project-config';
import { lint } from '../../server/src/engine/linter';
import type { LintResult } from '../../server/src/engine/types';

const lintIn = (language: string, text: string, fileName = 'template.html'): LintResult =>
  lint({ text, fileName }, buildConfig({ language }, undefined).lintOptions);
const ids = (result: LintResult) => result.findings.map((finding) => finding.ruleId);

/** A help desk's acknowledgement in HTML, signed by `signer` over the signature variable. */
const framed = (greeting: string, body: string, signer: string) =>
  `<h3><strong>${greeting}</strong></h3>\n<p>\n${body}\n</p>\n<br>\n<div style="color: gray">\n${signer}\n<br>\n%{signature}\n</div>\n`;

describe('help-desk acknowledgements signed by the team over the signature variable', function () {
  // The first lint builds the five packs: slow under load.
  this.timeout(60_000);

  const signedByTeam: [string, string][] = [
    [
      'en',
      framed(
        'Dear %{recipient.name.first},',
        'Thanks for writing to us. Your support request has been created with number #%{ticket.number}.\nAn agent will get back to you on it as soon as possible.',
        'Your %{company.name} Team,',
      ),
    ],
    [
      'pl',
      framed(
        'Dzień dobry,',
        'dziękujemy za wiadomość. Zgłoszenie zostało utworzone i ma numer #%{ticket.number}.\nNasz przedstawiciel odpowie Ci, gdy tylko będzie to możliwe.',
        'Twój zespół %{company.name},',
      ),
    ],
    [
      'fi',
      framed(
        'Hei %{recipient.name.first},',
        'Tukipyyntösi on kirjattu tikettinä #%{ticket.number}.\nAsiakaspalvelumme palaa asiaan mahdollisimman pian.',
        'Terveisin %{company.name} tiimi,',
      ),
    ],
  ];

  it('is an automatic acknowledgement without a config: no owner asked, its vague time still found (en, pl, fi)', () => {
    for (const [language, text] of signedByTeam) {
      const result = lintIn(language, text);
      assert.equal(result.units[0]!.kind, 'auto-reply', `${language}: ${text}`);
      assert.equal(result.units[0]!.kindReason?.id, 'kind.inferred.acknowledgement', language);
      assert.ok(!ids(result).includes('deferral/no-owner'), language);
      assert.ok(ids(result).includes('deferral/vague-timeframe'), language);
    }
  });

  it("signed by a valediction alone over the variable, it is a person's e-mail and names its owner", () => {
    const text = signedByTeam[0]![1].replace('Your %{company.name} Team,', 'Kind regards,');
    const result = lintIn('en', text);
    assert.equal(result.units[0]!.kind, 'macro');
    assert.ok(ids(result).includes('deferral/no-owner'));
  });

  it('a reply frame signed by the team but acknowledging nothing stays a macro', () => {
    const text = framed('Dear %{recipient.name.first},', '%{response}\nReply to this e-mail to add anything.', 'Your %{company.name} Team,');
    assert.equal(lintIn('en', text).units[0]!.kind, 'macro');
  });

  it("a portal's thank-you text (name, receipt, a representative to come, the team) is an acknowledgement (5 languages)", () => {
    const thanks: [string, string][] = [
      [
        'en',
        '%{ticket.name},\n\nThanks for getting in touch.\n\nYour help request has been logged, and a representative will get back to you shortly if needed.\n\nHelp Desk Team\n',
      ],
      ['pl', '%{ticket.name},\n\nDziękujemy za kontakt.\n\nZgłoszenie zostało utworzone. Nasz konsultant odpowie wkrótce.\n\nZespół wsparcia\n'],
      ['fi', '%{ticket.name},\n\nKiitos yhteydenotostasi.\n\nTukipyyntösi on kirjattu, ja edustajamme vastaa sinulle pian.\n\nTukitiimi\n'],
      ['lt', '%{ticket.name},\n\nDėkojame, kad parašėte.\n\nJūsų užklausa registruota. Netrukus su Jumis susisieks mūsų konsultantas.\n\nPagalbos komanda\n'],
      ['sq', "%{ticket.name},\n\nKërkesën tuaj e kemi pranuar, faleminderit!\n\nNjë përfaqësues do t'ju përgjigjet së shpejti.\n\nEkipi i ndihmës\n"],
    ];
    for (const [language, text] of thanks) {
      const result = lintIn(language, text, 'thank-you.txt');
      assert.equal(result.units[0]!.kind, 'auto-reply', `${language}: ${text}`);
      assert.ok(!ids(result).includes('deferral/no-owner'), language);
    }
  });
});

// Trial 19: a help desk's open-ticket limit notice, greeted and signed "Ystävällisin terveisin, Asiakaspalvelu", was read
// as a person's macro without a config and ownership/nameless-sign-off asked it for a name. Only the system counts the
// reader's open tickets (kindSignals.notice): a notice signed by the team is normal; a person's reply is not.
describe('a limit notice signed by the team', function () {
  this.timeout(60_000);

  const limits: [string, string][] = [
    [
      'en',
      'Dear %{ticket.name.first},\n\nYou already have the maximum number of open tickets. A new one can be opened once an older ticket is closed. Sign in to the help desk: %{url}\n\nKind regards,\nCustomer Service',
    ],
    [
      'fi',
      'Hei %{ticket.name.first},\n\nSinulla on jo enimmäismäärä avoimia tikettejä. Voit avata uuden, kun jokin vanhoista on suljettu. Kirjaudu tukipalveluun: %{url}\n\nYstävällisin terveisin,\nAsiakaspalvelu',
    ],
    [
      'pl',
      'Dzień dobry,\n\nmasz już maksymalną liczbę otwartych zgłoszeń. Nowe otworzysz, gdy któreś ze starszych zostanie zamknięte. Zaloguj się do działu pomocy: %{url}\n\nPozdrawiamy,\nObsługa klienta',
    ],
    [
      'lt',
      'Laba diena,\n\njau turite maksimalų atvirų užklausų skaičių. Naują galėsite pateikti, kai kuri nors senesnė bus uždaryta. Prisijunkite: %{url}\n\nPagarbiai,\nKlientų aptarnavimas',
    ],
    [
      'sq',
      'Përshëndetje,\n\nkeni arritur numrin maksimal të biletave të hapura. Një të re mund ta hapni kur të mbyllet një nga të vjetrat. Hyni këtu: %{url}\n\nMe respekt,\nShërbimi i klientit',
    ],
  ];

  // Signed by the system itself after a valediction ("Dziękujemy,\nSystem Obsługi Zgłoszeń"): no person either.
  limits.push(
    [
      'pl',
      'Dzień dobry,\n\nmasz już maksymalną liczbę otwartych zgłoszeń. Nowe otworzysz po zamknięciu któregoś ze starszych.\n\nDziękujemy,\nSystem Obsługi Zgłoszeń',
    ],
    [
      'lt',
      'Laba diena,\n\njau turite maksimalų atvirų užklausų skaičių. Naują pateiksite, kai bus uždaryta kuri nors senesnė.\n\nAčiū,\nPagalbos užklausų sistema',
    ],
  );

  it('is a system notice without a config: no nameless sign-off (5 languages; signed by the team or the system)', () => {
    for (const [language, text] of limits) {
      const result = lintIn(language, text, 'overlimit.txt');
      assert.equal(result.units[0]!.kind, 'auto-reply', `${language}: ${text}`);
      assert.equal(result.units[0]!.kindReason?.id, 'kind.inferred.notice', language);
      assert.ok(!ids(result).includes('ownership/nameless-sign-off'), language);
    }
  });

  it("a person's reply about the limit, in the first person, is still asked to sign with a name", () => {
    const text = 'Hi Sam,\n\nI see you have the maximum number of open tickets, so I merged the two about your invoice.\n\nKind regards,\nCustomer Service';
    const result = lintIn('en', text, 'reply.txt');
    assert.equal(result.units[0]!.kind, 'macro');
    assert.ok(ids(result).includes('ownership/nameless-sign-off'));
  });
});
