// HTML character references read as the characters they stand for
// (`we&rsquo;ll` is "we’ll"), with every finding, fix and suggestion still
// on the exact characters of the source: in .html files, in Markdown, and in
// HTML bodies of JSON and YAML exports (string escapes, then references).
import * as assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import { maskProse, splitReplyUnits } from '../../server/src/engine/units/formats';
import { characterReferences, Substitutions } from '../../server/src/engine/units/source-map';
import { findingsOf, lintText } from '../support/engine';

const RULE = 'deferral/vague-timeframe';
const ofRule = (text: string, fileName: string, ruleId = RULE) => findingsOf(ruleId, text, fileName);

describe('character references', () => {
  it('are read by the browser rules in HTML and by CommonMark rules in Markdown', () => {
    const text = 'we&rsquo;ll &#39;x&#x1F600; &amp &nbsp;&unknown; &copy2026';
    const html = characterReferences(text, text, 'html').map((found) => [text.slice(found.start, found.end), found.text]);
    assert.deepEqual(html, [
      ['&rsquo;', '’'],
      ['&#39;', "'"],
      ['&#x1F600;', '😀'],
      ['&amp', '&'],
      ['&nbsp;', '\u00a0'],
      ['&copy', '©'],
    ]);
    // CommonMark: a reference always ends with ";".
    const markdown = characterReferences(text, text, 'markdown').map((found) => text.slice(found.start, found.end));
    assert.deepEqual(markdown, ['&rsquo;', '&#39;', '&#x1F600;', '&nbsp;']);
  });

  it('map every decoded character to its source: a reference as a whole, never split', () => {
    const source = 'ab&rsquo;cd&#x1F600;e';
    const substitutions = new Substitutions(characterReferences(source, source, 'html'));
    assert.equal(substitutions.substitutedOffset(source.length), 'ab’cd😀e'.length);
    // ’ and both halves of the emoji point at their reference's "&"; the next character at its end.
    assert.deepEqual([...substitutions.offsetsOf(0, source.length)!], [0, 1, 2, 9, 10, 11, 11, 20, 21]);
    assert.equal(substitutions.offsetsOf(0, 2), undefined);
  });

  it('are characters in the prose of an HTML file, and stay markup in tags, attributes, code and quotes', () => {
    const text = '<p title="a&amp;b">We&rsquo;ll fix it, Zo&euml; 😀.</p><code>x &amp;&amp; y</code><blockquote>don&#39;t</blockquote>';
    const view = maskProse(text, 'html');
    assert.equal(view.text, '<p title="a&amp;b">We’ll fix it, Zoë 😀.</p><code>x &amp;&amp; y</code><blockquote>don&#39;t</blockquote>');
    assert.equal(view.prose.length, view.text.length);
    assert.deepEqual(view.prose.match(/[\p{L}’]+/gu), ['We’ll', 'fix', 'it', 'Zoë']);
  });

  it('put findings across a reference on the whole reference, past emoji and CRLF', () => {
    const text = '<p>Hi Zo&euml; 😀,</p>\r\n<p>We&rsquo;ll reply as soon as&nbsp;poss&#105;ble.</p>\r\n';
    const [finding] = ofRule(text, 'reply.html');
    const phrase = 'as soon as&nbsp;poss&#105;ble';
    assert.equal(finding?.start, text.indexOf(phrase));
    assert.equal(finding?.end, text.indexOf(phrase) + phrase.length);
    const column = text.split('\r\n')[1]!.indexOf(phrase);
    assert.deepEqual(finding?.range, { start: { line: 1, character: column }, end: { line: 1, character: column + phrase.length } });
    assert.equal(finding?.excerpt, phrase);
  });

  it('join the words they sit in: "didn&rsquo;t pass that on" is a negated hand-off, "don&#39;t hesitate" a closing', () => {
    const text =
      '<p>Hi Ana,</p><p>My colleague didn&rsquo;t pass that on, so I have refunded the order myself.</p><p>Please don&#39;t hesitate to write back.</p><p>Ana</p>';
    const ids = lintText(text, 'reply.html').findings.map((finding) => finding.ruleId);
    assert.ok(!ids.includes('ownership/nameless-handoff'), ids.join());
    assert.ok(!ids.includes('formula/closing'), ids.join());
  });

  it('are characters in Markdown prose, and stay as written in code', () => {
    const text = '## Delay\n\nWe&rsquo;ll reply soon. Run `a &amp;&amp; b`.\n\n## Other\n\nHi Ana 😀, we&#39;ll reply soon.\n';
    const units = splitReplyUnits(text, 'library.md');
    assert.equal(units[0]!.text, '## Delay\n\nWe’ll reply soon. Run `a &amp;&amp; b`.\n\n');
    assert.equal(units[1]!.text, "## Other\n\nHi Ana 😀, we'll reply soon.\n");
    const findings = ofRule(text, 'library.md');
    assert.deepEqual(
      findings.map((finding) => finding.start),
      [text.indexOf('soon'), text.lastIndexOf('soon')],
    );
  });

  it('read through both layers of an HTML body in a JSON export', () => {
    const body = '<p>Hi Ana \\ud83d\\ude00,</p><p>We&rsquo;ll reply as soon as&nbsp;possible. Tom &amp; Jerry say \\"hi\\".</p>';
    const text = `{"macros": [{"title": "Delay", "actions": [{"field": "comment_value_html", "value": "${body}"}]}]}`;
    const [finding] = ofRule(text, 'macros.json');
    const phrase = 'as soon as&nbsp;possible';
    assert.equal(finding?.start, text.indexOf(phrase));
    assert.equal(finding?.end, text.indexOf(phrase) + phrase.length);
    const unit = splitReplyUnits(text, 'macros.json')[0]!;
    assert.equal(unit.text, '<p>Hi Ana 😀,</p><p>We’ll reply as soon as\u00a0possible. Tom & Jerry say "hi".</p>');
    assert.equal(unit.toSource(unit.text.indexOf('’')), text.indexOf('&rsquo;'));
    assert.equal(unit.toSource(unit.text.indexOf('’') + 1), text.indexOf('&rsquo;') + '&rsquo;'.length);
  });

  it('read through both layers of an HTML body in a YAML export', () => {
    const text = 'macros:\n  - title: Delay\n    body: "<p>Hi Ana \\U0001F600,</p><p>We&rsquo;ll reply as soon as&nbsp;possible.</p>"\n';
    const [finding] = ofRule(text, 'macros.yaml');
    assert.equal(finding?.start, text.indexOf('as soon as&nbsp;possible'));
    assert.equal(finding?.end, text.indexOf('possible') + 'possible'.length);
  });
});

