// Turns a unit's prose view into sentences and normalised word tokens.
// Sentences come from the retext parser the language's grammar names (English,
// or Latin-script for other languages), run per block: the parsers cost more
// than linearly on long strings, and a reply's blocks (paragraphs, greeting
// and sign-off lines) are sentence boundaries anyway.

import retextEnglish from 'retext-english';
import retextLatin from 'retext-latin';
import { unified } from 'unified';
import { placeholderWord } from '../placeholders/scan';
import type { Placeholder } from '../placeholders/placeholder';
import type { SentenceParser, SentenceReading } from './grammar';
import { WordMemo } from './word-memo';
import type { Span } from '../types';

export interface Token {
  start: number;
  end: number;
  /** Lower case, NFKC, typographic apostrophes folded to '. */
  norm: string;
  placeholder: boolean;
  sentence: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Token indexes [firstToken, endToken). */
  firstToken: number;
  endToken: number;
}

export interface ProseAnalysis {
  sentences: Sentence[];
  tokens: Token[];
}

interface NlcstNode {
  type: string;
  children?: NlcstNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const PARSERS = { english: unified().use(retextEnglish), latin: unified().use(retextLatin) } satisfies Record<SentenceParser, unknown>;

export const WORD = /[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}\p{N}]+)*/gu;

const LETTER_MARK_OR_NUMBER = /^[\p{L}\p{M}\p{N}]$/u;

/** The length of the letter, mark or number at `index` (one or two code units), 0 when there is none. ASCII is tested by code. */
function wordCharAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 128) return isAsciiLetterOrDigit(code) ? 1 : 0;
  if (Number.isNaN(code)) return 0;
  const size = code >= 0xd800 && code <= 0xdbff && index + 1 < text.length ? 2 : 1;
  return LETTER_MARK_OR_NUMBER.test(text.slice(index, index + size)) ? size : 0;
}

const isApostrophe = (code: number) => code === 39 || code === 0x2019 || code === 0x2bc;

/**
 * Finds the words of WORD by character codes: the same spans, without a match
 * object per word (every word of a lint passes here).
 */
export class WordScanner {
  start = -1;
  end = -1;

  /** Moves to the first word at or after `from`; false (start -1) when there is none. */
  next(text: string, from: number): boolean {
    let index = from;
    let size = 0;
    while (index < text.length && (size = wordCharAt(text, index)) === 0) index++;
    if (index >= text.length) {
      this.start = this.end = -1;
      return false;
    }
    this.start = index;
    for (;;) {
      while (size > 0) {
        index += size;
        size = wordCharAt(text, index);
      }
      // An apostrophe joins two runs of word characters ("don't", "l’offre").
      if (!isApostrophe(text.charCodeAt(index))) break;
      size = wordCharAt(text, index + 1);
      if (size === 0) break;
      index++;
    }
    this.end = index;
    return true;
  }
}

export function normalizeWord(word: string): string {
  // Most words are plain lower-case ASCII already: no new string for them.
  let plain = true;
  let ascii = true;
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index);
    if (code > 127) {
      ascii = false;
      break;
    }
    if (code >= 65 && code <= 90) plain = false;
  }
  if (plain && ascii) return word;
  const lower = word.toLowerCase();
  return ascii ? lower : lower.normalize('NFKC').replace(/[’ʼ]/g, "'");
}

/** A line break, LF or CR (blocks searches for them: every line of a lint passes there). */
const LINE_BREAKS = /[\n\r]/g;

/**
 * Splits text into blocks at blank lines and at line breaks that end a unit
 * of their own: a line ending a sentence, a short line ending in a comma (a
 * greeting or sign-off: "Hi Sam,", "Best,"), a list item or a time slot, a row
 * of a list of amounts, a heading, a line ending in a placeholder over a
 * capital (see endsUnit), a line of a plain-text table (see endsTableLine, read
 * in `layout`, the text as written, of the same length). Any other line
 * break is a wrap inside a sentence, so phrases match across it. Read by
 * character codes (every line of a lint passes here): the line's trimmed
 * ends, its last character and its words are found without a copy of it.
 */
