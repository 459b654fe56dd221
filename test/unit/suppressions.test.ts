// Suppression comments on their own: which findings each kind hides and
// which comments are reported as unused. Findings are made by hand so the
// assertions do not depend on any rule pack.
import * as assert from 'node:assert/strict';
import { applySuppressions } from '../../server/src/engine/suppressions';
import { LineIndex } from '../../server/src/engine/text/line-index';
import type { Finding } from '../../server/src/engine/types';
import { findDirectives } from '../../server/src/engine/units/directives';

/** A finding of `ruleId` on each occurrence of `word` in `text`. */
function findingsOf(text: string, word: string, ruleId: string, lines: LineIndex): Finding[] {
  return [...text.matchAll(new RegExp(word, 'g'))].map((match) => {
    const start = match.index;
    const end = start + word.length;
    return {
      ruleId,
      category: ruleId.split('/')[0] as Finding['category'],
      severity: 'warning',
      message: word,
      start,
      end,
      range: lines.rangeOf(start, end),
      excerpt: word,
      suggestions: [],
      unit: 0,
    };
  });
}

function suppress(text: string, word = 'soon', ruleId = 'deferral/vague') {
  const lines = new LineIndex(text);
  const { visible, unusedDisables } = applySuppressions(findingsOf(text, word, ruleId, lines), findDirectives(text).directives, lines);
  return {
    visibleLines: visible.map((finding) => finding.range.start.line),
    unusedLines: unusedDisables.map((unused) => unused.range.start.line),
  };
}

describe('suppressions', () => {
  it('disable-next-line hides the next line only', () => {
    const text = ['<!-- replylint-disable-next-line deferral/vague -->', 'Back soon.', 'Back soon.'].join('\n');
    assert.deepEqual(suppress(text), { visibleLines: [2], unusedLines: [] });
  });

  it('disable-line hides its own line only, in CRLF text too', () => {
    const text = ['Back soon. <!-- replylint-disable-line -->', 'Back soon.'].join('\r\n');
    assert.deepEqual(suppress(text), { visibleLines: [1], unusedLines: [] });
  });

  it('a disable region hides what lies between it and its enable, by rule id or category', () => {
    for (const rules of ['', ' deferral', ' deferral/vague']) {
      const text = ['Back soon.', `<!-- replylint-disable${rules} -->`, 'Back soon.', '<!-- replylint-enable -->', 'Back soon.'].join('\n');
      assert.deepEqual(suppress(text), { visibleLines: [0, 4], unusedLines: [] }, rules);
    }
  });

  it('a region for other rules hides nothing and is reported unused', () => {
    const text = ['<!-- replylint-disable tone -->', 'Back soon. 😀', '<!-- replylint-enable -->'].join('\n');
    assert.deepEqual(suppress(text), { visibleLines: [1], unusedLines: [0] });
  });

  it('reports only the disable comments that hid nothing, after a region has hidden findings', () => {
    const text = [
      '<!-- replylint-disable deferral -->',
      'Back soon.',
      '<!-- replylint-enable deferral -->',
      '<!-- replylint-disable-next-line deferral -->',
      'All done.',
      '{% comment %}replylint-disable{% endcomment %}',
      'Nothing to see.',
    ].join('\n');
    assert.deepEqual(suppress(text), { visibleLines: [], unusedLines: [3, 5] });
  });

  it('a line directive that names another rule leaves the finding and is reported unused', () => {
    const text = ['<!-- replylint-disable-next-line tone/blame -->', 'Back soon.'].join('\n');
    assert.deepEqual(suppress(text), { visibleLines: [1], unusedLines: [0] });
  });
});
