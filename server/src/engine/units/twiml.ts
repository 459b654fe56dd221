// TwiML, the XML a phone system answers a call with: every <Say> under its <Response> is a prompt spoken to the caller
// as it ships (issue 12). Nothing else in the file is prose: other verbs (<Dial>, <Play>, <Redirect>) are the call's
// plumbing, and attributes are settings.
import type { ExportBody } from './exports';
import type { Span } from '../types';

/** What may stand before a TwiML document's root: a byte-order mark, blank space, an XML declaration. */
const PROLOG = /^\uFEFF?\s*(?:<\?xml[^>]*\?>)?/y;
const COMMENT_START = '<!--';
const COMMENT_END = '-->';
const ROOT_NAME = '<Response';
const ROOT = /<Response[\s/>]/y;
/** A <Say> verb's opening tag (its attributes: voice, language, loop), or a comment to step over. */
const SAY_OR_COMMENT = /<!--[\s\S]*?(?:-->|$)|<Say(?:\s[^>]*)?>/g;
/** Inside a <Say>: its end, a comment (not spoken; it may hold a `</Say>` of an old prompt), or a CDATA section. */
const SAY_PART = /<\/Say>|<!--|<!\[CDATA\[/g;
const CDATA_START = '<![CDATA[';
const CDATA_END = ']]>';
const SAY_END = '</Say>';

/**
 * Whether the file is a TwiML document: an XML file whose root element is <Response>. Leading comments (a licence
 * header) are stepped over with indexOf: a pattern of repeated comments backtracked exponentially on many of them.
 */
export function isTwiml(source: string): boolean {
  return twimlRootIn(source, true)!;
}

/** Characters of an XML file its TwiML root is looked for in first where reading the whole text would cost (an editor's every edit). */
export const TWIML_HEAD = 65536;

/**
 * isTwiml of a text of `length` characters, read up to `end` by `textUpTo`: from its first TWIML_HEAD characters,
 * and from the whole text only when they end before the root is known (leading comments longer than that).
 */
export function isTwimlText(length: number, textUpTo: (end: number) => string): boolean {
  if (length <= TWIML_HEAD) return isTwiml(textUpTo(length));
  return twimlRootIn(textUpTo(TWIML_HEAD), false) ?? isTwiml(textUpTo(length));
}

/**
 * isTwiml read from a text's first characters, `complete` when they are the whole text; undefined when they end
 * before the answer is known: inside the prolog, a leading comment or the root's name.
 */
function twimlRootIn(head: string, complete: boolean): boolean | undefined {
  PROLOG.lastIndex = 0;
  PROLOG.test(head);
  let at = PROLOG.lastIndex;
  for (;;) {
    while (at < head.length && /\s/.test(head[at]!)) at++;
    if (!head.startsWith(COMMENT_START, at)) break;
    const end = head.indexOf(COMMENT_END, at + COMMENT_START.length);
    if (end < 0) return complete ? false : undefined;
    at = end + COMMENT_END.length;
  }
  // `<Response` and the character after it, or a declaration the head cuts off.
  if (!complete && (head.length - at <= ROOT_NAME.length || (head.startsWith('<?', at) && head.indexOf('>', at) < 0))) return undefined;
  ROOT.lastIndex = at;
  return ROOT.test(head);
}

/**
 * Each <Say>'s content as a body of its own, titled by its file and line (`ivr.xml:12`). The content stays as written,
 * so an SSML tag inside (<break/>, <say-as>, <prosody>) is markup and a character reference (`&amp;`) is read through,
 * as in an HTML body; its characters are the file's, so findings land on them. A fix writes the text as the HTML
 * reading encodes it; one that needs a line break (HTML's `<br>`, no element of TwiML) is not offered. A comment
 * inside a <Say> is markup to that reading; CDATA markers are blanked before it, so a CDATA section's words are read.
 * No `</Say>` inside either ends the prompt.
 */
export function twimlSays(source: string, fileTitle: string): ExportBody[] {
  const bodies: ExportBody[] = [];
  let line = 1;
  let counted = 0;
  SAY_OR_COMMENT.lastIndex = 0;
  for (let tag = SAY_OR_COMMENT.exec(source); tag; tag = SAY_OR_COMMENT.exec(source)) {
    // A comment, or a self-closing <Say/> that says nothing.
    if (tag[0].startsWith('<!--') || tag[0].endsWith('/>')) continue;
    const start = tag.index + tag[0].length;
    const say = sayContent(source, start);
    if (!say) break;
    for (; counted < tag.index; counted++) if (source.charCodeAt(counted) === 10) line++;
    SAY_OR_COMMENT.lastIndex = say.end + SAY_END.length;
    const text = maskedText(source, start, say.end, say.markup);
    if (text.trim() === '') continue;
    const offsets = new Int32Array(say.end - start + 1);
    for (let index = 0; index < offsets.length; index++) offsets[index] = start + index;
    const markup = say.markup.map((span) => ({ start: span.start - start, end: span.end - start }));
    const cdata = say.cdata.map((span) => ({ start: span.start - start, end: span.end - start }));
    bodies.push({
      title: `${fileTitle}:${line}`,
      body: { text, offsets },
      isHtml: true,
      kind: 'auto-reply',
      encode: (written, from, to) => encodedInSay(written, from, to, markup, cdata),
    });
  }
  return bodies;
}

interface SayContent {
  /** Where its `</Say>` starts. */
  end: number;
  /** CDATA markers: XML, not words, blanked for the reading and never edited. */
  markup: Span[];
  /** The content of CDATA sections: XML writes it as it is spoken, so a fix there can hold no reference or tag. */
  cdata: Span[];
}

/** A <Say>'s content from `start` to its `</Say>` (not one inside a comment or CDATA section); undefined when unclosed. */
function sayContent(source: string, start: number): SayContent | undefined {
  const markup: Span[] = [];
  const cdata: Span[] = [];
  SAY_PART.lastIndex = start;
  for (let part = SAY_PART.exec(source); part; part = SAY_PART.exec(source)) {
    if (part[0] === SAY_END) return { end: part.index, markup, cdata };
    if (part[0] === COMMENT_START) {
      // Stepped over, not blanked: the HTML reading masks a comment as markup and keeps a fix beside it.
      const end = source.indexOf(COMMENT_END, part.index + COMMENT_START.length);
      if (end < 0) return unclosedAt(source, part.index, markup, cdata);
      SAY_PART.lastIndex = end + COMMENT_END.length;
    } else {
      const contentStart = part.index + CDATA_START.length;
      const end = source.indexOf(CDATA_END, contentStart);
      if (end < 0) return unclosedAt(source, part.index, markup, cdata);
      markup.push({ start: part.index, end: contentStart }, { start: end, end: end + CDATA_END.length });
      cdata.push({ start: contentStart, end });
      SAY_PART.lastIndex = end + CDATA_END.length;
    }
  }
  return undefined;
}

/**
 * A <Say> whose comment or CDATA section at `from` is never closed: XML would read the rest of the file into it, which
 * left every later prompt unread. The prompt ends at the next `</Say>`, and the HTML reading takes the unclosed part.
 */
function unclosedAt(source: string, from: number, markup: Span[], cdata: Span[]): SayContent | undefined {
  const end = source.indexOf(SAY_END, from);
  return end < 0 ? undefined : { end, markup, cdata };
}

/** source[start, end) with each markup span written as blanks: the same length, so every offset stays the file's. */
function maskedText(source: string, start: number, end: number, markup: readonly Span[]): string {
  let text = '';
  let from = start;
  for (const span of markup) {
    text += source.slice(from, span.start) + ' '.repeat(span.end - span.start);
    from = span.end;
  }
  return text + source.slice(from, end);
}

/**
 * `written` (as the HTML reading encodes it) in place of a <Say>'s characters [from, to), or undefined when TwiML
 * cannot hold it there: an edit of a CDATA marker; a line break (HTML's `<br>`, no element of TwiML);
 * in a CDATA section, a reference or a tag, which it would show as written.
 */
function encodedInSay(written: string, from: number, to: number, markup: readonly Span[], cdata: readonly Span[]): string | undefined {
  if (written.includes('<br>') || markup.some((span) => touches(span, from, to))) return undefined;
  const inCdata = cdata.some((span) => span.start <= from && to <= span.end);
  return inCdata && /[&<]|\]\]>/.test(written) ? undefined : written;
}

/** Whether an edit of [from, to) touches `span`; an insertion at its edge stays outside it. */
function touches(span: Span, from: number, to: number): boolean {
  return from === to ? span.start < from && from < span.end : span.start < to && from < span.end;
}
