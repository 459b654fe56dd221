// What an HTML e-mail never shows its reader: Outlook's conditional comments, the styles in <style> and <head>,
// comments of every kind. None of it is prose, and none of it holds a fill-in or a placeholder of the reply's
// (issue 12: a held-out trial's HTML notices had three `[if mso]` / `[data-ogsc]` "fill-ins" each).
import * as assert from 'node:assert/strict';
import { LineIndex } from '../../server/src/engine/text/line-index';
import { splitReplyUnits } from '../../server/src/engine/units/formats';
import { findingsOf, lintText } from '../support/engine';

const SLOT = 'placeholder/unfilled-slot';

/** An Outlook-friendly notice around `body`: every kind of markup a mail client hides, lines ended with `eol`. */
function outlookMail(body: string, eol = '\n'): string {
  return [
    '<!DOCTYPE html>',
    '<html><head><meta charset="utf-8"><title>Zwrot [ID]</title>',
    '<!--[if mso]><xml><o:OfficeDocumentSettings><o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml><![endif]-->',
    '<style>',
    '  a[x-apple-data-detectors] { color: inherit !important; }',
    '  [data-ogsc] .dark, [data-ogsb] .dark { color: #fff; }',
    '</style>',
    '</head><body>',
    '<!--[if mso]><table role="presentation"><tr><td><![endif]-->',
    '<![if !mso]><div class="wrap"><![endif]>',
    '<template><p>[UNUSED VARIANT]</p></template>',
    body,
    '<![if !mso]></div><![endif]>',
    '<!--[if mso]></td></tr></table><![endif]-->',
    '</body></html>',
    '',
  ].join(eol);
}

