// A reply often carries a copy of the message it answers: a help desk's
// "Your message:" under the reply, a mail client's "-----Original Message-----"
// or "On 3 Dec 2026, Ana <ana@example.com> wrote:", an agent's "Customer
// wrote:" over the pasted question. The copy is the customer's words: it is
// masked as a `>` quote is, so no rule judges it and the closing checks look
// at the writer's last words, not the customer's. The header words are data
// (rules/structure/footers.yaml, `copiedMessages`), one list per language.

import { holdsNonSpace, lineEndAt } from '../text/analyze';
import { asciiStartsOf, cannotStartAt, phraseAlternation } from '../text/phrase-pattern';
import { ProseMask } from './prose-mask';
import { ANY_COMMA_LINE, isSalutationLine, SHORT_SALUTATION } from './salutation';
import type { Span } from '../types';
import { lazyPattern } from '../text/lazy-pattern';

/** The compiled header lines of every language. */
export interface CopiedMessageMatcher {
  /** A line that is only a label of a copy ("Your message:", "-----Original Message-----", "**Viestisi:**"). */
  label: RegExp;
  /** A line that is only a label of one point to answer ("You wrote:", "Napisałeś:"): its copy is one paragraph. */
  point: RegExp;
  /** A line that ends in an attribution word and a colon ("… Ana Berger <ana@example.com> wrote:"). */
  attribution: RegExp;
  /** The first line of a mail client's header block ("From: Ana <ana@example.com>", "Od: …"). */
  headerFrom: RegExp;
  /** A further line of that block ("Sent: …", "To: …", "Subject: …", "Wysłano: …"). */
  headerField: RegExp;
  /** The first characters of `label` and `point` words (asciiStartsOf), past their decoration. */
  labelStarts: Uint8Array | undefined;
}

/** Marks a header line may carry around its words: quote, emphasis, dashes, equals signs. */
const DECORATION_CHARACTERS = ' \t>*_=-';
const DECORATION = '[ \\t>*_=\\-]*';

/** A line that is only one of `phrases`, with a colon, dashes or emphasis around it. */
function labelLine(phrases: Record<string, string[]>): RegExp {
  return new RegExp(`^${DECORATION}(?:${phraseAlternation(Object.values(phrases).flat())})[ \\t]*:?${DECORATION}$`, 'iu');
}

/** A line opening with one of `fields` and a colon, emphasis around the field allowed ("**From:** Ana"). */
function fieldLine(fields: Record<string, string[]>): RegExp {
  return new RegExp(`^[ \\t>*_]*(?:${phraseAlternation(Object.values(fields).flat())})[*_]*[ \\t]*:`, 'iu');
}

/** `labels`, `points`, `wrote` and `headerBlock` as footers.yaml's `copiedMessages` holds them, one list per language. */
export function compileCopiedMessages(
  labels: Record<string, string[]>,
  points: Record<string, string[]>,
  wrote: Record<string, string[]>,
  headerBlock: { from: Record<string, string[]>; fields: Record<string, string[]> },
): CopiedMessageMatcher {
  return {
    label: labelLine(labels),
    point: labelLine(points),
    labelStarts: asciiStartsOf([...Object.values(labels).flat(), ...Object.values(points).flat()], DECORATION_CHARACTERS),
    headerFrom: fieldLine(headerBlock.from),
    headerField: fieldLine(headerBlock.fields),
    // The attribution word ends a line of at most 300 characters, as a word of its own.
    attribution: new RegExp(`^[^\\n]{0,300}(?<![\\p{L}\\p{N}])(?:${phraseAlternation(Object.values(wrote).flat())})[ \\t]*:[ \\t*_]*$`, 'iu'),
  };
}

