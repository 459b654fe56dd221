// An official letter's head (text/letter-head.ts, grammar.yaml `letters`): the greeting is looked for under the
// place and date, the reference lines and the addressee's block; where the language's letters open with the head
// and no salutation (a Polish "pismo" to an address, a Finnish official letter or decision) the head is the opening.
// A plain e-mail with no such head still greets (trial 14).
import * as assert from 'node:assert/strict';
import { buildConfig } from '../../server/src/engine/config/project-config';
import { lint } from '../../server/src/engine/linter';

const lintReply = (text: string, language: string) => lint({ text, fileName: 'letter.txt' }, buildConfig({ language, kind: 'reply' }, undefined).lintOptions);
const ruleIds = (text: string, language: string) => lintReply(text, language).findings.map((finding) => finding.ruleId);

const EN_BODY = 'Thank you for your request of 2 November. The report you asked for is attached.\n\nYours sincerely\n\nJane Doe';
const PL_BODY =
  'W odpowiedzi na wniosek z 2 listopada przesyłam zestawienie wydatków gminy na ogłoszenia w 2026 roku.\n\nZ poważaniem\n\nMarek Zając\nSekretarz Gminy';
const FI_BODY =
  'Pyytämänne asiakirjat ovat liitteenä. Osa asiakirjoista on salassa pidettäviä, eikä niitä voida luovuttaa.\n\nYstävällisin terveisin\n\nMatti Virtanen';

