// The scorecard that judges: every item says why it passed, failed or does
// not apply, and points at the text (a span) in the reply's language.
import * as assert from 'node:assert/strict';
import { buildConfig, type ConfigFile } from '../../server/src/engine/config/project-config';
import { lint } from '../../server/src/engine/linter';
import { renderRef } from '../../server/src/engine/messages';
import * as path from 'node:path';
import { readPackFile } from '../../server/src/engine/config/project-config';
import type { LintResult, ScorecardItem, UnitReport } from '../../server/src/engine/types';
import { REPO_ROOT } from '../support/build';

const lintAs = (text: string, config: ConfigFile = {}): LintResult =>
  lint({ text, fileName: 'reply.md' }, buildConfig({ language: 'en', ...config }, undefined).lintOptions);

function replyOf(text: string, config: ConfigFile = {}): UnitReport {
  return lintAs(text, config).units[0]!;
}

/** The item's value, its reason's id and the text its span covers. */
function judged(text: string, item: ScorecardItem, config: ConfigFile = {}): { value: string; id: string; quote: string | undefined; reason: string } {
  const unit = replyOf(text, config);
  const reason = unit.reasons[item];
  const quote = reason.start === undefined ? undefined : text.slice(reason.start, reason.end);
  return { value: unit.scorecard[item], id: reason.id, quote, reason: renderRef(unit.language, reason) };
}

const SIGNED = '\n\nBest,\nAna';

