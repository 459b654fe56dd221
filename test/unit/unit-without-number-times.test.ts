// Reviewer HIGH 07:16 (pre-existing): a time unit with no number ("within an hour", "within a day") is a time frame in
// en, lt and sq, and was none in pl ("w ciągu godziny|doby|dnia|tygodnia") and fi ("tunnin|vuorokauden|päivän|viikon
// sisällä|kuluessa"), so a promise dated that way was flagged there alone; nor was sq "brenda orës", "brenda disa
// ditësh" (reviewer 08:52). pl bare "w ciągu dnia|tygodnia" is also "during the day|the week": a time only where it
// ends its clause (reviewer 09:12). fi also reads a day with its month in the
// partitive ("18. maaliskuuta") as a date, as pl "18 marca" and lt "kovo 18" are.
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

const spans = (rule: string, text: string, language: string) => spansOf(rule, text, 'reply.txt', { language, kind: 'reply' });

describe('a time unit with no number is a time frame, in every language', () => {
  it('deferral/follow-up-without-time: dated by the unit alone', () => {
    const dated: [string, string][] = [
      ['en', "Thanks for your message. I'll write back to you within a day."],
      ['pl', 'Dziękuję za wiadomość. Odpiszę Pani w ciągu godziny.'],
      ['pl', 'Dziękuję za wiadomość. Odpiszę Pani w ciągu dnia roboczego.'],
      ['pl', 'Dziękuję za wiadomość. Odpiszę Pani w ciagu tygodnia.'],
      ['fi', 'Kiitos viestistä. Vastaan sinulle tunnin sisällä.'],
      ['fi', 'Kiitos viestistä. Vastaan sinulle vuorokauden kuluessa.'],
      ['fi', 'Kiitos viestistä. Vastaan sinulle työpäivän sisällä.'],
      ['fi', 'Kiitos viestistä. Vastaan sinulle 18. maaliskuuta.'],
      ['lt', 'Ačiū už laišką. Atsakysiu jums per dieną.'],
      ['sq', "Faleminderit për mesazhin. Do t'ju shkruaj brenda një dite."],
      ['sq', "Faleminderit për mesazhin. Do t'ju përgjigjem brenda orës."],
      ['sq', "Faleminderit për mesazhin. Do t'ju përgjigjem brenda disa ditësh."],
    ];
    for (const [language, text] of dated) assert.deepEqual(spans('deferral/follow-up-without-time', text, language), [], `${language}: ${text}`);
    const undated: [string, string][] = [
      ['pl', 'Dziękuję za wiadomość. Odpiszę Pani.'],
      ['fi', 'Kiitos viestistä. Vastaan sinulle.'],
      // "w ciągu dnia" opening a sentence is "during the day" (reviewer 09:12): no time for the follow-up after it.
      ['pl', 'W ciągu dnia infolinia bywa obciążona, więc sprawdzimy zamówienie i odezwiemy się później.'],
    ];
    for (const [language, text] of undated) assert.equal(spans('deferral/follow-up-without-time', text, language).length, 1, `${language}: ${text}`);
  });

  it('deferral/vague-timeframe: the plural "in the coming days" stays vague', () => {
    assert.deepEqual(spans('deferral/vague-timeframe', 'Wycenę prześlemy w ciągu najbliższych dni.', 'pl'), ['w ciągu najbliższych dni']);
  });

  it('ownership/nameless-handoff (fi): what cannot be moved to another person is no hand-off', () => {
    assert.deepEqual(spans('ownership/nameless-handoff', 'Jäsenkorttia ei voi siirtää toiselle henkilölle, koska kortti on henkilökohtainen.', 'fi'), []);
    assert.equal(spans('ownership/nameless-handoff', 'Siirsimme asian toiselle tiimille.', 'fi').length, 1);
  });
});
