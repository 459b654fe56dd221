// Markdown block structure as CommonMark defines it, read with markdown-it's
// block parser (its inline pass is off: inline code and links are masked by
// the caller, and the block pass alone reads a 5 MB library in well under a
// second). markdown-it reports blocks by line; lines map back to offsets here,
// so every mask lands on the exact characters of the source.

import MarkdownIt from 'markdown-it';
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import type Token from 'markdown-it/lib/token.mjs';
import { holdsNonSpace, lineEndAt } from '../text/analyze';
import { LineIndex } from '../text/line-index';
import { partitionPoint } from '../text/partition-point';
import { detached } from '../text/word-memo';
import { SIGNATURE_DELIMITER } from './footers';
import type { ProseMask } from './prose-mask';
import type { Span } from '../types';

export interface MarkdownHeading {
  /** Offset of the heading's first line (a setext heading starts at its text). */
  start: number;
  /** 1 to 6; setext `===` is 1, `---` is 2. */
  level: number;
  title: string;
}

export interface MarkdownStructure {
  /** Headings outside block quotes and lists, in order. */
  headings: MarkdownHeading[];
  /**
   * Offsets of the top-level blocks that hold a writer's words: paragraphs,
   * lists other than lists of links, block quotes, HTML. A section with none
   * (a table of contents, a metadata table) is not a reply.
   */
  contentStarts: number[];
  /**
   * Where each message read from a metadata value starts (in a section of nothing but metadata lines, an in-app
   * note's `**Body:** Your parcel is late.`), in source order: such a reply is a notification, read as a snippet.
   */
  labelMessages: number[];
  /** The lines of the text read (the mask's text), counted as markdown-it counts them: the linter places findings with it too. */
  lines: LineIndex;
  /**
   * Fenced code blocks whose info string names a language (```liquid, ```html, ```js), marker lines included, and
   * opaque HTML blocks (a comment, `<script>`, `<style>`, `<pre>`), in source order: code, shown as written, or
   * never shown, so the template syntax in them is no placeholder of the reply's.
   */
  unscanned: Span[];
}

const FRONT_MATTER = /^---\r?\n[^]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
/** HTML blocks that are not prose: comments, processing instructions, declarations, CDATA, raw-text elements. */
const OPAQUE_HTML_BLOCK = /^[ \t]*(?:<!--|<\?|<![A-Za-z[]|<(?:script|pre|style|textarea)[\s>]|<(?:script|pre|style|textarea)$)/i;
const SIGNATURE_DELIMITERS = new RegExp(SIGNATURE_DELIMITER.source, 'gm');
/**
 * A template placeholder ({{first_name}}, {customer_name}, %{ticket.number}, #{…}, {$…}, [CUSTOMER_NAME]):
 * customers do not write these, so a block quote holding one is a macro shown as a quote, not the customer's words.
 */
const TEMPLATE_PLACEHOLDER = /\{\{|\{%|%\{|#\{|\{\$|\{[A-Za-z_][^{}\n]{0,60}\}|\[[A-Z][A-Z0-9_]*(?: [A-Z0-9_]+)*\]/;
/** The `>` markers that open each line of a block quote. */
const QUOTE_MARKERS = /^[ \t]{0,3}(?:>[ \t]?)+/gm;
/**
 * Info strings of a fence that holds text, not code: none, `text`, `txt`,
 * `plain`, `plaintext`, `markdown`, `md`. Saved-reply files (GitHub's
 * SAVED_REPLIES.md, maintainers' templates) keep each reply in such a fence
 * so it can be copied.
 */
const TEXT_FENCE_INFO = /^(?:|text|txt|plain|plaintext|markdown|md)$/i;
/**
 * A `Key: value` metadata line: a label of one to three words (not ending in a
 * number: "Step 2: open Settings" is an instruction), bold or not, a colon,
 * and a value or nothing ("ID: need-str", "Categories: need-info, str",
 * "**Email Subject:** Your refund", "**Body:**").
 */
export const METADATA_LINE =
  /^[ \t]{0,3}(?:\*\*|__)?\p{L}[\p{L}\p{N}_.'’/-]*(?:[ \t]+(?!\p{N}+(?:\*\*|__)?[ \t]*:)[\p{L}\p{N}_.'’/-]+){0,2}(?:\*\*|__)?[ \t]*:(?:\*\*|__)?(?:[ \t]+\S.*)?[ \t]*$/u;
/**
 * A metadata value that holds a sentence: it ends with a sentence's end ("**Body:** Your parcel is late.").
 * In a section of nothing but metadata lines, the last such value is the message itself (an in-app note's
 * body under its title), not metadata about it.
 */
const SENTENCE_VALUE = /[.!?…][)"'’”*_]*[ \t]*$/u;
/** A metadata line's label: up to its first colon and the bold markers and spaces after it. */
const LABEL_PART = /^[^:]*:(?:\*\*|__)?[ \t]*/;
/** Metadata lines a section's top needs to be its metadata, not a reply's first words. */
const MIN_METADATA_LINES = 2;

/** A list item that is only a link: a table of contents line. */
const LINK_ONLY = /^\s*(?:\[[^\]\n]*\]\([^)\n]*\)|<[^>\n]+>|\[[^\]\n]*\]\[[^\]\n]*\])\s*$/;

