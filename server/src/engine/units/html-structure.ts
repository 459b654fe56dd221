// HTML as a browser reads it, with htmlparser2's tokenizer: tags (and the
// attribute values inside them), comments and declarations are markup; the
// content of <blockquote> is the customer's words and that of <pre>, <code>,
// <script>, <style>, <head>, <title>, <textarea> is not prose. Implied end
// tags and unclosed elements end where a browser would end them.

import { type Handler, Parser, type ParserOptions } from 'htmlparser2';
import type { ProseMask } from './prose-mask';
import type { Span } from '../types';
import { lazyPattern } from '../text/lazy-pattern';

/** Elements whose whole content is not the writer's prose. */
const NOT_PROSE = new Set(['blockquote', 'pre', 'code', 'kbd', 'samp', 'script', 'style', 'head', 'title', 'textarea', 'template', 'noscript', 'svg', 'math']);
/** Elements that hold code, shown as written: template syntax in them is no placeholder. */
const CODE = new Set(['pre', 'code', 'kbd', 'samp']);
/** Elements whose content is never shown to the reader (a mail's styles, its <head>): template syntax in them is no placeholder either. */
const UNSHOWN = new Set(['script', 'style', 'head', 'title', 'template']);
/** Elements that end a sentence (their tags become a paragraph break). */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

/** A tag of the elements mail bodies are written with: text holding one is HTML, whatever its file or field is called. */
const HTML_MARKUP = /<\/?(?:p|br|div|span|a|b|strong|em|i|u|ul|ol|li|h[1-6]|blockquote|table|img|hr)\b[^<>]*>/i;

/** Whether text is written in HTML: a shop's mail template kept as `.txt`, `.tpl` or `.php`, an export's HTML body. */
export function holdsHtmlMarkup(text: string): boolean {
  return HTML_MARKUP.test(text);
}

/**
 * A tag of HTML_MARKUP that opens a line (`<p>Hi {firstname},</p>`) or follows another tag (`,<br><br>Your order`,
 * `</td><td>`): markup that lays text out. A tag a reply names in prose ("type <br> where you want a new line",
 * "wrap it in <p> and </p>") stands among words.
 */
const LAYOUT_MARKUP = new RegExp(`(?:^[ \t]*|>[ \t]*)${HTML_MARKUP.source}`, 'im');

/**
 * Whether a text file is laid out in HTML (a shop's mail template kept as `.txt`, `.tpl`, `.php`), not a plain
 * reply that mentions a tag: read as HTML, a reply that explains `<br>` would have its `>` quote lines read as prose.
 * Tags named among words ("type <br><br> where you want a blank line") lay nothing out (tagMentions).
 */
export function laidOutInHtml(text: string): boolean {
  if (!LAYOUT_MARKUP.test(text)) return false;
  const mentions = tagMentions(text);
  if (mentions.length === 0) return true;
  const layout = new RegExp(LAYOUT_MARKUP.source, 'gim');
  // Both come in the text's order: one walk over the mentions, not a search of them per tag.
  let mention = 0;
  for (const match of text.matchAll(layout)) {
    const tag = match.index + match[0].lastIndexOf('<');
    while (mention < mentions.length && mentions[mention]!.end <= tag) mention++;
    if (mention === mentions.length || mentions[mention]!.start > tag) return true;
  }
  return false;
}

/** A run of mail-body tags (tagMentions looks for the word before it and the lower-case word after it). */
const TAG_RUN = new RegExp(`(?:${HTML_MARKUP.source})+`, 'giu');
/** Blanks and a lower-case word, where a run of tags ends. */
const LOWER_WORD_AFTER = lazyPattern(String.raw`[ \t]+\p{Ll}`, 'uy');
/** A word and a space before a run of tags. */
const WORD_BEFORE = lazyPattern(String.raw`[\p{L}\p{N}]`, 'u');

/**
 * The runs of tags a reply names among its words, as it would name them in code: "type <br><br> where you want a
 * blank line", "wrap it in <p> and </p>". They lay nothing out, in a text file or a Markdown paragraph: no
 * paragraph or line break ends a sentence there.
 */
export function tagMentions(text: string): Span[] {
  if (!text.includes('<')) return [];
  const mentions: Span[] = [];
  // The word after is tested where the whole run ends: a lookahead in the pattern would be tried, and fail, after
  // every shorter run at each tag of a long run of tags (quadratic in the run).
  for (const match of text.matchAll(TAG_RUN)) {
    const lowerWordAfter = LOWER_WORD_AFTER();
    lowerWordAfter.lastIndex = match.index + match[0].length;
    if (!lowerWordAfter.test(text)) continue;
    // The word before is found by walking back over the blanks here: a lookbehind in the pattern would walk
    // back over a run of blanks at each of its positions.
    let before = match.index;
    while (before > 0 && (text[before - 1] === ' ' || text[before - 1] === '\t')) before--;
    if (before < match.index && before > 0 && WORD_BEFORE().test(text[before - 1]!)) mentions.push({ start: match.index, end: match.index + match[0].length });
  }
  return mentions;
}

