// An office's e-mail ends at its sign-off (trial 14): the valediction may stand under a "--" line, over the office's
// address, phone and e-mail, or over a data-protection (GDPR, RODO) notice; none of that is the reply's end. A title
// and a name with no valediction, or an initial and a surname, are an official's bare signature: no closing.
import * as assert from 'node:assert/strict';
import { buildConfig } from '../../server/src/engine/config/project-config';
import { lint } from '../../server/src/engine/linter';

const findings = (text: string, language: string) =>
  lint({ text, fileName: 'reply.txt' }, buildConfig({ language, kind: 'reply' }, undefined).lintOptions).findings;
const ruleIds = (text: string, language: string) => findings(text, language).map((finding) => finding.ruleId);

const PL_BODY = 'Dzień dobry,\n\nharmonogram odbioru odpadów na 2027 rok jest w załączniku. Wersja papierowa trafi do skrzynek do 15 grudnia.';
const EN_BODY = 'Dear Ms Hart,\n\nThe report you asked for is attached. The figures for 2026 will be published on 1 March.';

describe('an office signature under the sign-off', () => {
  it('a valediction under a "--" line closes the reply; a name alone there does not', () => {
    assert.ok(!ruleIds(`${PL_BODY}\n\n--\nPozdrawiam\nAgnieszka Sowa\nReferat Gospodarki Komunalnej\ntel. 83 555 12 34`, 'pl').includes('formula/closing'));
    assert.ok(!ruleIds(`${EN_BODY}\n\n-- \nKind regards\nJane Doe\nInformation Governance`, 'en').includes('formula/closing'));
    // Outlook and Thunderbird on Windows write the delimiter with CRLF.
    const crlf = `${EN_BODY}\n\n-- \nBest regards,\nAnna Lake\nNorthwind Gear`.replace(/\n/g, '\r\n');
    assert.ok(!ruleIds(crlf, 'en').includes('formula/closing'));
    assert.ok(ruleIds(`${PL_BODY}\n\n--\nAgnieszka Sowa\nReferat Gospodarki Komunalnej\ntel. 83 555 12 34`, 'pl').includes('formula/closing'));
  });

  it("a customer's signature in a copy under the reply is not the writer's sign-off", () => {
    const copied = `${PL_BODY}\n\n-----Wiadomość oryginalna-----\nOd: Jan Kowalski\nWysłano: 1 grudnia 2026\nTemat: odpady\n\nProszę o harmonogram.\n--\nPozdrawiam\nJan`;
    assert.ok(ruleIds(copied, 'pl').includes('formula/closing'));
  });

  it("a valediction over the office's name, street, postcode, phone and e-mail closes the reply, in each language", () => {
    const pl = `${PL_BODY}\n\nZ pozdrowieniami,\n\nTomasz Wrona\n\nUrząd Gminy Borki\n\nul. Polna 3\n\n21-345 Borki\n\ntel. 83 555 12 40\n\n____________\n\ne-mail sekretariat@borki.example.pl`;
    assert.ok(!ruleIds(pl, 'pl').includes('formula/closing'));
    const en = `${EN_BODY}\n\nYours sincerely\n\nJane Doe\n\nInformation Governance Officer\n\nEastmoor Council\n\nTown Hall, High Street\n\nEastmoor EM1 2AB\n\nTel: 01632 960 000\n\nwww.eastmoor.example.gov.uk`;
    assert.ok(!ruleIds(en, 'en').includes('formula/closing'));
    const fi =
      'Hei,\n\nPyytämänne asiakirjat ovat liitteenä. Lisätietoja saatte kirjaamosta.\n\nYstävällisin terveisin\n\nMatti Virtanen\n\nKirjaamo\n\nKaupungintalo\n\n00100 Helsinki\n\npuh. 09 123 4567';
    assert.ok(!ruleIds(fi, 'fi').includes('formula/closing'));
  });

  it('a block line of fields between bars and a mail system confidentiality notice under it end no reply (trial 39)', () => {
    const en =
      `${EN_BODY}\n\nHave a good weekend!\n\nLiisa Mets\n\nRecruiter | People and Culture\nPhone +372 5555 0101\n\nNorthwind Logistics Oy\n` +
      'Harbour Street 4 B, 10111 Tallinn | PO Box 12, 10101 Tallinn\n\nnorthwind.example | careers.northwind.example\n\n' +
      'Tässä sähköpostiviestissä voi olla luottamuksellista tietoa.\n\nJos sait tämän viestin vahingossa, ilmoita lähettäjälle. Kiitos!';
    assert.ok(!ruleIds(en, 'en').includes('formula/closing'));
  });

  it('the same block with no valediction, or under a sentence that follows the valediction, still lacks the closing', () => {
    assert.ok(ruleIds(`${PL_BODY}\n\nTomasz Wrona\n\nUrząd Gminy Borki\n\nul. Polna 3\n\n21-345 Borki\n\ntel. 83 555 12 40`, 'pl').includes('formula/closing'));
    const sentenceBetween = `Dzień dobry,\n\nPozdrawiam Pana serdecznie i przekazuję odpowiedź.\n\nHarmonogram odbioru odpadów na 2027 rok jest w załączniku, a wersja papierowa trafi do skrzynek mieszkańców gminy do 15 grudnia.\n\nUrząd Gminy Borki\n\nul. Polna 3\n\n21-345 Borki\n\ntel. 83 555 12 40`;
    assert.ok(ruleIds(sentenceBetween, 'pl').includes('formula/closing'));
  });

  it('a data-protection clause under the signature is a footer: the closing is found above it and the clause is not judged', () => {
    const rodo = `${PL_BODY}\n\nZ poważaniem\nJoanna Kruk\nReferat Inwestycji\n\nW związku z przetwarzaniem Państwa danych osobowych w korespondencji pisemnej i elektronicznej, której zakres może obejmować imię, nazwisko, adres, numer telefonu i adres e-mail, informujemy, że klauzula informacyjna jest dostępna na stronie internetowej urzędu gminy.`;
    assert.deepEqual(ruleIds(rodo, 'pl'), []);
    const privacy = `${EN_BODY}\n\nKind regards\nJane Doe\nInformation Governance Officer\n\nPrivacy notice: we hold the personal data in your request, including your name, your address and your e-mail address, only for as long as we need it to answer your request and any review of our answer, as our retention schedule sets out.`;
    assert.deepEqual(ruleIds(privacy, 'en'), []);
  });

  // Trial 47: a tenant-screening mail's stock disclaimer ("This email is intended only for the person or entity …") was read
  // as its writer's sentences (clarity/long-sentence). Each language's wording, under a signed reply, is a footer.
  it('a confidentiality disclaimer in its stock wordings is a footer, in each language; the same words opening a body sentence are not', () => {
    const signed = (body: string, closing: string, disclaimer: string) => `${body}\n\n${closing}\nAnna Lake\n\n${disclaimer}`;
    const cases: [string, string, string, string][] = [
      [
        'en',
        EN_BODY,
        'Kind regards,',
        'This email is intended only for the person or entity to which it is addressed and may hold information that is privileged or confidential, and any reading, sharing, copying or other use of it or of its attachments by anyone other than that person or entity is not allowed under our policy.',
      ],
      [
        'en',
        EN_BODY,
        'Kind regards,',
        'This e-mail and any files transmitted with it are confidential and meant only for the person or the organisation it is addressed to, so if you are not that person or do not work for that organisation, you should not read, keep, copy or pass on any part of it to anyone else.',
      ],
      [
        'pl',
        PL_BODY,
        'Z poważaniem',
        'Niniejsza wiadomość jest przeznaczona wyłącznie dla adresata i może zawierać informacje poufne lub prawnie chronione, dlatego jeśli nie jest Pan lub Pani jej adresatem, prosimy nie czytać, nie kopiować, nie przekazywać dalej ani w inny sposób nie wykorzystywać jej treści ani załączników do niej dołączonych.',
      ],
      [
        'fi',
        'Hei,\n\nPyytämänne asiakirjat ovat liitteenä. Lisätietoja saatte kirjaamosta.',
        'Ystävällisin terveisin',
        'Tämä viesti on tarkoitettu vain vastaanottajalle ja se voi sisältää luottamuksellista tai lain suojaamaa tietoa, joten jos et ole viestin oikea vastaanottaja, älä lue, kopioi, välitä eteenpäin tai muuten käytä viestiä tai sen liitteitä millään tavalla ilman lähettäjän lupaa.',
      ],
      [
        'lt',
        'Laba diena,\n\nPrašyti dokumentai pridėti prie šio laiško. Daugiau informacijos suteiks raštinė.',
        'Pagarbiai',
        'Šis laiškas skirtas tik adresatui ir jame gali būti konfidencialios ar įstatymų saugomos informacijos, todėl jei nesate šio laiško adresatas, prašome jo neskaityti, nekopijuoti, niekam neperduoti ir kitaip nenaudoti nei paties laiško, nei prie jo pridėtų dokumentų jokiu būdu.',
      ],
      [
        'sq',
        'Përshëndetje,\n\nDokumentet që kërkuat janë bashkëngjitur. Për më shumë informacion kontaktoni zyrën tonë.',
        'Me respekt,',
        'Ky email është i destinuar vetëm për marrësin dhe mund të përmbajë të dhëna private ose të mbrojtura me ligj, prandaj nëse nuk jeni ju marrësi i tij, ju lutemi mos e lexoni, mos e kopjoni, mos ia kaloni askujt dhe mos e përdorni në asnjë mënyrë tjetër përmbajtjen e tij.',
      ],
    ];
    for (const [language, body, closing, disclaimer] of cases) {
      assert.deepEqual(
        findings(signed(body, closing, disclaimer), language).filter((finding) => finding.ruleId === 'clarity/long-sentence'),
        [],
        `${language}: ${disclaimer.slice(0, 40)}`,
      );
    }
    // A body sentence that opens so is the writer's own, judged (the notice's sentence above the sign-off).
    const announcement = `${EN_BODY} This email is intended only for the person who booked the visit, who should bring the signed form, the deposit receipt, a photo ID and the two keys we posted last week to the office on Harbour Street before noon on the day of the move.\n\nKind regards,\nAnna Lake`;
    assert.ok(ruleIds(announcement, 'en').includes('clarity/long-sentence'));
  });

  it("the block's last line is read as the closing reads it: a company's abbreviated form, an office of seven or eight words", () => {
    const clause =
      'W związku z przetwarzaniem Państwa danych osobowych w korespondencji pisemnej i elektronicznej, której zakres może obejmować imię, nazwisko, adres, numer telefonu i adres e-mail, informujemy, że klauzula informacyjna jest dostępna na stronie internetowej urzędu gminy.';
    // "Sp. z o.o." ends in an abbreviation's stop, not a sentence's: one definition of a block's line (units/footers.ts).
    assert.deepEqual(ruleIds(`${PL_BODY}\n\nZ poważaniem\nJoanna Kruk\nLniany Kąt Sp. z o.o.\n${clause}`, 'pl'), []);
    // So does a company form with one stop, from the data (footers.yaml companyForms; closing note 14, #5).
    for (const company of ['Harbour Lights Ltd.', 'Northwind Corp.'])
      assert.deepEqual(ruleIds(`${EN_BODY}\n\nKind regards\nJane Doe\n${company}\nPrivacy notice: we will delete your data soon.`, 'en'), [], company);
    assert.deepEqual(ruleIds(`${PL_BODY}\n\nZ poważaniem\nJoanna Kruk\nLniany Kąt Kruk i Wspólnicy sp. j.\n${clause}`, 'pl'), []);
    const office = 'Wydział Spraw Obywatelskich i Zarządzania Kryzysowego Urzędu Gminy';
    assert.deepEqual(ruleIds(`${PL_BODY}\n\nZ poważaniem\nJoanna Kruk\n${office}\n${clause}`, 'pl'), []);
  });

  it("the same words opening the writer's answer about personal data are no footer: the paragraph is judged", () => {
    const answer =
      'Dzień dobry,\n\ndziękujemy za pytanie, kto przetwarza Pani dane.\n\nAdministratorem Pani danych osobowych jest Lniany Kąt sp. z o.o. z siedzibą w Poznaniu. Zgodnie z Pani prośbą usunęliśmy dziś konto, a potwierdzenie usunięcia danych z kopii zapasowych wyślemy wkrótce.\n\nPozdrawiam\nMarta Zielińska';
    assert.ok(ruleIds(answer, 'pl').includes('deferral/vague-timeframe'));
  });

  // Reviewer #5: a short line ending in a short word and a stop ("Krótko: tak.") read as a block's line, so the
  // data-protection words under it opened a footer and masked the writer's answer.
  it('a short sentence of the writer ending in a short word is no signature block: the answer under it is judged', () => {
    const answer =
      'Dzień dobry,\n\ndziękuję za pytanie. Krótko: tak.\nAdministratorem Pani danych osobowych jest nasz sklep Lniany Kąt. Dane usuniemy niezwłocznie, jak tylko będzie to możliwe.\n\nPozdrawiam serdecznie,\nAnna';
    assert.deepEqual(ruleIds(answer, 'pl'), ['deferral/vague-timeframe']);
    const privacy = `${EN_BODY} All set.\nPrivacy notice: we will delete the copy of your request soon.\n\nKind regards\nJane Doe`;
    assert.deepEqual(ruleIds(privacy, 'en'), ['deferral/vague-timeframe']);
  });
});

