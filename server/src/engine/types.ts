// Shared data shapes of the engine. Offsets are UTF-16 code units into the
// source text (what JavaScript strings and LSP positions both use).

export const CATEGORIES = ['formula', 'empathy', 'deferral', 'ownership', 'tone', 'promise', 'clarity', 'placeholder'] as const;
export type Category = (typeof CATEGORIES)[number];

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

/** A stretch of a text by offsets, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export interface Position {
  /** 0-based line. */
  line: number;
  /** 0-based UTF-16 column. */
  character: number;
}

/** Source offsets as positions in the text (text/line-index.ts). */
export interface Positions {
  positionAt(offset: number): Position;
  rangeOf(start: number, end: number): Range;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface TextEdit {
  /** Source offsets, end exclusive. */
  start: number;
  end: number;
  newText: string;
}

/** One way to change the text: a fix or a suggestion. */
export interface Fix {
  /** Short label for a quick fix in the reply's language, e.g. `Replace with "click"`. */
  title: string;
  /** The same as a message id and arguments, for a client that renders it in another language. */
  label: MessageRef;
  edits: TextEdit[];
}

export interface Finding {
  ruleId: string;
  /** A rule's category, or `configuration` for a replylint comment the engine cannot follow. */
  category: Category | 'configuration';
  severity: Severity;
  message: string;
  /** Source offsets, end exclusive. */
  start: number;
  end: number;
  range: Range;
  /** The text the finding covers, as written. */
  excerpt: string;
  /**
   * The change that keeps the meaning and adds no commitment (drop a filler
   * word, repair placeholder syntax): what --fix, fix-all and fix-on-save apply.
   */
  fix?: Fix;
  /** Rewordings and insertions the writer picks one by one, never applied in bulk. */
  suggestions: Fix[];
  /** Index of the reply unit the finding belongs to. */
  unit: number;
}

/**
 * What a reply is: an e-mail to send (`reply`), a template an agent fills and
 * sends (`macro`), a block inserted into replies (`snippet`), a chat message
 * (`chat`), an automatic acknowledgement (`auto-reply`) or a post in a forum
 * or issue thread (`thread`: a comment, which need not greet or sign).
 */
export const REPLY_KINDS = ['reply', 'macro', 'snippet', 'chat', 'auto-reply', 'thread'] as const;
export type ReplyKind = (typeof REPLY_KINDS)[number];
/** What teams keep in repos: templates. */
export const DEFAULT_REPLY_KIND: ReplyKind = 'macro';
/**
 * Kinds a rule can name in `kinds:`: the reply kinds, the first chat message of a file that holds a conversation (its
 * opening), a transcript's agent turns (`chat-transcript`), and a chat reply kept with others in a library, a list of
 * lines or an export (`chat-saved`: a saved line or a bot's answer, sent to every customer).
 */
export type RuleKind = ReplyKind | 'chat-opening' | 'chat-transcript' | 'chat-saved';

export type ScoreValue = 'pass' | 'fail' | 'n/a';
export const SCORECARD_ITEMS = ['greeting', 'empathy', 'nextStep', 'ownership', 'closing'] as const;
export type ScorecardItem = (typeof SCORECARD_ITEMS)[number];
export type Scorecard = Record<ScorecardItem, ScoreValue>;

/**
 * A message of Replylint's own (not a rule's): an id in the message catalogs
 * (rules/messages/) and its arguments, rendered in the reply's language.
 */
export interface MessageRef {
  id: string;
  args?: Record<string, string>;
}

/**
 * Why a scorecard item passed, failed or does not apply, and the text it
 * points at (source offsets: LintResult.lines places them, as a library of
 * 24,000 replies would hold 100,000 ranges otherwise).
 */
export interface ScoreReason extends MessageRef {
  start?: number;
  end?: number;
}
export type ScorecardReasons = Record<ScorecardItem, ScoreReason>;

/** A reply's scorecard. Offsets are the source's: LintResult.lines places them. */
/**
 * How a reply's language was decided: a `replylint language=` comment, the
 * config or setting, its own words (detection), or, when they do not tell
 * (a one-line reply), its file's majority, its folder's majority or the default.
 */
export type LanguageFrom = 'comment' | 'setting' | 'words' | 'file' | 'folder' | 'default';

export interface UnitReport {
  title: string;
  start: number;
  end: number;
  language: string;
  languageFrom: LanguageFrom;
  kind: ReplyKind;
  /** For a macro read by its words (no kind named for the reply): why it was read as `kind` (a body, a notice, a note to agents, a full e-mail). */
  kindReason?: MessageRef;
  scorecard: Scorecard;
  reasons: ScorecardReasons;
  /** Where checking stopped (source offset) when the reply was too long to check whole (MAX_CHECKED_REPLY): the rest to its end is unchecked. */
  uncheckedFrom?: number;
  /**
   * A help-desk export's body with no words of its own: empty, blank, or only placeholders and markup. Nothing in it is
   * checked, and the command line and the editor say so at the body (wordlessMessage); absent for any other reply.
   */
  wordless?: true;
}

/** A disable comment that suppressed nothing (reported by --report-unused-disable). */
export interface UnusedDisable {
  start: number;
  end: number;
  range: Range;
  message: string;
}

/** A YAML macro body written as an alias (`value: *body`): where the alias stands, its name, and where the text it repeats starts. */
export interface AliasedBody {
  offset: number;
  alias: string;
  /** The offset of the anchored text (the last anchor of that name before the alias), when there is one. */
  anchor: number | undefined;
}

export interface LintResult {
  /** At most the configured maximum per file (`maxFindings`), in source order. */
  findings: Finding[];
  /** Findings past that maximum: counted, not reported one by one. */
  omittedFindings: number;
  units: UnitReport[];
  unusedDisables: UnusedDisable[];
  /** Lines of the text linted: places the offsets of units and reasons as lines and columns. */
  lines: Positions;
  /** The placeholder dialect the file was read in (configured or detected); absent when nothing was linted. */
  dialect?: string;
  /**
   * The comment the file's template engine drops before the customer sees the text, [opening, closing]: where an
   * editor writes a replylint directive in a plain-text file. Absent when its engine has none (it would print it).
   */
  comment?: readonly [string, string];
  /**
   * Where a plain-text template's translation calls hold their words ({% trans %}…{% endtrans %}, {ts}…{/ts}), source
   * offsets: a directive line put there would change the words its translations are looked up by. Only with `comment`.
   */
  translationCalls?: readonly Span[];
  /** A YAML export's bodies written as an alias: no reply of their own, their text read at the anchor. Absent when none. */
  aliasedBodies?: readonly AliasedBody[];
}
