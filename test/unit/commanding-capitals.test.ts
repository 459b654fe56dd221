// tone/commanding: telling the customer how to type to us ("Please do not write to us in capitals") is an order about
// their tone; the capitals are the customer's to choose. Five languages.
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

const orders = (language: string, text: string) => spansOf('tone/commanding', text, 'reply.txt', { language, kind: 'reply', placeholders: 'none' });

describe('tone/commanding: how the customer types to us', function () {
  this.timeout(60_000);

  it('flags an order about capitals, in five languages', () => {
    const cases: [string, string, string][] = [
      ['en', 'I have looked at your order. Please stop writing in caps.', 'stop writing in caps'],
      ['pl', 'Sprawdzi\u0142am zam\u00f3wienie. I prosimy nie pisa\u0107 wielkimi literami.', 'nie pisa\u0107 wielkimi literami'],
      ['fi', 'Tarkistin tilauksen. \u00c4l\u00e4 kirjoita meille isoilla kirjaimilla.', '\u00c4l\u00e4 kirjoita meille isoilla kirjaimilla'],
      ['lt', 'Patikrinau u\u017esakym\u0105. Nera\u0161yk did\u017eiosiomis raid\u0117mis.', 'Nera\u0161yk did\u017eiosiomis raid\u0117mis'],
      ['sq', 'E kontrollova porosin\u00eb. Mos shkruani me shkronja t\u00eb m\u00ebdha.', 'Mos shkruani me shkronja t\u00eb m\u00ebdha'],
    ];
    for (const [language, text, span] of cases) assert.deepEqual(orders(language, text), [span], text);
  });

  it('leaves capitals that are no order to the customer', () => {
    assert.deepEqual(orders('en', 'The code is case-sensitive, so type it in capitals as printed on the card.'), []);
  });
});
