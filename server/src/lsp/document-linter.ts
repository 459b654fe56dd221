// Lints open documents: settings and config in, one outcome per document
// version out, memoised until the text, the settings or the configs change.
// Never throws for a document: failures become a 'failed' outcome.

import * as path from 'node:path';
import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { UnknownLanguageError, VOCABULARY_RULE_ID, type ResolvedConfig } from '../engine/config/project-config';
import { readTextFile } from '../engine/io/files';
import { needsFolderLanguage, withFolderLanguage } from '../engine/folder-languages';
import { UnitCache, fileLanguageOf, lint, type LintOptions, type PlaceholderInSource } from '../engine/linter';
import type { LintResult, Position } from '../engine/types';
import { fromReplylint, renderMessage, type MessageArgs } from '../engine/messages';
import { LineIndex } from '../engine/text/line-index';
import { exportSyntaxError, readExportFile } from '../engine/units/exports';
import { formatOf } from '../engine/units/formats';
import { utf8Size } from './document-sizes';
import { sourceOf } from './piece-document';
import { readsXmlText, TEMPLATE_LANGUAGES } from './protocol';
import { PieceText, type SourceText } from '../engine/text/source-text';
import { WorkspaceFolderLanguages } from './folder-languages';
import { isClearlyReply } from './reply-files';
import { includeGlob, isTemplateView, PHP_HEAD_CHARS } from '../engine/io/template-views';
import { isConfigFileName, type WorkspaceConfigs, type ConfigRequest } from './workspace-configs';
import type { ReplylintSettings, SettingsStore } from './settings';
import { filePathOf, type WorkspaceFolders } from './workspace-folders';

export type LintOutcome =
  | { kind: 'linted'; result: LintResult; config: ResolvedConfig; options: LintOptions; fileName: string }
  | { kind: 'disabled' }
  /** No config in reach and not clearly a reply (replylint.withoutConfig: replies). */
  | { kind: 'idle' }
  /**
   * A mail template view (`.blade.php`, `.hbs`, a PHP mail view …) no `include` glob of its config names: not linted,
   * as a folder search on the command line leaves it out. `include`: the glob that would name it (relative to the
   * config's folder); `detail`: why, short (the status item's hover does not wrap), and `message`: why and how, both
   * in the editor's display language; `config`: the config file, if any.
   */
  | { kind: 'view'; include: string; detail: string; message: string; config: string | undefined }
  /** A `.replylint.yaml` open in the editor: its problems are published by config-problems. */
  | { kind: 'config-file' }
  /** Not linted; `at`: where the reason is in the text (a macro export's syntax error), else the file as a whole. */
  | { kind: 'skipped'; message: string; at?: Position }
  /** `message`: the whole note, in the editor's display language (an engine error's own words stay English). */
  | { kind: 'failed'; message: string };

/** An outcome with the document it belongs to; use both before the next await. */
export interface LintSnapshot {
  document: TextDocument;
  settings: ReplylintSettings;
  outcome: LintOutcome;
}

interface Memo {
  version: number;
  /** The text linted (a PieceDocument's version, else its string): a client may send a change under a version number it already used. */
  text: SourceText;
  generation: number;
  outcome: LintOutcome;
}

export interface DocumentLinterDeps {
  documents: TextDocuments<TextDocument>;
  settings: SettingsStore;
  configs: WorkspaceConfigs;
  folders: WorkspaceFolders;
  logError(message: string): void;
  logWarning(message: string): void;
  /** A linted version of a document was dropped (a newer one linted, or the document closed): its length in code units. */
  dropped?(length: number): void;
  /** A document is about to be linted for the first time since it was opened: its length in code units. */
  opening?(length: number): void;
  /**
   * A document long enough for its first lint to take a while is about to get it: resolves once the editor is told
   * (work-done progress), with what to call when the lint is done.
   */
  longFirstLint?: (uri: string) => Promise<() => void>;
  /** A folder's language (for replies nothing else tells) is known or changed: its open documents were linted without it. */
  folderLanguageChanged?(folder: string): void;
  /** A document or a file on disk was linted (not skipped): its result. */
  linted?(uri: string, result: LintResult): void;
  /** The editor's display language: a note on a file that was not linted (it holds no reply to take a language from) is in it. */
  editorLanguage: string;
}

