// Builds the prose view of a reply unit: a string of the same length as the
// unit text in which everything that is not the writer's prose (code, URLs,
// quotes, markup, placeholders) is blanked. Keeping the length keeps every
// unit offset valid; the unit maps them to the source (source-map.ts).

import { eachMatch } from '../text/each-match';
import { phraseAlternation } from '../text/phrase-pattern';
import { lazyPattern } from '../text/lazy-pattern';
import { partitionPoint } from '../text/partition-point';
import type { Span } from '../types';

export type MaskKind = 'blank' | 'break' | 'word';

const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const X = 0x78;
/** A character Latin-1 cannot hold. */
const WIDE_CHARACTER = /[\u0100-\uffff]/;

interface MaskSpan {
  start: number;
  end: number;
  kind: MaskKind;
}

export class ProseMask {
  private readonly spans: MaskSpan[] = [];

  /** `base`: the text masked so far (by an earlier mask of the same text), same length. */
  constructor(
    readonly text: string,
    private readonly base: string = text,
  ) {}

  /**
   * blank: spaces; break: a paragraph break (the span starts with blank
   * lines so block markup ends a sentence); word: one opaque word of x's so
   * the parser still sees a word (placeholders stand for a name or a value).
   */
  add(start: number, end: number, kind: MaskKind = 'blank'): void {
    if (end > start) this.spans.push({ start, end, kind });
  }

  addMatches(pattern: RegExp, kind: MaskKind = 'blank', group = 0): void {
    eachMatch(pattern, this.text, (match) => {
      const groupText = match[group];
      if (groupText === undefined) return;
      const offset = group === 0 ? 0 : match[0].indexOf(groupText);
      this.add(match.index + offset, match.index + offset + groupText.length, kind);
    });
  }

  build(): string {
    if (this.spans.length === 0) return this.base;
    // The text's code units in a buffer, changed in place and decoded once, natively (a loop per code unit
    // and String.fromCharCode took about 0.1 s on 5 MB). Latin-1 when every character fits a byte: the
    // one-byte string V8 keeps such text in, at half the memory of UTF-16.
    const wide = WIDE_CHARACTER.test(this.base);
    const encoding = wide ? 'utf16le' : 'latin1';
    // Unpooled, so it starts at offset 0 of its own memory, as the 16-bit view needs.
    const buffer = Buffer.allocUnsafeSlow(wide ? 2 * this.base.length : this.base.length);
    buffer.write(this.base, encoding);
    const codes = wide ? new Uint16Array(buffer.buffer, buffer.byteOffset, this.base.length) : buffer;
    // Later kinds win: a placeholder inside a blanked quote stays blank.
    const order: Record<MaskKind, number> = { word: 0, break: 1, blank: 2 };
    const sorted = [...this.spans].sort((a, b) => order[a.kind] - order[b.kind]);
    for (const span of sorted) {
      // A placeholder written across lines (Perl code) is still one word: x's on its first line, blanks after.
      let pastLineBreak = false;
      for (let i = span.start; i < span.end; i++) {
        const code = codes[i]!;
        if (code === LF || code === CR) {
          pastLineBreak = true;
          continue;
        }
        // A placeholder never unmasks what an earlier mask (markup, code) hid.
        if (span.kind === 'word' && code !== this.text.charCodeAt(i)) continue;
        if (span.kind === 'word') codes[i] = pastLineBreak ? SPACE : X;
        else if (span.kind === 'break') codes[i] = i - span.start < 2 ? LF : SPACE;
        else codes[i] = SPACE;
      }
    }
    return buffer.toString(encoding);
  }
}

