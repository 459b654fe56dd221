// Names and message shapes shared by the server and its clients: the VS Code
// extension and the tests import this module. Protocol-only: no server state.

import { RequestType, type Diagnostic, type Position, type Range } from 'vscode-languageserver-protocol';
import type { ScorecardLine } from '../engine/scorecard-summary';
import type { ReplyKind, Scorecard } from '../engine/types';

/**
 * Node options the server is started with (VS Code's launch options, the tests and the benchmark):
 * a young generation of 4 MB per half instead of V8's 16 MB. With a 5 MB export open and
 * edited the server peaked about 40 MB lower (280 -> 240 MB), for the same CPU time
 * (docs/performance.md). Only a launch flag sets it.
 * And an old generation that grows by 30 %, not 50 % (v8-policy.ts's value, which it then leaves
 * as given), between full collections: the peak of opening the 5 MB export is the first lint's
 * garbage on top of what it keeps, 136-139 -> 128-132 MB over stdio (docs/performance.md).
 */
export const SERVER_EXEC_ARGV = ['--max-semi-space-size=4', '--heap-growing-percent=30'];

/**
 * Environment variables the server is started with (VS Code's launch options, the tests and the
 * benchmark), on top of the editor's own: glibc's malloc gives freed memory back to the system at
 * once. By default it raises its thresholds after the first big block is freed (the 5 MB message that
 * opens an export), keeps later big blocks in its heap and trims that heap rarely: over LSP with
 * the 5 MB export the server sat 10-13 MB higher after opening and after a pause in typing
 * (docs/performance.md). Only a C library that reads them (glibc) is affected; other allocators
 * ignore them.
 */
export const SERVER_ENV: Readonly<Record<string, string>> = { MALLOC_TRIM_THRESHOLD_: '131072', MALLOC_MMAP_THRESHOLD_: '131072' };

/** SERVER_ENV without the variables `env` sets already: a value the user chose is kept. */
export function serverEnvironment(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  return Object.fromEntries(Object.entries(SERVER_ENV).filter(([name]) => env[name] === undefined));
}

/**
 * What a client may tell the server at start (initializationOptions). `cacheFolder`: a folder the server may keep
 * what it reuses from one start to the next in (its phrase tries; VS Code: the extension's global storage). Without
 * it the server keeps them in the user's cache folder.
 */
export interface InitializationOptions {
  cacheFolder?: string;
}

/**
 * Whether an XML document is one the server reads: TwiML, whose root is <Response>, or an Odoo module's data file
 * (<odoo>, <openerp>). The client asks it of an XML file before it starts the server, so opening a pom.xml or an SVG
 * starts nothing.
 */
export { readsXmlText } from '../engine/units/xml-elements';

/**
 * Reply files other than JSON and YAML (watched already, for configs and exports): the client watches them
 * for the server, which reads a folder's files for its language (lsp/folder-languages.ts).
 * engine/io/files.ts LINTED_EXTENSIONS lists the same extensions.
 */
export const REPLY_FILES_GLOB = '**/*.{md,markdown,txt,html,htm,xml}';
/**
 * What Lint Workspace reads besides REPLY_FILES_GLOB and exports: mail template views and `.text` files, each linted
 * when its config's `include` names it and counted as left out otherwise (engine/io/template-views.ts), and plain PHP
 * files in a views, mail or templates folder (a PHP mail view elsewhere, told only by its text, is not looked for).
 */
/** PHP files that are views by their name (Blade, CakePHP) or folder (engine/io/template-views.ts VIEW_FOLDER). */
export const PHP_VIEW_GLOBS = [
  '**/*.{blade.php,ctp}',
  '**/{view,views,mail,mails,email,emails,e-mail,e-mails,template,templates,notification,notifications,layout,layouts}/**/*.php',
];
export const TEMPLATE_FILES_GLOBS = ['**/*.{blade.php,hbs,handlebars,mustache,twig,liquid,njk,jinja,jinja2,j2,erb,mjml,tpl,ctp,text}', PHP_VIEW_GLOBS[1]!];
/**
 * VS Code language ids of template views (Blade, PHP, Handlebars, Twig, Liquid, MJML and others as extensions name
 * them): the server gets these documents and lints a view its config's `include` names, or says why not.
 */
export const TEMPLATE_LANGUAGES = ['php', 'blade', 'handlebars', 'twig', 'liquid', 'mjml', 'nunjucks', 'jinja', 'erb', 'mustache'];
export { isTemplateName, inViewFolder } from '../engine/io/template-views';
/** The ignore files the command line honours: a folder's language leaves out the reply files they ignore (folder-languages.ts). */
export const IGNORE_FILES_GLOB = '**/{.gitignore,.replylintignore}';