let parser: MarkdownIt | undefined;

/** What readMarkdown hands the parser: called with the tokens of each top-level block once it is complete. */
interface BlockEnv {
  onTopLevelBlocks?: (tokens: Token[]) => void;
}

function blockParser(): MarkdownIt {
  if (!parser) {
    parser = new MarkdownIt('commonmark', { html: true });
    parser.block.State = lineMarkedState(parser.block.State);
    parser.enable('table');
    // Its normalize rule is run by parseBlocks, on a text it changes only.
    parser.core.ruler.disable(['normalize', 'inline', 'text_join']);
    parser.block.ruler.at('paragraph', paragraph);
    // Before each top-level block, the blocks before it are complete: hand them over and drop them,
    // so a library of 24,000 replies never holds all of its 290,000 tokens (66 MB) at once.
    // No block rule looks back past the start of its own top-level block.
    parser.block.ruler.before('table', 'replylint_hand_over', (state, _startLine, _endLine, silent) => {
      const { onTopLevelBlocks } = state.env as BlockEnv;
      if (!silent && state.level === 0 && state.tokens.length > 0 && onTopLevelBlocks) {
        onTopLevelBlocks(state.tokens);
        state.tokens.length = 0;
      }
      return false;
    });
  }
  return parser;
}

/**
 * markdown-it's block state, its line marks found a line at a time: the blanks that indent a line are read, then its
 * end is searched for, where markdown-it read every character of the text in one loop (a 5 MB library: one state,
 * 5 million characters). The same marks: a last line of nothing but blanks gets none, as there.
 */
export function lineMarkedState(Base: typeof StateBlock): typeof StateBlock {
  return class LineMarkedState extends Base {
    constructor(src: string, md: MarkdownIt, env: unknown, tokens: Token[]) {
      // The empty text's state, then the text's own marks in place of its one end mark.
      super('', md, env, tokens);
      this.src = src;
      this.bMarks = [];
      this.eMarks = [];
      this.tShift = [];
      this.sCount = [];
      this.bsCount = [];
      const { length } = src;
      let start = 0;
      while (start < length) {
        let pos = start;
        let indent = 0;
        let offset = 0;
        for (; pos < length; pos++) {
          const code = src.charCodeAt(pos);
          if (code === SPACE) offset++;
          else if (code === TAB) offset += 4 - (offset % 4);
          else break;
          indent++;
        }
        if (pos === length) break;
        const newline = src.indexOf('\n', pos);
        const end = newline < 0 ? length : newline;
        this.pushLine(start, end, indent, offset);
        start = end + 1;
      }
      this.pushLine(length, length, 0, 0);
      this.lineMax = this.bMarks.length - 1;
    }

    private pushLine(start: number, end: number, indent: number, offset: number): void {
      this.bMarks.push(start);
      this.eMarks.push(end);
      this.tShift.push(indent);
      this.sCount.push(offset);
      this.bsCount.push(0);
    }
  };
}
const SPACE = 0x20;
const TAB = 0x09;

/**
 * The block tokens of `text`. markdown-it's normalize rule (CR LF and CR as LF, NUL as U+FFFD) is applied only to a text
 * that holds a CR or a NUL: its expression matched every LF too, so it rebuilt every file, 5 MB for a library, to change nothing.
 */
function parseBlocks(text: string, env: BlockEnv): Token[] {
  const normalized = text.includes('\r') || text.includes('\u0000') ? text.replace(/\r\n?/g, '\n').replaceAll('\u0000', '\ufffd') : text;
  return blockParser().parse(normalized, env);
}

