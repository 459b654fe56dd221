// empathy/bad-news-without-empathy (issue 13): empathy in the reply's title or its
// opening covers bad news further down, and an alternative offered right after the
// news meets it; plain bad news still fails, in every language.
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

const RULE = 'empathy/bad-news-without-empathy';

function badNews(text: string, language = 'en', fileName = 'reply.txt'): string[] {
  return spansOf(RULE, text, fileName, { language, kind: 'reply' });
}

describe('bad news after empathy in the title or opening, or with an alternative', () => {
  const body = "The order was delivered on 2 March, and our refund window closes 30 days after delivery. We can't refund it now.";

  it('a section heading that apologises covers its reply; another heading does not', () => {
    const library = (title: string) => `## ${title}\n\nHi Sam,\n\n${body}\n\n## Next\n\nHi Sam,\n\nYour parcel left today.\n`;
    assert.deepEqual(badNews(library('Sorry: no refund after 30 days'), 'en', 'macros.md'), []);
    assert.deepEqual(badNews(library('Refund after 30 days'), 'en', 'macros.md'), ["We can't refund"]);
  });

  it("an apology in the first sentence covers bad news later; one for the reply's own wait further down does not reach back", () => {
    assert.deepEqual(badNews(`Hi Sam,\n\nI'm sorry to be the bearer of bad news.\n\nThanks for the photos. ${body}`), []);
    const late = `Hi Sam,\n\nThanks for the photos. The boots are a lovely pair. ${body} Your parcel left today. The courier is DPD. I'm sorry for the wait.`;
    assert.deepEqual(badNews(late), ["We can't refund"]);
  });

  it('an alternative after the news, in its sentence or the next, meets it; one before it does not', () => {
    assert.deepEqual(badNews("Hi Sam,\n\nA used gift card can't be refunded, but you can exchange the balance for a new card."), []);
    assert.deepEqual(badNews("Hi Sam,\n\nExpress delivery is not possible to the islands. Instead, we'll send it by post at no charge."), []);
    assert.deepEqual(badNews("Hi Sam,\n\nYou can still use the balance online. A used gift card can't be refunded."), ["can't be refunded"]);
  });

  it('reads the same in pl, fi, lt and sq', () => {
    const cases: [string, string, string][] = [
      [
        'pl',
        'Dzień dobry,\n\nprzykro mi, że nie mam lepszych wieści.\n\nZamówienie doręczono 2 marca. Nie możemy już zwrócić pieniędzy.',
        'Dzień dobry,\n\nZamówienie doręczono 2 marca. Nie możemy już zwrócić pieniędzy.',
      ],
      [
        'pl',
        'Dzień dobry,\n\nnie możemy zwrócić pieniędzy za kartę, ale możemy wymienić saldo na nową kartę.',
        'Dzień dobry,\n\nnie możemy zwrócić pieniędzy za kartę.',
      ],
      ['fi', 'Hei,\n\nlahjakorttia ei voida hyvittää, mutta voitte vaihtaa saldon uuteen korttiin.', 'Hei,\n\nlahjakorttia ei voida hyvittää.'],
      [
        'lt',
        'Laba diena,\n\ndeja, kupono pinigų negalime grąžinti, bet galite likusią sumą perkelti į naują kuponą.',
        'Laba diena,\n\ndeja, kupono pinigų negalime grąžinti.',
      ],
      [
        'sq',
        'Përshëndetje,\n\nfatkeqësisht karta nuk mund të rimbursohet, por mund ta kaloni balancën në një kartë të re.',
        'Përshëndetje,\n\nfatkeqësisht karta nuk mund të rimbursohet.',
      ],
    ];
    for (const [language, met, plain] of cases) {
      assert.deepEqual(badNews(met, language), [], `${language}: ${met}`);
      assert.equal(badNews(plain, language).length, 1, `${language}: ${plain}`);
    }
  });
});
