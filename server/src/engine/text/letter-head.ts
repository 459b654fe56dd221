// The head of an official letter: the lines it opens with above its salutation or its first sentence. Place and
// date ("Bydgoszcz, dnia 27 lipca 2018 r.", "9 December 2020"), reference lines ("Our ref: FOI-2995", "Znak sprawy:
// OR.1431.5.2018", a bare case number "BKS.I.1431.213.2018") and the addressee's block (name, street, postcode and
// town). The greeting is looked for below the head, and where a language's letters open with the head and no
// salutation (a Polish "pismo" to an address, a Finnish official letter), the head is the letter's formal opening.
// The labels, the postcode and what opens a letter are data per language (rules/structure/grammar.yaml `letters`).

import { wordsOnLine } from './analyze';
import { escapeRegExp } from './escape-regexp';
import type { Span } from '../types';
import { lazyPattern } from './lazy-pattern';

/** One language's `letters` entry of grammar.yaml. */
export interface LetterSpec {
  references?: string[];
  /** The labels of a diary number, a reference line that by itself opens an official letter ("Dnro 412/07.01.00/2026"). */
  diaryNumbers?: string[];
  /** The labels of an addressee's line that opens a notice or a memo ("TO: [Tenant Name]", "Adresat:"). */
  addressees?: string[];
  postcode?: string;
  opening?: LetterOpening[];
  decision?: string[];
}

/** What in a letter's head opens it formally where the language's letters carry no salutation. */
export type LetterOpening = 'addressee' | 'reference';

export interface LetterReading {
  /** A reference line's label at a line's start, then a colon ("Our ref: FOI-2995", "Nasz znak:OR.1431"). */
  labelled: RegExp | undefined;
  /** The same label, then a blank: a reference line only when it is short and no sentence ("Ref 2995/24"). */
  label: RegExp | undefined;
  /** A diary number's label at a line's start ("Dnro", "Diaarinumero:"). */
  diary: RegExp | undefined;
  /** An addressee's label, then a colon: a value after it ("TO: [Tenant Name]") or the name on the next lines ("Adresat:"). */
  addressed: RegExp | undefined;
  /** A postcode at a line's start, after blanks. */
  postcode: RegExp | undefined;
  opening: ReadonlySet<LetterOpening>;
  /** A line that is only one of a formal decision's headings. */
  decision: RegExp | undefined;
}

export function compileLetters(spec: LetterSpec = {}): LetterReading {
  const words = (list: string[]) => list.map((phrase) => phrase.trim().split(/\s+/).map(escapeRegExp).join('[ \\t]+')).join('|');
  return {
    labelled: spec.references?.length ? new RegExp(`^[ \\t]*(?:${words(spec.references)})\\.?[ \\t]*:`, 'iu') : undefined,
    label: spec.references?.length ? new RegExp(`^[ \\t]*(?:${words(spec.references)})\\.?[ \\t]+\\S`, 'iu') : undefined,
    diary: spec.diaryNumbers?.length ? new RegExp(`^[ \\t]*(?:${words(spec.diaryNumbers)})\\.?(?=[ \\t:])(?:[ \\t]*:)?[ \\t]*\\S`, 'iu') : undefined,
    addressed: spec.addressees?.length ? new RegExp(`^[ \\t]*(?:${words(spec.addressees)})[ \\t]*:`, 'iu') : undefined,
    postcode: spec.postcode ? new RegExp(`^[ \\t]*(?:${spec.postcode})(?![\\p{L}\\p{N}])`, 'u') : undefined,
    opening: new Set(spec.opening ?? []),
    decision: spec.decision?.length ? new RegExp(`^[ \\t]*(?:${words(spec.decision)})[ \\t]*:?[ \\t]*\\r?$`, 'iu') : undefined,
  };
}

export interface LetterHead {
  /** Where the head's last line ends in the prose. */
  end: number;
  /** The head's first postcode line: the addressee's block. */
  addressee: Span | undefined;
  /**
   * The head's first line under an addressee's label ("TO: [Tenant Name]"): a notice or a memo names whom it is to
   * there, as a letter's salutation does.
   */
  labelledAddressee: Span | undefined;
  /** The head's first reference or case-number line. */
  reference: Span | undefined;
  /** The head's first place-and-date line. */
  dated: Span | undefined;
  /**
   * The head's first diary number: a line under a diary number's label, or an office's case number alone
   * ("HEL:2026-004512"). A subject, a "Viite:" line or an order number ("Nro 4410-2025-03") opens a shop's e-mail too.
   */
  diary: Span | undefined;
}

/** A head is read in at most this many lines from the top. */
const MAX_HEAD_LINES = 12;
/** A line of a name or a street in the addressee's block, a place and date: a few words, no sentence. */
const MAX_SHORT_LINE_WORDS = 7;
/**
 * A case or diary number alone on its line, a prefix of a few letters allowed: "BKS.I.1431.213.2018", "Or
 * 1431.08.2018", "TRE:844/07.01.00/2021". A date alone ("3.12.2026") is a date line, and a word before a version
 * ("Versio 2.3.1") names no case.
 */
