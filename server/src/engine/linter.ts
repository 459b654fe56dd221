// The engine's entry point: source -> reply units -> masked prose -> parse ->
// match -> findings. Pure: no file system, no editor, no protocol.

import {
  beliedGuessFallback,
  detectDialect,
  dialectNamingFile,
  templateEngine,
  withCustomVariables,
  type Dialect,
  type TemplateEngine,
} from './placeholders/dialects';
import { analyzeProse } from './text/analyze';
import { detectLanguage, normalizeLanguage, type LanguageSignals } from './text/detect-language';
import { LineIndex } from './text/line-index';
import { formatNumber, renderMessage, renderRef } from './messages';
import { applySuppressions, Suppressions } from './suppressions';
import {
  DEFAULT_REPLY_KIND,
  type AliasedBody,
  REPLY_KINDS,
  type Finding,
  type Fix,
  type LanguageFrom,
  type LintResult,
  type MessageRef,
  type Positions,
  type Range,
  type ReplyKind,
  type RuleKind,
  type ScorecardItem,
  type ScorecardReasons,
  type ScoreReason,
  type TextEdit,
  type UnitReport,
  type UnusedDisable,
  type Span,
} from './types';
import { evaluateUnit, type UnitEvaluation, type UnitFinding } from './rules/evaluate';
import type { UnitFix } from './rules/fixes';
import type { RuleSet } from './rules/rule-set';
import { findDirectives, type SettingDirective } from './units/directives';
import { isKnownRuleId, unknownRuleId, type KnownRuleIds } from './config/did-you-mean';
import type { ExportFields } from './units/exports';
import type { FooterMatcher } from './units/footers';
import { DEFAULT_SECTION_LEVEL, formatOf, replyUnitList, translationCalls, unitListOf, type ReplyUnitList } from './units/formats';
import { changeBetween, onWholeCodePoints, type TextChange } from './text/text-change';
import type { SourceText } from './text/source-text';
import { partitionPoint } from './text/partition-point';
import type { Placeholder } from './placeholders/placeholder';
import { detached } from './text/word-memo';
import { resplitAfterEdit, type SplitState } from './units/incremental';
import type { ReplyUnit } from './units/reply-unit';

export interface LintOptions {
  /** Default language of replies without a language comment. */
  language: string;
  /** `language: auto`: guess each reply's language (replies that do not tell take the file's majority, else `language`). */
  autoDetect?: boolean;
  /** With autoDetect: the packs' common words and codes of each language, for the guess. */
  languageSignals?: LanguageSignals;
  /**
   * With autoDetect: the language most replies of the file's folder tell, for
   * replies that neither their own words nor their file's other replies tell
   * (a folder of one-line Finnish chat files is Finnish); `language` when absent.
   */
  folderLanguage?: string;
  audience: 'customer' | 'internal';
  /** Kind of replies without a `replylint kind=` comment of their own (DEFAULT_REPLY_KIND when absent). */
  kind?: ReplyKind;
  /**
   * Whether a reply whose kind nobody named (no comment, export kind or `kind`
   * here) is read as what its words show (a body, a notice, a note to agents,
   * a full e-mail: rules/kind-inference.ts). On unless false.
   */
  inferKind?: boolean;
  /** Placeholder dialect name, or 'auto' to detect it per file. */
  placeholders: string;
  /** The team's custom variables (globs), known in every dialect beside its own. */
  variables?: readonly string[];
  dialects: Record<string, Dialect>;
  /** Body and title fields of JSON/YAML macro exports; the defaults when absent. */
  exportFields?: ExportFields;
  /** Heading level that splits a Markdown macro library into replies (`sections:`); 2 when absent. */
  sectionLevel?: number;
  /** The writer's name for a suggested closing (`signature:`), when the dialect has no agent variable. */
  signature?: string;
  /** Footer openings (rules/structure/footers.yaml): a reply's footer is not its prose. */
  footers?: FooterMatcher;
  /** The compiled rules for a language, or undefined when none exist. */
  ruleSetFor(language: string): RuleSet | undefined;
  /** The languages the packs have rules for (named when a comment asks for another). */
  knownLanguages?: () => string[];
  /** Every rule id and category of the packs, enabled or not: a suppression comment naming another is an error. */
  knownRuleIds?: () => KnownRuleIds;
  /** Findings reported per file; the rest are counted in `omittedFindings` (DEFAULT_MAX_FINDINGS when absent). */
  maxFindings?: number;
}

export const DEFAULT_MAX_FINDINGS = 1000;

export interface LintInput {
  /**
   * A string, or a version an editor keeps in pieces that knows its change
   * from the version linted before (source-text.ts): after an edit the
   * incremental path reads only around it; the whole-file path reads it as one string.
   */
  text: string | SourceText;
  fileName: string;
  /** Editor language id (markdown, plaintext, html); the file name decides otherwise. */
  languageId?: string;
}

interface CachedUnit {
  prose: string;
  language: string;
  /** Whether its own words did not tell its language, so it was read in the file's (ReplyLanguages.ofFile). */
  byFile: boolean;
  /** How its language was decided when not byFile: its comment, its words (detection) or the setting. */
  from: LanguageFrom;
  kind: ReplyKind;
  /** Whether it was evaluated as the first chat message of its file. */
  opening: boolean;
  evaluation: UnitEvaluation;
  /** Unit characters checked, when the reply was too long to check whole. */
  checked?: number;
  /** Its first and last finding in source order (undefined: none), for firstVisible while they are not built. */
  first: UnitFinding | undefined;
  last: UnitFinding | undefined;
}

/**
 * Characters of one reply that are checked: far beyond any real reply (the
 * longest macros run to a few thousand), and a bound on the words, sentences
 * and matches a single reply holds at once (a 10 MB flood on one line held
 * gigabytes). The rest of such a reply is left unchecked, and a note says so.
 */
export const MAX_CHECKED_REPLY = 200_000;

/** The note on a reply too long to check whole, in the reply's language, for the command line and the editor alike. */
export function uncheckedMessage(unit: UnitReport): string {
  return renderMessage(unit.language, 'note.unchecked', { title: unit.title, limit: formatNumber(unit.language, MAX_CHECKED_REPLY) });
}

/** The note on an export's body with no words (UnitReport.wordless), in the reply's language, for the command line and the editor alike. */
export function wordlessMessage(unit: UnitReport): string {
  return renderMessage(unit.language, 'note.wordlessBody', { title: unit.title });
}

/** The replies a help-desk export's macro bodies make (units/exports.ts): a JSON string, a YAML scalar. */
const EXPORT_BODY_ORIGINS: ReadonlySet<ReplyUnit['origin']> = new Set(['json-string', 'yaml-scalar']);
const WORD_CHARACTER = /[\p{L}\p{N}]/gu;

/**
 * Whether `unit` is an export's body with no words of its own (UnitReport.wordless): its prose has no letter or digit
 * outside its placeholders (which the prose shows as a word). An empty Gorgias or Intercom macro was read as a reply
 * with nothing to find and passed in silence, as an empty Zendesk, Help Scout or Freshdesk body did (issue 12).
 */
