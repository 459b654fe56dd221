// The editor's side of a folder's language (engine/folder-languages.ts): an
// open file none of whose replies tells its language is read in the language
// most reply files beside it tell, as the command line reads it. The files of
// the folder are listed and read off the edit path, one per turn of the event
// loop (a keystroke is never kept waiting for a folder), with the bounds of
// every read (regular files under replylint.maxFileSize, inside the workspace
// folder once symlinks are resolved); each folder's vote is kept until a
// reply file in it changes (workspace/didChangeWatchedFiles), and the
// documents of a folder are linted again when its vote is known or changes.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { FolderLanguages } from '../engine/folder-languages';
import { isInside } from '../engine/config/pack-resolver';
import { LINTED_EXTENSIONS } from '../engine/io/files';
import { IGNORE_FILE_NAMES, IgnoreRules, foldersDownTo } from '../engine/io/ignore-files';

/**
 * Files of one folder read for its vote at most: a bound on the reads a folder of exports can ask for. A folder
 * with more is sampled evenly across its names, so a macro repo of 5,000 files whose first thousand by name are
 * in one language and the rest in another votes as all of them would (the first thousand would not).
 */
export const MAX_FOLDER_FILES = 1000;

/** At most `max` of `names` (in order), spread evenly from the first to the last. */
export function evenSample<T>(names: readonly T[], max: number): T[] {
  if (names.length <= max) return [...names];
  return Array.from({ length: max }, (_, index) => names[Math.floor((index * names.length) / max)]!);
}

/** In a count's set of changed files: the configuration changed, everything is read again. */
const CONFIG_CHANGED = '';

export interface FolderLanguageDeps {
  /** The innermost workspace folder holding a file; none: nothing beside it is read. */
  workspaceFolderOf(filePath: string): string | undefined;
  /**
   * How files are read for a folder's vote, with the settings of the document that asked (`uri`): the
   * language most replies of a file on disk tell (fileLanguageOf with its config), undefined when none
   * does or it is not read (too big, ignored, not a regular file).
   */
  censusFor(uri: string): Promise<(filePath: string) => string | undefined>;
  /** A folder's vote is known for the first time, or changed: its open documents are linted again. */
  changed(folder: string): void;
  logError(message: string): void;
}

export class WorkspaceFolderLanguages {
  private readonly listings = new Map<string, readonly string[]>();
  // Every file is read (recorded) before a folder is counted, one per turn: the engine's census never runs here.
  private readonly languages = new FolderLanguages(
    (folder) => this.listings.get(folder) ?? [],
    () => undefined,
  );
  /** Per folder: the document whose settings its files are read with (the last that asked). */
  private readonly askedBy = new Map<string, string>();
  /** Per folder counted: the vote documents are linted with, kept while the folder is counted again after a change. */
  private readonly votes = new Map<string, string | undefined>();
  /** Folders being counted. */
  private readonly counting = new Map<string, Promise<void>>();
  /** Per folder being counted: files that changed meanwhile, read again by another round. */
  private readonly changedMeanwhile = new Map<string, Set<string>>();
  private disposed = false;

  constructor(private readonly deps: FolderLanguageDeps) {}

  /** The vote in use for `filePath`'s folder: `{ language }` once counted (undefined language: the folder tells none), else undefined. */
  voteFor(filePath: string): { language: string | undefined } | undefined {
    const folder = path.dirname(filePath);
    return this.votes.has(folder) ? { language: this.votes.get(folder) } : undefined;
  }

  /** Counts `filePath`'s folder (for the document `uri`) unless it is counted or being counted; resolves when its vote is known. */
  count(filePath: string, uri: string): Promise<void> {
    const folder = path.dirname(filePath);
    this.askedBy.set(folder, uri);
    if (this.votes.has(folder)) return this.counting.get(folder) ?? Promise.resolve();
    return this.countFolder(folder);
  }

  /** Watched files changed: the folders holding reply files among them are counted again (when they were counted). */
  filesChanged(filePaths: readonly string[]): void {
    const folders = new Set<string>();
    for (const filePath of filePaths) {
      if (IGNORE_FILE_NAMES.includes(path.basename(filePath))) {
        // An ignore file speaks for its folder and every folder below: each counted one there is listed again.
        const dir = path.dirname(filePath);
        for (const folder of this.votes.keys()) {
          if (!isInside(folder, dir)) continue;
          this.changedMeanwhile.get(folder)?.add(filePath);
          folders.add(folder);
        }
        continue;
      }
      if (!LINTED_EXTENSIONS.includes(path.extname(filePath).toLowerCase())) continue;
      const folder = path.dirname(filePath);
      this.languages.forget(filePath);
      // A count under way may have read it already: it is read again in another round.
      this.changedMeanwhile.get(folder)?.add(filePath);
      folders.add(folder);
    }
    for (const folder of folders) this.recount(folder);
  }

