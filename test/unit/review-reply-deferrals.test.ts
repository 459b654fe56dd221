// Trial 31: in public replies to reviews, a time left as a fill-in slot ("working on it for [TIMEFRAME]") was read as
// no time, and "serving you again soon" as a vague time frame.
import * as assert from 'node:assert/strict';
import { buildConfig, type ConfigFile } from '../../server/src/engine/config/project-config';
import { lint } from '../../server/src/engine/linter';
import type { LintResult } from '../../server/src/engine/types';

const lintAs = (config: ConfigFile, text: string): LintResult => lint({ text, fileName: 'reply.txt' }, buildConfig(config, undefined).lintOptions);
const ids = (result: LintResult) => result.findings.map((finding) => finding.ruleId);

describe('a fill-in slot named as a time is a time', () => {
  const TIMED: [string, string, string][] = [
    [
      'en',
      "Hi [NAME],\n\nI'm working on it for [TIMEFRAME]. Until then the web version syncs your notes.",
      "Hi [NAME],\n\nI'm working on it for [FEATURE]. Until then the web version syncs your notes.",
    ],
    ['pl', 'Dzień dobry,\n\nsprawdzamy sprawę i odezwiemy się za [CZAS].', 'Dzień dobry,\n\nsprawdzamy sprawę i odezwiemy się za [DZIAŁ].'],
    [
      'fi',
      'Hei [NIMI],\n\nselvitämme asiaa ja palaamme asiaan viimeistään [PÄIVÄMÄÄRÄ].',
      'Hei [NIMI],\n\nselvitämme asiaa ja palaamme asiaan viimeistään [TIIMI].',
    ],
    ['lt', 'Sveiki, [VARDAS],\n\ntikriname ir susisieksime po [DATA].', 'Sveiki, [VARDAS],\n\ntikriname ir susisieksime po [SKYRIUS].'],
    [
      'sq',
      'Përshëndetje [EMRI],\n\npo e shqyrtojmë dhe do t’ju shkruajmë pas [DATA].',
      'Përshëndetje [EMRI],\n\npo e shqyrtojmë dhe do t’ju shkruajmë pas [EKIPI].',
    ],
  ];
  const deferrals = (result: LintResult) => ids(result).filter((id) => id.startsWith('deferral/'));

  it('for the deferral rules, in five languages; a slot named otherwise is none', () => {
    for (const [language, timed, untimed] of TIMED) {
      assert.deepEqual(deferrals(lintAs({ language, kind: 'macro' }, timed)), [], `${language}: ${timed}`);
      assert.notDeepEqual(deferrals(lintAs({ language, kind: 'macro' }, untimed)), [], `${language}: ${untimed}`);
    }
  });
});

describe('a pleasantry about the customer’s next visit is no deferral', () => {
  const VISITS: [string, string, string][] = [
    ['en', 'Thanks for the review, Dana! We look forward to serving you again soon.', "Thanks for the review, Dana! We'll fix the booking page soon."],
    ['pl', 'Dziękujemy za opinię! Mamy nadzieję wkrótce znów Państwa gościć.', 'Dziękujemy za opinię! Błąd w rezerwacjach naprawimy wkrótce.'],
    ['fi', 'Kiitos arvostelusta! Tervetuloa uudelleen pian.', 'Kiitos arvostelusta! Korjaamme varaussivun pian.'],
    ['lt', 'Ačiū už atsiliepimą! Tikimės netrukus vėl jus pamatyti.', 'Ačiū už atsiliepimą! Rezervacijos klaidą ištaisysime netrukus.'],
    [
      'sq',
      'Faleminderit për vlerësimin! Shpresojmë t’ju mirëpresim përsëri së shpejti.',
      'Faleminderit për vlerësimin! Do ta rregullojmë faqen e rezervimeve së shpejti.',
    ],
  ];

  it('however the hope is worded (reviewer: pl, fi)', () => {
    for (const [language, visit] of [
      ['pl', 'Dziękujemy za miłe słowa! Mamy nadzieję, że wkrótce znów nas Pani odwiedzi.'],
      ['fi', 'Kiitos kauniista sanoista! Toivottavasti näemme teidät pian uudelleen.'],
      ['fi', 'Kiitos paljon, Laura! Nähdään taas pian.'],
    ]) {
      assert.ok(!ids(lintAs({ language: language!, kind: 'reply' }, visit!)).includes('deferral/vague-timeframe'), `${language}: ${visit}`);
    }
  });

  it('in five languages; our own work "soon" stays flagged', () => {
    for (const [language, visit, work] of VISITS) {
      assert.ok(!ids(lintAs({ language, kind: 'reply' }, visit)).includes('deferral/vague-timeframe'), `${language}: ${visit}`);
      assert.ok(ids(lintAs({ language, kind: 'reply' }, work)).includes('deferral/vague-timeframe'), `${language}: ${work}`);
    }
  });
});
