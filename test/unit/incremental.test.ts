// An edit inside one reply re-reads only that reply (units/incremental.ts).
// Whatever path a lint takes, its result must equal a fresh lint of the same
// text: these tests edit documents at random and compare, and check that
// everyday typing does take the short path.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import fc from 'fast-check';
import { buildConfig } from '../../server/src/engine/config/project-config';
import { UnitCache, lint } from '../../server/src/engine/linter';
import { detectLanguage } from '../../server/src/engine/text/detect-language';
import { LineIndex } from '../../server/src/engine/text/line-index';
import { PieceText } from '../../server/src/engine/text/source-text';
import { changeBetween } from '../../server/src/engine/text/text-change';
import type { LintResult } from '../../server/src/engine/types';
import { readBack } from '../support/lint-results';

const ROOT = path.resolve(__dirname, '../..');
const options = buildConfig({}, undefined).lintOptions;
const RUNS = Math.max(20, Math.floor(Number(process.env.REPLYLINT_PROPERTY_RUNS ?? 400) / 4));

const example = (name: string) => fs.readFileSync(path.join(ROOT, 'examples', name), 'utf8');

/** A macro library with what makes splitting hard: a fence, comments, directives, placeholders, CRLF lines. */
const LIBRARY = [
  '# Team macros',
  '',
  example('macros.md'),
  '## Fenced',
  '',
  'Hi Sam,',
  '',
  '```',
  '## not a heading',
  '```',
  '',
  'We are looking into it and will get back to you soon. <!-- replylint-disable-next-line -->',
  'Rest assured this will never happen again.',
  '',
  '## Commented',
  '',
  'Hello {{ticket.requester.first_name}},\r\nUnfortunately we cannot help. <!-- internal',
  'note -->Sorry for any inconvenience caused.',
  '',
  'Thanks,\r\nAna',
  '',
  '## Tone',
  '- **Calm**: keep your composure',
  '- **Plain**: no jargon',
  '',
  '## Parcel note',
  '**Title:** Parcel update',
  '**Body:** Your parcel is late. We will write again soon.',
  '',
].join('\n');
const EXPORT = example('zendesk-macros.json');

function fresh(text: string, fileName: string) {
  return lint({ text, fileName }, options);
}

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  /** Markers count at a line start: move the edit there. */
  lineStart: fc.boolean(),
  remove: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 })),
  insert: fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom('x', 'e', ' ', 'the ', 'soon', 'We', '.', ',', '!', '-', "'", '(') },
    {
      weight: 3,
      arbitrary: fc.constantFrom('\n', '\n\n', '"', '#', '## ', '`', '```', '<!--', '-->', '{{', '}}', '{%', '\\', '\\n', '\r', '😀', 'replylint-disable'),
    },
    { weight: 1, arbitrary: fc.constant('') },
  ),
});

type Edit = { at: number; lineStart: boolean; remove: number; insert: string };

/** Where an edit goes in `text`: [start, end) replaced by `insert`. */
function placed(text: string, { at, lineStart, remove, insert }: Edit) {
  const offset = Math.floor(at * text.length);
  const start = lineStart ? text.lastIndexOf('\n', offset - 1) + 1 : offset;
  return { start, end: Math.min(text.length, start + remove), insert };
}

function applyEdit(text: string, edit: Edit): string {
  const { start, end, insert } = placed(text, edit);
  return text.slice(0, start) + insert + text.slice(end);
}

/** A lint result as its reports read, with its line index read back as line starts (a PieceText's index holds the version, not a string). */
function comparable(result: LintResult, text: string) {
  const starts: number[] = [];
  for (let offset = 0; offset <= text.length; offset++) if (result.lines.positionAt(offset).character === 0) starts.push(offset);
  return { ...readBack(result), lines: starts };
}

