// DECISION #16: our own mistake named, our fix told as done (or our dated re-send) and its time is no bad news owed a
// word of regret (empathy/bad-news-without-empathy's requires.mended). Without the time, or with no fix, it still is;
// so is other news followed by a fix-like step ("Your order has been cancelled. We've refunded it today.").
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

const RULE = 'empathy/bad-news-without-empathy';
const flagged = (text: string, language: string) => spansOf(RULE, text, 'reply.txt', { language, kind: 'reply' });

describe('our own mistake mended with its time, in every language', () => {
  it('is met by the fix and its time', () => {
    const mended: [string, string][] = [
      ['en', "We made a mistake with the label. I've re-sent it; it arrives Friday."],
      ['en', 'We made a mistake with the address label. The parcel will go out again tomorrow morning.'],
      ['en', "It was our error: the invoice showed the old price. I've corrected it today."],
      ['en', "We made a mistake with your shipping label. I've sent the parcel again with a corrected label, and it arrives on Friday."],
      // An adverb or the reader between (reviewer 03:38 MED: en was narrower than its twins).
      ['en', "We made a mistake with your order. I've sent you a replacement; it arrives on Friday."],
      ['en', "We made a mistake with your order. We've now corrected the invoice, and you'll have it in your inbox by 5 pm today."],
      ['en', "We made a mistake with your order. I've already reshipped it, and it arrives on Friday."],
      ['en', "We made a mistake with your order. I've already sent the parcel again, and it arrives on Friday."],
      ['pl', 'Popełniliśmy błąd przy etykiecie. Wysłałam paczkę ponownie z poprawioną etykietą, dotrze w piątek.'],
      ['pl', 'Popełniliśmy błąd przy zamówieniu. Już wysłałam paczkę ponownie, dotrze w piątek.'],
      ['pl', 'To był nasz błąd na etykiecie. Wysłałam paczkę ponownie, dotrze w piątek.'],
      ['pl', 'Pomyliliśmy się przy pakowaniu. Wymieniliśmy kurtkę i kurier przywiezie ją jutro.'],
      ['fi', 'Teimme virheen osoitetarrassa. Lähetin paketin uudelleen, ja se on perillä perjantaina.'],
      ['fi', 'Virhe oli meidän. Korjasimme laskun tänään.'],
      ['lt', 'Padarėme klaidą adreso etiketėje. Siuntą išsiunčiau iš naujo, ji atvyks penktadienį.'],
      ['lt', 'Tai buvo mūsų klaida. Sąskaitą pataisėme šiandien.'],
      ['sq', 'Bëmë një gabim në etiketë. E ridërgova pakon, arrin të premten.'],
      ['sq', 'Gabimi ishte yni. E korrigjuam faturën sot.'],
      // The mend told in the third person, with its time (reviewer's next-step note on en-mend2 #6).
      ['en', 'We made a mistake with your order. A replacement left our warehouse this morning and arrives on Friday.'],
      ['en', 'We made a mistake with your order. A replacement throw in green shipped today.'],
      ['pl', 'Popełniliśmy błąd przy zamówieniu. Paczka zastępcza wyjechała z magazynu dziś rano i dotrze w piątek.'],
      ['fi', 'Teimme virheen tilauksessasi. Korvaava paketti lähti varastoltamme tänä aamuna ja on perillä perjantaina.'],
      ['lt', 'Padarėme klaidą su jūsų užsakymu. Pakaitinė prekė šį rytą išvyko iš mūsų sandėlio ir atvyks penktadienį.'],
      ['sq', 'Bëmë një gabim me porosinë tuaj. Produkti zëvendësues u nis nga magazina jonë sot në mëngjes dhe arrin të premten.'],
    ];
    for (const [language, text] of mended) assert.deepEqual(flagged(text, language), [], `${language}: ${text}`);
  });

  it('with no time, with no fix, or for news that is no mistake of ours, it is still flagged', () => {
    const still: [string, string, string][] = [
      ['en', "We made a mistake with the label. I've re-sent it.", 'We made a mistake'],
      ['en', 'We made a mistake with the label, so the parcel went back to our depot.', 'We made a mistake'],
      ['en', "Your order #4410 has been cancelled. We've re-sent the invoice; it arrives Friday.", 'order #4410 has been cancelled'],
      ['pl', 'To był nasz błąd na etykiecie. Wysłałam paczkę ponownie.', 'To był nasz błąd'],
      // "popełniliśmy błąd" is the mistake admitted as en/fi/lt/sq "we made a mistake" are (reviewer 03:29 LOW).
      ['pl', 'Popełniliśmy błąd przy etykiecie. Paczka wróciła do magazynu.', 'Popełniliśmy błąd'],
      ['pl', 'Zamówienie 4410 zostało anulowane. Zwróciliśmy dziś całą kwotę.', 'Zamówienie 4410 zostało anulowane'],
      ['fi', 'Teimme virheen osoitetarrassa. Lähetin paketin uudelleen.', 'Teimme virheen'],
      ['fi', 'Tilauksesi 4410 on peruttu. Hyvitimme koko summan tänään.', 'Tilauksesi 4410 on peruttu'],
      ['lt', 'Padarėme klaidą adreso etiketėje. Siuntą išsiunčiau iš naujo.', 'Padarėme klaidą'],
      ['lt', 'Jūsų užsakymas 4410 atšauktas. Šiandien grąžinome visą sumą.', 'užsakymas 4410 atšauktas'],
      ['sq', 'Bëmë një gabim në etiketë. E ridërgova pakon.', 'Bëmë një gabim'],
      ['sq', 'Porosia juaj 4410 është anuluar. Sot e rimbursuam të gjithë shumën.', 'Porosia juaj 4410 është anuluar'],
      ['sq', 'Bëmë një gabim me porosinë tuaj. Produkti zëvendësues u nis nga magazina jonë.', 'Bëmë një gabim'],
      ['pl', 'Popełniliśmy błąd przy zamówieniu. Paczka zastępcza wyjechała z magazynu.', 'Popełniliśmy błąd'],
    ];
    for (const [language, text, span] of still) assert.deepEqual(flagged(text, language), [span], `${language}: ${text}`);
  });
});