export function blocks(prose: string, wrapAfter?: ReadonlySet<string>, layout: string = prose): Piece[] {
  const result: Piece[] = [];
  const columns = new ColumnGaps(layout);
  let blockStart = 0;
  let lineStart = 0;
  let afterBlankLine = true;
  // Line breaks are found by the expression engine: a loop read every character of a lint here.
  for (LINE_BREAKS.lastIndex = 0; LINE_BREAKS.test(prose); LINE_BREAKS.lastIndex = lineStart) {
    const at = LINE_BREAKS.lastIndex - 1;
    const next = prose.charCodeAt(at) === 13 && prose.charCodeAt(at + 1) === 10 ? at + 2 : at + 1;
    const blank = !holdsNonSpace(prose, lineStart, at);
    if (
      blank ||
      endsUnit(prose, { lineStart, lineEnd: at, next, blockStart, afterBlankLine }, wrapAfter) ||
      endsTableLine(layout, lineStart, at, next, columns)
    ) {
      if (at > blockStart) pushBlock(prose, result, { start: blockStart, end: at });
      blockStart = next;
    }
    afterBlankLine = blank;
    lineStart = next;
  }
  if (prose.length > blockStart) pushBlock(prose, result, { start: blockStart, end: prose.length });
  return result;
}

/**
 * Where a text's rows are padded into columns: a tab, or three spaces or more, between two characters of a line
 * (a plain-text bill's "Loppusumma yhteensä        {{ sum|rjust:"5" }} e"). Read in the text as written, where
 * the prose has masked markup to spaces ("Your <b>order</b>" is no padding).
 */
const COLUMN_GAP = /\S(?: {3}| *\t)[ \t]*(?=\S)/g;

/** The column gaps of a text, found once and in order: lines are asked about from the first to the last. */
class ColumnGaps {
  /** The first gap at or after the last line asked about; Infinity when there is none. */
  private gap = -1;

  constructor(private readonly text: string) {}

  /** Whether the line [start, end) holds a gap; `start` never goes back between calls. */
  within(start: number, end: number): boolean {
    if (this.gap < start) {
      COLUMN_GAP.lastIndex = start;
      this.gap = COLUMN_GAP.exec(this.text)?.index ?? Infinity;
    }
    return this.gap < end;
  }
}

/** Characters a rule line is drawn with ("-----", "=====", "+-----+------+"). */
const isRuleMark = (code: number) => code === 45 || code === 61 || code === 95 || code === 126 || code === 42 || code === 43 || code === 124;
/** A rule line has at least this many marks ("--" is not one; "-- " opens a signature). */
const MIN_RULE_MARKS = 3;

/** Whether the line at `start` (up to a line break) is a rule line: marks and spaces only. */
function isRuleLine(text: string, start: number): boolean {
  let marks = 0;
  for (let at = start; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 10 || code === 13) break;
    if (isRuleMark(code)) marks++;
    else if (code !== 32 && code !== 9) return false;
  }
  return marks >= MIN_RULE_MARKS;
}

/**
 * Whether the line [lineStart, lineEnd), whose break ends at `next`, ends a unit as a line of a plain-text table: it is
 * a rule line or stands over one (a table's or a section's rule), or it and the next line are both rows padded into
 * columns (a bill's fee lines, one a line, with no full stop): no sentence runs over a table's lines. Read in `layout`,
 * the text as written. Trial 42: a Finnish membership bill's fee table was read as one long sentence.
 */
function endsTableLine(layout: string, lineStart: number, lineEnd: number, next: number, columns: ColumnGaps): boolean {
  if (isRuleLine(layout, lineStart) || isRuleLine(layout, next)) return true;
  return columns.within(lineStart, lineEnd) && columns.within(next, lineEndAt(layout, next));
}

/** A heading stands alone over the text it titles: at most this many words. */
const MAX_HEADING_WORDS = 8;
/** A heading is shorter than the line under it by this factor at least (1.5: two thirds of its length). */
const HEADING_SHORTER_BY = 1.5;
/** A placeholder reads as a word of x's (prose-mask.ts); a shorter run may be a word. */
const MIN_PLACEHOLDER_XS = 3;

