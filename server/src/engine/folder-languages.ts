// The language of a folder's replies, for replies that neither their own words
// nor their file's other replies tell (a folder of one-line Finnish chat files
// is Finnish): each file of the folder votes with the language most of its
// replies tell on their own, and the most votes win (LintOptions.folderLanguage).
// One implementation for the command line (the run's files) and the language
// server (the files beside an open document); how a folder's files are listed
// and read is theirs. No file system here.

import * as path from 'node:path';
import { folderLanguageOf, type LintOptions } from './linter';
import type { LintResult } from './types';

/** Whether a lint with `options` left a reply in the default language that its folder's could decide (the CLI and the server read it again then). */
export function needsFolderLanguage(result: LintResult, options: LintOptions): boolean {
  return options.autoDetect === true && result.units.some((unit) => unit.languageFrom === 'default' || unit.languageFrom === 'folder');
}

/** `options` with the folder's language for replies nothing else tells; `options` itself when the folder tells none, or the default. */
export function withFolderLanguage(options: LintOptions, folderLanguage: string | undefined): LintOptions {
  if (!options.autoDetect || folderLanguage === undefined || folderLanguage === options.language) return options;
  return options.folderLanguage === folderLanguage ? options : { ...options, folderLanguage };
}

export class FolderLanguages {
  /** Per file: the language most of its replies tell, null when none does. */
  private readonly told = new Map<string, string | null>();
  private readonly byFolder = new Map<string, string | undefined>();

  /**
   * `filesIn`: the files of a folder that vote (the CLI: the run's files in it;
   * the server: the reply files beside the document);
   * `census`: what a file not linted yet tells, read without checking it.
   */
  constructor(
    private readonly filesIn: (folder: string) => readonly string[],
    private readonly census: (file: string) => string | undefined,
  ) {}

  /** A folder's files are those of `files` in it (the command line: the run's files). */
  static ofFiles(files: readonly string[], census: (file: string) => string | undefined): FolderLanguages {
    const byFolder = new Map<string, string[]>();
    for (const file of files) {
      const inFolder = byFolder.get(path.dirname(file));
      if (inFolder) inFolder.push(file);
      else byFolder.set(path.dirname(file), [file]);
    }
    return new FolderLanguages((folder) => byFolder.get(folder) ?? [], census);
  }

  /** What a linted file told (toldLanguageOf its result), so the census never reads it again. */
  record(file: string, language: string | undefined): void {
    this.told.set(file, language ?? null);
  }

  /** The language most files of `file`'s folder tell, undefined when none tells one or the leaders tie. */
  of(file: string): string | undefined {
    return this.ofFolder(path.dirname(file));
  }

  /** The language most files of `folder` tell (as `of`). */
  ofFolder(folder: string): string | undefined {
    if (this.byFolder.has(folder)) return this.byFolder.get(folder);
    const votes: string[] = [];
    for (const other of this.filesIn(folder)) {
      let told = this.told.get(other);
      if (told === undefined) {
        told = this.census(other) ?? null;
        this.told.set(other, told);
      }
      if (told !== null) votes.push(told);
    }
    const language = folderLanguageOf(votes);
    this.byFolder.set(folder, language);
    return language;
  }

  /** The files of `folder` whose vote is not known yet: what `of` would read. */
  unread(folder: string): string[] {
    return this.filesIn(folder).filter((file) => !this.told.has(file));
  }

  /** A file changed, appeared or went: its vote is read again, and its folder is counted again by the next `of`. */
  forget(file: string): void {
    this.told.delete(file);
    this.byFolder.delete(path.dirname(file));
  }

  /** The folder is counted again by the next `of` from the votes known (the server reads the unread ones first). */
  forgetCount(folder: string): void {
    this.byFolder.delete(folder);
  }

  /** Everything is read again (the configuration changed). */
  clear(): void {
    this.told.clear();
    this.byFolder.clear();
  }
}
