// Deeply nested HTML: htmlparser2's Parser keeps its open elements in an
// array it unshifts and shifts, so nesting cost time in the depth for every
// tag (a megabyte of nested <code>: seconds). The depth it keeps is bounded;
// elements past the bound open and close where the text says.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { maskProse } from '../../server/src/engine/units/formats';
import { maskHtmlStructure } from '../../server/src/engine/units/html-structure';
import { ProseMask } from '../../server/src/engine/units/prose-mask';
import type { Span } from '../../server/src/engine/types';

/** Elements moved by Array shift and unshift (each moves every element after the front) while `run` runs. */
function arrayFrontMoves(run: () => void): number {
  const { shift, unshift } = Array.prototype;
  let moves = 0;
  Array.prototype.shift = function (this: unknown[]) {
    moves += this.length;
    return shift.call(this) as unknown;
  };
  Array.prototype.unshift = function (this: unknown[], ...items: unknown[]) {
    moves += this.length;
    return unshift.apply(this, items);
  };
  try {
    run();
  } finally {
    Array.prototype.shift = shift;
    Array.prototype.unshift = unshift;
  }
  return moves;
}

/** The prose mask and the code spans of an HTML text. */
function masked(text: string): { prose: string; code: Span[] } {
  const mask = new ProseMask(text);
  const code: Span[] = [];
  maskHtmlStructure(mask, text, 0, undefined, code);
  return { prose: mask.build(), code };
}

describe('deeply nested HTML', function () {
  this.timeout(60000);

  it('costs the parser a bounded amount of work per tag, however deep the nesting', () => {
    const depth = 20_000;
    const text = '<code>'.repeat(depth) + '</code>'.repeat(depth);
    const moves = arrayFrontMoves(() => maskProse(text, 'html'));
    // Unbounded, the Parser's stack moves about depth^2 elements (4e8 here); bounded, at most a few hundred per tag.
    assert.ok(moves < 1000 * 2 * depth, `${moves} array elements moved for ${2 * depth} tags`);
  });

  it('masks a megabyte of nested <code> as code to its last close tag; the text after it is prose', () => {
    const depth = 80_000;
    const text = `${'<code>'.repeat(depth)}We will reply soon.${'</code>'.repeat(depth)} Thanks for waiting.`;
    const { prose, code } = masked(text);
    assert.equal(prose.trim(), 'Thanks for waiting.');
    assert.deepEqual(code, [{ start: 0, end: text.indexOf(' Thanks') }]);
  });

  it('reads markup past the bound as it reads it within: a close tag closes the latest open element of its name and those opened after it', () => {
    // An open <div>, then 600 open <span>s (blank markup, neither prose nor code): what follows is past the Parser's bound.
    const within = '<div>';
    const deep = within + '<span>'.repeat(600);
    // No tag here implies an end tag (a <p> or <li> open): past the bound nesting is read as written.
    const pieces = [
      '<code>',
      '</code>',
      '<pre>',
      '</pre>',
      '<blockquote>',
      '</blockquote>',
      '<kbd/>',
      '<b>',
      '</b>',
      '<div>',
      '</div>',
      '</p>',
      '<br>',
      '</br>',
      '<img src=x>',
      '<!-- c -->',
      'Hi',
      ' ',
      'x',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const top = masked(within + text);
        const nested = masked(deep + text);
        assert.equal(nested.prose.slice(deep.length), top.prose.slice(within.length));
        const shift = deep.length - within.length;
        assert.deepEqual(
          nested.code.map(({ start, end }) => ({ start: start - shift, end: end - shift })),
          top.code,
        );
      }),
      { numRuns: 2000 },
    );
  });
});