/** Open elements htmlparser2's Parser keeps at most (a browser's own limit on DOM depth, Blink's). */
const MAX_PARSER_DEPTH = 512;

type NestingEvents = Pick<Handler, 'onopentag' | 'onclosetag' | 'oncomment' | 'onprocessinginstruction'>;

const addCount = (counts: Map<string, number>, name: string, add: number) => counts.set(name, (counts.get(name) ?? 0) + add);

/**
 * htmlparser2's Parser keeps its open elements in an array it `unshift`s and
 * `shift`s, so every tag costs time in the nesting depth and deep nesting is
 * quadratic (1 MB of nested `<code>`: seconds). Past MAX_PARSER_DEPTH open
 * elements this Parser keeps the deeper ones itself (the Parser reads each as
 * a void element), innermost last: a close tag closes the latest of its name
 * and those opened after it, and closing an element within the bound closes
 * them all, so content is masked as the nesting says and nothing is dropped.
 * Past the bound the Parser's implied end tags (`<li>` ending the `<li>`
 * before it) are not applied: nesting that deep is read as written.
 */
class DepthBoundedParser extends Parser {
  /** Elements open in the Parser's stack, in all and by name, counted from its events (a void element opens and closes at once). */
  private depth = 0;
  private readonly inStack = new Map<string, number>();
  /** Elements open past the bound, innermost last, and how many of each name. */
  private readonly pastBound: string[] = [];
  private readonly pastBoundCounts = new Map<string, number>();
  /** The open tag being read is past the bound. */
  private openingPastBound = false;
  /** Its end is being read: the Parser's void close for it is dropped and the element kept open here. */
  private endingPastBound = false;
  private readonly events: NestingEvents;

  constructor(
    private readonly source: string,
    events: NestingEvents,
    options: ParserOptions,
  ) {
    // The Parser's events reach this one once it is built.
    const counted = { parser: undefined as DepthBoundedParser | undefined };
    super(
      {
        ...events,
        onopentagname: (name) => counted.parser!.parserOpened(name),
        onclosetag: (name, isImplied) => counted.parser!.parserClosed(name, isImplied),
      },
      options,
    );
    counted.parser = this;
    this.events = events;
  }

  private parserOpened(name: string): void {
    this.depth++;
    addCount(this.inStack, name, 1);
  }

  private parserClosed(name: string, isImplied: boolean): void {
    this.depth--;
    addCount(this.inStack, name, -1);
    if (!this.endingPastBound) return this.events.onclosetag(name, isImplied);
    this.pastBound.push(name);
    addCount(this.pastBoundCounts, name, 1);
  }

  /** Closes the elements open past the bound, innermost first, down to the latest `name` (its close tag) or all (implied). */
  private closePastBound(name?: string): void {
    while (this.pastBound.length > 0) {
      const open = this.pastBound.pop()!;
      addCount(this.pastBoundCounts, open, -1);
      this.events.onclosetag(open, open !== name);
      if (open === name) return;
    }
  }

  protected override isVoidElement(name: string): boolean {
    return this.openingPastBound || super.isVoidElement(name);
  }

  override onopentagname(start: number, endIndex: number): void {
    const name = this.source.slice(start, endIndex).toLowerCase();
    this.openingPastBound = (this.depth >= MAX_PARSER_DEPTH || this.pastBound.length > 0) && !super.isVoidElement(name);
    super.onopentagname(start, endIndex);
  }

  override onopentagend(endIndex: number): void {
    this.endingPastBound = this.openingPastBound;
    super.onopentagend(endIndex);
    this.openingPastBound = this.endingPastBound = false;
  }

  override onselfclosingtag(endIndex: number): void {
    // As HTML reads `<x/>` outside SVG and MathML: the element stays open (which one it is in is the Parser's to know).
    if (this.openingPastBound) this.onopentagend(endIndex);
    else super.onselfclosingtag(endIndex);
  }

  override onclosetag(start: number, endIndex: number): void {
    const name = this.source.slice(start, endIndex).toLowerCase();
    if (this.pastBoundCounts.get(name)) {
      this.endIndex = endIndex;
      this.closePastBound(name);
      this.startIndex = endIndex + 1;
      return;
    }
    if (this.inStack.get(name)) this.closePastBound();
    super.onclosetag(start, endIndex);
  }

