import type { ReplyKind, Span } from '../types';
import type { Placeholder } from '../placeholders/placeholder';
import type { PlaceholderProblem, PlaceholderScan } from '../placeholders/scan';
import { OffsetRuns, type DecodedString } from './source-map';
import { kept } from '../text/word-memo';
import type { MaskedProse } from './footers';

/** Where a unit's text comes from, which decides how an edit inside it can be re-read on its own. */
export type UnitOrigin =
  /** A `##` reply of a Markdown macro library: a slice of the source. */
  | 'section'
  /** The whole file (or the part of it that is one reply): a slice of the source. */
  | 'file'
  /** One line of a chat file that lists chat messages, one per line: a slice of the source. */
  | 'chat-line'
  /** A chat transcript file, its speaker prefixes and the customer's turns masked: a slice of the source. */
  | 'chat-transcript'
  /** A JSON string literal's decoded value. */
  | 'json-string'
  /** A YAML scalar's value. */
  | 'yaml-scalar'
  /** A chatbot's scripted answer, a YAML scalar's value: chat text the bot sends as written (units/exports.ts). */
  | 'bot-answer'
  /** A <Say> of a TwiML document: a prompt a phone system speaks to the caller (units/twiml.ts). */
  | 'spoken-prompt'
  /** A translation (`msgstr`) of a gettext catalog, over its quoted pieces (units/gettext.ts). */
  | 'catalog-message'
  /** A field of an XML data file's record: an Odoo mail template's body (units/odoo-data.ts). */
  | 'xml-field';

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
  /**
   * `prose` with the template's own footer lines left in (an English no-reply or unsubscribe line under the notice),
   * when its footer has any: read by a rule marked `readsNoticeFooter` in a notice (units/footers.ts).
   */
  templateFooter: string | undefined;
  /** Where the template's own footer lines stand in `templateFooter`, when it is set. */
  templateLines: readonly Span[] | undefined;
  /** How `prose` was masked. */
  maskFormat: 'markdown' | 'plaintext' | 'html';
  origin: UnitOrigin;
  placeholders: Placeholder[];
  placeholderProblems: PlaceholderProblem[];
  /** Language set by a `replylint language=xx` comment inside the reply. */
  language: string | undefined;
  /** Kind set by a `replylint kind=xx` comment inside the reply, or by the export it was read from (a snippet module). */
  kind: ReplyKind | undefined;
  /** Source offsets of the unit (for scorecards and code lenses). */
  sourceStart: number;
  sourceEnd: number;
  toSource(offset: number): number;
  /**
   * The source text that writes `text` in place of unit characters
   * [from, to): escaped for a JSON string, in the style of a YAML scalar;
   * undefined when the file's syntax cannot hold it there.
   */
  encode: (text: string, from: number, to: number) => string | undefined;
  /** The same unit after an edit before it moved it by `delta` characters. */
  moved(delta: number): ReplyUnit;
  /** Its first `length` characters, placed where the unit is (a reply too long to check whole). */
  head(length: number): ReplyUnit;
}

type UnitContent = Pick<
  ReplyUnit,
  'title' | 'text' | 'prose' | 'templateFooter' | 'templateLines' | 'maskFormat' | 'origin' | 'placeholders' | 'placeholderProblems' | 'language' | 'kind'
>;

/** What a reply's own comments (or its export) say about it. */
export interface UnitSettings {
  language: string | undefined;
  kind?: ReplyKind | undefined;
}

function content(
  title: string,
  text: string,
  { prose, templateFooter, templateLines }: MaskedProse,
  maskFormat: ReplyUnit['maskFormat'],
  origin: UnitOrigin,
  { language, kind }: UnitSettings,
  scan: PlaceholderScan,
): UnitContent {
  return {
    title,
    text,
    prose,
    templateFooter,
    templateLines,
    maskFormat,
    origin,
    placeholders: kept(scan.placeholders),
    placeholderProblems: kept(scan.problems),
    language,
    kind,
  };
}

/**
 * The content is shared and the placing is a few numbers, so moving every
 * reply after an edit in a 9,000-reply library costs next to nothing. The
 * content's fields are read through it, not copied onto each unit: every
 * edit moves every later reply, and the copies made each moved unit about
 * 128 bytes (320 KB per keystroke in the middle of the 5 MB export).
 */
