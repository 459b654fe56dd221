// The language of a folder's replies, for replies that neither their own words
// nor their file's other replies tell (a folder of one-line Finnish chat files
// is Finnish): each file of the folder votes with the language most of its
// replies tell on their own, and the most votes win (LintOptions.folderLanguage).

import * as path from 'node:path';
import { folderLanguageOf } from '../engine/linter';

export class FolderLanguages {
  /** Per file: the language most of its replies tell, null when none does. */
  private readonly told = new Map<string, string | null>();
  private readonly byFolder = new Map<string, string | undefined>();
  private filesByFolder: Map<string, string[]> | undefined;

  /**
   * `files`: the run's files (a folder's votes come from those of them in it);
   * `census`: what a file not linted yet tells, read without checking it.
   */
  constructor(
    private readonly files: readonly string[],
    private readonly census: (file: string) => string | undefined,
  ) {}

  /** What a linted file told (toldLanguageOf its result), so the census never reads it again. */
  record(file: string, language: string | undefined): void {
    this.told.set(file, language ?? null);
  }

  /** The language most files of `file`'s folder tell, undefined when none tells one or the leaders tie. */
  of(file: string): string | undefined {
    const folder = path.dirname(file);
    if (this.byFolder.has(folder)) return this.byFolder.get(folder);
    const votes: string[] = [];
    for (const other of this.folderFiles(folder)) {
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

  private folderFiles(folder: string): string[] {
    if (!this.filesByFolder) {
      this.filesByFolder = new Map();
      for (const file of this.files) {
        const dir = path.dirname(file);
        const list = this.filesByFolder.get(dir);
        if (list) list.push(file);
        else this.filesByFolder.set(dir, [file]);
      }
    }
    return this.filesByFolder.get(folder) ?? [];
  }
}
