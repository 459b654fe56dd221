// An XML file's elements whose content is a message as it ships (TwiML's <Say>, an Odoo mail template's body field):
// the file's root, found past its prolog and leading comments, and an element's content up to its closing tag, read
// with its comments and CDATA sections as XML reads them. The content keeps the file's characters, so findings land on
// them, and a fix is written as the element can hold it.
import type { Span } from '../types';

/** What may stand before a document's root: a byte-order mark, blank space, an XML declaration. */
const PROLOG = /^\uFEFF?\s*(?:<\?xml[^>]*\?>)?/y;
const COMMENT_START = '<!--';
const COMMENT_END = '-->';
const CDATA_START = '<![CDATA[';
const CDATA_END = ']]>';
/** A root element's name as it opens (`<Response`, `<odoo`): the longest a root name the readers look for is. */
const ROOT_NAME_REACH = 16;

/** The name of a document's root element, read from its text. */
const ROOT = /<([A-Za-z][\w.-]*)(?=[\s/>])/y;

/**
 * The root element's name of a text's first characters, `complete` when they are the whole text: '' when the text
 * has none; undefined when they end before it is known (inside the prolog, a leading comment or the root's name).
 * Leading comments (a licence header) are stepped over with indexOf: a pattern of repeated comments backtracked
 * exponentially on many of them.
 */
export function xmlRootIn(head: string, complete: boolean): string | undefined {
  PROLOG.lastIndex = 0;
  PROLOG.test(head);
  let at = PROLOG.lastIndex;
  for (;;) {
    while (at < head.length && /\s/.test(head[at]!)) at++;
    if (!head.startsWith(COMMENT_START, at)) break;
    const end = head.indexOf(COMMENT_END, at + COMMENT_START.length);
    if (end < 0) return complete ? '' : undefined;
    at = end + COMMENT_END.length;
  }
  if (!complete && (head.length - at <= ROOT_NAME_REACH || (head.startsWith('<?', at) && head.indexOf('>', at) < 0))) return undefined;
  ROOT.lastIndex = at;
  return ROOT.exec(head)?.[1] ?? '';
}

export interface ElementContent {
  /** Where its closing tag starts. */
  end: number;
  /** CDATA markers: XML, not words, blanked for the reading and never edited. */
  markup: Span[];
  /** The content of CDATA sections: XML writes it as it is shown, so a fix there can hold no reference or tag. */
  cdata: Span[];
}

/** Inside an element: its closing tag, a comment (not shown; it may hold a closing tag of old text), or a CDATA section. */
const partsOf = new Map<string, RegExp>();

/**
 * An element's content from `start` to its closing tag `close` (`</Say>`; not one inside a comment or CDATA section);
 * undefined when unclosed.
 */
export function elementContent(source: string, start: number, close: string): ElementContent | undefined {
  let parts = partsOf.get(close);
  if (!parts) partsOf.set(close, (parts = new RegExp(`${close.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}|<!--|<!\\[CDATA\\[`, 'g')));
  const markup: Span[] = [];
  const cdata: Span[] = [];
  parts.lastIndex = start;
  for (let part = parts.exec(source); part; part = parts.exec(source)) {
    if (part[0] === close) return { end: part.index, markup, cdata };
    if (part[0] === COMMENT_START) {
      // Stepped over, not blanked: the HTML reading masks a comment as markup and keeps a fix beside it.
      const end = source.indexOf(COMMENT_END, part.index + COMMENT_START.length);
      if (end < 0) return unclosedAt(source, part.index, close, markup, cdata);
      parts.lastIndex = end + COMMENT_END.length;
    } else {
      const contentStart = part.index + CDATA_START.length;
      const end = source.indexOf(CDATA_END, contentStart);
      if (end < 0) return unclosedAt(source, part.index, close, markup, cdata);
      markup.push({ start: part.index, end: contentStart }, { start: end, end: end + CDATA_END.length });
      cdata.push({ start: contentStart, end });
      parts.lastIndex = end + CDATA_END.length;
    }
  }
  return undefined;
}

/**
 * An element whose comment or CDATA section at `from` is never closed: XML would read the rest of the file into it,
 * which left every later element unread. The element ends at the next closing tag, and the HTML reading takes the
 * unclosed part.
 */
function unclosedAt(source: string, from: number, close: string, markup: Span[], cdata: Span[]): ElementContent | undefined {
  const end = source.indexOf(close, from);
  return end < 0 ? undefined : { end, markup, cdata };
}

/** source[start, end) with each markup span written as blanks: the same length, so every offset stays the file's. */
export function maskedText(source: string, start: number, end: number, markup: readonly Span[]): string {
  let text = '';
  let from = start;
  for (const span of markup) {
    text += source.slice(from, span.start) + ' '.repeat(span.end - span.start);
    from = span.end;
  }
  return text + source.slice(from, end);
}

/**
 * `written` (as the HTML reading encodes it) in place of an element's characters [from, to), or undefined when the
 * element cannot hold it there: an edit of a CDATA marker; a line break (HTML's `<br>` is no element of TwiML, and
 * no well-formed XML in an Odoo field); in a CDATA section, a reference or a tag, which it may show as written.
 */
export function encodedInElement(written: string, from: number, to: number, markup: readonly Span[], cdata: readonly Span[]): string | undefined {
  if (written.includes('<br>') || markup.some((span) => touches(span, from, to))) return undefined;
  const inCdata = cdata.some((span) => span.start <= from && to <= span.end);
  return inCdata && /[&<]|\]\]>/.test(written) ? undefined : written;
}

/** Whether an edit of [from, to) touches `span`; an insertion at its edge stays outside it. */
function touches(span: Span, from: number, to: number): boolean {
  return from === to ? span.start < from && from < span.end : span.start < to && from < span.end;
}

/** Each element's content as a body's text and offsets: [start, end) of the file, its markup blanked. */
export function contentBody(source: string, start: number, content: ElementContent): { text: string; offsets: Int32Array } {
  const text = maskedText(source, start, content.end, content.markup);
  const offsets = new Int32Array(content.end - start + 1);
  for (let index = 0; index < offsets.length; index++) offsets[index] = start + index;
  return { text, offsets };
}

/** The roots of the XML files Replylint reads: TwiML's <Response>, an Odoo module's data file (<odoo>, <openerp> before Odoo 10). */
const READ_ROOTS = new Set(['Response', 'odoo', 'openerp']);

/** Whether an XML file holds messages Replylint reads (READ_ROOTS); a build file, an app's strings or an SVG does not. */
export function readsXml(source: string): boolean {
  return READ_ROOTS.has(xmlRootIn(source, true)!);
}

/** Characters of an XML file its root is looked for in first where reading the whole text would cost (an editor's every edit). */
export const XML_HEAD = 65536;

/**
 * readsXml of a text of `length` characters, read up to `end` by `textUpTo`: from its first XML_HEAD characters,
 * and from the whole text only when they end before the root is known (leading comments longer than that).
 */
export function readsXmlText(length: number, textUpTo: (end: number) => string): boolean {
  if (length <= XML_HEAD) return readsXml(textUpTo(length));
  const root = xmlRootIn(textUpTo(XML_HEAD), false);
  return root === undefined ? readsXml(textUpTo(length)) : READ_ROOTS.has(root);
}
