// The ignore files a run honours, for the command line's file search and the
// editor's reading of a folder's language alike: .gitignore and
// .replylintignore in the base folder and each folder down to a file (git's
// own matching, from the `ignore` package; a deeper file can re-include with
// `!`), and the dependency, build and version-control folders never searched.

import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { isInside } from '../config/pack-resolver';
import type { FileProblem } from './files';

export const IGNORE_FILE_NAMES = ['.gitignore', '.replylintignore'];
/** Dependency, build and version-control folders: never searched. */
export const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.vscode-test']);

interface IgnoreFile {
  file: string;
  rules: Ignore;
}

/** The ignore files of each folder, read once per run (or per count of a folder, in the editor). */
export class IgnoreRules {
  private readonly byDir = new Map<string, IgnoreFile[]>();

  constructor(private readonly problems: FileProblem[] = []) {}

  private rulesIn(dir: string): IgnoreFile[] {
    let found = this.byDir.get(dir);
    if (!found) {
      found = [];
      for (const name of IGNORE_FILE_NAMES) {
        const file = path.join(dir, name);
        let text: string;
        try {
          text = fs.readFileSync(file, 'utf8');
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.problems.push({ file, message: `Cannot read: ${(error as Error).message}` });
          continue;
        }
        found.push({ file, rules: ignore().add(text) });
      }
      this.byDir.set(dir, found);
    }
    return found;
  }

  /**
   * Reads the ignore files of `dirs` ahead, off the caller's turn (the editor: a
   * folder is counted one read per turn of the event loop); `reason` then reads none.
   */
  async preload(dirs: readonly string[]): Promise<void> {
    for (const dir of dirs) {
      if (this.byDir.has(dir)) continue;
      const found: IgnoreFile[] = [];
      for (const name of IGNORE_FILE_NAMES) {
        const file = path.join(dir, name);
        try {
          found.push({ file, rules: ignore().add(await fs.promises.readFile(file, 'utf8')) });
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.problems.push({ file, message: `Cannot read: ${(error as Error).message}` });
        }
      }
      this.byDir.set(dir, found);
    }
  }

  /**
   * Why `target` is ignored (the ignore file and its pattern), or undefined. Ignore
   * files count in `base` and each folder between it and the target; a later (deeper)
   * file can re-include with `!`, as in git.
   */
  reason(target: string, isDir: boolean, base: string): string | undefined {
    let reason: string | undefined;
    for (const folder of foldersDownTo(path.dirname(target), base)) {
      const relative = path.relative(folder, target).split(path.sep).join('/') + (isDir ? '/' : '');
      for (const { file, rules } of this.rulesIn(folder)) {
        const result = rules.checkIgnore(relative);
        if (result.ignored) reason = `matches "${result.rule?.pattern ?? relative}" in ${file}`;
        else if (result.unignored) reason = undefined;
      }
    }
    return reason;
  }

  /** Why a file is left out: a folder it is in is skipped or ignored, or it is; undefined when it is searched. */
  fileReason(file: string, base: string): string | undefined {
    const dirs = foldersDownTo(path.dirname(file), base).filter((dir) => dir !== base);
    for (const folder of dirs) {
      if (SKIPPED_DIRS.has(path.basename(folder))) return 'dependency, build or version-control folder';
      const reason = this.reason(folder, true, base);
      if (reason) return reason;
    }
    return this.reason(file, false, base);
  }
}

/** `base` and each folder inside it down to `dir` (none when `dir` is outside `base`), outermost first. */
export function foldersDownTo(dir: string, base: string): string[] {
  const dirs: string[] = [];
  while (isInside(dir, base)) {
    dirs.unshift(dir);
    if (dir === base) break;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return dirs;
}