  /** The configuration changed (languages, ignores, limits): every counted folder is read again. */
  configChanged(): void {
    this.languages.clear();
    for (const changed of this.changedMeanwhile.values()) changed.add(CONFIG_CHANGED);
    for (const folder of this.votes.keys()) this.recount(folder);
  }

  dispose(): void {
    this.disposed = true;
  }

  private recount(folder: string): void {
    if (!this.counting.has(folder) && this.votes.has(folder)) void this.countFolder(folder);
  }

  private countFolder(folder: string): Promise<void> {
    const running = this.counting.get(folder);
    if (running) return running;
    const changed = new Set<string>();
    this.changedMeanwhile.set(folder, changed);
    const work = (async () => {
      try {
        let language: string | undefined;
        do {
          // Files that changed during the last round are read again (the round may have read them before the change).
          if (changed.has(CONFIG_CHANGED)) this.languages.clear();
          for (const file of changed) this.languages.forget(file);
          changed.clear();
          language = await this.vote(folder);
          if (this.disposed) return;
        } while (changed.size > 0);
        const known = this.votes.has(folder);
        const before = this.votes.get(folder);
        this.votes.set(folder, language);
        if (!known ? language !== undefined : language !== before) this.deps.changed(folder);
      } catch (error) {
        this.deps.logError(`Replylint: reading the language of ${folder} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      } finally {
        this.counting.delete(folder);
        this.changedMeanwhile.delete(folder);
      }
    })();
    this.counting.set(folder, work);
    return work;
  }

  /** Lists the folder's reply files and reads those not read yet, one per turn of the event loop; then its vote. */
  private async vote(folder: string): Promise<string | undefined> {
    // Listed anew each time: files come and go (the files already read are not read again).
    this.listings.set(folder, await this.replyFiles(folder));
    const unread = this.languages.unread(folder);
    const census = unread.length > 0 ? await this.deps.censusFor(this.askedBy.get(folder)!) : undefined;
    for (const file of unread) {
      await new Promise((resolve) => setImmediate(resolve));
      if (this.disposed) return undefined;
      // A change to this file while it is read is seen by another round (filesChanged notes it).
      this.languages.record(file, census!(file));
    }
    this.languages.forgetCount(folder);
    return this.languages.ofFolder(folder);
  }

  /**
   * The reply files of a folder inside a workspace folder, as the command line finds them searching the
   * workspace folder: reply extensions, no dot files, none that .gitignore or .replylintignore (from the
   * workspace folder down) ignores nor any in node_modules, dist and the like, regular files once symlinks
   * are resolved, and those inside the workspace folder. The census reads each with the size bound.
   */
  private async replyFiles(folder: string): Promise<string[]> {
    const root = this.deps.workspaceFolderOf(path.join(folder, 'file'));
    if (root === undefined) return [];
    let realRoot: string;
    let entries: fs.Dirent[];
    try {
      realRoot = await fs.promises.realpath(root);
      if (!isInside(await fs.promises.realpath(folder), realRoot)) return [];
      entries = await fs.promises.readdir(folder, { withFileTypes: true });
    } catch {
      return [];
    }
    // The ignore files the command line honours, from the workspace folder down (read anew at each count).
    const ignores = new IgnoreRules();
    await ignores.preload(foldersDownTo(folder, root));
    const names = entries
      .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && !entry.name.startsWith('.'))
      .map((entry) => entry.name)
      .filter((name) => LINTED_EXTENSIONS.includes(path.extname(name).toLowerCase()) && ignores.fileReason(path.join(folder, name), root) === undefined)
      .sort();
    const files: string[] = [];
    for (const name of evenSample(names, MAX_FOLDER_FILES)) {
      const file = path.join(folder, name);
      try {
        const real = await fs.promises.realpath(file);
        if (isInside(real, realRoot) && (await fs.promises.stat(real)).isFile()) files.push(file);
      } catch {
        // Gone, or a broken link: it tells nothing.
      }
    }
    return files;
  }
}
