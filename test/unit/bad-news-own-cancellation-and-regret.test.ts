// empathy/bad-news-without-empathy on trial 28 and corpus set 6 (issue 13), five languages:
// - a cancellation confirmed as done "successfully" is the one the reader made (`unless.near`): nothing was refused;
//   the same confirmation without it stays bad news;
// - news that says it is bad news ("Unfortunately, we can't confirm your booking\u2026") with an offer further down (help
//   to find other dates, under a heading of its own) has its regret and its way forward; with no offer, or with the
//   offer after news that does not say it is bad, it stays a finding;
// - thanks for the reader's appeal right before the decision meets it, as thanks for a suggestion does.
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

const RULE = 'empathy/bad-news-without-empathy';
const flagged = (text: string, language: string, kind: 'reply' | 'auto-reply' = 'reply') => spansOf(RULE, text, 'reply.txt', { language, kind });

// [language, own cancellation confirmed, the same confirmation with no "successfully"]
const cancelled: [string, string, string][] = [
  ['en', 'Hi Sam,\n\nYour booking has been cancelled successfully.\n\nHarbour Sauna', 'Hi Sam,\n\nYour booking has been cancelled.\n\nHarbour Sauna'],
  [
    'pl',
    'Cze\u015b\u0107 Ola,\n\nTwoja rezerwacja zosta\u0142a anulowana pomy\u015blnie.\n\nSauna przy Porcie',
    'Cze\u015b\u0107 Ola,\n\nTwoja rezerwacja zosta\u0142a anulowana.\n\nSauna przy Porcie',
  ],
  ['fi', 'Hei Aino,\n\nvarauksesi saunavuorolle on peruttu onnistuneesti.\n\nSatamasauna', 'Hei Aino,\n\nvarauksesi saunavuorolle on peruttu.\n\nSatamasauna'],
  [
    'lt',
    'Sveiki, Rasa!\n\nJ\u016bs\u0173 rezervacija pir\u010diai s\u0117kmingai at\u0161aukta.\n\nUosto pirtis',
    'Sveiki, Rasa!\n\nJ\u016bs\u0173 rezervacija pir\u010diai at\u0161aukta.\n\nUosto pirtis',
  ],
  [
    'sq',
    'P\u00ebrsh\u00ebndetje Arta,\n\nrezervimi juaj u anulua me sukses.\n\nSauna e Portit',
    'P\u00ebrsh\u00ebndetje Arta,\n\nrezervimi juaj u anulua.\n\nSauna e Portit',
  ],
];

// [language, the news with its regret word, the same news with no regret word, the offer paragraph]
const declined: [string, string, string, string][] = [
  [
    'en',
    "Unfortunately, we can't confirm your booking for the dates you chose.",
    'Your booking for the dates you chose has been declined.',
    "Other dates\nIf other dates would work for you, write to us. We'd be glad to help you find a week that suits your stay.",
  ],
  [
    'pl',
    'Niestety nie mo\u017cemy potwierdzi\u0107 rezerwacji w wybranym terminie.',
    'Rezerwacja w wybranym terminie zosta\u0142a odrzucona.',
    'Inne terminy\nJe\u015bli pasuje Pa\u0144stwu inny termin, prosimy o wiadomo\u015b\u0107. Ch\u0119tnie pomo\u017cemy znale\u017a\u0107 tydzie\u0144, kt\u00f3ry b\u0119dzie Pa\u0144stwu odpowiada\u0142.',
  ],
  [
    'lt',
    'Deja, negalime patvirtinti J\u016bs\u0173 rezervacijos pasirinktoms datoms.',
    'J\u016bs\u0173 rezervacija pasirinktoms datoms buvo atmesta.',
    'Kitos datos\nJei Jums tikt\u0173 kitos datos, para\u0161ykite mums. Mielai pad\u0117sime rasti savait\u0119, kuri tiks J\u016bs\u0173 atostogoms.',
  ],
  [
    'sq',
    'Fatkeq\u00ebsisht, nuk mund ta konfirmojm\u00eb rezervimin tuaj p\u00ebr datat q\u00eb zgjodh\u00ebt.',
    'Rezervimi juaj p\u00ebr datat q\u00eb zgjodh\u00ebt u refuzua.',
    "Data t\u00eb tjera\nN\u00ebse ju p\u00ebrshtaten data t\u00eb tjera, na shkruani. Me k\u00ebnaq\u00ebsi do t'ju ndihmojm\u00eb t\u00eb gjeni nj\u00eb jav\u00eb q\u00eb i p\u00ebrshtatet pushimit tuaj.",
  ],
  [
    'fi',
    'Valitettavasti emme voi vahvistaa varaustasi valitsemillesi p\u00e4iville.',
    'Emme voi vahvistaa varaustasi valitsemillesi p\u00e4iville.',
    'Muut p\u00e4iv\u00e4t\nJos muut p\u00e4iv\u00e4t sopivat sinulle, kirjoita meille. Autamme mielell\u00e4mme l\u00f6yt\u00e4m\u00e4\u00e4n viikon, joka sopii lomallesi.',
  ],
];
const details = 'Booking details\nCottage: ${cottage}\nDates: ${from} - ${to}\nGuests: ${guests}';
const letter = (news: string, offer?: string) => `Hello \${guest.name}!\n\n${news}\n\n${details}\n\n${offer ? `${offer}\n\n` : ''}Pine Hollow`;

