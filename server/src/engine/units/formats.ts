// Splits a source file into reply units by its format and masks what is not
// prose. Each format adds its own masks to the shared ones.

import { findDirectives } from './directives';
import { DEFAULT_EXPORT_FIELDS, jsonExportBodies, yamlExportBodies, type ExportBody, type ExportFields } from './exports';
import { ProseMask } from './prose-mask';
import { bodyUnit, maskPlaceholdersAndCommon, sliceUnit, type ReplyUnit } from './reply-unit';

export type SourceFormat = 'markdown' | 'plaintext' | 'html' | 'json' | 'yaml';

export function formatOf(fileName: string, languageId?: string): SourceFormat {
  if (languageId === 'markdown' || /\.(md|markdown|mdx)$/i.test(fileName)) return 'markdown';
  if (languageId === 'html' || /\.html?$/i.test(fileName)) return 'html';
  if (languageId === 'json' || /\.json$/i.test(fileName)) return 'json';
  if (languageId === 'yaml' || /\.ya?ml$/i.test(fileName)) return 'yaml';
  return 'plaintext';
}

const BLOCK_TAG = /^<\/?(?:p|div|br|li|ul|ol|h[1-6]|table|tr|td|th|blockquote|section|article|header|footer|hr|pre)\b/i;
const HTML_COMMENT = /<!--[^]*?(?:-->|$)/g;
const HTML_TAG = /<\/?[a-zA-Z][^<>]*>/g;
const QUOTE_LINE = /^[ \t]{0,3}>.*$/gm;

function maskHtmlTags(mask: ProseMask, text: string): void {
  for (const match of text.matchAll(HTML_TAG)) {
    const start = match.index ?? 0;
    mask.add(start, start + match[0].length, BLOCK_TAG.test(match[0]) ? 'break' : 'blank');
  }
}

/** Masks Markdown non-prose and returns the fenced code blocks it found. */
function maskMarkdown(mask: ProseMask, text: string): Span[] {
  const frontMatter = /^---\r?\n[^]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  if (frontMatter) mask.add(0, frontMatter[0].length);
  const fences = fencedCodeBlocks(text);
  for (const fence of fences) mask.add(fence.start, fence.end, 'break');
  mask.addMatches(HTML_COMMENT);
  mask.addMatches(/(`+)[^`]+?\1(?!`)/g);
  mask.addMatches(/^[ \t]{0,3}#{1,6}(?:[ \t].*)?$/gm, 'break');
  mask.addMatches(QUOTE_LINE, 'break');
  mask.addMatches(/!\[[^\]\n]*\]\([^)\n]*\)/g);
  mask.addMatches(/\]\([^)\n]*\)/g);
  mask.addMatches(/^[ \t]{0,3}\[[^\]\n]+\]:.*$/gm);
  maskHtmlTags(mask, text);
  return fences;
}

interface Span {
  start: number;
  end: number;
}

function fencedCodeBlocks(text: string): Span[] {
  const blocks: Span[] = [];
  let open: { start: number; marker: string } | undefined;
  for (const match of text.matchAll(/^[ \t]{0,3}(`{3,}|~{3,}).*$/gm)) {
    const index = match.index ?? 0;
    const marker = match[1]!;
    if (!open) open = { start: index, marker };
    else if (marker[0] === open.marker[0] && marker.length >= open.marker.length) {
      blocks.push({ start: open.start, end: index + match[0].length });
      open = undefined;
    }
  }
  // An unclosed fence runs to the end of the file, as in CommonMark.
  if (open) blocks.push({ start: open.start, end: text.length });
  return blocks;
}

function maskHtml(mask: ProseMask, text: string): void {
  mask.addMatches(/<(script|style|head|title)\b[^]*?<\/\1\s*>/gi);
  mask.addMatches(HTML_COMMENT);
  // <!DOCTYPE html> and other declarations are markup, not prose.
  mask.addMatches(/<![a-zA-Z][^<>]*>/g);
  maskHtmlTags(mask, text);
  mask.addMatches(/&(?:#\d+|#x[0-9a-f]+|[a-z]+);/gi);
}

/** `##` headings outside code; a file with two or more is a macro library. */
function sectionHeadings(text: string, fences: Span[]): { start: number; title: string }[] {
  const headings: { start: number; title: string }[] = [];
  for (const match of text.matchAll(/^[ \t]{0,3}##[ \t]+(.*?)[ \t#]*$/gm)) {
    const start = match.index ?? 0;
    if (fences.some((fence) => fence.start <= start && start < fence.end)) continue;
    headings.push({ start, title: match[1]!.trim() });
  }
  return headings;
}

/** Masks what is not the writer's prose in a text of one format; same length as the text. */
export function maskProse(text: string, format: 'markdown' | 'plaintext' | 'html'): { prose: string; fences: Span[] } {
  const mask = new ProseMask(text);
  let fences: Span[] = [];
  if (format === 'markdown') fences = maskMarkdown(mask, text);
  else if (format === 'html') maskHtml(mask, text);
  else mask.addMatches(QUOTE_LINE, 'break');
  maskPlaceholdersAndCommon(mask, text);
  return { prose: mask.build(), fences };
}

export interface SplitOptions {
  languageId?: string;
  exportFields?: ExportFields;
}

/**
 * The reply units of a file. JSON and YAML files that are not macro exports
 * have none: a package.json or a pack file is not a reply.
 */
export function splitReplyUnits(source: string, fileName: string, options: SplitOptions = {}): ReplyUnit[] {
  const format = formatOf(fileName, options.languageId);
  if (format === 'json' || format === 'yaml') {
    const fields = options.exportFields ?? DEFAULT_EXPORT_FIELDS;
    const bodies = format === 'json' ? jsonExportBodies(source, fields) : yamlExportBodies(source, fields);
    return (bodies ?? []).map((body) => exportUnit(body, format === 'json' ? 'json-string' : 'yaml-scalar'));
  }
  const { prose: masked, fences } = maskProse(source, format);
  const { languages } = findDirectives(source);
  const languageAt = (start: number, end: number) =>
    languages.find((directive) => directive.start >= start && directive.start < end)?.language;
  const fileTitle = fileName.split(/[\\/]/).pop() ?? fileName;

  if (format === 'markdown') {
    const headings = sectionHeadings(source, fences);
    if (headings.length >= 2) {
      return headings.map((heading, index) => {
        const end = headings[index + 1]?.start ?? source.length;
        return sliceUnit(heading.title, source.slice(heading.start, end), masked.slice(heading.start, end), heading.start, {
          maskFormat: format,
          origin: 'section',
          language: languageAt(heading.start, end),
        });
      });
    }
  }
  return [sliceUnit(fileTitle, source, masked, 0, { maskFormat: format, origin: 'file', language: languageAt(0, source.length) })];
}

/** A reply decoded from a macro export's body field, masked on its own. */
export function exportUnit(body: ExportBody, origin: 'json-string' | 'yaml-scalar'): ReplyUnit {
  const text = body.body.text;
  const maskFormat = body.isHtml ? 'html' : 'plaintext';
  const { prose } = maskProse(text, maskFormat);
  return bodyUnit(body.title, body.body, prose, { maskFormat, origin, language: findDirectives(text).languages[0]?.language }, body.encode);
}
