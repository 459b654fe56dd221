// Issue 12 item 1 (trial 19): a help desk's own notices greet the reader by name and sign with the team's line over
// the department's signature variable ("Your %{company.name} Team,\n%{signature}"). Without a config 14 of them were
// read as agents' macros. The signature under the team's line is the department's, not a person's: a receipt that
// confirms the request (or the reader's answer to it) by its number is the help desk's. Text of our own.
import * as assert from 'node:assert/strict';
import { buildConfig } from '../../server/src/engine/config/project-config';
import { lint } from '../../server/src/engine/linter';

const reading = (language: string, text: string) => {
  const unit = lint({ text, fileName: 'notice.html' }, buildConfig({ language }, undefined).lintOptions).units[0]!;
  return `${unit.kind} ${unit.kindReason?.id ?? ''}`;
};

describe("a help desk's notice signed by the team over the department's signature, without a config", function () {
  this.timeout(60_000);

  // [language, greeting, receipt by the number, the team's line]
  const notices: [string, string, string, string][] = [
    ['en', 'Dear', 'Your reply to request #%{ticket.number} has been received and added to it.', 'Your %{company.name} Team,'],
    ['en', 'Dear', 'A support request has been opened for you as ticket #%{ticket.number}.', 'Your %{company.name} Team,'],
    [
      'pl',
      'Szanowna Pani / Szanowny Panie',
      'Pa\u0144stwa odpowied\u017a do zg\u0142oszenia #%{ticket.number} zosta\u0142a dodana.',
      'Zesp\u00f3\u0142 %{company.name},',
    ],
    ['pl', 'Dzie\u0144 dobry', 'Wniosek o pomoc zosta\u0142 utworzony pod numerem #%{ticket.number}.', 'Zesp\u00f3\u0142 %{company.name},'],
    ['fi', 'Hei', 'Vastauksesi tukipyynt\u00f6\u00f6n #%{ticket.number} on kirjattu.', 'Terveisin %{company.name} tiimi,'],
    ['fi', 'Hei', 'Asiakaspalvelu on luonut puolestasi tiketin #%{ticket.number}.', 'Terveisin %{company.name} tiimi,'],
    ['lt', 'Laba diena', 'J\u016bs\u0173 atsakymas \u012f u\u017eklaus\u0105 #%{ticket.number} buvo gautas.', 'J\u016bs\u0173 %{company.name} komanda,'],
    [
      'lt',
      'Laba diena',
      'M\u016bs\u0173 komanda suk\u016br\u0117 u\u017eklaus\u0105 #%{ticket.number} j\u016bs\u0173 vardu.',
      'J\u016bs\u0173 %{company.name} komanda,',
    ],
    [
      'sq',
      'P\u00ebrsh\u00ebndetje',
      'P\u00ebrgjigjja juaj p\u00ebr k\u00ebrkes\u00ebn #%{ticket.number} \u00ebsht\u00eb regjistruar.',
      'Ekipi i %{company.name},',
    ],
    ['sq', 'P\u00ebrsh\u00ebndetje', 'Ekipi yn\u00eb hapi k\u00ebrkes\u00eb #%{ticket.number} n\u00eb emrin tuaj.', 'Ekipi i %{company.name},'],
  ];

  it('is an auto-reply in five languages when it confirms the request by its number', () => {
    for (const [language, hello, receipt, team] of notices) {
      const text = `<p>${hello} %{recipient.name.first},</p>\n<p>${receipt}</p>\n<p>${team}<br>\n%{signature}</p>\n`;
      assert.equal(reading(language, text), 'auto-reply kind.inferred.numberedReceipt', `${language}: ${text}`);
    }
  });

  it('stays a macro when a person writes it, or the signature has no team over it', () => {
    for (const text of [
      // No team's line: the signature variable prints whoever sends it.
      '<p>Dear %{recipient.name.first},</p>\n<p>Your reply to request #%{ticket.number} has been received.</p>\n<p>%{signature}</p>\n',
      // The first person: an agent confirming it.
      '<p>Dear %{recipient.name.first},</p>\n<p>Your reply to request #%{ticket.number} has been received and I will read it today.</p>\n<p>Your %{company.name} Team,<br>\n%{signature}</p>\n',
      // The number named apart from the receipt: a team's answer.
      '<p>Dear %{recipient.name.first},</p>\n<p>Your reply has been received. About ticket #%{ticket.number}: the new part ships on Monday.</p>\n<p>Your %{company.name} Team,<br>\n%{signature}</p>\n',
    ])
      assert.equal(reading('en', text).split(' ')[0], 'macro', text);
  });

  it("a collaborator's notice says why it was sent, contracted or abbreviated", () => {
    for (const [language, footer] of [
      ['en', "You're getting this email because you follow ticket #%{ticket.number}."],
      ['en', "You're receiving this email because you follow ticket #%{ticket.number}."],
      ['lt', 'J\u016bs gaunate \u0161\u012f el. lai\u0161k\u0105, nes sekate u\u017eklaus\u0105 #%{ticket.number}.'],
    ] as const) {
      const hello = language === 'en' ? 'Dear' : 'Laba diena';
      const text = `<p>${hello} %{recipient.name.first},</p>\n<p>%{poster.name}:</p>\n%{message}\n<hr>\n<p><em>${footer}</em></p>\n`;
      assert.equal(reading(language, text), 'auto-reply kind.inferred.notice', `${language}: ${text}`);
    }
  });

  it('an acknowledgement that says when it will answer, contracted, is queued', () => {
    const text = "Hello,\n\nWe've received your request. We'll reply within two working days.\n";
    assert.equal(reading('en', text), 'auto-reply kind.inferred.acknowledgement');
  });
});