/**
 * markdown-it's paragraph rule (the same lines end a paragraph, the same tokens come out), but a paragraph's
 * text is taken only where it is read: in a list item, to tell a list of links (isLinkList). Every paragraph's
 * lines were sliced, joined and trimmed for a text nothing else reads.
 */
function paragraph(state: StateBlock, startLine: number, endLine: number): boolean {
  const terminatorRules = state.md.block.ruler.getRules('paragraph');
  const oldParentType = state.parentType;
  let nextLine = startLine + 1;
  state.parentType = 'paragraph';
  // Line by line until a blank line or the end; a line indented as code, or a lazy line of a quote, continues it.
  lines: for (; nextLine < endLine && !state.isEmpty(nextLine); nextLine++) {
    if (state.sCount[nextLine]! - state.blkIndent > 3 || state.sCount[nextLine]! < 0) continue;
    for (const terminates of terminatorRules) if (terminates(state, nextLine, endLine, true)) break lines;
  }
  state.line = nextLine;
  const map: [number, number] = [startLine, nextLine];
  state.push('paragraph_open', 'p', 1).map = map;
  if (oldParentType === 'list') {
    const inline = state.push('inline', '', 0);
    inline.content = state.getLines(startLine, nextLine, state.blkIndent, false).trim();
    inline.map = map;
  }
  state.push('paragraph_close', 'p', -1);
  state.parentType = oldParentType;
  return true;
}

/**
 * Masks the Markdown blocks that are not the writer's prose (front matter,
 * code, HTML comments and other opaque HTML blocks, headings, block quotes
 * with their lazy lines, tables, link reference definitions, thematic
 * breaks) and returns the headings and content blocks that split a library.
 * `maskHtml` reads the HTML of an HTML block, or of a paragraph with inline
 * tags, as an HTML file is read; it returns where a not-prose element
 * (`<blockquote>`, `<pre>`) opened that the stretch leaves open: it runs on
 * to the HTML block that closes it, as a browser reads the rendered page,
 * but never past the next heading (another reply). `readMetadata`: whether
 * `Key: value` lines at a section's top are metadata (a chat transcript's turn
 * lines are not).
 */
