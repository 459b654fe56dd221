// The customer's request quoted back above the answer ("You asked:", "I note you seek
// access to the following information:", a questionnaire's questions over "Odpowiedź:")
// is their words, masked as a `>` quote is; the writer's answer is judged.
import * as assert from 'node:assert/strict';
import { builtinFooters } from '../../server/src/engine/config/footers-file';
import { splitReplyUnits } from '../../server/src/engine/units/formats';
import { lintText } from '../support/engine';

/** The first reply's prose, the customer's words masked. */
const writerProse = (text: string, fileName = 'reply.txt') => splitReplyUnits(text, fileName, { footers: builtinFooters() })[0]!.prose;
/** What each finding covers, in the text as written. */
const flagged = (text: string, language: string, fileName = 'reply.txt') =>
  lintText(text, fileName, { language, kind: 'reply' }).findings.map((finding) => [finding.ruleId, text.slice(finding.start, finding.end)]);

// A request of over 35 words, with the customer's "ASAP": the long-sentence and vague-time rules would judge it as prose.
const request =
  'Could you please send me, ASAP and preferably as a spreadsheet, the departure times of every night bus that stops at Harbour Square between midnight and five in the morning, for each day of the week, with the changes planned for next year?';

describe("The customer's request quoted back", () => {
  it('masks the request under a sentence ending in "You asked:"; the answer under it is judged', () => {
    for (const intro of ['Thank you for your e-mail. You asked:', 'Specifically you asked:', 'I note you seek access to the following\ninformation:']) {
      const text = `Dear Mr Okafor,\n\n${intro}\n\n${request}\n\nThe timetable is attached, and we will decide on next year's changes soon.\n\nKind regards,\nPriya\n`;
      assert.deepEqual(flagged(text, 'en'), [['deferral/vague-timeframe', 'soon']], intro);
      assert.equal(writerProse(text).match(/ASAP|Harbour|\?/g), null, `${intro}: the request is masked`);
      assert.ok(writerProse(text).includes(intro.replace(/\n/g, ' ').split(' ')[0]!), 'the intro is the writer’s');
    }
  });

  it('in a letter with one paragraph per line, stops at the first line that neither continues nor asks', () => {
    const text =
      'Dear Ms Lindqvist,\nThank you for your e-mail. You asked:\nPlease provide the following information about the lifts at Northgate station.\n1) the dates on which each lift was out of service in the last two years, with the reason recorded for each stoppage, the contractor who attended and the date the repair was finished and signed off.\n2) the contract value.\nPlease find attached the table, and the contract value follows soon.\nYours sincerely,\nTomasz\n';
    assert.deepEqual(flagged(text, 'en'), [['deferral/vague-timeframe', 'soon']]);
    assert.ok(writerProse(text).includes('Please find attached the table'), "the writer's line under the request is prose");
  });

  it('in a short paragraph, runs to its last question: a complaint quoted before the question is the customer’s too', () => {
    const text =
      'Dear Mr J.,\n\nThank you for your request :-\n\nI am disappointed that you cannot tell me how long post takes to open.\nLast year when I called about a form I had posted I was told that nobody would open it for at least four weeks because of the amount of mail that arrives at the office every single day of the week.\nWill you now collect data on how long post takes to open?\n\nWe will reply to your request soon.\n\nYours sincerely,\nCentral Team\n';
    assert.deepEqual(flagged(text, 'en'), [['deferral/vague-timeframe', 'soon']]);
    // With no question further down, the writer's line under the request stays prose.
    const answered =
      'Dear Mr J.,\n\nThank you for your request:\nPlease send me the invoice for March.\nWe sent it to your address today, and the credit note follows soon.\n\nYours sincerely,\nCentral Team\n';
    assert.deepEqual(flagged(answered, 'en'), [['deferral/vague-timeframe', 'soon']]);
  });

  it('runs over a second paragraph that closes the quotation, and no further', () => {
    const text =
      'Hello Jonas,\n\nIn your e-mail you asked:\n\nLast month my invoice showed two charges for the same licence, and the second one was taken on the card that I removed from my account in the summer because it had expired and my bank had sent me a new one.\n\nCan you tell me why the old card was charged at all?”\n\nThe second charge was a duplicate. I refunded it today, and it reaches you soon.\n\nBest wishes,\nNadia\n';
    assert.deepEqual(flagged(text, 'en'), [['deferral/vague-timeframe', 'soon']]);
  });

  it('leaves words under a colon that present the answer, or that ask nothing, as prose', () => {
    for (const [intro, answer] of [
      ['Here is what you asked for:', 'We will ship the replacement soon, please keep the old charger until then.'],
      ['To answer your question:', 'Please restart the router, and we will check the line soon.'],
      ['As you requested:', 'The refund went out today and reaches your card soon.'],
      ['Thank you for your request:', 'Please find attached the invoice; the credit note follows soon.'],
    ]) {
      const text = `Hi Carla,\n\n${intro}\n\n${answer}\n\nKind regards,\nOskar\n`;
      assert.deepEqual(flagged(text, 'en'), [['deferral/vague-timeframe', 'soon']], intro);
    }
  });

  it('masks a questionnaire’s questions above "Odpowiedź:" and after "Pytanie 2:", on the exact characters (CRLF, emoji)', () => {
    const question =
      'czy gmina w roku szkolnym 2025/2026 organizuje dowóz uczniów do szkół podstawowych własnymi autobusami, czy zleca go przewoźnikowi wybranemu w przetargu, a jeśli zleca, to na jaki okres zawarto umowę i jaka jest jej wartość?';
    const text = [
      'Dzień dobry 🙂,',
      '',
      'udzielam odpowiedzi na pytania zawarte we wniosku:',
      '',
      `1. ${question}`,
      '',
      'Odpowiedź: Dowóz zleca gmina. Kopię umowy prześlemy wkrótce.',
      '',
      `Pytanie 2: prosimy o podanie liczby uczniów dowożonych codziennie do każdej ze szkół podstawowych na terenie gminy, z podziałem na uczniów z biletami miesięcznymi i pozostałych.`,
      'Odpowiedź: 127 uczniów, wszyscy z biletami.',
      '',
      `3. ${question} Odpowiedź: Umowa obowiązuje do czerwca.`,
      '',
      'Z poważaniem',
      'Marta Głowacka',
      '',
    ].join('\r\n');
    assert.deepEqual(flagged(text, 'pl'), [['deferral/vague-timeframe', 'wkrótce']]);
    const prose = writerProse(text);
    assert.equal(prose.length, text.length);
    assert.equal(prose.match(/dowóz uczniów|prosimy|przetargu/g), null, 'the questions are masked');
    assert.deepEqual(prose.match(/Odpowiedź/g)?.length, 3, 'the answer labels and answers are prose');
    assert.ok(prose.includes('Umowa obowiązuje do czerwca.'));
  });

  it('masks the request after "zwrócił się Pan z następującym pytaniem:" and Finnish "Pyysitte"', () => {
    const pl =
      'Szanowny Panie,\n\nw piśmie z dnia 14 października zwrócił się Pan z następującym pytaniem:\n\nCzy gmina może udostępnić wykaz wszystkich ulic w sołectwie Kamionka, na których w ostatnich trzech latach wymieniono oprawy oświetleniowe na lampy LED, wraz z datą wymiany, liczbą opraw i kosztem prac w każdym roku?\n\nWykaz przesyłam w załączniku.\n\nZ poważaniem\nPaweł Sikora\n';
    assert.deepEqual(flagged(pl, 'pl'), []);
    const fi =
      'Hei,\n\nPyysitte seuraavia tietoja:\n\nVoisitteko lähettää minulle kaikki kaupungin vuosina 2023–2025 tekemät sopimukset katujen talvikunnossapidosta, sopimusten arvot ja urakoitsijoiden nimet sekä tiedon siitä, miten urakoitsijat on valittu?\n\nSopimukset ovat liitteenä.\n\nYstävällisin terveisin\nLiisa\n';
    assert.deepEqual(flagged(fi, 'fi'), []);
    assert.equal(writerProse(fi).includes('Voisitteko'), false);
  });

  // Reviewer R1: the writer's answer under an intro, under a question label, under a closed quotation and above
  // the writer's own closing question was masked as the customer's request; each is judged again.
  it("never masks the writer's answer: under an intro, under a question, after a closed quotation, before the writer's question", () => {
    const cases: [string, string, string][] = [
      [
        'en',
        'Hi Maria,\n\nYou asked about cancelling your plan:\nJust click Cancel under Billing. Could you do that today? We will look into the refund soon.\n\nKind regards,\nTom\n',
        'soon',
      ],
      [
        'en',
        'Hi Sam,\n\nThanks for your questions.\n\nQuestion 1: Can I return opened items?\nPlease bring them to any store with the receipt, and we will refund you as soon as possible.\n\nQuestion 2: Do you ship to Norway?\nYes, within 5 working days.\n\nBest,\nTom\n',
        'as soon as possible',
      ],
      [
        'en',
        'Dear Mr Jones,\n\nThank you for your request:\nPlease send me the invoice for March.\nWe sent it to your address today, and the credit note follows soon. Could you confirm the address is still 4 Mill Lane?\n\nYours sincerely,\nAnna Lake\n',
        'soon',
      ],
      [
        'en',
        'Dear Mr Clarke,\nThank you for your request of 3 March. You asked:\n"Please provide the number of parking permits issued in 2023."\nPlease note that the permits are counted by the county, and their figures reach us soon.\nYours sincerely,\nJane Doe\n',
        'soon',
      ],
      [
        'pl',
        'Dzień dobry,\n\nw nawiązaniu do Pani zapytania uprzejmie informuję:\nproszę o przesłanie zdjęć uszkodzonej paczki. Po ich otrzymaniu odezwiemy się wkrótce.\n\nPozdrawiam\nAnna Nowak\n',
        'wkrótce',
      ],
      [
        'fi',
        'Hei Mikko,\n\nKysyit, voiko toimitusosoitetta vielä muuttaa:\npyydän, että lähetät uuden osoitteen tähän viestiin. Palaamme asiaan mahdollisimman pian.\n\nYstävällisin terveisin\nTiina\n',
        'mahdollisimman pian',
      ],
      [
        'lt',
        'Laba diena, Ona,\n\nKlausėte, ar reikia grąžinti sudužusią lempą:\nprašome jos kol kas negrąžinti. Dėl pristatymo mokesčio susisieksime su jumis artimiausiu metu.\n\nPagarbiai\nRūta\n',
        'artimiausiu metu',
      ],
    ];
    for (const [language, text, wait] of cases) {
      const answer = text.split('\n').find((line) => line.includes(wait))!;
      assert.ok(writerProse(text).includes(answer), `${language}: ${answer}`);
    }
    // Judged as prose, the answer's wait is found again.
    assert.deepEqual(flagged(cases[0]![1], 'en'), [
      ['tone/condescending', 'Just click'],
      ['deferral/looking-into-it', 'look into the'],
      ['deferral/vague-timeframe', 'soon'],
    ]);
    assert.deepEqual(flagged(cases[4]![1], 'pl'), [
      ['formula/stiff-formula', 'uprzejmie informuję'],
      ['deferral/vague-timeframe', 'wkrótce'],
    ]);
  });

  it('masks a quoted request whose words say "we will" inside its quotation, and under "You asked:" no more than the quotation', () => {
    const text = 'Hi Jo,\n\nYou asked:\n"When will the parcel arrive? We will be away next week, ASAP please."\n\nIt arrives on Thursday.\n\nBest,\nTom\n';
    assert.equal(writerProse(text).includes('ASAP'), false);
    assert.ok(writerProse(text).includes('It arrives on Thursday.'));
  });

  it('reads a question\'s number word from the data of each language ("No. 2", "nr 2", fi "nro 2")', () => {
    for (const label of ['Question No. 2:', 'Pytanie nr 2:', 'Kysymys nro 2:']) {
      const text = `Hi,\n\n${label} Could you send the ASAP list?\nYes, it is attached.\n`;
      assert.equal(writerProse(text).includes('ASAP'), false, label);
      assert.ok(writerProse(text).includes('Yes, it is attached.'), label);
    }
  });

  it('masks the question quoted under "w odpowiedzi na wniosek … udziela następujących informacji:"; "uprzejmie informuję:" presents the answer', () => {
    const text =
      'Dzień dobry,\n\nUrząd Gminy w odpowiedzi na wniosek o udostępnienie informacji publicznej udziela następujących informacji:\n\n- czy gmina prowadzi własną gazetę lub portal informacyjny, a jeśli tak, to ile osób go redaguje?;\n\nTak, gmina wydaje miesięcznik, który redagują dwie osoby.\n\nZ poważaniem\nAnna Nowak\n';
    assert.equal(writerProse(text).includes('redaguje?'), false);
    assert.ok(writerProse(text).includes('Tak, gmina wydaje miesięcznik'));
    const answer =
      'Dzień dobry,\n\nw odpowiedzi na Pana pytanie uprzejmie informuję:\nproszę o przesłanie numeru zamówienia. Czy paczka dotarła?\n\nPozdrawiam\nAnna\n';
    assert.ok(writerProse(answer).includes('proszę o przesłanie numeru zamówienia.'));
  });
});

