// Magento e-mail templates: the strings of {{trans "…"}} are the prose, with
// %name placeholders filled from the directive's own name=$value; every
// other directive and the HTML around them is code. Findings land on the
// characters inside the strings, and a fix is written into its string only
// when the template stays valid and its placeholders stay whole.
import * as assert from 'node:assert/strict';
import { builtinDialects } from '../../server/src/engine/config/dialects-file';
import { buildConfig } from '../../server/src/engine/config/project-config';
import { applyEdits } from '../../server/src/engine/fix-all';
import { lint } from '../../server/src/engine/linter';
import { detectDialect } from '../../server/src/engine/placeholders/dialects';
import { isMagentoTemplate, scanPlaceholders } from '../../server/src/engine/placeholders/scan';
import type { Finding } from '../../server/src/engine/types';
import { splitReplyUnits } from '../../server/src/engine/units/formats';
import { runCli, tempDir } from '../support/cli';

const options = buildConfig({ language: 'en' }, undefined).lintOptions;
const lintHtml = (text: string) => lint({ text, fileName: 'order_update.html' }, options);
const quoted = (text: string, finding: Finding) => text.slice(finding.start, finding.end);

const TEMPLATE = [
  '<!--@subject {{trans "Your %store_name order" store_name=$store.getFrontendName()}} @-->',
  '<!--@vars {',
  '"var order.increment_id":"Order Id"',
  '} @-->',
  '{{template config_path="design/email/header_template"}}',
  '<p class="greeting">{{trans "%name," name=$order.getCustomerName()}}</p>',
  '<p>We will reply soon outside any string.</p>',
  '<p>',
  '    {{trans',
  '        "Your order <strong>#%increment_id</strong> changed. We apologize for any inconvenience."',
  '',
  '        increment_id=$order.increment_id',
  '    |raw}}{{depend store_phone}}',
  '    {{trans \'Call <a href="tel:%store_phone">%store_phone</a>, we reply soon.\' store_phone=$store_phone |raw}}',
  '    {{/depend}}.',
  '</p>',
  '{{if order.getIsNotVirtual()}}<p>{{var comment|escape|nl2br}}</p>{{else}}<p>{{trans "Download info"}}</p>{{/if}}',
  '{{layout handle="sales_email_order_items" order=$order area="frontend"}}',
  "<p>{{trans 'Thanks for shopping with %store_nme.' store_name=$store.getFrontendName()}}</p>",
  '{{template config_path="design/email/footer_template"}}',
  '',
].join('\n');

