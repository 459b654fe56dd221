// Real export shapes of help desks (fixtures in test/fixtures/exports written
// for this project after each desk's public API docs): where the reply sits in
// each, and findings on the exact characters of the file, through escapes.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { splitReplyUnits } from '../../server/src/engine/units/formats';
import { findingsOf, lintText } from '../support/engine';

const DIR = path.resolve(__dirname, '../fixtures/exports');
const read = (name: string) => fs.readFileSync(path.join(DIR, name), 'utf8');
const shapeOf = (source: string, name: string) => splitReplyUnits(source, name).map((unit) => [unit.title, unit.maskFormat]);
const shape = (name: string) => shapeOf(read(name), name);

describe('export shapes', () => {
  it('Zendesk API: comment_value given as ["channel:all", text]', () => {
    assert.deepEqual(shape('zendesk-api-channel-comments.json'), [
      ['Shipping::Delayed parcel', 'plaintext'],
      ['Billing::Refund issued', 'html'],
    ]);
    const source = read('zendesk-api-channel-comments.json');
    const [finding] = findingsOf('deferral/vague-timeframe', source, 'zendesk-api-channel-comments.json');
    assert.equal(source.slice(finding!.start, finding!.end), 'soon');
    // Before it, the body holds "I\u2019ll": offsets stay exact after a \u escape.
    assert.ok(source.slice(0, finding!.start).includes('I\\u2019ll') || source.slice(0, finding!.start).includes('I’ll'));
  });

  it('Zendesk YAML dumps: actions with a comment_value text or [channel, text] list', () => {
    assert.deepEqual(shape('zendesk-macros-dump.yaml'), [
      ['Returns::Label sent', 'plaintext'],
      ['Returns::Wrong size', 'plaintext'],
    ]);
    const source = read('zendesk-macros-dump.yaml');
    const found = lintText(source, 'zendesk-macros-dump.yaml').findings.find((finding) => finding.ruleId === 'deferral/vague-timeframe');
    assert.equal(source.slice(found!.start, found!.end), 'shortly');
  });

  it('one macro per YAML file: an osTicket template (subject, body) is one HTML reply, its no-reply footer masked', () => {
    assert.deepEqual(shape('osticket-ticket-autoresp.yaml'), [['Support ticket opened [#%{ticket.number}]', 'html']]);
    const source = read('osticket-ticket-autoresp.yaml');
    const findings = lintText(source, 'osticket-ticket-autoresp.yaml').findings;
    assert.ok(findings.some((finding) => source.slice(finding.start, finding.end) === 'as soon as possible'));
    assert.ok(
      findings.every((finding) => finding.start < source.indexOf('<hr>')),
      'nothing in the footer',
    );
  });

  it('osTicket canned responses (title, response), Freshdesk (title, content), Help Scout (name, HTML text)', () => {
    assert.deepEqual(shape('osticket-canned-responses.yaml'), [
      ['Password reset done', 'plaintext'],
      ['Awaiting logs', 'plaintext'],
    ]);
    assert.deepEqual(shape('freshdesk-canned-responses-api.json'), [
      ['Warranty claim', 'plaintext'],
      ['Account locked', 'plaintext'],
    ]);
    assert.deepEqual(shape('helpscout-saved-replies-api.json'), [
      ['Visiting the store', 'html'],
      ['Out of stock', 'html'],
    ]);
  });

  it('Zammad text modules (name, content in HTML) are snippets: no greeting or closing asked of them', () => {
    assert.deepEqual(shape('zammad-text-modules.json'), [
      ['Password reset', 'html'],
      ['Forwarded to billing', 'html'],
    ]);
    assert.deepEqual(
      splitReplyUnits(read('zammad-text-modules.json'), 'zammad-text-modules.json').map((unit) => unit.kind),
      ['snippet', 'snippet'],
    );
    const ruleIds = lintText(read('zammad-text-modules.json'), 'zammad-text-modules.json').findings.map((found) => found.ruleId);
    assert.ok(!ruleIds.includes('formula/greeting') && !ruleIds.includes('formula/closing'), ruleIds.join(', '));
    assert.ok(ruleIds.includes('deferral/vague-timeframe'), 'prose rules still read a snippet');
    // A kind comment in the body wins; other exports say nothing about kind.
    const withComment = read('zammad-text-modules.json').replace("<div>I'll pass", "<!-- replylint kind=reply --><div>I'll pass");
    assert.deepEqual(
      splitReplyUnits(withComment, 'zammad-text-modules.json').map((unit) => unit.kind),
      ['snippet', 'reply'],
    );
    assert.deepEqual(
      splitReplyUnits(read('zendesk-macros-dump.yaml'), 'zendesk-macros-dump.yaml').map((unit) => unit.kind),
      [undefined, undefined],
    );
  });

  it('paginated API lists under data: Intercom macros (title, HTML body) and Gorgias setResponseText actions', () => {
    assert.deepEqual(shape('intercom-macros-api.json'), [
      ['Password help', 'html'],
      ['Bug acknowledged', 'html'],
    ]);
    assert.deepEqual(shape('gorgias-macros-api.json'), [
      ['Order delayed', 'plaintext'],
      ['Address change', 'html'],
    ]);
    const source = read('gorgias-macros-api.json');
    const found = lintText(source, 'gorgias-macros-api.json').findings.find((finding) => finding.ruleId === 'formula/hollow-phrase');
    assert.equal(source.slice(found!.start, found!.end), 'Rest assured');
  });

  it('one saved reply or canned response as an API returns it, a single object with a title and a body (reviewer-24 #13)', () => {
    // Help Scout's saved reply (name, text in HTML, chatText) and Freshdesk's canned response (title, content, content_html).
    const helpScout =
      '{"id": 88, "name": "Parcel on its way", "text": "Hi there,<br /><br />Your parcel left today and arrives soon.", "chatText": "Your parcel left today."}';
    const freshdesk = '{"id": 41, "title": "Refund sent", "content": "Hi there,\\n\\nYour refund left soon after noon.", "folder_id": 7}';
    assert.deepEqual(shapeOf(helpScout, 'saved-reply.json'), [['Parcel on its way', 'html']]);
    assert.deepEqual(shapeOf(freshdesk, 'canned-response.json'), [['Refund sent', 'plaintext']]);
    const [finding] = findingsOf('deferral/vague-timeframe', helpScout, 'saved-reply.json');
    assert.equal(helpScout.slice(finding!.start, finding!.end), 'soon');
    // An object with no title, or no body, is no macro.
    assert.deepEqual(splitReplyUnits('{"text": "Hi there, your parcel left today."}', 'a.json'), []);
    assert.deepEqual(splitReplyUnits('{"name": "replylint", "version": "1.0.0"}', 'package.json'), []);
  });

  it('leaves YAML that is no macro alone', () => {
    assert.deepEqual(splitReplyUnits('name: CI\non: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n', 'ci.yaml'), []);
    assert.deepEqual(splitReplyUnits('language: en\nrules: {}\n', 'pack.yaml'), []);
  });
});
