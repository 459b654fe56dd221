// Issue 12, trial 27 class 2: a salutation that writes both genders ("I/E nderuar {{x}}", "Szanowny/a", "Gerbiamas(-a)")
// is a greeting, so a letter that opens with it under its subject line is a greeted letter, never asked for a greeting
// above its title. And a salutation with a written word ("Gerbiamas paciente", "I nderuar pacient") is the writer's
// own choice in lt and sq alike; only one before a variable, whose gender the writer cannot know, is flagged.
import * as assert from 'node:assert/strict';
import { lintText } from '../support/engine';

const greetingFindings = (text: string, language: string, kind?: 'macro') =>
  lintText(text, 'letter.txt', { language, ...(kind ? { kind } : {}) }).findings.filter((finding) => finding.ruleId === 'formula/greeting');

describe("both-gender salutations are greetings; a written word after a one-gender one is the writer's choice", function () {
  this.timeout(60_000);

  const letters: [string, string][] = [
    [
      'sq',
      'Kujtes\u00eb p\u00ebr kuot\u00ebn e vitit {{year}}\n\nI/E nderuar {{salutation}}\n\nkuota juaj vjetore prej {{amount}} nuk \u00ebsht\u00eb paguar ende. Fatura \u00ebsht\u00eb bashk\u00ebngjitur.\n\nMe respekt\n{{club}}',
    ],
    [
      'sq',
      'I/E nderuar {{member_name}},\n\nfaleminderit p\u00ebr dhurimin tuaj p\u00ebr bibliotek\u00ebn e fshatit.\n\nMe respekt\nShoqata Miqt\u00eb e Librit',
    ],
    [
      'sq',
      'E/I dashur {{member_name}},\n\nmbledhja vjetore mbahet t\u00eb shtun\u00ebn n\u00eb or\u00ebn 10 n\u00eb sall\u00ebn e shkoll\u00ebs.\n\nMe respekt\nKryesia',
    ],
    ['sq', 'I nderuar/E nderuar {{member_name}},\n\nmbledhja vjetore mbahet t\u00eb shtun\u00ebn n\u00eb or\u00ebn 10.\n\nMe respekt\nKryesia'],
    ['sq', 'T\u00eb nderuar an\u00ebtar\u00eb,\n\nmbledhja vjetore mbahet t\u00eb shtun\u00ebn n\u00eb or\u00ebn 10.\n\nMe respekt\nKryesia'],
    [
      'pl',
      'Przypomnienie o sk\u0142adce {{year}}\n\nSzanowny/a {{member_name}},\n\nsk\u0142adka cz\u0142onkowska za ten rok nie zosta\u0142a jeszcze op\u0142acona.\n\nZ powa\u017caniem\n{{club}}',
    ],
    [
      'pl',
      'Szanowna Pani/Szanowny Panie,\n\nzebranie cz\u0142onk\u00f3w odb\u0119dzie si\u0119 w sobot\u0119 o 10:00 w \u015bwietlicy.\n\nZ powa\u017caniem\nZarz\u0105d',
    ],
    [
      'lt',
      'Priminimas apie nario mokest\u012f\n\nGerb. p. {{member_name}},\n\n\u0161i\u0173 met\u0173 nario mokestis dar nesumok\u0117tas. S\u0105skait\u0105 rasite priede.\n\nPagarbiai\n{{club}}',
    ],
    ['lt', 'Gerbiamas(-a) {{member_name}},\n\nvisuotinis susirinkimas vyks \u0161e\u0161tadien\u012f 10 val. mokyklos sal\u0117je.\n\nPagarbiai\nValdyba'],
    [
      'fi',
      'Muistutus j\u00e4senmaksusta\n\nHyv\u00e4 {{member_name}}\n\nt\u00e4m\u00e4n vuoden j\u00e4senmaksusi on viel\u00e4 maksamatta. Lasku on liitteen\u00e4.\n\nTerveisin\n{{club}}',
    ],
    [
      'en',
      'Membership fee reminder {{year}}\n\nDear Sir/Madam,\n\nyour membership fee for this year has not been paid yet. The invoice is attached.\n\nKind regards\n{{club}}',
    ],
  ];

  it('a letter opening with one is greeted, with and without a config', () => {
    for (const [language, text] of letters) {
      assert.deepEqual(greetingFindings(text, language), [], `${language} no config: ${text}`);
      assert.deepEqual(greetingFindings(text, language, 'macro'), [], `${language} macro: ${text}`);
      const unit = lintText(text, 'letter.txt', { language }).units[0]!;
      assert.equal(unit.kindReason?.id === 'kind.inferred.greeted' || unit.kind === 'auto-reply', true, `${language}: ${unit.kind} ${unit.kindReason?.id}`);
    }
  });

  it('the same letter with no salutation is still asked for one', () => {
    const text =
      'Kujtes\u00eb p\u00ebr kuot\u00ebn e vitit {{year}}\n\nkuota juaj vjetore prej {{amount}} nuk \u00ebsht\u00eb paguar ende.\n\nMe respekt\n{{club}}';
    assert.equal(greetingFindings(text, 'sq', 'macro').length, 1);
  });

  it('lt and sq: a one-gender salutation is flagged before a variable, not before a written word', () => {
    const gendered = (language: string, text: string) =>
      lintText(text, 'notice.txt', { language, kind: 'auto-reply' })
        .findings.filter((finding) => finding.ruleId === 'tone/gendered-address')
        .map((finding) => text.slice(finding.start, finding.end));
    for (const [language, text, span] of [
      ['lt', 'Gerbiamas {{patient_name}},\n\ntyrim\u0173 rezultatai bus paruo\u0161ti ketvirtadien\u012f.', 'Gerbiamas'],
      ['sq', 'I nderuar {{patient_name}},\n\nrezultatet e analizave do t\u00eb jen\u00eb gati t\u00eb enjten.', 'I nderuar'],
      ['sq', 'E dashur {{patient_name}},\n\nrezultatet e analizave do t\u00eb jen\u00eb gati t\u00eb enjten.', 'E dashur'],
    ] as const)
      assert.deepEqual(gendered(language, text), [span], text);
    for (const [language, text] of [
      ['lt', 'Gerbiamas paciente,\n\ntyrim\u0173 rezultatai bus paruo\u0161ti ketvirtadien\u012f.'],
      ['sq', 'I nderuar pacient,\n\nrezultatet e analizave do t\u00eb jen\u00eb gati t\u00eb enjten.'],
      ['sq', 'E nderuar znj. Berisha,\n\nrezultatet e analizave do t\u00eb jen\u00eb gati t\u00eb enjten.'],
      ['sq', 'I/E nderuar {{patient_name}},\n\nrezultatet e analizave do t\u00eb jen\u00eb gati t\u00eb enjten.'],
    ] as const)
      assert.deepEqual(gendered(language, text), [], text);
  });

  // Corpus set 6 (fp8, fp1): a club's "Kochani!" greets its members, and "With warm wishes," over a volunteer's name and
  // role signs the reply.
  it('a greeting to a group ("Kochani!") and a warm valediction ("With warm wishes,") are read as such', () => {
    const choir = 'Kochani!\n\npr\u00f3ba w czwartek jest przeniesiona do sali nr 2, o tej samej godzinie.\n\n\u015aciskam,\nEwa';
    assert.deepEqual(greetingFindings(choir, 'pl'), []);
    assert.deepEqual(greetingFindings(choir, 'pl', 'macro'), []);
    const closings = (text: string) =>
      lintText(text, 'reply.txt', { language: 'en', kind: 'reply' }).findings.filter((finding) => finding.ruleId === 'formula/closing');
    for (const valediction of ['With warm wishes,', 'Warmest wishes,', 'With kind wishes,'])
      assert.deepEqual(
        closings(`Hi Tom,\n\nyour bike is fixed and you can collect it on Saturday morning.\n\n${valediction}\nNora Quinn\nVolunteer, Riverside Bike Kitchen`),
        [],
        valediction,
      );
    const fiClosings = lintText(
      'Hei Pekka,\n\npy\u00f6r\u00e4 on korjattu ja sen voi hakea lauantaina.\n\nKaikkea hyv\u00e4\u00e4,\nNoora Laine\nvapaaehtoinen, Py\u00f6r\u00e4paja Koivu',
      'reply.txt',
      { language: 'fi', kind: 'reply' },
    ).findings.filter((finding) => finding.ruleId === 'formula/closing');
    assert.deepEqual(fiClosings, []);
    assert.equal(
      closings('Hi Tom,\n\nyour bike is fixed and you can collect it on Saturday morning.\n\nNora Quinn\nVolunteer, Riverside Bike Kitchen').length,
      1,
    );
  });
});