const CASE_NUMBER = /^[ \t]*(?:\p{L}{1,4}\.?[ \t]+)?(?!\d{1,2}[./]\d{1,2}[./]\d{2,4}[ \t]*\r?$)(?=\S*\p{N})[\p{L}\p{N}]+(?:[./:-][\p{L}\p{N}]+){2,}[ \t]*\r?$/u;
/** A case number with a word before it ("Nro 4410-2025-03"), or of digits only: an order's number as much as a case's. */
const PLAIN_NUMBER = lazyPattern(String.raw`^[ \t]*(?:\p{L}{1,4}\.?[ \t]+|[^\p{L}]*\r?$)`, 'u');
/** A year or a numeric date: a line of a few words holding one is the letter's place and date. */
const DATE = lazyPattern(String.raw`(?<![\p{L}\p{N}])(?:(?:19|20)\d\d|\d{1,2}[./]\d{1,2}[./]\d{2,4})(?![\p{L}\p{N}])`, 'u');
/** A line ending as a sentence or a salutation does: no line of a head. */
const SENTENCE_END = /[!?:;,]\s*$|\p{L}{4}\.\s*$/u;

/**
 * The letter head at the top of `prose` (from `from` on: under a template's note to its user), or undefined: its lines
 * from the first on, each a reference line, a case number, a place and date, a postcode line, an addressee's label
 * line, or a short line (a name, a street) between them; the head ends after the last line of the first five kinds.
 * `stopsAt` tells a line the head never takes (a salutation: "Szanowni Państwo" over the addressee's name is the
 * letter's greeting, not its head).
 */
export function readLetterHead(prose: string, reading: LetterReading, stopsAt: (lineStart: number) => boolean, from = 0): LetterHead | undefined {
  let head: LetterHead | undefined;
  let at = from;
  for (let lines = 0; lines < MAX_HEAD_LINES && at < prose.length;) {
    const newline = prose.indexOf('\n', at);
    const lineEnd = newline < 0 ? prose.length : newline;
    const line = prose.slice(at, lineEnd);
    if (/\S/.test(line)) {
      lines++;
      if (stopsAt(at + line.length - line.trimStart().length)) break;
      const span = { start: at + line.length - line.trimStart().length, end: at + line.trimEnd().length };
      const words = wordsOnLine(line);
      const short = words <= MAX_SHORT_LINE_WORDS && !SENTENCE_END.test(line);
      const caseNumber = CASE_NUMBER.test(line);
      const reference = reading.labelled?.test(line) === true || (short && reading.label?.test(line) === true) || caseNumber;
      const diary = (short && reading.diary?.test(line) === true) || (caseNumber && !PLAIN_NUMBER().test(line));
      const postcode = !reference && short && reading.postcode?.test(line) === true;
      const dated = short && DATE().test(line);
      // The label alone on its line ends in its colon, as no other short line of a head does.
      const addressed = !reference && words <= MAX_SHORT_LINE_WORDS && (short || line.trimEnd().endsWith(':')) && reading.addressed?.test(line) === true;
      if (reference || postcode || dated || addressed) {
        head = {
          end: span.end,
          addressee: head?.addressee,
          labelledAddressee: head?.labelledAddressee,
          reference: head?.reference,
          dated: head?.dated,
          diary: head?.diary,
        };
        if (addressed) head.labelledAddressee ??= span;
        if (reference) head.reference ??= span;
        if (diary) head.diary ??= span;
        if (postcode) head.addressee ??= span;
        if (dated) head.dated ??= span;
      } else if (!short) break;
    }
    at = lineEnd + 1;
  }
  return head;
}

/**
 * A note to a template's user in brackets: words in capitals, a dash or a colon, then the instruction ("[FORMAL LEGAL
 * NOTICE - Consult attorney for your jurisdiction]").
 */
const EDITORIAL_NOTE = /^\[[ \t]*\p{Lu}{2,}(?:[ \t]+\p{Lu}{2,})+[ \t]*[-–—:][ \t]*\S[^[\]\n]*\]$/u;

/**
 * Whether a bracketed fill-in reads as a template library's note to the template's user: an instruction above the
 * mail, not its first line (trial 47). It holds more words than a head's short line, so a fill-in in brackets ("[Date]",
 * "[CUSTOMER NAME]", "[ADD NAME - first name only]") stays one.
 */
export function isEditorialNote(written: string): boolean {
  return EDITORIAL_NOTE.test(written) && wordsOnLine(written) > MAX_SHORT_LINE_WORDS;
}

/** The first line of a formal decision's headings, when two different ones stand alone on their lines ("Päätös", "Perustelut"). */
export function decisionHeading(prose: string, reading: LetterReading): Span | undefined {
  if (!reading.decision) return undefined;
  let first: Span | undefined;
  const seen = new Set<string>();
  for (let at = 0; at < prose.length;) {
    const newline = prose.indexOf('\n', at);
    const lineEnd = newline < 0 ? prose.length : newline;
    const line = prose.slice(at, lineEnd);
    if (reading.decision.test(line)) {
      first ??= { start: at + line.length - line.trimStart().length, end: at + line.trimEnd().length };
      seen.add(line.trim().toLowerCase());
      if (seen.size >= 2) return first;
    }
    at = lineEnd + 1;
  }
  return undefined;
}