function isWordlessBody(unit: ReplyUnit): boolean {
  if (!EXPORT_BODY_ORIGINS.has(unit.origin)) return false;
  const { placeholders } = unit;
  let next = 0;
  for (const word of unit.prose.matchAll(WORD_CHARACTER)) {
    while (next < placeholders.length && placeholders[next]!.end <= word.index) next++;
    if (next === placeholders.length || placeholders[next]!.start > word.index) return false;
  }
  return true;
}

/**
 * The note at a YAML macro body written as an alias (LintResult.aliasedBodies), in `language`: an info with the line
 * of the text it repeats; a warning when no anchor of its name comes before it, as YAML readers refuse such a file.
 */
export function aliasedBodyNote(body: AliasedBody, lines: Positions, language: string): { message: string; severity: 'info' | 'warning' } {
  if (body.anchor === undefined) return { message: renderMessage(language, 'note.aliasedBodyNoAnchor', { alias: body.alias }), severity: 'warning' };
  const line = lines.positionAt(body.anchor).line + 1;
  return { message: renderMessage(language, 'note.aliasedBody', { alias: body.alias, line }), severity: 'info' };
}

/** Where to stop checking a reply longer than MAX_CHECKED_REPLY: after the last sentence end or space near the limit, never inside a surrogate pair. */
function checkedLength(prose: string): number | undefined {
  if (prose.length <= MAX_CHECKED_REPLY) return undefined;
  const from = MAX_CHECKED_REPLY - 2000;
  const window = prose.slice(from, MAX_CHECKED_REPLY);
  const sentenceEnd = Math.max(window.lastIndexOf('. '), window.lastIndexOf('! '), window.lastIndexOf('? '));
  const space = window.lastIndexOf(' ');
  let cut = from + (sentenceEnd >= 0 ? sentenceEnd + 1 : space >= 0 ? space : window.length);
  if (/[\ud800-\udbff]/.test(prose.charAt(cut - 1))) cut--;
  return cut;
}

/** A placeholder of a reply with where the file writes it. */
export interface PlaceholderInSource {
  placeholder: Placeholder;
  /** As the reply reads it (decoded). */
  written: string;
  /** Source offsets. */
  start: number;
  end: number;
}

/** The last lint of a document: what the next lint after a small edit starts from. */
interface DocumentState extends SplitState {
  fileName: string;
  languageId: string | undefined;
  lines: LineIndex;
  dialect: Dialect;
  /** The file's template engine (templateEngine: the comment it drops, its fallback), read when the file was linted whole. */
  engine: TemplateEngine | undefined;
  /** A plain-text template's translation calls (LintResult.translationCalls), in source offsets. */
  translationCalls: readonly Span[];
  /**
   * A YAML export's bodies written as an alias (LintResult.aliasedBodies). An edit in a YAML file reads it whole
   * (incremental.ts re-reads only library sections and JSON strings), so lintAfterEdit keeps these: none.
   */
  aliasedBodies: readonly AliasedBody[];
  /** The language most replies of the file tell on their own, once a reply needed it (ReplyLanguages). */
  majority: Majority | undefined;
  /** Whether the dialect was detected from the placeholders, not named (config, setting or a `replylint dialect=` comment). */
  dialectGuessed: boolean;
  /** Per unit: its findings in source offsets before suppressions (UnitFindings), and its report (none without rules). */
  unitFindings: UnitFindings[];
  /**
   * Per unit (none: all 0): how far edits before it have moved its findings since they were placed.
   * Their ranges are right; their offsets, fixes and suggestions are `shift` behind (see `shiftedBy`).
   * An edit moved every finding after it by a copy (3.3 MB per keystroke in the middle of the 5 MB
   * export); now only the findings shown are placed, when they are shown.
   */
  unitShifts?: Int32Array;
  unitReports: (UnitReport | undefined)[];
  /** Per unit: findings its evaluation counted past the limit but did not keep. */
  unitOmitted: number[];
  /** The units as read: `units` when a cache keeps them, else each made when asked. */
  unitList: ReplyUnitList;
  /**
   * A lint kept by nobody (no cache: the command line): its findings went
   * through these comments as they were made, and only those that can be
   * shown were built (units/findings past the maximum are counted in unitOmitted).
   */
  suppressed?: Suppressions;
}

/**
 * A unit's findings: built, or (in a lint a cache keeps) its evaluation not built yet. A cached lint
 * built every finding of the file (about 25,000 in the bench's 5 MB library, 8.4 MB of the server's
 * heap) to show the first 1,000; the rest are built from the unit where it is then when asked (findingsAt).
 */
type UnitFindings = Finding[] | CachedUnit;

/** The options cached evaluations depend on: when one of them changes, a UnitCache starts over. */
const CACHED_LINT_OPTIONS = [
  'ruleSetFor',
  'audience',
  'kind',
  'autoDetect',
  'languageSignals',
  'folderLanguage',
  'language',
  'placeholders',
  'variables',
  'exportFields',
  'sectionLevel',
  'maxFindings',
  'signature',
  'footers',
] as const satisfies readonly (keyof LintOptions)[];

/**
 * Per document: evaluations of its reply units by their text, so a lint
 * re-evaluates only the replies an edit touched, and the last lint, so an
 * edit inside one reply re-reads only that reply (units/incremental.ts).
 */
export class UnitCache {
  private units = new Map<string, CachedUnit>();
  private options: LintOptions | undefined;
  private dialect: Dialect | undefined;
  private dialectGuessed: boolean | undefined;
  private engine: TemplateEngine | undefined;
  private state: DocumentState | undefined;
  /** Replies the last lint took from the cache (for tests and the benchmark). */
  reused = 0;
  /** Whether the last lint re-read only the edited reply (for tests and the benchmark). */
  incremental = false;

  /** Starts a lint: other options or another dialect make every entry stale. */
  begin(options: LintOptions, dialect: Dialect, dialectGuessed: boolean, engine: TemplateEngine | undefined): Map<string, CachedUnit> {
    if (!this.sameOptions(options) || dialect !== this.dialect || dialectGuessed !== this.dialectGuessed || engine !== this.engine) this.units.clear();
    this.options = options;
    this.dialect = dialect;
    this.dialectGuessed = dialectGuessed;
    this.engine = engine;
    this.reused = 0;
    this.incremental = false;
    const previous = this.units;
    this.units = new Map();
    return previous;
  }

  /** Keeps an entry for the next lint; entries not kept are dropped. */
  keep(text: string, entry: CachedUnit): void {
    this.units.set(text, entry);
  }

  /** The last lint's state, when it was of the same file with the same options. */
  previous(input: LintInput, options: LintOptions): DocumentState | undefined {
    const state = this.state;
    if (!state || !this.sameOptions(options) || state.fileName !== input.fileName || state.languageId !== input.languageId) return undefined;
    return state;
  }

  /** Records an incremental lint: one unit re-read, the rest kept. */
  replaced(oldText: string, newText: string, entry: CachedUnit | undefined, state: DocumentState): void {
    this.units.delete(oldText);
    if (entry) this.units.set(newText, entry);
    this.reused = state.units.length - 1;
    this.incremental = true;
    this.state = state;
  }

  remember(state: DocumentState): void {
    this.state = state;
  }

