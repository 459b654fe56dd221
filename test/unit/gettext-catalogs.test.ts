// Locale files (issue 12): a gettext catalog's translations (msgstr) are an app's messages, each read as a snippet in
// the catalog's language, through the escapes and quoted pieces it is written in; an .arb, .ftl or .properties file of
// an app's strings keyed by name is not read, and the command line says so when one is named.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { applyEdits, fixAllEdits } from '../../server/src/engine/fix-all';
import { readCatalog } from '../../server/src/engine/units/gettext';
import { runCli, tempDir } from '../support/cli';
import { lintText, spansOf } from '../support/engine';

const strict = { extends: ['recommended', 'strict'] };

const SHOP_PL = [
  '# Polskie tłumaczenie powiadomień sklepu.',
  'msgid ""',
  'msgstr ""',
  '"Project-Id-Version: sklep 2.4\\n"',
  '"Language: pl_PL\\n"',
  '"Content-Type: text/plain; charset=UTF-8\\n"',
  '',
  '#: orders/mail.py:40',
  '#, python-format',
  'msgid "Your parcel %(number)s is late."',
  'msgstr ""',
  '"Dzień dobry, przesyłka %(number)s się spóźnia 📦.\\n"',
  '"Przepraszamy za wszelkie niedogodności, odezwiemy się wkrótce."',
  '',
  'msgid "Save"',
  'msgstr "Zapisz"',
  '',
  'msgid "One item was returned."',
  'msgid_plural "%d items were returned."',
  'msgstr[0] "Zwrócono %d produkt, przepraszamy za wszelkie niedogodności."',
  'msgstr[1] "Zwrócono %d produkty, przepraszamy za wszelkie niedogodności."',
  '',
  '#~ msgid "Old notice"',
  '#~ msgstr "Przepraszamy za wszelkie niedogodności, to stary komunikat."',
  '',
].join('\r\n');

describe('gettext catalogs (.po)', function () {
  this.timeout(60_000);

  it('reads each translation that is a sentence, titled by its line, in the header language, as a snippet', () => {
    const result = lintText(SHOP_PL, 'shop.po', { language: 'en' });
    assert.deepEqual(
      result.units.map((unit) => [unit.title, unit.language, unit.kind]),
      [
        ['shop.po:11', 'pl', 'snippet'],
        ['shop.po:20', 'pl', 'snippet'],
        ['shop.po:21', 'pl', 'snippet'],
      ],
    );
    // The label, the msgids, the header and the obsolete entry are not read: three apologies, none in a comment.
    assert.deepEqual(spansOf('empathy/non-apology', SHOP_PL, 'shop.po'), [
      'Przepraszamy za wszelkie niedogodności',
      'przepraszamy za wszelkie niedogodności',
      'przepraszamy za wszelkie niedogodności',
    ]);
  });

  it('lands on the file characters over quoted pieces, past an emoji, an escape and CRLF', () => {
    const [finding] = lintText(SHOP_PL, 'shop.po').findings.filter((found) => found.ruleId === 'empathy/non-apology');
    const at = SHOP_PL.indexOf('Przepraszamy');
    assert.equal(finding!.start, at);
    assert.deepEqual(finding!.range.start, { line: 12, character: 1 });
    assert.equal(finding!.excerpt, 'Przepraszamy za wszelkie niedogodności');
  });

  it('placeholders (%(name)s, %s, %1$s, {name}) are opaque, never words to judge', () => {
    const catalog = [
      'msgid ""',
      'msgstr "Language: en\\n"',
      '',
      'msgid "a"',
      'msgstr "Hi %(first_name)s, your refund for order %s of %1$s was sent today. {SHOP_NAME} thanks you."',
      '',
    ].join('\n');
    const result = lintText(catalog, 'messages.po', strict);
    assert.equal(result.units.length, 1);
    assert.deepEqual(
      result.findings.map((finding) => finding.ruleId),
      [],
    );
  });

  it('a fix is written into its quoted piece, escaped as the piece is; none across two pieces', () => {
    const one = 'msgid "a"\nmsgstr "Obviously, the \\"Return\\" label is on its way."\n';
    const fixed = applyEdits(one, fixAllEdits(lintText(one, 'en.po', strict).findings));
    assert.equal(fixed, 'msgid "a"\nmsgstr "The \\"Return\\" label is on its way."\n');
    const split = 'msgid "a"\nmsgstr ""\n"Obviously, "\n"the label is on its way."\n';
    const findings = lintText(split, 'en.po', strict).findings.filter((found) => found.ruleId === 'tone/condescending');
    assert.equal(findings.length, 1);
    assert.deepEqual(fixAllEdits(findings), []);
  });

  it('the language comes from the header, else the name or folder; a language without rules is not read', () => {
    const body = 'msgid "a"\nmsgstr "Tilauksesi on matkalla, ja se saapuu perjantaina."\n';
    assert.equal(readCatalog(body, 'locale/fi/LC_MESSAGES/shop.po', 'shop.po').language, 'fi');
    assert.equal(readCatalog(body, 'shop-fi_FI.po', 'shop-fi_FI.po').language, 'fi');
    assert.equal(readCatalog(body, 'messages.po', 'messages.po').language, undefined);
    assert.equal(lintText(body, 'fi.po', { language: 'en' }).units[0]!.language, 'fi');
    const german = 'msgid ""\nmsgstr "Language: de\\n"\n\n' + 'msgid "a"\nmsgstr "Wir melden uns so schnell wie möglich bei Ihnen."\n';
    assert.equal(lintText(german, 'shop.po', { language: 'en' }).units.length, 0);
  });

  it("a fuzzy entry's translation, which msgfmt leaves out, is not read; the next entry is (reviewer P5)", () => {
    const catalog =
      'msgid "a"\nmsgstr "We will get back to you soon."\n\n#, fuzzy, c-format\nmsgid "b"\nmsgstr "We will reply soon, %s."\n\nmsgid "c"\nmsgstr "Your parcel will arrive soon."\n';
    assert.deepEqual(
      lintText(catalog, 'en.po').units.map((unit) => unit.title),
      ['en.po:2', 'en.po:9'],
    );
  });

  it('a kind in the config wins over snippet', () => {
    assert.equal(lintText(SHOP_PL, 'shop.po', { kind: 'auto-reply' }).units[0]!.kind, 'auto-reply');
  });
});

