// Project configurations, cached per config chain (nearest config file,
// language override, workspace root, the editor's rule settings) and
// specialised per document for `overrides` and `ignore`. A broken config never
// stops linting: the last good one for that chain stays in use, or the
// built-in defaults when there never was a good one.

import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  CONFIG_FILE_NAMES,
  ConfigError,
  ProjectConfig,
  findConfigFile,
  loadProjectConfig,
  type ConfigProblem,
  type ResolvedConfig,
  type RuleSetting,
  unreadConfigFiles,
  UNREAD_CONFIG_MESSAGE,
} from '../engine/config/project-config';
import { FILE_START } from '../engine/config/yaml-problems';
import { builtinRulesDir, isInside } from '../engine/config/pack-resolver';
import { checkPackExamples } from '../engine/pack-examples';

export interface ConfigRequest {
  /** The document's file, for per-file overrides; undefined for untitled buffers. */
  filePath: string | undefined;
  /** Folder to discover `.replylint.yaml` from; undefined for none (built-in defaults). */
  dir: string | undefined;
  /** An explicit config file, skipping discovery. */
  configFile: string | undefined;
  /** Language override; undefined keeps the config's. */
  language: string | undefined;
  /** Packs named by path in `extends` must stay inside this folder. */
  workspaceRoot: string | undefined;
  /** Rule settings from the editor, over the config files'; none when undefined. */
  rules?: Record<string, RuleSetting>;
}

export interface ConfigEvents {
  /** The set of problems across all broken configs changed. */
  problemsChanged(problems: ConfigProblem[]): void;
  /** A config that was good (or not yet loaded) is now broken; once per breakage. */
  broke(error: ConfigError, file: string | undefined, usingLastGood: boolean): void;
}

/** What to load: a config found by discovery (with its parents), one named explicitly, or none. */
interface ChainSpec {
  file: string | undefined;
  explicit: boolean;
  language: string | undefined;
  workspaceRoot: string | undefined;
  rules: Record<string, RuleSetting> | undefined;
}

export function isConfigFileName(filePath: string): boolean {
  return CONFIG_FILE_NAMES.includes(path.basename(filePath));
}

export class WorkspaceConfigs {
  private readonly discovered = new Map<string, string | undefined>();
  private readonly projects = new Map<string, ProjectConfig>();
  private readonly lastGood = new Map<string, ProjectConfig>();
  private readonly broken = new Map<string, { spec: ChainSpec; problems: ConfigProblem[] }>();
  /** Examples that fail in the workspace's own packs, by pack file: warnings on the example. */
  private readonly failingExamples = new Map<string, ConfigProblem[]>();
  /** Files named as a config is not (`.replylintrc`) in the folders discovery walked, by folder: a warning on each. */
  private readonly unread = new Map<string, string[]>();

  constructor(private readonly events: ConfigEvents) {}

  /** Throws only for failures that are not config problems (e.g. missing built-in rules). */
  configFor(request: ConfigRequest): ResolvedConfig {
    const discovered = request.configFile === undefined && request.dir !== undefined ? this.discover(request.dir) : undefined;
    const spec: ChainSpec = {
      file: request.configFile ?? discovered,
      explicit: request.configFile !== undefined,
      language: request.language,
      workspaceRoot: request.workspaceRoot,
      // No rule settings and {} are the same chain: load it once.
      rules: request.rules && Object.keys(request.rules).length > 0 ? request.rules : undefined,
    };
    const key = JSON.stringify(spec);
    const project = this.projects.get(key) ?? this.load(key, spec);
    return project.forFile(request.filePath);
  }

  /**
   * Forgets everything read from disk. Broken configs are re-read at once so
   * their problems stay accurate even when no open document uses them.
   */
  invalidate(): void {
    this.discovered.clear();
    this.projects.clear();
    // Renamed or gone, a file named as a config is not loses its warning; discovery finds the rest again.
    const hadUnread = this.unreadFiles().length > 0;
    this.unread.clear();
    if (hadUnread) this.events.problemsChanged(this.problems());
    for (const [key, { spec }] of [...this.broken]) {
      // A deleted config is not broken, just gone: discovery moves on from it.
      const gone = spec.file !== undefined && !fs.existsSync(spec.file);
      try {
        if (!gone) {
          this.load(key, spec);
          continue;
        }
      } catch {
        // Not a config problem; the next document that needs this config reports it.
      }
      this.broken.delete(key);
      this.events.problemsChanged(this.problems());
    }
  }

  /**
   * Files whose change can change a loaded config: any config file (one may
   * appear between a document and its config), the files each config was read
   * from (packs included), and files named in problems (a missing or broken pack).
   */
  isDependency(filePath: string): boolean {
    if (isConfigFileName(filePath)) return true;
    for (const project of this.projects.values()) if (project.sources.includes(filePath)) return true;
    return this.problems().some((problem) => problem.file === filePath);
  }

  problems(): ConfigProblem[] {
    return [
      ...[...this.broken.values()].flatMap((broken) => broken.problems),
      ...[...this.failingExamples.values()].flat(),
      ...this.unreadFiles().map((file): ConfigProblem => ({ file, ...FILE_START, message: UNREAD_CONFIG_MESSAGE, severity: 'warning' })),
    ];
  }

  private unreadFiles(): string[] {
    return [...new Set([...this.unread.values()].flat())].sort();
  }

  private discover(dir: string): string | undefined {
    if (!this.discovered.has(dir)) {
      this.discovered.set(dir, findConfigFile(dir));
      const before = this.unreadFiles().length;
      unreadConfigFiles(dir, this.unread);
      if (this.unreadFiles().length !== before) this.events.problemsChanged(this.problems());
    }
    return this.discovered.get(dir);
  }

  private load(key: string, spec: ChainSpec): ProjectConfig {
    const options = { language: spec.language, workspaceRoot: spec.workspaceRoot, rules: spec.rules };
    let project: ProjectConfig;
    try {
      if (spec.file === undefined) project = new ProjectConfig([], options);
      else if (spec.explicit) project = loadProjectConfig(spec.file, { ...options, configFile: spec.file });
      // From the nearest config's folder, discovery finds the same chain of parents.
      else project = loadProjectConfig(path.dirname(spec.file), options);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      const lastGood = this.lastGood.get(key);
      const wasBroken = this.broken.has(key);
      this.broken.set(key, { spec, problems: error.problems });
      this.events.problemsChanged(this.problems());
      if (!wasBroken) this.events.broke(error, spec.file, lastGood !== undefined);
      project = lastGood ?? new ProjectConfig([], options);
      this.projects.set(key, project);
      return project;
    }
    this.lastGood.set(key, project);
    this.projects.set(key, project);
    const examplesChanged = this.checkExamples(project);
    if (this.broken.delete(key) || examplesChanged) this.events.problemsChanged(this.problems());
    return project;
  }

  /** Runs the examples of the workspace's own packs (not the built-in ones); true when the failures changed. */
  private checkExamples(project: ProjectConfig): boolean {
    let changed = false;
    const builtin = builtinRulesDir();
    for (const file of project.packFiles) {
      if (isInside(file, builtin)) continue;
      const failures = checkPackExamples(file).failures.map((failure): ConfigProblem => ({ ...failure, file, severity: 'warning' }));
      if (JSON.stringify(failures) === JSON.stringify(this.failingExamples.get(file) ?? [])) continue;
      changed = true;
      if (failures.length > 0) this.failingExamples.set(file, failures);
      else this.failingExamples.delete(file);
    }
    return changed;
  }
}