// Trial 15: a store's removal e-mail quoted its permission policy in an indented block under "…section of the policy,
// which requires that you:", and the policy's "you must request those with the least access" was read as the
// reviewer ordering the developer about (tone/commanding). A rule the writer quotes is the rule's words.
describe('A rule the writer quotes', () => {
  const SIGNED = '\n\nBest regards,\nMarta\n';

  it('masks an indented block under a sentence that names and cites a rule; the writer around it is judged', () => {
    const policy = '    Show the full price before checkout.\n\n    You must list any fee next to the price.\n';
    const text = `Dear Tom,\n\nYour listing breaks the "Fair Pricing" section of our seller policy, which requires that you:\n\n${policy}\nYou must fix the listing before we can review it again.${SIGNED}`;
    assert.deepEqual(flagged(text, 'en'), [['tone/commanding', 'You must']]);
    assert.ok(!writerProse(text).includes('any fee'), 'the indented block is masked, blank line inside it too');
    // With no rule named, the block is the writer's and its "you must" is theirs.
    const own = text.replace('section of our seller policy, which requires that you:', 'section, so please:');
    assert.deepEqual(flagged(own, 'en'), [
      ['tone/commanding', 'You must'],
      ['tone/commanding', 'You must'],
    ]);
  });

  it('masks the paragraph under "Our terms state:" at the margin, and no further', () => {
    const text = `Hi Tom,\n\nOur returns policy states:\nYou must send the item back within 30 days, and you will have to pay the postage.\n\nYou must fill in the form first.${SIGNED}`;
    assert.deepEqual(flagged(text, 'en'), [['tone/commanding', 'You must']]);
    assert.ok(writerProse(text).includes('You must fill in the form first'));
  });

  // Reviewer #3: plain-text replies put a paragraph on each line under single line breaks; the margin "paragraph" ran
  // over the writer's own sentences after the rule's, on its line and the next ones.
  it("at the margin masks the rule's first sentence only: the writer's sentences after it are judged", () => {
    const lines = `Hi Marta,\n\nOur returns policy states:\nItems can be returned within 30 days if unworn.\nWe will get back to you soon. Obviously you must send the receipt.${SIGNED}`;
    assert.deepEqual(flagged(lines, 'en'), [
      ['deferral/vague-timeframe', 'soon'],
      ['tone/condescending', 'Obviously'],
      ['tone/commanding', 'you must'],
    ]);
    assert.ok(!writerProse(lines).includes('Items can be returned'), 'the rule is masked');
    const fi =
      'Hei Aino,\n\nkiitos viestistä. Käyttöehdoissa todetaan:\npalautus on tehtävä 14 päivän kuluessa. Tilauksesi saapui 1.12., joten ehdit hyvin. Hoidamme hyvityksen mahdollisimman pian.\nTerveisin,\nMikko\n';
    assert.deepEqual(flagged(fi, 'fi'), [['deferral/vague-timeframe', 'mahdollisimman pian']]);
    assert.ok(!writerProse(fi).includes('palautus on'), 'the rule is masked');
  });

  // Reviewer #3c: the same reply in HTML, one <p> per paragraph, had its quoted rule judged: the paragraph tags
  // between the intro and the rule read as a quote already made.
  it('reads an HTML reply as its plain text: the rule in the <p> under the intro is masked, the writer after it judged', () => {
    const html =
      '<p>Hi Jordan,</p>\n<p>Our warranty terms state:</p>\n<p>You must register the product within 30 days of purchase.</p>\n<p>Your kettle is registered, and we will send the replacement soon.</p>\n<p>Kind regards,<br>Ellie</p>\n';
    assert.deepEqual(flagged(html, 'en', 'reply.html'), [['deferral/vague-timeframe', 'soon']]);
    const quoted = html.replace(
      '<p>You must register the product within 30 days of purchase.</p>',
      '<blockquote>You must register the product within 30 days of purchase.</blockquote>',
    );
    assert.deepEqual(flagged(quoted, 'en', 'reply.html'), [['deferral/vague-timeframe', 'soon']]);
  });

  // The same for the customer's request (closing note 14: "You asked:" in HTML <p> had #3c's problem): the tags between
  // the intro and the request read as a quote already made, and the request was judged as the writer's.
  it('reads an HTML reply as its plain text: the request in the <p> under "You asked:" is masked, the answer judged', () => {
    const html = `<p>Dear Mr Okafor,</p>\n<p>Thank you for your e-mail. You asked:</p>\n<p>${request}</p>\n<p>The timetable is attached, and we will decide on next year's changes soon.</p>\n<p>Kind regards,<br>Priya</p>\n`;
    assert.deepEqual(flagged(html, 'en', 'reply.html'), [['deferral/vague-timeframe', 'soon']]);
    // In quotation marks it is masked already; the answer under it stays the writer's.
    const quoted = html.replace(`<p>${request}</p>`, `<p>\u201c${request}\u201d</p>`);
    assert.deepEqual(flagged(quoted, 'en', 'reply.html'), [['deferral/vague-timeframe', 'soon']]);
  });

  it('reads "the following is required:" at the margin as the writer\'s own list; over an indented block, as a rule', () => {
    const own = `Hi Marta,\n\nUnder our returns policy, the following is required:\n\nYou must send the receipt and a photo. We will get back to you soon.${SIGNED}`;
    assert.deepEqual(flagged(own, 'en'), [
      ['tone/commanding', 'You must'],
      ['deferral/vague-timeframe', 'soon'],
    ]);
    const indented = own.replace('You must send the receipt and a photo. We', '    You must send the receipt and a photo.\n\nWe');
    assert.deepEqual(flagged(indented, 'en'), [['deferral/vague-timeframe', 'soon']]);
  });

  it('leaves a rule the writer presents ("Here is what our policy requires:") or only names as prose', () => {
    for (const intro of ['Here is what our policy requires:', 'About our policy:', 'Please read our terms:']) {
      const text = `Hi Tom,\n\n${intro}\nYou must send the item back within 30 days.${SIGNED}`;
      assert.ok(
        flagged(text, 'en').some(([id]) => id === 'tone/commanding'),
        intro,
      );
    }
  });

  it('reads the words of every language', () => {
    const cases: [string, string, string][] = [
      ['pl', 'Dzień dobry,\n\nregulamin sklepu stanowi:\n\n    Musi Pan zgłosić reklamację w ciągu 14 dni.\n\nPozdrawiam,\nAnna\n', 'Musi Pan'],
      ['fi', 'Hei,\n\nkäyttöehdoissa todetaan:\n\n    Sinun on ilmoitettava virheestä 14 päivän kuluessa.\n\nTerveisin\nAnna\n', 'Sinun on'],
      ['lt', 'Sveiki,\n\ntaisyklėse nurodyta:\n\n    Jūs privalote pranešti apie defektą per 14 dienų.\n\nPagarbiai\nAnna\n', 'privalote'],
      ['sq', 'Përshëndetje,\n\nrregullat e dyqanit thonë:\n\n    Ju duhet ta njoftoni defektin brenda 14 ditëve.\n\nMe respekt,\nAnna\n', 'duhet'],
    ];
    for (const [language, text, rule] of cases) {
      assert.ok(!writerProse(text).includes(rule), `${language}: the quoted rule is masked`);
      // Naming the rule without citing it leaves the block the writer's.
      const named = text.replace(/^(.*):$/m, (line) => line.split(' ')[0]! + ':');
      assert.ok(writerProse(named).includes(rule), `${language}: ${named}`);
    }
    // "Musi Pan zgłosić" pushes the work back to the customer (ownership/you-will-have-to) when it is the writer's.
    const inRule = ([, span]: string[]) => span!.startsWith('Musi Pan');
    assert.ok(flagged(cases[0]![1].replace('stanowi', 'jest ważny'), 'pl').some(inRule), 'pl: the block is judged when uncited');
    assert.ok(!flagged(cases[0]![1], 'pl').some(inRule), 'pl: the quoted rule is not judged');
  });
});