  /**
   * The placeholder at source offset `offset` in the last lint, when it was
   * of `text`: as the rules read it, through a JSON or YAML string's escapes
   * and HTML entities (`&lt;NAME&gt;` is the slot `<NAME>`).
   */
  placeholderAt(text: string | SourceText, offset: number): PlaceholderInSource | undefined {
    const state = this.state;
    if (state?.text !== text) return undefined;
    const { units } = state;
    const unit = units[partitionPoint(units.length, (index) => units[index]!.sourceEnd < offset)];
    if (!unit || unit.sourceStart > offset) return undefined;
    for (const placeholder of unit.placeholders) {
      const start = unit.toSource(placeholder.start);
      const end = unit.toSource(placeholder.end);
      if (start <= offset && offset <= end) return { placeholder, written: unit.text.slice(placeholder.start, placeholder.end), start, end };
    }
    return undefined;
  }

  private sameOptions(options: LintOptions): boolean {
    const known = this.options;
    return known !== undefined && CACHED_LINT_OPTIONS.every((key) => options[key] === known[key]);
  }
}

export function lint(input: LintInput, options: LintOptions, cache?: UnitCache): LintResult {
  const previous = cache?.previous(input, options);
  const state = (previous && cache && lintAfterEdit(previous, input, options, cache)) ?? lintWhole(input, options, cache);
  cache?.remember(state);
  return resultOf(state, settingProblems(state, options), options.maxFindings ?? DEFAULT_MAX_FINDINGS);
}

export const SETTING_RULE_ID = 'replylint/unknown-setting';

/**
 * A `replylint language=xx` comment naming a language no pack has rules for,
 * a `replylint kind=xx` comment naming no kind, or a `replylint dialect=xx`
 * comment naming no dialect, is an error at the comment, with what is known:
 * never a silent fallback. A rule id or category no pack has in a
 * `replylint-disable*` or `replylint-enable` comment (a typo hides nothing) is
 * an error at that id, with the closest known one.
 */
function settingProblems(state: DocumentState, options: LintOptions): Finding[] {
  const problems: Finding[] = [];
  const problemAt = (start: number, end: number, message: string) => {
    const { unitList } = state;
    // Units are in source order: a binary search, as placeholderAt does (a linear walk per comment was quadratic).
    let unit = partitionPoint(unitList.length, (index) => unitList.sourceEndAt(index) < start);
    if (unit === unitList.length) unit = 0;
    problems.push({
      ruleId: SETTING_RULE_ID,
      category: 'configuration',
      severity: 'error',
      message,
      start,
      end,
      range: state.lines.rangeOf(start, end),
      excerpt: state.text.slice(start, end),
      suggestions: [],
      unit,
    });
  };
  for (const { key, value, start, end } of state.settings) {
    let message: string | undefined;
    if (key === 'kind' && !(REPLY_KINDS as readonly string[]).includes(value)) {
      message = `Unknown reply kind "${value}" in this replylint comment: the kinds are ${REPLY_KINDS.join(', ')}.`;
    } else if (key === 'language' && !options.ruleSetFor(normalizeLanguage(value))) {
      const known = options.knownLanguages?.();
      message = `Unknown language "${value}" in this replylint comment${known ? `: Replylint has rules for ${known.join(', ')}` : ''}.`;
    } else if (key === 'dialect' && options.dialects[value] === undefined) {
      message = `Unknown placeholder dialect "${value}" in this replylint comment: the dialects are ${Object.keys(options.dialects).join(', ')}.`;
    }
    if (message) problemAt(start, end, message);
  }
  const known = options.knownRuleIds && state.directives.some((directive) => directive.rules.length > 0) ? options.knownRuleIds() : undefined;
  if (!known) return problems;
  // One problem per comment, at its first unknown id: a list of words is one mistake, not one per word.
  for (const { kind, rules, ruleOffsets, start } of state.directives) {
    const unknown = rules.flatMap((id, index) => (isKnownRuleId(id, known) ? [] : [index]));
    if (unknown.length === 0) continue;
    const id = rules[unknown[0]!]!;
    const at = start + ruleOffsets[unknown[0]!]!;
    const more = unknown.length - 1;
    const others = more === 0 ? '' : ` (${more} more ${more === 1 ? 'word in it is' : 'words in it are'} no rule id either; a description follows "--")`;
    problemAt(at, at + id.length, unknownRuleId(id, known, `in this replylint-${kind} comment${others}`)!);
  }
  return problems;
}

/** A file's majority language, undefined when no reply tells one. */
interface Majority {
  language: string | undefined;
}

/** A reply's own language (`ownLanguage`), or undefined when its words do not tell, with where it came from. */
function ownFrom(unit: ReplyUnit, options: LintOptions): LanguageFrom {
  if (unit.language) return 'comment';
  return options.autoDetect && options.languageSignals ? 'words' : 'setting';
}

/**
 * The language each reply is read in: its comment's; with autoDetect, the one
 * its own words tell; else the file's: the language most of its replies tell
 * (a library of one-line Polish confirmations among longer Polish macros),
 * else the default. The majority is counted only when a reply needs it.
 */
class ReplyLanguages {
  /** By unit index: a list that makes its units when asked gives a new object each time. */
  private own = new Map<number, string | undefined>();

  constructor(
    private readonly units: ReplyUnitList,
    private readonly options: LintOptions,
    public majority?: Majority,
  ) {}

  ownLanguage(unit: ReplyUnit): string | undefined {
    if (unit.language) return unit.language;
    if (!this.options.autoDetect || !this.options.languageSignals) return this.options.language;
    return detectLanguage(unit.prose, this.options.languageSignals);
  }

  /** The own language of unit `index` (`unit`, when the caller has it made). */
  private ownLanguageAt(index: number, unit?: ReplyUnit): string | undefined {
    if (!this.own.has(index)) this.own.set(index, this.ownLanguage(unit ?? this.units.at(index)));
    return this.own.get(index);
  }

  /** The language of a reply whose own words do not tell it: the file's majority, else the folder's, else the default. */
  ofFile(): string {
    this.majority ??= { language: this.mostTold() };
    return this.majority.language ?? this.options.folderLanguage ?? this.options.language;
  }

  /** Where ofFile's language comes from. */
  fileFrom(): LanguageFrom {
    this.ofFile();
    if (this.majority!.language !== undefined) return 'file';
    return this.options.folderLanguage === undefined ? 'default' : 'folder';
  }

  of(unit: ReplyUnit, index: number): { language: string; byFile: boolean; from: LanguageFrom } {
    const own = this.ownLanguageAt(index, unit);
    return own === undefined
      ? { language: this.ofFile(), byFile: true, from: this.fileFrom() }
      : { language: own, byFile: false, from: ownFrom(unit, this.options) };
  }

  /** The file's majority alone (no folder, no default). */
  ofFileOnly(): string | undefined {
    this.majority ??= { language: this.mostTold() };
    return this.majority.language;
  }

  private *told(): Generator<string> {
    for (let index = 0; index < this.units.length; index++) {
      const language = this.ownLanguageAt(index);
      if (language !== undefined) yield language;
    }
  }

  private mostTold(): string | undefined {
    return mostOf(this.told());
  }
}

/**
 * The language most replies of a file tell on their own (its comments, its
 * words, the setting), without checking them: what the file adds to its
 * folder's majority (LintOptions.folderLanguage). Undefined when none tells one.
 */
export function fileLanguageOf(input: LintInput, options: LintOptions): string | undefined {
  const text = input.text.toString();
  const { settings } = findDirectives(text);
  return new ReplyLanguages(unitListOfFile(text, input, options, settings), options).ofFileOnly();
}

