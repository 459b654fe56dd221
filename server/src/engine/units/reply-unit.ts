import { scanPlaceholders, type Placeholder, type PlaceholderProblem } from './placeholders';
import { maskCommonNonProse, type ProseMask } from './prose-mask';
import type { DecodedString } from './source-map';

/**
 * One reply a customer would receive. A file holds one or many. Offsets in
 * `text` and `prose` are unit offsets; `toSource` maps them into the file.
 */
export interface ReplyUnit {
  title: string;
  /** The reply as the customer's help desk stores it (decoded for exports). */
  text: string;
  /** `text` with everything that is not the writer's prose masked; same length. */
  prose: string;
  placeholders: Placeholder[];
  placeholderProblems: PlaceholderProblem[];
  /** Language set by a `replylint language=xx` comment inside the reply. */
  language: string | undefined;
  /** Source offsets of the unit (for scorecards and code lenses). */
  sourceStart: number;
  sourceEnd: number;
  toSource(offset: number): number;
  /** Encodes text for insertion into the source (JSON strings need escapes). */
  encode(text: string): string;
}

/** A unit whose text is a plain slice of the source: Markdown, text, HTML. */
export function sliceUnit(
  title: string,
  source: string,
  maskedSource: string,
  start: number,
  end: number,
  language: string | undefined,
): ReplyUnit {
  const text = source.slice(start, end);
  const scan = scanPlaceholders(text);
  return {
    title,
    text,
    prose: maskedSource.slice(start, end),
    placeholders: scan.placeholders,
    placeholderProblems: scan.problems,
    language,
    sourceStart: start,
    sourceEnd: end,
    toSource: (offset) => start + offset,
    encode: (value) => value,
  };
}

/** A unit decoded from a string in an export: offsets map through escapes. */
export function bodyUnit(
  title: string,
  body: DecodedString,
  prose: string,
  language: string | undefined,
  encode: (text: string) => string,
): ReplyUnit {
  const scan = scanPlaceholders(body.text);
  const offsets = body.offsets;
  return {
    title,
    text: body.text,
    prose,
    placeholders: scan.placeholders,
    placeholderProblems: scan.problems,
    language,
    sourceStart: offsets[0]!,
    sourceEnd: offsets[offsets.length - 1]!,
    toSource: (offset) => offsets[Math.max(0, Math.min(offset, offsets.length - 1))]!,
    encode,
  };
}

/** Masks placeholders and the shared non-prose (URLs, e-mail, quotes). */
export function maskPlaceholdersAndCommon(mask: ProseMask, text: string): void {
  let commentStart: number | undefined;
  for (const placeholder of scanPlaceholders(text).placeholders) {
    if (placeholder.tagName === 'comment') commentStart = placeholder.start;
    if (placeholder.tagName === 'endcomment' && commentStart !== undefined) {
      mask.add(commentStart, placeholder.end);
      commentStart = undefined;
    }
    // Tags like {% if %} are control flow, not words; a variable reads as a word.
    mask.add(placeholder.start, placeholder.end, placeholder.variable ? 'word' : 'blank');
  }
  maskCommonNonProse(mask);
}