// [language, thanks for the appeal, then the decision with its regret word and the way back]
const appeals: [string, string][] = [
  [
    'en',
    "Hi Robin,\n\nThanks for putting your appeal in writing. Unfortunately the board has decided to keep the three-week ban: both umpires' reports describe the same incident.\n\nThe ban ends after the match on 14 May, and you can keep training with the club until then.\n\nKasia\nclub secretary",
  ],
  [
    'pl',
    'Cze\u015b\u0107 Robert!\n\nDzi\u0119ki, \u017ce napisa\u0142e\u015b odwo\u0142anie tak spokojnie. Niestety zarz\u0105d klubu utrzyma\u0142 trzytygodniow\u0105 kar\u0119: oba raporty s\u0119dzi\u00f3w opisuj\u0105 to samo zdarzenie.\n\nKara ko\u0144czy si\u0119 po meczu 14 maja, a do tego czasu mo\u017cesz trenowa\u0107 z klubem.\n\nKasia\nsekretarz klubu',
  ],
  [
    'lt',
    'Labas, Robertai!\n\nA\u010di\u016b u\u017e apeliacij\u0105 ir ai\u0161k\u0173 apra\u0161ym\u0105. Deja, klubo valdyba paliko trij\u0173 savai\u010di\u0173 draudim\u0105: abiej\u0173 teis\u0117j\u0173 ataskaitose apra\u0161ytas tas pats epizodas.\n\nDraudimas baigiasi po gegu\u017e\u0117s 14 d. rungtyni\u0173, o iki tol gali treniruotis su klubu.\n\nKasia\nklubo sekretor\u0117',
  ],
  [
    'sq',
    'Tung Robert!\n\nFaleminderit p\u00ebr apelimin dhe p\u00ebr p\u00ebrshkrimin e qart\u00eb. Fatkeq\u00ebsisht, kryesia e klubit e la n\u00eb fuqi ndalimin prej tri jav\u00ebsh: t\u00eb dy raportet e gjyqtar\u00ebve p\u00ebrshkruajn\u00eb t\u00eb nj\u00ebjtin episod.\n\nNdalimi mbaron pas ndeshjes s\u00eb 14 majit, dhe deri at\u00ebher\u00eb mund t\u00eb st\u00ebrvitesh me klubin.\n\nKasia\nsekretare e klubit',
  ],
  [
    'fi',
    'Hei Robert!\n\nKiitos, ett\u00e4 kirjoitit valituksen n\u00e4in rauhallisesti. Valitettavasti seuran hallitus piti kolmen viikon pelikiellon voimassa: kummankin tuomarin raportissa kuvataan sama tilanne.\n\nPelikielto p\u00e4\u00e4ttyy 14.5. ottelun j\u00e4lkeen, ja sit\u00e4 ennen voit harjoitella seuran kanssa.\n\nKasia\nseuran sihteeri',
  ],
];

describe('bad news: an own cancellation, the regret word with a later offer, thanks for an appeal (trial 28, set 6)', function () {
  this.timeout(60_000);

  for (const [language, confirmed, bare] of cancelled)
    it(`${language}: a cancellation confirmed as done successfully is quiet, in a reply and a notice; without it, flagged`, () => {
      assert.deepEqual(flagged(confirmed, language), []);
      assert.deepEqual(flagged(confirmed, language, 'auto-reply'), []);
      assert.equal(flagged(bare, language).length, 1);
    });

  for (const [language, regretted, plain, offer] of declined)
    it(`${language}: the regret word with help to find other dates further down is quiet; no offer, or no regret word: flagged`, () => {
      assert.deepEqual(flagged(letter(regretted, offer), language), []);
      assert.equal(flagged(letter(plain, offer), language).length, 1);
      // Finnish "valitettavasti" is itself the regret (the pack's phrases), with or without an offer.
      assert.equal(flagged(letter(regretted), language).length, language === 'fi' ? 0 : 1);
    });

  for (const [language, text] of appeals)
    it(`${language}: thanks for the appeal right before the decision meets it`, () => {
      assert.deepEqual(flagged(text, language), []);
      const unthanked = text.replace(/\n\n[^\n]+?[.!] /, '\n\n');
      assert.notEqual(unthanked, text);
      assert.equal(flagged(unthanked, language).length, language === 'fi' ? 0 : 1, unthanked);
    });
});