describe('scorecard reasons', () => {
  it('each built-in pack declares the same kinds for an item as the rule that asks for it (formula/greeting, formula/closing)', () => {
    for (const language of ['en', 'pl', 'fi', 'lt', 'sq']) {
      const pack = readPackFile(path.join(REPO_ROOT, 'rules/recommended', `${language}.yaml`));
      for (const [item, kinds] of Object.entries(pack.scorecard?.kinds ?? {})) {
        const asking = Object.entries(pack.rules).filter(([, rule]) => rule.kind === 'require' && rule.scorecard === item);
        assert.ok(asking.length > 0, `${language}: no rule asks for ${item}`);
        for (const [id, rule] of asking) assert.deepEqual(rule.kinds, kinds, `${language}: ${id} kinds differ from scorecard.kinds.${item}`);
      }
    }
  });

  describe('greeting', () => {
    it('passes on a greeting and points at it', () => {
      const result = judged(`Hi Sam,\n\nYour refund went out today.${SIGNED}`, 'greeting');
      assert.deepEqual([result.value, result.id, result.quote], ['pass', 'scorecard.greeting.pass', 'Hi']);
      assert.equal(result.reason, 'Opens with a greeting: "Hi".');
    });

    it('fails with no greeting, pointing at the first sentence', () => {
      const result = judged(`Your refund went out today.${SIGNED}`, 'greeting');
      assert.deepEqual([result.value, result.id, result.quote], ['fail', 'scorecard.greeting.missing', 'Your refund went out today.']);
    });

    it('"Dear Customer" is not a passing greeting, in every language', () => {
      const cases: [string, string, string][] = [
        ['en', 'Dear Customer,\n\nYour refund went out today.\n\nBest,\nAna', 'Dear Customer'],
        ['pl', 'Szanowny Kliencie,\n\nzwrot został dziś zlecony.\n\nPozdrawiam,\nAnna', 'Szanowny Kliencie'],
        ['fi', 'Hyvä asiakas,\n\npalautus on käsitelty tänään.\n\nYstävällisin terveisin,\nAnna', 'Hyvä asiakas'],
        ['lt', 'Gerbiamas kliente,\n\npinigai grąžinti šiandien.\n\nPagarbiai,\nAna', 'Gerbiamas kliente'],
        ['sq', 'I nderuar klient,\n\nrimbursimi u krye sot.\n\nMe respekt,\nAna', 'I nderuar klient'],
      ];
      for (const [language, text, quote] of cases) {
        const result = judged(text, 'greeting', { language });
        assert.deepEqual([result.value, result.id, result.quote], ['fail', 'scorecard.greeting.fail', quote], language);
        assert.ok(result.reason.includes(quote) && result.reason.includes('formula/dear-customer'), result.reason);
      }
    });

    it('is n/a for a snippet and for a chat message after the first, saying why', () => {
      const snippet = judged('Open Settings and choose Security.', 'greeting', { kind: 'snippet' });
      assert.deepEqual([snippet.value, snippet.id, snippet.quote], ['n/a', 'scorecard.notForKind', undefined]);
      assert.equal(snippet.reason, 'Not asked of this kind of text: snippet.');
      // Even a generic salutation in a snippet does not make the item fail.
      assert.equal(judged('Dear customer, open Settings and choose Security.', 'greeting', { kind: 'snippet' }).value, 'n/a');
    });
  });

  describe('empathy', () => {
    it('applies to a delay: fails without empathy, pointing at the delay', () => {
      const result = judged(`Hi Sam,\n\nYour parcel was delayed at the depot and arrives on Friday.${SIGNED}`, 'empathy');
      assert.deepEqual([result.value, result.id, result.quote], ['fail', 'scorecard.empathy.missing.delay', 'delayed']);
      assert.equal(result.reason, 'Tells of a delay ("delayed") without acknowledging it.');
    });

    it('applies to a complaint: passes on words that acknowledge it, anywhere in the reply', () => {
      const failed = judged(`Hi Sam,\n\nThe blender arrived damaged. A replacement ships on Monday.${SIGNED}`, 'empathy');
      assert.deepEqual([failed.value, failed.id, failed.quote], ['fail', 'scorecard.empathy.missing.complaint', 'arrived damaged']);
      const passed = judged(
        `Hi Sam,\n\nThe blender arrived damaged. A replacement ships on Monday. I'm sorry you had to unpack a broken one.${SIGNED}`,
        'empathy',
      );
      assert.deepEqual([passed.value, passed.id, passed.quote], ['pass', 'scorecard.empathy.pass', 'sorry']);
    });

    it('applies to a refusal (bad news), not only to "unfortunately"', () => {
      const result = judged(`Hi Sam,\n\nWe can't refund orders older than a year.${SIGNED}`, 'empathy');
      assert.deepEqual([result.value, result.id, result.quote], ['fail', 'scorecard.empathy.fail', "We can't refund"]);
      assert.ok(result.reason.includes('empathy/bad-news-without-empathy'), result.reason);
    });

    it('a non-apology fails it even where the reply needs none', () => {
      const result = judged(`Hi Sam,\n\nWe apologise for any inconvenience caused. The invoice is attached.${SIGNED}`, 'empathy');
      assert.deepEqual([result.value, result.id], ['fail', 'scorecard.empathy.fail']);
      assert.ok(result.quote && /inconvenience/.test(result.quote), result.quote);
    });

    it('is n/a with nothing to acknowledge, and a hypothetical complaint is not one', () => {
      assert.deepEqual(Object.values(judged(`Hi Sam,\n\nThe invoice is attached.${SIGNED}`, 'empathy')).slice(0, 2), ['n/a', 'scorecard.empathy.notNeeded']);
      assert.equal(judged(`Hi Sam,\n\nIf the parcel arrives damaged, send us a photo.${SIGNED}`, 'empathy').value, 'n/a');
    });

    it('in Polish, Finnish, Lithuanian and Albanian too', () => {
      const cases: [string, string, string, string][] = [
        ['pl', 'Dzień dobry,\n\nprzesyłka jest opóźniona i dotrze w piątek.\n\nPozdrawiam,\nAnna', 'fail', 'opóźniona'],
        ['pl', 'Dzień dobry,\n\nprzykro mi, przesyłka jest opóźniona i dotrze w piątek.\n\nPozdrawiam,\nAnna', 'pass', 'przykro'],
        ['fi', 'Hei,\n\ntoimitus on viivästynyt ja saapuu perjantaina.\n\nTerveisin,\nAnna', 'fail', 'toimitus on viivästynyt'],
        ['lt', 'Laba diena,\n\nsiunta vėluoja ir atkeliaus penktadienį.\n\nPagarbiai,\nAna', 'fail', 'siunta vėluoja'],
        ['sq', 'Përshëndetje,\n\ndërgesa ka një vonesë dhe arrin të premten.\n\nMe respekt,\nAna', 'fail', 'vonesë'],
      ];
      for (const [language, text, value, quote] of cases) {
        const result = judged(text, 'empathy', { language });
        assert.deepEqual([result.value, result.quote], [value, quote], `${language}: ${text}`);
      }
    });
  });

  describe('next step', () => {
    it('passes on a time frame and points at it', () => {
      const result = judged(`Hi Sam,\n\nI'll email you the tracking link by 3 pm today.${SIGNED}`, 'nextStep');
      assert.deepEqual([result.value, result.id, result.quote], ['pass', 'scorecard.nextStep.pass', 'by 3 pm']);
    });

    it('fails on a vague time frame and names the rule', () => {
      const result = judged(`Hi Sam,\n\nWe'll get back to you soon.${SIGNED}`, 'nextStep');
      assert.equal(result.value, 'fail');
      assert.equal(result.id, 'scorecard.nextStep.fail');
      assert.ok(result.reason.includes('deferral/'), result.reason);
    });

    it('is n/a when nothing is promised', () => {
      assert.deepEqual(Object.values(judged(`Hi Sam,\n\nYour refund went out.${SIGNED}`, 'nextStep')).slice(0, 2), ['n/a', 'scorecard.nextStep.none']);
    });

    it('a date in the past, a validity or opening hours is no next step, in every language', () => {
      const cases: [string, string][] = [
        ['en', `Hi Sam,\n\nThe offer expired on 3 January, so I can't apply it now.${SIGNED}`],
        ['en', `Hi Sam,\n\nYour voucher is valid until 12 March.${SIGNED}`],
        ['en', `Hi Sam,\n\nThis issue was closed because there hasn't been any activity for 21 days.${SIGNED}`],
        ['en', `Hi Sam,\n\nHow can I help you today?${SIGNED}`],
        ['pl', 'Dzień dobry,\n\nkod rabatowy jest ważny do 12 marca.\n\nPozdrawiam,\nAnna'],
        ['pl', 'Dzień dobry,\n\npaczka została wysłana 3 marca.\n\nPozdrawiam,\nAnna'],
        ['fi', 'Hei,\n\nalennuskoodi on voimassa 12.3. asti.\n\nTerveisin,\nAnna'],
        ['lt', 'Laba diena,\n\nsiuntą išsiuntėme kovo 3 d.\n\nPagarbiai,\nAna'],
        ['sq', 'Përshëndetje,\n\nkodi i zbritjes është i vlefshëm deri më 12 mars.\n\nMe respekt,\nAna'],
      ];
      for (const [language, text] of cases) {
        const result = judged(text, 'nextStep', { language });
        assert.deepEqual([result.value, result.id], ['n/a', 'scorecard.nextStep.none'], `${language}: ${text}`);
      }
    });

    it('passes only on a step still to come, pointing at its time, in every language', () => {
      const cases: [string, string, string][] = [
        ['en', `Hi Sam,\n\nYour order shipped on Monday and will arrive by Friday.${SIGNED}`, 'by Friday'],
        ['en', `Hi Sam,\n\nWithin 24 hours, I'll send you the new invoice.${SIGNED}`, 'Within 24 hours'],
        ['pl', 'Dzień dobry,\n\nodpowiemy w ciągu 2 dni roboczych.\n\nPozdrawiam,\nAnna', '2 dni'],
        ['fi', 'Hei,\n\nvastaamme kahden arkipäivän kuluessa.\n\nTerveisin,\nAnna', 'kahden arkipäivän'],
        ['lt', 'Laba diena,\n\natsakysime per 2 darbo dienas.\n\nPagarbiai,\nAna', '2 darbo dienas'],
        ['sq', "Përshëndetje,\n\ndo t'ju përgjigjemi brenda 2 ditëve.\n\nMe respekt,\nAna", '2 ditëve'],
      ];
      for (const [language, text, quote] of cases) {
        const result = judged(text, 'nextStep', { language });
        assert.equal(result.value, 'pass', `${language}: ${text}`);
        assert.equal(result.quote?.trim().replace(/[.]$/, ''), quote, `${language}: ${text}`);
      }
    });

    it('is n/a when the step waits on a concrete event nobody can date, pointing at the event', () => {
      const cases: [string, string, string][] = [
        ['en', `Hi Sam,\n\nOnce the parcel is back at our warehouse, we'll refund it.${SIGNED}`, 'Once the parcel is back at our warehouse'],
        ['en', `Hi Sam,\n\nI'll let you know when we hear back from the courier.${SIGNED}`, 'when we hear back from the courier'],
        ['pl', 'Dzień dobry,\n\nzwrócimy pieniądze, gdy paczka wróci do naszego magazynu.\n\nPozdrawiam,\nAnna', 'gdy paczka wróci do naszego magazynu'],
        ['fi', 'Hei,\n\nilmoitamme, kun kuljetusliike on vastannut meille.\n\nTerveisin,\nAnna', 'kun kuljetusliike on vastannut meille'],
        ['lt', 'Laba diena,\n\ninformuosime, kai tik kurjeris mums atsakys.\n\nPagarbiai,\nAna', 'kai tik kurjeris mums atsakys'],
        ['sq', "Përshëndetje,\n\ndo t'ju njoftojmë sapo korrieri të na përgjigjet.\n\nMe respekt,\nAna", 'sapo korrieri të na përgjigjet'],
      ];
      for (const [language, text, quote] of cases) {
        const result = judged(text, 'nextStep', { language });
        assert.deepEqual([result.value, result.id, result.quote], ['n/a', 'scorecard.nextStep.onEvent', quote], `${language}: ${text}`);
        assert.ok(result.reason.includes(quote), result.reason);
      }
    });

    it("fails when the step waits on the team's own finding-out (deferral/undated-event), in every language", () => {
      const cases: [string, string, string][] = [
        ['en', `Hi Sam,\n\nWe will let you know as soon as we have more information.${SIGNED}`, 'as soon as we have more information'],
        ['en', `Hi Sam,\n\nWe'll be in touch as soon as the team has looked at it.${SIGNED}`, 'as soon as the team has looked at it'],
        ['pl', 'Dzień dobry,\n\ndamy znać, gdy tylko będziemy mieli więcej informacji.\n\nPozdrawiam,\nAnna', 'gdy tylko będziemy mieli więcej informacji'],
        ['fi', 'Hei,\n\npalaamme asiaan, kun saamme lisätietoja.\n\nTerveisin,\nAnna', 'kun saamme lisätietoja'],
        ['lt', 'Laba diena,\n\nsusisieksime, kai gausime daugiau informacijos.\n\nPagarbiai,\nAna', 'kai gausime daugiau informacijos'],
        ['sq', "Përshëndetje,\n\ndo t'ju njoftojmë sapo të kemi më shumë informacion.\n\nMe respekt,\nAna", 'sapo të kemi më shumë informacion'],
      ];
      for (const [language, text, quote] of cases) {
        const result = judged(text, 'nextStep', { language });
        assert.deepEqual([result.value, result.id, result.quote], ['fail', 'scorecard.nextStep.fail', quote], `${language}: ${text}`);
        assert.ok(result.reason.includes('deferral/undated-event'), result.reason);
      }
      // Someone outside the team, or the customer, makes the event concrete.
      assert.equal(judged(`Hi Sam,\n\nWe'll refund it as soon as you have sent the parcel back.${SIGNED}`, 'nextStep').id, 'scorecard.nextStep.onEvent');
      // A time window the help desk fills in, in the same sentence, dates the step.
      const windowed = judged(
        `Hi Sam,\n\nThe estimated resolution window is **{X timeframe}**, and I'll update you as soon as I hear more.${SIGNED}`,
        'nextStep',
      );
      assert.deepEqual([windowed.value, windowed.quote], ['pass', 'window is **{X timeframe}']);
      // A request to the customer promises no step of ours: nothing waits on the event.
      assert.equal(judged(`Hi Sam,\n\nPlease let us know as soon as you have more information.${SIGNED}`, 'nextStep').id, 'scorecard.nextStep.none');
      assert.equal(
        judged('Thank you for contacting us. When replying, please keep the ticket ID in the subject so that we can track your replies.', 'nextStep', {
          kind: 'auto-reply',
        }).id,
        'scorecard.nextStep.fail',
      );
    });

    it('a hand-off or "looking into it" is met by the next step a sentence or more later, not by one before it', () => {
      const rulesOf = (text: string, language = 'en') => lintAs(text, { language }).findings.map((finding) => finding.ruleId);
      const later: [string, string][] = [
        ['en', `Hi Sam,\n\nWe're looking into it.\n\nI'll write to you by Friday either way.${SIGNED}`],
        ['en', `Hi Sam,\n\nI've escalated this to our engineering team. I'll update you by **{timeframe}**.${SIGNED}`],
        ['en', `Hi Sam,\n\nI've passed this along to our specialist team. I'll follow up as soon as they update me.${SIGNED}`],
        ['pl', 'Dzień dobry,\n\nsprawdzamy to. Napiszę do Pana do piątku.\n\nPozdrawiam,\nAnna'],
        ['fi', 'Hei,\n\nvälitin asian teknisen tuen tiimille. Ilmoitan teille huomenna klo 12 mennessä.\n\nTerveisin,\nAnna'],
        ['lt', 'Laba diena,\n\ntikriname šią situaciją. Parašysiu Jums iki penktadienio.\n\nPagarbiai,\nAna'],
        ['sq', "Përshëndetje,\n\npo e shqyrtojmë. Do t'ju shkruaj deri të premten.\n\nMe respekt,\nAna"],
      ];
      for (const [language, text] of later) {
        const found = rulesOf(text, language).filter((rule) => rule === 'deferral/looking-into-it' || rule === 'ownership/nameless-handoff');
        assert.deepEqual(found, [], `${language}: ${text}`);
      }
      // A step before the trigger, a time in the past, or none at all: still a finding.
      assert.deepEqual(rulesOf(`Hi Sam,\n\nYour refund will arrive within 5 days. We're still looking into the other order.${SIGNED}`), [
        'deferral/looking-into-it',
      ]);
      assert.deepEqual(rulesOf(`Hi Sam,\n\nWe're looking into it. Your parcel left our warehouse on Monday.${SIGNED}`), ['deferral/looking-into-it']);
      assert.deepEqual(rulesOf(`Hi Sam,\n\nI've escalated this to our engineering team. Thanks for bearing with us.${SIGNED}`), ['ownership/nameless-handoff']);
    });

    it('an auto-reply whose next step waits on a restock or a queue says what happens next; receipt of a reply on an open ticket owes no time', () => {
      const cases: [string, string, string][] = [
        ['en', 'Thanks for your order! We have received it. It will ship when the new stock arrives.', 'when the new stock arrives'],
        ['en', "Thanks for waiting. You're in the queue and we'll call you when your turn comes.", 'when your turn comes'],
        ['pl', 'Dziękujemy za zamówienie! Otrzymaliśmy je i wyślemy je, gdy tylko towar wróci na stan.', 'gdy tylko towar wróci na stan'],
        ['fi', 'Kiitos tilauksestasi! Olemme vastaanottaneet sen ja lähetämme sen, kun tuote tulee takaisin varastoon.', 'kun tuote tulee takaisin varastoon'],
        ['lt', 'Dėkojame už užsakymą! Gavome jį. Pranešime, kai prekė vėl bus sandėlyje.', 'kai prekė vėl bus sandėlyje'],
        ['sq', 'Faleminderit për porosinë! E morëm dhe do ta dërgojmë sapo produkti të jetë sërish në gjendje.', 'sapo produkti të jetë sërish në gjendje'],
      ];
      for (const [language, text, quote] of cases) {
        const result = judged(text, 'nextStep', { language, kind: 'auto-reply' });
        assert.deepEqual([result.value, result.id, result.quote], ['n/a', 'scorecard.nextStep.onEvent', quote], `${language}: ${text}`);
      }
      for (const [language, text] of [
        ['en', 'Your reply to request #4411 has been received.'],
        ['fi', 'Vastauksenne tukipyyntöön #4411 on vastaanotettu.'],
        ['en', 'Hi Ann,\n\nA password reset request has been submitted on your behalf. Follow the link below to change your password.'],
      ]) {
        assert.equal(judged(text!, 'nextStep', { language, kind: 'auto-reply' }).id, 'scorecard.nextStep.none', text);
      }
      // A new request received, or a vague time that only looks like an event ("as soon as possible"), still owes a time:
      // one finding, on the vague words (auto-reply-next-step yields to vague-timeframe there), and the item fails.
      const vague = 'Your request #4411 has been received. We will reply as soon as possible.';
      assert.deepEqual(
        lintAs(vague, { kind: 'auto-reply' }).findings.map((finding) => finding.ruleId),
        ['deferral/vague-timeframe'],
      );
      assert.equal(judged(vague, 'nextStep', { kind: 'auto-reply' }).value, 'fail');
      assert.deepEqual(
        lintAs('Your request #4411 has been received.', { kind: 'auto-reply' }).findings.map((finding) => finding.ruleId),
        ['deferral/auto-reply-next-step'],
      );
    });

    it('a closing still to come is a next step with its time; opening hours are not', () => {
      assert.equal(judged(`Hi Sam,\n\nThis ticket will be closed in 7 days if we don't hear from you.${SIGNED}`, 'nextStep').value, 'pass');
      assert.equal(judged(`Hi Sam,\n\nOur office is closed until 2 January.${SIGNED}`, 'nextStep').id, 'scorecard.nextStep.none');
      assert.equal(judged(`Hi Sam,\n\nTickets are closed after 7 days without a reply.${SIGNED}`, 'nextStep').id, 'scorecard.nextStep.none');
    });

    it('an instruction with a time and no will-word is a next step, in every language', () => {
      const cases: [string, string][] = [
        ['en', 'Please wait 5-10 minutes and try again.'],
        ['en', 'Wait 5-10 minutes and try again.'],
        ['pl', 'Proszę odczekać 5-10 minut i spróbować ponownie.'],
        ['pl', 'Odczekaj 5-10 minut i spróbuj ponownie.'],
        ['fi', 'Odota 5–10 minuuttia ja yritä uudelleen.'],
        ['lt', 'Palaukite 5–10 minučių ir bandykite dar kartą.'],
        ['sq', 'Prisni 5-10 minuta dhe provoni përsëri.'],
        ['sq', "Pas pak minutash do t'ju shkruaj me lidhjen."],
      ];
      for (const [language, text] of cases) {
        const unit = replyOf(text, { language });
        assert.equal(unit.scorecard.nextStep, 'pass', `${language}: ${text}`);
      }
      // Waiting that is over is no step.
      assert.equal(judged(`Hi Sam,\n\nWe had to wait 3 days for the part.${SIGNED}`, 'nextStep').id, 'scorecard.nextStep.none');
    });

    it('an auto-reply that acknowledges a message without a time fails and points at the acknowledgement', () => {
      const result = judged('Hello,\n\nWe have received your message about the invoice.', 'nextStep', { kind: 'auto-reply' });
      assert.deepEqual([result.value, result.id, result.quote], ['fail', 'scorecard.nextStep.fail', 'We have received']);
    });

    it('an automatic notice that only reports an event (an order shipped) asks for no next step', () => {
      const result = judged('Hello,\n\nYour order #1042 has shipped with DPD. Track it here: https://example.com/t/1042', 'nextStep', { kind: 'auto-reply' });
      assert.equal(result.value, 'n/a');
    });
  });

  describe('ownership', () => {
    it('passes when nothing deflects or blames', () => {
      assert.deepEqual(Object.values(judged(`Hi Sam,\n\nI refunded the order today.${SIGNED}`, 'ownership')).slice(0, 2), ['pass', 'scorecard.ownership.pass']);
    });

    it('fails on deflection and on blame, pointing at the words', () => {
      const deflection = judged(`Hi Sam,\n\nThat's not my department.${SIGNED}`, 'ownership');
      assert.deepEqual([deflection.value, deflection.id], ['fail', 'scorecard.ownership.fail']);
      assert.ok(deflection.quote && /not my department/i.test(deflection.quote), deflection.quote);
      const blame = judged(`Hi Sam,\n\nYou didn't check the address, so the parcel came back.${SIGNED}`, 'ownership');
      assert.deepEqual([blame.value, blame.id], ['fail', 'scorecard.ownership.fail']);
      assert.ok(blame.reason.includes('tone/blame'), blame.reason);
    });
  });

  describe('ownership in every language', () => {
    it('fails on a hand-off to a nameless team, even with a relative clause saying it will handle it', () => {
      const cases: [string, string, string][] = [
        ['pl', 'Dzień dobry,\n\nPana zgłoszenie zostało przekazane do działu technicznego, który się nim zajmie.\n\nPozdrawiam,\nAnna', 'przekazane do działu'],
        ['lt', 'Laba diena,\n\nJūsų užklausą perdavėme techniniam skyriui, kuris ją išnagrinės.\n\nPagarbiai,\nAna', 'perdavėme techniniam skyriui'],
        ['sq', 'Përshëndetje,\n\nkërkesa juaj iu kalua departamentit teknik, i cili do ta shqyrtojë.\n\nMe respekt,\nAna', 'iu kalua departamentit'],
        ['en', `Hi Sam,\n\nI've passed this to our billing team, which will handle it.${SIGNED}`, 'passed this to our'],
      ];
      for (const [language, text, quote] of cases) {
        const result = judged(text, 'ownership', { language });
        assert.deepEqual([result.value, result.id, result.quote], ['fail', 'scorecard.ownership.fail', quote], `${language}: ${text}`);
        assert.ok(result.reason.includes('ownership/nameless-handoff'), result.reason);
      }
    });

    it('passes on a named owner or "I will" with a time', () => {
      const cases: [string, string][] = [
        ['pl', 'Dzień dobry,\n\nprzekazałem sprawę Markowi z działu rozliczeń i dam Panu znać dziś do 15:00.\n\nPozdrawiam,\nAnna'],
        ['lt', 'Laba diena,\n\nperdaviau klausimą Tomui iš sąskaitų skyriaus ir pranešiu Jums šiandien iki 15 val.\n\nPagarbiai,\nAna'],
        ['sq', "Përshëndetje,\n\nia kalova çështjen Arbenit nga faturimi dhe do t'ju njoftoj sot deri në orën 15:00.\n\nMe respekt,\nAna"],
      ];
      for (const [language, text] of cases) assert.equal(judged(text, 'ownership', { language }).value, 'pass', `${language}: ${text}`);
    });

    it('fails on telling the customer to read more carefully (tone/blame)', () => {
      const cases: [string, string, string][] = [
        ['en', `Hi Sam,\n\nPlease make sure to read our emails carefully.${SIGNED}`, 'read our emails carefully'],
        ['pl', 'Dzień dobry,\n\nprosimy o uważne zapoznanie się z ofertą przed złożeniem zamówienia.\n\nPozdrawiam,\nAnna', 'prosimy o uważne zapoznanie się'],
        ['fi', 'Hei,\n\nlukekaa ohjeet huolellisesti ennen tilausta.\n\nTerveisin,\nAnna', 'lukekaa ohjeet huolellisesti'],
        ['lt', 'Laba diena,\n\nprašome atidžiai susipažinti su pasiūlymu.\n\nPagarbiai,\nAna', 'prašome atidžiai susipažinti'],
        ['sq', 'Përshëndetje,\n\nju lutemi lexoni me kujdes ofertën.\n\nMe respekt,\nAna', 'lexoni me kujdes'],
      ];
      for (const [language, text, quote] of cases) {
        const result = judged(text, 'ownership', { language });
        assert.deepEqual([result.value, result.quote?.toLowerCase()], ['fail', quote.toLowerCase()], `${language}: ${text}`);
        assert.ok(result.reason.includes('tone/blame'), result.reason);
      }
    });
  });

  it('a word that only announces bad news ("unfortunately") is no empathy in en, pl, lt and sq: the rule flags it alone, the scorecard fails on it', () => {
    const cases: [string, string, string, string][] = [
      ['en', "Hi Sam,\n\nunfortunately, we can't refund this order.\n\nBest,\nAna", 'unfortunately', "I know that's disappointing."],
      ['en', "Hi Sam,\n\nsadly, we can't refund this order.\n\nBest,\nAna", 'sadly', "I know that's disappointing."],
      ['pl', 'Dzień dobry,\n\nniestety nie możemy zwrócić pieniędzy.\n\nPozdrawiam,\nAnna', 'niestety', 'Rozumiem, że to rozczarowujące.'],
      ['lt', 'Laba diena,\n\ndeja, negalime grąžinti pinigų.\n\nPagarbiai,\nAna', 'deja', 'Suprantu, kad tai nemalonu.'],
      ['sq', "Përshëndetje,\n\nfatkeqësisht nuk mund t'jua kthejmë paratë.\n\nMe respekt,\nAna", 'fatkeqësisht', 'E kuptoj që është zhgënjyese.'],
    ];
    for (const [language, text, word, acknowledgement] of cases) {
      const alone = judged(text, 'empathy', { language });
      assert.deepEqual([alone.value, alone.quote], ['fail', word], `${language}: ${text}`);
      assert.ok(alone.reason.includes('empathy/bad-news-without-empathy'), alone.reason);
      const acknowledged = text.replace(/\n\n(?=[^\n]*\n[^\n]*$)/, ` ${acknowledgement}\n\n`);
      assert.equal(judged(acknowledged, 'empathy', { language }).value, 'pass', `${language}: ${acknowledged}`);
      assert.deepEqual(
        lintAs(acknowledged, { language }).findings.map((finding) => finding.ruleId),
        [],
        `${language}: ${acknowledged}`,
      );
    }
  });

  it('Finnish "valitettavasti" (from valittaa, to regret) is the regret itself: the refusal has its word, the scorecard passes on it (trial10)', () => {
    const regretted = 'Hei,\n\nvalitettavasti emme voi palauttaa rahoja.\n\nTerveisin,\nAnna';
    const passed = judged(regretted, 'empathy', { language: 'fi' });
    assert.deepEqual([passed.value, passed.quote], ['pass', 'valitettavasti']);
    assert.deepEqual(
      lintAs(regretted, { language: 'fi' }).findings.map((finding) => finding.ruleId),
      [],
    );
    const plain = judged('Hei,\n\nemme voi palauttaa rahoja.\n\nTerveisin,\nAnna', 'empathy', { language: 'fi' });
    assert.deepEqual([plain.value, plain.quote], ['fail', 'emme voi']);
  });

  describe('closing', () => {
    it('passes on a closing and points at it; fails without one; n/a for an auto-reply', () => {
      const passed = judged(`Hi Sam,\n\nYour refund went out today.${SIGNED}`, 'closing', { kind: 'reply' });
      assert.deepEqual([passed.value, passed.id, passed.quote], ['pass', 'scorecard.closing.pass', 'Best']);
      const failed = judged('Hi Sam,\n\nYour refund went out today.', 'closing', { kind: 'reply' });
      assert.deepEqual([failed.value, failed.id], ['fail', 'scorecard.closing.missing']);
      assert.equal(judged('Hello,\n\nWe reply within one business day.', 'closing', { kind: 'auto-reply' }).value, 'n/a');
    });

    it("is n/a for a macro, the help desk's signature being appended to it, in every language; strict asks it", () => {
      const macros: [string, string][] = [
        ['en', 'Hi Sam,\n\nYour refund went out today.'],
        ['pl', 'Dzień dobry,\n\nzwrot został dziś zlecony.'],
        ['fi', 'Hei,\n\npalautus on käsitelty tänään.'],
        ['lt', 'Laba diena,\n\npinigai grąžinti šiandien.'],
        ['sq', 'Përshëndetje,\n\nrimbursimi u krye sot.'],
      ];
      for (const [language, text] of macros) {
        const macro = judged(text, 'closing', { language, kind: 'macro' });
        assert.deepEqual([macro.value, macro.id], ['n/a', 'scorecard.closing.helpDesk'], language);
        assert.ok(macro.reason.includes('strict'), macro.reason);
        const strict = judged(text, 'closing', { language, kind: 'macro', extends: ['recommended', 'strict'] });
        assert.deepEqual([strict.value, strict.id], ['fail', 'scorecard.closing.missing'], language);
      }
      // A macro read by its words as a full e-mail (it greets) says the same.
      assert.equal(judged('Hi Sam,\n\nYour refund went out today.', 'closing').id, 'scorecard.closing.helpDesk');
    });
  });

  it('reasons point at the same text after an edit elsewhere in a library (incremental lint)', async () => {
    const { UnitCache } = await import('../../server/src/engine/linter');
    const options = buildConfig({ language: 'en' }, undefined).lintOptions;
    const cache = new UnitCache();
    const before = '## One\n\nHi Sam,\n\nDone.\n\nBest,\nAna\n\n## Two\n\nHi Sam,\n\nYour parcel was delayed.\n\nBest,\nAna\n';
    lint({ text: before, fileName: 'library.md' }, options, cache);
    const after = before.replace('Done.', 'Done, and the invoice is attached.');
    const incremental = lint({ text: after, fileName: 'library.md' }, options, cache);
    const fresh = lint({ text: after, fileName: 'library.md' }, options);
    assert.deepEqual(incremental.units[1]!.reasons, fresh.units[1]!.reasons);
    const reason = fresh.units[1]!.reasons.empathy;
    assert.equal(after.slice(reason.start, reason.end), 'delayed');
  });
});
