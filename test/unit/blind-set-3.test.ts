// Classes the third blind agent set found (test/corpus/real-world/<language>/blind-agent3/): false positives and misses,
// beside the nearest shape that is still a problem: an errand the writer takes on, a refusal with an offer after
// "however", a menu path's labels, and the time the writer asks for.
import * as assert from 'node:assert/strict';
import type { ReplyKind } from '../../server/src/engine/types';
import { lintText } from '../support/engine';

const rulesOf = (text: string, language: string, kind: ReplyKind = 'reply') =>
  lintText(text, 'answer.txt', { language, kind }).findings.map((finding) => finding.ruleId);

describe('blind set 3: classes found blind', function () {
  this.timeout(60_000);

  it("en: an errand the writer takes on ('I'll raise it with the bank for you') hands nothing back", () => {
    const mine = [
      'Thanks for the screenshot, Olu. The second charge is a hold, and I will raise it with your bank this afternoon if it is still there.',
      "Thanks for the screenshot, Olu. Let me take this up with the courier, and I'll write to you by 4 pm with what they say.",
      "Thanks for the screenshot, Olu. We'll raise it with the carrier today and I'll write to you by 4 pm with what they say.",
    ];
    for (const text of mine) assert.ok(!rulesOf(text, 'en', 'chat').includes('ownership/you-will-have-to'), text);
    const theirs = [
      'Thanks for the screenshot, Olu. Please raise it with your bank if it is still there on Monday.',
      "Thanks for the screenshot, Olu. I've checked the order, and you'll have to take it up with the courier.",
    ];
    for (const text of theirs) assert.ok(rulesOf(text, 'en', 'chat').includes('ownership/you-will-have-to'), text);
  });
  it('a refusal whose next sentence offers a way round with "however" after or before its verb meets its empathy, in five languages', () => {
    const offered: Record<string, string> = {
      en: 'Hi Tom,\n\nUnfortunately the scuff on the heel comes from driving, and the maker does not cover it. We can, however, reglue the sole for free at our workshop.\n\nBest,\nKate',
      pl: 'Dzień dobry,\n\nniestety przetarcie powstało od jazdy samochodem i producent go nie uznaje. Samą podeszwę możemy jednak przykleić bezpłatnie.\n\nPozdrawiam\nKasia',
      fi: 'Hei Timo,\n\nuunisi takuu päättyi maaliskuussa, joten emme voi korjata sitä maksutta. Voin kuitenkin varata sinulle ajan huoltoliikkeeseen.\n\nTerveisin\nAino',
      lt: 'Laba diena,\n\ndeja, garantija baigėsi kovą, todėl nemokamai jo nesutaisysime. Vis dėlto galime nemokamai patikrinti jį.\n\nPagarbiai\nRūta',
      sq: "Përshëndetje,\n\nfatkeqësisht garancia ka mbaruar në mars, prandaj nuk mund ta riparojmë falas. Megjithatë mund t'ju bëjmë një kontroll falas në servisin tonë.\n\nMe respekt,\nElira",
    };
    for (const [language, text] of Object.entries(offered))
      assert.ok(!rulesOf(text, language).includes('empathy/bad-news-without-empathy'), `${language}: ${text}`);
    // Without the offer the refusal still needs its word; Polish "jednak może" is also "it may however".
    const refused: Record<string, string> = {
      pl: 'Dzień dobry,\n\nniestety przetarcie powstało od jazdy samochodem i producent go nie uznaje. Jednak może to potrwać.\n\nPozdrawiam\nKasia',
      fi: 'Hei Timo,\n\nuunisi takuu päättyi maaliskuussa, joten emme voi korjata sitä maksutta.\n\nTerveisin\nAino',
      en: 'Hi Tom,\n\nUnfortunately the scuff on the heel comes from driving, and the maker does not cover it.\n\nBest,\nKate',
    };
    for (const [language, text] of Object.entries(refused))
      assert.ok(rulesOf(text, language).includes('empathy/bad-news-without-empathy'), `${language}: ${text}`);
  });
  it("a menu path's labels after its first item are words on the screen, not the writer's address to the reader", () => {
    const formal =
      'Dzień dobry Panie Adamie,\n\nnowe hasło ustawi Pan w panelu klienta: Hosting > Konta FTP > Zmień hasło. Zmiana działa od razu.\n\nPozdrawiam\nOla';
    assert.ok(!rulesOf(formal, 'pl').includes('tone/formality-mix'));
    for (const separator of ['›', '→']) assert.ok(!rulesOf(formal.replace(/ > /g, ` ${separator} `), 'pl').includes('tone/formality-mix'), separator);
    // The writer's own informal word beside the path still mixes the forms.
    assert.ok(rulesOf(formal.replace('Zmiana działa od razu.', 'Zmień je jeszcze dziś.'), 'pl').includes('tone/formality-mix'));
    // A path's first item stays prose: "Just click" before it is the writer's.
    assert.ok(rulesOf('Hi Ann,\n\nJust click Settings > Billing and pick the annual plan.\n\nBest,\nOla', 'en').includes('tone/condescending'));
  });
  it("the time the writer asks for ('Give me about two minutes') is the next step's time, in en and sq", () => {
    assert.ok(!rulesOf('Thanks, I am looking into your order. Give me about two minutes.', 'en', 'chat').includes('deferral/looking-into-it'));
    assert.ok(!rulesOf('Faleminderit, po e kontrolloj porosinë tuaj. Më jepni rreth dy minuta.', 'sq', 'chat').includes('deferral/looking-into-it'));
    // What the writer asks of the reader is no time of the writer's.
    assert.ok(rulesOf('Thanks, I am looking into your order. Give me a call tomorrow.', 'en', 'chat').includes('deferral/looking-into-it'));
    assert.ok(rulesOf('Faleminderit, po e kontrolloj porosinë tuaj. Më jepni numrin e telefonit.', 'sq', 'chat').includes('deferral/looking-into-it'));
  });
  it('a problem declared not ours ("not on our side", "not our problem", "we do not do X") deflects, in five languages', () => {
    const deflected: [string, string][] = [
      ['pl', 'Dzień dobry,\n\nto nie jest problem po naszej stronie.\n\nPozdrawiam\nOla'],
      ['pl', 'Dzień dobry,\n\nusterka nie leży po naszej stronie.\n\nPozdrawiam\nOla'],
      ['pl', 'Dzień dobry,\n\nnie zajmujemy się wymianami ekranów.\n\nPozdrawiam\nOla'],
      ['lt', 'Laba diena,\n\ntai ne mūsų problema.\n\nPagarbiai\nRūta'],
      ['fi', 'Hei,\n\nomat tabletit eivät kuulu meille.\n\nTerveisin\nAino'],
      ['sq', 'Përshëndetje,\n\nky nuk është problemi ynë.\n\nMe respekt,\nElira'],
      ['en', 'Hi Sam,\n\nPrinter access is handled by a different team, not us.\n\nBest,\nOla'],
    ];
    for (const [language, text] of deflected) assert.ok(rulesOf(text, language).includes('ownership/not-my-department'), `${language}: ${text}`);
    // The reader's side, or a team named with the writer staying on it, is no deflection.
    const owned: [string, string][] = [
      ['pl', 'Dzień dobry,\n\nbłąd nie leżał po Pana stronie: poprawiliśmy adres i paczka wyjdzie jutro.\n\nPozdrawiam\nOla'],
      ['lt', 'Laba diena,\n\ntai ne Jūsų problema – sutvarkysime viską patys iki rytojaus.\n\nPagarbiai\nRūta'],
      ['en', "Hi Sam,\n\nPrinter access is handled by another team, so I've asked Jan there to set it up for you by 3 pm today.\n\nBest,\nOla"],
    ];
    for (const [language, text] of owned) assert.ok(!rulesOf(text, language).includes('ownership/not-my-department'), `${language}: ${text}`);
  });
  it('pl: "niech Pan zgłosi to…" sends the customer elsewhere as "musi Pan" does; "niech Pan zgłosi się do mnie" does not', () => {
    assert.ok(rulesOf('Dzień dobry,\n\nniech Pan zgłosi to swojemu informatykowi.\n\nPozdrawiam\nOla', 'pl').includes('ownership/you-will-have-to'));
    assert.ok(rulesOf('Dzień dobry,\n\nniech się Pani skontaktuje z bankiem.\n\nPozdrawiam\nOla', 'pl').includes('ownership/you-will-have-to'));
    assert.ok(
      !rulesOf('Dzień dobry,\n\nniech Pan zgłosi się do mnie jutro o 10, razem to ustawimy.\n\nPozdrawiam\nOla', 'pl').includes('ownership/you-will-have-to'),
    );
  });
  it('sq: a request passed "te departamenti përkatës" in the passive is a nameless hand-off; one with a name and a time is not', () => {
    assert.ok(rulesOf('Përshëndetje Arta,\n\nkërkesa juaj u kalua te departamenti përkatës.\n\nEdi', 'sq', 'macro').includes('ownership/nameless-handoff'));
    const named = "Përshëndetje Arta,\n\nkërkesa juaj u kalua te departamenti i faturimit, te Besa, dhe ajo do t'ju shkruajë deri nesër në orën 12.\n\nEdi";
    assert.ok(!rulesOf(named, 'sq', 'macro').includes('ownership/nameless-handoff'));
  });
  it('reviewer-23 #20: the writer\'s own step right after "not ours", and "niech Pan zgłosi to nam", are no deflection', () => {
    const owned: [string, string, string][] = [
      [
        'pl',
        'ownership/not-my-department',
        'Dzień dobry,\n\nsami nie zajmujemy się naprawami, ale umówiłam dla Pana serwis producenta na wtorek o 10:00.\n\nPozdrawiam,\nOla',
      ],
      [
        'lt',
        'ownership/not-my-department',
        'Laba diena,\n\nformaliai tai ne mūsų problema, bet aš pats paskambinau kurjeriui ir siunta bus pas jus rytoj iki 12 val.\n\nPagarbiai\nJonas',
      ],
      [
        'pl',
        'ownership/you-will-have-to',
        'Dzień dobry,\n\ngdyby paczki nie było, niech Pan zgłosi to nam, a wyślę nową tego samego dnia.\n\nPozdrawiam,\nOla',
      ],
      ['pl', 'ownership/you-will-have-to', 'Dzień dobry,\n\npaczkę nadałam dziś rano. Niech Pani zwróci uwagę na SMS od kuriera.\n\nPozdrawiam,\nOla'],
    ];
    for (const [language, rule, text] of owned) assert.ok(!rulesOf(text, language).includes(rule), `${language}: ${text}`);
    // A pointer elsewhere after "ale" still deflects.
    assert.ok(
      rulesOf('Dzień dobry,\n\nnie zajmujemy się naprawami, ale proszę zadzwonić do serwisu.\n\nPozdrawiam,\nOla', 'pl').includes(
        'ownership/not-my-department',
      ),
    );
  });
});
