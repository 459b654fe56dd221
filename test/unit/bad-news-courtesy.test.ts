// empathy/bad-news-without-empathy with scope `onward` (reviewer #14): a stock courtesy line far below the news
// ("We apologise for any inconvenience caused.") answers nothing above it, but an apology that goes on to name the
// news ("the inconvenience this cancellation has caused you", "niedogodności związane z anulowaniem tego zamówienia")
// is no stock line: it meets it. An apology far below that belongs to another refusal of its own ("sorry, I can't add
// one") answers that one, not the news above. An apology that says what it is for ("We are sorry that your order was
// cancelled.", fi "Pahoittelemme, että …", lt "Atsiprašome, kad …", sq "Na vjen keq që …") answers the news it restates.
import * as assert from 'node:assert/strict';
import { findingsOf, spansOf } from '../support/engine';

const RULE = 'empathy/bad-news-without-empathy';

function badNews(text: string, language: string): string[] {
  return spansOf(RULE, text, 'reply.txt', { language, kind: 'reply', placeholders: 'none' });
}

const EN_NEWS =
  'Hi Sam,\n\nYour order #4410 has been cancelled because the last lamp was damaged in our warehouse.\n\nYour refund of 89 EUR goes back to your card by Friday.\n\n';
const PL_NEWS =
  'Dzień dobry Pani Anno,\n\nzamówienie nr 4410 zostało anulowane, bo ostatnia lampa uszkodziła się w magazynie.\n\nZwrot 89 zł wyślemy na Pani kartę do piątku.\n\n';

