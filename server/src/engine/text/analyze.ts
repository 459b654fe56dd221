// Turns a unit's prose view into sentences and normalised word tokens.
// Sentences come from the retext parsers (English, or Latin-script for other
// languages), run per block: the parsers cost more than linearly on long
// strings, and a reply's blocks (paragraphs, greeting and sign-off lines) are
// sentence boundaries anyway.

import retextEnglish from 'retext-english';
import retextLatin from 'retext-latin';
import { unified } from 'unified';
import type { Placeholder } from '../units/placeholders';

export interface Token {
  start: number;
  end: number;
  /** Lower case, NFKC, typographic apostrophes folded to '. */
  norm: string;
  placeholder: boolean;
  sentence: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Token indexes [firstToken, endToken). */
  firstToken: number;
  endToken: number;
}

export interface ProseAnalysis {
  sentences: Sentence[];
  tokens: Token[];
}

interface NlcstNode {
  type: string;
  children?: NlcstNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const englishParser = unified().use(retextEnglish);
const latinParser = unified().use(retextLatin);

export const WORD = /[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}\p{N}]+)*/gu;

export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  if (/^[a-z0-9']*$/.test(lower)) return lower;
  return lower.normalize('NFKC').replace(/[’ʼ]/g, "'");
}

/**
 * Splits text into blocks at blank lines and at line breaks that end a unit
 * of their own: a line ending a sentence, a short line ending in a comma (a
 * greeting or sign-off: "Hi Sam,", "Best,"), or a list item. Any other line
 * break is a wrap inside a sentence, so phrases match across it.
 */
function blocks(prose: string): { start: number; end: number }[] {
  const result: { start: number; end: number }[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let blockStart = 0;
  let lineStart = 0;
  let match: RegExpExecArray | null;
  while ((match = lineBreak.exec(prose))) {
    const line = prose.slice(lineStart, match.index).trim();
    const next = match.index + match[0].length;
    const nextLine = prose.slice(next, next + 80);
    lineStart = next;
    const endsUnit =
      line === '' ||
      /[.!?:;)]$/.test(line) ||
      (/,$/.test(line) && line.split(/\s+/).length <= 4) ||
      /^\s*(?:$|[-*+•]\s|\d+[.)]\s)/.test(nextLine);
    if (endsUnit) {
      if (match.index > blockStart) result.push({ start: blockStart, end: match.index });
      blockStart = next;
    }
  }
  if (prose.length > blockStart) result.push({ start: blockStart, end: prose.length });
  return result.filter((block) => /\S/.test(prose.slice(block.start, block.end)));
}

function sentenceSpans(prose: string, language: string): { start: number; end: number }[] {
  const parser = language === 'en' ? englishParser : latinParser;
  const spans: { start: number; end: number }[] = [];
  for (const block of blocks(prose)) {
    const tree = parser.parse(prose.slice(block.start, block.end)) as NlcstNode;
    for (const paragraph of tree.children ?? []) {
      for (const node of paragraph.children ?? []) {
        if (node.type !== 'SentenceNode' || !node.position) continue;
        spans.push({
          start: block.start + (node.position.start.offset ?? 0),
          end: block.start + (node.position.end.offset ?? 0),
        });
      }
    }
  }
  return spans;
}

export function analyzeProse(prose: string, placeholders: Placeholder[], language: string): ProseAnalysis {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  let placeholderIndex = 0;
  for (const span of sentenceSpans(prose, language)) {
    const sentence: Sentence = { ...span, firstToken: tokens.length, endToken: tokens.length };
    WORD.lastIndex = span.start;
    let match: RegExpExecArray | null;
    while ((match = WORD.exec(prose)) && match.index < span.end) {
      const start = match.index;
      const end = Math.min(start + match[0].length, span.end);
      while (placeholderIndex < placeholders.length && placeholders[placeholderIndex]!.end <= start) placeholderIndex++;
      const holder = placeholders[placeholderIndex];
      const placeholder = holder !== undefined && holder.start <= start && end <= holder.end;
      tokens.push({
        start,
        end,
        norm: placeholder ? '{placeholder}' : normalizeWord(prose.slice(start, end)),
        placeholder,
        sentence: sentences.length,
      });
    }
    sentence.endToken = tokens.length;
    if (sentence.endToken > sentence.firstToken) sentences.push(sentence);
  }
  return { sentences, tokens };
}