abstract class PlacedUnit implements ReplyUnit {
  get title(): string {
    return this.content.title;
  }
  get text(): string {
    return this.content.text;
  }
  get prose(): string {
    return this.content.prose;
  }
  get templateFooter(): string | undefined {
    return this.content.templateFooter;
  }
  get templateLines(): readonly Span[] | undefined {
    return this.content.templateLines;
  }
  get maskFormat(): ReplyUnit['maskFormat'] {
    return this.content.maskFormat;
  }
  get origin(): UnitOrigin {
    return this.content.origin;
  }
  get placeholders(): Placeholder[] {
    return this.content.placeholders;
  }
  get placeholderProblems(): PlaceholderProblem[] {
    return this.content.placeholderProblems;
  }
  get language(): string | undefined {
    return this.content.language;
  }
  get kind(): ReplyKind | undefined {
    return this.content.kind;
  }
  abstract readonly sourceStart: number;
  abstract readonly sourceEnd: number;
  abstract toSource(offset: number): number;
  abstract encode(text: string, from: number, to: number): string | undefined;
  abstract moved(delta: number): ReplyUnit;
  protected abstract withContent(content: UnitContent): ReplyUnit;

  constructor(protected readonly content: UnitContent) {}

  head(length: number): ReplyUnit {
    const within = (item: { end: number }) => item.end <= length;
    return this.withContent({
      ...this.content,
      text: this.content.text.slice(0, length),
      prose: this.content.prose.slice(0, length),
      templateFooter: this.content.templateFooter?.slice(0, length),
      templateLines: this.content.templateLines?.filter((line) => line.start < length),
      placeholders: this.content.placeholders.filter(within),
      placeholderProblems: this.content.placeholderProblems.filter(within),
    });
  }
}

class SliceUnit extends PlacedUnit {
  readonly sourceEnd: number;

  constructor(
    content: UnitContent,
    readonly sourceStart: number,
    readonly encode: (text: string, from: number, to: number) => string | undefined,
  ) {
    super(content);
    this.sourceEnd = sourceStart + content.text.length;
  }

  toSource(offset: number): number {
    return this.sourceStart + offset;
  }

  moved(delta: number): ReplyUnit {
    return new SliceUnit(this.content, this.sourceStart + delta, this.encode);
  }

  protected withContent(content: UnitContent): ReplyUnit {
    return new SliceUnit(content, this.sourceStart, this.encode);
  }
}

/** `offsets` are where the body was decoded from; `shift` is how far edits before it have moved it since. */
class BodyUnit extends PlacedUnit {
  constructor(
    content: UnitContent,
    private readonly offsets: OffsetRuns,
    private readonly shift: number,
    readonly encode: (text: string, from: number, to: number) => string | undefined,
  ) {
    super(content);
  }

  get sourceStart(): number {
    return this.offsets.at(0) + this.shift;
  }

  get sourceEnd(): number {
    return this.offsets.end + this.shift;
  }

  toSource(offset: number): number {
    return this.offsets.at(offset) + this.shift;
  }

  moved(delta: number): ReplyUnit {
    return new BodyUnit(this.content, this.offsets, this.shift + delta, this.encode);
  }

  protected withContent(content: UnitContent): ReplyUnit {
    return new BodyUnit(content, this.offsets, this.shift, this.encode);
  }
}

/**
 * A unit whose text is a plain slice of the source starting at `start`:
 * Markdown, text, HTML without character references. `encode` writes
 * inserted text in the file's syntax (HTML escapes `&` and `<`), or refuses it (a Magento trans string).
 */
export function sliceUnit(
  title: string,
  text: string,
  prose: MaskedProse,
  scan: PlaceholderScan,
  start: number,
  fields: { maskFormat: ReplyUnit['maskFormat']; origin: 'section' | 'file' | 'chat-line' | 'chat-transcript' } & UnitSettings,
  encode: (text: string, from: number, to: number) => string | undefined = (inserted) => inserted,
): ReplyUnit {
  return new SliceUnit(content(title, text, prose, fields.maskFormat, fields.origin, fields, scan), start, encode);
}

/** A unit decoded from the source (string escapes, character references): offsets map through them. */
export function bodyUnit(
  title: string,
  body: DecodedString,
  prose: MaskedProse,
  scan: PlaceholderScan,
  fields: { maskFormat: ReplyUnit['maskFormat']; origin: UnitOrigin } & UnitSettings,
  encode: (text: string, from: number, to: number) => string | undefined,
): ReplyUnit {
  return new BodyUnit(content(title, body.text, prose, fields.maskFormat, fields.origin, fields, scan), new OffsetRuns(body.offsets), 0, encode);
}
