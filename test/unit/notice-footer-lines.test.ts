// Issue 12 item 1 (docs/reading.md, Signatures and footers): an English no-reply, automatic-message or unsubscribe
// line the template of a Polish, Finnish, Lithuanian or Albanian notice carries is read by clarity/untranslated: the
// notice's reader reads it as part of the message. The mail client's lines ("Sent from my iPhone") and legal notices
// stay unread, and so does the help desk's no-reply line under a person's reply. Without a config such a line also
// says the reply is a machine's notice, as the pack's own notice words do.
import * as assert from 'node:assert/strict';
import { lintText } from '../support/engine';

const RULE = 'clarity/untranslated';
const NO_REPLY = 'This is an automated message, so replies to this address are not read.';

/** One leftover, inside `line` (each language's pattern takes its own part of an English sentence). */
function oneLeftoverIn(leftovers: string[], line: string, message: string): void {
  assert.equal(leftovers.length, 1, `${message}: ${JSON.stringify(leftovers)}`);
  assert.ok(line.includes(leftovers[0]!), `${message}: ${leftovers[0]}`);
}

function read(language: string, text: string, kind?: 'auto-reply') {
  const result = lintText(text, 'notice.txt', { language, ...(kind ? { kind } : {}) });
  return {
    kind: result.units[0]!.kind,
    reason: result.units[0]!.kindReason?.id,
    leftovers: result.findings.filter((finding) => finding.ruleId === RULE).map((finding) => text.slice(finding.start, finding.end)),
  };
}

const notices: [string, string][] = [
  [
    'pl',
    'Dzie\u0144 dobry,\n\nhas\u0142o do konta w Sklepie Lipa zosta\u0142o zmienione. Je\u015bli to nie by\u0142a Twoja zmiana, napisz do nas.\n\nZesp\u00f3\u0142 Sklepu Lipa',
  ],
  ['fi', 'Hei,\n\ntilisi salasana on vaihdettu Kauppa Koivussa. Jos et tehnyt muutosta itse, ota meihin yhteytt\u00e4.\n\nKauppa Koivu'],
  [
    'lt',
    'Laba diena,\n\nj\u016bs\u0173 paskyros slapta\u017eodis parduotuv\u0117je Liepa pakeistas. Jei to nedar\u0117te, para\u0161ykite mums.\n\nParduotuv\u0117 Liepa',
  ],
  [
    'sq',
    'P\u00ebrsh\u00ebndetje,\n\nfjal\u00ebkalimi i llogaris\u00eb suaj n\u00eb Dyqanin Bliri u ndryshua. N\u00ebse nuk e keni b\u00ebr\u00eb ju, na shkruani.\n\nDyqani Bliri',
  ],
];

