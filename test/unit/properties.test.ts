// Property-based tests: on arbitrary text the engine never throws, never
// returns a range outside the document or inside a surrogate pair, never
// emits overlapping fix-all edits, settles under repeated fix-all, and gives
// the same output for the same input. Bounded so CI stays quick.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildConfig } from '../../server/src/engine/config/project-config';
import { applyEdits, fixAllEdits } from '../../server/src/engine/fix-all';
import { lint } from '../../server/src/engine/linter';
import { parsePack } from '../../server/src/engine/rules/pack';
import { LineIndex } from '../../server/src/engine/text/line-index';
import type { LintResult } from '../../server/src/engine/types';
import { decodeJsonString } from '../../server/src/engine/units/source-map';

const options = buildConfig({}, undefined).lintOptions;
const RUNS = Number(process.env.REPLYLINT_PROPERTY_RUNS ?? 400);

// Text built from support-reply words, placeholders, markup and hostile characters.
const pieces = fc.constantFrom(
  'Hi {{first_name}},',
  'Hello Sam,',
  'soon',
  'as soon as possible',
  'just click',
  'Unfortunately',
  "we can't",
  'Rest assured',
  'We apologize for any inconvenience',
  'Best,',
  'Ana',
  'ticket',
  'escalate to L2',
  '{{',
  '}}',
  '{%',
  '%}',
  '{% if x %}',
  '{% endif %}',
  '<!-- replylint-disable -->',
  '<!-- replylint-enable -->',
  '```',
  '`',
  '> ',
  '## Macro',
  '#',
  '"',
  '“',
  '”',
  "'",
  '’',
  '\r\n',
  '\n',
  '\r',
  '\n\n',
  ' ',
  '\t',
  '.',
  ',',
  '!',
  '?',
  '😀',
  '👋🏽',
  'e\u0301',
  'ą',
  'ë',
  '\u200f',
  'שלום',
  '\u0000',
  '\ud800',
  '\udc00',
  'https://example.com/a?b=c',
  'a@b.co',
  '<p>',
  '</p>',
  '<b>',
  '&amp;',
  'I will update you by 3 pm today.',
  'We are looking into it.',
  'This will never happen again.',
);
const replyText = fc.oneof(
  fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join(' ')),
  fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 200 }),
);
const fileName = fc.constantFrom('reply.md', 'reply.txt', 'reply.html', 'macros.json', 'macros.yaml');

function isLowSurrogate(text: string, offset: number): boolean {
  const code = text.charCodeAt(offset);
  return code >= 0xdc00 && code <= 0xdfff && offset > 0 && text.charCodeAt(offset - 1) >= 0xd800 && text.charCodeAt(offset - 1) <= 0xdbff;
}

function checkRanges(text: string, result: LintResult): void {
  const lines = new LineIndex(text);
  for (const finding of result.findings) {
    assert.ok(finding.start >= 0 && finding.start <= finding.end && finding.end <= text.length, `offsets ${finding.start}-${finding.end}`);
    assert.ok(!isLowSurrogate(text, finding.start) && !isLowSurrogate(text, finding.end), 'range splits a surrogate pair');
    assert.deepEqual(finding.range.start, lines.positionAt(finding.start));
    assert.deepEqual(finding.range.end, lines.positionAt(finding.end));
    for (const fix of [...(finding.fix ? [finding.fix] : []), ...finding.suggestions]) {
      for (const edit of fix.edits) assert.ok(edit.start >= 0 && edit.start <= edit.end && edit.end <= text.length, 'edit out of range');
    }
  }
}

describe('properties', () => {
  it('never throws, keeps ranges inside the text and on code-point boundaries, and is deterministic', () => {
    fc.assert(
      fc.property(replyText, fileName, (text, name) => {
        const result = lint({ text, fileName: name }, options);
        checkRanges(text, result);
        assert.deepEqual(lint({ text, fileName: name }, options), result);
      }),
      { numRuns: RUNS },
    );
  });

  it('fix-all edits never overlap, and repeated fix-all settles', () => {
    fc.assert(
      fc.property(replyText, fc.constantFrom('reply.md', 'reply.txt'), (text, name) => {
        let current = text;
        for (let pass = 0; pass < 6; pass++) {
          const edits = fixAllEdits(lint({ text: current, fileName: name }, options).findings);
          for (let i = 1; i < edits.length; i++) {
            const previous = edits[i - 1]!;
            const edit = edits[i]!;
            assert.ok(
              edit.start >= previous.end && !(edit.start === previous.start && edit.end === edit.start && previous.end === previous.start),
              'overlapping edits',
            );
          }
          if (edits.length === 0) return;
          current = applyEdits(current, edits);
        }
        assert.fail(`fix-all did not settle in 6 passes:\n${JSON.stringify(current)}`);
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });

  it('arbitrary small packs load without throwing: problems are reported, never raised', () => {
    const word = fc.stringMatching(/^[a-z*|#]{0,6}$/);
    const packText = fc
      .record({
        kind: fc.constantFrom('phrase', 'pattern', 'require', 'conditional', 'metric', 'check', 'bogus'),
        phrase: fc.array(word, { maxLength: 4 }).map((words) => words.join(' ')),
        pattern: fc.string({ maxLength: 12 }),
      })
      .map(
        (rule) =>
          `rules:\n  tone/x:\n    kind: ${rule.kind}\n    category: tone\n    message: m\n    phrases: [${JSON.stringify(rule.phrase)}]\n    trigger: [${JSON.stringify(rule.phrase)}]\n    requires: {}\n    where: opening\n    measure: reply-words\n    max: 3\n    check: placeholder-syntax\n    pattern: ${JSON.stringify(rule.pattern)}\n`,
      );
    fc.assert(
      fc.property(fc.oneof(packText, fc.string({ maxLength: 80 })), (text) => {
        const loaded = parsePack(text);
        assert.ok(loaded.pack !== undefined || loaded.problems.length > 0);
      }),
      { numRuns: RUNS },
    );
  });

  it('a JSON string decodes to its value, each character mapped to its own character or escape in the source', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), fc.boolean(), fc.nat(20), (value, escapeAll, indent) => {
        // Escaping every non-ASCII unit as \uXXXX exercises the escape path; JSON.stringify alone the plain runs.
        const literal = escapeAll
          ? JSON.stringify(value).replace(/[\u0080-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
          : JSON.stringify(value);
        const source = `${' '.repeat(indent)}${literal},`;
        const decoded = decodeJsonString(source, indent, indent + literal.length);
        assert.equal(decoded.text, value);
        assert.equal(decoded.offsets.length, value.length + 1);
        for (let index = 0; index < value.length; index++) {
          const at = decoded.offsets[index]!;
          assert.ok(at > indent && at < indent + literal.length - 1 && (index === 0 || at > decoded.offsets[index - 1]!));
          if (source[at] !== '\\') assert.equal(source[at], value[index]);
        }
        assert.equal(decoded.offsets[value.length], indent + literal.length - 1);
      }),
      { numRuns: RUNS },
    );
  });
});
