// HTML inside Markdown (CommonMark HTML blocks and inline HTML) is read as
// an HTML file is read: <blockquote> is the customer's words, <pre>/<code>
// are code, attribute values and comments are markup, references are
// characters. A Markdown macro with an HTML block reads like the same HTML.
import * as assert from 'node:assert/strict';
import { maskProse, splitReplyUnits } from '../../server/src/engine/units/formats';
import { findingsOf } from '../support/engine';

const words = (text: string, format: 'markdown' | 'html') => maskProse(text, format).prose.match(/[\p{L}’]+/gu) ?? [];

describe('HTML inside Markdown', () => {
  const html =
    '<div class="reply" title="We will reply soon">\n<p>Hi Zo&euml; 😀, we&rsquo;ll <b>fix</b> it.</p>\n<blockquote><p>You <i>never</i> answer</p></blockquote>\n<pre>sudo restart asap</pre>\n<p>Run <code>reset soon</code> now.<!-- soon --></p>\n</div>\n';

  it('reads an HTML block as the same HTML file', () => {
    assert.deepEqual(words(html, 'markdown'), words(html, 'html'));
    assert.deepEqual(words(html, 'markdown'), ['Hi', 'Zoë', 'we’ll', 'fix', 'it', 'Run', 'now']);
  });

  it('reads inline HTML in a paragraph, not tags written in code spans, and keeps <NAME> a fill-in', () => {
    const text = 'Hi <NAME>, use the `<pre>` tag and <code>rm soon</code> now <span title="asap">today</span>.\n\nWe will write back.\n';
    assert.deepEqual(words(text, 'markdown'), ['Hi', 'xxxxxx', 'use', 'the', 'tag', 'and', 'now', 'today', 'We', 'will', 'write', 'back']);
  });

  it('masks a <blockquote> opened in one HTML block and closed in a later one, and never past the next reply', () => {
    const text =
      '## One\n\nHi Ana,\n\n<blockquote>\n\nWhen will you answer soon?\n\n</blockquote>\n\nWe replied.\n\n## Two\n\n<blockquote>\n\nnever closed soon\n\n## Three\n\nWe will reply soon.\n';
    assert.deepEqual(words(text, 'markdown'), ['Hi', 'Ana', 'We', 'replied', 'We', 'will', 'reply', 'soon']);
    const units = splitReplyUnits(text, 'library.md');
    assert.deepEqual(
      units.map((unit) => unit.title),
      ['One', 'Two', 'Three'],
    );
    const findings = findingsOf('deferral/vague-timeframe', text, 'library.md');
    assert.deepEqual(
      findings.map((finding) => finding.start),
      [text.lastIndexOf('soon')],
    );
  });

  it('keeps findings on the exact characters of an HTML block with emoji, references and CRLF', () => {
    const text = '## Delay\r\n\r\n<p>Hi Zo&euml; 😀,</p>\r\n<p>We&rsquo;ll reply as soon as&nbsp;possible.</p>\r\n\r\n## Other\r\n\r\nThanks, done.\r\n';
    const [finding] = findingsOf('deferral/vague-timeframe', text, 'library.md');
    assert.equal(finding?.excerpt, 'as soon as&nbsp;possible');
    assert.equal(finding?.start, text.indexOf('as soon'));
    assert.equal(finding?.range.start.line, 3);
  });

  it("reads a library notice's <<field>> as a field, not a tag, so the period after it ends the sentence (blind set 4)", () => {
    const sentence =
      'We keep it on the holds shelf until <<reserves.expirationdate>>. After that it goes to the next reader in the queue, so let us know by replying to this e-mail if you need a few more days.';
    const markdown = `Dear <<borrowers.firstname>>,\n\n${sentence}\n\nEastfield Libraries\n`;
    const html = `<p>Dear <<borrowers.firstname>>,</p>\n<p>${sentence}</p>\n<p>Eastfield Libraries</p>\n`;
    const config = { language: 'en' };
    assert.deepEqual(findingsOf('clarity/long-sentence', markdown, 'notice.md', config), []);
    assert.deepEqual(findingsOf('clarity/long-sentence', markdown.replace('<<borrowers.firstname>>', '<b>Reader</b>'), 'notice.md', config), []);
    assert.deepEqual(findingsOf('clarity/long-sentence', html, 'notice.html', config), []);
    // One sentence as long is still measured whole, and a tag between two angles elsewhere is still markup.
    const long = html.replace('>>. After', '>> and after');
    assert.equal(findingsOf('clarity/long-sentence', long, 'notice.html', config).length, 1);
    assert.deepEqual(words('We said <<b>soon</b>> to her.', 'html'), ['We', 'said', 'soon', 'to', 'her']);
  });
});
