// Issue 13 (recall): a feature the team has put on its plans, its launch promised with no date, is the team's own
// undated milestone (deferral/undated-event: scorecard.nextStep `launches` after `plans` in its sentence). A sold-out
// product "available again" names no plan of ours: the restock is the supplier's and the e-mail is the next step
// (5f9efb21 took the bare word back for that reason), so those replies stay quiet in all five languages; so does a
// restock put on the plans (`restocks` in the plan's sentence: "Restocking … is on our roadmap").
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

const RULE = 'deferral/undated-event';
const flagged = (text: string, language: string) => spansOf(RULE, text, 'reply.txt', { language, kind: 'reply' });

describe('a planned feature launched "when it is available", in every language', () => {
  it('is flagged when the plan is named before it and no date is given', () => {
    const undated: [string, string, string][] = [
      ['en', "Thanks for the idea! Team folders are on our roadmap, and we'll let you know when they're available.", "when they're available"],
      ['en', "Thanks for the idea. Offline mode is on our roadmap, and we'll tell you when it's launched.", "when it's launched"],
      ['pl', 'Dziękujemy za pomysł! Foldery zespołowe mamy w planach i damy znać, gdy będą dostępne.', 'gdy będą dostępne'],
      ['fi', 'Kiitos ideasta! Tiimikansiot ovat suunnitelmissamme, ja kerromme, kun ne ovat saatavilla.', 'kun ne ovat saatavilla'],
      ['lt', 'Ačiū už idėją! Komandų aplankai yra mūsų planuose, ir pranešime, kai jie bus prieinami.', 'kai jie bus prieinami'],
      ['sq', "Faleminderit për idenë! Dosjet e ekipit i kemi në plan dhe do t'ju njoftojmë kur të jenë të disponueshme.", 'kur të jenë të disponueshme'],
    ];
    for (const [language, text, span] of undated) assert.deepEqual(flagged(text, language), [span], `${language}: ${text}`);
  });

  it('stays quiet for a restock, and for a launch with its date', () => {
    const quiet: [string, string][] = [
      ['en', "The blue kettle is sold out. I've added you to the waiting list, and we'll email you when it's available again."],
      ['en', "Thanks for the idea! Team folders are on our roadmap for version 7 on 12 May, and we'll let you know when they're available."],
      ['pl', 'Niebieski czajnik jest wyprzedany. Dopisałem Panią do listy oczekujących i napiszemy, gdy będzie dostępny.'],
      ['pl', 'Niebieski czajnik jest wyprzedany. Napiszemy, gdy produkt będzie znów dostępny.'],
      ['fi', 'Sininen vedenkeitin on loppuunmyyty. Lisäsin sinut odotuslistalle, ja kerromme, kun se on taas saatavilla.'],
      ['fi', 'Sininen vedenkeitin on loppuunmyyty. Kerromme, kun se on jälleen saatavilla.'],
      ['lt', 'Mėlynas virdulys išparduotas. Įrašėme Jus į laukiančiųjų sąrašą ir pranešime, kai jis vėl bus prieinamas.'],
      ['sq', "Çajniku blu është shitur. Ju shtuam në listën e pritjes dhe do t'ju njoftojmë kur të jetë sërish i disponueshëm."],
    ];
    for (const [language, text] of quiet) assert.deepEqual(flagged(text, language), [], `${language}: ${text}`);
  });

  it('stays quiet for a restock put on the plans (reviewer MED 07:09: fi flagged, its twins quiet)', () => {
    const restocks: [string, string][] = [
      ['en', "Restocking the green teapot is on our roadmap, and we'll let you know when it's available."],
      ['pl', 'Uzupełnienie zapasu zielonych czajników mamy w planach i damy znać, gdy będą dostępne.'],
      ['fi', 'Vihreän teekannun varaston täydentäminen on suunnitelmissamme, ja kerromme, kun se on saatavilla.'],
      ['lt', 'Žalių arbatinukų atsargų papildymas yra mūsų planuose, ir pranešime, kai jie bus prieinami.'],
      ['sq', "Rifurnizimi i çajnikëve të gjelbër është në plan dhe do t'ju njoftojmë kur të jenë të disponueshëm."],
    ];
    for (const [language, text] of restocks) assert.deepEqual(flagged(text, language), [], `${language}: ${text}`);
  });
});