/**
 * A document this long (code units) is linted for the first time under a progress report: a 5 MB library took 2-3 s
 * on a quiet machine and 50 s on a loaded one, with nothing on screen to say Replylint was at work.
 */
export const LONG_FIRST_LINT_UNITS = 1_000_000;

export class DocumentLinter {
  private readonly memos = new Map<string, Memo>();
  /** First lints of long documents under way: a request that comes meanwhile waits for the same one. */
  private readonly firstLints = new Map<string, Promise<LintSnapshot | undefined>>();
  /** Per open document: reply evaluations by text, so an edit re-lints only the replies it touched. */
  private readonly unitCaches = new Map<string, UnitCache>();
  /** Bumped when settings or configs change, so every memo goes stale. */
  private generation = 0;
  /** Unknown ids in replylint.rules already reported. */
  private readonly reportedRuleSettings = new Set<string>();
  /** The language of each folder whose open document needed it, as the command line reads it. */
  private readonly folderLanguages: WorkspaceFolderLanguages;

  constructor(private readonly deps: DocumentLinterDeps) {
    this.folderLanguages = new WorkspaceFolderLanguages({
      workspaceFolderOf: (filePath) => deps.folders.containing(filePath),
      censusFor: async (uri) => {
        const settings = await deps.settings.get(uri);
        return (filePath) => this.census(filePath, settings);
      },
      changed: (folder) => deps.folderLanguageChanged?.(folder),
      logError: (message) => deps.logError(message),
    });
  }

  /** The outcome for the document's current text; undefined when it is not open. `told`: a long first lint was announced. */
  async current(uri: string, told = false): Promise<LintSnapshot | undefined> {
    let settings: ReplylintSettings;
    let generation: number;
    do {
      generation = this.generation;
      settings = await this.deps.settings.get(uri);
    } while (generation !== this.generation);
    const document = this.deps.documents.get(uri);
    if (!document) return undefined;
    const memo = this.memos.get(uri);
    const text = sourceOf(document);
    if (memo && memo.version === document.version && memo.text === text && memo.generation === generation) {
      return { document, settings, outcome: memo.outcome };
    }
    if (!memo && !told && this.deps.longFirstLint && text.length >= LONG_FIRST_LINT_UNITS) {
      let first = this.firstLints.get(uri);
      if (!first) this.firstLints.set(uri, (first = this.toldFirstLint(uri, this.deps.longFirstLint)));
      return first;
    }
    if (!memo) this.deps.opening?.(text.length);
    const outcome = this.lintDocument(document, settings);
    this.memos.set(uri, { version: document.version, text, generation, outcome });
    if (memo && memo.text !== text) this.deps.dropped?.(droppedLength(memo.text, text));
    return { document, settings, outcome };
  }

  /** A long first lint, with the editor told while it runs (the lint holds the server's thread until it is done). */
  private async toldFirstLint(uri: string, longFirstLint: (uri: string) => Promise<() => void>): Promise<LintSnapshot | undefined> {
    const done = await longFirstLint(uri);
    try {
      return await this.current(uri, true);
    } finally {
      this.firstLints.delete(uri);
      done();
    }
  }

  /** The placeholder at a source offset of an open document, as its last lint read it. */
  placeholderAt(document: TextDocument, offset: number): PlaceholderInSource | undefined {
    return this.unitCaches.get(document.uri)?.placeholderAt(sourceOf(document), offset);
  }

  invalidateAll(): void {
    this.generation++;
    this.folderLanguages.configChanged();
  }

