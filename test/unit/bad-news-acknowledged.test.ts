// Trial 14 (issue 13, wrong class 8): a reply that first acknowledges what the matter means to the requester ("We
// understand the importance of minimising noise levels…") a paragraph above its refusal has shown the empathy the rule
// asks for; a figure that cannot be exact ("not possible to give an entirely accurate estimate") is no refusal.
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

const badNews = (text: string) => spansOf('empathy/bad-news-without-empathy', text, 'reply.txt', { language: 'en', kind: 'reply' });

const letter = (body: string) => `Dear Ms Lane,\n\nThank you for your request.\n\n${body}\n\nYours sincerely,\nOwen`;
const refusal = 'Unfortunately, finding the complaints would take us over 40 hours.';

describe('empathy/bad-news-without-empathy: the concern acknowledged before the news', () => {
  it('an acknowledgement anywhere above the refusal meets it', () => {
    const acknowledged = `We understand the importance of quiet trains. We have replaced 500 km of track. We are testing new pads.\n\n${refusal}`;
    assert.deepEqual(badNews(letter(acknowledged)), []);
  });

  it('a statement of the team\u2019s own work above it does not', () => {
    const work = `We care about quiet trains. We have replaced 500 km of track. We are testing new pads.\n\n${refusal}`;
    assert.deepEqual(badNews(letter(work)), ['Unfortunately']);
  });

  it('a limit on an estimate\u2019s precision is no refusal', () => {
    assert.deepEqual(badNews(letter('While it is not possible to give an entirely accurate estimate, the search would take well over 18 hours.')), []);
    assert.deepEqual(badNews(letter('It is not possible to send the records by post.')), ['not possible']);
  });
});