/**
 * Whether the line [lineStart, lineEnd), with words, whose break ends at `next`, ends a unit (see blocks):
 * - it ends a sentence or clause (". ! ? : ; )"), or is a short line ending in a comma;
 * - the next line is a list item or opens with a time range (a schedule, one slot a line: "09:00-15:30/rruga …");
 * - this line opens with a number and the next line does too: a list of amounts one per line with no full
 *   stops ("1.722 zł udział w programie" over "2.607 zł publikacja materiałów") is one item a line;
 * - this line and the next are short "term - description" rows that open alike (isDashItem), the next not in lower
 *   case, this one not ending in a wrap word: a list of dates one a line;
 * - the next line opens with a capital and this line is a heading (a short line of its own after a blank
 *   line, two thirds as long as the next at most: "Receiving a response from us" over "Please note…") or ends, after words, in a placeholder (a redacted
 *   "[email address]" over "We recommend…"): no sentence runs on over it.
 */
function endsUnit(
  prose: string,
  line: { lineStart: number; lineEnd: number; next: number; blockStart: number; afterBlankLine: boolean },
  wrapAfter: ReadonlySet<string> | undefined,
): boolean {
  const { lineStart, next } = line;
  let last = line.lineEnd - 1;
  while (last >= lineStart && isSpace(prose.charCodeAt(last))) last--;
  const lastCode = prose.charCodeAt(last);
  // . ! ? : ; )
  if (lastCode === 46 || lastCode === 33 || lastCode === 63 || lastCode === 58 || lastCode === 59 || lastCode === 41) return true;
  if (lastCode === 44 && wordCountUpTo(prose, lineStart, last, 4) <= 4) return true;
  const following = prose.slice(next, next + 80);
  if (
    !OPENS_IN_LOWER_CASE.test(following) &&
    !endsInWrapWord(prose, lineStart, last, wrapAfter) &&
    isDashItem(prose, lineStart, last + 1) &&
    isDashItem(prose, next, lineEndWithin(prose, next, MAX_ITEM_CHARS)) &&
    lineOpening(prose.slice(lineStart, lineStart + 80)) === lineOpening(following)
  )
    return true;
  if (/^\s*(?:$|[-*+•]\s|\d+[.)]\s|\d{1,2}[:.]\d{2}\s*[-–]\s*\d{1,2}[:.]\d{2})/.test(following)) return true;
  if (/^\s*\d/.test(following)) return /^\s*\d/.test(prose.slice(lineStart, lineStart + 80));
  if (!/^\s*\p{Lu}/u.test(following)) return false;
  if (line.afterBlankLine && line.blockStart === lineStart && isHeading(prose, lineStart, last, next) && !endsInWrapWord(prose, lineStart, last, wrapAfter))
    return true;
  if (endsInLongNumber(prose, lineStart, last)) return true;
  let xs = 0;
  while (last - xs >= lineStart && prose.charCodeAt(last - xs) === 120) xs++;
  // After words of its own: a placeholder alone on its line is a name over its team ("{agent_name}" over "Customer Care").
  return xs >= MIN_PLACEHOLDER_XS && last - xs >= lineStart && isSpace(prose.charCodeAt(last - xs)) && holdsNonSpace(prose, lineStart, last - xs);
}

/** The end of a line a long number ends: this many characters before its last hold MIN_NUMBER_DIGITS digits at least. */
const NUMBER_REACH = 24;
const MIN_NUMBER_DIGITS = 7;

/**
 * Whether the line ending at `last` ends in a long number (a phone number with its extension, "pod
 * numerem 801 199 199 w. 5", an account's): a contact line with no full stop, over a line that opens with a capital,
 * is a unit of its own (trial 46: a claims letter's two contact lines read as one long sentence). A short number ("on
 * 12" over "March") may wrap a sentence.
 */
function endsInLongNumber(prose: string, lineStart: number, last: number): boolean {
  const code = prose.charCodeAt(last);
  if (code < 48 || code > 57) return false;
  let digits = 0;
  for (let at = last; at >= Math.max(lineStart, last - NUMBER_REACH); at--) {
    const here = prose.charCodeAt(at);
    if (here >= 48 && here <= 57) digits++;
  }
  return digits >= MIN_NUMBER_DIGITS;
}

/** A line that goes on a sentence opens in lower case; a placeholder's x's (prose-mask.ts) are no word of it. */
const OPENS_IN_LOWER_CASE = /^\s*(?!x{3,}\s)\p{Ll}/u;
/** A list item is a short line: at most this many characters, and MAX_ITEM_WORDS words. */
const MAX_ITEM_CHARS = 120;
const MAX_ITEM_WORDS = 20;
/** A dash between spaces: a term and what it stands for ("1 March - Applications open"). */
const SPACED_DASH = /\s[-\u2013\u2014]\s/;
/** A row's term, before its dash, is a few words ("Boat house - …", "Monday 9 March - …") unless it opens with a number or a placeholder. */
const MAX_TERM_WORDS = 4;
/** A line that opens with a number or a placeholder's x's (prose-mask.ts): a date, an amount or a value heads the row. */
const OPENS_WITH_VALUE = /^\s*(?:\d|x{3,}\s)/;