/** What only a mail client's attribution line names: an address or a placeholder. */
const MAIL_DETAIL = /@|\{\{|\{%|%\{|#\{|\$\{|\[[A-Z_]+\]/;
/** A clock time ("10:12", "klo 10.12"; not a date's "1.12.2026"). */
const CLOCK_TIME = lazyPattern(String.raw`(?<![\p{N}.:])\p{N}{1,2}[:.]\p{N}{2}(?![\p{N}.:])`, 'u');
/** A date with its year ("2026", "1.12.2026", "12/1/26"), as a mail client writes it before the clock time. */
const DATED = lazyPattern(String.raw`(?<!\p{N})(?:19|20)\p{N}{2}(?!\p{N})|(?<![\p{N}.])\p{N}{1,2}[./]\p{N}{1,2}[./]\p{N}{2,4}(?!\p{N})`, 'u');
const BLANKS = /\s*/y;
/** After a header, a copy already quoted: a `>` quote line or an HTML <blockquote>, tags and blanks before it aside. */
const QUOTED_NEXT = /(?:\s|<(?!blockquote\b)[^<>]*>)*(?:>|<blockquote\b)/iy;
/** A line whose words end in a question mark (closing quotes and emphasis aside). */
const QUESTION_LINE = /\?[\s"'’”»*_)]*$/u;

export interface CopiedMessages {
  /** The prose with every copy and its header masked (line breaks kept). */
  prose: string;
  /** Where a copy that runs to the end of the reply starts (its header line): the writer's words end before it. */
  tail: number | undefined;
}

/**
 * Masks the copies of the customer's message in a reply's prose. Headers are
 * read on prose lines (so code and quotes open none). What a header opens:
 * - nothing more when the copy under it is quoted already (`>` lines, a
 *   <blockquote>) or is a placeholder the help desk fills ("Your message:" over
 *   `{{ticket.description}}`): the header alone is masked;
 * - under the writer's words (more than a salutation line above it), a label,
 *   a mail client's attribution or header block opens the rest of the reply:
 *   a reply written above the copy ends at the header;
 * - at the top (nothing above it but a salutation line), the copy up to the
 *   answer's salutation line or a separator line after its first paragraph,
 *   else its first paragraph: the writer's answer follows it;
 * - a third party's words the writer cites ("At 9:40 today the courier
 *   wrote:", no address, placeholder or dated time), anywhere, one paragraph:
 *   the reply goes on under them;
 * - a label of one point to answer ("You wrote:", "Napisałeś:"), anywhere,
 *   the question under it: its paragraph, or up to the first line after its
 *   question lines, where the writer answers right under it.
 */
export function maskCopiedMessages(text: string, prose: string, matcher: CopiedMessageMatcher): CopiedMessages {
  // Spans to blank, masked once at the end (a thread of many quoted copies stays one pass).
  const spans: Span[] = [];
  // The writer's lines with words so far (outside copies): more than one salutation line is writing above.
  let writerLines = 0;
  let firstWriterLine = '';
  // The first colon at or after the line read (-1: none left), found once per colon, not by reading every line.
  let colon = prose.indexOf(':');
  for (let lineStart = 0; lineStart < prose.length;) {
    if (colon >= 0 && colon < lineStart) colon = prose.indexOf(':', lineStart);
    const lineEnd = lineEndAt(prose, lineStart);
    const header = headerAt(prose, text, lineStart, lineEnd, colon >= 0 && colon < lineEnd, matcher);
    if (!header) {
      // Tested in place: a copy of every line of every reply was 3% of what a library's lint allocates.
      if (holdsNonSpace(prose, lineStart, lineEnd) && writerLines++ === 0) firstWriterLine = prose.slice(lineStart, lineEnd);
      lineStart = lineEnd + 1;
      continue;
    }
    if (copyNotWrittenOut(text, prose, header.end)) {
      spans.push({ start: lineStart, end: header.end });
      lineStart = header.end + 1;
      continue;
    }
    if (header.opens === 'copy' && (writerLines > 1 || (writerLines === 1 && !isSalutationLine(firstWriterLine, ANY_COMMA_LINE)))) {
      // A copy under the reply: the reply ends above its header.
      spans.push({ start: lineStart, end: prose.length });
      return { prose: blanked(prose, spans), tail: lineStart };
    }
    const copyEnd =
      header.opens === 'point'
        ? questionEnd(text, prose, header.end + 1)
        : header.opens === 'copy'
          ? pastedCopyEnd(text, prose, header.end + 1)
          : firstParagraphEnd(prose, header.end + 1);
    spans.push({ start: lineStart, end: copyEnd });
    lineStart = copyEnd;
  }
  return { prose: blanked(prose, spans), tail: undefined };
}

/** `prose` with the `spans` blanked, line breaks kept. */
function blanked(prose: string, spans: readonly Span[]): string {
  const mask = new ProseMask(prose);
  for (const { start, end } of spans) mask.add(start, end);
  return mask.build();
}

/** A label is a short line; an attribution line ends in a colon. */
const MAX_LABEL_LINE = 80;
const ENDS_IN_COLON = /:[ \t*_]*$/;
/** A header block is its `from` line and at least this many field lines under it. */
const MIN_HEADER_FIELDS = 2;

/**
 * The header at prose line [lineStart, lineEnd) (its text at the same offsets), if any: what it opens (a copy,
 * one point to answer, or a cited third party's words) and where its last line ends. `holdsColon`: the line holds a ':'.
 */
function headerAt(
  prose: string,
  text: string,
  lineStart: number,
  lineEnd: number,
  holdsColon: boolean,
  matcher: CopiedMessageMatcher,
): { opens: 'copy' | 'point' | 'cited'; end: number } | undefined {
  if (!mayBeHeader(prose, lineStart, lineEnd, holdsColon, matcher)) return undefined;
  const line = prose.slice(lineStart, lineEnd).replace(/\r$/, '');
  if (line.length <= MAX_LABEL_LINE && matcher.label.test(line)) return { opens: 'copy', end: lineEnd };
  if (line.length <= MAX_LABEL_LINE && matcher.point.test(line)) return { opens: 'point', end: lineEnd };
  if (matcher.headerFrom.test(line)) {
    let end = lineEnd;
    let fields = 0;
    for (let next = nextWrittenLine(text, prose, end); next < prose.length && matcher.headerField.test(prose.slice(next, lineEndAt(prose, next)));) {
      end = lineEndAt(prose, next);
      fields++;
      next = nextWrittenLine(text, prose, end);
    }
    if (fields >= MIN_HEADER_FIELDS) return { opens: 'copy', end };
  }
  if (!ENDS_IN_COLON.test(line) || !matcher.attribution.test(line)) return undefined;
  const written = text.slice(lineStart, lineStart + line.length);
  if (MAIL_DETAIL.test(written) || (CLOCK_TIME().test(written) && DATED().test(written))) return { opens: 'copy', end: lineEnd };
  return CLOCK_TIME().test(written) ? { opens: 'cited', end: lineEnd } : undefined;
}

/**
 * Whether prose line [lineStart, lineEnd) can be a header, read in place: a header block's line and an attribution
 * hold a colon, and a label line without one is short and opens (past its decoration) with a character its words
 * can start with. Most lines of a reply are none: they are not copied out and tried against the patterns.
 */
function mayBeHeader(prose: string, lineStart: number, lineEnd: number, holdsColon: boolean, matcher: CopiedMessageMatcher): boolean {
  if (holdsColon) return true;
  // Longer than MAX_LABEL_LINE even without a final \r.
  if (lineEnd - lineStart > MAX_LABEL_LINE + 1) return false;
  let words = lineStart;
  while (words < lineEnd && DECORATION_CHARACTERS.includes(prose[words]!)) words++;
  return !cannotStartAt(matcher.labelStarts, prose, words);
}

/**
 * The start of the prose line after the one ending at `lineEnd`, past lines that
 * markup alone makes: blank in the prose but written as tags in the text (an HTML
 * mail's `<br>` and `</p>` between the fields of Outlook's header block). A blank
 * line of the text itself is a line of its own.
 */
function nextWrittenLine(text: string, prose: string, lineEnd: number): number {
  let start = lineEnd + 1;
  while (start < prose.length) {
    const end = lineEndAt(prose, start);
    if (/\S/.test(prose.slice(start, end)) || !/\S/.test(text.slice(lineEnd, end + 1))) return start;
    lineEnd = end;
    start = end + 1;
  }
  return start;
}

/**
 * Whether the copy under a header (whose line ends at `lineEnd`) is not written
 * out here: a quote already masks it, or its first line is nothing but a
 * placeholder (the masked view reads it as x's) the help desk fills with it.
 */
function copyNotWrittenOut(text: string, prose: string, lineEnd: number): boolean {
  QUOTED_NEXT.lastIndex = lineEnd;
  if (QUOTED_NEXT.test(text)) return true;
  BLANKS.lastIndex = lineEnd;
  BLANKS.test(prose);
  const from = BLANKS.lastIndex;
  if (from >= prose.length) return false;
  const newline = prose.indexOf('\n', from);
  const to = newline < 0 ? prose.length : newline;
  return /^x+$/.test(prose.slice(from, to).trim()) && text.slice(from, to).trim() !== prose.slice(from, to).trim();
}

/** Where the first paragraph from `from` ends: the first blank line after a line with words (or the text's end). */
function firstParagraphEnd(prose: string, from: number): number {
  let seenWords = false;
  for (let lineStart = from; lineStart < prose.length;) {
    const lineEnd = lineEndAt(prose, lineStart);
    const hasWords = /\S/.test(prose.slice(lineStart, lineEnd));
    if (!hasWords && seenWords) return lineStart;
    seenWords ||= hasWords;
    lineStart = lineEnd + 1;
  }
  return prose.length;
}

/** A separator line: three or more of one of - * _ = (spaces between them allowed). */
const SEPARATOR_LINE = /^[ \t]*([-*_=])(?:[ \t]*\1){2,}[ \t]*\r?$/;
/** A line that ends a sentence (closing quotes, brackets and emphasis aside). */
const SENTENCE_END_LINE = /[.!?…][\s"'’”»*_)]*$/u;
/** A salutation of at most this many words may run straight into the answer's first line (no blank line under it). */
const MAX_RUN_ON_SALUTATION_WORDS = 4;

/**
 * Where a copy pasted above the answer ends: at the answer's salutation line
 * ("Hi Ana,", "Dzień dobry,") or after a separator line ("---") that opens a
 * paragraph after the copy's first paragraph; else the copy is its first
 * paragraph. A customer's message of several paragraphs runs to the answer's
 * greeting: its later paragraphs are theirs too. A salutation opens its
 * paragraph and stands over a blank line or is short ("Hi Ana,\nyour refund…");
 * a line ending in a comma over lines that end no sentence ("Thanks,\nAna",
 * "Kind regards,\nSam Hughes, Support Team") is a sign-off, the customer's or
 * the answer's own, and the copy never runs past it.
 */
function pastedCopyEnd(text: string, prose: string, from: number): number {
  const paragraphEnd = firstParagraphEnd(prose, from);
  // Lines as written: a masked separator or heading may hold line breaks of its own in the prose.
  let paragraphStart = true;
  for (let lineStart = paragraphEnd; lineStart < text.length;) {
    const lineEnd = lineEndAt(text, lineStart);
    const written = text.slice(lineStart, lineEnd);
    const nextStart = Math.min(lineEnd + 1, text.length);
    const next = prose.slice(nextStart, lineEndAt(text, nextStart));
    if (!/\S/.test(written)) paragraphStart = true;
    else if (paragraphStart && SEPARATOR_LINE.test(written)) return lineEnd;
    else if (paragraphStart && isSalutationLine(prose.slice(lineStart, lineEnd), SHORT_SALUTATION) && !signatureAt(prose, nextStart)) {
      if (!/\S/.test(next) || isSalutationLine(prose.slice(lineStart, lineEnd), { maxWords: MAX_RUN_ON_SALUTATION_WORDS })) return lineStart;
      paragraphStart = false;
    } else paragraphStart = false;
    lineStart = lineEnd + 1;
  }
  return paragraphEnd;
}

/**
 * Whether the lines from `lineStart` to the next blank line are a signature under a sign-off: there is
 * one, and none of them ends a sentence (a name, a name and a team, a company; an answer's words end one).
 */
function signatureAt(prose: string, lineStart: number): boolean {
  let lines = 0;
  for (let start = lineStart; start < prose.length;) {
    const end = lineEndAt(prose, start);
    const line = prose.slice(start, end).replace(/\r$/, '');
    if (!/\S/.test(line)) break;
    if (SENTENCE_END_LINE.test(line)) return false;
    lines++;
    start = end + 1;
  }
  return lines > 0;
}

/**
 * Where the question under a label of one point to answer ends: its paragraph's end, or the start of the
 * first line after its question lines (a line ending in "?"), where the writer answers right under it.
 * The paragraph is the one written: a question in quotation marks is already blank in `prose`, and the paragraph
 * found there would be the writer's answer under it.
 */
function questionEnd(text: string, prose: string, from: number): number {
  const paragraphEnd = Math.min(firstParagraphEnd(prose, from), firstParagraphEnd(text, from));
  let afterQuestion = false;
  for (let lineStart = from; lineStart < paragraphEnd;) {
    const lineEnd = lineEndAt(prose, lineStart);
    const line = prose.slice(lineStart, lineEnd);
    const asks = QUESTION_LINE.test(line);
    if (afterQuestion && /\S/.test(line) && !asks) return lineStart;
    afterQuestion ||= asks;
    lineStart = lineEnd + 1;
  }
  return paragraphEnd;
}
