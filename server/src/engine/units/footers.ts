// A reply ends at its sign-off. What follows is a footer: a "-- " signature
// block, "Sent from my iPhone", a confidentiality or no-reply notice, an
// unsubscribe line, and a thematic break or <hr> right before such words.
// Footer words may follow a company name on the same line when a break sets
// the line off or it is the reply's last line.
// The footer is masked, so it is never judged as the writer's prose and the
// closing checks look at the sentences before it. The footer words are data
// (rules/structure/footers.yaml), one list per language. A copy of the
// customer's message under the reply (units/copied-messages.ts) is masked
// first, and the footer is looked for above it.

import { lineEndAt, wordsOnLine } from '../text/analyze';
import { asciiStartsOf, cannotStartAt, phraseAlternation } from '../text/phrase-pattern';
import type { ChatSpeakerMatcher } from './chat-transcript';
import { maskCopiedMessages, type CopiedMessageMatcher } from './copied-messages';
import { maskQuotedRequests, type QuotedRequestMatcher } from './quoted-requests';
import { ANY_COMMA_LINE, isSalutationLine } from './salutation';
import type { Span } from '../types';
import { lazyPattern } from '../text/lazy-pattern';

/** The compiled footer openings of every language (sticky: tried at one offset of the prose). */
export interface FooterMatcher {
  /**
   * Matches where a line that opens a footer starts (leading list, emphasis or quote markup, then footer words); set only
   * when a phrase opens with such markup (`asciiStarts` undefined). Else a line opens a footer where `words` match past
   * its markup: the alternation of every language's footer words is compiled once, not twice (a regular expression of
   * about 5,000 characters, compiled on its first use in every run).
   */
  opening?: RegExp;
  /**
   * Matches footer words, tried inside a line after a sentence end or a
   * separator ("Acme Ltd · This e-mail may contain confidential information."):
   * trusted only on a line a break sets off or on the reply's last line.
   */
  words: RegExp;
  /** Matches where a line opens with footer words that are a footer's only under a signature block, a delimiter or a break (a GDPR notice). */
  signedOpening?: RegExp;
  /** As `asciiStarts`, for the words of `signedOpening`. */
  signedStarts?: Uint8Array;
  /** Matches a line that ends with a company's legal form and its stop ("Acme Ltd."): a signature block's line, no sentence's end. */
  companyForm?: RegExp;
  /** Matches where a footer line opens with the template's own words (a no-reply or unsubscribe line: footers.yaml `templateOwn`). */
  templateOwn?: RegExp;
  /**
   * Per ASCII code, whether a footer phrase can start with that character
   * (either case; "ſ" and the Kelvin sign fold to s and k); undefined when
   * a phrase starts with markup the opening skips. A line whose first
   * character is ASCII and not marked here opens no footer: most lines of a
   * library are not tried against the alternation at all.
   */
  asciiStarts: Uint8Array | undefined;
  /** The headers of a copy of the customer's message (units/copied-messages.ts), masked before the footer is looked for. */
  copied?: CopiedMessageMatcher;
  /** The words of the customer's request quoted back (units/quoted-requests.ts), masked with the copies. */
  requests?: QuotedRequestMatcher;
  /** The role words of a chat transcript's speakers (units/chat-transcript.ts): a chat file's turns are read with them. */
  speakers?: ChatSpeakerMatcher;
  /** The quotation pattern, elided words ("‘til", "‘em") opening no quote (prose-mask.ts quotationPattern). */
  quoted?: RegExp;
}

/** Footers are found only this close to a reply's end (in UTF-16 code units). */
const FOOTER_WINDOW = 1500;
/**
 * A "-- " signature delimiter line (RFC 3676; many clients drop the space), CRLF or LF: the one reading of it for
 * footers, Markdown, kind inference and closings. The match is the delimiter without its line end.
 */
export const SIGNATURE_DELIMITER = /^-- ?(?=\r?$)/m;
const DASH = 0x2d;
/** A Markdown thematic break line or an HTML <hr>, which may set a footer off. */
const BREAK = /^ {0,3}([-*_])[ \t]*(?:\1[ \t]*){2,}$|<hr\b[^>]*>/gim;

