// Every scan over a reply's text is one pass: masking, placeholders,
// directives, headings. Two kinds of test: the linear scanners find exactly
// what the regexes they replaced found (on random text made of the characters
// that matter), and hostile inputs of half a megabyte, on which those regexes
// cost minutes, lint within the suite's timeout. Times live in `npm run bench`.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { builtinFooters } from '../../server/src/engine/config/footers-file';
import { buildConfig } from '../../server/src/engine/config/project-config';
import { lint } from '../../server/src/engine/linter';
import { MAX_BLOCK, blocks } from '../../server/src/engine/text/analyze';
import { findDirectives } from '../../server/src/engine/units/directives';
import { inlineCode, linkTargets, maskProse } from '../../server/src/engine/units/formats';
import { scanPlaceholders } from '../../server/src/engine/placeholders/scan';
import { HOSTILE_SCANS } from '../support/hostile-texts';

const options = buildConfig({}, undefined).lintOptions;

/** The lookbehinds of a pattern's source that hold an unbounded quantifier (`*`, `+`, `{n,}`) outside character classes. */
function unboundedLookbehinds(source: string): string[] {
  const found: string[] = [];
  for (let start = source.indexOf('(?<'); start >= 0; start = source.indexOf('(?<', start + 1)) {
    if (source[start - 1] === '\\' || !'=!'.includes(source[start + 3]!)) continue;
    let depth = 0;
    let end = start;
    for (; end < source.length; end++) {
      if (source[end] === '\\') end++;
      else if (source[end] === '[') while (end < source.length && source[end] !== ']') end += source[end] === '\\' ? 2 : 1;
      else if (source[end] === '(') depth++;
      else if (source[end] === ')' && --depth === 0) break;
    }
    const body = source
      .slice(start + 4, end)
      .replace(/\\./g, 'e')
      .replace(/\[(?:\\.|[^\]\\])*\]/g, 'c');
    if (/[*+]|\{\d*,\}/.test(body)) found.push(source.slice(start, end + 1));
  }
  return found;
}

/**
 * The characters regular expressions search while `run` runs: each search, from where it starts (`lastIndex` of a
 * global expression, else 0) to where it matches or the text ends; a sticky one reads where it starts. A search
 * started at each line that runs on to text far below is work quadratic in the lines, though each call looks cheap.
 */
function charactersSearched(run: () => void): number {
  // Kept to be put back and called on each expression as its `this`.
  const exec = Reflect.get(RegExp.prototype, 'exec') as RegExp['exec'];
  let searched = 0;
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const match = exec.call(this, input);
    searched += this.sticky ? 1 : (match ? match.index : String(input).length) - from + 1;
    return match;
  };
  try {
    run();
  } finally {
    RegExp.prototype.exec = exec;
  }
  return searched;
}

const spansOf = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
const textOf = (pieces: string[]) => fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));
const bySource = (a: { start: number }, b: { start: number }) => a.start - b.start;

