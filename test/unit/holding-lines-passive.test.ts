// A holding line in the passive or impersonal form owes its time as "we're looking into it" does (trial 29: fi "asiaa
// tutkitaan" and "tutkitaan ja korjataan" were never flagged), and so does a fix or release promised with no date ("A
// fixed version will be released", pl "Zostanie wydana poprawiona wersja"). A status page named for the updates is
// where the customer can watch for them (trial 29 class 3).
import * as assert from 'node:assert/strict';
import { findingsOf } from '../support/engine';

const RULES = ['deferral/looking-into-it', 'deferral/undated-event', 'deferral/vague-timeframe'];

function found(text: string, language: string): string[] {
  return RULES.flatMap((rule) => findingsOf(rule, text, 'thread.md', { language, kind: 'thread' }).map(() => rule));
}

describe('holding lines: passive forms, undated releases and the status page, five languages', function () {
  this.timeout(60_000);

  it('a passive or impersonal holding line with no time is flagged', () => {
    for (const [language, text] of [
      ['en', 'Thanks for the report, the sync error is being looked into.'],
      ['en', 'Thanks for asking. Support for shared calendars is in development.'],
      ['pl', 'Dzi\u0119kujemy za zg\u0142oszenie, trwa analiza b\u0142\u0119du synchronizacji.'],
      ['fi', 'Kiitos lokitiedoista, asiaa tutkitaan.'],
      ['fi', 'Pahoittelut katkoksesta, tutkitaan ja korjataan.'],
      ['fi', 'Moi, vikaa selvitet\u00e4\u00e4n.'],
      ['lt', 'A\u010di\u016b u\u017e prane\u0161im\u0105, sinchronizavimo klaida \u0161iuo metu tiriama.'],
      ['sq', 'Faleminderit p\u00ebr njoftimin, gabimi i sinkronizimit po shqyrtohet.'],
    ]) {
      assert.deepEqual(found(text!, language!), ['deferral/looking-into-it'], `${language}: ${text}`);
    }
  });

  it('a fix or release promised with no date is an undated event', () => {
    for (const [language, text] of [
      ['en', 'The version number in the package was wrong. A fixed version will be released.'],
      ['pl', 'Numer wersji w paczce by\u0142 b\u0142\u0119dny. Zostanie wydana poprawiona wersja modu\u0142u.'],
      ['fi', 'Paketin versionumero oli v\u00e4\u00e4r\u00e4. Korjattu versio julkaistaan.'],
      ['lt', 'Paketo versijos numeris buvo klaidingas. Bus i\u0161leista pataisyta versija.'],
      ['sq', 'Numri i versionit n\u00eb paket\u00eb ishte i gabuar. Do t\u00eb publikohet nj\u00eb version i ri.'],
    ]) {
      assert.deepEqual(found(text!, language!), ['deferral/undated-event'], `${language}: ${text}`);
    }
  });

  it('a time, or the status page named for the updates, gives the customer something to hold on to', () => {
    for (const [language, text] of [
      ['en', 'Thanks for the report, the sync error is being looked into. I will post here by 4 pm either way.'],
      ['en', 'We are working on the outage. Each update goes out on our status page.'],
      ['en', 'We are working on the outage. Please follow the updates on status.example.com.'],
      ['en', 'The version number in the package was wrong. A fixed version will be released on Thursday.'],
      ['pl', 'Analizujemy awari\u0119. Ka\u017cd\u0105 aktualizacj\u0119 publikujemy na stronie statusu.'],
      ['pl', 'Numer wersji w paczce by\u0142 b\u0142\u0119dny. Poprawiona wersja modu\u0142u zostanie wydana w czwartek.'],
      ['fi', 'Kiitos lokitiedoista, asiaa tutkitaan ja palaamme asiaan huomenna klo 12.'],
      ['fi', 'Vikaa selvitet\u00e4\u00e4n. P\u00e4ivit\u00e4mme tilannetta tilasivulle sit\u00e4 mukaa kuin tietoa tulee.'],
      ['fi', 'Paketin versionumero oli v\u00e4\u00e4r\u00e4. Korjattu versio julkaistaan torstaina.'],
      ['lt', 'Tiriame gedim\u0105. Kiekvien\u0105 naujien\u0105 skelbiame b\u016bsenos puslapyje.'],
      ['lt', 'Paketo versijos numeris buvo klaidingas. Pataisyta versija bus i\u0161leista ketvirtadien\u012f.'],
      ['sq', 'Po e shqyrtojm\u00eb defektin. \u00c7do p\u00ebrdit\u00ebsim e publikojm\u00eb n\u00eb faqen e statusit.'],
      ['sq', 'Numri i versionit n\u00eb paket\u00eb ishte i gabuar. Do t\u00eb publikohet nj\u00eb version i ri t\u00eb enjten.'],
    ]) {
      assert.deepEqual(found(text!, language!), [], `${language}: ${text}`);
    }
  });
  it("the reader's own goods or papers being made are a status, not a holding line (reviewer-28 #13)", () => {
    for (const [language, text] of [
      ['en', 'Your armchair is in the works at our upholstery shop: the frame was finished on Tuesday.'],
      ['fi', 'Nojatuolisi on tekeill\u00e4 verstaallamme, ja runko valmistui tiistaina.'],
      ['lt', 'J\u016bs\u0173 nuomos sutarties dokumentai yra rengiami pagal vakar gautus duomenis.'],
    ]) {
      assert.deepEqual(found(text!, language!), [], `${language}: ${text}`);
    }
    // A feature under way is still a holding line.
    assert.deepEqual(found('Thanks for asking. Exports to CSV are in the works.', 'en'), ['deferral/looking-into-it']);
  });
});