  /** The document's next lint reads it anew (its folder's language changed). */
  invalidate(uri: string): void {
    const memo = this.memos.get(uri);
    if (memo) memo.generation = -1;
  }

  /** Files changed on disk (workspace/didChangeWatchedFiles): the folders of reply files among them are read again. */
  filesChanged(filePaths: readonly string[]): void {
    this.folderLanguages.filesChanged(filePaths);
  }

  dispose(): void {
    this.folderLanguages.dispose();
  }

  forget(uri: string): void {
    const memo = this.memos.get(uri);
    this.unitCaches.delete(uri);
    this.memos.delete(uri);
    if (memo) this.deps.dropped?.(memo.text.length);
  }

  /** Lints a file from disk that is not open (Lint workspace). */
  async lintFile(uri: string): Promise<LintOutcome> {
    const settings = await this.deps.settings.get(uri);
    const filePath = filePathOf(uri);
    if (filePath === undefined) return { kind: 'skipped', message: renderMessage(this.deps.editorLanguage, 'note.notAFile') };
    const read = readTextFile(filePath, settings.maxFileSize, 'replylint.maxFileSize');
    if ('skipped' in read) return { kind: 'skipped', message: fromReplylint(renderMessage(this.deps.editorLanguage, read.skipped.id, read.skipped.args)) };
    const file = { uri, text: read.text, size: Buffer.byteLength(read.text, 'utf8'), languageId: undefined };
    const outcome = this.lintText(file, filePath, settings, undefined, false);
    // Not open, so nothing re-publishes it later: the folder is read now when it must be.
    if (outcome.kind !== 'linted' || this.folderLanguages.voteFor(filePath) || !needsFolderLanguage(outcome.result, outcome.options)) return outcome;
    await this.folderLanguages.count(filePath, uri);
    return this.folderLanguages.voteFor(filePath)?.language === undefined ? outcome : this.lintText(file, filePath, settings);
  }

