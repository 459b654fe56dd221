// Re-reads a file after a small edit without splitting and masking the whole
// file again: when the edit stays inside one reply and cannot change how any
// other reply is split or masked, only that reply is rebuilt; the replies
// after it move by the edit's length. Anything else returns undefined and
// the caller splits the file anew, so this is only ever a shortcut.

import { chatTranscript } from './chat-transcript';
import type { Directive, SettingDirective } from './directives';
import { exportUnit, isGuidance, librarySectionsOf, maskProse, opensWithSalutation, sectionUnit } from './formats';
import type { FooterMatcher } from './footers';
import type { ReplyUnit } from './reply-unit';
import { decodeJsonString, encodeJsonString } from './source-map';
import { detached } from '../text/word-memo';
import type { SourceText } from '../text/source-text';
import type { TextChange } from '../text/text-change';
import { partitionPoint } from '../text/partition-point';

/** What an edit may remove or insert: words, spaces and sentence punctuation. */
const PROSE_EDIT = /^[\p{L}\p{M}\p{N} \t\n.,;:!?'’"()-]*$/u;
/**
 * Characters that open or close something spanning lines or replies (code
 * fences and spans, HTML and Liquid comments, `##` headings). None may sit
 * next to an edit, so the edit cannot complete one ("<!-" + "-"), break one,
 * or turn a line into a heading or fence (their markers come within three
 * spaces of the line start). A carriage return may: the edit inserts none,
 * and the line index rescans when one is next to a change (CRLF files).
 */
const STRUCTURAL = /[`~<>{}%#]/;
const NEIGHBOURHOOD = 8;
/** Directives are comments naming replylint: an edit near that word could create one. */
const DIRECTIVE_WORD = 'replylint';

/**
 * A line of only dashes, equals signs, dots or stars: it can close front matter
 * that opened at the top of the file ("---" ... "..."), underline the line above
 * into a heading (a new reply), or break a paragraph, all outside the edited reply.
 */
const MARKER_LINE = /^[ \t]*(?:-+|=+|\.{3}|\*{3,}|_{3,})[ \t]*\r?$/;

/** The whole lines holding [start, end) of a text, read in growing windows around them (never the whole text at once). */
function lineAround(text: SourceText, start: number, end: number): string {
  let lineStart = 0;
  for (let step = 256; ; step *= 4) {
    const from = Math.max(0, start - step);
    const found = text.slice(from, start).lastIndexOf('\n');
    if (found >= 0) lineStart = from + found + 1;
    if (found >= 0 || from === 0) break;
  }
  let lineEnd = text.length;
  for (let step = 256; ; step *= 4) {
    const to = Math.min(text.length, end + step);
    const found = text.slice(end, to).indexOf('\n');
    if (found >= 0) lineEnd = end + found;
    if (found >= 0 || to === text.length) break;
  }
  return text.slice(lineStart, lineEnd);
}

export interface Resplit {
  units: ReplyUnit[];
  /** Index of the rebuilt unit; the ones before it are unchanged, the ones after moved. */
  changed: number;
  /** The rebuilt unit's stretch of the new source, as its own string (see `detached`). */
  region: { text: string; start: number };
}

export interface SplitState {
  /** Read only around an edit on the incremental path. */
  text: string | SourceText;
  units: ReplyUnit[];
  directives: readonly Directive[];
  settings: readonly SettingDirective[];
  /** Heading level of the file's library sections. */
  sectionLevel: number;
  footers: FooterMatcher | undefined;
}

export function resplitAfterEdit(previous: SplitState, after: string | SourceText, change: TextChange): Resplit | undefined {
  const { units } = previous;
  const before = previous.text;
  const removed = before.slice(change.start, change.oldEnd);
  const inserted = after.slice(change.start, change.newEnd);
  if (!PROSE_EDIT.test(removed) || !PROSE_EDIT.test(inserted)) return undefined;
  const wide = (text: SourceText, end: number) => text.slice(Math.max(0, change.start - 2 * DIRECTIVE_WORD.length), end + 2 * DIRECTIVE_WORD.length);
  if (wide(before, change.oldEnd).includes(DIRECTIVE_WORD) || wide(after, change.newEnd).includes(DIRECTIVE_WORD)) return undefined;
  const touches = (item: { start: number; end?: number }) => item.start <= change.oldEnd && change.start <= (item.end ?? item.start);
  if (previous.directives.some(touches) || previous.settings.some(touches)) return undefined;

  const index = unitContaining(units, change);
  if (index === undefined) return undefined;
  const unit = units[index]!;
  const delta = change.newEnd - change.oldEnd;
  const rebuilt =
    unit.origin === 'section'
      ? resplitSection(unit, before, after, change, delta, previous)
      : unit.origin === 'json-string'
        ? resplitJsonString(unit, before, after, change, delta, previous.footers)
        : undefined;
  if (!rebuilt) return undefined;
  return {
    units: units.map((other, at) => (at < index ? other : at === index ? rebuilt.unit : other.moved(delta))),
    changed: index,
    region: rebuilt.region,
  };
}

/** The unit whose source span holds the whole change (binary search: units are in source order). */
function unitContaining(units: ReplyUnit[], change: TextChange): number | undefined {
  const low = Math.max(0, partitionPoint(units.length, (index) => units[index]!.sourceStart <= change.start) - 1);
  const unit = units[low];
  if (!unit || unit.sourceStart > change.start || change.oldEnd > unit.sourceEnd) return undefined;
  return low;
}

/**
 * A library reply: nothing that spans replies may sit next to the edit, the
 * edit must leave the heading line alone and stay off the reply's last line
 * (words there would make the next setext heading's text longer), the reply
 * must have masked the same on its own as within the file (no fence or
 * comment from another reply runs through it), and read on its own after
 * the edit it must still be one reply under the same heading.
 */
function resplitSection(unit: ReplyUnit, before: SourceText, after: SourceText, change: TextChange, delta: number, { sectionLevel, footers }: SplitState) {
  const around = (text: SourceText, end: number) => text.slice(Math.max(0, change.start - NEIGHBOURHOOD), end + NEIGHBOURHOOD);
  if (STRUCTURAL.test(around(before, change.oldEnd)) || STRUCTURAL.test(around(after, change.newEnd))) return undefined;
  const markerLine = (text: SourceText, end: number) =>
    lineAround(text, change.start, end)
      .split('\n')
      .some((line) => MARKER_LINE.test(line));
  if (markerLine(before, change.oldEnd) || markerLine(after, change.newEnd)) return undefined;
  const headingLine = /^[^\n]*/.exec(unit.text)![0];
  if (change.start <= unit.sourceStart + headingLine.length) return undefined;
  const lastLineStart = unit.sourceStart + unit.text.lastIndexOf('\n', unit.text.length - 2) + 1;
  if (change.oldEnd >= lastLineStart && unit.sourceEnd !== before.length) return undefined;
  const settings = { language: unit.language, kind: unit.kind };
  const oldText = before.slice(unit.sourceStart, unit.sourceEnd);
  const oldView = maskProse(oldText, 'markdown', undefined, undefined, footers?.quoted);
  if (sectionUnit(unit.title, oldView, 0, settings, footers).prose !== unit.prose) return undefined;
  const text = detached(after.slice(unit.sourceStart, unit.sourceEnd + delta));
  // A reply that now reads as a chat transcript is read with its turns (a fresh read masks the customer's).
  if (footers?.speakers && chatTranscript(text, footers.speakers)) return undefined;
  const view = maskProse(text, 'markdown', undefined, undefined, footers?.quoted);
  const { structure } = view;
  if (!structure || structure.headings.filter((heading) => heading.level <= sectionLevel).length !== 1) return undefined;
  // A reply read from a metadata value has its kind from that (formats.ts structuralKind), before or after the edit: read anew.
  if (structure.labelMessages.length > 0 || (oldView.structure?.labelMessages.length ?? 0) > 0) return undefined;
  const sections = librarySectionsOf(structure, text.length, sectionLevel);
  if (sections.length !== 1 || sections[0]!.start !== 0 || sections[0]!.title !== unit.title) return undefined;
  // Guidance for the agent is no reply: a fresh read would drop it.
  if (isGuidance(view.prose)) return undefined;
  // Whether a reply opens with a salutation decides whether a file greeting above its sections is one e-mail.
  if (oldView.structure && opensWithSalutation(oldText, oldView.structure, 0, oldText.length) !== opensWithSalutation(text, structure, 0, text.length))
    return undefined;
  return {
    unit: sectionUnit(unit.title, view, 0, settings, footers).moved(unit.sourceStart),
    region: { text, start: unit.sourceStart },
  };
}

/**
 * A JSON string body: the edit adds or removes no quote, backslash or line
 * break and does not start inside an escape, so every escape reads as it
 * did and the literal still ends where it did, moved by the edit. Bodies are
 * masked each on its own, so markup next to the edit concerns only this one.
 */
function resplitJsonString(unit: ReplyUnit, before: SourceText, after: SourceText, change: TextChange, delta: number, footers: FooterMatcher | undefined) {
  // A raw control character (a typed TAB) makes the JSON invalid: the whole file must be read again.
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  if (/["\\\u0000-\u001f]/.test(before.slice(change.start, change.oldEnd) + after.slice(change.start, change.newEnd))) return undefined;
  if (insideEscape(before.slice(unit.sourceStart, change.start), 0, change.start - unit.sourceStart)) return undefined;
  // sourceStart is the literal's first character (after its quote), sourceEnd its closing quote.
  const literalStart = unit.sourceStart - 1;
  const literalEnd = unit.sourceEnd + delta + 1;
  const literal = detached(after.slice(literalStart, literalEnd));
  const decoded = decodeJsonString(literal, 0, literal.length);
  for (let index = 0; index < decoded.offsets.length; index++) decoded.offsets[index]! += literalStart;
  // The edit touches no directive (checked above), so the unit's kind, from a comment or the export, still holds.
  const body = { title: unit.title, body: decoded, isHtml: unit.maskFormat === 'html', kind: unit.kind, encode: encodeJsonString };
  return { unit: exportUnit(body, 'json-string', footers), region: { text: literal, start: literalStart } };
}

/**
 * Whether `offset` falls inside an escape of the JSON literal whose content
 * starts at `contentStart` (right after the backslash of `\n`, or among the
 * digits of `\u00e9`).
 * A run of backslashes pairs up from its start: only an odd one escapes.
 */
function insideEscape(text: string, contentStart: number, offset: number): boolean {
  for (let backslash = offset - 1; backslash >= Math.max(contentStart, offset - 6); backslash--) {
    if (text[backslash] !== '\\') continue;
    let run = 1;
    while (backslash - run >= contentStart && text[backslash - run] === '\\') run++;
    if (run % 2 === 0) return false;
    const length = text[backslash + 1] === 'u' ? 6 : 2;
    return offset < backslash + length;
  }
  return false;
}
