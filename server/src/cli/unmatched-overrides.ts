// After a run: the `overrides` of the configs it used that matched none of its
// files. Override globs are relative to the config file's folder, so a team
// config passed with -c from elsewhere (globs written from the working folder)
// silently did nothing; this says so, with the place of the override and the
// folder its globs are read from.

import * as path from 'node:path';
import { isInside } from '../engine/config/pack-resolver';
import type { OverrideSite, ProjectConfig } from '../engine/config/project-config';
import { glob } from './glob';

export interface UnmatchedOverride {
  site: OverrideSite;
  message: string;
}

const NEVER_SEARCHED = ['**/node_modules/**', '**/.git/**', '**/.hg/**', '**/.svn/**'];

/**
 * The overrides that match no file of the run. When the run searched the
 * config's whole folder (a folder given on the command line holds it), every
 * file the override could cover was among the run's; otherwise (explicit
 * files, a subfolder, a config kept elsewhere) an override is reported only
 * when its globs match no file at all in its config's folder, so linting a few
 * files never warns about the overrides meant for the others.
 */
export function unmatchedOverrides(runs: { project: ProjectConfig; files: string[] }[], searchedFolders: string[]): UnmatchedOverride[] {
  const sites = new Map<string, { site: OverrideSite; count: number; first: string | undefined; matched: boolean }>();
  for (const { project, files } of runs) {
    for (const site of project.overrideSites()) {
      const key = `${site.configFile}\n${site.index}`;
      let entry = sites.get(key);
      if (!entry) sites.set(key, (entry = { site, count: 0, first: undefined, matched: false }));
      entry.count += files.length;
      entry.first ??= files[0];
      if (!entry.matched) entry.matched = files.some((file) => site.matches(file));
    }
  }
  const unmatched: UnmatchedOverride[] = [];
  for (const { site, count, first, matched } of sites.values()) {
    if (matched) continue;
    const covered = searchedFolders.some((folder) => isInside(site.folder, folder));
    if (!covered && glob().globSync(site.files, { cwd: site.folder, dot: true, nodir: true, ignore: NEVER_SEARCHED }).length > 0) continue;
    const example = first ? `; from there, ${path.basename(first)} of this run is "${path.relative(site.folder, first).split(path.sep).join('/')}"` : '';
    unmatched.push({
      site,
      message:
        `overrides[${site.index}].files ${JSON.stringify(site.files)} matched none of the ${count} file${count === 1 ? '' : 's'} this run read` +
        `${covered ? '' : ' nor any file in its folder'}: override globs are relative to the config file's folder, ${site.folder}${example}.`,
    });
  }
  return unmatched;
}