/** One matcher over the footer openings of all languages (`languages` as footers.yaml holds them). */
export function compileFooters(
  languages: Record<string, string[]>,
  underSignature: Record<string, string[]> = {},
  companyForms: Record<string, string[]> = {},
  templateOwn: Record<string, string[]> = {},
): FooterMatcher {
  const phrases = Object.values(languages).flat();
  // Leading list, emphasis or quote markup may come before the words; a word must end where the phrase does.
  const words = `(?:${phraseAlternation(phrases)})(?![\\p{L}\\p{N}])`;
  const signed = Object.values(underSignature).flat();
  const forms = Object.values(companyForms).flat();
  const own = Object.values(templateOwn).flat();
  const asciiStarts = asciiStartsOf(phrases, FOOTER_MARKUP);
  return {
    opening: asciiStarts ? undefined : new RegExp(`[ \\t*_]*${words}`, 'iuy'),
    words: new RegExp(words, 'iuy'),
    asciiStarts,
    signedOpening: signed.length ? new RegExp(`[ \\t*_]*(?:${phraseAlternation(signed)})(?![\\p{L}\\p{N}])`, 'iuy') : undefined,
    signedStarts: signed.length ? asciiStartsOf(signed, FOOTER_MARKUP) : undefined,
    companyForm: forms.length ? new RegExp(`(?:^|\\s)(?:${phraseAlternation(forms)})$`, 'iu') : undefined,
    templateOwn: own.length ? new RegExp(`[ \\t*_]*(?:${phraseAlternation(own)})(?![\\p{L}\\p{N}])`, 'iuy') : undefined,
  };
}

/** The markup a footer line's words may follow (`opening`: leading list, emphasis or quote markup). */
const FOOTER_MARKUP = ' \t*_';

/**
 * A run of blanks that may set footer words off inside a line: after a sentence end or a middle dot, bullet or bar
 * (. ! ? · • |), or two blanks or more (masked markup). The run is matched whole, so the search goes on past it.
 */
const SET_OFF_BLANKS = /[.!?\u00b7\u2022|][ \t]+|[ \t]{2,}/g;

/**
 * Where the set-off runs of blanks (SET_OFF_BLANKS) of a footer search end, read forwards once: the search reads
 * its lines in order, so one scan of the prose serves them all, where every character of every line was read.
 */
class SetOffRuns {
  /** The end of the first run that ends after the last point searched from; -1 when none does; undefined before the first search. */
  private nextEnd: number | undefined = undefined;

  constructor(private readonly prose: string) {}

  /** The end of the first run that ends after `from`, or -1; `from` never goes back. */
  endAfter(from: number): number {
    if (this.nextEnd === undefined || (this.nextEnd >= 0 && from >= this.nextEnd)) {
      SET_OFF_BLANKS.lastIndex = from;
      this.nextEnd = SET_OFF_BLANKS.test(this.prose) ? SET_OFF_BLANKS.lastIndex : -1;
    }
    return this.nextEnd;
  }
}

/** Whether a sticky pattern matches at offset `at` of `text`. */
function matchesAt(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}

/**
 * Whether footer words follow a sentence end, a middle dot, bullet or bar and
 * blanks, or a run of two blanks or more (masked markup), inside prose line
 * [lineStart, lineEnd). Footer words start with a word character, so they can
 * only start where such a run of blanks ends: the words are tried there, not
 * at every character of the line.
 */
function insideLine(prose: string, lineStart: number, lineEnd: number, footers: FooterMatcher, runs: SetOffRuns): boolean {
  // A run never holds a line break, so one that ends in the line lies in it.
  for (let end = runs.endAfter(lineStart); end >= 0 && end < lineEnd; end = runs.endAfter(end)) {
    if (!cannotStartAt(footers.asciiStarts, prose, end) && matchesAt(footers.words, prose, end)) return true;
  }
  return false;
}

/**
 * Where a reply's footer starts in its text, or undefined: the first
 * signature delimiter line or footer-opening line near the end, moved back
 * to a thematic break or <hr> that has nothing but markup between it and
 * the footer words. Lines are read in the prose view, so code, quotes and
 * comments never open a footer; delimiter lines are read in the text.
 */