describe('HTML markup a mail client never shows', () => {
  it('holds no fill-in: conditional comments, <style> selectors, <head>, <title> and <template> (en, pl, lt)', () => {
    const bodies = {
      en: '<p>Hi {{ $customer->first_name }},</p>\n<p>Your refund of {{ $refund->amount }} left our account today and reaches your card within three working days.</p>\n<p>Thanks,<br>Ana from Payments</p>',
      pl: '<p>Dzień dobry,</p>\n<p>zwrot {{ $zwrot->kwota }} wysłaliśmy dziś na Pana/Pani kartę; pieniądze będą na koncie w ciągu trzech dni roboczych.</p>\n<p>Pozdrawiamy,<br>Ewa Żółkowska, Dział Płatności</p>',
      lt: '<p>Laba diena,</p>\n<p>šiandien grąžinome {{ $grazinimas->suma }} į jūsų kortelę; pinigai bus sąskaitoje per tris darbo dienas.</p>\n<p>Pagarbiai<br>Rūta Žemaitė, Mokėjimų skyrius</p>',
    };
    for (const [language, body] of Object.entries(bodies)) {
      for (const eol of ['\n', '\r\n']) {
        for (const kind of ['reply', 'auto-reply'] as const) {
          const text = outlookMail(body.replaceAll('\n', eol), eol);
          assert.deepEqual(findingsOf(SLOT, text, 'notice.html', { kind, language }), [], `${language} ${kind} ${JSON.stringify(eol)}`);
        }
      }
    }
  });

  it('still finds a fill-in the reader is shown, at its exact UTF-16 position, after non-ASCII text and CRLF lines', () => {
    const text = outlookMail('<p>Dzień dobry,</p>\r\n<p>Zwrot 🙂 zaksięgujemy w ciągu [X] dni roboczych.</p>\r\n<p>Pozdrawiamy,<br>Ewa</p>', '\r\n');
    const [finding, ...rest] = findingsOf(SLOT, text, 'notice.html', { kind: 'reply', language: 'pl' });
    assert.deepEqual(rest, []);
    const start = text.indexOf('[X]');
    assert.deepEqual([finding!.start, finding!.end], [start, start + 3]);
    // The emoji is two UTF-16 code units, as LSP counts them.
    const line = text.slice(0, start).split('\r\n').length - 1;
    assert.deepEqual(finding!.range.start, { line, character: '<p>Zwrot 🙂 zaksięgujemy w ciągu '.length });
    assert.deepEqual(finding!.range.start, new LineIndex(text).positionAt(start));
  });

  it("reads what a browser shows as prose: the body, and what Outlook's downlevel-revealed comments leave to other clients", () => {
    const text = outlookMail('<!--[if !mso]><!--><p>Hi Sam, your card is ready.</p><!--<![endif]-->\n<p>Best,<br>Ana</p>');
    const { prose } = splitReplyUnits(text, 'notice.html', {})[0]!;
    for (const shown of ['Hi Sam, your card is ready.', 'Best,', 'Ana'])
      assert.equal(prose.slice(text.indexOf(shown), text.indexOf(shown) + shown.length), shown);
    // Nothing before the greeting is prose: the reply starts at the first shown text, not at the first comment.
    assert.equal(prose.search(/\S/), text.indexOf('Hi Sam'));
    for (const hidden of ['mso', 'x-apple', 'ogsc', 'endif', 'Zwrot', 'UNUSED']) assert.ok(!prose.includes(hidden), hidden);
  });

  it('a missing greeting is reported at the first shown text, not at a comment above it', () => {
    const text = outlookMail('<p>Your refund left our account today. It reaches your card within three working days.</p>\n<p>Best,<br>Ana</p>');
    const result = lintText(text, 'notice.html', { kind: 'reply', language: 'en' });
    const greeting = result.findings.find((finding) => finding.ruleId === 'formula/greeting');
    assert.equal(greeting?.start, text.indexOf('Your refund'));
  });

  it('a "< br >" shown as text is a slip in the body, not in a comment', () => {
    const text = outlookMail('<!-- old line: < br > -->\n<p>Hi Sam,< br >your card is ready.</p>\n<p>Best,<br>Ana</p>');
    const shown = lintText(text, 'notice.html', { kind: 'reply', language: 'en' }).findings.filter(
      (finding) => text.slice(finding.start, finding.end) === '< br >',
    );
    assert.deepEqual(
      shown.map((finding) => finding.start),
      [text.indexOf('< br >your')],
    );
  });

  it('reads an HTML body of a JSON export the same way: markup hidden, fill-ins shown to the reader still found', () => {
    const body =
      '<!--[if mso]><table><tr><td><![endif]--><style>a[x-apple-data-detectors]{color:inherit}</style>' +
      '<p>Hi {{ticket.requester.first_name}},</p><p>Your refund reaches your card within [X] working days.</p><p>Best,<br>Ana</p>' +
      '<!--[if mso]></td></tr></table><![endif]-->';
    const json = JSON.stringify({ macros: [{ title: 'Refund', actions: [{ field: 'comment_value_html', value: body }] }] });
    const found = findingsOf(SLOT, json, 'macros.json', { kind: 'reply' }).map((finding) => json.slice(finding.start, finding.end));
    assert.deepEqual(found, ['[X]']);
  });

  it('in Markdown, a fill-in in an HTML comment is a note nobody reads, not a slot', () => {
    const text = 'Hi Sam,\n\n<!-- Use when [situation] applies. -->\n\nYour refund reaches your card within [X] working days.\n\nBest,\nAna\n';
    assert.deepEqual(
      findingsOf(SLOT, text, 'reply.md', { kind: 'reply' }).map((finding) => text.slice(finding.start, finding.end)),
      ['[X]'],
    );
  });

  it("keeps template syntax a browser would take for a comment: FreeMarker's </#if> closes its block", () => {
    const text =
      '<p><#if customer.title == "Dr">Dear Dr ${customer.surname}<#else>Dear ${customer.firstName!"customer"}</#if>,</p>\n<p>Your results are ready.</p>';
    assert.deepEqual(findingsOf('placeholder/malformed', text, 'results.ftl', { kind: 'auto-reply' }), []);
  });
});
