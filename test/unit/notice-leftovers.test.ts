// Trial8 leftovers (issue 13), each in the languages where its shape exists: an automatic notice that goods
// were received (a device in for repair, a parcel) reports an event and owes no reply time
// (deferral/auto-reply-next-step); a retry after the customer's own step ("after calling your bank, try
// again") is no check-back; an automatic notice of a plan limit or a bank's refusal that tells the customer
// to call their bank or upgrade needs no extra empathy (empathy/bad-news-without-empathy, auto-reply only);
// "by the end of the next working day" is a time.
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

function fired(rule: string, text: string, language: string, kind: 'macro' | 'auto-reply' | 'chat'): string[] {
  return spansOf(rule, text, 'notice.md', { language, kind, placeholders: 'handlebars' });
}

describe("trial8 leftovers: notices of goods received, retries after the customer's step, plan limits and bank refusals", function () {
  // The first lint builds the five packs: slow under load.
  this.timeout(60_000);

  it('a notice that goods were received owes no reply time; a request received still does', () => {
    const received: [string, string][] = [
      ['en', 'Your device has been received for repair at our workshop.\n\nYour tracking code: {{code}}. Use it to follow the repair any time.'],
      ['en', 'Hello,\n\nWe have received your parcel. The items in it are now with our returns team.'],
      ['pl', 'Twoje urządzenie zostało przyjęte do naprawy.\n\nKod śledzenia: {{code}}.'],
      ['fi', 'Laitteesi on vastaanotettu korjaukseen.\n\nSeurantatunnuksesi: {{code}}.'],
      ['lt', 'Jūsų įrenginys gautas remontui.\n\nSekimo numeris: {{code}}.'],
      ['sq', 'Pajisja juaj u pranua për riparim.\n\nKodi i gjurmimit: {{code}}.'],
    ];
    for (const [language, text] of received) assert.deepEqual(fired('deferral/auto-reply-next-step', text, language, 'auto-reply'), [], `${language}: ${text}`);
    const requests: [string, string][] = [
      ['en', 'Hello,\n\nYour repair request has been received.'],
      ['pl', 'Dzień dobry,\n\nTwoje zgłoszenie naprawy zostało przyjęte.'],
      ['sq', 'Përshëndetje,\n\nKërkesa juaj për riparim u pranua.'],
    ];
    for (const [language, text] of requests)
      assert.equal(fired('deferral/auto-reply-next-step', text, language, 'auto-reply').length, 1, `${language}: ${text}`);
  });

  it('"by the end of the next working day" is a time (slots, 23:10 board)', () => {
    const timed: [string, string][] = [
      ['en', 'Hello,\n\nThank you for your message. We will reply by the end of the next working day.'],
      ['pl', 'Dzień dobry,\n\ndziękujemy za wiadomość. Odpowiemy do końca następnego dnia roboczego.'],
      ['fi', 'Hei,\n\nkiitos viestistäsi. Vastaamme seuraavan arkipäivän loppuun mennessä.'],
      ['lt', 'Laba diena,\n\ndėkojame už laišką. Atsakysime iki kitos darbo dienos pabaigos.'],
    ];
    for (const [language, text] of timed) assert.deepEqual(fired('deferral/auto-reply-next-step', text, language, 'auto-reply'), [], `${language}: ${text}`);
  });

  it("a retry after the customer's own step is no check-back; a bare retry still is", () => {
    const afterStep: [string, string][] = [
      ['sq', 'Pagesa nuk u krye. Pas telefonatës me bankën tuaj, ju lutemi provoni përsëri.'],
      ['fi', 'Maksu ei mennyt läpi. Kun olet soittanut pankkiisi, yritä maksua uudelleen.'],
      ['lt', 'Mokėjimas nepavyko dėl limito. Paskambinę į savo banką, pabandykite vėl.'],
    ];
    for (const [language, text] of afterStep) assert.deepEqual(fired('deferral/check-back', text, language, 'auto-reply'), [], `${language}: ${text}`);
    assert.equal(fired('deferral/check-back', 'Ju lutemi provoni përsëri pas disa ditësh.', 'sq', 'macro').length, 1);
    assert.equal(fired('deferral/check-back', 'Pabandykite vėl rytoj arba poryt.', 'lt', 'macro').length, 0);
    assert.equal(fired('deferral/check-back', 'Pabandykite vėliau.', 'lt', 'macro').length, 1);
  });

  it('a follow-up whose time is in the next sentence is timed; one with none there is not (trial8 vlsupport escalation)', () => {
    const timed: [string, string][] = [
      [
        'en',
        'Hi Sam,\n\nI will coordinate with the technical team and keep you updated. This may take [TIMEFRAME] for a thorough investigation.\n\nBest,\nAnna',
      ],
      ['en', 'Hi Sam,\n\nI will keep you updated. This may take 3 business days.\n\nBest,\nAnna'],
      ['lt', 'Laba diena,\n\nInformuosiu Jus. Tai užtruks apie 3 darbo dienas.\n\nPagarbiai,\nAnna'],
    ];
    for (const [language, text] of timed) assert.deepEqual(fired('deferral/follow-up-without-time', text, language, 'macro'), [], `${language}: ${text}`);
    assert.equal(
      fired('deferral/follow-up-without-time', 'Hi Sam,\n\nI will keep you updated. Thanks for your patience.\n\nBest,\nAnna', 'en', 'macro').length,
      1,
    );
    // A date in the past in the next sentence is no step to come.
    assert.equal(
      fired('deferral/follow-up-without-time', 'Hi Sam,\n\nI will keep you updated. Your order was placed on 3 March.\n\nBest,\nAnna', 'en', 'macro').length,
      1,
    );
  });

  it('a follow-up promise whose vague time vague-timeframe names is one finding, not two (prec3: lt contact form)', () => {
    const text = 'Laba diena,\n\nDėkojame už žinutę. Mes su Jumis susisieksime, kaip galėdami greičiau.\n\nPagarbiai,\nAnna';
    assert.deepEqual(fired('deferral/follow-up-without-time', text, 'lt', 'macro'), []);
    assert.equal(fired('deferral/vague-timeframe', text, 'lt', 'macro').length, 1);
    // With no vague words, the untimed promise is still follow-up-without-time's.
    assert.equal(fired('deferral/follow-up-without-time', 'Hi Sam,\n\nI will get back to you.\n\nBest,\nAnna', 'en', 'macro').length, 1);
  });

  it('a chat queue line that says why the customer waits needs no time; the same words in a macro still do (trial7)', () => {
    const queue: [string, string][] = [
      ['en', 'Thank you for your patience! Our team is handling other conversations and will respond to you shortly.'],
      ['pl', 'Dziękujemy za cierpliwość! Nasz zespół obsługuje teraz inne rozmowy i wkrótce odpowie.'],
      ['fi', 'Kiitos kärsivällisyydestäsi! Tiimimme palvelee nyt muita asiakkaita ja vastaa sinulle pian.'],
      ['lt', 'Ačiū už kantrybę! Mūsų komanda šiuo metu aptarnauja kitus klientus ir netrukus Jums atsakys.'],
      ['sq', "Faleminderit për durimin! Ekipi ynë po u shërben klientëve të tjerë dhe do t'ju përgjigjet së shpejti."],
    ];
    for (const [language, text] of queue) {
      assert.deepEqual(fired('deferral/vague-timeframe', text, language, 'chat'), [], `${language}: ${text}`);
      assert.equal(fired('deferral/vague-timeframe', text, language, 'macro').length, 1, `${language} macro: ${text}`);
    }
    // A chat line with no queue reason still gets the finding.
    assert.equal(fired('deferral/vague-timeframe', 'Thanks for waiting. Our team will get back to you soon.', 'en', 'chat').length, 1);
  });

  it('an automatic notice of a plan limit or a bank refusal needs no extra empathy; an agent saying it still does', () => {
    const notices: [string, string][] = [
      [
        'en',
        'Hello {{name}},\n\nYour store has been deactivated because it has reached the maximum number of orders allowed by your current package. Please consider upgrading your store package.',
      ],
      ['sq', 'Përshëndetje {{name}},\n\nAbonimi juaj është refuzuar. Ju lutemi, telefononi bankën tuaj dhe kërkoni të rrisin limitin.'],
      ['pl', 'Dzień dobry,\n\nPłatność została odrzucona. Zadzwoń do swojego banku i poproś o podniesienie limitu.'],
      ['fi', 'Hei,\n\nMaksusi hylättiin. Soita pankkiisi ja pyydä nostamaan korttisi rajaa.'],
    ];
    for (const [language, text] of notices) {
      assert.deepEqual(fired('empathy/bad-news-without-empathy', text, language, 'auto-reply'), [], `${language}: ${text}`);
      assert.equal(fired('empathy/bad-news-without-empathy', text, language, 'macro').length, 1, `${language} macro: ${text}`);
    }
  });
});