/** The language of a file's replies per LintResult: the one most of its replies told on their own, if any did. */
export function toldLanguageOf(result: LintResult): string | undefined {
  return mostOf(result.units.filter((unit) => !BY_FILE.has(unit.languageFrom)).map((unit) => unit.language));
}

const BY_FILE: ReadonlySet<LanguageFrom> = new Set(['file', 'folder', 'default']);

/**
 * A folder's language from its files' votes (toldLanguageOf or fileLanguageOf
 * of each): the most frequent, undefined for none or when two lead alike.
 */
export function folderLanguageOf(votes: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const vote of votes) counts.set(vote, (counts.get(vote) ?? 0) + 1);
  const sorted = [...counts.values()].sort((a, b) => b - a);
  if (sorted.length > 1 && sorted[0] === sorted[1]) return undefined;
  return mostOf(votes);
}

/** The most frequent value, the first to reach the highest count on a tie; undefined for none. */
export function mostOf(values: Iterable<string>): string | undefined {
  const counts = new Map<string, number>();
  let best: string | undefined;
  for (const value of values) {
    const count = (counts.get(value) ?? 0) + 1;
    counts.set(value, count);
    if (count > (best === undefined ? 0 : counts.get(best)!)) best = value;
  }
  return best;
}

/** The dialect a file's `replylint dialect=` comment names, over the config and detection. */
function commentDialect(settings: readonly SettingDirective[], options: LintOptions): string | undefined {
  return settings.find((setting) => setting.key === 'dialect' && options.dialects[setting.value] !== undefined)?.value;
}

/**
 * The dialect named for a file: its `replylint dialect=` comment, else the config's, else one whose syntax is read when
 * named and whose `files` names the file (a `.vm` template is Velocity's, a directive in it or not); undefined when it
 * is detected.
 */
function namedDialect(settings: readonly SettingDirective[], options: LintOptions, fileName: string): string | undefined {
  const named = commentDialect(settings, options) ?? (options.placeholders === 'auto' ? undefined : options.placeholders);
  if (named !== undefined) return named;
  const byFileName = dialectNamingFile(options.dialects, fileName)?.name;
  return byFileName !== undefined && NAMED_SYNTAX.has(byFileName) ? byFileName : undefined;
}

/** A file's replies as the lint reads them: split by the options and the file's own setting comments. */
function unitListOfFile(text: string, input: LintInput, options: LintOptions, settings: SettingDirective[]): ReplyUnitList {
  return replyUnitList(text, input.fileName, {
    languageId: input.languageId,
    exportFields: options.exportFields,
    sectionLevel: options.sectionLevel ?? DEFAULT_SECTION_LEVEL,
    kind: options.kind,
    footers: options.footers,
    settings,
    dialect: namedDialect(settings, options, input.fileName),
    hasRules: (language) => options.ruleSetFor(language) !== undefined,
  });
}

/** Dialects whose syntax is read in any text when named (formats.ts), not only in one that shows it. */
const NAMED_SYNTAX = new Set(['mediawiki', 'smarty', 'koha', 'velocity']);

function lintWhole(input: LintInput, options: LintOptions, cache?: UnitCache): DocumentState {
  const sectionLevel = options.sectionLevel ?? DEFAULT_SECTION_LEVEL;
  // Read whole; the state keeps the version given, whose change the next edit tells.
  const text = input.text.toString();
  const { directives, settings } = findDirectives(text);
  const named = commentDialect(settings, options);
  const list = unitListOfFile(text, input, options, settings);
  // A cache keeps every unit for the next edit; a lint kept by nobody makes each as it reads it, and drops it.
  const units = cache ? Array.from({ length: list.length }, (_, index) => list.at(index)) : [];
  const unitList = cache ? unitListOf(units) : list;
  // A Markdown file's lines were counted when its blocks were read.
  const lines = list.lines ?? new LineIndex(text);
  const dialectGuessed = named === undefined && options.placeholders === 'auto';
  const filePlaceholders = dialectGuessed ? placeholdersOf(unitList) : [];
  const dialectName = named ?? (dialectGuessed ? detectDialect(filePlaceholders, options.dialects, input.fileName) : options.placeholders);
  let dialect = dialectNamed(dialectName, options);
  // A guess most of the file's own variables belie is the wrong one: a product's {{ticket.requesterName}} is no Zendesk's.
  const fallback = dialectGuessed ? beliedGuessFallback(dialect, filePlaceholders) : undefined;
  if (fallback) dialect = dialectNamed(fallback, options);
  // Only a dialect that tells its engine by the placeholders (a Jinja template read as Liquid) needs them read.
  const toldBy = enginesTold(dialect);
  const ownPlaceholders = toldBy && !dialectGuessed ? placeholdersOf(unitList) : filePlaceholders;
  const engine = templateEngine(dialect, toldBy ? ownPlaceholders : [], input.fileName);
  // Only where a directive can be written (a plain-text template's engine comment) does an editor ask for them.
  const calls =
    engine && formatOf(input.fileName, input.languageId) === 'plaintext'
      ? translationCalls(toldBy || dialectGuessed ? ownPlaceholders : placeholdersOf(unitList), text.length)
      : NO_SPANS;
  const previous = cache?.begin(options, dialect, dialectGuessed, engine);
  const languages = new ReplyLanguages(unitList, options);
  const unitFindings: UnitFindings[] = [];
  const unitReports: (UnitReport | undefined)[] = [];
  const unitOmitted: number[] = [];
  // Without a cache no later lint reuses these findings: past the maximum they are counted, not built.
  const maxFindings = options.maxFindings ?? DEFAULT_MAX_FINDINGS;
  const suppressed = cache ? undefined : new Suppressions(directives, lines);
  let shown = 0;
  let lastShown: Finding | undefined;
  const chatOpening = openingChatMessage(unitList, options);
  for (let unitIndex = 0; unitIndex < unitList.length; unitIndex++) {
    const unit = unitList.at(unitIndex);
    const kind = kindOf(unit, options);
    const opening = opensChat(unit, unitIndex, chatOpening, options);
    let cached = previous?.get(unit.text);
    // The same text can mask differently (a code fence opened in an earlier reply), and be another kind.
    if (cached?.prose !== unit.prose || cached.kind !== kind || cached.opening !== opening) cached = undefined;
    // Read in the file's language, which its other replies may have changed.
    if (cached?.byFile && cached.language !== languages.ofFile()) cached = undefined;
    if (cached && cache) cache.reused++;
    // Every finding of this reply comes after the last one that can be shown: they are only counted.
    const countOnly = suppressed !== undefined && shown >= maxFindings && lastShown !== undefined && unit.sourceStart > lastShown.start;
    cached ??= evaluate(unit, options, dialect, dialectGuessed, engine, opening, languages.of(unit, unitIndex), countOnly);
    if (cached) cache?.keep(unit.text, cached);
    // Kept by a cache, a view of the reply and its evaluation (PlacedReport).
    const reportOfUnit = cache ? placedReport : reportOf;
    unitReports.push(cached && reportOfUnit(unit, cached, cached.byFile ? languages.fileFrom() : cached.from));
    const omitted = cached?.evaluation.omitted ?? 0;
    if (!cached) {
      unitFindings.push([]);
      unitOmitted.push(omitted);
    } else if (!suppressed) {
      // Kept by a cache: built when shown (findingsAt).
      unitFindings.push(cached);
      unitOmitted.push(omitted);
    } else if (countOnly) {
      unitFindings.push([]);
      unitOmitted.push(omitted + visibleCount(cached, unit, suppressed, lines));
    } else {
      const visible = mappedFindings(cached, unit, unitIndex, { text, start: 0 }, lines).filter(
        (finding) => !suppressed.hides(finding.ruleId, finding.start, finding.range.start.line),
      );
      unitFindings.push(visible);
      unitOmitted.push(omitted);
      shown += visible.length;
      lastShown = visible[visible.length - 1] ?? lastShown;
    }
  }
  return {
    text: input.text,
    fileName: input.fileName,
    languageId: input.languageId,
    units,
    lines,
    dialect,
    engine,
    translationCalls: calls,
    aliasedBodies: list.aliases ?? NO_ALIASES,
    majority: languages.majority,
    dialectGuessed,
    directives,
    settings,
    sectionLevel,
    footers: options.footers,
    unitFindings,
    unitReports,
    unitOmitted,
    unitList,
    suppressed,
  };
}