export function footerStart(text: string, prose: string, footers: FooterMatcher): number | undefined {
  const windowStart = Math.max(0, text.length - FOOTER_WINDOW);
  let lineStart = windowStart === 0 ? 0 : prose.indexOf('\n', windowStart) + 1;
  if (lineStart === 0 && windowStart > 0) return undefined;
  const lastLine = lastProseLine(prose);
  let gap: SalutationGap | undefined | null = null;
  const afterSalutation = (at: number) => underSalutation(gap === null ? (gap = salutationGap(prose)) : gap, at);
  const runs = new SetOffRuns(prose);
  while (lineStart < prose.length) {
    const lineEnd = lineEndAt(prose, lineStart);
    if (text.charCodeAt(lineStart) === DASH && SIGNATURE_DELIMITER.test(text.slice(lineStart, lineEnd))) return lineStart;
    const words = afterMarkup(prose, lineStart, lineEnd);
    if (opensFooter(prose, lineStart, lineEnd, footers, words) && !afterSalutation(lineStart))
      return breakBefore(text, prose, windowStart, lineStart) ?? lineStart;
    // Most lines open with a character no such words start with: the alternation is not tried there.
    if (footers.signedOpening && !cannotStartAt(footers.signedStarts, prose, words) && matchesAt(footers.signedOpening, prose, lineStart)) {
      const setOff = breakBefore(text, prose, windowStart, lineStart) ?? (underSignatureBlock(prose, lineStart, footers) ? lineStart : undefined);
      if (setOff !== undefined) return setOff;
    }
    // A company name or address may come first; the words are a footer's only where the layout sets the line off.
    if (insideLine(prose, lineStart, lineEnd, footers, runs) && !afterSalutation(lineStart)) {
      const setOff = breakBefore(text, prose, windowStart, lineStart);
      if (setOff !== undefined) return setOff;
      if (lineStart === lastLine) return lineStart;
    }
    lineStart = lineEnd + 1;
  }
  return undefined;
}

const BLANKS = /\s*/y;
/** A signature block's line is short (a name, a title, an office, its street, town or phone), never a sentence of the reply. */
const MAX_SIGNATURE_LINE_WORDS = 8;
/** A line ending a sentence or a clause; a stop after a short word is an abbreviation's ("Sp. z o.o.", "ul."). */
const SENTENCE_END = lazyPattern(String.raw`[!?:;\u2026]$|\p{L}{4}\.$`, 'u');

/** What parts a signature block's fields on one line: "Talent Partner | People Team", "Main St 1, Tartu | PO Box 5". */
const FIELD_SEPARATOR = /\s[|\u00b7\u2022]\s/u;

/**
 * Whether `line` can be a line of a signature block: a valediction, a name, a title, an office and its address,
 * short and ending no sentence; several such fields may share the line between bars or dots (trial 39: a street, town
 * and PO box on one line). The one reading of it for footers (a GDPR notice under the block) and closings (a
 * valediction over the block, rules/evaluate.ts).
 */
export function isSignatureBlockLine(line: string): boolean {
  const trimmed = line.trim();
  return !SENTENCE_END().test(trimmed) && trimmed.split(FIELD_SEPARATOR).every((field) => wordsOnLine(field) <= MAX_SIGNATURE_LINE_WORDS);
}

/**
 * A full stop that ends the writer's sentence above a footer's words: any stop but a dotted abbreviation's ("Sp. z
 * o.o.", "S.A.") or a company form's from the data ("Acme Ltd.": footers.yaml `companyForms`). A stop after a short word ("Krótko: tak.", "All set.") is prose here: read as a signature block's
 * line, it opened a footer over the writer's answer under it (reviewer #5).
 */
const PROSE_STOP = /\.$/;
const DOTTED_ABBREVIATION = lazyPattern(String.raw`(?:^|\s)(?:\p{L}{1,3}\.){2,}$`, 'u');

/** Whether the last line with words above `lineStart` reads as a signature block's (a sign-off, a name, a title), not the writer's sentence. */
function underSignatureBlock(prose: string, lineStart: number, footers: FooterMatcher): boolean {
  const end = prose.slice(0, lineStart).trimEnd().length;
  if (end === 0) return false;
  const line = prose.slice(prose.lastIndexOf('\n', end - 1) + 1, end).trim();
  // A company's name with its form is a block's line whatever its last word's length ("Northwind Corp.").
  if (footers.companyForm?.test(line) === true) return wordsOnLine(line) <= MAX_SIGNATURE_LINE_WORDS;
  return isSignatureBlockLine(line) && (!PROSE_STOP.test(line) || DOTTED_ABBREVIATION().test(line));
}

