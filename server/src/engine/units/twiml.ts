// TwiML, the XML a phone system answers a call with: every <Say> under its <Response> is a prompt spoken to the caller
// as it ships (issue 12). Nothing else in the file is prose: other verbs (<Dial>, <Play>, <Redirect>) are the call's
// plumbing, and attributes are settings.
import type { ExportBody } from './exports';

/** What may stand before a TwiML document's root: a byte-order mark, blank space, an XML declaration. */
const PROLOG = /^\uFEFF?\s*(?:<\?xml[^>]*\?>)?/y;
const COMMENT_START = '<!--';
const COMMENT_END = '-->';
const ROOT = /<Response[\s/>]/y;
/** A <Say> verb's opening tag (its attributes: voice, language, loop), or a comment to step over. */
const SAY_OR_COMMENT = /<!--[\s\S]*?(?:-->|$)|<Say(?:\s[^>]*)?>/g;
const SAY_END = '</Say>';

/**
 * Whether the file is a TwiML document: an XML file whose root element is <Response>. Leading comments (a licence
 * header) are stepped over with indexOf: a pattern of repeated comments backtracked exponentially on many of them.
 */
export function isTwiml(source: string): boolean {
  PROLOG.lastIndex = 0;
  PROLOG.test(source);
  let at = PROLOG.lastIndex;
  for (;;) {
    while (at < source.length && /\s/.test(source[at]!)) at++;
    if (!source.startsWith(COMMENT_START, at)) break;
    const end = source.indexOf(COMMENT_END, at + COMMENT_START.length);
    if (end < 0) return false;
    at = end + COMMENT_END.length;
  }
  ROOT.lastIndex = at;
  return ROOT.test(source);
}

/**
 * Each <Say>'s content as a body of its own, titled by its file and line (`ivr.xml:12`). The content stays as written,
 * so an SSML tag inside (<break/>, <say-as>, <prosody>) is markup and a character reference (`&amp;`) is read through,
 * as in an HTML body; its characters are the file's, so findings land on them. A fix writes the text as the HTML
 * reading encodes it; one that needs a line break (HTML's `<br>`, no element of TwiML) is not offered.
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
    const end = source.indexOf(SAY_END, start);
    if (end < 0) break;
    for (; counted < tag.index; counted++) if (source.charCodeAt(counted) === 10) line++;
    SAY_OR_COMMENT.lastIndex = end + SAY_END.length;
    if (source.slice(start, end).trim() === '') continue;
    const offsets = new Int32Array(end - start + 1);
    for (let index = 0; index < offsets.length; index++) offsets[index] = start + index;
    bodies.push({
      title: `${fileTitle}:${line}`,
      body: { text: source.slice(start, end), offsets },
      isHtml: true,
      kind: 'auto-reply',
      encode: (text) => (text.includes('<br>') ? undefined : text),
    });
  }
  return bodies;
}