/** How many of a reply's findings no comment hides, asked without building them. */
function visibleCount(cached: CachedUnit, unit: ReplyUnit, suppressions: Suppressions, lines: LineIndex): number {
  const { findings } = cached.evaluation;
  if (suppressions.none || suppressions.hidesNothingIn(unit.sourceStart, unit.sourceEnd)) return findings.length;
  // Most replies have no line a comment silences: their findings' lines are not looked up (-1: a line no comment silences).
  const onLines = suppressions.silencesLineIn(unit.sourceStart, unit.sourceEnd);
  let count = 0;
  for (const found of findings) {
    const start = unit.toSource(found.start);
    if (!suppressions.hides(found.rule.id, start, onLines ? lines.positionAt(start).line : -1)) count++;
  }
  return count;
}

/**
 * The lint after an edit inside one reply: that reply is re-read and
 * evaluated; the others keep their findings, moved by the edit. Undefined
 * when the edit could change more than its reply.
 */
function lintAfterEdit(previous: DocumentState, input: LintInput, options: LintOptions, cache: UnitCache): DocumentState | undefined {
  const change = changeOf(previous.text, input.text);
  // Nothing changed, but this version is the one asked about next (placeholderAt compares versions by identity).
  if (!change) return { ...previous, text: input.text };
  // A reply too long to check whole is rare enough to take the whole-file path, which places its note anew.
  if (previous.unitReports.some((report) => report?.uncheckedFrom !== undefined)) return undefined;
  // A reply re-read alone is read without the named dialect's syntax: read the file anew.
  if (NAMED_SYNTAX.has(namedDialect(previous.settings, options, input.fileName) ?? '')) return undefined;
  const resplit = resplitAfterEdit(previous, input.text, change);
  if (!resplit) return undefined;
  // The detected dialect, and the engine a named one's placeholders tell, read placeholders across the file: an edit
  // inside one may change them for every reply.
  if (
    (previous.dialectGuessed || enginesTold(previous.dialect)) &&
    (touchesPlaceholder(previous.units[resplit.changed]!, change.start, change.oldEnd) ||
      touchesPlaceholder(resplit.units[resplit.changed]!, change.start, change.newEnd))
  )
    return undefined;
  const delta = change.newEnd - change.oldEnd;
  const lines = previous.lines.afterChange(input.text, change);
  const editEndLine = previous.lines.positionAt(change.oldEnd).line;
  const lineDelta = lines.positionAt(change.newEnd).line - editEndLine;
  const { changed } = resplit;
  const unit = resplit.units[changed]!;
  const oldUnit = previous.units[changed]!;
  const resplitList = unitListOf(resplit.units);
  const opening = opensChat(unit, changed, openingChatMessage(resplitList, options), options);
  const languages = new ReplyLanguages(resplitList, options, previous.majority);
  // Once a reply is read in the file's language, an edit that changes the language another reply tells may change it.
  if (previous.majority && languages.ownLanguage(oldUnit) !== languages.ownLanguage(unit)) return undefined;
  const entry = evaluate(unit, options, previous.dialect, previous.dialectGuessed, previous.engine, opening, languages.of(unit, changed), false);
  const omitted = entry?.evaluation.omitted ?? 0;
  // Lines after the change's last line keep their columns and move by the lines it added; its last line is measured anew.
  const movedRange = (range: Range, start: number, end: number): Range => {
    if (range.start.line === editEndLine || range.end.line === editEndLine) return lines.rangeOf(start, end);
    if (lineDelta === 0) return range;
    return {
      start: { line: range.start.line + lineDelta, character: range.start.character },
      end: { line: range.end.line + lineDelta, character: range.end.character },
    };
  };
  // A later reply's finding: its own pending shift plus this edit's, and its range moved by this edit's lines.
  const moveFinding = (finding: Finding, shift: number): Finding => {
    const moved = shiftedBy(finding, shift + delta);
    return { ...moved, range: movedRange(finding.range, moved.start, moved.end) };
  };
  // Typed, so an edit's copy is 4 bytes a reply, not 8 (every edit copies it).
  const unitShifts = previous.unitShifts ? previous.unitShifts.slice() : new Int32Array(previous.unitFindings.length);
  const unitFindings = previous.unitFindings.map((findings, index) => {
    if (index < changed) return findings;
    if (index === changed) {
      unitShifts[index] = 0;
      return entry ? mappedFindings(entry, unit, index, resplit.region, lines) : [];
    }
    // Not built: built from the moved unit when asked, so nothing to move.
    if (!Array.isArray(findings)) return findings;
    // Findings in source order: when the first lies below the edit's last line and no line was added or
    // removed, none of their ranges changes, and the move is only counted.
    if (lineDelta === 0 && (findings.length === 0 || findings[0]!.range.start.line > editEndLine)) {
      unitShifts[index]! += delta;
      return findings;
    }
    const shift = unitShifts[index]!;
    unitShifts[index] = 0;
    return findings.map((finding) => moveFinding(finding, shift));
  });
  const unitReports = previous.unitReports.map((report, index) => {
    if (index < changed || !report) return report;
    if (index === changed) return entry && placedReport(unit, entry, entry.byFile ? languages.fileFrom() : entry.from);
    return MovedReport.of(report, delta);
  });
  // No directive touches the change (resplitAfterEdit checks): each lies wholly before or after it.
  const state: DocumentState = {
    ...previous,
    text: input.text,
    units: resplit.units,
    unitList: resplitList,
    lines,
    majority: languages.majority,
    directives: movedByEdit(previous.directives, change.start, delta),
    // An edit touching a tag reads the file anew (above); one inside a call's words widens it.
    translationCalls: movedByEdit(previous.translationCalls, change.start, delta),
    settings: movedByEdit(previous.settings, change.start, delta),
    unitFindings,
    unitShifts,
    unitReports,
    // Shared with the state before when the edited reply's count stays (most edits): never changed once made.
    unitOmitted:
      previous.unitOmitted[changed] === omitted ? previous.unitOmitted : previous.unitOmitted.map((count, index) => (index === changed ? omitted : count)),
  };
  cache.replaced(oldUnit.text, unit.text, entry, state);
  return state;
}