describe("an official letter's head", () => {
  it('English: "Dear …" under "Our ref / Your ref / Date" is the greeting; with none under them the letter still greets', () => {
    const head = 'Our ref: FOI-2026-0412\nYour ref: JH/11\nDate: 3 December 2026\n\n';
    assert.ok(!ruleIds(`${head}Dear Ms Hart,\n\n${EN_BODY}`, 'en').includes('formula/greeting'));
    assert.ok(!ruleIds(`Our Ref: FOI-2026-0412\n\n3 December 2026\n\nDear Ms Hart\n\n${EN_BODY}`, 'en').includes('formula/greeting'));
    assert.ok(ruleIds(`${head}${EN_BODY}`, 'en').includes('formula/greeting'));
    assert.ok(ruleIds(`Eastmoor Council\nTown Hall\nEM1 2AB\n\n${EN_BODY}`, 'en').includes('formula/greeting'), 'English letters greet');
  });

  it('Polish: a pismo to an address (place and date, case mark, addressee with postcode) opens with its head', () => {
    const pismo = `Borki, dnia 3 grudnia 2026 r.\n\nOR.1431.12.2026\n\nStowarzyszenie Przejrzysta Gmina\nul. Polna 3\n21-345 Borki\n\n${PL_BODY}`;
    assert.ok(!ruleIds(pismo, 'pl').includes('formula/greeting'));
    const labelled = `Stowarzyszenie Przejrzysta Gmina\nul. Polna 3\n21 - 345 Borki\n\nNasz znak: OR.1431.12.2026\nDotyczy: wniosku o udostępnienie informacji publicznej z 2 listopada 2026 r.\n\n${PL_BODY}`;
    assert.ok(!ruleIds(labelled, 'pl').includes('formula/greeting'));
    // A salutation under the head is the greeting, not a line of the head.
    assert.ok(!ruleIds(`Borki, dnia 3 grudnia 2026 r.\n\nOR.1431.12.2026\n\nSzanowni Państwo\n\n${PL_BODY}`, 'pl').includes('formula/greeting'));
  });

  it('Polish: an e-mail with no address block still greets, case mark or not', () => {
    assert.ok(ruleIds(PL_BODY, 'pl').includes('formula/greeting'));
    assert.ok(ruleIds(`Znak sprawy: OR.1431.12.2026\n\n${PL_BODY}`, 'pl').includes('formula/greeting'));
    assert.ok(ruleIds('Zamówienie nr 4410 wysłaliśmy dziś kurierem. Paczka dotrze w piątek.\n\nPozdrawiam\nAnna', 'pl').includes('formula/greeting'));
    // A shop's e-mail may open with the delivery address: no pismo without its place and date or case mark.
    const delivery =
      'Anna Nowak\nul. Lipowa 4\n60-101 Poznań\n\nzamówienie nr 4410 wysłaliśmy dziś kurierem, paczka dotrze w piątek.\n\nPozdrawiam\nMarta Zielińska';
    assert.ok(ruleIds(delivery, 'pl').includes('formula/greeting'));
  });

  it("Finnish: a shop's e-mail opening with a subject, a reference or an order number still greets", () => {
    const body = 'tilauksesi palautus on vastaanotettu ja rahat palautetaan kortillesi kolmen arkipäivän kuluessa.\n\nYstävällisin terveisin\nTiina Virtanen';
    for (const first of ['Asia: palautus, tilaus 4410', 'Viite: tapaus 55120', 'Nro 4410-2025-03', 'Tilaus 4410-2025-03', '4410-2025-03']) {
      assert.ok(ruleIds(`${first}\n\n${body}`, 'fi').includes('formula/greeting'), first);
    }
    assert.ok(!ruleIds(`Diaarinumero: 412/07.01.00/2026\nAsia: tietopyyntö\n\n${FI_BODY}`, 'fi').includes('formula/greeting'));
  });

  it('Finnish: an official letter opens with its diary number, a decision has neither greeting nor valediction', () => {
    assert.ok(!ruleIds(`Dnro 412/07.01.00/2026\n\n${FI_BODY}`, 'fi').includes('formula/greeting'));
    assert.ok(!ruleIds(`HEL:2026-004512\n\n${FI_BODY}`, 'fi').includes('formula/greeting'));
    const decision =
      'Tietopyyntö kaupungin vuokrasopimuksista\n\nPäätös\n\nKansliapäällikkö päätti luovuttaa pyydetyt julkiset asiakirjat.\n\nPerustelut\n\nJulkisuuslain 9 §:n mukaan jokaisella on oikeus saada tieto julkisesta asiakirjasta.';
    const ids = ruleIds(decision, 'fi');
    assert.ok(!ids.includes('formula/greeting') && !ids.includes('formula/closing'), ids.join());
    // A date or a version alone on the first line is no diary number.
    assert.ok(ruleIds(`3.12.2026\n\n${FI_BODY}`, 'fi').includes('formula/greeting'));
    assert.ok(ruleIds(`Versio 2.3.1\n\n${FI_BODY}`, 'fi').includes('formula/greeting'));
    // One heading alone is no decision, and a plain e-mail greets.
    assert.ok(ruleIds('Päätös\n\nKansliapäällikkö päätti luovuttaa pyydetyt julkiset asiakirjat.', 'fi').includes('formula/greeting'));
    assert.ok(ruleIds(FI_BODY, 'fi').includes('formula/greeting'));
  });

  // Trial 47: a property company's pay-or-quit notice (a note to the template's user, the title, "TO:" and the property's
  // line) was asked to greet, its finding on the note, and "Hi there," offered above the note.
  const NOTICES: [language: string, label: string, notice: string][] = [
    [
      'en',
      'TO:',
      "NOTICE OF ENTRY FOR REPAIRS\n\nTO: [Resident Name]\nUNIT: [Unit Address]\n\nThe landlord will enter the unit on [Date] between 9:00 and 12:00 to replace the kitchen extractor fan, as clause 7 of the lease allows with 48 hours' notice.\n\nSincerely,\n[Manager Name]",
    ],
    [
      'pl',
      'Adresat:',
      'ZAWIADOMIENIE O WEJŚCIU DO LOKALU\n\nAdresat: [Imię i nazwisko najemcy]\nLokal: [Adres lokalu]\n\nWłaściciel wejdzie do lokalu [data] w godzinach 9:00–12:00, aby wymienić wentylator w kuchni, zgodnie z § 7 umowy najmu.\n\nZ poważaniem\n[Imię i nazwisko]',
    ],
    [
      'fi',
      'Vastaanottaja:',
      'ILMOITUS HUONEISTOON TULOSTA\n\nVastaanottaja: [Vuokralaisen nimi]\nHuoneisto: [Osoite]\n\nVuokranantaja tulee huoneistoon [päivämäärä] klo 9–12 vaihtamaan keittiön liesituulettimen vuokrasopimuksen 7 kohdan mukaisesti.\n\nYstävällisin terveisin\n[Nimi]',
    ],
    [
      'lt',
      'Gavėjas:',
      'PRANEŠIMAS APIE PATEKIMĄ Į BUTĄ\n\nGavėjas: [Nuomininko vardas ir pavardė]\nButas: [Adresas]\n\nNuomotojas atvyks į butą [data] 9–12 val. pakeisti virtuvės gartraukio pagal nuomos sutarties 7 punktą.\n\nPagarbiai\n[Vardas ir pavardė]',
    ],
    [
      'sq',
      'Për:',
      'NJOFTIM PËR HYRJEN NË BANESË\n\nPër: [Emri i qiramarrësit]\nBanesa: [Adresa]\n\nQiradhënësi do të hyjë në banesë më [data] nga ora 9 deri në 12 për të ndërruar aspiratorin e kuzhinës, sipas pikës 7 të kontratës.\n\nMe respekt,\n[Emri]',
    ],
  ];

  it("a notice addressed under its addressee's label owes no greeting; with no such line it still greets", () => {
    for (const [language, label, notice] of NOTICES) {
      assert.ok(!ruleIds(notice, language).includes('formula/greeting'), `${language} ${label}`);
      const unaddressed = notice.replace(new RegExp(`^${label}.*\\n`, 'mu'), '');
      assert.notEqual(unaddressed, notice);
      assert.ok(ruleIds(unaddressed, language).includes('formula/greeting'), `${language} without ${label}`);
    }
    // The other labels, and the label alone over the name.
    assert.ok(!ruleIds(NOTICES[1]![2].replace('Adresat:', 'Do:'), 'pl').includes('formula/greeting'));
    assert.ok(!ruleIds(NOTICES[1]![2].replace('Adresat: ', 'Adresat:\n'), 'pl').includes('formula/greeting'));
    assert.ok(!ruleIds(NOTICES[4]![2].replace('Për:', 'Marrësi:'), 'sq').includes('formula/greeting'));
    // An e-mail's header names an address, no letter's addressee.
    for (const header of ['To: sam@example.com', 'To: Sam Hart <sam@example.com>', 'To: {{ customer.email }}']) {
      assert.ok(ruleIds(`${header}\n\n${EN_BODY}`, 'en').includes('formula/greeting'), header);
    }
    const unit = lintReply(NOTICES[0]![2], 'en').units[0]!;
    assert.equal(unit.reasons.greeting.id, 'scorecard.greeting.letterHead');
    assert.deepEqual(unit.reasons.greeting.args, { excerpt: 'TO: [Resident Name]' });
  });

  it("a note to the template's user above the notice is passed over: never the finding's span, no greeting above it", () => {
    const note = '[FORMAL NOTICE TEMPLATE - have a solicitor check the wording for your area]';
    const notice = `${note}\n\n${NOTICES[0]![2]}`;
    assert.ok(!ruleIds(notice, 'en').includes('formula/greeting'));
    const unaddressed = notice.replace(/^TO:.*\n/mu, '');
    const finding = lintReply(unaddressed, 'en').findings.find(({ ruleId }) => ruleId === 'formula/greeting');
    const title = unaddressed.indexOf('NOTICE OF ENTRY');
    assert.ok(finding);
    assert.equal(finding.start, title, 'the finding opens on the title');
    const edit = finding.suggestions[0]?.edits[0];
    assert.equal(edit?.start, title, 'the greeting goes under the note');
    // A fill-in on the first line is no note: the finding stays on it, as the greeting goes above it.
    for (const slot of ['[Date]', '[CUSTOMER NAME]', '[ADD NAME - first name only]']) {
      const filled = lintReply(`${slot}\n\n${unaddressed.slice(note.length + 2)}`, 'en').findings.find(({ ruleId }) => ruleId === 'formula/greeting');
      assert.ok(filled, slot);
      assert.equal(filled.start, 0, slot);
      assert.equal(filled.suggestions[0]?.edits[0]?.start, 0, slot);
    }
  });

  it('the scorecard passes the greeting on the head that opens the letter and names it', () => {
    const unit = lintReply(`Borki, dnia 3 grudnia 2026 r.\n\nStowarzyszenie Przejrzysta Gmina\nul. Polna 3\n21-345 Borki\n\n${PL_BODY}`, 'pl').units[0]!;
    assert.equal(unit.scorecard.greeting, 'pass');
    assert.equal(unit.reasons.greeting.id, 'scorecard.greeting.letterHead');
    assert.deepEqual(unit.reasons.greeting.args, { excerpt: '21-345 Borki' });
  });
});
