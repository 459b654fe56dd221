// One helper finds where a template's round bracket closes (placeholders/brackets.ts), for Blade directives (on
// their line) and Velocity directives and method calls (in their paragraph): nested brackets count, a bracket in a
// quoted string is the string's, and a bracket that never closes takes in nothing past its reach.
import * as assert from 'node:assert/strict';
import { closingBracket } from '../../server/src/engine/placeholders/brackets';
import { scanPlaceholders } from '../../server/src/engine/placeholders/scan';

const LINE = { reach: 300, within: 'line' } as const;
const PARAGRAPH = { reach: 400, within: 'paragraph' } as const;
const shown = (text: string) => scanPlaceholders(text).placeholders.map((placeholder) => text.slice(placeholder.start, placeholder.end));

describe('closing bracket', () => {
  it('counts nested brackets and skips quoted ones, with a backslash escaping a quote', () => {
    const text = `(a, (b), ')', "(", 'it\\'s )') tail`;
    assert.equal(closingBracket(text, 0, LINE), text.indexOf(' tail'));
    assert.equal(closingBracket('(never closed', 0, LINE), undefined);
    // A quote left open hides every bracket after it: unclosed.
    assert.equal(closingBracket(`(it's over)`, 0, LINE), undefined);
  });

  it('stops at a line break on a line, at a blank line in a paragraph, and past its reach', () => {
    assert.equal(closingBracket('($a\n  && $b)', 0, LINE), undefined);
    assert.equal(closingBracket('($a\n  && $b)', 0, PARAGRAPH), 12);
    assert.equal(closingBracket('($a\r\n  && $b)', 0, PARAGRAPH), 13);
    assert.equal(closingBracket('($a\n \t\r\n && $b)', 0, PARAGRAPH), undefined);
    assert.equal(closingBracket(`(${'x'.repeat(400)})`, 0, PARAGRAPH), undefined);
    assert.equal(closingBracket(`(${'x'.repeat(300)})`, 0, PARAGRAPH), 302);
  });

  it("Blade: a directive's quoted ')' is its argument's, and the directive ends on its line", () => {
    assert.deepEqual(shown("Thanks,\n@lang('See you soon :)')\nAna"), ["@lang('See you soon :)')"]);
    assert.deepEqual(shown('@if ($order->paid\n  && $order->shipped)\nShipped.\n@endif'), ['$order', '$order', '@endif']);
  });

  it("Velocity: a condition's or a method's quoted ')' is the string's; a condition may run over lines of one paragraph", () => {
    assert.deepEqual(shown('#if($mood == ":)")\nGlad to hear it!\n#else\nSorry to hear that.\n#end'), ['#if($mood == ":)")', '#else', '#end']);
    assert.deepEqual(shown('Dear $!name, see $i18n.getText("mail.smile :)", $n) today.'), ['$!name', '$i18n.getText("mail.smile :)", $n)']);
    assert.deepEqual(shown('#if($a\n  && $b)\nHi\n#end'), ['#if($a\n  && $b)', '#end']);
    // A blank line ends the search: the directive is not read, its references are.
    assert.deepEqual(shown('#if($a\n\n && $b)\nHi\n#end'), ['$a', '$b']);
  });

  it('hostile texts: brackets and quotes that never close are read in one bounded pass each', () => {
    for (const text of [`#if(${"'(".repeat(100_000)}`, `$!a ${'$b.c('.repeat(60_000)}`, `@lang(${'"('.repeat(100_000)}`, `#if($x\n${'(\n'.repeat(100_000)}`]) {
      assert.ok(Array.isArray(scanPlaceholders(text).placeholders));
    }
  });
});
