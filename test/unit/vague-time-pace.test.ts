// deferral/vague-timeframe on automatic notices (fifth real-text trial, issue 13): the customer's own pace
// asked of them ("Please answer the question as soon as possible") and a time given further down an
// automatic notice ("What happens next … within {{response_time}}") are no vague deferral of ours.
import * as assert from 'node:assert/strict';
import { lintText } from '../support/engine';

const RULE = 'deferral/vague-timeframe';
const vague = (text: string, config: Record<string, unknown>) =>
  lintText(text, 'notice.txt', { placeholders: 'handlebars', ...config })
    .findings.filter((finding) => finding.ruleId === RULE)
    .map((finding) => text.slice(finding.start, finding.end));

describe('deferral/vague-timeframe: the customer pace and the time below', () => {
  it('excuses an asap-type phrase inside a request to the customer, in all five languages', () => {
    const asked: [string, string][] = [
      ['en', 'Please answer the question as soon as possible, so the case can go ahead.'],
      ['fi', 'Vastaathan kysymykseen pikimmiten, jotta asia etenee.'],
      ['lt', 'Rekomenduojame Jums pateikti užsakymą kuo greičiau.'],
      ['pl', 'Prosimy o przesłanie formularza jak najszybciej.'],
      ['sq', 'Ju lutem na dërgoni formularin sa më shpejt.'],
    ];
    for (const [language, text] of asked) assert.deepEqual(vague(text, { language, kind: 'reply' }), [], text);
  });

  it('keeps a promise of ours after the request, and every retry request, flagged', () => {
    const ours: [string, string, string][] = [
      ['en', 'Please note that our team will reply as soon as possible.', 'as soon as possible'],
      ['en', 'Please be patient, we will reply as soon as possible.', 'as soon as possible'],
      ['pl', 'Prosimy o cierpliwość, odpowiemy jak najszybciej.', 'jak najszybciej'],
      ['fi', 'Pyydämme kärsivällisyyttä, vastaamme mahdollisimman pian.', 'mahdollisimman pian'],
      ['sq', 'Ju lutem provoni më vonë.', 'provoni më vonë'],
      ['fi', 'Pyydämme, että kokeilkaa myöhemmin uudelleen.', 'kokeilkaa myöhemmin'],
    ];
    for (const [language, text, excerpt] of ours) assert.deepEqual(vague(text, { language, kind: 'reply' }), [excerpt], text);
  });

  it('an automatic notice may give the time further down; other kinds only in the next sentence', () => {
    const notice = [
      'Thanks for your request. Our team will review it shortly.',
      '',
      'Reference: {{reference}}',
      '',
      'WHAT HAPPENS NEXT',
      'A planner checks the calendar. We usually reply within {{reply_window}}.',
    ].join('\n');
    assert.deepEqual(vague(notice, { language: 'en', kind: 'auto-reply' }), []);
    assert.deepEqual(vague(notice, { language: 'en', kind: 'reply' }), ['shortly']);
    // A time above the vague one is no answer to it.
    const above = 'We usually reply within 2 working days.\n\nYour reference: {{reference}}\n\nOur team will review it shortly.';
    assert.deepEqual(vague(above, { language: 'en', kind: 'auto-reply' }), ['shortly']);
  });

  it('a duration whose number is a placeholder is a time', () => {
    const text = 'Your prints will be shipped soon. You should get them in {{min_days}} - {{max_days}} working days.';
    assert.deepEqual(vague(text, { language: 'en', kind: 'reply' }), []);
    const pl = 'Nasz zespół wkrótce rozpatrzy wniosek. Zazwyczaj odpowiadamy w ciągu {{czasOdpowiedzi}}.';
    assert.deepEqual(vague(pl, { language: 'pl', kind: 'reply' }), []);
  });
});
