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
const shape = (name: string) => splitReplyUnits(read(name), name).map((unit) => [unit.title, unit.maskFormat]);

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

  it('leaves YAML that is no macro alone', () => {
    assert.deepEqual(splitReplyUnits('name: CI\non: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n', 'ci.yaml'), []);
    assert.deepEqual(splitReplyUnits('language: en\nrules: {}\n', 'pack.yaml'), []);
  });
});