/**
 * Whether all the prose before the line at `lineStart` is one salutation line
 * ("Hi Ana,", "Përshëndetje,", "Dzień dobry,"; any line ending in a comma):
 * footer words right under "Hi Ana," open the message ("Ky është një mesazh
 * automatik. Fjalëkalimi juaj u ndryshua…"), not a footer under it; a reply
 * does not end at its greeting.
 */
function underSalutation(gap: SalutationGap | undefined, lineStart: number): boolean {
  return gap !== undefined && gap.newline < lineStart && gap.end >= lineStart;
}

/** The line break after a first line that is a salutation, and where the blanks under it end. */
interface SalutationGap {
  newline: number;
  end: number;
}

/** The gap under the prose's first line when that line is a salutation (read once per footer search, not per line). */
function salutationGap(prose: string): SalutationGap | undefined {
  BLANKS.lastIndex = 0;
  BLANKS.test(prose);
  const first = BLANKS.lastIndex;
  const newline = prose.indexOf('\n', first);
  if (newline < 0 || !isSalutationLine(prose.slice(first, newline), ANY_COMMA_LINE)) return undefined;
  BLANKS.lastIndex = newline;
  BLANKS.test(prose);
  return { newline, end: BLANKS.lastIndex };
}

/** Where the line [lineStart, lineEnd) has its words: after any list, emphasis or quote markup (the `[ \t*_]*` the openings skip). */
function afterMarkup(prose: string, lineStart: number, lineEnd: number): number {
  let words = lineStart;
  while (words < lineEnd && ' \t*_'.includes(prose[words]!)) words++;
  return words;
}

/** Whether the line at `lineStart`, whose words start at `words` (afterMarkup), opens with footer words. */
function opensFooter(prose: string, lineStart: number, lineEnd: number, footers: FooterMatcher, words = afterMarkup(prose, lineStart, lineEnd)): boolean {
  return (
    !cannotStartAt(footers.asciiStarts, prose, words) &&
    (footers.opening ? matchesAt(footers.opening, prose, lineStart) : matchesAt(footers.words, prose, words)) &&
    !namesMenuItem(prose, lineStart, lineEnd, footers)
  );
}

/** A letter outside A-Z: a word of another language than the template's English lines. */
const NON_ENGLISH_LETTER = lazyPattern(String.raw`[^\P{L}A-Za-z]`, 'u');

/**
 * Whether a line that opens with the template's own English words goes on in another language: the writer names an
 * English-only menu item in a sentence of their own ("Manage your notification settings -kohdasta voit ..."), which
 * opens no footer (reviewer-27 #14), as clarity/untranslated reads it too.
 */
function namesMenuItem(prose: string, lineStart: number, lineEnd: number, footers: FooterMatcher): boolean {
  if (!footers.templateOwn) return false;
  footers.templateOwn.lastIndex = lineStart;
  const own = footers.templateOwn.exec(prose);
  return own !== null && NON_ENGLISH_LETTER().test(prose.slice(lineStart + own[0].length, lineEnd));
}

/** Where the prose's last line with words starts. */
function lastProseLine(prose: string): number {
  const end = prose.trimEnd().length;
  return prose.lastIndexOf('\n', end - 1) + 1;
}

/** The start of the last break before `footer` with no prose between them. */
function breakBefore(text: string, prose: string, from: number, footer: number): number | undefined {
  let found: number | undefined;
  BREAK.lastIndex = 0;
  const region = text.slice(from, footer);
  for (const match of region.matchAll(BREAK)) {
    const end = from + (match.index ?? 0) + match[0].length;
    if (!/\S/.test(prose.slice(end, footer))) found = from + (match.index ?? 0);
  }
  return found;
}

/** A reply's prose as the rules read it. */
export interface MaskedProse {
  /** The writer's prose: copies of the customer's message and the footer masked, line breaks kept. */
  prose: string;
  /**
   * `prose` with the template's own footer lines left in (a no-reply or unsubscribe line, footers.yaml `templateOwn`),
   * when the footer has any: what a rule that reads a notice's footer reads (`readsNoticeFooter`).
   */
  templateFooter?: string;
  /** Where the template's own footer lines stand (set with `templateFooter`): the first one names the notice. */
  templateLines?: readonly Span[];
}

