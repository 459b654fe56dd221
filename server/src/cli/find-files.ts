// Turns the CLI's paths and glob patterns into the files to lint, the way ESLint
// and Prettier do: folders are searched, quoted globs are expanded by glob (not
// the shell), and .gitignore and .replylintignore files are respected (git's own
// matching, from the `ignore` package), from the working folder down.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { IgnoreLike, Path } from 'glob';
import { isInside } from '../engine/config/pack-resolver';
import { LINTED_EXTENSIONS, type FileProblem } from '../engine/io/files';
import { IgnoreRules, SKIPPED_DIRS } from '../engine/io/ignore-files';
import { fileHead, isTemplateView } from '../engine/io/template-views';
import { glob } from './glob';

export { IGNORE_FILE_NAMES } from '../engine/io/ignore-files';

export interface FileSearch {
  /** Absolute paths, sorted, without duplicates. */
  files: string[];
  /** The given paths that are folders (absolute, in the order given): the folders the run searched whole. */
  folders: string[];
  /** The files named on the command line themselves (absolute), not found by a folder search or a pattern. */
  named: Set<string>;
  /** Paths that do not exist or cannot be read. */
  problems: FileProblem[];
  /** Patterns (and paths) that gave no file to lint, and why. */
  unmatched: FileProblem[];
  /** What was left out, and why: for --debug. */
  skipped: { path: string; reason: string }[];
  /** Mail and page templates (`.blade.php`, `.hbs`, a PHP view …) and `.text` files a folder search left out, per folder given: said without --debug. */
  templatesLeftOut: { folder: string; files: string[] }[];
}

/** A glob whose last segment names an extension (`*.blade.php`, `*.{hbs,md}`): the user chose those files. */
function namesExtension(pattern: string): boolean {
  const last = pattern.split(/[\\/]/).at(-1) ?? '';
  return /\.[^.*]+$/.test(last);
}

/**
 * Expands paths and patterns relative to `cwd`. A path that exists is taken as it is
 * (a folder is searched for replies and exports); otherwise a pattern with glob
 * characters is expanded. Ignored and non-reply files are left out, with a reason. `included`: whether the config of a
 * template view a folder search found names it in `include` (then it is linted, not left out).
 */
export function findFiles(patterns: string[], cwd: string, included: (file: string) => boolean = () => false): FileSearch {
  const problems: FileProblem[] = [];
  const skipped: FileSearch['skipped'] = [];
  const unmatched: FileProblem[] = [];
  const files = new Set<string>();
  const folders: string[] = [];
  const named = new Set<string>();
  const ignores = new IgnoreRules(problems);
  const skip = (target: string, reason: string) => skipped.push({ path: target, reason });

  const globIgnore = (base: string): IgnoreLike => ({
    ignored: (entry: Path) => {
      const reason = ignores.reason(entry.fullpath(), false, base);
      if (reason) skip(entry.fullpath(), reason);
      return reason !== undefined;
    },
    childrenIgnored: (entry: Path) => {
      if (SKIPPED_DIRS.has(entry.name)) {
        skip(entry.fullpath(), 'dependency, build or version-control folder');
        return true;
      }
      const reason = ignores.reason(entry.fullpath(), true, base);
      if (reason) skip(entry.fullpath(), reason);
      return reason !== undefined;
    },
  });
  const templatesLeftOut: FileSearch['templatesLeftOut'] = [];
  const addLintable = (found: string[], anyExtension: boolean, templates?: string[], root?: string): number => {
    let added = 0;
    for (const file of found) {
      if (anyExtension || LINTED_EXTENSIONS.includes(path.extname(file).toLowerCase())) {
        files.add(file);
        added++;
      } else {
        if (templates && root !== undefined && isTemplateView(file, root, () => fileHead(file))) {
          // A view the config's `include` names is linted as one named on the command line would be.
          if (included(file)) {
            files.add(file);
            added++;
            continue;
          }
          templates.push(file);
        }
        skip(file, `not a reply file (${LINTED_EXTENSIONS.join(', ')})`);
      }
    }
    return added;
  };

  for (const pattern of patterns) {
    const full = path.resolve(cwd, pattern);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(full);
    } catch {
      stat = undefined;
    }
    const base = isInside(full, cwd) ? cwd : stat?.isDirectory() ? full : path.dirname(full);
    let added: number;
    let why = `Nothing to lint: no ${LINTED_EXTENSIONS.join(', ')} file matches, or every match is ignored.`;
    if (stat?.isDirectory()) {
      folders.push(full);
      const templates: string[] = [];
      added = addLintable(glob().globSync('**', { cwd: full, absolute: true, nodir: true, dot: false, ignore: globIgnore(base) }), false, templates, full);
      if (templates.length > 0) templatesLeftOut.push({ folder: full, files: templates.sort() });
    } else if (stat) {
      // A file named on the command line is linted whatever its extension, unless ignored.
      const reason = ignoredFile(ignores, full, base);
      if (reason) why = `Ignored: ${reason}.`;
      else {
        files.add(full);
        named.add(full);
      }
      added = reason ? 0 : 1;
    } else if (glob().hasMagic(pattern, { windowsPathsNoEscape: path.sep === '\\' })) {
      added = addLintable(
        glob().globSync(pattern, { cwd, absolute: true, nodir: true, dot: false, ignore: globIgnore(cwd), windowsPathsNoEscape: path.sep === '\\' }),
        namesExtension(pattern),
      );
    } else {
      problems.push({ file: pattern, message: 'No such file or folder.' });
      continue;
    }
    if (added === 0) unmatched.push({ file: pattern, message: why });
  }
  // A file one pattern left out and another linted (a folder and a glob naming its templates) was not left out.
  const leftOut = (file: string) => !files.has(file);
  return {
    files: [...files].sort(),
    folders,
    named,
    problems,
    unmatched,
    skipped: skipped.filter(({ path: target }) => leftOut(target)),
    templatesLeftOut: templatesLeftOut
      .map(({ folder, files: templates }) => ({ folder, files: templates.filter(leftOut) }))
      .filter(({ files: templates }) => templates.length > 0),
  };
}

/** A named file is ignored when it, or a folder it is in, is. */
function ignoredFile(ignores: IgnoreRules, file: string, base: string): string | undefined {
  let dir = path.dirname(file);
  const dirs: string[] = [];
  while (isInside(dir, base) && dir !== base) {
    dirs.unshift(dir);
    dir = path.dirname(dir);
  }
  for (const folder of dirs) {
    const reason = ignores.reason(folder, true, base);
    if (reason) return reason;
  }
  return ignores.reason(file, false, base);
}