describe('writing into HTML', () => {
  it('escapes & and < in inserted text and writes line breaks as <br>, in files and in export bodies', () => {
    const file = splitReplyUnits('<p>We&rsquo;ll check it.</p>', 'reply.html')[0]!;
    assert.equal(file.encode('Tom & Jerry <3\nBest,', 3, 3), 'Tom &amp; Jerry &lt;3<br>Best,');
    const plainFile = splitReplyUnits('<p>We will check it.</p>', 'reply.html')[0]!;
    assert.equal(plainFile.encode('a & b', 3, 3), 'a &amp; b');
    const json = '[{"title": "T", "body": "<p>We&rsquo;ll \\"check\\" it.</p>"}]';
    const body = splitReplyUnits(json, 'macros.json')[0]!;
    assert.equal(body.encode('"A" & <B>', 3, 3), '\\"A\\" &amp; &lt;B>');
    // Markdown and plain text are written as they are.
    assert.equal(splitReplyUnits('We will check it.', 'reply.md')[0]!.encode('a & b', 0, 0), 'a & b');
  });

  it('replaces a whole reference, never part of one, and keeps an HTML body in a YAML export valid', () => {
    const text = 'macros:\n  - title: Delay\n    body: "<p>We&rsquo;ll reply soon&#46;</p>"\n';
    const [finding] = ofRule(text, 'macros.yaml');
    const edit = finding?.suggestions[0]?.edits[0];
    assert.ok(edit);
    assert.equal(text.slice(edit.start, edit.end), 'soon');
    const fixed = text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
    const macros = (parseDocument(fixed).toJS() as { macros: { body: string }[] }).macros;
    assert.equal(macros[0]!.body, `<p>We&rsquo;ll reply ${edit.newText}&#46;</p>`);
  });

  it('inserts a suggested closing as HTML, with its line breaks as <br>', () => {
    const text = '<p>Hi Ana,</p><p>We&rsquo;ll reply by 3 pm &amp; call you.</p>';
    const closing = lintText(text, 'reply.html', { kind: 'reply' }).findings.find((finding) => finding.ruleId === 'formula/closing');
    const edit = closing?.suggestions[0]?.edits[0];
    assert.ok(edit, 'expected a closing suggestion');
    assert.equal(edit.start, text.indexOf('</p>', text.indexOf('call')));
    assert.match(edit.newText, /^<br><br>Best,<br>/);
    assert.doesNotMatch(edit.newText, /\n/);
  });
});