/**
 * Whether [start, end) is an item of a list of "term - description" rows, one a line with no full stop (trial 16's
 * "Important Dates": "{{ date }} - Initial applications open" over "{{ date }} - Deadline for mentors…"): a short line
 * with a spaced dash after a short term or a value. Two such lines in a row that open alike (see lineOpening), the
 * first not ending in a word a line wraps after ("to", "and") and the second not opening in lower case as a wrapped
 * sentence's next line does, are two items. A sentence hard-wrapped at 60-70 columns with dashes as asides ("Thanks
 * for the photos of the lamp - they show the crack - so" over "I asked our warehouse team in Leeds - …") has a long
 * clause before its dash: no row (reviewer #1). A line longer than MAX_ITEM_CHARS is none (and `end` is -1 when the
 * next line runs past it).
 */
function isDashItem(prose: string, start: number, end: number): boolean {
  if (end < 0 || end - start > MAX_ITEM_CHARS) return false;
  const line = prose.slice(start, end);
  const dash = SPACED_DASH.exec(line);
  if (!dash || wordCountUpTo(prose, start, end - 1, MAX_ITEM_WORDS) > MAX_ITEM_WORDS) return false;
  return OPENS_WITH_VALUE.test(line) || (holdsNonSpace(line, 0, dash.index) && wordCountUpTo(line, 0, dash.index - 1, MAX_TERM_WORDS) <= MAX_TERM_WORDS);
}

/** How a line opens, as rows of one list open alike: with a value (a number or a placeholder), a capital, or else. */
function lineOpening(line: string): 'value' | 'capital' | 'other' {
  if (OPENS_WITH_VALUE.test(line)) return 'value';
  return /^\s*\p{Lu}/u.test(line) ? 'capital' : 'other';
}

/** The end of the line starting at `start` if it ends (a line break or the text's end) within `limit` characters, else -1. */
function lineEndWithin(prose: string, start: number, limit: number): number {
  const bound = Math.min(prose.length, start + limit + 1);
  for (let at = start; at < bound; at++) {
    const code = prose.charCodeAt(at);
    if (code === 10 || code === 13) return at;
  }
  return bound === prose.length ? bound : -1;
}

/**
 * Whether the line [lineStart, last] is a heading over the line at `next`: a few words, and short beside
 * that line, as a title is. A line wrapped at a fixed width is about as long as the next ("Your parcel left
 * our warehouse in" over "Berlin this morning and reaches you tomorrow.").
 */
function isHeading(prose: string, lineStart: number, last: number, next: number): boolean {
  if (wordCountUpTo(prose, lineStart, last, MAX_HEADING_WORDS) > MAX_HEADING_WORDS) return false;
  const nextEnd = prose.indexOf('\n', next);
  const nextLength = (nextEnd < 0 ? prose.length : nextEnd) - next;
  return (last + 1 - lineStart) * HEADING_SHORTER_BY <= nextLength;
}

/** Whether the line [lineStart, last] ends in a word no heading ends in (grammar.yaml `wrapAfterWords`): it wraps. */
function endsInWrapWord(prose: string, lineStart: number, last: number, wrapAfter: ReadonlySet<string> | undefined): boolean {
  if (!wrapAfter) return false;
  let first = last;
  while (first > lineStart && !isSpace(prose.charCodeAt(first - 1))) first--;
  return wrapAfter.has(prose.slice(first, last + 1));
}

/** Whether `text` holds a character other than white space in [start, end), with no copy of the stretch. */
export function holdsNonSpace(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) if (!isSpace(text.charCodeAt(at))) return true;
  return false;
}

/** The words (runs between white space) of the trimmed line ending at `last`, counted up to `limit` + 1. */
function wordCountUpTo(prose: string, lineStart: number, last: number, limit: number): number {
  let first = lineStart;
  while (isSpace(prose.charCodeAt(first))) first++;
  let words = 1;
  for (let at = first; at <= last && words <= limit; at++) {
    if (isSpace(prose.charCodeAt(at)) && !isSpace(prose.charCodeAt(at - 1))) words++;
  }
  return words;
}

