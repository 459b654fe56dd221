// TwiML, the XML a phone system answers a call with (its root <Response>, read in xml-elements.ts): every <Say> is a
// prompt spoken to the caller as it ships (issue 12). Nothing else in the file is prose: other verbs (<Dial>, <Play>,
// <Redirect>) are the call's plumbing, and attributes are settings.
import type { ExportBody } from './exports';
import { contentBody, elementContent, encodedInElement } from './xml-elements';

/** A <Say> verb's opening tag (its attributes: voice, language, loop), or a comment to step over. */
const SAY_OR_COMMENT = /<!--[\s\S]*?(?:-->|$)|<Say(?:\s[^>]*)?>/g;
const SAY_END = '</Say>';

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
    const say = elementContent(source, start, SAY_END);
    if (!say) break;
    for (; counted < tag.index; counted++) if (source.charCodeAt(counted) === 10) line++;
    SAY_OR_COMMENT.lastIndex = say.end + SAY_END.length;
    const body = contentBody(source, start, say);
    if (body.text.trim() === '') continue;
    const markup = say.markup.map((span) => ({ start: span.start - start, end: span.end - start }));
    const cdata = say.cdata.map((span) => ({ start: span.start - start, end: span.end - start }));
    bodies.push({
      title: `${fileTitle}:${line}`,
      body,
      isHtml: true,
      kind: 'auto-reply',
      encode: (written, from, to) => encodedInElement(written, from, to, markup, cdata),
    });
  }
  return bodies;
}