describe('bad news: a far apology that names the news, or belongs to another refusal', function () {
  this.timeout(60_000);

  it('an apology far below that names the news meets it, in en and pl (reviewer #14a)', () => {
    for (const apology of [
      'We apologise for the inconvenience this cancellation has caused you.',
      'We are sorry for the inconvenience caused by the cancellation of your lamp.',
    ])
      assert.deepEqual(badNews(`${EN_NEWS}${apology}\n\nBest,\nOwen\n`, 'en'), [], apology);
    assert.deepEqual(badNews(`${PL_NEWS}Bardzo przepraszamy za niedogodności związane z anulowaniem tego zamówienia.\n\nPozdrawiam,\nEwa\n`, 'pl'), []);
  });

  it('a stock courtesy line far below still answers nothing, in en and pl', () => {
    for (const apology of [
      'We apologise for any inconvenience caused.',
      'We apologise for any inconvenience this may have caused.',
      'We apologise for the inconvenience with the matter.',
    ])
      assert.equal(badNews(`${EN_NEWS}${apology}\n\nBest,\nOwen\n`, 'en').length, 1, apology);
    for (const apology of [
      'Przepraszamy za wszelkie niedogodności.',
      'Przepraszamy za niedogodności z tym związane.',
      'Przepraszamy za niedogodności związane z tą sytuacją.',
    ])
      assert.equal(badNews(`${PL_NEWS}${apology}\n\nPozdrawiam,\nEwa\n`, 'pl').length, 1, apology);
  });

  // The same cancellation in fi, lt and sq, a paragraph between it and the apology (verifier V3).
  const NEWS: Record<string, string> = {
    fi: 'Hei Aino,\n\ntilauksesi 4410 on peruttu, koska viimeinen sohva vaurioitui varastossa.\n\nRahat palautetaan kortillesi perjantaihin mennessä.\n\n',
    lt: 'Laba diena, Rūta,\n\ndeja, užsakymas 4410 atšauktas, nes paskutinė sofa sandėlyje buvo sugadinta.\n\nPinigus grąžinsime į Jūsų kortelę iki penktadienio.\n\n',
    sq: 'Përshëndetje Arta,\n\nfatkeqësisht porosia 4410 u anulua, sepse divani i fundit u dëmtua në magazinë.\n\nParatë do t’ju kthehen në kartë deri të premten.\n\n',
  };
  const SIGN_OFF = '\n\nMinna\n';

  it('a far apology that names the news meets it in fi, lt and sq too (verifier V3)', () => {
    const named: [string, string][] = [
      ['fi', 'Pahoittelemme tilauksen peruuntumisesta aiheutunutta haittaa.'],
      ['fi', 'Pahoittelemme peruutuksen aiheuttamaa haittaa.'],
      ['lt', 'Atsiprašome už nepatogumus, kuriuos sukėlė šio užsakymo atšaukimas, ir siunčiame nuolaidos kodą SOFA10.'],
      ['lt', 'Atsiprašome už nepatogumus dėl užsakymo atšaukimo.'],
      ['lt', 'Atsiprašome už užsakymo atšaukimo sukeltus nepatogumus.'],
      ['sq', 'Na vjen keq për shqetësimin që ju shkaktoi anulimi i kësaj porosie.'],
      ['sq', 'Kërkojmë ndjesë për shqetësimin e shkaktuar nga anulimi i porosisë.'],
    ];
    for (const [language, apology] of named) assert.deepEqual(badNews(`${NEWS[language]}${apology}${SIGN_OFF}`, language), [], apology);
  });

  it('a far stock courtesy line in fi, lt and sq still answers nothing', () => {
    const stock: [string, string][] = [
      ['fi', 'Pahoittelemme aiheutunutta haittaa.'],
      ['fi', 'Pahoittelemme tästä aiheutunutta haittaa.'],
      ['lt', 'Atsiprašome už sukeltus nepatogumus.'],
      ['lt', 'Atsiprašome už nepatogumus dėl šios situacijos.'],
      ['lt', 'Atsiprašome už nepatogumus, kuriuos sukėlė ši situacija.'],
      ['sq', 'Kërkojmë ndjesë për shqetësimin e shkaktuar.'],
      ['sq', 'Na vjen keq për shqetësimin që ju shkaktoi kjo situatë.'],
    ];
    // Finnish news without "valitettavasti" (itself regret in fi.yaml); lt and sq open with "unfortunately".
    for (const [language, apology] of stock) assert.equal(badNews(`${NEWS[language]}${apology}${SIGN_OFF}`, language).length, 1, apology);
  });

  it('an apology that says what it is for answers the news it restates, in all five languages', () => {
    const restated: [string, string, string][] = [
      ['en', EN_NEWS, 'We are sorry that your order was cancelled.'],
      ['pl', PL_NEWS, 'Przepraszamy, że zamówienie zostało anulowane.'],
      ['fi', NEWS.fi!, 'Pahoittelemme, että tilauksesi on peruttu.'],
      ['lt', NEWS.lt!, 'Atsiprašome, kad užsakymas buvo atšauktas.'],
      ['sq', NEWS.sq!, 'Na vjen keq që porosia juaj u anulua.'],
    ];
    for (const [language, news, apology] of restated) assert.deepEqual(badNews(`${news}${apology}${SIGN_OFF}`, language), [], apology);
    // Bad news of its own after an apology with no "that" still answers only itself.
    assert.equal(badNews(`${NEWS.lt}Dėl nuolaidos kodo: atsiprašome, bet negalime jo suteikti atšauktam užsakymui.${SIGN_OFF}`, 'lt').length, 1);
  });

  it('an apology far below for another refusal does not meet the news above (reviewer #14b)', () => {
    const text = `${EN_NEWS}About the discount code you asked for: sorry, I can't add one to a cancelled order.\n\nBest,\nOwen\n`;
    assert.deepEqual(badNews(text, 'en'), ['order #4410 has been cancelled']);
    // The stock-empathy rule reads the named apology alike: it names the cancellation.
    const named = `${EN_NEWS}We apologise for the inconvenience this cancellation has caused you.\n\nBest,\nOwen\n`;
    assert.deepEqual(findingsOf('empathy/stock-empathy', named, 'reply.txt', { language: 'en', kind: 'reply', placeholders: 'none' }), []);
  });
});