/**
 * Spans of the text before an edit at `editStart` that changed its length by `delta`, in the text after it: a span
 * ending before the edit stays, one after it moves, one the edit falls inside widens.
 */
function movedByEdit<T extends Span>(spans: readonly T[], editStart: number, delta: number): readonly T[] {
  if (delta === 0) return spans;
  return spans.map((span) =>
    span.end < editStart ? span : { ...span, start: span.start < editStart ? span.start : span.start + delta, end: span.end + delta },
  );
}

/**
 * The change from the last lint's text to this one: the one the new version
 * tells, else found by comparing the two whole texts. Undefined when they are equal.
 */
function changeOf(before: string | SourceText, after: string | SourceText): TextChange | undefined {
  const told = typeof after === 'string' ? undefined : after.changeSince?.(before);
  if (!told) return changeBetween(before.toString(), after.toString());
  return told.start === told.oldEnd && told.start === told.newEnd ? undefined : onWholeCodePoints(after, told);
}

/** Whether source offsets [start, end] meet a placeholder of the unit, closed or not. */
function touchesPlaceholder(unit: ReplyUnit, start: number, end: number): boolean {
  const meets = (item: Span) => unit.toSource(item.start) <= end && start <= unit.toSource(item.end);
  return unit.placeholders.some(meets) || unit.placeholderProblems.some(meets);
}

/** A dialect by name (generic Liquid for a name no dialect has) with the team's custom variables. */
export function dialectNamed(name: string, options: Pick<LintOptions, 'dialects' | 'variables'>): Dialect {
  return withCustomVariables(options.dialects[name] ?? options.dialects.liquid!, options.variables);
}

function kindOf(unit: ReplyUnit, options: LintOptions): ReplyKind {
  return unit.kind ?? options.kind ?? DEFAULT_REPLY_KIND;
}

/**
 * The chat message that opens its file's conversation, which alone needs a
 * greeting: a transcript's (its agent's turns, the first of them opening it), or
 * the first of a library's chat replies when more follow it. A chat file that is
 * neither is one message whatever its paragraphs (a post, an inbox answer, a
 * canned line), or a list of canned lines one per line (origin `chat-line`): sent
 * at any point of a chat or to everyone, it opens nothing (trial 12's broadcast
 * posts and trial 10's thread comments never greet). -1 when none does.
 */
function openingChatMessage(units: ReplyUnitList, options: LintOptions): number {
  const isChat = (index: number) => (units.kindAt(index) ?? options.kind ?? DEFAULT_REPLY_KIND) === 'chat';
  let first = 0;
  while (first < units.length && !isChat(first)) first++;
  if (first === units.length) return -1;
  const { origin } = units.at(first);
  if (origin === 'chat-transcript') return first;
  if (origin !== 'section') return -1;
  for (let index = first + 1; index < units.length; index++) if (isChat(index)) return first;
  return -1;
}

/** Whether the unit at `index` opens a conversation: the file's opening chat message, or a chat transcript (each section of a library of them is one). */
function opensChat(unit: ReplyUnit, index: number, chatOpening: number, options: LintOptions): boolean {
  return index === chatOpening || (unit.origin === 'chat-transcript' && kindOf(unit, options) === 'chat');
}

/** Every placeholder of a file's replies, in source order. */
function placeholdersOf(unitList: ReplyUnitList): Placeholder[] {
  return Array.from({ length: unitList.length }, (_, index) => unitList.placeholdersAt(index)).flat();
}

const NO_SPANS: readonly Span[] = [];
const NO_ALIASES: readonly AliasedBody[] = [];

/** Whether a dialect's placeholders tell which template engine its file is written for (a Jinja template read as Liquid). */
function enginesTold(dialect: Dialect): boolean {
  return dialect.comments?.some((entry) => entry.detect !== undefined) === true;
}

/** `opening`: the unit opens its conversation (opensChat), which alone needs a greeting. */
function evaluate(
  unit: ReplyUnit,
  options: LintOptions,
  dialect: Dialect,
  dialectGuessed: boolean,
  engine: TemplateEngine | undefined,
  opening: boolean,
  { language, byFile, from }: { language: string; byFile: boolean; from: LanguageFrom },
  countOnly: boolean,
): CachedUnit | undefined {
  const ruleSet = options.ruleSetFor(language) ?? options.ruleSetFor(options.language);
  if (!ruleSet) return undefined;
  const checked = checkedLength(unit.prose);
  const checkedUnit = checked === undefined ? unit : unit.head(checked);
  const analysis = analyzeProse(checkedUnit.prose, checkedUnit.placeholders, ruleSet.grammar.sentences, checkedUnit.text);
  const kind = kindOf(unit, options);
  const kinds: RuleKind[] = opening ? [kind, 'chat-opening'] : [kind];
  // A transcript's agent turns and a bot's answers were sent as written, where saved chat lines are still to be
  // completed (reviewer-23 #1): rules name such chat text `chat-transcript`.
  if (kind === 'chat' && (unit.origin === 'chat-transcript' || unit.origin === 'bot-answer')) kinds.push('chat-transcript');
  // One of a file's many chat replies is a saved line or a bot's answer, sent to every customer; a chat file that is one
  // message may be written to one person in a live chat, as a transcript's turns are (reviewer-29, c0271c0d).
  if (kind === 'chat' && unit.origin !== 'file' && unit.origin !== 'chat-transcript') kinds.push('chat-saved');
  const evaluation = evaluateUnit(checkedUnit, analysis, ruleSet, {
    audience: options.audience,
    kinds,
    // Only a reply whose kind nobody named is read by its words: a kind in its comment, its export or the config wins.
    inferKind: options.inferKind !== false && unit.kind === undefined && options.kind === undefined,
    // A kind the config names is the folder's: a section's heading may still say it is for agents.
    readTitle: options.inferKind !== false && unit.kind === undefined,
    dialect,
    dialectGuessed,
    engine,
    maxFindings: options.maxFindings ?? DEFAULT_MAX_FINDINGS,
    countOnly,
    signature: options.signature,
  });
  const found = evaluation.findings;
  let first = found[0];
  let last = first;
  // In the unit's offsets, which map into the source in the same order (inSourceOrder).
  for (let index = 1; index < found.length; index++) {
    const item = found[index]!;
    if (unitOrder(item, first!) < 0) first = item;
    if (unitOrder(item, last!) > 0) last = item;
  }
  return { prose: unit.prose, language: ruleSet.language, byFile, from, kind, opening, evaluation, checked, first, last };
}

function unitOrder(a: UnitFinding, b: UnitFinding): number {
  return a.start - b.start || a.end - b.end || a.rule.id.localeCompare(b.rule.id);
}

function reportOf(unit: ReplyUnit, cached: CachedUnit, languageFrom: LanguageFrom): UnitReport {
  return {
    title: unit.title,
    start: unit.sourceStart,
    end: unit.sourceEnd,
    language: cached.language,
    languageFrom,
    kind: cached.evaluation.inferred?.kind ?? cached.kind,
    ...(cached.evaluation.inferred ? { kindReason: cached.evaluation.inferred.reason } : {}),
    scorecard: cached.evaluation.scorecard,
    reasons: mapReasons(cached.evaluation.reasons, (reason) =>
      reason.start === undefined || reason.end === undefined ? reason : placedReason(reason, unit.toSource(reason.start), unit.toSource(reason.end)),
    ),
    ...(cached.checked === undefined ? {} : { uncheckedFrom: unit.toSource(cached.checked) }),
    ...(isWordlessBody(unit) ? { wordless: true as const } : {}),
  };
}

