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
    ];
    for (const [language, text] of ours) assert.notDeepEqual(flagged(text, language), [], `${language}: ${text}`);
  });
});