describe('linear scans', function () {
  this.timeout(120000);

  it('inline code spans are those of /(`+)[^`]+?\\1(?!`)/g', () => {
    fc.assert(
      fc.property(textOf(['`', '``', '```', 'a', ' ', '\n']), (text) => {
        assert.deepEqual(inlineCode(text), spansOf(/(`+)[^`]+?\1(?!`)/g, text));
      }),
      { numRuns: 2000 },
    );
  });

  it('link and image targets are those of the two link regexes', () => {
    fc.assert(
      fc.property(textOf(['![', '[', ']', '](', '(', ')', '!', 'a', '\n']), (text) => {
        const expected = [...spansOf(/!\[[^\]\n]*\]\([^)\n]*\)/g, text), ...spansOf(/\]\([^)\n]*\)/g, text)];
        assert.deepEqual(linkTargets(text).sort(bySource), expected.sort(bySource));
      }),
      { numRuns: 2000 },
    );
  });

  it('script, style, head and title elements are masked as a browser reads them: closed as by /<(script|style|head|title)\\b[^]*?<\\/\\1\\s*>/gi, unclosed to the end', () => {
    fc.assert(
      fc.property(textOf(['<script>', '</script>', '<SCRIPT>', '</script >', '<style>', '</style>', '<title>', '</TITLE>', 'Hi', ' ', 'x']), (text) => {
        const masked = maskProse(text, 'html').prose;
        for (const span of spansOf(/<(script|style|head|title)\b[^]*?<\/\1\s*>/gi, text)) assert.equal(masked.slice(span.start, span.end).trim(), '');
        // Text outside every element keeps its letters.
        const outside = text
          .replace(/<(script|style|head|title)\b[^]*?<\/\1\s*>/gi, (element) => ' '.repeat(element.length))
          .replace(/<(script|style|title)\b[^]*$/i, (unclosed) => ' '.repeat(unclosed.length))
          .replace(/<[^<>]*>/g, (tag) => ' '.repeat(tag.length));
        for (let index = 0; index < text.length; index++) if (/[Hix]/.test(outside[index]!)) assert.equal(masked[index], text[index]);
      }),
      { numRuns: 1000 },
    );
  });

  it('directives are those of the comment regex', () => {
    const COMMENT =
      /<!--\s*replylint(?:-(disable-next-line|disable-line|disable|enable)|\s+(?:language|dialect)\s*=\s*([a-z][a-z0-9_]{1,30}(?:-[a-z0-9_]+)*))\b([^]*?)-->|\{%-?\s*comment\s*-?%\}\s*replylint(?:-(disable-next-line|disable-line|disable|enable)|\s+(?:language|dialect)\s*=\s*([a-z][a-z0-9_]{1,30}(?:-[a-z0-9_]+)*))\b([^]*?)\{%-?\s*endcomment\s*-?%\}/g;
    fc.assert(
      fc.property(
        textOf([
          '<!-- replylint-disable ',
          '<!-- replylint language=pl',
          '<!-- replylint dialect=zendesk',
          '-->',
          '{% comment %} replylint-disable-line ',
          '{% endcomment %}',
          'tone',
          ' ',
          '--',
          '<!--',
        ]),
        (text) => {
          const expected = [...text.matchAll(COMMENT)].filter((match) => match[1] ?? match[4]).map((match) => match.index);
          const languages = [...text.matchAll(COMMENT)].filter((match) => match[2] ?? match[5]).map((match) => match.index);
          const found = findDirectives(text);
          assert.deepEqual(
            found.directives.map((directive) => directive.start),
            expected,
          );
          assert.deepEqual(
            found.settings.map((directive) => directive.start),
            languages,
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('unclosed placeholders end after their plain expression, else at their line end', () => {
    const { problems } = scanPlaceholders('{{ a {{ b\nc {% d\r\n{{');
    assert.deepEqual(
      problems.map((problem) => [problem.start, problem.end]),
      [
        [0, 4],
        [5, 9],
        [12, 16],
        [18, 20],
      ],
    );
  });

  // parse-latin is superlinear on a long sentence of punctuation (one line of "![ ": 100 -> 200 KB took 0.14 -> 2.8 s
  // of CPU, 25 KB 15 ms), so it must only ever see bounded pieces: the count of characters it reads is the work.
  it('a long line of "![" reaches the sentence parser in pieces of at most MAX_BLOCK characters, each character once', () => {
    for (const unit of ['![', '![ ', 'a![', '![Photo 1. ']) {
      const text = unit.repeat(Math.ceil(200_000 / unit.length));
      const pieces = blocks(text);
      assert.ok(
        pieces.every((piece) => piece.end - piece.start <= MAX_BLOCK),
        `${JSON.stringify(unit)}: a piece of ${Math.max(...pieces.map((piece) => piece.end - piece.start))} characters`,
      );
      assert.deepEqual(
        pieces.map((piece, index) => piece.start === (index === 0 ? 0 : pieces[index - 1]!.end)),
        pieces.map(() => true),
      );
      assert.equal(pieces.at(-1)!.end, text.length);
      // Cuts fall past the middle of a full piece: the parser is asked about twice per MAX_BLOCK at most.
      assert.ok(pieces.length <= Math.ceil(text.length / (MAX_BLOCK / 2)), `${JSON.stringify(unit)}: ${pieces.length} pieces`);
    }
  });

  // A lookbehind is tried at every position of a line: with an unbounded run in it, each position of a run of
  // blanks reads back over the whole run. The characters it may read back are its work per position: bounded.
  it("the quoted-request patterns' lookbehinds read back a bounded number of characters", () => {
    const { intro, presenting, asking, answer, question, policy, citing, requiring } = builtinFooters().requests!;
    const patterns = Object.entries({ intro, presenting, asking, answer, question, policy, citing, requiring });
    for (const [name, pattern] of patterns) assert.deepEqual(unboundedLookbehinds(pattern.source), [], name);
  });

  // Every hostile text (runs of blanks and of blank lines from masked markup and quoted requests among them): the
  // regular expressions search each character a bounded number of times, so the characters searched per character
  // of text stay put as the text doubles. A new scan that searches on from each line to the text's end fails here.
  for (const name of Object.keys(HOSTILE_SCANS)) {
    it(`regular expressions search ${name} a bounded number of times per character`, () => {
      const perCharacter = [20_000, 40_000].map((size) => {
        const hostile = HOSTILE_SCANS[name]!(size);
        return charactersSearched(() => lint(hostile, options)) / hostile.text.length;
      });
      assert.ok(
        perCharacter[1]! <= perCharacter[0]! * 1.25,
        `${name}: ${perCharacter.map((count) => count.toFixed(1)).join(' -> ')} characters searched per character`,
      );
    });
  }

  // Backtracking inside one search is not counted above: half a megabyte of each must lint within the timeout.
  for (const [name, make] of Object.entries(HOSTILE_SCANS)) {
    it(`lints half a megabyte of ${name} in one pass`, () => {
      const { text, fileName } = make(500_000);
      assert.doesNotThrow(() => lint({ text, fileName }, options));
    });
  }
});