/** `Diagnostic.source` of everything the server reports. */
export const DIAGNOSTIC_SOURCE = 'replylint';

/** Code action kind for fix-on-save (`editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = 'source.fixAll.replylint';

export const Commands = {
  /** Server-side: `{ uri }` -> applies every fix via workspace/applyEdit. */
  applyFixAll: 'replylint.applyFixAll',
  /**
   * Server-side: `[ruleId, documentUri?]` -> opens the rule's documentation (window/showDocument,
   * or a message with the link) and returns it as Markdown. VS Code shows that Markdown in a preview.
   */
  showRuleDocs: 'replylint.showRuleDocs',
  /**
   * Server-side: `[{ uri, range }]` -> selects a fill-in slot in the editor (window/showDocument
   * with a selection), so what the writer types replaces it.
   */
  fillIn: 'replylint.fillIn',
  /** Client-side: `[{ uri, position }]` -> shows the scorecard of that reply. */
  showScorecard: 'replylint.showScorecard',
} as const;

export interface ApplyFixAllArguments {
  uri: string;
}

export interface FillInArguments {
  uri: string;
  range: Range;
}

export interface ScorecardParams {
  uri: string;
  /** The reply containing this position; the first reply when omitted. */
  position?: Position;
}

export interface ReplyScorecard {
  title: string;
  range: Range;
  language: string;
  /** What the reply is (macro, reply, snippet, chat, auto-reply, thread): it decides which checks apply. */
  kind: ReplyKind;
  scorecard: Scorecard;
  /** In the reply's language: the one-line summary, the heading ("Scorecard of macro Refund delay") and each item with its reason. */
  summary: string;
  heading: string;
  /** The kind it is read as, in its language, and its language ("Read as: macro · pl"): what decides which rules fire. */
  reading: string;
  /** For a macro read by its words: why it was read as `kind` and how to name another (in the reply's language). */
  kindReason?: string;
  /** With `kindReason`: the reason in a line that fits a list row (about 75 characters), where the catalog has one. */
  kindBrief?: string;
  /** With `kindReason`: the kind it was read as, short ("Read as: macro"), a label that fits a row where the reason may not. */
  readAs?: string;
  lines: ScorecardLine[];
  /** Which reply of the file this is, and how many the file holds. */
  index: number;
  count: number;
}

export const ScorecardRequest = new RequestType<ScorecardParams, ReplyScorecard | null, void>('replylint/scorecard');

/**
 * Whether the server lints a document: `idle` when no config is in reach and the
 * document is not clearly a reply (replylint.withoutConfig: replies), `off` when
 * disabled or ignored.
 */
export type LintState = 'linting' | 'idle' | 'view' | 'off';
export const LintStateRequest = new RequestType<{ uri: string }, LintState, void>('replylint/lintState');

/**
 * Why a mail template view is not linted (its LintState is `view`) and how to lint it, in the editor's display
 * language: `detail` short (a status item's hover), `message` whole; `include` the glob that names it, `config` the
 * config file's URI (none: no config in reach).
 */
export interface ViewNote {
  detail: string;
  message: string;
  include: string;
  config?: string;
}
export const ViewNoteRequest = new RequestType<{ uri: string }, ViewNote | null, void>('replylint/viewNote');

export interface LintFilesParams {
  uris: string[];
  /**
   * More batches of the same run follow (Lint Workspace sends a workspace in batches). The filing hints wait for the
   * batch without it: a hint counts a folder's files, and a folder's first batch alone can cross a threshold the whole
   * folder does not, or tell a count that is only part of it.
   */
  more?: boolean;
}

export interface FileDiagnostics {
  uri: string;
  diagnostics: Diagnostic[];
  /** A mail template view left out (no `include` glob names it): the glob that would. */
  leftOutView?: string;
}

/** Lints files that are not open (the client's Lint workspace command). */
export const LintFilesRequest = new RequestType<LintFilesParams, FileDiagnostics[], void>('replylint/lintFiles');

export interface RuleDocsParams {
  ruleId: string;
  /** The document whose configuration decides which rule that id is. */
  uri?: string;
}

/** The rule's documentation as Markdown, the same text as docs/rules.md. */
export const RuleDocsRequest = new RequestType<RuleDocsParams, string, void>('replylint/ruleDocs');

export interface CreateConfigParams {
  folderUri: string;
}

export interface CreateConfigResult {
  /** URIs written, config first. */
  written: string[];
  error?: string;
}

/** Writes the starter .replylint.yaml and team pack into a folder. */
export const CreateConfigRequest = new RequestType<CreateConfigParams, CreateConfigResult, void>('replylint/createConfig');