/** A block with any character other than white space, cut to bounded pieces. */
function pushBlock(prose: string, result: Piece[], block: Span): void {
  let at = block.start;
  while (at < block.end && isSpace(prose.charCodeAt(at))) at++;
  if (at === block.end) return;
  if (block.end - block.start <= MAX_BLOCK) result.push(block);
  else for (const piece of boundedBlocks(prose, block)) result.push(piece);
}

/** A letter or a digit: where a text holds words. */
export const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Where the line at `lineStart` ends (its line feed), or `end` when it runs past it. */
export function lineEndAt(text: string, lineStart: number, end = text.length): number {
  const newline = text.indexOf('\n', lineStart);
  return newline < 0 || newline > end ? end : newline;
}

/** The words of a line: its runs between white space that hold a letter or a digit (a signature block's line is a few). */
export function wordsOnLine(line: string): number {
  return line.split(/\s+/).filter((word) => LETTER_OR_DIGIT.test(word)).length;
}

/** Where text.slice(0, end).trimEnd() ends, read in place (no copy of the text before `end`). */
export function trimmedEndBefore(text: string, end: number): number {
  let at = end;
  while (at > 0 && isSpace(text.charCodeAt(at - 1))) at--;
  return at;
}

/** JavaScript's white space (what `\s` matches and trim() removes). */
export function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

// The parsers slow down sharply on long strings (parse-latin on one line of "![ ": 100 -> 200 KB
// took 0.14 -> 2.8 s); a single-line export body or a 5 MB .txt is cut near sentence ends into
// pieces of at most this length.
export const MAX_BLOCK = 4000;

/** A piece of a block; `continues` when the cut before it fell inside a sentence (no sentence end near enough). */
interface Piece {
  start: number;
  end: number;
  continues?: boolean;
}

function boundedBlocks(prose: string, block: Span): Piece[] {
  if (block.end - block.start <= MAX_BLOCK) return [block];
  const pieces: Piece[] = [];
  let start = block.start;
  let continues = false;
  while (block.end - start > MAX_BLOCK) {
    const window = prose.slice(start, start + MAX_BLOCK);
    const sentenceEnd = window.search(/[.!?]\s+\S[^.!?]*$/);
    const space = window.lastIndexOf(' ');
    let cut = sentenceEnd > MAX_BLOCK / 2 ? sentenceEnd + 1 : space > MAX_BLOCK / 2 ? space : MAX_BLOCK;
    // Never cut a surrogate pair in two.
    if (/[\ud800-\udbff]/.test(prose.charAt(start + cut - 1))) cut++;
    pieces.push({ start, end: start + cut, continues });
    continues = !(sentenceEnd > MAX_BLOCK / 2);
    start += cut;
  }
  pieces.push({ start, end: block.end, continues });
  return pieces;
}

/**
 * Splits a parser's sentence where the language says a period ends one that
 * the parser read as an abbreviation ("Please sign in. Then open Settings.").
 */
function splitMissedEnds(prose: string, span: Span, endsMissed: RegExp): Span[] {
  const text = prose.slice(span.start, span.end);
  const parts: Span[] = [];
  let from = 0;
  endsMissed.lastIndex = 0;
  for (let match = endsMissed.exec(text); match; match = endsMissed.exec(text)) {
    const end = match.index + match[0].length;
    parts.push({ start: span.start + from, end: span.start + end });
    from = end + /^\s*/.exec(text.slice(end))![0].length;
  }
  if (from < text.length) parts.push({ start: span.start + from, end: span.end });
  return parts;
}

// The parsers' sentence-ending marks and white space (parse-latin's expressions: /[!.?\u2026\u203D]/ and
// /[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/), tested by code: a regular expression
// per character is a call into the engine and a string per character.
const SENTENCE_MARKS = /[!.?\u2026\u203D]/g;
const isTerminalMark = (code: number) => code === 33 || code === 46 || code === 63 || code === 0x2026 || code === 0x203d;
/** JavaScript's white space (isSpace) with U+0085 and without U+FEFF. */
const isParserSpace = (code: number) => code === 0x85 || (code !== 0xfeff && isSpace(code));

type Parser = (typeof PARSERS)[SentenceParser];

