// empathy/stock-empathy `unless.nearOpening` (corpus set 6, feature problem-named-in-opening): the problem a reply
// names in its opening (greeting line and first sentence: a planned water cut, a lift out of service) is the news a
// closing stock apology answers, however far below, in a reply and in a notice (en, pl). An opening that names
// nothing, a problem told in the middle of the reply two paragraphs above the apology, a problem the reader is asked
// about, or one only one template branch's readers read, leaves the apology a stock line.
import * as assert from 'node:assert/strict';
import { assertQuietAndFlagged, spansOf } from '../support/engine';

const RULE = 'empathy/stock-empathy';
const flagged = (text: string, language: string, kind: 'reply' | 'auto-reply' = 'reply', fileName = 'notice.txt') =>
  spansOf(RULE, text, fileName, { language, kind });

const cases: [string, (opening: string) => string, string, string[]][] = [
  [
    'en',
    (opening) =>
      `Dear residents,\n\n${opening}\n\nA water tanker will stand outside block 6 from 9:00. If you cannot carry water, call the office by Wednesday and the caretaker will bring it to your door.\n\nWe apologise for the inconvenience.\n\nLinden Estate Office`,
    'On Thursday from 8:00 to 14:00 there will be no water in blocks 4, 6 and 8, because the water company is replacing a valve.',
    ['Thank you for your letters about the bin store.', 'Could you tell us whether the error on the meter is still showing?'],
  ],
  [
    'pl',
    (opening) =>
      `Szanowni Pa\u0144stwo,\n\n${opening}\n\nOsoby, kt\u00f3re nie mog\u0105 chodzi\u0107 po schodach, prosimy o telefon do biura do pi\u0105tku, a dozorca wniesie zakupy pod drzwi.\n\nPrzepraszamy za utrudnienia.\n\nBiuro osiedla`,
    'W poniedzia\u0142ek od 9:00 do 17:00 winda w budynku C b\u0119dzie wy\u0142\u0105czona, poniewa\u017c serwisanci wymieniaj\u0105 sterownik.',
    ['Dzi\u0119kujemy za listy w sprawie altany \u015bmietnikowej.', 'Prosimy o informacj\u0119, czy awaria domofonu nadal wyst\u0119puje.'],
  ],
];

describe("stock empathy: the problem named in the reply's opening (corpus set 6)", function () {
  this.timeout(60_000);

  for (const [language, letter, named, unnamed] of cases)
    it(`${language}: named in the opening: quiet in a reply and a notice; an opening naming nothing or asking about it: flagged`, () => {
      assertQuietAndFlagged((text) => flagged(text, language), [letter(named)], unnamed.map(letter));
      assert.deepEqual(flagged(letter(named), language, 'auto-reply'), []);
    });

  it('pl: "w godz. 8:00" does not end the opening sentence before its problem (reviewer-27 #15)', () => {
    const text =
      'Szanowni Pa\u0144stwo,\n\nw czwartek 12 marca w godz. 8:00\u201314:00 nie b\u0119dzie wody w budynkach 3 i 5.\n\nProsimy o telefon do biura.\n\nPrzepraszamy za utrudnienia.\n\nBiuro';
    assert.deepEqual(flagged(text, 'pl'), []);
  });

  it('en: a problem told mid-reply, two paragraphs above the apology, stays far from it', () => {
    const text =
      'Hi Sam,\n\nThanks for writing in about your account.\n\nI checked the settings with my colleague this morning. The sync error came from an old token on your laptop.\n\nPlease sign out and back in on the laptop tonight. Your files will then sync again within an hour.\n\nWe apologise for the inconvenience.\n\nAna';
    assert.equal(flagged(text, 'en').length, 1);
  });

  it("en: an opening in one branch of a template block is not read by the other branch's readers", () => {
    const text =
      'Dear residents,\n\n{% if block == "6" %}On Thursday from 8:00 to 14:00 there will be no water in block 6.{% else %}Thank you for your letters about the bin store.{% endif %}\n\nA water tanker will stand outside block 6 from 9:00. Call the office by Wednesday if you need water brought to your door.\n\nWe apologise for the inconvenience.\n\nEstate Office';
    assert.equal(flagged(text, 'en', 'reply', 'notice.liquid').length, 1);
  });
});
