// tone/shouting (issue 13): a shop's, carrier's or company's name in capitals after the words
// that introduce it is no shouting, in every language (English had "shopping at NORDIC HOME
// STORE" only); capitals anywhere else in the same reply still are.
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

function shouting(text: string, language: string): string[] {
  return spansOf('tone/shouting', text, 'reply.txt', { language, kind: 'reply' });
}

describe('tone/shouting: names in capitals after the words that introduce them', function () {
  // The first lint builds the five packs: slow at load 14 on two cores.
  this.timeout(60_000);
  const cases: [string, string, string, string][] = [
    ['en', 'Thank you for shopping at NORDIC HOME STORE. Your order ships with DHL EXPRESS UK tomorrow.', 'Your order is ON ITS WAY now.', 'ON ITS WAY'],
    ['pl', 'Dziękujemy za zakupy w SKLEP MEBLOWY NORDIC. Paczkę doręczy kurier DPD POLSKA SP jutro.', 'Paczka jest JUŻ W DRODZE do Pana.', 'JUŻ W DRODZE'],
    ['fi', 'Kiitos ostoksistasi NORDIC HOME STORE. Paketin toimittaa POSTI GROUP OYJ huomenna.', 'Paketti on JO MATKALLA SINULLE nyt.', 'JO MATKALLA SINULLE'],
    ['lt', 'Dėkojame, kad apsipirkote NORDIC HOME STORE. Siuntą rytoj pristatys DPD LIETUVA UAB.', 'Jūsų siunta JAU PAKELIUI PAS jus.', 'JAU PAKELIUI PAS'],
    [
      'sq',
      'Faleminderit për blerjen në NORDIC HOME STORE. Pakoja dërgohet me EUROSTAR EXPRESS SHPK nesër.',
      'Porosia juaj ËSHTË NË RRUGË tani.',
      'ËSHTË NË RRUGË',
    ],
  ];
  for (const [language, names, shout, span] of cases) {
    it(`${language}: the names pass, shouting in the same reply does not`, () => {
      assert.deepEqual(shouting(names, language), []);
      assert.deepEqual(shouting(`${names} ${shout}`, language), [span]);
    });
  }
});

describe('tone/shouting: a reply-separator line in capitals is a marker, not shouting', function () {
  this.timeout(60_000);
  const cases: [string, string, string][] = [
    ['en', '### PLEASE REPLY ABOVE THIS LINE ###', 'PLEASE DO NOT REPLY to this message.'],
    ['pl', '=== ODPOWIEDZ POWYŻEJ TEJ LINII ===', 'PROSZĘ NIE ODPOWIADAĆ na tę wiadomość.'],
    ['fi', '[ KIRJOITA VASTAUKSESI TÄMÄN RIVIN YLÄPUOLELLE ]', 'ÄLKÄÄ VASTATKO TÄHÄN viestiin.'],
    ['lt', '=== ATSAKYKITE VIRŠ ŠIOS EILUTĖS ===', 'PRAŠOME NEATSAKYTI Į ŠĮ laišką.'],
    ['sq', '### PËRGJIGJUNI MBI KËTË RRESHT ###', 'JU LUTEMI MOS PËRGJIGJUNI këtij mesazhi.'],
  ];
  for (const [language, marker, shout] of cases) {
    it(`${language}: the marker passes, capitals in a sentence do not`, () => {
      assert.deepEqual(shouting(`${marker}\n\n`, language), []);
      assert.equal(shouting(`${shout}\n\n${marker}\n\n`, language).length, 1);
    });
  }
});