export function readMarkdown(mask: ProseMask, maskHtml: (start: number, end: number) => number | undefined, readMetadata = true): MarkdownStructure {
  const text = mask.text;
  // LineIndex counts the line breaks markdown-it counts (CRLF, CR, LF).
  const lines = new LineIndex(text);
  const offsetOf = (line: number) => lines.offsetAt({ line, character: 0 });
  const linesSpan = (map: [number, number]) => ({ start: offsetOf(map[0]), end: Math.min(text.length, offsetOf(map[1])) });

  // Front matter is not Markdown: blank lines in its place keep the line numbers.
  const frontMatter = FRONT_MATTER.exec(text);
  let parsed = text;
  if (frontMatter) {
    mask.add(0, frontMatter[0].length);
    const frontLines = new LineIndex(frontMatter[0]).lineCount - 1;
    parsed = '\n'.repeat(frontLines) + text.slice(frontMatter[0].length);
  }
  // A "-- " signature delimiter is no setext underline: the name above it is no heading.
  if (parsed.includes('\n--')) parsed = parsed.replace(SIGNATURE_DELIMITERS, '');

  const headings: MarkdownHeading[] = [];
  const contentStarts: number[] = [];
  const labelMessages: number[] = [];
  // Lines some block accounts for; a non-blank line no block holds is a link reference definition.
  const covered = new Uint8Array(lines.lineCount + 1);
  const cover = (map: [number, number]) => covered.fill(1, map[0], map[1]);
  if (frontMatter) covered.fill(1, 0, new LineIndex(frontMatter[0]).lineCount - 1);
  let quoteDepth = 0;
  // Top-level block quotes without placeholders: the customer's words, or a macro shown as a quote.
  const plainQuotes: Span[] = [];
  // Top-level fences of text (TEXT_FENCE_INFO): code, or a section's reply kept in a fence.
  const textFences: { start: number; end: number; open: number; close: number }[] = [];
  const unscanned: Span[] = [];
  const maskQuoteMarkers = (span: Span) => {
    for (const marker of text.slice(span.start, span.end).matchAll(QUOTE_MARKERS))
      mask.add(span.start + marker.index, span.start + marker.index + marker[0].length);
  };
  // A not-prose HTML element left open by an earlier block: its name and start.
  let openElement: { closing: RegExp; start: number } | undefined;
  const readHtml = (start: number, end: number) => {
    if (openElement) {
      if (!openElement.closing.test(text.slice(start, end))) return;
      mask.add(openElement.start, end, 'break');
      openElement = undefined;
      return;
    }
    const unclosed = maskHtml(start, end);
    const name = unclosed === undefined ? undefined : /^<([a-zA-Z][\w-]*)/.exec(text.slice(unclosed, unclosed + 40))?.[1];
    if (unclosed !== undefined && name) openElement = { closing: new RegExp(`</${name}\\s*>`, 'i'), start: unclosed };
  };
  // The next "<" at or after the last place asked about (-1: none): asked in source order, the text is searched once.
  let nextAngle = text.indexOf('<');
  /** Whether [start, end) of the text holds a "<" that can open a tag or comment. */
  const hasTag = (start: number, end: number) => {
    if (nextAngle >= 0 && nextAngle < start) nextAngle = text.indexOf('<', start);
    for (; nextAngle >= 0 && nextAngle < end; nextAngle = text.indexOf('<', nextAngle + 1)) {
      if (/[a-zA-Z/!?]/.test(text[nextAngle + 1] ?? '')) return true;
    }
    return false;
  };
  const endOpenElement = (end: number) => {
    if (openElement) mask.add(openElement.start, end, 'break');
    openElement = undefined;
  };

  // Metadata at a section's top ("ID: need-str", "Title: …", "**Email Subject:** …" before the reply): the
  // paragraphs of `Key: value` lines read since the last heading (or the document's start), while no other block
  // came; masked once they hold MIN_METADATA_LINES lines, else they are content after all.
  let sectionTop = true;
  let metadata: Span[] = [];
  let metadataLines = 0;
  /**
   * Where the message is in a section of nothing but metadata lines: the value of its last line whose value holds a
   * sentence ("**Title:** Parcel update" / "**Body:** Your parcel is late."), or undefined.
   */
  const messageValue = (): Span | undefined => {
    for (let index = metadata.length - 1; index >= 0; index--) {
      const span = metadata[index]!;
      let lineEnd = span.end;
      while (lineEnd > span.start) {
        const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
        const from = Math.max(lineStart, span.start);
        const line = text.slice(from, lineEnd).replace(/\r?\n?$/, '');
        if (SENTENCE_VALUE.test(line)) {
          const label = LABEL_PART.exec(line);
          if (label && label[0].length < line.length) return { start: from + label[0].length, end: from + line.length };
        }
        lineEnd = from - 1;
        if (from === span.start) break;
      }
    }
    return undefined;
  };
  const endMetadata = (more: Span | undefined, moreLines: number, sectionEnds = false) => {
    if (metadataLines + moreLines >= MIN_METADATA_LINES) {
      // A section of nothing but metadata: its last sentence value is the message, the rest (labels too) is masked.
      const message = sectionEnds && !more ? messageValue() : undefined;
      for (const span of metadata) {
        if (message && message.start >= span.start && message.end <= span.end) {
          mask.add(span.start, message.start, 'break');
          mask.add(message.end, span.end, 'break');
          contentStarts.push(message.start);
          labelMessages.push(message.start);
        } else mask.add(span.start, span.end, 'break');
      }
      if (more) mask.add(more.start, more.end, 'break');
    } else for (const span of metadata) contentStarts.push(span.start);
    metadata = [];
    metadataLines = 0;
    sectionTop = false;
  };
  /** A top-level paragraph at a section's top: true when it is all metadata (kept for later, no content yet). */
  const readTopParagraph = (span: Span): boolean => {
    // Most paragraphs open with a line without a colon, so with no metadata: not cut into lines.
    if (!holdsColon(text, span.start, lineEndAt(text, span.start, span.end))) {
      endMetadata(undefined, 0);
      return false;
    }
    const lines = text.slice(span.start, span.end).split('\n');
    let leading = 0;
    let end = span.start;
    for (const line of lines) {
      if (!/\S/.test(line)) break;
      // Its colon first: a quick test, and most lines have none.
      if (!line.includes(':') || !METADATA_LINE.test(line.replace(/\r$/, ''))) break;
      leading++;
      end += line.length + 1;
    }
    const all = lines.filter((line) => /\S/.test(line)).length;
    if (leading > 0 && leading === all) {
      metadata.push(span);
      metadataLines += leading;
      return true;
    }
    endMetadata(leading > 0 ? { start: span.start, end: Math.min(end, span.end) } : undefined, leading);
    return false;
  };

  const readBlocks = (tokens: Token[]) => {
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!;
      const map = token.map as [number, number] | null;
      // Any other top-level block ends a section's top (a comment or a break does not: they hold no words).
      if (
        sectionTop &&
        token.level === 0 &&
        token.nesting !== -1 &&
        token.type !== 'paragraph_open' &&
        token.type !== 'hr' &&
        !(token.type === 'html_block' && OPAQUE_HTML_BLOCK.test(token.content))
      )
        endMetadata(undefined, 0, token.type === 'heading_open');
      switch (token.type) {
        case 'blockquote_open':
          // The customer's words, lazy continuation lines included; a quote with template
          // placeholders is the macro itself (libraries that show each macro as a quote): only its markers go.
          // Without placeholders it is decided once the sections are known (quoteIsMacro).
          if (quoteDepth++ === 0 && map) {
            const span = linesSpan(map);
            if (TEMPLATE_PLACEHOLDER.test(text.slice(span.start, span.end))) maskQuoteMarkers(span);
            else if (token.level === 0) plainQuotes.push(span);
            else mask.add(span.start, span.end, 'break');
            if (token.level === 0) contentStarts.push(span.start);
          }
          if (map) cover(map);
          break;
        case 'blockquote_close':
          quoteDepth--;
          break;
        case 'fence':
        case 'code_block':
        case 'hr':
        case 'table_open': // Tables are data (plans, prices, macro metadata), not sentences.
          // A fence of text at the top level may be a library section's reply: decided once the sections are known.
          if (token.type === 'fence' && map && token.level === 0 && TEXT_FENCE_INFO.test(token.info.trim())) {
            const span = linesSpan(map);
            const open = lines.offsetAt({ line: map[0] + 1, character: 0 });
            // An unclosed fence runs to the end of the document (over any later heading): code, as written.
            const lastLine = lines.offsetAt({ line: map[1] - 1, character: 0 });
            const marker = text.slice(lastLine, span.end).trim();
            const closed = map[1] - map[0] >= 2 && marker.length >= token.markup.length && /^(?:`+|~+)$/.test(marker) && marker[0] === token.markup[0];
            textFences.push({ start: span.start, end: span.end, open: Math.min(open, span.end), close: closed ? lastLine : open });
            cover(map);
            break;
          }
          if (map) {
            const span = linesSpan(map);
            mask.add(span.start, span.end, 'break');
            cover(map);
            if (token.type === 'fence' && !TEXT_FENCE_INFO.test(token.info.trim())) unscanned.push(span);
          }
          break;
        case 'html_block':
          if (map) {
            const span = linesSpan(map);
            if (OPAQUE_HTML_BLOCK.test(token.content) && !openElement) {
              mask.add(span.start, span.end, 'break');
              unscanned.push(span);
            } else {
              readHtml(span.start, span.end);
              if (token.level === 0) contentStarts.push(span.start);
            }
            cover(map);
          }
          break;
        case 'heading_open':
          if (map) {
            const span = linesSpan(map);
            endOpenElement(span.start);
            mask.add(span.start, span.end, 'break');
            cover(map);
            // A copy: the token's content is a slice of markdown-it's own copy of the text, which every reply's title kept alive.
            if (token.level === 0)
              headings.push({ start: span.start, level: Number(token.tag.slice(1)), title: detached(tokens[index + 1]?.content.trim() ?? '') });
          }
          if (token.level === 0) sectionTop = true;
          break;
        case 'paragraph_open':
          if (map) {
            cover(map);
            if (readMetadata && token.level === 0 && sectionTop && quoteDepth === 0 && readTopParagraph(linesSpan(map))) break;
            if (token.level === 0) contentStarts.push(offsetOf(map[0]));
            // Inline HTML (markdown-it's inline pass is off): read when the paragraph has a tag or is inside an open element.
            if (quoteDepth === 0) {
              const span = linesSpan(map);
              if (openElement || hasTag(span.start, span.end)) readHtml(span.start, span.end);
            }
          }
          break;
        case 'bullet_list_open':
        case 'ordered_list_open':
          if (token.level === 0 && map && !isLinkList(tokens, index)) contentStarts.push(offsetOf(map[0]));
          break;
      }
    }
  };
  const env: BlockEnv = { onTopLevelBlocks: readBlocks };
  readBlocks(parseBlocks(parsed, env));
  if (sectionTop) endMetadata(undefined, 0, true);
  endOpenElement(text.length);
  for (const span of plainQuotes) {
    if (quoteIsMacro(span.start, headings, contentStarts)) maskQuoteMarkers(span);
    else mask.add(span.start, span.end, 'break');
  }
  // A fence of text that is all its section holds is the section's reply: only its marker lines are masked.
  const fenceReplies: number[] = [];
  // Fences per section (the nearest heading before each): a section with two holds no single reply. Both lists are in source order.
  const sectionOf = (offset: number) => partitionPoint(headings.length, (index) => headings[index]!.start < offset);
  const sections = textFences.map((fence) => sectionOf(fence.start));
  for (const [index, fence] of textFences.entries()) {
    const alone = sections[index - 1] !== sections[index] && sections[index + 1] !== sections[index];
    if (alone && fence.open < fence.close && /\S/.test(text.slice(fence.open, fence.close)) && quoteIsMacro(fence.start, headings, contentStarts)) {
      mask.add(fence.start, fence.open, 'break');
      mask.add(fence.close, fence.end, 'break');
      fenceReplies.push(fence.start);
    } else mask.add(fence.start, fence.end, 'break');
  }
  if (fenceReplies.length > 0) {
    // One by one: spread, a list of tens of thousands overflows the call stack.
    for (const start of fenceReplies) contentStarts.push(start);
    contentStarts.sort((a, b) => a - b);
  }
  // Link reference definitions: markdown-it keeps them out of the tokens.
  for (let line = 0; line < lines.lineCount; line++) {
    if (covered[line]) continue;
    const start = offsetOf(line);
    const end = offsetOf(line + 1);
    if (holdsNonSpace(text, start, end)) mask.add(start, end);
  }
  return { headings, contentStarts, labelMessages, lines, unscanned };
}

/**
 * The heading `text` ends with (blank lines after it aside), as CommonMark reads it: ATX ("# Hi {{name}},",
 * closing #s dropped) or setext (text over `===` or `---`). Only the last block can be that heading, so only it
 * is parsed. The span of the heading's title in `text`; undefined when the text ends with no heading.
 */
export function endingHeading(text: string): Span | undefined {
  const end = text.trimEnd().length;
  if (end === 0) return undefined;
  // The last block starts after the last blank line.
  let from = text.lastIndexOf('\n', end - 1) + 1;
  while (from > 0) {
    const lineStart = text.lastIndexOf('\n', from - 2) + 1;
    if (!/\S/.test(text.slice(lineStart, from))) break;
    from = lineStart;
  }
  const tokens = parseBlocks(text.slice(from, end), {});
  const close = tokens[tokens.length - 1];
  const inline = tokens[tokens.length - 2];
  if (close?.type !== 'heading_close' || close.level !== 0 || inline?.type !== 'inline' || inline.content === '') return undefined;
  const start = text.indexOf(inline.content, from);
  return start < 0 || start >= end ? undefined : { start, end: start + inline.content.length };
}

/**
 * Whether a top-level block quote is the whole body of a titled section: a
 * library showing its macros as quotes ("## Outage\n\n> We're aware of…"),
 * not the customer's words, which a reply quotes among its own.
 */
function quoteIsMacro(start: number, headings: MarkdownHeading[], contentStarts: number[]): boolean {
  // Both lists are in source order.
  const next = partitionPoint(headings.length, (index) => headings[index]!.start < start);
  if (next === 0) return false;
  const sectionStart = headings[next - 1]!.start;
  const sectionEnd = headings[next]?.start ?? Infinity;
  const first = partitionPoint(contentStarts.length, (index) => contentStarts[index]! < sectionStart);
  for (let index = first; index < contentStarts.length && contentStarts[index]! < sectionEnd; index++) if (contentStarts[index] !== start) return false;
  return true;
}

const COLON = 0x3a;

/** Whether text[start, end) holds a colon, read in place. */
function holdsColon(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) if (text.charCodeAt(at) === COLON) return true;
  return false;
}

/** Whether the list opened at `open` holds only links, one per item (a table of contents). */
function isLinkList(tokens: Token[], open: number): boolean {
  const closing = tokens[open]!.type.replace('_open', '_close');
  let depth = 0;
  for (let index = open; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.type === tokens[open]!.type) depth++;
    else if (token.type === closing && --depth === 0) return true;
    else if (token.type === 'inline' && !LINK_ONLY.test(token.content)) return false;
    else if (token.type !== 'inline' && !/^(?:list_item|paragraph|bullet_list|ordered_list)_(?:open|close)$/.test(token.type)) return false;
  }
  return true;
}