describe("a notice's template lines in English under a pl, fi, lt or sq notice", function () {
  this.timeout(60_000);

  it('a no-reply, automatic or unsubscribe line is flagged, with and without a config, to its paragraph end', () => {
    for (const [language, notice] of notices) {
      const noReply = `${notice}\n\n${NO_REPLY}`;
      for (const kind of ['auto-reply', undefined] as const) oneLeftoverIn(read(language, noReply, kind).leftovers, NO_REPLY, `${language} ${kind}`);
      // Without a config the line is what shows the notice.
      assert.equal(read(language, noReply).kind, 'auto-reply', language);
      assert.equal(read(language, noReply).reason, 'kind.inferred.notice', language);
      // Its paragraph's next line is the template's too: one finding for the paragraph.
      const paragraph = 'You are receiving this email as a customer of our shop.\nYou can manage your notifications in your profile.';
      oneLeftoverIn(read(language, `${notice}\n\n---\n${paragraph}`, 'auto-reply').leftovers, paragraph, language);
    }
  });

  it("a link line that opens with the template's footer words is read, however few English words it has (reviewer-26)", () => {
    for (const [language, notice] of notices)
      for (const line of [
        'Manage your notification settings: {{settings_url}}',
        'To unsubscribe, open {{settings_url}}',
        'Click here to unsubscribe: {{unsubscribe_url}}',
      ])
        for (const kind of ['auto-reply', undefined] as const)
          oneLeftoverIn(read(language, `${notice}\n\n${line}`, kind).leftovers, line, `${language} ${kind ?? 'no config'}: ${line}`);
  });

  // Reviewer-27 #14: an agent names the app's English menu item at the start of a sentence of their own language.
  it("a line that opens with those words but goes on in the writer's language is the writer's sentence", () => {
    const own: Record<string, string> = {
      pl: 'Unsubscribe \u2013 jedno klikni\u0119cie wystarczy.',
      fi: 'Manage your notifications -valikosta saat mainosviestit pois p\u00e4\u00e4lt\u00e4.',
      lt: 'Manage your email preferences skiltyje galite atsisakyti naujienlai\u0161ki\u0173.',
      sq: 'Unsubscribe \u2013 shtypeni k\u00ebt\u00eb lidhje n\u00eb fund t\u00eb emailit.',
    };
    for (const [language, notice] of notices) {
      for (const kind of ['auto-reply', undefined] as const) {
        assert.deepEqual(read(language, `${notice}\n\n${own[language]!}`, kind).leftovers, [], `${language} ${kind ?? 'no config'}`);
        // The same words with the rest of the line in English, or a link, are the template's line.
        const line = 'Unsubscribe here: {{unsubscribe_url}}';
        oneLeftoverIn(read(language, `${notice}\n\n${line}`, kind).leftovers, line, `${language} ${kind ?? 'no config'}`);
      }
    }
    // Nor does such a line open a footer: a person's greeted and signed reply naming the menu item stays a person's.
    const replies: Record<string, [string, string]> = {
      pl: ['Dzie\u0144 dobry,\n\nmenu aplikacji jest na razie tylko po angielsku:', 'Pozdrawiam\nOla Nowak'],
      fi: ['Hei,\n\nsovelluksen valikko on toistaiseksi vain englanniksi:', 'Terveisin\nOlli Virtanen'],
      lt: ['Laba diena,\n\nprogram\u0117l\u0117s meniu kol kas tik angli\u0161kas:', 'Pagarbiai\nOna Petrait\u0117'],
      sq: ['P\u00ebrsh\u00ebndetje,\n\nmenyja e aplikacionit \u00ebsht\u00eb ende n\u00eb anglisht:', 'Me respekt,\nArta Hoxha'],
    };
    for (const [language, [opening, signOff]] of Object.entries(replies))
      assert.notEqual(read(language, `${opening}\n${own[language]!}\n\n${signOff}`).kind, 'auto-reply', language);
  });

  it('the line names the notice however it is indented or emphasised', () => {
    const [language, notice] = notices[0]!;
    for (const line of [NO_REPLY, `  ${NO_REPLY}`, `\t${NO_REPLY}`, `**${NO_REPLY}**`, `\t_${NO_REPLY}_`]) {
      const unit = lintText(`${notice}\n\n${line}`, 'notice.txt', { language }).units[0]!;
      assert.deepEqual(unit.kindReason, { id: 'kind.inferred.notice', args: { excerpt: 'This is an automated message' } }, JSON.stringify(line));
    }
  });

  it("a device line, a legal notice and a person's reply are not read", () => {
    for (const [language, notice] of notices) {
      for (const footer of [
        'Sent from my iPhone',
        'This email and any attachments are confidential and intended solely for the addressee. If you have received this email in error, please tell us and delete it.',
      ])
        assert.deepEqual(read(language, `${notice}\n\n${footer}`, 'auto-reply').leftovers, [], `${language}: ${footer}`);
      // A legal notice under the no-reply line stops the template's lines; a line of the template's own goes on with them.
      // Too short to flag alone: whether the line under it is read shows.
      const short = `${notice}\n\nPlease don't reply.\n`;
      const legal = 'This email and any attachments are confidential and intended solely for the addressee.';
      const settings = 'You can manage your notifications and your e-mails in your account.';
      assert.deepEqual(read(language, `${short}${legal}`, 'auto-reply').leftovers, [], language);
      oneLeftoverIn(read(language, `${short}${settings}`, 'auto-reply').leftovers, settings, language);
    }
    for (const [language, reply] of [
      ['pl', 'Dzie\u0144 dobry,\n\nfaktura za listopad jest w za\u0142\u0105czniku.\n\nPozdrawiam\nOla Nowak'],
      ['fi', 'Hei,\n\nmarraskuun lasku on liitteen\u00e4.\n\nTerveisin\nOlli Virtanen'],
      ['lt', 'Laba diena,\n\nlapkri\u010dio s\u0105skaita prid\u0117ta prie lai\u0161ko.\n\nPagarbiai\nOna Petrait\u0117'],
      ['sq', 'P\u00ebrsh\u00ebndetje,\n\nfatura e n\u00ebntorit \u00ebsht\u00eb bashk\u00ebngjitur.\n\nMe respekt,\nArta Hoxha'],
    ] as const) {
      const text = `${reply}\n\n${NO_REPLY}`;
      assert.notEqual(read(language, text).kind, 'auto-reply', language);
      assert.deepEqual(read(language, text).leftovers, [], language);
    }
  });

  // Reviewer-26 #11: a notice written twice, its own no-reply line opening the footer and the English version under it
  // with its own no-reply line: that line is the English version's, not a leftover. A company's lines above the
  // template's line are footer lines and keep it read.
  it("the English version's own no-reply line is not read; one under the company's lines is", () => {
    for (const [language, body, noReply] of [
      [
        'fi',
        'Hei,\n\nkirjaston aukioloajat muuttuvat maaliskuun alusta: avoinna arkisin 8-20.',
        'T\u00e4m\u00e4 on automaattinen viesti, \u00e4l\u00e4 vastaa t\u00e4h\u00e4n viestiin.',
      ],
      [
        'sq',
        'P\u00ebrsh\u00ebndetje,\n\norari i bibliotek\u00ebs ndryshon nga marsi: e hapur \u00e7do dit\u00eb pune 8-20.',
        'Ky \u00ebsht\u00eb nj\u00eb mesazh automatik.',
      ],
      [
        'pl',
        'Dzie\u0144 dobry,\n\ngodziny otwarcia biblioteki zmieniaj\u0105 si\u0119 od marca: czynne w dni robocze 8-20.',
        'Wiadomo\u015b\u0107 wygenerowana automatycznie.',
      ],
      [
        'lt',
        'Laba diena,\n\nnuo kovo bibliotekos darbo laikas kei\u010diasi: dirbame darbo dienomis 8-20.',
        '\u0160is lai\u0161kas sugeneruotas automati\u0161kai.',
      ],
    ] as const) {
      const english = "Hello,\n\nthe library's opening hours change from March: open on working days 8-20.\n\n" + NO_REPLY;
      assert.deepEqual(read(language, `${body}\n\n${noReply}\n\n---\n\n${english}`, 'auto-reply').leftovers, [], language);
      oneLeftoverIn(read(language, `${body}\n\n--\nKirjasto Koivu\nKoivutie 3, 00100\n${NO_REPLY}`, 'auto-reply').leftovers, NO_REPLY, language);
    }
  });
});