const isAsciiLetterOrDigit = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
const isAsciiUpper = (code: number) => code >= 65 && code <= 90;
const isAsciiDigit = (code: number) => code >= 48 && code <= 57;

/** Whether the first `length` characters of `text` are all ASCII digits (and there is at least one). */
function isAsciiDigits(text: string, length: number): boolean {
  if (length === 0) return false;
  for (let index = 0; index < length; index++) {
    if (!isAsciiDigit(text.charCodeAt(index))) return false;
  }
  return true;
}

/**
 * The sentences of a plainly written block, found without the parser (its
 * largest cost): every sentence-ending mark inside the block is a single
 * `.`, `!` or `?` right after a word of ASCII letters or digits (or after
 * white space, where a link or quote was masked), followed by white space
 * and a capital letter. The parser is asked once per word whether it ends a
 * sentence there; where it does not ("Mr.", "sept.", the "1." of a numbered
 * step) the sentence goes on, as in the parser's reading (and `endsMissed`
 * applies the language's correction as splitMissedEnds does). Marks at
 * the block's end close its last sentence; a block without marks inside is
 * one sentence (greetings, sign-offs, list items). Anything else (initials,
 * ellipses, brackets, non-ASCII words) is left to the parser. Spans are the
 * parser's: the sentence without surrounding white space.
 */
function plainSentences(prose: string, block: Span, parser: Parser, reading: SentenceReading): Span[] | undefined {
  const { endsMissed, noEndAfter, noEndBeforeNumber } = reading;
  let start = block.start;
  let end = block.end;
  while (start < end && isParserSpace(prose.charCodeAt(start))) start++;
  while (end > start && isParserSpace(prose.charCodeAt(end - 1))) end--;
  if (start === end) return undefined;
  let body = end;
  while (body > start && isTerminalMark(prose.charCodeAt(body - 1))) body--;
  const spans: Span[] = [];
  let sentenceStart = start;
  // Every character of a lint passes here: the marks are found by the expression engine, in a view of the block
  // (a search of the whole prose could run past many blocks without a mark to a later one).
  const marked = prose.slice(start, body);
  for (let index = start; ; index++) {
    SENTENCE_MARKS.lastIndex = index - start;
    if (!SENTENCE_MARKS.test(marked)) break;
    index = start + SENTENCE_MARKS.lastIndex - 1;
    const mark = prose.charCodeAt(index);
    // A decimal point ("£19.00") is inside a word for the parser, never a sentence end.
    if (mark === 46 && isAsciiDigit(prose.charCodeAt(index - 1)) && isAsciiDigit(prose.charCodeAt(index + 1))) continue;
    if (mark > 127 || index === sentenceStart) return undefined;
    let wordStart = index;
    while (wordStart > sentenceStart && isAsciiLetterOrDigit(prose.charCodeAt(wordStart - 1))) wordStart--;
    const atSentenceStart = wordStart === sentenceStart;
    if (!atSentenceStart && !isParserSpace(prose.charCodeAt(wordStart - 1))) return undefined;
    let next = index + 1;
    while (next < body && isParserSpace(prose.charCodeAt(next))) next++;
    // A listed word's period before a name ("ul. Lipowej") or a number ("Nr. 4410", "No. 12") does not end the sentence
    // (joinListedAbbreviations).
    if (mark === 46 && next > index + 1 && next < body && (noEndAfter || noEndBeforeNumber)) {
      const word = prose.slice(wordStart, index);
      if (noEndAfter?.has(word) || (isAsciiDigit(prose.charCodeAt(next)) && noEndBeforeNumber?.has(word))) continue;
    }
    if (next === index + 1 || next === body || !isAsciiUpper(prose.charCodeAt(next))) return undefined;
    // Where the parser reads the mark as part of the sentence ("sept.", the "1." of a list item), the sentence goes on,
    // unless the language's correction ends it there after all (splitMissedEnds).
    if (!endsSentence(parser, prose.slice(wordStart, index + 1), atSentenceStart)) {
      if (!endsMissed || !endsMissedAt(prose, sentenceStart, wordStart, index, next, endsMissed)) continue;
    }
    spans.push({ start: sentenceStart, end: index + 1 });
    sentenceStart = next;
    index = next - 1;
  }
  spans.push({ start: sentenceStart, end });
  return spans;
}

const isAsciiSpace = (code: number) => code === 32 || (code >= 9 && code <= 13);