describe("an official's bare signature", () => {
  it('a title over the name, with no valediction, is no closing', () => {
    assert.ok(ruleIds(`${PL_BODY}\n\nSekretarz Gminy Borki\n\nMarek Zając`, 'pl').includes('formula/closing'));
    assert.ok(ruleIds(`${EN_BODY}\n\nHead of Information Governance\n\nJane Doe`, 'en').includes('formula/closing'));
    // A valediction over the title and the name closes it.
    assert.ok(!ruleIds(`${PL_BODY}\n\nZ poważaniem\n\nSekretarz Gminy Borki\n\nMarek Zając`, 'pl').includes('formula/closing'));
  });

  it('an initial and a surname is no closing; a full name under the last sentence still signs (eleventh trial)', () => {
    assert.ok(ruleIds(`${PL_BODY}\nK. Malinowska`, 'pl').includes('formula/closing'));
    assert.ok(!ruleIds(`${PL_BODY}\nKatarzyna Malinowska`, 'pl').includes('formula/closing'));
    assert.ok(!ruleIds(`${PL_BODY}\n\nKatarzyna Malinowska`, 'pl').includes('formula/closing'));
    // The body's last line without its full stop is no title over the name.
    const key =
      '<!-- replylint kind=reply -->\nHi Maria,\n\nI have sent a replacement today and it should reach you by Friday.\n\nYour new key is attached\n\nMark Jones';
    assert.ok(!ruleIds(key, 'en').includes('formula/closing'));
  });
});
