// #13: a release of ours that waits on an outside party's step named in its sentence ("The fix will be out once the app
// store approves it") is dated by that step, as "once the courier has checked" already was; waiting on our own step
// with no date ("once we have tested it") is still an undated event. Five languages alike.
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

const RULE = 'deferral/undated-event';
const flagged = (text: string, language: string) => spansOf(RULE, text, 'reply.txt', { language, kind: 'reply' });

describe("a milestone waiting on an outside party's step, in every language", () => {
  it('is dated by that step', () => {
    const outside: [string, string][] = [
      ['en', 'Thanks for the report. The fix will be out once the app store approves it.'],
      ['en', 'Thanks for the report. The fix will be out once Apple approves it.'],
      ['en', 'Thanks for the report. The fix will be out once the supplier confirms the parts.'],
      ['en', 'Thanks for the report. The fix will be out once we hear back from the courier.'],
      ['pl', 'Dziękujemy za zgłoszenie. Poprawka zostanie wydana, gdy App Store ją zatwierdzi.'],
      ['fi', 'Kiitos ilmoituksesta. Korjaus julkaistaan, kun App Store hyväksyy sen.'],
      ['lt', 'Ačiū už pranešimą. Bus išleista pataisa, kai App Store ją patvirtins.'],
      ['sq', 'Faleminderit për njoftimin. Do të publikohet një version i rregulluar sapo App Store ta miratojë.'],
      ['pl', 'Dziękujemy za zgłoszenie. Poprawka zostanie wydana, gdy Google ją zatwierdzi.'],
      ['fi', 'Kiitos ilmoituksesta. Korjaus julkaistaan, kun Google hyväksyy sen.'],
      ['lt', 'Ačiū už pranešimą. Bus išleista pataisa, kai Google ją patvirtins.'],
      ['sq', 'Faleminderit për njoftimin. Do të publikohet një version i rregulluar sapo Google ta miratojë.'],
    ];
    for (const [language, text] of outside) assert.deepEqual(flagged(text, language), [], `${language}: ${text}`);
  });

  it('waiting on our own step it is still undated', () => {
    const ours: [string, string][] = [
      ['en', 'Thanks for the report. The fix will be out once we have tested it.'],
      ['pl', 'Dziękujemy za zgłoszenie. Poprawka zostanie wydana, gdy sprawdzimy ją w zespole.'],
      ['fi', 'Kiitos ilmoituksesta. Korjaus julkaistaan, kun olemme testanneet sen.'],
      ['lt', 'Ačiū už pranešimą. Bus išleista pataisa, kai ją išbandysime.'],
      ['sq', 'Faleminderit për njoftimin. Do të publikohet një version i rregulluar sapo ta testojmë.'],
      // Our own test on a brand's phones: the brand approves nothing (reviewer MED on #13).
      ['pl', 'Dziękujemy za zgłoszenie. Poprawka zostanie wydana, gdy sprawdzimy ją na tabletach Apple.'],
      ['fi', 'Kiitos ilmoituksesta. Korjaus julkaistaan, kun olemme kokeilleet sitä Googlen puhelimilla.'],
      ['lt', 'Ačiū už pranešimą. Bus išleista pataisa, kai ją išbandysime Apple planšetėse.'],
      ['sq', 'Faleminderit për njoftimin. Do të publikohet një version i rregulluar sapo ta provojmë në tabletat Apple.'],
    ];
    for (const [language, text] of ours) assert.notDeepEqual(flagged(text, language), [], `${language}: ${text}`);
  });

  it("an outside party's wait for another promise later in the sentence dates no milestone", () => {
    // Reviewer MED on #13: the bank's step times the refund, not the release.
    const other: [string, string][] = [
      ['en', 'Thanks for spotting the crash. The fix will be in the next release, and we will return the fee once the bank confirms the chargeback.'],
      ['pl', 'Dziękujemy za zgłoszenie. Poprawka zostanie wydana w następnej wersji, a opłatę oddamy, gdy bank potwierdzi reklamację.'],
      ['fi', 'Kiitos ilmoituksesta. Korjaus julkaistaan seuraavassa versiossa, ja palautamme maksun, kun pankki vahvistaa hyvityksen.'],
      ['lt', 'Ačiū už pranešimą. Pataisa bus išleista kitoje versijoje, o mokestį grąžinsime, kai bankas patvirtins užklausą.'],
      [
        'sq',
        "Faleminderit për njoftimin. Do të publikohet një version i rregulluar me përditësimin e ardhshëm, dhe tarifën do t'jua kthejmë sapo banka ta konfirmojë kërkesën.",
      ],
    ];
    for (const [language, text] of other) assert.notDeepEqual(flagged(text, language), [], `${language}: ${text}`);
  });
});