describe('locale files of strings keyed by name', function () {
  this.timeout(60_000);

  const arb =
    '{\n  "@@locale": "en",\n  "orderLate": "Sorry for any inconvenience, your order {orderId} is late.",\n  "@orderLate": { "description": "Shown when an order is late" }\n}\n';
  const ftl = 'order-late = Sorry for any inconvenience, your order { $orderId } is late.\n';
  const properties = 'order.late=Sorry for any inconvenience, your order {0} is late.\n';

  it('an .arb, .ftl or .properties file has no reply, not even read as plain text', () => {
    for (const [name, text] of [
      ['app_en.arb', arb],
      ['en.ftl', ftl],
      ['messages_en.properties', properties],
    ] as const) {
      assert.equal(lintText(text, name).units.length, 0, name);
      assert.equal(lintText(text, name, { language: 'en' }).findings.length, 0, name);
    }
  });

  it('a FreeMarker mail template, .ftl too, is text and is read', () => {
    const template = '<p>Dear ${customer.firstName!"customer"},</p>\n<p>Sorry for any inconvenience, your order is late.</p>\n';
    assert.equal(lintText(template, 'order-late.ftl', { language: 'en' }).units.length, 1);
    assert.equal(lintText('# Fluent\n' + ftl + '    .title = Late order\n', 'en.ftl').units.length, 0);
  });

  it('named on the command line, each gets a note saying why; a folder search reads the catalog and skips them', async () => {
    const catalog = 'msgid ""\nmsgstr "Language: en\\n"\n\nmsgid "a"\nmsgstr "Sorry for any inconvenience, your order is late."\n';
    const dir = tempDir({ 'app_en.arb': arb, 'en.ftl': ftl, 'messages_en.properties': properties, 'en.po': catalog });
    const named = await runCli(['-f', 'json', ...['app_en.arb', 'en.ftl', 'messages_en.properties'].map((name) => path.join(dir, name))]);
    const files = JSON.parse(named.stdout) as { messages: { line: number; level: string; message: string }[] }[];
    assert.deepEqual(
      files.map((file) => file.messages.map((message) => [message.line, message.level, /^Not checked: .* keyed by name/.test(message.message)])),
      [[[1, 'info', true]], [[1, 'info', true]], [[1, 'info', true]]],
    );
    const searched = await runCli(['-f', 'json', dir]);
    const reports = JSON.parse(searched.stdout) as { filePath: string; messages: { ruleId: string | null }[] }[];
    assert.deepEqual(
      reports.map((report) => [path.basename(report.filePath), report.messages.map((message) => message.ruleId)]),
      [['en.po', ['empathy/non-apology']]],
    );
  });
});