/**
 * Whether splitMissedEnds ends a sentence at the mark `index`, which the
 * parser did not end: a match of the language's `endsMissed` found from the
 * word before the mark ends at the mark, in the sentence's text as the
 * splitter sees it. Only runs of ASCII white space after the mark, which both
 * the parser and `\s` skip, qualify.
 */
function endsMissedAt(prose: string, sentenceStart: number, wordStart: number, index: number, next: number, endsMissed: RegExp): boolean {
  if (prose.charCodeAt(index) !== 46) return false;
  for (let at = index + 1; at < next; at++) if (!isAsciiSpace(prose.charCodeAt(at))) return false;
  endsMissed.lastIndex = wordStart - sentenceStart;
  // The word after the mark too, whole: a month after a number's period makes a date ("17. August").
  const match = endsMissed.exec(prose.slice(sentenceStart, next + LONGEST_LISTED_WORD));
  return match !== null && match.index + match[0].length === index + 1 - sentenceStart;
}

// A listed word and its period at a span's end ("Nr.", "No."), the word not part of a longer one.
const WORD_AND_PERIOD_AT_END = /(?<![\p{L}\p{M}\p{N}_])([\p{L}\p{M}]+)\.$/u;
const LONGEST_LISTED_WORD = 24;

/**
 * Joins the parser's sentences of one block (from `first` on; never the
 * previous block's last one, a paragraph's end is a sentence's end) where one
 * ends on a word the language lists and its period, and the next follows
 * after white space only: any next one after a noEndAfterWords word ("przy
 * ul. Lipowej 4."), one starting with a digit after a
 * noEndBeforeNumberAfterWords word ("Užsakymas Nr. 4410 atšauktas.").
 * Looked at once per sentence end, not per character.
 */
function joinListedAbbreviations(prose: string, spans: Span[], first: number, reading: SentenceReading): void {
  const { noEndAfter, noEndBeforeNumber } = reading;
  for (let index = first + 1; index < spans.length;) {
    const before = spans[index - 1]!;
    const after = spans[index]!;
    const word = onlyParserSpace(prose, before.end, after.start)
      ? (WORD_AND_PERIOD_AT_END.exec(prose.slice(Math.max(before.start, before.end - LONGEST_LISTED_WORD - 1), before.end))?.[1] ?? '')
      : '';
    if (noEndAfter?.has(word) || (isAsciiDigit(prose.charCodeAt(after.start)) && noEndBeforeNumber?.has(word))) {
      spans.splice(index - 1, 2, { start: before.start, end: after.end });
    } else index++;
  }
}

function onlyParserSpace(prose: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let at = from; at < to; at++) if (!isParserSpace(prose.charCodeAt(at))) return false;
  return true;
}

/** Per parser: whether it ends a sentence after a word and mark ("today." does, "sept." does not). */
const sentenceEnds = new Map<Parser, WordMemo<boolean>>();
const MAX_REMEMBERED_WORDS = 10_000;
/** Longer words are rare: asked each time, never kept. */
const MAX_REMEMBERED_LENGTH = 40;

/** `wordAndMark` may be a mark alone (after white space); `atSentenceStart` when the word opens its sentence ("1." of a list item). */
function endsSentence(parser: Parser, wordAndMark: string, atSentenceStart: boolean): boolean {
  let known = sentenceEnds.get(parser);
  if (!known) sentenceEnds.set(parser, (known = new WordMemo(MAX_REMEMBERED_WORDS, MAX_REMEMBERED_LENGTH)));
  // The parsers tell numbers apart by their count of digits only (1-3 digits read as an ordinal, more end a sentence):
  // asked once per count, so a library of order numbers does not fill the table and ask again for every word.
  if (isAsciiDigits(wordAndMark, wordAndMark.length - 1)) wordAndMark = `${'0'.repeat(wordAndMark.length - 1)}${wordAndMark.slice(-1)}`;
  return known.get(`${atSentenceStart ? '^' : ' '}${wordAndMark}`, () => {
    // The parser's own answer, asked once per word: "a today. B" is two sentences, "a sept. B" one.
    const lead = atSentenceStart ? '' : 'a ';
    const tree = parser.parse(`${lead}${wordAndMark} B`) as NlcstNode;
    const sentences = (tree.children?.[0]?.children ?? []).filter((node) => node.type === 'SentenceNode');
    return sentences.length === 2 && sentences[0]!.position?.end.offset === lead.length + wordAndMark.length;
  });
}

