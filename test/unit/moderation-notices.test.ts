// empathy/bad-news-without-empathy and moderation decisions (issue 13, team decision of 2026-12-02): an
// AUTOMATIC notice of a moderation or enforcement decision (an appeal rejected, an account suspended for
// breaking the terms or community rules) states the outcome of a process and needs no empathy
// (`unless.nearIn` with kinds [auto-reply], five languages); an agent's macro or reply saying the same still
// gets the finding, and so does an automatic notice of other bad news (a billing suspension).
import * as assert from 'node:assert/strict';
import { assertQuietAndFlagged, spansOf } from '../support/engine';

const RULE = 'empathy/bad-news-without-empathy';

function badNews(text: string, language: string, kind: 'macro' | 'auto-reply' | 'snippet'): string[] {
  return spansOf(RULE, text, 'notice.md', { language, kind, placeholders: 'handlebars' });
}

const DECISIONS: [string, string][] = [
  ['en', 'Your appeal has been rejected.\n\nWe reviewed the appeal you sent on {{date}} against the strike on your account and rejected it.'],
  ['en', 'Hello,\n\nYour account has been suspended for violating our community guidelines.'],
  ['en', 'Hello,\n\nYour account has been suspended.\n\n[Read the server rules]({{rules_url}})'],
  ['pl', 'Dzień dobry,\n\nTwoje konto zostało zawieszone.\n\n[Przeczytaj zasady serwera]({{rules_url}})'],
  ['pl', 'Dzień dobry,\n\nTwoje konto zostało zablokowane z powodu naruszenia regulaminu.'],
  ['fi', 'Hei,\n\nTilisi on jäädytetty, koska rikoit yhteisön sääntöjä.'],
  ['lt', 'Sveiki,\n\nJūsų paskyra sustabdyta dėl taisyklių pažeidimo.'],
  ['sq', 'Përshëndetje,\n\nLlogaria juaj është pezulluar për shkak të shkeljes së rregullave të komunitetit.'],
];

describe('bad news: moderation decisions in automatic notices', function () {
  // The first lint builds the five packs: slow under load.
  this.timeout(60_000);

  it('an automatic notice of a moderation decision needs no empathy, in five languages', () => {
    for (const [language, text] of DECISIONS) assert.deepEqual(badNews(text, language, 'auto-reply'), [], `${language}: ${text}`);
  });

  it("the same decision in an agent's macro or snippet still gets the finding", () => {
    for (const [language, text] of DECISIONS) assert.equal(badNews(text, language, 'macro').length, 1, `${language}: ${text}`);
    assert.equal(badNews('Konto zostało zablokowane z powodu naruszenia regulaminu.', 'pl', 'snippet').length, 1);
  });

  it('an automatic notice of other bad news still needs empathy; the words must be near the news', () => {
    assert.deepEqual(badNews('Hello,\n\nYour account has been suspended because the last payment failed.', 'en', 'auto-reply'), ['has been suspended']);
    // Two sentences away, in another paragraph, the rules say nothing about this cancellation.
    const far = 'Hello,\n\nYour booking has been cancelled.\n\nThe venue closed early.\n\nOur community guidelines are on the website.';
    assert.deepEqual(badNews(far, 'en', 'auto-reply'), ['booking has been cancelled']);
    // A word between the service and its passive verb, and an administrator, not a moderator (reviewer leftover).
    const billing: string[] = [
      'Dzień dobry,\n\nTwoja usługa hostingowa została zawieszona przez administratora z powodu zaległej faktury nr 4471.',
      'Dzień dobry,\n\nUsługa VPS-3 została zawieszona przez administratora. Powód: nieopłacona faktura nr 4471.',
      'Dzień dobry,\n\nKonto pocztowe zostało zablokowane przez administratora, ponieważ faktura nr 4471 jest przeterminowana.',
    ];
    // The reader's own report and an agreed plan are no bad news (reviewer-20 #13).
    const asked: string[] = [
      'Dzień dobry,\n\nzgłoszona przez Pana karta debetowa została zablokowana o 9:40. Nową kartę wyślemy jutro.',
      'Dzień dobry,\n\nkonto demonstracyjne zostało wyłączone po 30 dniach, tak jak ustaliliśmy.',
    ];
    assertQuietAndFlagged((text) => badNews(text, 'pl', 'auto-reply'), asked, billing);
  });

  it('an automatic status notice: its word of regret, a change the customer made, a bank or a plan limit meet it (trial8)', () => {
    const notices: [string, string][] = [
      ['en', 'Hello Dana,\n\nYour table reservation has been cancelled.\n\nIf you did not ask for this, please call us on 020 555 0101.'],
      ['en', 'Hello,\n\nUnfortunately, your registration for the workshop was not approved.'],
      ['en', 'Hello,\n\nYour payment has been declined. Please contact your bank or use another card.'],
      ['pl', 'Dzień dobry,\n\nniestety Twoja rejestracja została odrzucona.'],
      ['fi', 'Hei,\n\nvalitettavasti ilmoittautumisesi on hylätty.'],
      ['lt', 'Sveiki,\n\ndeja, Jūsų registracija atmesta.'],
      ['sq', 'Përshëndetje,\n\nfatkeqësisht regjistrimi juaj nuk është pranuar.'],
    ];
    for (const [language, text] of notices) assert.deepEqual(badNews(text, language, 'auto-reply'), [], `${language}: ${text}`);
    // An agent's "Unfortunately" alone is still no empathy; a bare cancellation notice still needs its word of regret.
    for (const [language, text] of notices.slice(1, 2)) assert.equal(badNews(text, language, 'macro').length, 1, `${language}: ${text}`);
    assert.deepEqual(badNews('Hello,\n\nYour order has been cancelled. If you have any questions, please contact us.', 'en', 'auto-reply'), [
      'order has been cancelled',
    ]);
  });
});