/**
 * The prose with the copies of the customer's message and the footer (if any)
 * masked, line breaks kept. A reply written above a copy ends at the copy's
 * header: its footer is looked for before it.
 */
export function withoutFooter(text: string, prose: string, footers: FooterMatcher | undefined): MaskedProse {
  const copied = footers?.copied ? maskCopiedMessages(text, prose, footers.copied) : undefined;
  const writer = footers?.requests ? maskQuotedRequests(text, copied?.prose ?? prose, footers.requests) : (copied?.prose ?? prose);
  const end = copied?.tail ?? text.length;
  const start = footers && footerStart(end === text.length ? text : text.slice(0, end), end === text.length ? writer : writer.slice(0, end), footers);
  // A footer follows the writer's words: a reply that is nothing but footer words is read as written.
  if (!footers || start === undefined || !/\S/.test(writer.slice(0, start))) return { prose: writer };
  const masked = writer.slice(0, start) + writer.slice(start, end).replace(/[^\r\n]/g, ' ') + writer.slice(end);
  const own = footers.templateOwn && templateLines(text, writer, start, end, footers);
  if (!own?.length) return { prose: masked };
  let templateFooter = masked.slice(0, start);
  let at = start;
  for (const line of own) {
    templateFooter += masked.slice(at, line.start) + writer.slice(line.start, line.end);
    at = line.end;
  }
  return { prose: masked, templateFooter: templateFooter + masked.slice(at), templateLines: own };
}

/** Words of the template's own footer line quoted as what shows a notice: its first clause. */
const TEMPLATE_LINE_EXCERPT = /[^\s.,;:!?][^\n.,;:!?]*/y;

/**
 * The first clause of the first template's own footer line (a no-reply or unsubscribe line, in whatever language the
 * reply is written): a machine's notice says so there ("This is an automated message"), or undefined.
 */
export function templateFooterLine({ templateFooter, templateLines }: MaskedProse): string | undefined {
  const first = templateLines?.[0];
  if (templateFooter === undefined || first === undefined) return undefined;
  TEMPLATE_LINE_EXCERPT.lastIndex = first.start;
  // Blanks, then emphasis marks, may open the line.
  while (/[ \t]/.test(templateFooter.charAt(TEMPLATE_LINE_EXCERPT.lastIndex))) TEMPLATE_LINE_EXCERPT.lastIndex++;
  while (/[*_]/.test(templateFooter.charAt(TEMPLATE_LINE_EXCERPT.lastIndex))) TEMPLATE_LINE_EXCERPT.lastIndex++;
  return TEMPLATE_LINE_EXCERPT.exec(templateFooter)?.[0].trim();
}

/**
 * The template's own lines in footer [start, end): from a line that opens with its words (a no-reply or unsubscribe
 * line) to its paragraph's end, or to a line that opens another footer (a device line, a legal notice) or a
 * signature delimiter. Only among footer lines: a sentence of other prose in the footer (the notice again in English
 * under its own no-reply line, reviewer-26 #11) is a version the footer masked, and what follows it is that version's.
 */
function templateLines(text: string, prose: string, start: number, end: number, footers: FooterMatcher): Span[] {
  const lines: Span[] = [];
  let reading: Span | undefined;
  for (let lineStart = start; lineStart < end;) {
    const lineEnd = lineEndAt(prose, lineStart, end);
    const line = prose.slice(lineStart, lineEnd);
    const blank = !/\S/.test(line);
    const own = !blank && matchesAt(footers.templateOwn!, prose, lineStart);
    const other = !own && (SIGNATURE_DELIMITER.test(text.slice(lineStart, lineEnd)) || opensFooter(prose, lineStart, lineEnd, footers));
    if (own) reading ??= { start: lineStart, end: lineEnd };
    if (reading && (blank || other)) {
      lines.push(reading);
      reading = undefined;
    } else if (reading) reading.end = lineEnd;
    // A company's name, address or a break is a footer's line too; a sentence is not.
    else if (!blank && !other && !isSignatureBlockLine(line)) return lines;
    lineStart = lineEnd + 1;
  }
  if (reading) lines.push(reading);
  return lines;
}