/** Sentence spans of a unit's prose; `plain: false` asks the parser for every block (the reference the tests check the plain path against). */
export function sentenceSpans(prose: string, reading: SentenceReading, { plain: usePlain = true, layout = prose } = {}): Span[] {
  const parser = PARSERS[reading.parser];
  const { endsMissed } = reading;
  const spans: Span[] = [];
  let previousPieceHadSentences = false;
  for (const block of blocks(prose, reading.wrapAfter, layout)) {
    const first = spans.length;
    sentencesOfBlock(block);
    const found = spans.length > first;
    // A cut inside a sentence only bounds what the parser sees: the sentence it split is one again,
    // so a phrase across the cut is still found.
    if (block.continues && previousPieceHadSentences && found) spans.splice(first - 1, 2, { start: spans[first - 1]!.start, end: spans[first]!.end });
    previousPieceHadSentences = found;
  }
  return spans;

  function sentencesOfBlock(block: Piece): void {
    const plain = usePlain ? plainSentences(prose, block, parser, reading) : undefined;
    if (plain) {
      for (const span of plain) spans.push(span);
      return;
    }
    const first = spans.length;
    const tree = parser.parse(prose.slice(block.start, block.end)) as NlcstNode;
    for (const paragraph of tree.children ?? []) {
      for (const node of paragraph.children ?? []) {
        if (node.type !== 'SentenceNode' || !node.position) continue;
        const span = {
          start: block.start + (node.position.start.offset ?? 0),
          end: block.start + (node.position.end.offset ?? 0),
        };
        if (endsMissed) for (const piece of splitMissedEnds(prose, span, endsMissed)) spans.push(piece);
        else spans.push(span);
      }
    }
    if (reading.noEndAfter || reading.noEndBeforeNumber) joinListedAbbreviations(prose, spans, first, reading);
  }
}

/** The words of a text outside the prose (a title, a footer) as one sentence's tokens, without the sentence parser. */
export function wordTokens(text: string): Token[] {
  const tokens: Token[] = [];
  const word = new WordScanner();
  for (let from = 0; word.next(text, from); from = word.end) {
    tokens.push({ start: word.start, end: word.end, norm: normalizeWord(text.slice(word.start, word.end)), placeholder: false, sentence: 0 });
  }
  return tokens;
}

/** `text`: the unit's text as written, of the prose's length (where a table's columns are seen; see blocks). */
export function analyzeProse(prose: string, placeholders: Placeholder[], reading: SentenceReading, text: string = prose): ProseAnalysis {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  let placeholderIndex = 0;
  // The next word found, searched for from `searchedFrom`: it is also the next word from any
  // later point up to its start, so a sentence without words (a run of emoji) does not send
  // the search to the end of the prose again for every sentence after it.
  const word = new WordScanner();
  let searchedFrom = Infinity;
  for (const { start: sentenceStart, end: sentenceEnd } of sentenceSpans(prose, reading, { layout: text })) {
    const firstToken = tokens.length;
    if (searchedFrom > sentenceStart || (word.start >= 0 && word.start < sentenceStart)) word.next(prose, (searchedFrom = sentenceStart));
    for (; word.start >= 0 && word.start < sentenceEnd; searchedFrom = word.end, word.next(prose, word.end)) {
      const { start } = word;
      const clipped = word.end > sentenceEnd;
      let end = clipped ? sentenceEnd : word.end;
      while (placeholderIndex < placeholders.length && placeholders[placeholderIndex]!.end <= start) placeholderIndex++;
      const holder = placeholders[placeholderIndex];
      // A word glued to a fill-in ("Gerbiamas%{recipient.name.first}", trial 19) ends where the fill-in starts, which
      // is a token of its own next.
      if (holder !== undefined && holder.start > start && holder.start < end) end = word.end = holder.start;
      const placeholder = holder !== undefined && holder.start <= start && end <= holder.end;
      tokens.push({
        start,
        end,
        norm: placeholder ? placeholderWord(holder.variable) : normalizeWord(prose.slice(start, end)),
        placeholder,
        sentence: sentences.length,
      });
    }
    if (tokens.length > firstToken) sentences.push({ start: sentenceStart, end: sentenceEnd, firstToken, endToken: tokens.length });
  }
  return { sentences, tokens };
}
