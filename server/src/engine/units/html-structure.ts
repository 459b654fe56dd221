// HTML as a browser reads it, with htmlparser2's tokenizer: tags (and the
// attribute values inside them), comments and declarations are markup; the
// content of <blockquote> is the customer's words and that of <pre>, <code>,
// <script>, <style>, <head>, <title>, <textarea> is not prose. Implied end
// tags and unclosed elements end where a browser would end them.

import { Parser } from 'htmlparser2';
import type { ProseMask } from './prose-mask';

/** Elements whose whole content is not the writer's prose. */
const NOT_PROSE = new Set(['blockquote', 'pre', 'code', 'kbd', 'samp', 'script', 'style', 'head', 'title', 'textarea', 'template', 'noscript', 'svg', 'math']);
/** Elements that hold code, shown as written: template syntax in them is no placeholder. */
const CODE = new Set(['pre', 'code', 'kbd', 'samp']);
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

/**
 * Masks the markup of `region`, which starts at offset `from` of the mask's
 * text (a whole HTML file, or an HTML block or a paragraph with inline HTML
 * in Markdown). Returns the start of the outermost not-prose element still
 * open at the region's end (a `<blockquote>` whose `</blockquote>` comes in a
 * later Markdown block), which is masked to the end of the region here.
 * `isSlot` tells fill-ins written like tags (`<NAME>` in Markdown) from markup.
 * `code`, when given, gets the span of each outermost closed `<pre>`, `<code>`,
 * `<kbd>` or `<samp>` element, tags included, in source order.
 */
export function maskHtmlStructure(
  mask: ProseMask,
  region: string,
  from = 0,
  isSlot?: (tag: string) => boolean,
  code?: { start: number; end: number }[],
): number | undefined {
  let unclosed: number | undefined;
  // Open elements whose content is masked; only the outermost one's span is added.
  const open: { name: string; start: number }[] = [];
  // Where in `open` the outermost code element is (<pre>, <code>, <kbd>, <samp>): only its span goes to `code`.
  let firstCode: number | undefined;
  const openCounts = new Map<string, number>();
  // The tag's end: htmlparser2 may report a close tag's end before white space ahead of its ">".
  const tagEnd = () => {
    const close = region.indexOf('>', parser.endIndex);
    return close < 0 ? region.length : close + 1;
  };
  const parser: Parser = new Parser(
    {
      onopentag(name) {
        const end = tagEnd();
        // A fill-in like <NAME> is the placeholders' to mask, not markup.
        if (isSlot?.(region.slice(parser.startIndex, end))) return;
        mask.add(from + parser.startIndex, from + end, BLOCK.has(name) ? 'break' : 'blank');
        if (NOT_PROSE.has(name)) {
          if (firstCode === undefined && CODE.has(name)) firstCode = open.length;
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
        if (code && firstCode === at) code.push({ start: from + open[at]!.start, end: from + end });
        if (firstCode !== undefined && firstCode >= at) firstCode = undefined;
        open.length = at;
      },
      oncomment() {
        mask.add(from + parser.startIndex, from + parser.endIndex + 1);
      },
      onprocessinginstruction() {
        mask.add(from + parser.startIndex, from + parser.endIndex + 1);
      },
    },
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: false },
  );
  parser.write(region);
  if (open.length > 0) unclosed = from + open[0]!.start;
  parser.end();
  return unclosed;
}