  override onend(): void {
    // Implied end tags at the text's end, innermost first, as the Parser then ends those in its stack.
    this.endIndex = this.startIndex;
    this.closePastBound();
    super.onend();
  }
}

/**
 * Masks the markup of `region`, which starts at offset `from` of the mask's
 * text (a whole HTML file, or an HTML block or a paragraph with inline HTML
 * in Markdown). Returns the start of the outermost not-prose element still
 * open at the region's end (a `<blockquote>` whose `</blockquote>` comes in a
 * later Markdown block), which is masked to the end of the region here.
 * `isSlot` tells fill-ins written like tags (`<NAME>`, in Markdown and HTML alike) from markup.
 * `unscanned`, when given, gets in source order the spans that hold no template
 * syntax of the reply's: each outermost `<pre>`, `<code>`, `<kbd>` or `<samp>`
 * element (code, shown as written) and each outermost element never shown
 * (`<script>`, `<style>`, `<head>`, `<title>`, `<template>`), tags included, and
 * each comment or declaration (`<!…>`) outside them (`<!--[if mso]>…<![endif]-->`,
 * `<![if !mso]>`).
 */
export function maskHtmlStructure(mask: ProseMask, region: string, from = 0, isSlot?: (tag: string) => boolean, unscanned?: Span[]): number | undefined {
  let unclosed: number | undefined;
  // Open elements whose content is masked; only the outermost one's span is added.
  const open: { name: string; start: number }[] = [];
  // Where in `open` the outermost code or unshown element is: only its span goes to `unscanned`.
  let firstUnscanned: number | undefined;
  const openCounts = new Map<string, number>();
  // The tag's end: htmlparser2 may report a close tag's end before white space ahead of its ">".
  const tagEnd = () => {
    const close = region.indexOf('>', parser.endIndex);
    return close < 0 ? region.length : close + 1;
  };
  // A comment or declaration: markup, never shown (one inside an unscanned element is in that element's span). Only
  // one written with "<!" is left unscanned: a browser reads FreeMarker's `</#if>` as a comment too, but the template
  // engine reads it first.
  const markup = () => {
    mask.add(from + parser.startIndex, from + parser.endIndex + 1);
    if (firstUnscanned === undefined && region.startsWith('<!', parser.startIndex))
      unscanned?.push({ start: from + parser.startIndex, end: from + parser.endIndex + 1 });
  };
  const parser: Parser = new DepthBoundedParser(
    region,
    {
      onopentag(name) {
        const end = tagEnd();
        // A fill-in like <NAME> is the placeholders' to mask, not markup; so is a field in double angles (Koha's <<biblio.title>>).
        if (isSlot?.(region.slice(parser.startIndex, end)) || (region[parser.startIndex - 1] === '<' && region[end] === '>')) return;
        mask.add(from + parser.startIndex, from + end, BLOCK.has(name) ? 'break' : 'blank');
        if (NOT_PROSE.has(name)) {
          if (firstUnscanned === undefined && (CODE.has(name) || UNSHOWN.has(name))) firstUnscanned = open.length;
          open.push({ name, start: parser.startIndex });
          openCounts.set(name, (openCounts.get(name) ?? 0) + 1);
        }
      },
      onclosetag(name, isImplied) {
        // An implied end tag is not in the text: its indices are those of what implied it.
        const end = isImplied ? parser.startIndex : tagEnd();
        if (!isImplied) mask.add(from + parser.startIndex, from + end, BLOCK.has(name) ? 'break' : 'blank');
        if (!NOT_PROSE.has(name)) return;
        // Counted, so a flood of closes of no open element never searches `open`; a search cuts it, passing each element once at most.
        if (!openCounts.get(name)) return;
        let at = open.length - 1;
        while (open[at]!.name !== name) at--;
        for (let index = at; index < open.length; index++) openCounts.set(open[index]!.name, openCounts.get(open[index]!.name)! - 1);
        if (at === 0) mask.add(from + open[0]!.start, from + end, 'break');
        if (firstUnscanned !== undefined && firstUnscanned >= at) {
          unscanned?.push({ start: from + open[firstUnscanned]!.start, end: from + end });
          firstUnscanned = undefined;
        }
        open.length = at;
      },
      oncomment: markup,
      onprocessinginstruction: markup,
    },
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: false },
  );
  parser.write(region);
  if (open.length > 0) unclosed = from + open[0]!.start;
  parser.end();
  return unclosed;
}
