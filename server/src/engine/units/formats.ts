// Splits a source file into reply units by its format and masks what is not
// prose. Each format adds its own masks to the shared ones.

import {
  isAngleSlot,
  isKohaNotice,
  isMagentoTemplate,
  isMediaWikiMessage,
  isSmartyTemplate,
  isTransOpening,
  scanPlaceholders,
  type PlaceholderScan,
} from '../placeholders/scan';
import type { Placeholder } from '../placeholders/placeholder';
import { holdsNonSpace, lineEndAt } from '../text/analyze';
import { eachMatch } from '../text/each-match';
import { partitionPoint } from '../text/partition-point';
import { normalizeLanguage } from '../text/detect-language';
import { REPLY_KINDS, type AliasedBody, type ReplyKind, type Span } from '../types';
import { findDirectives, type SettingDirective } from './directives';
import { DEFAULT_EXPORT_FIELDS, eachJsonExportBody, eachYamlExportBody, type ExportBody, type ExportFields } from './exports';
import { withoutFooter, type FooterMatcher } from './footers';
import { laidOutInHtml, maskHtmlStructure, tagMentions } from './html-structure';
import type { LineIndex } from '../text/line-index';
import { METADATA_LINE, readMarkdown, type MarkdownStructure } from './markdown-structure';
import { linkPathEnd, maskCommonNonProse, ProseMask } from './prose-mask';
import { bodyUnit, sliceUnit, type ReplyUnit, type UnitSettings } from './reply-unit';
import { chatTranscript, type ChatSpeakerMatcher, type LineReadings } from './chat-transcript';
import { odooTemplateBodies } from './odoo-data';
import { twimlSays } from './twiml';
import { xmlRootIn } from './xml-elements';
import { readCatalog } from './gettext';
import { ANY_COMMA_LINE, isSalutationLine, SHORT_SALUTATION } from './salutation';
import { characterReferences, encodeHtmlText, OffsetRuns, substitute, Substitutions } from './source-map';
import { sentenceSplits, templateBlocks } from '../placeholders/branches';
import { lazyPattern } from '../text/lazy-pattern';

export type SourceFormat = 'markdown' | 'plaintext' | 'html' | 'json' | 'yaml' | 'xml' | 'catalog';

export function formatOf(fileName: string, languageId?: string): SourceFormat {
  if (languageId === 'markdown' || /\.(md|markdown|mdx)$/i.test(fileName)) return 'markdown';
  if (languageId === 'html' || /\.html?$/i.test(fileName)) return 'html';
  if (languageId === 'json' || /\.json$/i.test(fileName)) return 'json';
  if (languageId === 'yaml' || /\.ya?ml$/i.test(fileName)) return 'yaml';
  if (languageId === 'xml' || /\.xml$/i.test(fileName)) return 'xml';
  if (languageId === 'po' || /\.pot?$/i.test(fileName)) return 'catalog';
  return 'plaintext';
}

const QUOTE_LINE = /^[ \t]{0,3}>.*$/gm;
/** The backticks that open or close a fenced code block, after the at most three spaces in (a lookbehind for those, tried at every character, cost about 40 ms per 5 MB). */
const FENCE_MARKER = /^([ \t]{0,3})(`{3,})/gm;

/**
 * Masks Markdown non-prose: blocks by their CommonMark structure, HTML blocks
 * and inline HTML as an HTML file is read (code spans do not count as tags),
 * then inline code and links.
 */
function maskMarkdown(mask: ProseMask, text: string, readMetadata: boolean): { structure: MarkdownStructure; unscanned: Span[] } {
  // A fence's marker lines open no code span: a reply kept in a fence has spans of its own (`git fetch`).
  const code = inlineCode(text.includes('```') ? text.replace(FENCE_MARKER, (_, indent: string, marker: string) => indent + ' '.repeat(marker.length)) : text);
  const htmlUnscanned: Span[] = [];
  let nextCode = 0;
  const structure = readMarkdown(
    mask,
    (start, end) => {
      // Blocks come in source order, so do code spans: one walk over them.
      while (nextCode < code.length && code[nextCode]!.end <= start) nextCode++;
      let region = text.slice(start, end);
      for (let index = nextCode; index < code.length && code[index]!.start < end; index++) {
        const from = Math.max(start, code[index]!.start) - start;
        const to = Math.min(end, code[index]!.end) - start;
        region = region.slice(0, from) + ' '.repeat(to - from) + region.slice(to);
      }
      // Tags named among words ("type <br><br> where you want a blank line") are shown, as code is: no layout.
      for (const mention of tagMentions(region)) {
        mask.add(start + mention.start, start + mention.end);
        region = region.slice(0, mention.start) + ' '.repeat(mention.end - mention.start) + region.slice(mention.end);
      }
      return maskHtmlStructure(mask, region, start, isAngleSlot, htmlUnscanned);
    },
    readMetadata,
  );
  for (const span of code) mask.add(span.start, span.end);
  for (const span of linkTargets(text)) mask.add(span.start, span.end);
  // Code shows template syntax as written (inline code, fences that name a language, <code> and <pre>); HTML
  // comments, <style> and <script> show nothing.
  return { structure, unscanned: unionOfSpans([code, structure.unscanned, htmlUnscanned]) };
}

/** The union of lists of spans, each in source order, as one list in source order with no overlaps. */
function unionOfSpans(lists: readonly (readonly Span[])[]): Span[] {
  const all = lists.flat();
  if (all.length === 0 || lists.filter((list) => list.length > 0).length === 1) return all;
  all.sort((a, b) => a.start - b.start);
  const union: Span[] = [];
  for (const span of all) {
    const last = union.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else union.push({ ...span });
  }
  return union;
}

const BACKTICK = 0x60;

/**
 * Inline code: a backtick run, text without backticks, and a run no longer
 * than the first, masked from as many backticks before the text as close it
 * (the spans of /(`+)[^`]+?\1(?!`)/g). One pass over the runs: that regex
 * retried every backtick of a long run against the rest of it.
 */
export function inlineCode(text: string): Span[] {
  const spans: Span[] = [];
  let opening: { end: number; length: number } | undefined;
  for (let start = text.indexOf('`'); start >= 0;) {
    let end = start;
    while (text.charCodeAt(end) === BACKTICK) end++;
    const length = end - start;
    if (opening && length <= opening.length) {
      spans.push({ start: opening.end - length, end });
      opening = undefined;
    } else opening = { end, length };
    start = text.indexOf('`', end);
  }
  return spans;
}

/** The first of `stops` (character codes) at or after `from`, or the text's length. */
function nextOf(text: string, from: number, stops: readonly number[]): number {
  for (let index = from; index < text.length; index++) if (stops.includes(text.charCodeAt(index))) return index;
  return text.length;
}

const CLOSE_PAREN_OR_LF = [0x29, 0x0a];
const CLOSE_BRACKET_OR_LF = [0x5d, 0x0a];

/**
 * Link and image targets on one line: the spans of /!\[[^\]\n]*\]\([^)\n]*\)/g
 * and /\]\([^)\n]*\)/g. A target that finds no ")" before the line ends
 * tells every "](" or "![" before that point the same, so the scan resumes there
 * instead of reading the line again from each of them.
 */