describe('incremental lint after an edit', function () {
  // The random edits cost 4-5 s of CPU per library (the same on main and with suppression ids checked): with six
  // helpers' suites on two cores they passed 20 s of wall time, a timeout, not a slower path.
  this.timeout(60_000);
  for (const [name, base] of [
    ['macros.md', LIBRARY],
    ['macros-crlf.md', LIBRARY.replace(/\r?\n/g, '\r\n')],
    ['zendesk.json', EXPORT],
  ] as const) {
    it(`${name}: after any sequence of edits, equals a fresh lint of the same text`, () => {
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
          const cache = new UnitCache();
          let text = base;
          lint({ text, fileName: name }, options, cache);
          for (const change of edits) {
            text = applyEdit(text, change);
            assert.deepEqual(readBack(lint({ text, fileName: name }, options, cache)), readBack(fresh(text, name)));
          }
        }),
        { numRuns: RUNS },
      );
    });
  }

  for (const [name, base] of [
    ['macros.md', LIBRARY],
    ['macros-crlf.md', LIBRARY.replace(/\r?\n/g, '\r\n')],
    ['zendesk.json', EXPORT],
  ] as const) {
    it(`${name}: versions kept in pieces, edited and linted (some edits sent together), equal a fresh lint of the same text`, () => {
      fc.assert(
        fc.property(fc.array(fc.record({ edit, lint: fc.boolean() }), { minLength: 1, maxLength: 8 }), (edits) => {
          const cache = new UnitCache();
          let text = base;
          let version = PieceText.of(base);
          lint({ text: version, fileName: name }, options, cache);
          edits.forEach((step, index) => {
            const { start, end, insert } = placed(text, step.edit);
            text = text.slice(0, start) + insert + text.slice(end);
            version = version.edit(start, end, insert);
            if (!step.lint && index < edits.length - 1) return;
            assert.deepEqual(comparable(lint({ text: version, fileName: name }, options, cache), text), comparable(fresh(text, name), text));
          });
          assert.equal(version.toString(), text);
        }),
        { numRuns: RUNS },
      );
    });
  }

  it('an edit to a version kept in pieces is linted without making the text one string', () => {
    for (const [name, base, anchor] of [
      ['macros.md', LIBRARY, 'will get back to you soon'],
      ['macros-crlf.md', LIBRARY.replace(/\r?\n/g, '\r\n'), 'will get back to you soon'],
      ['zendesk.json', EXPORT, 'with a new date'],
    ] as const) {
      const cache = new UnitCache();
      let version = PieceText.of(base);
      lint({ text: version, fileName: name }, options, cache);
      let text = base;
      const at = base.indexOf(anchor);
      for (const [index, insert] of ['x', 'y', 'z '].entries()) {
        version = version.edit(at + index, at + index, insert);
        text = text.slice(0, at + index) + insert + text.slice(at + index);
        const result = lint({ text: version, fileName: name }, options, cache);
        assert.equal(cache.incremental, true, name);
        assert.equal(version.whole, false, `${name}: the engine read the whole text after typing ${insert}`);
        assert.deepEqual(comparable(result, text), comparable(fresh(text, name), text));
      }
      // An edit the incremental path cannot take reads the whole text, and the result is still right.
      version = version.edit(at, at, '## ');
      text = `${text.slice(0, at)}## ${text.slice(at)}`;
      assert.deepEqual(comparable(lint({ text: version, fileName: name }, options, cache), text), comparable(fresh(text, name), text));
      assert.equal(cache.incremental, false);
    }
  });

  it('a version that changes nothing is the one the cache answers for (placeholder hover after an empty edit)', () => {
    const text = 'Hi {{ticket.requester.first_name}},\n\nWe will reply by Friday.\n\nBest,\nAna\n';
    const at = text.indexOf('{{') + 3;
    const cache = new UnitCache();
    const first = PieceText.of(text);
    lint({ text: first, fileName: 'reply.md' }, options, cache);
    const same = PieceText.of(text);
    lint({ text: same, fileName: 'reply.md' }, options, cache);
    assert.ok(cache.placeholderAt(same, at), 'a full-text sync with the same text');
    const empty = same.edit(5, 5, '');
    lint({ text: empty, fileName: 'reply.md' }, options, cache);
    assert.ok(cache.placeholderAt(empty, at), 'an empty change');
  });

  it('shows the same first findings and counts the same rest as a fresh lint, with disable comments and a low maxFindings', () => {
    // The cached lint takes the first findings unit by unit; the fresh one lists them all and cuts.
    const disabled = `${LIBRARY}\n## Disabled\n\n<!-- replylint-disable deferral -->\nWe will get back to you soon. We will look into it shortly.\n<!-- replylint-enable deferral -->\nWe will reply asap.\n`;
    for (const maxFindings of [0, 1, 2, 5, 1000]) {
      const limited = { ...options, maxFindings };
      for (const [name, base] of [
        ['macros.md', disabled],
        ['zendesk.json', EXPORT],
      ] as const) {
        const cache = new UnitCache();
        const first = lint({ text: base, fileName: name }, limited, cache);
        assert.deepEqual(readBack(first), readBack(lint({ text: base, fileName: name }, limited)), `${name}, maxFindings ${maxFindings}`);
        if (maxFindings === 2) assert.ok(first.omittedFindings > 0 && first.findings.length === 2, name);
        const at = base.indexOf('soon');
        const typed = `${base.slice(0, at)}very ${base.slice(at)}`;
        assert.deepEqual(
          readBack(lint({ text: typed, fileName: name }, limited, cache)),
          readBack(lint({ text: typed, fileName: name }, limited)),
          `${name} typed, maxFindings ${maxFindings}`,
        );
      }
    }
  });

  it('typing on in one reply moves later findings past disable comments right, and a new line after it too', () => {
    // Findings after the edited reply are moved lazily (DocumentState.unitShifts): the one after the enable
    // comment must be read where it is now, not where it was placed, or the characters typed before it
    // (more than from the comment to it) put it back inside the disabled stretch.
    const reply =
      'Hi Sam,\n\n<!-- replylint-disable deferral -->\nWe will look into it shortly.\n<!-- replylint-enable deferral -->\nWe will get back to you soon.\n\nBest,\nAna\n';
    const base = `${LIBRARY}\n## Disabled\n\n${reply}`;
    for (const maxFindings of [1000, 3]) {
      const limited = { ...options, maxFindings };
      const cache = new UnitCache();
      let text = base;
      const shownAfterEnable = (result: LintResult) =>
        result.findings.filter((finding) => finding.ruleId.startsWith('deferral/') && finding.start > text.indexOf('replylint-enable')).length;
      const before = lint({ text, fileName: 'macros.md' }, limited, cache);
      if (maxFindings === 1000) assert.equal(shownAfterEnable(before), 1, 'the finding after the enable comment is shown');
      let at = text.indexOf('will get back to you soon');
      for (const insert of [...'x'.repeat(70), '\n', ...'ab'.repeat(3), '\n\n', 'z']) {
        text = `${text.slice(0, at)}${insert}${text.slice(at)}`;
        at += insert.length;
        const result = lint({ text, fileName: 'macros.md' }, limited, cache);
        assert.equal(cache.incremental, true, `typing ${JSON.stringify(insert)} stays incremental`);
        assert.deepEqual(
          readBack(result),
          readBack(lint({ text, fileName: 'macros.md' }, limited)),
          `after typing ${JSON.stringify(insert)}, maxFindings ${maxFindings}`,
        );
        if (maxFindings === 1000) assert.equal(shownAfterEnable(result), 1);
      }
    }
  });

  /**
   * Lints `base`, then `base` with `insert` typed at `at`, through one cache;
   * checks the second lint equals a fresh one and returns what the cache did.
   */
  function typeInto(base: string, fileName: string, at: number, insert: string) {
    const cache = new UnitCache();
    const first = lint({ text: base, fileName }, options, cache);
    const typed = `${base.slice(0, at)}${insert}${base.slice(at)}`;
    const result = lint({ text: typed, fileName }, options, cache);
    assert.deepEqual(readBack(result), readBack(fresh(typed, fileName)));
    return { first, result, incremental: cache.incremental, reused: cache.reused };
  }

  it('a typo inside one reply of a library re-reads only that reply', () => {
    const at = LIBRARY.indexOf('will get back to you soon');
    const { first, result, incremental, reused } = typeInto(LIBRARY, 'macros.md', at, 'x');
    assert.equal(incremental, true);
    assert.equal(reused, first.units.length - 1);
    // The typo moved every later finding by one character.
    const moved = result.findings.find((finding) => finding.start > at + 1)!;
    assert.equal(moved.start, first.findings.find((finding) => finding.ruleId === moved.ruleId && finding.start > at)!.start + 1);
  });

  it('a new line inside a reply moves later findings down a line, still incrementally', () => {
    assert.equal(typeInto(LIBRARY, 'macros.md', LIBRARY.indexOf('Banks usually show it'), 'Thanks for waiting.\n').incremental, true);
  });

  it('typing at the end of a line of a CRLF library stays incremental', () => {
    const crlf = LIBRARY.replace(/\r?\n/g, '\r\n');
    const at = crlf.indexOf('Banks usually show it') + 'Banks usually show it'.length;
    assert.equal(typeInto(crlf, 'macros.md', at, ' soon').incremental, true);
  });

  it('a typo inside a JSON macro body re-reads only that body, through escapes', () => {
    const { first, incremental, reused } = typeInto(EXPORT, 'zendesk.json', EXPORT.indexOf('with a new date'), 'together ');
    assert.equal(incremental, true);
    assert.equal(reused, first.units.length - 1);
  });

  it('a JSON edit right after an escape stays incremental; one inside an escape does not', () => {
    for (const [anchor, offset, incremental] of [
      ['\\n\\nUnfortunate', 4, true],
      ['\\u2014', 3, false],
      ['\\"Express\\"', 1, false],
    ] as const) {
      assert.equal(typeInto(EXPORT, 'zendesk.json', EXPORT.indexOf(anchor) + offset, 'x').incremental, incremental, anchor);
    }
  });

  it('an edit that makes a reply open with a salutation, or stop doing so, re-reads the file: a greeting above the sections may make it one e-mail', () => {
    const library = '# Macros\n\nHello team,\n\nEdit these first.\n\n## Refund\nHi Ana,\n\nThe refund is done today.\n\n## Delay\nThe parcel ships Monday.\n';
    const { first, result, incremental } = typeInto(library, 'macros.md', library.indexOf(',\n\nThe refund') + 1, ' thanks for writing');
    assert.equal(first.units.length, 2);
    assert.equal(result.units.length, 1);
    assert.equal(incremental, false);
    // The same with a salutation that names the customer with a slot, under a subject line.
    const slotted =
      '# Macros\n\nHello team,\n\nEdit these first.\n\n## Refund\nSubject: Refund\n\nDear [Customer name / generic salutation],\n\nThe refund is done today.\n\n## Delay\nThe parcel ships Monday.\n';
    const typed = typeInto(slotted, 'macros.md', slotted.indexOf('],\n\nThe refund') + 2, ' thanks for writing');
    assert.equal(typed.first.units.length, 2);
    assert.equal(typed.result.units.length, 1);
    assert.equal(typed.incremental, false);
  });

  it('an edit that could change other replies takes the whole-file path', () => {
    for (const [insert, anchor] of [
      ['## ', 'within 3-5 business days.'],
      ['```\n', 'within 3-5 business days.'],
      ['> ', 'within 3-5 business days.'],
      ['<!-- replylint-disable -->', 'Rest assured'],
    ]) {
      assert.equal(typeInto(LIBRARY, 'macros.md', LIBRARY.indexOf(anchor!), insert!).incremental, false, insert);
    }
  });

  it('keeps no memory per keystroke: remembered words and replies never hold on to old texts', function () {
    this.timeout(60_000);
    // A forced collection, so what is measured is what is still referenced.
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const heapAfterCollection = () => {
      gc();
      gc();
      return process.memoryUsage().heapUsed;
    };
    const cache = new UnitCache();
    let text = LIBRARY;
    let seed = 1;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const typeFor = (edits: number) => {
      for (let index = 0; index < edits; index++) {
        const at = Math.floor(random() * text.length);
        // A new long word (a typo, an order ID) each time, half of them deleted again.
        const word = ` ${Array.from({ length: 14 }, () => 'abcdefghij'[Math.floor(random() * 10)]).join('')} `;
        text = random() < 0.5 ? `${text.slice(0, at)}${word}${text.slice(at)}` : text.slice(0, at) + text.slice(at + word.length);
        lint({ text, fileName: 'macros.md' }, options, cache);
      }
    };
    // Once per process, not per keystroke: franc's models load on the first reply whose common
    // words do not tell its language, and each language's rules compile when first detected.
    detectLanguage('qwertz uiopas dfghjk lzxcvb nmqwer tyuiop asdfgh jklzxc vbnmqw', options.languageSignals!);
    for (const language of ['en', 'pl', 'lt', 'fi', 'sq']) options.ruleSetFor(language);
    typeFor(500);
    const before = heapAfterCollection();
    typeFor(1500);
    const growth = heapAfterCollection() - before;
    // Keeping a copy of each version of the library would be megabytes.
    assert.ok(growth < 1_500_000, `heap grew ${(growth / 1e6).toFixed(1)} MB over 1,500 edits`);
  });

  it('the line index after many changes in a row equals a fresh one (changes within a line share the starts counted before)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\r'), maxLength: 40 }),
        fc.array(fc.array(edit, { maxLength: 2 }), { maxLength: 40 }),
        (start, steps) => {
          let text = start;
          let lines = new LineIndex(text);
          for (const edits of steps) {
            const after = edits.reduce(applyEdit, text);
            const change = changeBetween(text, after);
            text = after;
            if (!change) continue;
            lines = lines.afterChange(text, change);
            const rebuilt = new LineIndex(text);
            assert.equal(lines.lineCount, rebuilt.lineCount);
            for (let offset = 0; offset <= text.length; offset++) assert.deepEqual(lines.positionAt(offset), rebuilt.positionAt(offset));
            for (let line = 0; line <= rebuilt.lineCount; line++) {
              for (const character of [0, 1, 3, 100]) assert.equal(lines.offsetAt({ line, character }), rebuilt.offsetAt({ line, character }));
            }
          }
        },
      ),
      { numRuns: RUNS },
    );
    // A keystroke between a CR and its LF starts a line; removing it joins them again.
    for (const [before, after] of [
      ['a\r\nb\nc', 'a\rx\nb\nc'],
      ['a\rx\nb\nc', 'a\r\nb\nc'],
    ] as const) {
      const lines = new LineIndex(before).afterChange(after, changeBetween(before, after)!);
      const rebuilt = new LineIndex(after);
      for (let offset = 0; offset <= after.length; offset++) assert.deepEqual(lines.positionAt(offset), rebuilt.positionAt(offset));
    }
  });

  it('the line index after a change equals a fresh one, and the change found turns the old text into the new', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '\r', '😀'), maxLength: 60 }), fc.array(edit, { maxLength: 3 }), (before, edits) => {
        const after = edits.reduce(applyEdit, before);
        const change = changeBetween(before, after);
        if (!change) return assert.equal(before, after);
        assert.equal(before.slice(0, change.start) + after.slice(change.start, change.newEnd) + before.slice(change.oldEnd), after);
        const updated = new LineIndex(before).afterChange(after, change);
        const rebuilt = new LineIndex(after);
        for (let offset = 0; offset <= after.length; offset++) assert.deepEqual(updated.positionAt(offset), rebuilt.positionAt(offset));
      }),
      { numRuns: RUNS * 4 },
    );
  });
});

describe("a plain-text template's translation calls on the lint result", () => {
  it('are read once per lint, and an edit before or inside a call moves them as a fresh lint places them (reviewer-28 #6)', () => {
    const template = buildConfig({ language: 'en' }, undefined).lintOptions;
    const text = 'Hi {{ member.first_name | default("there") }},\n\n{% trans %}Thanks for your patience.\nWe will reply soon.{% endtrans %}\n';
    const cache = new UnitCache();
    const first = lint({ text, fileName: 'reply.txt' }, template, cache);
    assert.deepEqual(first.translationCalls, [{ start: text.indexOf('{% trans %}'), end: text.indexOf('{% endtrans %}') + '{% endtrans %}'.length }]);
    for (const edited of [text.replace('Hi ', 'Hello '), text.replace('your patience', 'your kind patience')]) {
      const after = lint({ text: edited, fileName: 'reply.txt' }, template, cache);
      assert.deepEqual(after.translationCalls, lint({ text: edited, fileName: 'reply.txt' }, template).translationCalls, edited);
    }
    // Where no directive can be written (Markdown's comment is HTML's; a text with no engine), none is read.
    assert.equal(lint({ text, fileName: 'reply.md' }, template).translationCalls, undefined);
  });
});
