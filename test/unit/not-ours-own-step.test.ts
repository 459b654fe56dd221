// "Not ours" followed at once by the writer's own step ("that's not our department, but I called the courier myself")
// is no deflection: en, fi and sq now read it as pl and lt do (7906d15, reviewer-23 #20). Sent on to someone else
// ("but you can call the shop") it still is, and so is sympathy with no step ("but I had the same trouble once",
// reviewer-24 #15): only a verb of acting on the case excuses it, in all five languages. An acting verb in the writer's
// own past story ("but I called my own bank about it last year") is no step on the case either (reviewer-25 #3).
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

const RULE = 'ownership/not-my-department';
const flagged = (text: string, language: string) => spansOf(RULE, text, 'reply.txt', { language, kind: 'reply', placeholders: 'none' });

const cases: [string, string, string, string, string][] = [
  [
    'en',
    "Hi Eva,\n\nThe heater is not our department, but I phoned the maker's service and they will visit you on Monday at 9:00.\n\nBest,\nLiam",
    "Hi Eva,\n\nThe heater is not our department, but you can phone the maker's service.\n\nBest,\nLiam",
    'Hi Eva,\n\nThe heater is not our department, but I have been through the same thing with my own boiler, so I know it is stressful.\n\nBest,\nLiam',
    'Hi Eva,\n\nThe heater is not our department, but I called my own boiler maker about the same fault last year and they came within a week.\n\nBest,\nLiam',
  ],
  [
    'fi',
    'Hei Eeva,\n\nl\u00e4mmitin ei kuulu meille, mutta varasin valmistajan huollon, ja he tulevat maanantaina klo 9.\n\nTerveisin\nLiisa',
    'Hei Eeva,\n\nl\u00e4mmitin ei kuulu meille, mutta voit soittaa valmistajan huoltoon.\n\nTerveisin\nLiisa',
    'Hei Eeva,\n\nl\u00e4mmitin ei kuulu meille, mutta itse olin viime talvena samassa jamassa, joten tied\u00e4n, milt\u00e4 se tuntuu.\n\nTerveisin\nLiisa',
    'Hei Eeva,\n\nl\u00e4mmitin ei kuulu meille, mutta soitin itse kerran omaan huoltoliikkeeseeni samasta viasta, ja he tulivat viikossa.\n\nTerveisin\nLiisa',
  ],
  [
    'sq',
    'P\u00ebrsh\u00ebndetje,\n\nngroh\u00ebsi nuk \u00ebsht\u00eb p\u00ebrgjegj\u00ebsia jon\u00eb, por un\u00eb thirra servisin e prodhuesit dhe ata vijn\u00eb t\u00eb h\u00ebn\u00ebn n\u00eb or\u00ebn 9.\n\nMe respekt,\nLiam',
    'P\u00ebrsh\u00ebndetje,\n\nngroh\u00ebsi nuk \u00ebsht\u00eb p\u00ebrgjegj\u00ebsia jon\u00eb, por mund t\u00eb telefononi servisin e prodhuesit.\n\nMe respekt,\nLiam',
    'P\u00ebrsh\u00ebndetje,\n\nngroh\u00ebsi nuk \u00ebsht\u00eb p\u00ebrgjegj\u00ebsia jon\u00eb, por un\u00eb vet\u00eb kam pasur t\u00eb nj\u00ebjt\u00ebn gj\u00eb me kaldaj\u00ebn time dimrin e kaluar.\n\nMe respekt,\nLiam',
    'P\u00ebrsh\u00ebndetje,\n\nngroh\u00ebsi nuk \u00ebsht\u00eb p\u00ebrgjegj\u00ebsia jon\u00eb, por un\u00eb vet\u00eb telefonova servisin tim p\u00ebr t\u00eb nj\u00ebjtin defekt vitin e kaluar.\n\nMe respekt,\nLiam',
  ],
  [
    'pl',
    'Dzie\u0144 dobry,\n\nkocio\u0142 to nie nasz dzia\u0142, ale zadzwoni\u0142am do serwisu producenta i technik przyjedzie w poniedzia\u0142ek o 9:00.\n\nPozdrawiam\nOla',
    'Dzie\u0144 dobry,\n\nkocio\u0142 to nie nasz dzia\u0142, ale mo\u017ce Pani zadzwoni\u0107 do serwisu producenta.\n\nPozdrawiam\nOla',
    'Dzie\u0144 dobry,\n\nkocio\u0142 to nie nasz dzia\u0142, ale sama prze\u017cy\u0142am to samo z moim piecem zesz\u0142ej zimy.\n\nPozdrawiam\nOla',
    'Dzie\u0144 dobry,\n\nkocio\u0142 to nie nasz dzia\u0142, ale zadzwoni\u0142am kiedy\u015b do swojego serwisu z t\u0105 sam\u0105 usterk\u0105 i przyjechali po tygodniu.\n\nPozdrawiam\nOla',
  ],
  [
    'lt',
    'Laba diena,\n\n\u0161ildytuvas ne m\u016bs\u0173 problema, bet paskambinau gamintojo servisui ir meistras atvyks pirmadien\u012f 9 val.\n\nPagarbiai\nJonas',
    'Laba diena,\n\n\u0161ildytuvas ne m\u016bs\u0173 problema, bet galite paskambinti gamintojo servisui.\n\nPagarbiai\nJonas',
    'Laba diena,\n\n\u0161ildytuvas ne m\u016bs\u0173 problema, bet a\u0161 pats pra\u0117jusi\u0105 \u017eiem\u0105 tur\u0117jau lygiai t\u0105 pat\u012f.\n\nPagarbiai\nJonas',
    'Laba diena,\n\n\u0161ildytuvas ne m\u016bs\u0173 problema, bet pernai paskambinau savo meistrui d\u0117l tokio paties gedimo.\n\nPagarbiai\nJonas',
  ],
];