describe('Magento e-mail templates', () => {
  it('are told by a {{trans "…"}} directive; Handlebars and Liquid files are not', () => {
    assert.ok(isMagentoTemplate(TEMPLATE));
    assert.ok(isMagentoTemplate("<p>{{ trans 'Hi' }}</p>"));
    assert.ok(!isMagentoTemplate('<p>{{#if name}}{{name}}{{/if}}, {% trans "Hi" %} {{transport}}</p>'));
  });

  it('the strings of {{trans}} are the prose: findings on their characters, nothing outside them, no directive read as broken', () => {
    const result = lintHtml(TEMPLATE);
    assert.deepEqual(
      result.findings.map((finding) => [finding.ruleId, quoted(TEMPLATE, finding), finding.range.start.line]),
      [
        ['empathy/non-apology', 'We apologize for any inconvenience', 9],
        ['deferral/vague-timeframe', 'soon', 13],
        ['placeholder/unknown-variable', 'store_nme', 18],
      ],
    );
    // "soon" of line 6 is HTML outside any string, code to Magento: not judged. {{/depend}} and {{/if}} close nothing Handlebars opened.
    assert.ok(!result.findings.some((finding) => finding.ruleId === 'placeholder/malformed'));
    const unknown = result.findings.find((finding) => finding.ruleId === 'placeholder/unknown-variable')!;
    assert.match(unknown.message, /store_name/);
  });

  it('%name in a trans string is a placeholder of the magento dialect, detected from the file; the names a directive passes are known', () => {
    const scan = scanPlaceholders(TEMPLATE, { magento: true });
    const variables = scan.placeholders
      .filter((placeholder) => placeholder.syntax === '%')
      .map((placeholder) => TEMPLATE.slice(placeholder.start, placeholder.end));
    assert.deepEqual(variables, ['%store_name', '%name', '%increment_id', '%store_phone', '%store_phone', '%store_nme']);
    assert.deepEqual(scan.problems, []);
    assert.equal(detectDialect(scan.placeholders, builtinDialects()), 'magento');
    // A custom name the directive passes is known; the same name not passed is not.
    const custom = '<p>{{trans "Use %coupon_code at checkout." coupon_code=$coupon}}</p><p>{{trans "Or %coupon_cod."}}</p>';
    assert.deepEqual(
      lintHtml(custom)
        .findings.filter((finding) => finding.ruleId === 'placeholder/unknown-variable')
        .map((finding) => quoted(custom, finding)),
      ['coupon_cod'],
    );
  });

  it('a fix is written into its trans string, never with that string quote, markup or a new %name, and never over a placeholder', () => {
    const result = lintHtml(TEMPLATE);
    const apology = result.findings.find((finding) => finding.ruleId === 'empathy/non-apology')!;
    assert.ok(apology.suggestions.length > 0, 'a double-quoted string takes an apostrophe');
    for (const suggestion of apology.suggestions) {
      const fixed = applyEdits(TEMPLATE, suggestion.edits);
      assert.ok(fixed.includes('Your order <strong>#%increment_id</strong> changed. '), fixed);
      assert.ok(isMagentoTemplate(fixed));
    }
    const unknown = result.findings.find((finding) => finding.ruleId === 'placeholder/unknown-variable')!;
    assert.ok(applyEdits(TEMPLATE, unknown.suggestions[0]!.edits).includes("{{trans 'Thanks for shopping with %store_name.' store_name="));
    // In a single-quoted string, a suggestion with an apostrophe would end the string: none is offered.
    const single = "<p>{{trans 'Hi %name, we apologize for any inconvenience.' name=$order.getCustomerName()}}</p>";
    const [finding] = lintHtml(single).findings.filter((item) => item.ruleId === 'empathy/non-apology');
    assert.ok(finding, 'found in a single-quoted string');
    for (const suggestion of finding.suggestions) {
      const fixed = applyEdits(single, suggestion.edits);
      const string = /\{\{trans '([^']*)'/.exec(fixed)![1]!;
      assert.ok(string.startsWith('Hi %name, '), fixed);
      assert.ok(fixed.endsWith("' name=$order.getCustomerName()}}</p>"), fixed);
    }
  });

  it('an edit next to a %name never lengthens or makes one', () => {
    const text = '{{trans "Dear %name soon" name=$order.getCustomerName()}}';
    const unit = splitReplyUnits(text, 'order_update.html')[0]!;
    const after = text.indexOf(' soon');
    assert.equal(unit.encode('s', after, after), undefined);
    assert.equal(unit.encode(' and', after, after), ' and');
    assert.equal(unit.encode('100%', text.indexOf('soon'), text.indexOf('soon')), undefined);
    assert.equal(unit.encode('x', text.indexOf('%name') + 1, text.indexOf('%name') + 5), 'x');
    assert.equal(unit.encode('x', text.indexOf('%name'), text.indexOf('%name') + 5), undefined);
    // Outside every string: code, never written.
    assert.equal(unit.encode('x', text.indexOf('name='), text.indexOf('name=')), undefined);
  });

  it('a tag in a string without |raw is shown to the customer as text (Magento escapes it): placeholder/malformed on the tag', () => {
    const text = [
      '<p>{{trans "Your order <strong>#%increment_id</strong> is on its way." increment_id=$order.increment_id}}</p>',
      '<p>{{trans "Track it <a href=\\"%url\\">here</a>." url=$order.getTrackingUrl() |raw}}</p>',
      '<p>{{trans "Orders < 50 EUR and > 10 EUR ship in 2 days."}}</p>',
    ].join('\n');
    const malformed = lintHtml(text).findings.filter((finding) => finding.ruleId === 'placeholder/malformed');
    assert.deepEqual(
      malformed.map((finding) => [quoted(text, finding), finding.range.start.line]),
      [
        ['<strong>', 0],
        ['</strong>', 0],
      ],
    );
    assert.equal(
      malformed[0]!.message,
      'Magento escapes a {{trans}} string without "|raw": the customer sees "<strong>" as text. Add "|raw" to the directive or take the tag out.',
    );
    // The words around the tag are still read as prose, and no fix touches the tag.
    assert.ok(malformed.every((finding) => finding.suggestions.length === 0));
  });

  it('{{depend}}, {{if}}/{{else}} and {{for}} must balance: an unclosed block, a stray close or else is placeholder/malformed', () => {
    const malformed = (text: string) =>
      lintHtml(text)
        .findings.filter((finding) => finding.ruleId === 'placeholder/malformed')
        .map((finding) => [quoted(text, finding), finding.message.replace(/ Fix the placeholder syntax.*$/, '')]);
    const trans = '{{trans "Your order is on its way."}}';
    // Balanced, nested and with else: nothing.
    assert.deepEqual(malformed(`{{depend a}}{{if b}}${trans}{{else}}{{var c}}{{/if}}{{/depend}}{{for item in items}}{{var item.name}}{{/for}}`), []);
    assert.deepEqual(malformed(`<p>{{depend order.phone}}${trans}</p>`), [['{{depend order.phone}}', '"{{depend …}}" is never closed with "{{/depend}}".']]);
    assert.deepEqual(malformed(`<p>${trans}{{/depend}}</p>`), [['{{/depend}}', '"{{/depend}}" has no matching "{{depend …}}".']]);
    assert.deepEqual(malformed(`<p>${trans}{{else}}</p>`), [['{{else}}', '"{{else}}" has no matching "{{if …}}".']]);
    assert.deepEqual(malformed(`{{if a}}{{depend b}}${trans}{{/if}}`), [['{{/if}}', '"{{/if}}" closes "{{if …}}" but "{{depend …}}" is still open.']]);
    // {{var}}, {{template}} and {{layout}} open nothing.
    assert.deepEqual(malformed(`{{var a}}{{template config_path="x"}}{{layout handle="y"}}${trans}`), []);
  });

  it('a Magento i18n CSV ("source","translation" rows of UI strings) is no reply, even named on the command line', async () => {
    const csv = '"Your order #%1 has shipped.","Twoje zamówienie #%1 zostało wysłane."\n"We will reply soon.","Odpowiemy wkrótce."\n';
    for (const fileName of ['app/i18n/acme/pl_pl/pl_PL.csv', 'strings.TSV']) {
      const result = lint({ text: csv, fileName }, options);
      assert.deepEqual([result.units.length, result.findings.length], [0, 0], fileName);
    }
    // The editor opens a .csv as plain text: its language id does not make it a reply.
    assert.equal(lint({ text: csv, fileName: '/shop/i18n/pl_PL.csv', languageId: 'plaintext' }, options).units.length, 0);
    assert.equal(lint({ text: csv, fileName: 'untitled:1', languageId: 'csv' }, options).units.length, 0);
    // The same lines in a .txt are a reply (this is about the file, not the words).
    assert.equal(lint({ text: csv, fileName: 'notes.txt' }, options).units.length, 1);
    const dir = tempDir({ 'i18n/pl_PL.csv': csv });
    const run = await runCli(['--debug', 'i18n/pl_PL.csv'], { cwd: dir });
    assert.equal(run.code, 0);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /skipped .*pl_PL\.csv: not a reply/);
  });

  it('strings over lines, in either quote, with an escaped quote inside', () => {
    const text = '{{trans\n  "The \\"Track\\" page will update soon."\n  |raw}}\n{{trans\n    \'Thanks,\nthe team\'}}';
    const result = lintHtml(text);
    assert.deepEqual(
      result.findings.filter((finding) => finding.ruleId === 'deferral/vague-timeframe').map((finding) => [quoted(text, finding), finding.range.start.line]),
      [['soon', 1]],
    );
  });
});