// Issue 12, R17: a question masked under "Question 2:" dropped out of the sentence order, so the time that answers
// question 2 read as the next sentence of the answer to question 1 and excused its "as soon as possible".
describe('Masked words between two sentences keep them apart', () => {
  const ANSWERS =
    'Hi Sam,\n\nThanks for your questions.\n\nQuestion 1: Can I return opened items?\nYes: bring them to any store with the receipt, and we will refund you as soon as possible.\n\nQuestion 2: Do you ship to Norway?\nYes, within 5 working days.\n\nBest,\nTom\n';

  it("the next answer's time does not excuse the previous answer's vague time", () => {
    assert.deepEqual(flagged(ANSWERS, 'en', 'answers.md'), [['deferral/vague-timeframe', 'as soon as possible']]);
    // A quote of the customer's between the two sentences keeps them apart too.
    const quoted = 'Hi Sam,\n\nWe will refund you as soon as possible.\n\n> Do you ship to Norway?\n\nYes, within 5 working days.\n\nBest,\nTom\n';
    assert.deepEqual(flagged(quoted, 'en', 'quoted.md'), [['deferral/vague-timeframe', 'as soon as possible']]);
  });

  it('the time in the next sentence still answers the vague one, across a line of markup alone', () => {
    for (const [text, fileName] of [
      ['Hi Sam,\n\nWe will refund you as soon as possible.\n\nPlease allow 5 working days.\n\nBest,\nTom\n', 'plain.md'],
      [
        '<p>Hi Sam,</p>\n<p>We will refund you as soon as possible.</p>\n<div>\n<p>Please allow 5 working days.</p>\n</div>\n<p>Best,<br>Tom</p>\n',
        'mail.html',
      ],
    ]) {
      assert.deepEqual(flagged(text!, 'en', fileName), [], fileName);
    }
  });
});