// A story's word beside a step on the reader's case or today keeps the excuse (reviewer-26 #12).
const todays: [string, string][] = [
  [
    'en',
    "Hi Eva,\n\nThe heater is not our department, but I've asked my own colleague in the service team to book yours today, and she will call you by 4 pm.\n\nBest,\nLiam",
  ],
  [
    'pl',
    'Dzie\u0144 dobry,\n\nkocio\u0142 to nie nasz dzia\u0142, ale zadzwoni\u0142am dzi\u015b do serwisu, kt\u00f3ry kiedy\u015b naprawia\u0142 nasze piece, i technik przyjedzie do Pani w poniedzia\u0142ek o 9:00.\n\nPozdrawiam\nOla',
  ],
  [
    'fi',
    'Hei Eeva,\n\nl\u00e4mmitin ei kuulu meille, mutta soitin t\u00e4n\u00e4\u00e4n omaan huoltotiimiimme puolestasi, ja he tulevat maanantaina klo 9.\n\nTerveisin\nLiisa',
  ],
  [
    'sq',
    'P\u00ebrsh\u00ebndetje,\n\nngroh\u00ebsi nuk \u00ebsht\u00eb p\u00ebrgjegj\u00ebsia jon\u00eb, por un\u00eb telefonova sot servisin q\u00eb dikur na i riparonte ngroh\u00ebsit dhe ata vijn\u00eb t\u00eb h\u00ebn\u00ebn n\u00eb or\u00ebn 9.\n\nMe respekt,\nLiam',
  ],
];

describe("not ours, then the writer's own step (five languages)", function () {
  this.timeout(60_000);

  for (const [language, ownStep, sentOn, sympathy, story] of cases) {
    it(`${language}: the writer's step after it: quiet; sent on, sympathy with no step or the writer's own past story: flagged`, () => {
      assert.deepEqual(flagged(ownStep, language), []);
      assert.equal(flagged(sentOn, language).length, 1);
      assert.equal(flagged(sympathy, language).length, 1);
      assert.equal(flagged(story, language).length, 1);
    });
  }

  for (const [language, text] of todays) {
    it(`${language}: a story's word beside the step on the reader's case today keeps it quiet`, () => {
      assert.deepEqual(flagged(text, language), []);
    });
  }
});