/**
 * A reply's report in a lint a cache keeps: its fields read from the reply and its evaluation, its reasons
 * placed in the source when first read. reportOf's copy of every reply's report and reasons (the bench's 5 MB
 * library: 8,736 of each, and a placed copy of each reason with a span, about 2 MB) lived as long as the
 * document stayed open, and the editor reads a reply's reasons only for its scorecard.
 */
class PlacedReport implements UnitReport {
  private placedReasons: ScorecardReasons | undefined = undefined;

  constructor(
    private readonly unit: ReplyUnit,
    private readonly cached: CachedUnit,
    readonly languageFrom: LanguageFrom,
  ) {}

  get title(): string {
    return this.unit.title;
  }
  get start(): number {
    return this.unit.sourceStart;
  }
  get end(): number {
    return this.unit.sourceEnd;
  }
  get language(): string {
    return this.cached.language;
  }
  get kind(): ReplyKind {
    return this.cached.evaluation.inferred?.kind ?? this.cached.kind;
  }
  get kindReason(): MessageRef | undefined {
    return this.cached.evaluation.inferred?.reason;
  }
  get scorecard(): UnitReport['scorecard'] {
    return this.cached.evaluation.scorecard;
  }
  get reasons(): ScorecardReasons {
    this.placedReasons ??= reportOf(this.unit, this.cached, this.languageFrom).reasons;
    return this.placedReasons;
  }
  get uncheckedFrom(): number | undefined {
    return this.cached.checked === undefined ? undefined : this.unit.toSource(this.cached.checked);
  }
  get wordless(): true | undefined {
    return isWordlessBody(this.unit) || undefined;
  }
}

/** A reply's report in a lint a cache keeps (reportOf's signature). */
function placedReport(unit: ReplyUnit, cached: CachedUnit, languageFrom: LanguageFrom): UnitReport {
  return new PlacedReport(unit, cached, languageFrom);
}

/**
 * A reply's report after edits before the reply moved it `shift` characters: it reads through to the report
 * as made, and its offsets are placed when read. An edit copied every later reply's report with its reasons
 * placed anew: in the middle of the 5 MB export about 2,500 copies, 90% of what a keystroke left for V8's old
 * generation (in process, as the server lints and reports: 767 -> 77 KB per edit; 16.4 -> 11.9 ms CPU).
 */
class MovedReport implements UnitReport {
  private placedReasons: ScorecardReasons | undefined = undefined;

  private constructor(
    private readonly report: UnitReport,
    private readonly shift: number,
  ) {}

  /** `report` moved by `delta` more characters (a moved report's own report is moved once, by the sum). */
  static of(report: UnitReport, delta: number): UnitReport {
    return report instanceof MovedReport ? new MovedReport(report.report, report.shift + delta) : new MovedReport(report, delta);
  }

  get title(): string {
    return this.report.title;
  }
  get start(): number {
    return this.report.start + this.shift;
  }
  get end(): number {
    return this.report.end + this.shift;
  }
  get language(): string {
    return this.report.language;
  }
  get languageFrom(): LanguageFrom {
    return this.report.languageFrom;
  }
  get kind(): ReplyKind {
    return this.report.kind;
  }
  get kindReason(): MessageRef | undefined {
    return this.report.kindReason;
  }
  get scorecard(): UnitReport['scorecard'] {
    return this.report.scorecard;
  }
  get reasons(): ScorecardReasons {
    const { shift } = this;
    this.placedReasons ??= mapReasons(this.report.reasons, (reason) =>
      reason.start === undefined || reason.end === undefined ? reason : placedReason(reason, reason.start + shift, reason.end + shift),
    );
    return this.placedReasons;
  }
  get uncheckedFrom(): number | undefined {
    return this.report.uncheckedFrom === undefined ? undefined : this.report.uncheckedFrom + this.shift;
  }
  get wordless(): true | undefined {
    return this.report.wordless;
  }
}

/**
 * A reason placed in the source. Written out field by field (an added field needs a property array of its own): a spread copy of
 * the reason got a hidden class of its own each time (81,000 of them, 18 MB,
 * for a library of 24,000 replies).
 */
function placedReason(reason: MessageRef, start: number, end: number): ScoreReason {
  return reason.args ? { id: reason.id, args: reason.args, start, end } : { id: reason.id, start, end };
}

/** Written out item by item (SCORECARD_ITEMS' order): built for every reply of a library, without an array of entries each. */
function mapReasons<T>(reasons: Record<ScorecardItem, T>, map: (reason: T) => ScoreReason): ScorecardReasons {
  return {
    greeting: map(reasons.greeting),
    empathy: map(reasons.empathy),
    nextStep: map(reasons.nextStep),
    ownership: map(reasons.ownership),
    closing: map(reasons.closing),
  };
}

/** Source order of findings, or of places where findings are (Place). */
const inSourceOrder = (a: Place, b: Place) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId);

/** A unit's findings in the source, in source order. */
function mappedFindings(cached: CachedUnit, unit: ReplyUnit, unitIndex: number, source: FindingSource, lines: LineIndex): Finding[] {
  return cached.evaluation.findings.map((found) => toFinding(found, unit, unitIndex, source, lines, cached.language)).sort(inSourceOrder);
}

/** The findings to show: suppressions applied, in source order, at most `maxFindings` (the rest counted). */
function resultOf(state: DocumentState, settingFindings: Finding[], maxFindings: number): LintResult {
  const shown = (!state.suppressed && settingFindings.length === 0 && firstVisible(state, maxFindings)) || everyVisible(state, settingFindings, maxFindings);
  const omittedInUnits = state.unitOmitted.reduce((sum, omitted) => sum + omitted, 0);
  return {
    findings: shown.findings,
    // Every reply has a report when there are rules: the state's list itself then (a copy per edit was 150 KB in the 5 MB export).
    units: state.unitReports.includes(undefined) ? state.unitReports.filter((report) => report !== undefined) : (state.unitReports as UnitReport[]),
    unusedDisables: shown.unusedDisables,
    omittedFindings: omittedInUnits + shown.visible - shown.findings.length,
    dialect: state.dialect.name,
    ...(state.engine ? { comment: state.engine.comment } : {}),
    ...(state.translationCalls.length > 0 ? { translationCalls: state.translationCalls } : {}),
    ...(state.aliasedBodies.length > 0 ? { aliasedBodies: state.aliasedBodies } : {}),
    lines: state.lines,
  };
}

interface Shown {
  /** The first `maxFindings` findings no comment hides, in source order. */
  findings: Finding[];
  /** How many findings no comment hides. */
  visible: number;
  unusedDisables: UnusedDisable[];
}

/** A finding placed `shift` characters later; its range is already right (DocumentState.unitShifts). */
function shiftedBy(finding: Finding, shift: number): Finding {
  const moveFix = (fix: Fix): Fix => ({
    title: fix.title,
    label: fix.label,
    edits: fix.edits.map((edit) => ({ start: edit.start + shift, end: edit.end + shift, newText: edit.newText })),
  });
  return {
    ruleId: finding.ruleId,
    category: finding.category,
    severity: finding.severity,
    message: finding.message,
    start: finding.start + shift,
    end: finding.end + shift,
    range: finding.range,
    excerpt: finding.excerpt,
    fix: finding.fix && moveFix(finding.fix),
    suggestions: finding.suggestions.length === 0 ? finding.suggestions : finding.suggestions.map(moveFix),
    unit: finding.unit,
  };
}