export function linkTargets(text: string): Span[] {
  const spans: Span[] = [];
  for (let from = 0, at = text.indexOf('![', from); at >= 0; at = text.indexOf('![', from)) {
    const bracket = nextOf(text, at + 2, CLOSE_BRACKET_OR_LF);
    if (text.charCodeAt(bracket) !== 0x5d) from = bracket;
    else if (text.charCodeAt(bracket + 1) !== 0x28) from = bracket + 1;
    else {
      const paren = nextOf(text, bracket + 2, CLOSE_PAREN_OR_LF);
      if (text.charCodeAt(paren) === 0x29) spans.push({ start: at, end: paren + 1 });
      from = paren + 1;
    }
  }
  for (let from = 0, at = text.indexOf('](', from); at >= 0; at = text.indexOf('](', from)) {
    const paren = nextOf(text, at + 2, CLOSE_PAREN_OR_LF);
    if (text.charCodeAt(paren) === 0x29) spans.push({ start: at, end: paren + 1 });
    from = paren + 1;
  }
  return spans;
}

/**
 * A text as the rules read it: character references outside markup and code
 * decoded (`we&rsquo;ll` reads as `we’ll`), and everything that is not the
 * writer's prose masked.
 */
export interface ProseView {
  /** The text with its substitutions made (the text itself when there are none). */
  text: string;
  /** `text` with what is not prose masked; same length. */
  prose: string;
  /** The character references read, in source offsets. */
  substitutions: Substitutions;
  structure: MarkdownStructure | undefined;
  /** The replies of a Markdown library, when asked for by heading level and the text is one. */
  sections: LibrarySection[] | undefined;
  /** The messages of a chat file that lists them one per line (chatListLines), when asked for; titled by line number. */
  chatLines?: LibrarySection[] | undefined;
  /** A chat file that is a transcript of turns (chat-transcript.ts): one reply, the agent's turns, the rest masked. */
  transcript?: boolean;
  /** The source stretch of each section (the whole text when it is not a library) with the placeholders of its text, scanned once for masks and checks. */
  replies: ReplyStretch[];
}

export interface ReplyStretch {
  start: number;
  end: number;
  placeholders: PlaceholderScan;
}

const NO_SUBSTITUTIONS = new Substitutions([]);

/** How a file is read for chat turns: its transcript's turns by the speakers' role words (none read without them). */
export interface ChatReading {
  speakers: ChatSpeakerMatcher | undefined;
  /**
   * The kind named for the file: `chat` reads a transcript, else a list of chat lines; `unnamed` reads a transcript
   * when it is one (a chat then); `other` masks a transcript's speaker prefixes, events and customer turns (never the
   * writer's words) and reads the rest as a reply of that kind.
   */
  named: 'chat' | 'unnamed' | 'other';
}

/** The chat reading of a file whose kind is `kind` (undefined: no one named it). */
export function chatReadingOf(kind: ReplyKind | undefined, speakers: ChatSpeakerMatcher | undefined): ChatReading {
  return { speakers, named: kind === undefined ? 'unnamed' : kind === 'chat' ? 'chat' : 'other' };
}

/**
 * Reads a text of one format: markup and code first, then references as
 * characters, then placeholders, URLs and quotes in the decoded words. With
 * `sectionLevel`, a Markdown library's replies have their placeholders each
 * their own, as each is checked on its own. With `chat`, a file that is no
 * library is read as a transcript of turns or a list of chat lines when it is one.
 * `quoted`: the quotation pattern with the elided words of footers.yaml (prose-mask.ts quotationPattern).
 */
export function maskProse(
  text: string,
  format: 'markdown' | 'plaintext' | 'html',
  sectionLevel?: number,
  chat?: ChatReading,
  quoted?: RegExp,
  dialect?: string,
): ProseView {
  const mask = new ProseMask(text);
  let structure: MarkdownStructure | undefined;
  // Code shows template syntax as it is written (`{{first_name}}`, `{% if %}`), and what a browser never shows (an
  // HTML comment, Outlook's `<!--[if mso]>`, a `<style>` with `[data-ogsc]` selectors) holds none: no placeholder of the reply's.
  let unscanned: Span[] = [];
  // A library's sections are read as transcripts again below: what its lines say is kept for them.
  const readings: LineReadings | undefined = format === 'markdown' && sectionLevel !== undefined ? new Map() : undefined;
  const found = chat?.speakers && format !== 'html' ? chatTranscript(text, chat.speakers, 0, text.length, readings) : undefined;
  // A transcript's turn lines ("**Agent:** …") are no metadata lines at a reply's top.
  const turns = chat?.named === 'other' ? undefined : found;
  if (format === 'markdown') ({ structure, unscanned } = maskMarkdown(mask, text, turns === undefined));
  else if (format === 'html') {
    maskHtmlStructure(mask, text, 0, isAngleSlot, unscanned);
    maskQuoteLinesOutsideTags(mask, text);
  } else {
    mask.addMatches(QUOTE_LINE, 'break');
    // A directive in a comment the placeholder scan reads as text (Jinja's {# #}, Smarty's {* *}) is nobody's words.
    const { directives, settings } = findDirectives(text);
    for (const { start, end } of [...directives, ...settings]) mask.add(start, end, 'blank');
  }
  const sections = structure && sectionLevel !== undefined ? librarySections(structure, text, sectionLevel) : undefined;
  // The speaker prefixes and the customer's turns are no prose; each masked span ends a sentence, as a quote does.
  const transcript = sections ? undefined : turns;
  for (const span of transcript?.masked ?? []) mask.add(span.start, span.end, 'break');
  // In a file named another kind, the customer's turns are still the customer's words (no rule judges or fixes them),
  // and "Agent:" is no word of the agent's: their turn's words are read from its first word ("Hi Sam," greets).
  const turnMarks = !sections && chat?.named === 'other' ? found?.turnMarks : undefined;
  for (const span of turnMarks ?? []) mask.add(span.start, span.end, 'break');
  // A library of transcripts (one per section): each section is read as its own transcript, whatever the whole file
  // reads as (four names across two sections tell no two speakers apart).
  if (sections && chat?.speakers && format !== 'html') {
    for (const section of sections) {
      const own = chatTranscript(text, chat.speakers, section.start, section.end, readings);
      const spans = chat.named === 'other' ? own?.turnMarks : own?.masked;
      for (const span of spans ?? []) mask.add(span.start, span.end, 'break');
      if (own && chat.named !== 'other') section.transcript = true;
    }
  }
  const chatLines = chat?.named === 'chat' && !sections && !transcript && format !== 'html' ? chatListLines(text, format) : undefined;
  const stretches = sections ?? chatLines ?? [{ start: 0, end: text.length }];
  const replies = (placeholders: PlaceholderScan[]) => stretches.map(({ start, end }, index) => ({ start, end, placeholders: placeholders[index]! }));
  const shown = format === 'html' ? shownBreaks(text, unscanned) : format === 'plaintext' ? strayClosingTags(text) : [];
  if (format === 'plaintext' || !text.includes('&')) {
    const placeholders = maskPlaceholdersAndCommon(mask, text, format, stretches, unscanned, quoted, shown, dialect);
    const prose = mask.build();
    return withoutGuidance(
      { text, prose, substitutions: NO_SUBSTITUTIONS, structure, sections, chatLines, transcript: transcript !== undefined, replies: replies(placeholders) },
      stretches,
    );
  }
  const masked = mask.build();
  const substitutions = new Substitutions(characterReferences(text, masked, format));
  const decoded = substitutions.list.length > 0 ? substitute(text, masked, substitutions.list) : { text, prose: masked };
  const wordMask = new ProseMask(decoded.text, decoded.prose);
  const decodedStretches = stretches.map(({ start, end }) => ({ start: substitutions.substitutedOffset(start), end: substitutions.substitutedOffset(end) }));
  const decodedUnscanned = unscanned.map(({ start, end }) => ({ start: substitutions.substitutedOffset(start), end: substitutions.substitutedOffset(end) }));
  const decodedShown = shown.map((span) => ({ ...span, start: substitutions.substitutedOffset(span.start), end: substitutions.substitutedOffset(span.end) }));
  const placeholders = maskPlaceholdersAndCommon(wordMask, decoded.text, format, decodedStretches, decodedUnscanned, quoted, decodedShown, dialect);
  const view = {
    text: decoded.text,
    prose: wordMask.build(),
    substitutions,
    structure,
    sections,
    chatLines,
    transcript: transcript !== undefined,
    replies: replies(placeholders),
  };
  return withoutGuidance(view, decodedStretches);
}