  /** What a file on disk beside a document tells of its folder's language (engine fileLanguageOf with its config). */
  private census(filePath: string, settings: ReplylintSettings): string | undefined {
    try {
      const config = this.deps.configs.configFor(this.configRequest(filePath, settings));
      if (config.ignored) return undefined;
      const read = readTextFile(filePath, settings.maxFileSize, 'replylint.maxFileSize');
      return 'skipped' in read ? undefined : fileLanguageOf({ text: read.text, fileName: filePath }, config.lintOptions);
    } catch (error) {
      this.deps.logWarning(`Replylint: reading ${filePath} for its folder's language failed: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }

  private lintDocument(document: TextDocument, settings: ReplylintSettings): LintOutcome {
    let cache = this.unitCaches.get(document.uri);
    if (!cache) this.unitCaches.set(document.uri, (cache = new UnitCache()));
    return this.lintText(
      { uri: document.uri, text: sourceOf(document), size: utf8Size(document), languageId: document.languageId },
      filePathOf(document.uri),
      settings,
      cache,
    );
  }

  private lintText(
    /** `size`: the text in UTF-8 bytes. */
    document: { uri: string; text: SourceText; size: number; languageId: string | undefined },
    filePath: string | undefined,
    settings: ReplylintSettings,
    cache?: UnitCache,
    /** Whether a folder whose language the lint needs is read in the background (the document is linted again then). */
    countFolder = true,
  ): LintOutcome {
    try {
      if (filePath !== undefined && isConfigFileName(filePath)) {
        // Not a reply. Resolving it as replies beside it do surfaces its problems while it is open.
        this.deps.configs.configFor(this.configRequest(filePath, settings));
        return { kind: 'config-file' };
      }
      if (!settings.enable) return { kind: 'disabled' };
      const { text, size } = document;
      const fileName = filePath ?? path.posix.basename(decodedUriPath(document.uri));
      // An XML file is read only when it is TwiML or an Odoo data file: a build file, an app's strings or an SVG gets
      // nothing, not even a note on its size. The root is found before anything else is read, in the text's head
      // (readsXmlText), so such a file too big to check gets the note and a big SVG is not copied whole at each edit.
      const xml = formatOf(fileName, document.languageId) === 'xml';
      if (xml && !readsXmlText(text.length, (end) => (end === text.length ? text.toString() : text.slice(0, end)))) return { kind: 'disabled' };
      const request = this.configRequest(filePath, settings);
      const config = this.deps.configs.configFor(request);
      if (config.ignored) return { kind: 'disabled' };
      // A template view is linted when its config's `include` names it, as in a folder search on the command line: a
      // file from disk (Lint Workspace) or a document in a template language (php, handlebars …). One the editor opened
      // as plain text, HTML or Markdown was linted before views were told apart, and still is.
      const root = request.workspaceRoot ?? (filePath !== undefined ? path.dirname(filePath) : undefined);
      const gated = document.languageId === undefined || TEMPLATE_LANGUAGES.includes(document.languageId);
      if (filePath !== undefined && root !== undefined && gated && !config.included) {
        if (isTemplateView(filePath, root, () => text.slice(0, Math.min(text.length, PHP_HEAD_CHARS)))) return this.viewOutcome(filePath, config.file, root);
        // Any other PHP file is code: nothing to say of it.
        if (/\.php$/i.test(filePath)) return { kind: 'disabled' };
      }
      if (size > settings.maxFileSize) {
        return {
          kind: 'skipped',
          message: renderMessage(this.deps.editorLanguage, 'note.tooLarge', { size, limit: settings.maxFileSize }),
        };
      }
      const exportCandidate = /\.(json|ya?ml)$/i.test(filePath ?? '') || document.languageId === 'json' || document.languageId === 'yaml';
      // JSON and YAML are linted to see whether they are exports, and TwiML and Odoo data are read wherever they are; others are not read at all.
      if (
        settings.withoutConfig === 'replies' &&
        config.file === undefined &&
        !exportCandidate &&
        !xml &&
        !isClearlyReply(document.uri, filePath, request.workspaceRoot)
      ) {
        return { kind: 'idle' };
      }
      this.reportUnknownRuleSettings(settings, config);
      let options = config.lintOptions;
      if (settings.placeholders) options = { ...options, placeholders: settings.placeholders };
      // An untitled buffer is a draft about to be sent: a reply, unless a config names the kind.
      if (filePath === undefined && config.kind === undefined) options = { ...options, kind: 'reply' };
      // A file none of whose replies tells its language is read in its folder's, as on the command line:
      // the folder's vote once known (the same result as linting first without it), else it is read off the
      // edit path and the document linted again (folderLanguageChanged).
      const vote = filePath !== undefined && options.autoDetect ? this.folderLanguages.voteFor(filePath) : undefined;
      options = withFolderLanguage(options, vote?.language);
      const result = lint({ text, fileName, languageId: document.languageId }, options, cache);
      if (countFolder && filePath !== undefined && vote === undefined && needsFolderLanguage(result, options)) {
        void this.folderLanguages.count(filePath, document.uri);
      }
      if (result.units.length === 0 && exportCandidate) {
        const format = formatOf(fileName, document.languageId);
        const whole = text.toString();
        const syntax = format === 'json' || format === 'yaml' ? exportSyntaxError(readExportFile(whole, format), options.exportFields) : undefined;
        if (syntax) {
          return { kind: 'skipped', message: `Replylint: ${syntax.message}`, at: new LineIndex(whole).positionAt(syntax.offset) };
        }
      }
      this.deps.linted?.(document.uri, result);
      return { kind: 'linted', result, config, options, fileName };
    } catch (error) {
      // A language code no pack knows: the user must see it, not get a lint with no rules.
      if (error instanceof UnknownLanguageError) {
        return this.failed(error.message, 'note.unknownLanguageSetting', { code: error.code, known: error.known.join(', ') });
      }
      const message = error instanceof Error ? error.message : String(error);
      this.deps.logError(`Linting ${document.uri} failed: ${error instanceof Error ? (error.stack ?? message) : message}`);
      return this.failed(message, 'note.lintFailed', { detail: message });
    }
  }

  /**
   * A failure said in the editor's display language. The catalogs are read from the rules folder: when that folder is
   * what failed (a bundle installed without it), the engine's own words are all there is to say.
   */
  private failed(detail: string, id: 'note.lintFailed' | 'note.unknownLanguageSetting', args: MessageArgs): LintOutcome {
    try {
      return { kind: 'failed', message: renderMessage(this.deps.editorLanguage, id, args) };
    } catch {
      return { kind: 'failed', message: `Replylint: ${detail}` };
    }
  }

  /** An unnamed view's outcome: the glob that names every view of its kind in its folder, relative to the config's folder. */
  private viewOutcome(filePath: string, configFile: string | undefined, root: string): LintOutcome {
    const include = includeGlob(path.dirname(filePath), filePath, configFile !== undefined ? path.dirname(configFile) : root);
    const config = configFile !== undefined ? path.basename(configFile) : '.replylint.yaml';
    const language = this.deps.editorLanguage;
    return {
      kind: 'view',
      include,
      config: configFile,
      detail: renderMessage(language, 'note.viewNotIncluded'),
      message: renderMessage(language, 'note.viewHowToInclude', { file: path.basename(filePath), config, glob: include }),
    };
  }

  /** Files find their config upwards from their folder; other buffers use the first workspace folder's. */
  private configRequest(filePath: string | undefined, settings: ReplylintSettings): ConfigRequest {
    const folder = filePath !== undefined ? this.deps.folders.containing(filePath) : this.deps.folders.first;
    // A relative configPath is relative to the workspace folder, as VS Code settings are.
    const base = folder ?? (filePath !== undefined ? path.dirname(filePath) : process.cwd());
    const configFile = settings.configPath ? path.resolve(base, settings.configPath) : undefined;
    return {
      filePath,
      dir: filePath !== undefined ? path.dirname(filePath) : folder,
      configFile,
      language: settings.language || undefined,
      workspaceRoot: folder,
      rules: settings.rules,
    };
  }

  /** A typo in replylint.rules must not stop linting: the engine ignores it, and it is logged once. */
  private reportUnknownRuleSettings(settings: ReplylintSettings, config: ResolvedConfig): void {
    const ids = [...config.packs.flatMap((pack) => Object.keys(pack.spec.rules)), VOCABULARY_RULE_ID];
    const known = new Set([...ids, ...ids.map((id) => id.split('/')[0]!)]);
    for (const key of Object.keys(settings.rules)) {
      if (known.has(key) || this.reportedRuleSettings.has(key)) continue;
      this.reportedRuleSettings.add(key);
      this.deps.logWarning(`replylint.rules: no rule or category "${key}" in this folder's packs; the setting is ignored.`);
    }
  }
}

/**
 * The text a lint of `current` left to collect of `linted`, the version linted
 * before, in code units: all of it, unless `current` is a PieceText the lint did
 * not read whole that was made from `linted` by edits, which shares every piece
 * but the edited ones with it (the collection after a pause is for whole versions).
 */
function droppedLength(linted: SourceText, current: SourceText): number {
  if (!(current instanceof PieceText) || current.whole) return linted.length;
  const change = current.changeSince(linted);
  return change ? change.oldEnd - change.start : linted.length;
}

/** The path part of a URI, decoded where it can be (a lone "%" stays as written). */
function decodedUriPath(uri: string): string {
  const rest = uri.replace(/^[^:]*:/, '');
  try {
    return decodeURIComponent(rest);
  } catch {
    return rest;
  }
}