/** The unit's findings, built now if they were not (kept in the state: shown again after an edit, their ranges are the same objects). */
function findingsAt(state: DocumentState, index: number): Finding[] {
  const findings = state.unitFindings[index]!;
  if (Array.isArray(findings)) return findings;
  const built = mappedFindings(findings, state.unitList.at(index), index, { text: state.text, start: 0 }, state.lines);
  state.unitFindings[index] = built;
  return built;
}

/** The unit's findings where they are now. */
function placedFindings(state: DocumentState, index: number): Finding[] {
  const findings = findingsAt(state, index);
  const shift = state.unitShifts?.[index] ?? 0;
  return shift === 0 ? findings : findings.map((finding) => shiftedBy(finding, shift));
}

/** Every visible finding in one list, sorted when the units' are not in source order. */
function everyVisible(state: DocumentState, settingFindings: Finding[], maxFindings: number): Shown {
  const all = state.unitFindings.flatMap((_, index) => placedFindings(state, index));
  const { visible, unusedDisables } = state.suppressed
    ? { visible: all, unusedDisables: state.suppressed.unused() }
    : applySuppressions(all, state.directives, state.lines);
  // One by one: spread, tens of thousands of settings comments overflow the call stack.
  for (const finding of settingFindings) visible.push(finding);
  // Units follow each other in the source, so their sorted findings usually are sorted already.
  if (visible.some((finding, index) => index > 0 && inSourceOrder(visible[index - 1]!, finding) > 0)) visible.sort(inSourceOrder);
  return { findings: visible.length > maxFindings ? visible.slice(0, maxFindings) : visible, visible: visible.length, unusedDisables };
}

/**
 * What everyVisible shows, without a list of every finding: a lint kept by
 * the editor holds them all (a 5 MB export about 25,000), and each edit
 * copied and filtered them all to show the first 1,000. Each unit's findings
 * are in source order (mappedFindings sorts them, an edit moves them all
 * alike), so the units' first and last findings tell whether the whole list
 * is; undefined when it is not (everyVisible sorts it then). Every finding
 * still goes past the disable comments, which marks the ones used; only the
 * units up to the last one shown are built.
 */
function firstVisible(state: DocumentState, maxFindings: number): Shown | undefined {
  const shifts = state.unitShifts;
  const placed = (finding: Finding, unit: number): Finding => {
    const shift = shifts?.[unit] ?? 0;
    return shift === 0 ? finding : shiftedBy(finding, shift);
  };
  // inSourceOrder of the last finding so far and a unit's first, where they are now.
  const first: Place = { start: 0, end: 0, ruleId: '' };
  const last: Place = { start: 0, end: 0, ruleId: '' };
  let any = false;
  for (let unit = 0; unit < state.unitFindings.length; unit++) {
    const findings = state.unitFindings[unit]!;
    if (Array.isArray(findings)) {
      if (findings.length === 0) continue;
      const shift = shifts?.[unit] ?? 0;
      placeAt(first, findings[0]!, shift);
      if (any && inSourceOrder(last, first) > 0) return undefined;
      placeAt(last, findings[findings.length - 1]!, shift);
    } else {
      if (!findings.first || !findings.last) continue;
      const reply = state.unitList.at(unit);
      placeFound(first, findings.first, reply);
      if (any && inSourceOrder(last, first) > 0) return undefined;
      placeFound(last, findings.last, reply);
    }
    any = true;
  }
  const shown: Finding[] = [];
  let visible = 0;
  if (state.directives.length === 0) {
    for (let unit = 0; unit < state.unitFindings.length; unit++) {
      const entry = state.unitFindings[unit]!;
      visible += Array.isArray(entry) ? entry.length : entry.evaluation.findings.length;
      if (shown.length >= maxFindings) continue;
      const findings = findingsAt(state, unit);
      for (let index = 0; index < findings.length && shown.length < maxFindings; index++) shown.push(placed(findings[index]!, unit));
    }
    return { findings: shown, visible, unusedDisables: [] };
  }
  const suppressions = new Suppressions(state.directives, state.lines);
  for (let unit = 0; unit < state.unitFindings.length; unit++) {
    const entry = state.unitFindings[unit]!;
    // Past the last one shown, findings not built are only counted.
    if (!Array.isArray(entry) && visible >= maxFindings) {
      visible += visibleCount(entry, state.unitList.at(unit), suppressions, state.lines);
      continue;
    }
    const shift = shifts?.[unit] ?? 0;
    const findings = findingsAt(state, unit);
    for (let index = 0; index < findings.length; index++) {
      const finding = findings[index]!;
      if (suppressions.hides(finding.ruleId, finding.start + shift, finding.range.start.line)) continue;
      if (visible++ < maxFindings) shown.push(placed(finding, unit));
    }
  }
  return { findings: shown, visible, unusedDisables: suppressions.unused() };
}

/** Where a finding is, as inSourceOrder reads it. */
interface Place {
  start: number;
  end: number;
  ruleId: string;
}

/** A built finding where it is now: `shift` behind (DocumentState.unitShifts). */
function placeAt(place: Place, finding: Finding, shift: number): void {
  place.start = finding.start + shift;
  place.end = finding.end + shift;
  place.ruleId = finding.ruleId;
}

/** A finding of a unit not built yet where it is now. */
function placeFound(place: Place, found: UnitFinding, unit: ReplyUnit): void {
  place.start = unit.toSource(found.start);
  place.end = unit.toSource(found.end);
  place.ruleId = found.rule.id;
}

/** Holds the unit's stretch of the file from `start` on (the whole file, or a rebuilt reply's region). */
interface FindingSource {
  text: string | SourceText;
  start: number;
}

/** `language`: the reply's, in which fix titles are written. */
function toFinding(found: UnitFinding, unit: ReplyUnit, unitIndex: number, source: FindingSource, lines: LineIndex, language: string): Finding {
  const start = unit.toSource(found.start);
  const end = unit.toSource(found.end);
  // A change the file's syntax cannot hold where it goes is not offered at all.
  const toSourceFix = (fix: UnitFix): Fix | undefined => {
    const edits: TextEdit[] = [];
    for (const edit of fix.edits) {
      const newText = unit.encode(edit.newText, edit.start, edit.end);
      if (newText === undefined) return undefined;
      edits.push({ start: unit.toSource(edit.start), end: unit.toSource(edit.end), newText });
    }
    return { title: renderRef(language, fix.label), label: fix.label, edits };
  };
  return {
    ruleId: found.rule.id,
    category: found.rule.spec.category,
    severity: found.rule.severity,
    message: found.message,
    start,
    end,
    range: lines.rangeOf(start, end),
    // Detached: findings outlive their version of the text (an edit elsewhere keeps them), which a slice would keep alive.
    excerpt: detached(source.text.slice(start - source.start, end - source.start)),
    fix: found.fix && toSourceFix(found.fix),
    suggestions: found.suggestions.map(toSourceFix).filter((suggestion) => suggestion !== undefined),
    unit: unitIndex,
  };
}