/**
 * A `>` quote line in HTML (a plain-text reply quoted into a mail template kept as text) is the customer's words
 * all the same; a `>` that ends a tag written over two lines (`<a href="…"\n>`) is markup, masked already.
 */
function maskQuoteLinesOutsideTags(mask: ProseMask, text: string): void {
  eachMatch(QUOTE_LINE, text, (match) => {
    if (text.lastIndexOf('<', match.index) <= text.lastIndexOf('>', match.index - 1)) mask.add(match.index, match.index + match[0].length, 'break');
  });
}

/** A list item's marker at a line's start: a bullet or a number ("1." is no sentence's end). */
const LIST_MARKER = /^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+/;
/**
 * A labelled line: a label of one to four words before a colon ("**Customs processing:**", "**Initial Response**:
 * Within 4 hours", "Sender : Helpdesk"); a sentence with a colon in it ("The returns desk is busy right now: pick
 * another desk") is a plain line.
 */
const LABELLED_LINE = /^[ \t]*(?:\*\*|__)?[\p{L}\p{N}][^\s:.!?,*_]*(?:[ \t]+[^\s:.!?,*_]+){0,3}(?:\*\*|__)?[ \t]*:/u;
/** A sentence's end: a word, number or placeholder, then `.`, `!`, `?` or `…`, then a space, a closing mark or the line's end. */
const SENTENCE_END = /[\p{L}\p{N})\]"'’”*_][.!?…]+(?=[\s)\]"'’”*_]|$)/u;

/**
 * Whether the prose of [start, end) is guidance for the agent, not a reply: it has words, every line of them is a
 * list item or a labelled line, and none ends a sentence. A support-copy guide's "Tone guidelines" (`- **Calm**:
 * keep composure`), its lists of what the team can and cannot do, its lists of phrases to paste ("**Customs:**"
 * over a quoted sentence, masked as a quote) and an SLA table written as a list are such sections; a reply has a
 * sentence, and a chat line without a full stop ("One moment please") is a plain line, not a list or a label.
 */
export function isGuidance(prose: string, start = 0, end = prose.length): boolean {
  let words = false;
  for (let lineStart = start; lineStart < end;) {
    const lineEnd = lineEndAt(prose, lineStart, end);
    const line = prose.slice(lineStart, lineEnd);
    lineStart = lineEnd + 1;
    if (!holdsNonSpace(line, 0, line.length)) continue;
    words = true;
    const marker = LIST_MARKER.exec(line);
    if (!marker && !LABELLED_LINE.test(line)) return false;
    if (SENTENCE_END.test(marker ? line.slice(marker[0].length) : line)) return false;
  }
  return words;
}

/** A library's view without the sections that are guidance for the agent (isGuidance); `stretches`: the sections in the view's text. */
function withoutGuidance(view: ProseView, stretches: readonly Span[]): ProseView {
  const { sections } = view;
  if (!sections) return view;
  const keep = stretches.map(({ start, end }) => !isGuidance(view.prose, start, end));
  if (keep.every(Boolean)) return view;
  return { ...view, sections: sections.filter((_, index) => keep[index]), replies: view.replies.filter((_, index) => keep[index]) };
}

/** A line break an e-mail reader shows as text: "< br />" (a space after "<" makes it no tag), "&lt;br /&gt;" (escaped). */
const SHOWN_BREAK = /<[ \t]+br[ \t]*\/?[ \t]*>|&lt;[ \t]*br[ \t]*\/?[ \t]*&gt;/gi;

/**
 * The line breaks of an HTML text shown as text (SHOWN_BREAK), as written, a run of them with only spaces between as one
 * ("< br /> < br />": one slip, one finding); none inside code, which shows markup as written on purpose, nor in what is never shown.
 */
function shownBreaks(text: string, unscanned: readonly Span[]): (Span & { written: string })[] {
  const found: (Span & { written: string })[] = [];
  for (const match of text.matchAll(SHOWN_BREAK)) {
    const start = match.index;
    if (unscanned.some((span) => span.start <= start && start < span.end)) continue;
    const end = start + match[0].length;
    if (namesTheTag(text, start, end)) continue;
    const last = found.at(-1);
    if (last && /^[ \t]*$/.test(text.slice(last.end, start))) Object.assign(last, { end, written: text.slice(last.start, end) });
    else found.push({ start, end, written: match[0] });
  }
  return found;
}

/** An HTML opening or closing tag's name: `<mj-text`, `</mj-text>`. */
const TAG_NAME = /<(\/?)([A-Za-z][\w:-]*)(?:[ \t]*>|(?=[\s/>]))/g;

/**
 * The closing tags of a plain-text e-mail that close nothing it opened: markup left over from its HTML twin
 * (`…using this API key.</mj-text>`, trial 27), which the reader gets as text. A tag named in a sentence is none.
 */
function strayClosingTags(text: string): (Span & { written: string; id: string })[] {
  if (!text.includes('</')) return [];
  const found: (Span & { written: string; id: string })[] = [];
  const opened = new Set<string>();
  for (const match of text.matchAll(TAG_NAME)) {
    const name = match[2]!.toLowerCase();
    if (match[1] === '') opened.add(name);
    else if (match[0].endsWith('>') && !opened.has(name)) {
      const start = match.index;
      const end = start + match[0].length;
      if (!namesTheTag(text, start, end)) found.push({ start, end, written: match[0], id: 'placeholder.strayClosingTag' });
    }
  }
  return found;
}

