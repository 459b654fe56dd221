// deferral/vague-timeframe and promise/immediately on help-centre answers and automatic e-mails (issue 13, trial9):
// a "usually" word right after the vague time gives the time (five languages); a template's time left as a slot in
// parentheses is a time; a subscription's first mailing and a compound Finnish confirmation defer nothing; an action
// and the event it waits on ("immediately after the return is processed") promise no speed.
import * as assert from 'node:assert/strict';
import { lintText, spansOf } from '../support/engine';

function rules(text: string, language: string, kind: 'snippet' | 'auto-reply' | 'macro'): string[] {
  return lintText(text, 'answer.txt', { language, kind, placeholders: 'none' }).findings.map(
    (finding) => `${finding.ruleId}: ${text.slice(finding.start, finding.end)}`,
  );
}

describe('vague times and speed in help-centre answers', function () {
  this.timeout(60_000);

  it('a "usually" word right after the vague time gives the time, in five languages', () => {
    const answers: [string, string][] = [
      ['en', 'We answer every e-mail as soon as possible, usually the same day.'],
      ['fi', 'Vastaamme viesteihin mahdollisimman pian, tyypillisesti saman päivän aikana.'],
      ['pl', 'Odpowiadamy jak najszybciej, zwykle tego samego dnia.'],
      ['lt', 'Į laiškus atsakome kuo greičiau, paprastai tą pačią dieną.'],
      ['sq', 'U përgjigjemi mesazheve sa më shpejt, zakonisht të njëjtën ditë.'],
    ];
    for (const [language, text] of answers) assert.deepEqual(rules(text, language, 'snippet'), [], `${language}: ${text}`);
    assert.deepEqual(rules('We answer every e-mail as soon as possible.', 'en', 'snippet'), ['deferral/vague-timeframe: as soon as possible']);
  });

  it("a template's time as a slot in parentheses is a time; a subscription's first mailing is no deferral", () => {
    const ack =
      "Thanks for getting in touch! One of our agents will reach out to you ASAP. During business hours, that's usually within (realistic timeframe).";
    assert.deepEqual(
      rules(ack, 'en', 'auto-reply').filter((finding) => finding.startsWith('deferral/vague')),
      [],
    );
    assert.deepEqual(rules('Thanks for subscribing to our newsletter! You will start receiving updates soon.', 'en', 'auto-reply'), []);
    assert.deepEqual(rules('Saat tilausvahvistuksen pian maksun jälkeen.', 'fi', 'snippet'), []);
    assert.deepEqual(rules('You will receive a refund update soon.', 'en', 'snippet'), ['deferral/vague-timeframe: soon']);
  });

  it('a variable read as a time only when its words name one or it stands for a count (reviewer #15)', () => {
    const found = (text: string, language: string) => spansOf('deferral/vague-timeframe', text, 'macro.md', { language, kind: 'macro' });
    // A person's or a shop's name where a time could stand ("by", lt "per" = via) is no time.
    assert.deepEqual(found('Your refund will be handled by {{current_user.first_name}} as soon as possible.', 'en'), ['as soon as possible']);
    assert.deepEqual(found('Užsakymą, pateiktą per {{ shop.name }}, išsiųsime artimiausiu metu.', 'lt'), ['artimiausiu metu']);
    // A variable named as a date or a time is one, and so is a count before its unit.
    assert.deepEqual(found('Your refund will be sent by {{ticket.due_date}}, as soon as the parcel is back.', 'en'), []);
    assert.deepEqual(found('We will ship it as soon as possible, within {{shipping_days}} business days.', 'en'), []);
    assert.deepEqual(found('We will ship it as soon as possible, within {{n}} business days.', 'en'), []);
    assert.deepEqual(found('Užsakymą išsiųsime artimiausiu metu, per {{ pristatymo_terminas }}.', 'lt'), []);
    assert.deepEqual(found('Zamówienie wyślemy wkrótce, w ciągu {{ liczba }} dni.', 'pl'), []);
  });

  // Reviewer-16 #14: help desks name their dates by a timestamp's suffix and their reply time as the SLA.
  it("a variable ending in a timestamp's suffix (_at, _on), a deadline (_due_by) or naming the SLA is a time; a person's _by is not", () => {
    const found = (text: string) => spansOf('deferral/vague-timeframe', text, 'macro.md', { language: 'en', kind: 'macro' });
    assert.deepEqual(found('Your new lamp leaves the depot soon and should be with you by {{ shipment.expected_arrival_at }}.'), []);
    assert.deepEqual(found('The credit note goes out soon, by {{ creditNote.issuedOn }} at the latest.'), []);
    assert.deepEqual(found('A specialist will pick this up as soon as possible, and always within {{ticket.sla_target}}.'), []);
    // A person's variable with a "by" suffix, and a fill-in written in words, name no time.
    assert.deepEqual(found('The exchange will be approved by {{ ticket.assigned_by }} as soon as possible.'), ['as soon as possible']);
    assert.deepEqual(found('The exchange will be approved by [MANAGER SIGNED ON] as soon as possible.'), ['as soon as possible']);
    // A deadline's verb before the "by" makes it a time again (reviewer leftover): the help desk's due and reply-by dates.
    assert.deepEqual(found('We will reply as soon as possible, by {{ ticket.due_by }} at the latest.'), []);
    assert.deepEqual(found('Our team will review it shortly and respond by {{respond_by}}.'), []);
    assert.deepEqual(found('The first answer comes soon, by {{ticket.fr_due_by}} at the latest.'), []);
    assert.deepEqual(found('Your refund goes out soon, by {{ refund.payBy }} at the latest.'), []);
    assert.deepEqual(found('Our team will review it shortly; it was handled by {{ ticket.resolved_by }}.'), ['shortly']);
  });

  it('an action and the event it waits on promise no speed; the bare promise still does', () => {
    assert.deepEqual(rules('We will fix the invoice immediately after the return has been processed.', 'en', 'snippet'), []);
    assert.deepEqual(rules('Korjaamme laskun heti palautuksen käsittelyn jälkeen.', 'fi', 'snippet'), []);
    assert.deepEqual(rules('We will fix the invoice immediately.', 'en', 'snippet'), ['promise/immediately: fix the invoice immediately']);
    assert.deepEqual(rules('Korjaamme laskun heti.', 'fi', 'snippet'), ['promise/immediately: Korjaamme laskun heti']);
  });

  it('"the coming days" after a count is the time itself, whatever the verb; alone it is still vague (trial 22)', () => {
    const reminder = (count: string) => `Dy detyra të caktuara për ju skadojnë në ${count} ditët e ardhshme.`;
    for (const count of ['3', '%{days}']) assert.deepEqual(rules(reminder(count), 'sq', 'auto-reply'), [], count);
    assert.deepEqual(rules("Do t'ju përgjigjemi në ditët e ardhshme.", 'sq', 'auto-reply'), ['deferral/vague-timeframe: ditët e ardhshme']);
  });
});