// Prose-level masks shared by every file format.
const URL_AT = /\b(?:https?:\/\/|www\.)[^\s<>()"'`]+[^\s<>()"'`.,;:!?]/iuy;
/**
 * Where URL_AT may start: case-insensitive without Unicode mode, which V8
 * scans many times faster. In Unicode mode "ſ" (U+017F) folds to "s", so it
 * is written out; no other character folds to a letter of "http" or "www".
 */
const URL_START = /http[sſ]?:\/\/|www\./gi;
/** A link's path, query or fragment after its host: the characters URL_AT takes after its start. */
const PATH_AT = /[/?#][^\s<>()"'`]*[^\s<>()"'`.,;:!?]/uy;
/**
 * Where the link path that starts at `at` ends ("/u/activate/%{token}" after "%{base_url}", "?ref=mail" after a
 * domain), or `at` when none starts there: a link built on a fill-in or written without a scheme has none for
 * URL_AT to find.
 */
export function linkPathEnd(text: string, at: number): number {
  PATH_AT.lastIndex = at;
  return PATH_AT.test(text) ? PATH_AT.lastIndex : at;
}
const EMAIL_AT = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/uy;
/** A link's start (a scheme or www.), a domain with its path ("help.example.com/contact") or an e-mail address. */
const LINK_OR_ADDRESS = lazyPattern(
  String.raw`\b(?:https?:\/\/|www\.)\S|[\p{L}\p{N}-]\.[A-Za-z]{2,24}\/[^\s/]|[\p{L}\p{N}._%+-]@[\p{L}\p{N}.-]+\.\p{L}{2,}`,
  'iu',
);

/** Whether the text holds a link or an e-mail address: a place the reader can go on to (pack `requires.link`). */
export function holdsLink(text: string): boolean {
  return LINK_OR_ADDRESS().test(text);
}
const LOCAL_PART_CHAR = /^[\p{L}\p{N}._%+-]$/u;
// Quoted words are the customer's (or a UI label), never the writer's prose. Each language's marks: "…" and “…”
// (en, sq), „…” (pl), „…“ (lt, sq), «…» (sq, pl), ”…” and »…» (fi; Polish nests »…«). A ” or » opens a quote only
// where a word starts after it, at the start or after a space or bracket, and closes one only at a word's end: an
// inch mark ("24” monitor") or a menu path ("Settings » Billing") quotes nothing. ‘…’ quotes a meaning from a dictionary
// (trial 11's Polish adviser quoted a 30-word definition so and drew a long-sentence finding); read as ” is, its
// closing ’ at a word's end, so an apostrophe ("don’t") ends nothing, and its opening ‘ only before a letter: the ‘ of
// an elided year ("the ‘90s") quotes nothing, or it would hide the prose up to a plural's ’ ("our engineers’ workshop"),
// nor does that of an elided word ("‘til Friday", "call ‘em"; `elisions` in rules/structure/footers.yaml).
/** The quotation marks' pattern, `elisions` (words written with their first letters dropped: "til", "em") opening no ‘…’ quote. */
export function quotationPattern(elisions: readonly string[]): RegExp {
  const elided = elisions.length === 0 ? '' : `(?!(?:${phraseAlternation(elisions)})(?![\\p{L}\\p{N}]))`;
  // The marks are \u escapes: esbuild leaves a String.raw template as written, and the bundles stay ASCII.
  return new RegExp(
    String.raw`"[^"\n]{1,400}"|\u201c[^\u201d\n]{1,400}\u201d|\u201e[^\u201d\u201c\n]{1,400}[\u201d\u201c]|\u00ab[^\u00bb\n]{1,400}\u00bb|(?<![^\s([{])\u201d(?=[^\s\u201d])[^\u201d\n]{0,399}[^\s\u201d]\u201d(?![\p{L}\p{N}])|(?<![^\s([{])\u00bb(?=[^\s\u00bb\u00ab])[^\u00bb\u00ab\n]{0,399}[^\s\u00bb\u00ab][\u00bb\u00ab](?![\p{L}\p{N}])|(?<![^\s([{])\u2018${elided}(?=\p{L})[^\u2018\u2019\n]{0,399}[^\s\u2018\u2019]\u2019(?![\p{L}\p{N}])`,
    'giu',
  );
}
/** The quotation marks' pattern when no elided words are given (a text read outside a project's data). */
const QUOTED = quotationPattern([]);

/**
 * `quoteText`: where to look for quoted words, when not in the text (the same length, with what is no prose as spaces);
 * `quoted`: the quotation pattern (quotationPattern) with the project's elided words; `placeholders`: the spans of the
 * text's placeholders in source order, asked for only when a quotation is found (see maskQuotations).
 */
export function maskCommonNonProse(mask: ProseMask, quoteText?: string, quoted: RegExp = QUOTED, placeholders?: () => readonly Span[]): void {
  maskUrls(mask);
  maskBareDomainLinks(mask);
  maskEmails(mask);
  maskMenuPaths(mask);
  if (quoteText === undefined) maskQuotations(mask, quoted, placeholders);
  else eachMatch(quoted, quoteText, (match) => mask.add(match.index, match.index + match[0].length));
}

/**
 * Masks the quoted words of the mask's text. A quotation whose one mark is inside a placeholder and the other outside
 * it (or inside another) quotes nothing: the mark is the template code's (a PHP string, `:"" }}`, as Blade prints an
 * empty fallback), and the words after the placeholder are the writer's, up to some later mark (trial 46: a settlement
 * letter's sentence after `{{ … :"" }}` hidden up to the `"` of an HTML attribute). The search goes on from the
 * character after the code's mark, as it would had that mark not opened a quotation.
 */
function maskQuotations(mask: ProseMask, quoted: RegExp, placeholders?: () => readonly Span[]): void {
  const text = mask.text;
  let spans: readonly Span[] | undefined;
  // The index of the placeholder holding `at`, or -1.
  const holder = (at: number) => {
    const index = partitionPoint(spans!.length, (candidate) => spans![candidate]!.end <= at);
    return index < spans!.length && spans![index]!.start <= at ? index : -1;
  };
  quoted.lastIndex = 0;
  for (let match = quoted.exec(text); match; match = quoted.exec(text)) {
    const end = match.index + match[0].length;
    spans ??= placeholders?.() ?? [];
    if (spans.length > 0 && holder(match.index) !== holder(end - 1)) {
      quoted.lastIndex = match.index + 1;
      continue;
    }
    mask.add(match.index, end);
  }
}

/** A menu path's separator mark ("Settings > Billing", "Account \u203a Password", "A \u2192 B"): menuSeparators reads what is around it. */
const MENU_MARK = /[>\u203a\u00bb\u2192]/g;
/** A letter or digit ending the text (the last code point: a pair of surrogates is one). */
const LETTER_OR_NUMBER_END = /[\p{L}\p{N}]$/u;
const CAPITAL_AT = /\p{Lu}/uy;
/** The item after a separator: its capitalised first word and up to two more, up to punctuation or the next separator. */
const MENU_ITEM = /\p{Lu}[\p{L}\p{N}&'-]*(?:[ \t]+[\p{L}\p{N}&'-]+){0,2}/uy;
const MENU_WORD_CHAR = /[\p{L}\p{N}&'-]/u;
const CAPITAL = /\p{Lu}/u;
const SPACE_CHAR = /\s/;

/**
 * The items of a menu path after its first ("Hosting > Konta FTP > Zmie\u0144 has\u0142o"): labels on the screen, not the
 * writer's words to the reader, so an imperative label reads as no address (blind set 3: pl "Zmie\u0144" as the informal
 * form in a reply that says "Pan"). The first item stays prose: "Open Settings > Billing" is the writer's.
 */
function maskMenuPaths(mask: ProseMask): void {
  const text = mask.text;
  menuSeparators(text, (start, end) => {
    // The item before is a label too, capitalised: the ">" closing a tag ("</script > Hi") separates nothing.
    let wordStart = start;
    while (wordStart > 0 && MENU_WORD_CHAR.test(text[wordStart - 1]!)) wordStart--;
    if (!CAPITAL.test(text[wordStart]!) || (wordStart > 0 && !SPACE_CHAR.test(text[wordStart - 1]!))) return;
    MENU_ITEM.lastIndex = end;
    if (MENU_ITEM.exec(text)) mask.add(start, MENU_ITEM.lastIndex);
  });
}

const isBlank = (code: number) => code === 32 || code === 9;

/**
 * Each separator between two menu items, [start, end): blanks, a mark, blanks, after a letter or digit and before a
 * capital; as /(?<=[\p{L}\p{N}])[ \t]+[>\u203a\u00bb\u2192][ \t]+(?=\p{Lu})/gu finds them, from the marks (that
 * expression tried its lookbehind at every character: about 50 ms of a 5 MB library).
 */
function menuSeparators(text: string, found: (start: number, end: number) => void): void {
  MENU_MARK.lastIndex = 0;
  for (let mark = MENU_MARK.exec(text); mark; mark = MENU_MARK.exec(text)) {
    let start = mark.index;
    while (start > 0 && isBlank(text.charCodeAt(start - 1))) start--;
    let end = mark.index + 1;
    while (end < text.length && isBlank(text.charCodeAt(end))) end++;
    if (start === mark.index || end === mark.index + 1 || !LETTER_OR_NUMBER_END.test(text.slice(Math.max(0, start - 2), start))) continue;
    CAPITAL_AT.lastIndex = end;
    if (!CAPITAL_AT.test(text)) continue;
    found(start, end);
    // The next separator starts after this one, as a global expression's next match does.
    MENU_MARK.lastIndex = end;
  }
}

/** The end of a line, then a line opening with a capital letter. */
const LINE_END_BEFORE_CAPITAL = /[ \t]*\r?\n[ \t]*\p{Lu}/uy;

/**
 * Whether a URL or address ending at `end` ends its line and a capital opens the next: the sentence ends
 * with it ("… pod adresem http://example.pl/plany/" over "Wyłącznie w tej formie…"), so its mask is a
 * break, not blanks the sentence runs on over.
 */
function endsLineBeforeCapital(text: string, end: number): boolean {
  LINE_END_BEFORE_CAPITAL.lastIndex = end;
  return LINE_END_BEFORE_CAPITAL.test(text);
}

/**
 * The matches of URL_AT as a global expression (/giu) finds them, tried only
 * where a URL can start (the expression tried at every position cost about
 * 50 ms per 5 MB): every match begins with "http(s)://" or "www.", which
 * URL_START finds, and the scan goes on after each match as a global one does.
 */
function maskUrls(mask: ProseMask): void {
  const text = mask.text;
  URL_START.lastIndex = 0;
  for (let start = URL_START.exec(text); start; start = URL_START.exec(text)) {
    URL_AT.lastIndex = start.index;
    const url = URL_AT.exec(text);
    if (!url) continue;
    mask.add(url.index, url.index + url[0].length, endsLineBeforeCapital(text, url.index + url[0].length) ? 'break' : 'blank');
    URL_START.lastIndex = url.index + url[0].length;
  }
}

/** Where a link written without a scheme has its path: a top-level domain and the slash after it (".org/"). */
const DOMAIN_PATH_START = /\.[A-Za-z]{2,24}\//g;
const DOMAIN_CHAR = /[\p{L}\p{N}.-]/u;

/**
 * Links written without a scheme, a domain and its path ("forum.example.org/u/jane", "sklep.pl/konto"): the path's
 * words are no prose (trial 22: "u" read as text-speak, a suggestion that would rewrite the link). A domain alone
 * ("example.com") is left to the prose: nothing in it reads as a word to fix. Found from each ".tld/", the domain's
 * run of labels before it; one right after a "/" is inside a URL already masked.
 */
function maskBareDomainLinks(mask: ProseMask): void {
  const text = mask.text;
  DOMAIN_PATH_START.lastIndex = 0;
  for (let found = DOMAIN_PATH_START.exec(text); found; found = DOMAIN_PATH_START.exec(text)) {
    let start = found.index;
    while (start > 0 && DOMAIN_CHAR.test(text[start - 1]!)) start--;
    if (start === found.index || text[start - 1] === '/') continue;
    const end = linkPathEnd(text, found.index + found[0].length - 1);
    if (end === found.index + found[0].length - 1) continue;
    mask.add(start, end, endsLineBeforeCapital(text, end) ? 'break' : 'blank');
    DOMAIN_PATH_START.lastIndex = end;
  }
}

/**
 * The matches of /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu, found from
 * each "@" instead of tried at every position (which cost 0.4 s on 5 MB).
 * Same spans: a match's "@" is the first one after its start, which the
 * local part reaches through local-part characters only, so the leftmost
 * start is where that run begins; whether it matches depends only on what
 * follows the "@", so a failed run start means no start before that "@".
 */
function maskEmails(mask: ProseMask): void {
  const text = mask.text;
  let from = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', Math.max(at + 1, from))) {
    let start = at;
    while (start > from) {
      const pair = start - 2 >= from && /[\uDC00-\uDFFF]/.test(text[start - 1]!) && /[\uD800-\uDBFF]/.test(text[start - 2]!);
      const previous = pair ? start - 2 : start - 1;
      if (!LOCAL_PART_CHAR.test(text.slice(previous, start))) break;
      start = previous;
    }
    if (start === at) continue;
    EMAIL_AT.lastIndex = start;
    const match = EMAIL_AT.exec(text);
    if (!match) continue;
    mask.add(start, start + match[0].length, endsLineBeforeCapital(text, start + match[0].length) ? 'break' : 'blank');
    from = start + match[0].length;
  }
}