/** Quotation marks and brackets: a tag written inside them is shown on purpose ("add the tag “&lt;br /&gt;”"). */
const QUOTE_OR_BRACKET = /["'`\u2018\u2019\u201a\u201c\u201d\u201e\u00ab\u00bb()[\]]/;

/**
 * Whether a shown tag is named in a sentence rather than left over from a template (reviewer-20 #17): inside quotation
 * marks or brackets, or set off by spaces between two words ("type &lt;br /&gt; where the line should break"). A
 * template's slip is glued to its text or stands after a sentence or a tag ("…tilin.</strong>< br / >").
 */
export function namesTheTag(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  if (QUOTE_OR_BRACKET.test(before) || QUOTE_OR_BRACKET.test(after)) return true;
  if (!/[ \t]/.test(before) || !/[ \t]/.test(after)) return false;
  const wordBefore = /[\p{L}\p{N}][ \t]+$/u.test(text.slice(Math.max(0, start - 40), start));
  const wordAfter = /^[ \t]+[\p{L}\p{N}]/u.test(text.slice(end, end + 40));
  return wordBefore && wordAfter;
}

/**
 * A link's path after a value: two segments ("/u/reset"), a query or a fragment, or one segment no glued word writes
 * ("/asap-form", "/help.html", "/2024"): "{{order_id}}/asap" keeps its word.
 */
const LINK_PATH = /^(?:[?#]|\/[^/]*\/|\/[^/]*[-_.=%\p{N}])/u;

/**
 * Masks the placeholders of each stretch of `text` (scanned on its own) and the shared non-prose (URLs, e-mail, quotes); returns the scans.
 * `unscanned`: code and unshown markup, whose template syntax is none of the reply's. `shown`: markup an HTML text shows as
 * text ("< br />"), each a problem of the stretch it is in, and a break in the prose.
 */
function maskPlaceholdersAndCommon(
  mask: ProseMask,
  text: string,
  format: ReplyUnit['maskFormat'],
  stretches: readonly Span[],
  unscanned: readonly Span[] = [],
  quoted?: RegExp,
  shown: readonly (Span & { written: string; id?: string })[] = [],
  dialect?: string,
): PlaceholderScan[] {
  // A Magento e-mail template's prose is the strings of its {{trans}} directives, nothing else.
  const magento = format === 'html' && isMagentoTemplate(text);
  // A dialect the config or a comment names reads its syntax in any text; detected, only in a text that shows it.
  const mediawiki = dialect === 'mediawiki' || isMediaWikiMessage(text);
  const smarty = dialect === 'smarty' || isSmartyTemplate(text);
  const koha = dialect === 'koha' || isKohaNotice(text);
  const velocity = dialect === 'velocity';
  let quoteText: string | undefined;
  const scans = stretches.map(({ start, end }) => {
    const scanned = withoutSpans(start === 0 && end === text.length ? text : text.slice(start, end), start, unscanned);
    const scan = scanPlaceholders(scanned, { magento, mediawiki, smarty, koha, velocity });
    if (magento) quoteText = maskOutsideTrans(mask, text, scan.placeholders);
    // A reader gets one branch: the tag between two branches of sentences ends the sentence before it.
    const splits = sentenceSplits(scanned, scan.placeholders, templateBlocks(scanned, scan.placeholders));
    let commentStart: number | undefined;
    for (const [index, placeholder] of scan.placeholders.entries()) {
      if (placeholder.tagName === 'comment') commentStart = placeholder.start;
      if (placeholder.tagName === 'endcomment' && commentStart !== undefined) {
        mask.add(start + commentStart, start + placeholder.end);
        commentStart = undefined;
      }
      // Tags like {% if %} are control flow, not words; a value or a fill-in reads as a word.
      mask.add(start + placeholder.start, start + placeholder.end, placeholder.kind !== 'tag' ? 'word' : splits.has(index) ? 'break' : 'blank');
      // "%{base_url}/u/activate/%{token}": the path of a link built on a value is no prose (the link reads as one word).
      // One "/word" after a value may be the writer's ("{{order_id}}/asap"): two segments, a query or a fragment are a link's.
      if (placeholder.kind === 'output') {
        const pathEnd = linkPathEnd(scanned, placeholder.end);
        if (LINK_PATH.test(scanned.slice(placeholder.end, pathEnd))) mask.add(start + placeholder.end, start + pathEnd);
      }
    }
    // An opener never closed ("Hi {{first_name,") still holds a variable: it reads as one word, not as the prose
    // "first name" (placeholder/malformed reports the braces, once).
    for (const problem of scan.problems) {
      if (problem.missing !== undefined && 'delimiter' in problem.missing) {
        mask.add(start + problem.start, start + identifierEnd(scanned, problem.start + 2), 'word');
      }
    }
    for (const span of shown) {
      if (span.start < start || span.end > end) continue;
      mask.add(span.start, span.end, 'break');
      scan.problems.push({
        start: span.start - start,
        end: span.end - start,
        message: { id: span.id ?? 'placeholder.markupAsText', args: { tag: span.written } },
        standalone: true,
      });
    }
    return scan;
  });
  maskCommonNonProse(mask, quoteText, quoted, () =>
    stretches.flatMap(({ start }, index) =>
      scans[index]!.placeholders.map((placeholder) => ({ start: start + placeholder.start, end: start + placeholder.end })),
    ),
  );
  return scans;
}

/** `piece` (the text from `offset`) with the `spans` (in source order) that meet it as spaces (line breaks kept): the piece itself when none does. */
function withoutSpans(piece: string, offset: number, spans: readonly Span[]): string {
  let first = partitionPoint(spans.length, (index) => spans[index]!.end <= offset);
  if (first === spans.length || spans[first]!.start >= offset + piece.length) return piece;
  const parts: string[] = [];
  let at = 0;
  for (; first < spans.length && spans[first]!.start < offset + piece.length; first++) {
    const from = Math.max(spans[first]!.start - offset, at);
    const to = Math.min(spans[first]!.end - offset, piece.length);
    if (to <= from) continue;
    parts.push(piece.slice(at, from), blankedLike(piece.slice(from, to)));
    at = to;
  }
  parts.push(piece.slice(at));
  return parts.join('');
}

/**
 * Masks all of a Magento template but the strings of its {{trans}}
 * directives (between the two tags the scan makes of each); returns the text
 * with everything else as spaces, where quoted words are looked for (the
 * quotes that delimit a string are no quotation).
 */
function maskOutsideTrans(mask: ProseMask, text: string, placeholders: readonly Placeholder[]): string {
  const pieces: string[] = [];
  let from = 0;
  for (const string of transStrings(text, placeholders)) {
    mask.add(from, string.start);
    pieces.push(blankedLike(text.slice(from, string.start)), text.slice(string.start, string.end));
    from = string.end;
  }
  mask.add(from, text.length);
  pieces.push(blankedLike(text.slice(from)));
  return pieces.join('');
}

/** The strings of a Magento template's {{trans}} directives, [start, end) inside the quotes, and the quote. */
function transStrings(text: string, placeholders: readonly Placeholder[]): { start: number; end: number; quote: string }[] {
  const strings: { start: number; end: number; quote: string }[] = [];
  for (let index = 0; index + 1 < placeholders.length; index++) {
    const opening = placeholders[index]!;
    if (!isTransOpening(opening)) continue;
    let closing = index + 1;
    while (closing < placeholders.length && placeholders[closing]!.kind === 'output' && placeholders[closing]!.syntax === '%') closing++;
    const rest = placeholders[closing];
    if (rest?.tagName !== 'trans' || rest.syntax !== '{{' || isTransOpening(rest)) continue;
    // Between the opening's end (its quote) and the rest's start (the closing quote).
    strings.push({ start: opening.end, end: rest.start, quote: text[opening.end - 1]! });
    index = closing;
  }
  return strings;
}

/** What an edit may not write into a trans string: markup or a reference (a string without |raw is escaped), a directive, a backslash, a new %name. */
const NOT_IN_TRANS = /[<&\\]|\{\{|\}\}|%[A-Za-z_]/;

/**
 * How a fix is written into a Magento template, or undefined for any other
 * HTML: only inside one trans string, never with its quote (a backslash
 * would reach the customer), and a %name placeholder is either kept whole
 * outside the edit or renamed in place (placeholder/unknown-variable's
 * "did you mean"). `shift`: where the unit starts in the text scanned.
 */
function magentoEncoder(text: string, placeholders: readonly Placeholder[], shift: number) {
  if (!placeholders.some(isTransOpening)) return undefined;
  const strings = transStrings(text, placeholders);
  const variables = placeholders.filter((placeholder) => placeholder.syntax === '%');
  return (inserted: string, unitFrom: number, unitTo: number): string | undefined => {
    const from = unitFrom + shift;
    const to = unitTo + shift;
    // Both lists are in source order: the last string that starts at or before the edit, the first variable that ends after it.
    const string = strings[partitionPoint(strings.length, (index) => strings[index]!.start <= from) - 1];
    if (!string || to > string.end) return undefined;
    const next = variables[partitionPoint(variables.length, (index) => variables[index]!.end <= from)];
    const variable = next && next.start < to ? next : undefined;
    if (variable) {
      // Renaming the variable inside %name: a name alone.
      const renames = from > variable.start && to <= variable.end && /^[A-Za-z_]\w*$/.test(inserted);
      if (!renames) return undefined;
      return inserted;
    }
    // The string's own quote would end it.
    if (NOT_IN_TRANS.test(inserted) || inserted.includes(string.quote)) return undefined;
    // Nor may it run into a %name (lengthen the name before it, or make one of the letters after it).
    const previous = variables[partitionPoint(variables.length, (index) => variables[index]!.end < from)];
    if (previous?.end === from && /^\w/.test(inserted)) return undefined;
    if (inserted.endsWith('%') && /^[A-Za-z_]/.test(text.slice(to, to + 1))) return undefined;
    return inserted;
  };
}

/** Spaces for every character but line breaks. */
const blankedLike = (text: string) => text.replace(/[^\r\n]/g, ' ');

/** The heading level that splits a Markdown macro library into replies, unless the config says otherwise. */
export const DEFAULT_SECTION_LEVEL = 2;

export interface LibrarySection {
  start: number;
  end: number;
  title: string;
  /** A chat transcript of its own (a library of transcripts, one per section). */
  transcript?: boolean;
}

/**
 * The replies of a Markdown macro library: one per heading of `level`
 * (two or more make a library), each running to the next heading of that
 * level or above. Sections with no prose block (a table of contents, a
 * metadata table) are not replies. Undefined when the file is one reply.
 */
export function librarySections(structure: MarkdownStructure, text: string, level: number): LibrarySection[] | undefined {
  if (structure.headings.filter((heading) => heading.level === level).length < 2) return undefined;
  const sections = librarySectionsOf(structure, text.length, level);
  // One e-mail written with headings: it greets above its first section, and no section greets on its own.
  const letter =
    sections.length > 0 &&
    opensWithSalutation(text, structure, 0, sections[0]!.start) &&
    !sections.some((section) => opensWithSalutation(text, structure, section.start, section.end));
  return letter ? undefined : sections;
}

/** E-mail header lines above a salutation ("Subject: Service disruption — [Service name]"): at most this many are passed over. */
export const MAX_HEADER_LINES = 3;

/**
 * Whether the first block of words of [start, end) opens with a salutation line: in a Markdown file with
 * `##` sections, one above the first section ("# Refund approved" / "Hi [CUSTOMER_NAME]," / "## Refund
 * details" …) and none opening a section makes the file one e-mail, not a library of replies. The salutation
 * may name the customer with a fill-in slot ("Dear [Customer name / generic salutation],") and come under a
 * few e-mail header lines ("Subject: …", `Key: value` lines with no sentence of their own).
 */
export function opensWithSalutation(text: string, structure: MarkdownStructure, start: number, end: number): boolean {
  const { contentStarts } = structure;
  const at = contentStarts[partitionPoint(contentStarts.length, (index) => contentStarts[index]! < start)];
  if (at === undefined || at >= end) return false;
  let lineStart = at;
  let lineEnd = lineEndAt(text, lineStart, end);
  for (let headers = 0; headers < MAX_HEADER_LINES && isHeaderLine(text.slice(lineStart, lineEnd)); headers++) {
    // The next line with words, within the section.
    do {
      lineStart = lineEnd + 1;
      if (lineStart >= end) return false;
      lineEnd = lineEndAt(text, lineStart, end);
    } while (!/\S/.test(text.slice(lineStart, lineEnd)));
  }
  if (!isSalutationLine(text.slice(lineStart, lineEnd), SHORT_SALUTATION)) return false;
  // A paragraph's first line that wraps on lower-case ("Paste these paragraphs as they are,\nwith no greeting") is no salutation.
  return lineEnd >= end || !LOWER_START().test(text.slice(lineEnd + 1, lineEndAt(text, lineEnd + 1, end)));
}

/** An e-mail header line: a `Key: value` metadata line whose value is no sentence and no salutation. */
export function isHeaderLine(line: string): boolean {
  // METADATA_LINE needs a colon, and most lines have none: a quick test before its scan.
  if (!line.includes(':')) return false;
  const bare = line.replace(/\r$/, '');
  return METADATA_LINE.test(bare) && !SENTENCE_END.test(bare) && !isSalutationLine(bare, ANY_COMMA_LINE);
}

/** The sections under headings of `level`, however many there are. */
export function librarySectionsOf(structure: MarkdownStructure, length: number, level: number): LibrarySection[] {
  const { headings, contentStarts } = structure;
  const sections: LibrarySection[] = [];
  let content = 0;
  headings.forEach((heading, index) => {
    if (heading.level !== level) return;
    let next = index + 1;
    while (next < headings.length && headings[next]!.level > level) next++;
    const end = headings[next]?.start ?? length;
    while (content < contentStarts.length && contentStarts[content]! < heading.start) content++;
    if (content < contentStarts.length && contentStarts[content]! < end) sections.push({ start: heading.start, end, title: heading.title });
  });
  return sections;
}

/** A Markdown list item's marker: a bullet or a number. */
const LIST_ITEM = /^[ \t]{0,3}(?:[-*+]|\d{1,3}[.)])[ \t]+\S/;
/** Markdown that makes a file more than a list of lines: a quote, a fence, a table row, indented code, an HTML block. */
const MARKDOWN_BLOCK_LINE = /^(?:[ \t]{0,3}(?:>|```|~~~|\||<(?!!--))| {4}|\t)/;
/** A line that is no message: a heading (a list's title) or a comment alone ("<!-- replylint kind=chat -->"). */
const NO_MESSAGE_LINE = /^[ \t]{0,3}#{1,6}(?:[ \t]|$)|^[ \t]*(?:<!--.*?-->|\{%-?\s*comment\s*-?%\}.*?\{%-?\s*endcomment\s*-?%\})[ \t]*$/;
/** Template syntax that may run over lines: a block tag ({% if %}, {{#if}}, {{/if}}, {{else}}) or a placeholder left open at a line's end. */
const MULTI_LINE_TEMPLATE = /\{%|\{\{\s*[#^/]|\{\{\s*else\b|\{\{[^}\n]*(?:\n|$)|\{[^{}\n]*\n[^{}]*\}/;
/** A quote line of a plain-text file. */
const TEXT_QUOTE_LINE = /^[ \t]*>/;
/** How a line may end for the next to start lower-case as a message of its own: a sentence end, a colon or an emoji. */
const MESSAGE_END = /(?:[.!?…:;)\]"'”»]|\p{Extended_Pictographic}\uFE0F?)[ \t]*$/u;
/** A line that ends a sentence: a full stop, a question or exclamation mark or an ellipsis, a closing quote or bracket after it. */
const ENDS_SENTENCE = /[.!?…][)\]"'”»]?[ \t]*$/;
const LOWER_START = lazyPattern(String.raw`^[ \t]*(?:[-*+][ \t]+)?\p{Ll}`, 'u');

/**
 * The messages of a chat file that is a list of them, one per line (canned chat
 * lines, a bot's message file, a chat export): every line a bullet, or lines with
 * no blank line between them. A line that starts lower-case under a line that
 * does not end a sentence continues that line's message (a message wrapped over
 * lines, "Our team is handling other conversations / and will respond shortly.").
 * Undefined when the file is not such a list (one line, paragraphs, quotes, code,
 * tables, template blocks over lines): it is then read as one message. A file of
 * one message wrapped over lines is a list of that one message. So is a file of
 * lines that all end a sentence, no bullets, however many: an answer written a
 * sentence a line ("Maria, there's maintenance in your area." over "Estimated
 * restoration time: 6:00 PM."); trial 42 read four such agent answers as two saved
 * lines each, every per-message check run twice, and an answer of three lines was
 * read as three saved lines (a Lithuanian "būsite pasiekiamas" to the man it answers
 * flagged as said to every reader). A list has bullets, a line that ends no sentence
 * (a widget's strings, "Thanks for waiting:"), or messages wrapped over lines.
 */
export function chatListLines(text: string, format: 'markdown' | 'plaintext'): LibrarySection[] | undefined {
  if (MULTI_LINE_TEMPLATE.test(text)) return undefined;
  const lines: LibrarySection[] = [];
  let allItems = true;
  let blankBetween = false;
  let blankSeen = false;
  let wrapped = false;
  let previous: string | undefined;
  let lineNumber = 0;
  for (let start = 0; start <= text.length; lineNumber++) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end).replace(/\r$/, '');
    const lineEnd = start + line.length;
    if (!/\S/.test(line)) {
      if (lines.length > 0) blankSeen = true;
    } else if (!NO_MESSAGE_LINE.test(line)) {
      if (format === 'markdown' ? MARKDOWN_BLOCK_LINE.test(line) : TEXT_QUOTE_LINE.test(line)) return undefined;
      const continues = previous !== undefined && !blankSeen && !LIST_ITEM.test(line) && LOWER_START().test(line) && !MESSAGE_END.test(previous);
      if (blankSeen) blankBetween = true;
      if (!LIST_ITEM.test(line) && !continues) allItems = false;
      if (!allItems && blankBetween) return undefined;
      if (continues) {
        // The message wrapped: this line is the rest of the one above.
        lines[lines.length - 1]!.end = lineEnd;
        wrapped = true;
      } else lines.push({ start, end: lineEnd, title: String(lineNumber + 1) });
      previous = line;
      blankSeen = false;
    } else previous = undefined;
    if (newline < 0) break;
    start = newline + 1;
  }
  if (!wrapped && !allItems && lines.every((line) => ENDS_SENTENCE.test(text.slice(line.start, line.end)))) return undefined;
  return lines.length >= 2 || wrapped ? lines : undefined;
}

export interface SplitOptions {
  languageId?: string;
  exportFields?: ExportFields;
  /** Heading level of a Markdown library's replies (`sections:` in the config); 2 when absent. */
  sectionLevel?: number;
  /** The configured kind of the file's replies: a chat file that lists messages one per line is read line by line. */
  kind?: ReplyKind;
  /** Footer openings (rules/structure/footers.yaml); no footers are found without them. */
  footers?: FooterMatcher;
  /** The source's language and kind comments, when the caller has found them already. */
  settings?: SettingDirective[];
  /** The dialect the config or a `dialect=` comment names (scanDialectOf), whose syntax is read in any text: mediawiki, smarty, koha, velocity. */
  dialect?: string;
  /** Whether a pack has rules for a language: a gettext catalog in another language is not read. */
  hasRules?: (language: string) => boolean;
}

/** The first language and kind comments among `settings` from index `from`, before `end`; an unknown kind is no kind. */
function settingsOf(settings: SettingDirective[], from: number, end: number): UnitSettings {
  const found: UnitSettings = { language: undefined, kind: undefined };
  for (let index = from; index < settings.length && settings[index]!.start < end; index++) {
    const { key, value } = settings[index]!;
    if (key === 'language') found.language ??= normalizeLanguage(value);
    else if (key === 'kind' && (REPLY_KINDS as readonly string[]).includes(value)) found.kind ??= value as ReplyKind;
  }
  return found;
}

/**
 * The reply units of a file. JSON and YAML files that are not macro exports
 * have none: a package.json or a pack file is not a reply.
 */
export function splitReplyUnits(source: string, fileName: string, options: SplitOptions = {}): ReplyUnit[] {
  const list = replyUnitList(source, fileName, options);
  return Array.from({ length: list.length }, (_, index) => list.at(index));
}

/**
 * A file's reply units, a Markdown library's each made when asked: a lint
 * that keeps nothing (the command line) holds one reply of 24,000 at a time.
 */
export interface ReplyUnitList {
  readonly length: number;
  /** Reply `index`, made anew at each call for a library. */
  at(index: number): ReplyUnit;
  /** Its placeholders, source end and own kind (ReplyUnit.kind), without making it. */
  placeholdersAt(index: number): readonly Placeholder[];
  sourceEndAt(index: number): number;
  kindAt(index: number): ReplyKind | undefined;
  /** The source's lines when reading it counted them already (a Markdown file): the linter's LineIndex, not built twice. */
  readonly lines?: LineIndex;
  /** A YAML export's bodies written as an alias, found as its replies were read (LintResult.aliasedBodies). */
  readonly aliases?: readonly AliasedBody[];
}

/** The list of units made already. */
export function unitListOf(units: readonly ReplyUnit[]): ReplyUnitList {
  return {
    length: units.length,
    at: (index) => units[index]!,
    placeholdersAt: (index) => units[index]!.placeholders,
    sourceEndAt: (index) => units[index]!.sourceEnd,
    kindAt: (index) => units[index]!.kind,
  };
}

/**
 * A table of strings: Magento's i18n/*.csv ("source","translation" rows of a
 * shop's UI strings), any .csv or .tsv; an app's strings keyed by name: a
 * Flutter .arb, a Java .properties, a Fluent .ftl (isFluent). Its entries are
 * labels and messages of an app, and nothing in its shape tells a message to
 * a customer from a button's label: read as one plain text it would be one
 * long "reply" of keys, quotes and commas. No unit, whether named on the
 * command line or opened in the editor (which opens a .csv, an .arb as plain text).
 */
const TABLE_FILE = /\.(?:csv|tsv|arb|properties)$/i;
const FLUENT_FILE = /\.ftl$/i;

/**
 * A Fluent file: a message or term (`order-late = …`, `-brand = …`) on some line, and every line one, an indented
 * continuation, a comment or blank. A FreeMarker template, `.ftl` too, is text (`Dear ${name},`, `<#if x>`) and is read.
 */
const FLUENT_ENTRY = /^-?[A-Za-z][\w-]*[ \t]*=/;
function isFluent(source: string): boolean {
  const lines = source.split(/\r?\n/);
  return lines.some((line) => FLUENT_ENTRY.test(line)) && lines.every((line) => line === '' || /^[#\s]/.test(line) || FLUENT_ENTRY.test(line));
}

/** Whether a file is a table of strings (above): by its name, and a .ftl by its lines. */
function isStringTable(source: string, fileName: string, languageId: string | undefined): boolean {
  return TABLE_FILE.test(fileName) || languageId === 'csv' || languageId === 'tsv' || (FLUENT_FILE.test(fileName) && isFluent(source));
}

/** What a file of an app's strings is, for the note on one named on the command line (stringTableNote). */
const STRING_TABLES: Record<string, string> = { arb: 'a Flutter .arb file', ftl: 'a Fluent .ftl file', properties: 'a .properties file' };

/**
 * Why a locale file of an app's strings named on the command line gave no reply (an .arb, a .properties, a Fluent
 * .ftl), undefined for any other file: said, not skipped in silence (issue 12).
 */
export function stringTableNote(source: string, fileName: string): string | undefined {
  const what = STRING_TABLES[/\.(\w+)$/.exec(fileName)?.[1]?.toLowerCase() ?? ''];
  if (what === undefined || !isStringTable(source, fileName, undefined)) return undefined;
  return `Not checked: ${what} holds an app's strings keyed by name (labels, errors, screens), and nothing in its shape tells a message sent to a customer from a button's label. Replylint reads an app's messages from a gettext .po catalog (docs/reading.md).`;
}

/** The file's name without its folders: the title of a reply that is the whole file. */
function fileTitleOf(fileName: string): string {
  return fileName.split(/[\\/]/).pop() ?? fileName;
}

export function replyUnitList(source: string, fileName: string, options: SplitOptions = {}): ReplyUnitList {
  if (isStringTable(source, fileName, options.languageId)) return unitListOf([]);
  const format = formatOf(fileName, options.languageId);
  if (format === 'xml') {
    // Only TwiML's spoken prompts and an Odoo module's mail templates are prose in an XML file; a kind in the config wins
    // over a prompt's auto-reply, as for a bot's answers.
    const root = xmlRootIn(source, true);
    if (root === 'odoo' || root === 'openerp')
      return unitListOf(odooTemplateBodies(source, fileTitleOf(fileName)).map((body) => exportUnit(body, 'xml-field', options.footers, options.dialect)));
    const says = root === 'Response' ? twimlSays(source, fileTitleOf(fileName)) : [];
    return unitListOf(says.map((body) => exportUnit({ ...body, kind: options.kind ?? body.kind }, 'spoken-prompt', options.footers, options.dialect)));
  }
  if (format === 'catalog') {
    // A catalog in a language no pack has rules for is not read with another's rules; a kind in the config wins over snippet.
    const { language, messages } = readCatalog(source, fileName, fileTitleOf(fileName));
    if (language !== undefined && options.hasRules && !options.hasRules(language)) return unitListOf([]);
    const kind = options.kind ?? 'snippet';
    return unitListOf(messages.map((body) => exportUnit({ ...body, language, kind }, 'catalog-message', options.footers, options.dialect)));
  }
  if (format === 'json' || format === 'yaml') {
    const fields = options.exportFields ?? DEFAULT_EXPORT_FIELDS;
    // A bot's answer is chat unless the config says how the team reads its bot (`kind: auto-reply`); what another
    // export says its body is (a Zammad text module is a snippet) wins over the config.
    const kindOf = (body: ExportBody) => (body.origin === 'bot-answer' && options.kind ? { ...body, kind: options.kind } : body);
    const unitOf = (body: ExportBody) => exportUnit(kindOf(body), format === 'json' ? 'json-string' : 'yaml-scalar', options.footers, options.dialect);
    // An export's bodies each become a reply as they are decoded.
    const aliases: AliasedBody[] = [];
    const units = format === 'json' ? eachJsonExportBody(source, fields, unitOf) : eachYamlExportBody(source, fields, unitOf, aliases);
    const list = unitListOf(units ?? []);
    return aliases.length > 0 ? { ...list, aliases } : list;
  }
  const settings = options.settings ?? findDirectives(source).settings;
  const fileSettings = settingsOf(settings, 0, source.length);
  const namedKind = fileSettings.kind ?? options.kind;
  const chat = format !== 'html' ? chatReadingOf(namedKind, options.footers?.speakers) : undefined;
  // A transcript no one named the kind of is a chat: the customer's turns are theirs, not prose to judge or fix (R16).
  const transcriptKind = namedKind === undefined ? 'chat' : undefined;
  // A shop's mail template kept as text (`.txt`, `.tpl`, `.php`) is HTML all the same: its paragraphs, line breaks and
  // cells end sentences, as a browser shows them (the thirteenth trial counted two paragraphs as one long sentence).
  const read = format === 'plaintext' && namedKind !== 'chat' && laidOutInHtml(source) ? 'html' : format;
  const view = maskProse(source, read, options.sectionLevel ?? DEFAULT_SECTION_LEVEL, chat, options.footers?.quoted, options.dialect);
  // The comments from the first one at or after `start` (they are in source order).
  const settingsAt = (start: number, end: number): UnitSettings =>
    settingsOf(
      settings,
      partitionPoint(settings.length, (index) => settings[index]!.start < start),
      end,
    );
  const fileTitle = fileTitleOf(fileName);

  const { sections } = view;
  if (sections) {
    // A reply's own kind comment, else what its structure shows (a notification read from a metadata value).
    const sectionSettings = (index: number): UnitSettings => {
      const { start, end } = sections[index]!;
      const own = settingsAt(start, end);
      const kind = own.kind ?? (sections[index]!.transcript ? transcriptKind : structuralKind(view.structure, start, end));
      return { language: own.language, kind };
    };
    return {
      length: sections.length,
      lines: view.structure?.lines,
      at: (index) => sectionUnit(sections[index]!.title, view, index, sectionSettings(index), options.footers),
      placeholdersAt: (index) => view.replies[index]!.placeholders.placeholders,
      sourceEndAt: (index) => view.replies[index]!.end,
      kindAt: (index) => sectionSettings(index).kind,
    };
  }
  const { chatLines } = view;
  if (chatLines) {
    // Each line is a message; the file's comments (kind=chat, language=lt) speak for all of them.
    const fields = { maskFormat: read, origin: 'chat-line', ...fileSettings } as const;
    return {
      length: chatLines.length,
      // One message wrapped over lines is the file's one message: titled as a file of one line is.
      at: (index) =>
        stretchUnit(chatLines.length === 1 ? fileTitle : `${fileTitle}:${chatLines[index]!.title}`, view, view.replies[index]!, fields, options.footers),
      placeholdersAt: (index) => view.replies[index]!.placeholders.placeholders,
      sourceEndAt: (index) => view.replies[index]!.end,
      kindAt: () => fileSettings.kind,
      lines: view.structure?.lines,
    };
  }
  // A transcript is one reply: the agent's turns, of which the first opens the chat.
  const origin = view.transcript ? 'chat-transcript' : 'file';
  const fields = {
    maskFormat: read,
    origin,
    ...fileSettings,
    kind: fileSettings.kind ?? (view.transcript ? transcriptKind : structuralKind(view.structure, 0, source.length)),
  } as const;
  return { ...unitListOf([stretchUnit(fileTitle, view, view.replies[0]!, fields, options.footers)]), lines: view.structure?.lines };
}

/**
 * The kind a reply's Markdown structure gives it, when no comment names one: a reply whose message is read from a
 * metadata value (an in-app note of `**Title:** …` and `**Body:** one sentence.`, markdown-structure's
 * labelMessages) is a short notification shown in an app, checked as a snippet (no greeting or sign-off asked),
 * whatever kind the file's replies are configured as.
 */
export function structuralKind(structure: MarkdownStructure | undefined, start: number, end: number): ReplyKind | undefined {
  if (!structure || structure.labelMessages.length === 0) return undefined;
  const { contentStarts, labelMessages } = structure;
  // Both lists are in source order; every block of words in [start, end) must be such a message.
  let content = partitionPoint(contentStarts.length, (index) => contentStarts[index]! < start);
  let message = partitionPoint(labelMessages.length, (index) => labelMessages[index]! < start);
  if (content >= contentStarts.length || contentStarts[content]! >= end) return undefined;
  for (; content < contentStarts.length && contentStarts[content]! < end; content++, message++) {
    if (labelMessages[message] !== contentStarts[content]) return undefined;
  }
  return 'snippet';
}

/** Reply `index` of a Markdown library read as `view` (the whole text when `view` has no sections). */
export function sectionUnit(title: string, view: ProseView, index: number, settings: UnitSettings, footers: FooterMatcher | undefined): ReplyUnit {
  const origin = view.sections?.[index]?.transcript ? 'chat-transcript' : 'section';
  return stretchUnit(title, view, view.replies[index]!, { maskFormat: 'markdown', origin, ...settings }, footers);
}

/** The unit of source [start, end) of a file read as `view`: a slice, or decoded with its offsets when references lie in it. */
function stretchUnit(
  title: string,
  view: ProseView,
  { start, end, placeholders }: ReplyStretch,
  fields: { maskFormat: ReplyUnit['maskFormat']; origin: 'section' | 'file' | 'chat-line' | 'chat-transcript' } & UnitSettings,
  footers: FooterMatcher | undefined,
): ReplyUnit {
  const { substitutions } = view;
  const from = substitutions.substitutedOffset(start);
  const to = substitutions.substitutedOffset(end);
  const whole = from === 0 && to === view.text.length;
  const text = whole ? view.text : view.text.slice(from, to);
  const prose = withoutFooter(text, whole ? view.prose : view.prose.slice(from, to), footers);
  const offsets = substitutions.offsetsOf(start, end);
  const written =
    fields.maskFormat !== 'html'
      ? (inserted: string) => inserted
      : (magentoEncoder(view.text, placeholders.placeholders, whole ? 0 : from) ?? (offsets ? referenceMirroringEncoder(text, offsets) : encodeHtmlText));
  const calls = translationCalls(placeholders.placeholders, view.text.length);
  const shift = whole ? 0 : from;
  const encode =
    calls.length === 0
      ? written
      : (inserted: string, unitFrom: number, unitTo: number) =>
          touchesAny(calls, unitFrom + shift, unitTo + shift) ? undefined : written(inserted, unitFrom, unitTo);
  if (!offsets) return sliceUnit(title, text, prose, placeholders, start, fields, encode);
  return bodyUnit(title, { text, offsets }, prose, placeholders, fields, encode);
}

/** A template's translation calls, by their opening tag's name: the tag that closes each (Jinja, Django, Smarty). */
const TRANSLATION_CALLS: Record<string, string> = { trans: 'endtrans', blocktrans: 'endblocktrans', ts: '/ts' };

/**
 * Where a template's translation calls hold their words, from the opening tag's start to the closing tag's end (the
 * text's end when never closed): Jinja's and Django's {% trans %}…{% endtrans %} and {% blocktrans %}…{% endblocktrans %},
 * Smarty's {ts}…{/ts}. The words are the key their translations are looked up by: they are judged, but no fix or
 * suggestion edits them (reviewer-26 #4). A {% trans "…" %} that holds its string is one tag, no prose.
 */
export function translationCalls(placeholders: readonly Placeholder[], length: number): Span[] {
  const calls: Span[] = [];
  let open: { start: number; closing: string } | undefined;
  for (const placeholder of placeholders) {
    if (placeholder.kind !== 'tag' || placeholder.tagName === undefined) continue;
    // Magento's {{trans "…"}} holds its own string, whose words fixes are written into (magento.test.ts): no block.
    if (!open && placeholder.syntax === '{{') continue;
    if (open) {
      if (placeholder.tagName === open.closing) {
        calls.push({ start: open.start, end: placeholder.end });
        open = undefined;
      }
      continue;
    }
    const closing = Object.hasOwn(TRANSLATION_CALLS, placeholder.tagName) ? TRANSLATION_CALLS[placeholder.tagName] : undefined;
    if (closing && !/^\w+\s+["']/.test(placeholder.body)) open = { start: placeholder.start, closing };
  }
  if (open) calls.push({ start: open.start, end: length });
  return calls;
}

/** Whether an edit of [from, to) touches one of `spans` (in order, apart): an insertion at a span's edge stays outside it. */
function touchesAny(spans: readonly Span[], from: number, to: number): boolean {
  const next = spans[partitionPoint(spans.length, (index) => spans[index]!.end <= from)];
  return next !== undefined && (from === to ? next.start < from : next.start < to);
}

/**
 * HTML text, with a ">" put right after one the file writes as a character reference written as "&gt;" too:
 * "&lt;&lt;name&gt;" is closed with "&gt;", not a bare ">" (reviewer 22 #9). `offsets`: each unit character's source offset.
 */
function referenceMirroringEncoder(text: string, offsets: Int32Array) {
  return (inserted: string, from: number): string => {
    const encoded = encodeHtmlText(inserted);
    const afterReference = from > 0 && text[from - 1] === '>' && offsets[from]! - offsets[from - 1]! > 1;
    return afterReference && encoded.startsWith('>') ? `&gt;${encoded.slice(1)}` : encoded;
  };
}

/** A reply decoded from a macro export's body field, masked on its own; an HTML body's references read through too. */
export function exportUnit(
  body: ExportBody,
  origin: 'json-string' | 'yaml-scalar' | 'spoken-prompt' | 'catalog-message' | 'xml-field',
  footers: FooterMatcher | undefined,
  dialect?: string,
): ReplyUnit {
  const raw = body.body;
  const maskFormat = body.isHtml ? 'html' : 'plaintext';
  const view = maskProse(raw.text, maskFormat, undefined, undefined, footers?.quoted, dialect);
  const prose = withoutFooter(view.text, view.prose, footers);
  const own = settingsOf(findDirectives(raw.text).settings, 0, raw.text.length);
  // A kind comment in the body wins over what the export says the body is.
  const fields = { maskFormat, origin: body.origin ?? origin, ...own, language: own.language ?? body.language, kind: own.kind ?? body.kind } as const;
  const { placeholders } = view.replies[0]!;
  if (!body.isHtml) return bodyUnit(body.title, raw, prose, placeholders, fields, body.encode);
  // Two layers: a decoded character's reference in the body, and that reference's characters in the file.
  const inner = view.substitutions.offsetsOf(0, raw.text.length);
  const decoded = inner ? { text: view.text, offsets: throughBoth(inner, raw.offsets) } : raw;
  // The closure lives as long as the reply: it keeps the references' offsets as runs, not the body and an offset per character.
  const bodyEncode = body.encode;
  const innerRuns = inner && new OffsetRuns(inner);
  const encode = (text: string, from: number, to: number) =>
    bodyEncode(encodeHtmlText(text), innerRuns ? innerRuns.at(from) : from, innerRuns ? innerRuns.at(to) : to);
  return bodyUnit(body.title, decoded, prose, placeholders, fields, encode);
}

/**
 * Where each character decoded from an HTML body's references sits in the file. A function of its own: an arrow
 * in exportUnit that read the body put it in the scope `encode` closes over, which kept every HTML body's
 * offsets (4 bytes a character) for as long as its reply.
 */
function throughBoth(inner: Int32Array, outer: Int32Array): Int32Array {
  return inner.map((offset) => outer[offset]!);
}

/** The end of the variable name at `from` (letters, digits, `_`, `.`); identifiers never hold '{', so runs do not overlap. */
function identifierEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && /[\w.]/.test(text[end]!)) end++;
  return end;
}
