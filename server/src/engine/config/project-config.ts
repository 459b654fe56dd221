// Finds `.replylint.yaml` files from a file's folder upwards (until one says
// `root: true`), merges them nearest-last, applies `overrides` and `ignore`
// for the file, and compiles the packs they extend into rule sets. Reads
// files, but knows nothing of editors or protocols.

import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import type { LintOptions } from '../linter';
import { languageSignalsOf, normalizeLanguage, type LanguageSignals } from '../text/detect-language';
import { DEFAULT_EXPORT_FIELDS, type ExportFields } from '../units/exports';
import { DEFAULT_LANGUAGE, packLanguage, phraseProblems, ruleSyntaxProblems, type Formality, type PhraseSpec } from '../rules/pack';
import { RuleSet, addKindSignals, addScorecardData, emptyKindSignals, emptyScorecardData, type ActiveRule, type TimePatterns } from '../rules/rule-set';
import type { ReplyKind } from '../types';
import type { ConfigFile, PlaceholderSetting, RuleSetting, Settings, Vocabulary } from './config-file';
import { ConfigError, type ConfigProblem } from './config-error';
import { validateConfig } from './config-validator';
import { unknownRuleId, type KnownRuleIds } from './did-you-mean';
import configSchema from '../../../../rules/schema/config.schema.json';
import type { ErrorObject } from 'ajv';
import { readPlainYaml } from './plain-yaml';
import { FILE_START, YamlFile, pointerParts, type YamlProblem } from './yaml-problems';
import { builtinFooters } from './footers-file';
import { builtinDialects } from './dialects-file';
import { builtinGrammar } from './grammar-file';
import { variableGlobProblem } from '../placeholders/dialects';
import { PackResolver, builtinPackNames, builtinRulesDir, isInside, readText, type EntrySite, type LoadedPack } from './pack-resolver';

export { ConfigError, type ConfigProblem } from './config-error';
export type { ConfigFile, RuleSetting, Vocabulary } from './config-file';
export { builtinPackNames, builtinRulesDir, readPackFile, type LoadedPack } from './pack-resolver';

export const CONFIG_FILE_NAMES = ['.replylint.yaml', '.replylint.yml', '.replylint.json'];

export interface ResolvedConfig {
  /** The nearest config file, or undefined for built-in defaults. */
  file: string | undefined;
  /** Every config and pack file this configuration was read from (for watching). */
  sources: string[];
  language: string;
  audience: 'customer' | 'internal';
  /** The kind a config names for the file; undefined when none does (macro, or reply for an untitled draft). */
  kind: ReplyKind | undefined;
  /** The placeholder dialect the configs name, or auto. */
  placeholders: string;
  /** The team's custom variables (globs) from every `placeholders: { variables }` that covers the file. */
  variables: string[];
  /** How replies address the customer, as the configs set it (any when none does). */
  formality: NonNullable<Settings['formality']>;
  /** The packs of the default language, in override order. */
  packs: LoadedPack[];
  ruleSettings: Record<string, RuleSetting>;
  /** True when an `ignore` glob matches the file: nothing is reported for it. */
  ignored: boolean;
  /** True when an `include` glob matches the file: a mail template view (`.blade.php`, `.hbs` …) is linted, not left out. */
  included: boolean;
  lintOptions: LintOptions;
}

/**
 * Names users try for a config that discovery does not read (ESLint's old `.eslintrc`, a name without the dot, JSON or
 * YAML under the rc name): each found is said, never read, so a team's settings are not dropped without a word.
 */
export const UNREAD_CONFIG_NAMES = [
  '.replylintrc',
  '.replylintrc.yaml',
  '.replylintrc.yml',
  '.replylintrc.json',
  '.replylint',
  'replylint.yaml',
  'replylint.yml',
  'replylint.json',
];

/** Why a file named as UNREAD_CONFIG_NAMES does not configure replylint, and what to do. */
export const UNREAD_CONFIG_MESSAGE = `Not read as a config: replylint reads ${CONFIG_FILE_NAMES.slice(0, -1).join(', ')} or ${CONFIG_FILE_NAMES.at(-1)!}. Rename it to one of those.`;

/**
 * Files in the folders discovery walks from startDir (up to the one whose config says `root: true`) named as a config is
 * not (UNREAD_CONFIG_NAMES), nearest first. `remembered` keeps each folder's answer, so a run asking for many folders
 * reads each folder once.
 */
export function unreadConfigFiles(startDir: string, remembered = new Map<string, string[]>()): string[] {
  const dir = path.resolve(startDir);
  let found = remembered.get(dir);
  if (found) return found;
  const own = UNREAD_CONFIG_NAMES.map((name) => path.join(dir, name)).filter((candidate) => isFile(candidate));
  const config = configFileIn(dir);
  const parent = path.dirname(dir);
  const root = parent === dir || (config !== undefined && isRootConfig(config));
  found = root ? own : [...own, ...unreadConfigFiles(parent, remembered)];
  remembered.set(dir, found);
  return found;
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

export function findConfigFile(startDir: string): string | undefined {
  return findConfigFiles(startDir)[0];
}

/** Config files from startDir upwards, nearest first, up to one with `root: true`. */
/** The config file discovery reads in `dir`, if any (the first of CONFIG_FILE_NAMES there). */
function configFileIn(dir: string): string | undefined {
  return CONFIG_FILE_NAMES.map((name) => path.join(dir, name)).find((candidate) => fs.existsSync(candidate));
}

/** Whether a config says `root: true`, so discovery stops at its folder: read from its text, before it is parsed. */
function isRootConfig(file: string): boolean {
  return /^\s*["']?root["']?\s*:\s*true\b/m.test(readText(file));
}

function findConfigFiles(startDir: string): string[] {
  const found: string[] = [];
  let dir = path.resolve(startDir);
  for (;;) {
    const file = configFileIn(dir);
    if (file) {
      found.push(file);
      if (isRootConfig(file)) break;
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return found;
}

/** An override that covers a file, with the config it is in and its place there. */
interface MatchingOverride {
  override: NonNullable<ConfigFile['overrides']>[number];
  layer: ParsedConfig;
  keyPath: string[];
}

/** An override in a config file, for the CLI's check that it matched some file. */
export interface OverrideSite {
  configFile: string;
  /** Its place in the config's `overrides` list. */
  index: number;
  files: string[];
  /** The config file's folder: the globs are relative to it. */
  folder: string;
  /** Of its `files:` key, 0-based. */
  line: number;
  column: number;
  matches(file: string): boolean;
}

/** A config's data, and a way to point at one of its keys in the file. */
export interface ParsedConfig {
  file: string;
  config: ConfigFile;
  problemAt(keyPath: string[], message: string): ConfigProblem;
  /** An `extends` entry (or the list) the schema refused was left out of `config`: what it would bring is unknown. */
  extendsSkipped?: boolean;
}

export function parseConfigText(text: string, file: string): ParsedConfig {
  const { parsed, problems } = readConfigText(text, file);
  if (problems.length > 0) throw new ConfigError(problems);
  return parsed;
}

/**
 * A config's data with its schema problems. The settings that break the schema are left out
 * (an `extends` entry alone, as a hole in its list, so the others keep their places), so the
 * loader can go on and report the file's other problems with them. Syntax errors still throw.
 */
function readConfigText(text: string, file: string): { parsed: ParsedConfig; problems: ConfigProblem[] } {
  const inFile = (problem: YamlProblem): ConfigProblem => ({ file, ...problem });
  // A config written in plain YAML that the schema takes is read as data alone (as a pack is, rules/pack.ts): yaml's
  // document, which places problems in the file, is built when one is placed. Building it was about 4 ms of a start.
  const plain = readPlainYaml(text);
  if (plain && validateConfig(plain.data)) {
    let placed: YamlFile | undefined;
    const problemAt = (keyPath: string[], message: string): ConfigProblem => inFile((placed ??= new YamlFile(text)).problemAt(keyPath, message, true));
    return { parsed: { file, config: plain.data, problemAt }, problems: [] };
  }
  const yaml = new YamlFile(text);
  // Point at the key itself, so the editor underlines the setting that is wrong.
  const problemAt = (keyPath: string[], message: string): ConfigProblem => inFile(yaml.problemAt(keyPath, message, true));
  const syntaxProblems = yaml.syntaxProblems();
  if (syntaxProblems.length > 0) throw new ConfigError(syntaxProblems.map(inFile));
  const read = yaml.data();
  if ('problem' in read) throw new ConfigError([inFile(read.problem)]);
  const data = read.data ?? {};
  if (validateConfig(data)) return { parsed: { file, config: data, problemAt }, problems: [] };
  const errors = validateConfig.errors ?? [];
  const problems = yaml.schemaProblems(errors, 'the config', configSchema).map(inFile);
  const kept = withoutInvalid(data, errors);
  if (!kept) throw new ConfigError(problems);
  const extendsSkipped = errors.some((error) => error.instancePath === '/extends' || error.instancePath.startsWith('/extends/'));
  return { parsed: { file, config: kept, problemAt, extendsSkipped }, problems };
}

/** Whether a key path names one rule's setting: `rules.<id>` at the top or in an override. */
const isRuleSetting = (keyPath: string[]) =>
  (keyPath.length === 2 && keyPath[0] === 'rules') || (keyPath.length === 4 && keyPath[0] === 'overrides' && keyPath[2] === 'rules');

/** The config data without the values the schema errors point at, or undefined when what is left is still not a config. */
function withoutInvalid(data: unknown, errors: ErrorObject[]): ConfigFile | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const kept = structuredClone(data) as Record<string, unknown>;
  const remove = (keyPath: string[]) => {
    if (keyPath.length === 0) return;
    const parent = keyPath
      .slice(0, -1)
      .reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined), kept);
    if (typeof parent !== 'object' || parent === null) return;
    // A bad `extends` entry is skipped; in any other list the whole list goes (its indices are places in the file).
    if (Array.isArray(parent) && !(keyPath.length === 2 && keyPath[0] === 'extends')) remove(keyPath.slice(0, -1));
    // A rule's setting the schema refused stays as "off", so its id is still checked ("deferal/vague-timefram: of" is two mistakes).
    else if (isRuleSetting(keyPath)) (parent as Record<string, unknown>)[keyPath[keyPath.length - 1]!] = 'off';
    else delete (parent as Record<string, unknown>)[keyPath[keyPath.length - 1]!];
  };
  for (const error of errors) {
    if (['if', 'anyOf', 'oneOf'].includes(error.keyword)) continue;
    const keyPath = pointerParts(error.instancePath);
    if (error.keyword === 'additionalProperties') keyPath.push((error.params as { additionalProperty: string }).additionalProperty);
    remove(keyPath);
  }
  // The holes left in `extends` are checked as the list the loader reads (forEach skips holes).
  const asRead = Array.isArray(kept.extends) ? { ...kept, extends: kept.extends.filter(() => true) } : kept;
  return validateConfig(asRead) ? (kept as ConfigFile) : undefined;
}

export interface ResolveOptions {
  /** An explicit config file (CLI --config, editor setting); skips discovery. */
  configFile?: string;
  /** The language from the editor or CLI, over the files' setting. */
  language?: string;
  /** Paths in `extends` must stay inside this folder (the editor's workspace folder). */
  workspaceRoot?: string;
  /** Pack paths written inside this folder must not lead out of it through a symlink (the command line's working directory). */
  projectRoot?: string;
  /** Rule settings from the editor, over the files' (ids no pack knows are ignored). */
  rules?: Record<string, RuleSetting>;
  /** Findings reported per file (CLI --max-findings), over the files' `maxFindings`. */
  maxFindings?: number;
}

/** The merged configuration of one chain of config files, specialised per file. */
export class ProjectConfig {
  private readonly resolver: PackResolver;
  private readonly ruleSets = new Map<string, RuleSet | undefined>();
  private readonly packsByLanguage = new Map<string, LoadedPack[]>();
  private readonly byVariant = new Map<string, ResolvedConfig>();
  private readonly base: Settings;
  private readonly ruleSettings: Record<string, RuleSetting>;
  private everyLanguagePacks: LoadedPack[] | undefined;
  private ruleIds: (KnownRuleIds & { notExtended: ReadonlyMap<string, string> }) | undefined;
  private detectionSignals: LanguageSignals | undefined;
  /**
   * While the constructor checks the configs: every problem found so far. An `extends` entry
   * that does not resolve is one of them and is skipped, so the others are still checked.
   */
  private collected: ConfigProblem[] | undefined;
  /** True when a config could not be read, or an `extends` entry was refused or did not resolve while checking: the rules and languages they bring are unknown. */
  private packMissing = false;

  /**
   * `problems`: ones already found in these configs (their schema problems, files that could not
   * be read); all are thrown at once with the others. `layerMissing`: a config of the chain could
   * not be read, so the settings, packs and languages it brings are unknown.
   */
  constructor(
    private readonly layers: ParsedConfig[],
    private readonly options: ResolveOptions = {},
    problems: ConfigProblem[] = [],
    layerMissing = false,
  ) {
    this.resolver = new PackResolver(options.workspaceRoot, options.projectRoot);
    // Farthest first, so nearer files override.
    const ordered = [...layers].reverse();
    this.base = layered(ordered.map(({ config }) => pick(config)));
    this.ruleSettings = layered(ordered.map(({ config }) => config.rules ?? {}));
    this.collected = [...problems];
    this.packMissing = layerMissing || layers.some((layer) => layer.extendsSkipped === true);
    try {
      this.checkLanguages();
      this.checkPhraseSyntax();
      this.checkVariableGlobs();
      this.checkRuleIds(this.defaultLanguage());
      // Compiles the rule set a file with no override gets: only once its phrases are known to compile.
      if (this.collected.length === 0) this.forFile(undefined);
      this.throwCollected();
    } finally {
      this.collected = undefined;
    }
  }

  /** One error with every problem found, each file's in file order (the files in the order their first problem was found). */
  private throwCollected(): void {
    const problems = this.collected ?? [];
    if (problems.length === 0) return;
    const files = [...new Set(problems.map((problem) => problem.file))];
    const sorted = [...problems].sort((a, b) => files.indexOf(a.file) - files.indexOf(b.file) || a.line - b.line || a.column - b.column);
    const seen = new Set<string>();
    throw new ConfigError(
      sorted.filter((problem) => {
        const key = `${problem.file}:${problem.line}:${problem.column}:${problem.message}`;
        return !seen.has(key) && seen.add(key);
      }),
    );
  }

  /** Problems are collected while the constructor checks, and thrown at once after it. */
  private report(problems: ConfigProblem[]): void {
    if (problems.length === 0) return;
    if (!this.collected) throw new ConfigError(problems);
    for (const problem of problems) this.collected.push(problem);
  }

  /** The packs an `extends` entry brings; while checking, one that does not resolve is reported and skipped. */
  private resolveEntry(entry: string, site: EntrySite, language?: string): LoadedPack[] {
    if (!this.collected) return this.resolver.resolve(entry, site, language);
    try {
      return this.resolver.resolve(entry, site, language);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      this.packMissing = true;
      this.report(error.problems);
      return [];
    }
  }

  /**
   * Export body and title fields: the nearest config's names are tried first, then the built-in ones,
   * so naming one more field (`body: [macro]`) never drops the replies the defaults found.
   */
  private get exportFields(): ExportFields {
    const named = this.layers.map((layer) => layer.config.exports).find((fields) => fields !== undefined);
    const withDefaults = (names: string[] | undefined, defaults: string[]) => [...new Set([...(names ?? []), ...defaults])];
    return { body: withDefaults(named?.body, DEFAULT_EXPORT_FIELDS.body), title: withDefaults(named?.title, DEFAULT_EXPORT_FIELDS.title) };
  }

  /** Findings reported per file: the command line's, else the nearest config's that sets it. */
  private get maxFindings(): number | undefined {
    return this.options.maxFindings ?? this.layers.map((layer) => layer.config.maxFindings).find((max) => max !== undefined);
  }

  /** Files this configuration was read from: configs and every pack. */
  get sources(): string[] {
    return [...this.layers.map((layer) => layer.file), ...this.packFiles];
  }

  /** The pack files read so far (built-in ones included). */
  get packFiles(): string[] {
    return [...this.resolver.files];
  }

  /** The language of a file no override covers (the default language when each reply's is detected). */
  private defaultLanguage(): string {
    const requested = languageSetting(this.options.language || this.base.language);
    return requested === 'auto' ? DEFAULT_LANGUAGE : requested;
  }

  /** The configuration for one file (overrides and ignore applied). */
  forFile(filePath: string | undefined): ResolvedConfig {
    const overrides = filePath ? this.matchingOverrides(filePath) : [];
    const settings = layered([this.base, ...overrides.map(({ override }) => pick(override))]);
    const fromFiles = layered([this.ruleSettings, ...overrides.map(({ override }) => override.rules ?? {})]);
    const ruleSettings = applyRuleSettings(fromFiles, this.options.rules);
    // Unset or `auto`: each reply's language is guessed; English is the default for short replies.
    const requested = languageSetting(this.options.language || settings.language);
    const autoDetect = requested === 'auto';
    const language = autoDetect ? DEFAULT_LANGUAGE : requested;
    const audience = settings.audience ?? 'customer';
    const ignored = filePath ? this.isIgnored(filePath) : false;
    const included = filePath ? this.isIncluded(filePath) : false;
    const placeholders = mergePlaceholders([
      ...[...this.layers].reverse().map((layer) => layer.config.placeholders),
      ...overrides.map(({ override }) => override.placeholders),
    ]);
    const key = JSON.stringify([
      language,
      autoDetect,
      audience,
      settings.kind,
      placeholders,
      settings.sections,
      settings.signature,
      settings.formality,
      ruleSettings,
      ignored,
      included,
    ]);
    let resolved = this.byVariant.get(key);
    if (!resolved) {
      // Asked per reply by the engine and per finding by the server: keyed by language alone here.
      const byLanguage = new Map<string, RuleSet | undefined>();
      const ruleSetFor = (lang: string) => {
        if (!byLanguage.has(lang)) byLanguage.set(lang, this.ruleSetFor(lang, ruleSettings, formalityFor(settings.formality, lang)));
        return byLanguage.get(lang);
      };
      // Packs first: resolving them records every file the sources list.
      const packs = this.packsFor(language);
      resolved = {
        file: this.layers[0]?.file,
        sources: this.sources,
        language,
        audience,
        kind: settings.kind,
        placeholders: placeholders.dialect,
        variables: placeholders.variables,
        formality: settings.formality ?? 'any',
        packs,
        ruleSettings,
        ignored,
        included,
        lintOptions: {
          language,
          autoDetect,
          languageSignals: autoDetect ? this.languageSignals() : undefined,
          audience,
          kind: settings.kind,
          placeholders: placeholders.dialect,
          variables: placeholders.variables,
          dialects: builtinDialects(),
          footers: builtinFooters(),
          exportFields: this.exportFields,
          sectionLevel: settings.sections,
          maxFindings: this.maxFindings,
          signature: settings.signature,
          ruleSetFor,
          knownLanguages: () => this.knownLanguages(),
          knownRuleIds: () => this.knownRuleIds(),
        },
      };
      ruleSetFor(language);
      this.byVariant.set(key, resolved);
    }
    return resolved!;
  }

  /** The overrides that cover a file, in the order they apply (farthest config first). */
  private matchingOverrides(filePath: string): MatchingOverride[] {
    const matching: MatchingOverride[] = [];
    for (const layer of [...this.layers].reverse()) {
      const relative = toPosix(path.relative(path.dirname(layer.file), filePath));
      (layer.config.overrides ?? []).forEach((override, index) => {
        if (picomatch.isMatch(relative, override.files, { dot: true })) matching.push({ override, layer, keyPath: ['overrides', String(index)] });
      });
    }
    return matching;
  }

  /**
   * Every override of the chain: where it is written (`files:` key, 0-based), its globs, the folder
   * they are relative to, and a test of a file against them (the test `forFile` applies).
   */
  overrideSites(): OverrideSite[] {
    return this.layers.flatMap((layer) =>
      (layer.config.overrides ?? []).map((override, index) => {
        const folder = path.dirname(layer.file);
        const place = layer.problemAt(['overrides', String(index), 'files'], '');
        const isMatch = picomatch(override.files, { dot: true });
        return {
          configFile: layer.file,
          index,
          files: override.files,
          folder,
          line: place.line,
          column: place.column,
          matches: (file: string) => isMatch(toPosix(path.relative(folder, file))),
        };
      }),
    );
  }

  /**
   * Where each setting a file gets was written, as `file:line:column`, or
   * `option` (the command line or editor) or `default`: what `--print-config` shows.
   */
  settingSources(filePath: string | undefined): Record<string, string> {
    const sources: Record<string, string> = {};
    const placeIn = (layer: ParsedConfig, keyPath: string[]) => {
      const place = layer.problemAt(keyPath, '');
      return `${place.file}:${place.line + 1}:${place.column + 1}`;
    };
    const record = (layer: ParsedConfig, keyPath: string[], settings: Settings & Pick<ConfigFile, 'exports' | 'maxFindings'>) => {
      for (const key of [...SETTING_KEYS, 'exports', 'maxFindings'] as const) if (settings[key] !== undefined) sources[key] = placeIn(layer, [...keyPath, key]);
      for (const id of Object.keys(settings.rules ?? {})) sources[`rules.${id}`] = placeIn(layer, [...keyPath, 'rules', id]);
      const { placeholders } = settings;
      if (typeof placeholders === 'string') sources.placeholders = placeIn(layer, [...keyPath, 'placeholders']);
      else if (placeholders?.dialect !== undefined) sources.placeholders = placeIn(layer, [...keyPath, 'placeholders', 'dialect']);
      // Custom variables add up: each keeps the first place that lists it.
      (typeof placeholders === 'object' ? (placeholders.variables ?? []) : []).forEach((variable, index) => {
        sources[`placeholders.variables.${variable}`] ??= placeIn(layer, [...keyPath, 'placeholders', 'variables', String(index)]);
      });
    };
    // In the order settings apply (farthest config first, overrides last), so the last writer of each key stays.
    for (const layer of [...this.layers].reverse()) record(layer, [], layer.config);
    for (const { override, layer, keyPath } of filePath ? this.matchingOverrides(filePath) : []) record(layer, keyPath, override);
    if (this.options.language) sources.language = 'option';
    if (this.options.maxFindings !== undefined) sources.maxFindings = 'option';
    for (const id of Object.keys(this.options.rules ?? {})) sources[`rules.${id}`] = 'option';
    for (const key of [...SETTING_KEYS, 'placeholders', 'exports', 'maxFindings']) sources[key] ??= 'default';
    return sources;
  }

  private isIgnored(filePath: string): boolean {
    return this.matchesAnyLayer(filePath, (config) => config.ignore);
  }

  private isIncluded(filePath: string): boolean {
    return this.matchesAnyLayer(filePath, (config) => config.include);
  }

  /** Whether a glob `globsOf` gives of some config of the chain (relative to that config's folder) matches the file. */
  private matchesAnyLayer(filePath: string, globsOf: (config: ConfigFile) => string[] | undefined): boolean {
    return this.layers.some((layer) => {
      const globs = globsOf(layer.config) ?? [];
      return globs.length > 0 && picomatch.isMatch(toPosix(path.relative(path.dirname(layer.file), filePath)), globs, { dot: true });
    });
  }

  private packsFor(language: string): LoadedPack[] {
    let packs = this.packsByLanguage.get(language);
    if (!packs) {
      const entries = this.extendsEntries();
      packs = entries.flatMap(({ entry, site }) => this.resolveEntry(entry, site, language)).filter((pack) => packLanguage(pack.spec) === language);
      this.packsByLanguage.set(language, packs);
    }
    return packs;
  }

  private extendsEntries(): { entry: string; site: EntrySite }[] {
    const entries: { entry: string; site: EntrySite }[] = [];
    for (const layer of [...this.layers].reverse()) {
      (layer.config.extends ?? []).forEach((entry, index) => {
        entries.push({
          entry,
          site: { baseDir: path.dirname(layer.file), problem: (message) => layer.problemAt(['extends', String(index)], message) },
        });
      });
    }
    // No config says what to extend: the recommended pack.
    if (!this.layers.some((layer) => layer.config.extends !== undefined)) {
      entries.push({ entry: 'recommended', site: defaultsSite() });
    }
    return entries;
  }

  private ruleSetFor(language: string, ruleSettings: Record<string, RuleSetting>, formality: Formality): RuleSet | undefined {
    const key = JSON.stringify([language, ruleSettings, formality]);
    if (!this.ruleSets.has(key)) {
      const packs = this.packsFor(language);
      this.ruleSets.set(key, packs.length > 0 ? compileRuleSet(language, packs, ruleSettings, this.vocabulary(), formality) : undefined);
    }
    return this.ruleSets.get(key);
  }

  private vocabulary(): Vocabulary {
    const reject = this.layers.flatMap((layer) => layer.config.vocabulary?.reject ?? []);
    const accept = this.layers.flatMap((layer) => layer.config.vocabulary?.accept ?? []);
    return { reject, accept };
  }

  /**
   * Every language named in the configs must have rules: a code no pack knows
   * ("de", a typo) is an error at its key, never a silent lint with no rules.
   * The language from the editor or CLI is checked too (UnknownLanguageError).
   */
  private checkLanguages(): void {
    const hasRules = (code: string) => code === 'auto' || this.packsFor(code).length > 0;
    const problems: ConfigProblem[] = [];
    for (const layer of this.layers) {
      for (const { settings, keyPath } of settingBlocks(layer.config)) {
        const code = settings.language;
        if (code !== undefined && !hasRules(normalizeLanguage(code)))
          problems.push(layer.problemAt([...keyPath, 'language'], unknownLanguageMessage(code, this.knownLanguages())));
      }
    }
    // A pack that did not resolve may be the one with rules for the language: that is said at its entry.
    if (!this.packMissing) this.report(problems);
    const option = this.options.language;
    if (option && !hasRules(normalizeLanguage(option))) {
      this.throwCollected();
      throw new UnknownLanguageError(option, this.knownLanguages());
    }
  }

  /** The packs of every language (read once, only when needed: an unknown code, or detection). */
  private allPacks(): LoadedPack[] {
    this.everyLanguagePacks ??= this.extendsEntries().flatMap(({ entry, site }) => this.resolveEntry(entry, site));
    return this.everyLanguagePacks;
  }

  /** The languages this configuration's packs have rules for, sorted. */
  knownLanguages(): string[] {
    return [...new Set(this.allPacks().map((pack) => packLanguage(pack.spec)))].sort();
  }

  /** The common words, marking letters and ISO 639-3 codes of every language's packs, for detecting each reply's language. */
  private languageSignals(): LanguageSignals {
    this.detectionSignals ??= languageSignalsOf(
      this.allPacks().map(({ spec }) => ({
        language: packLanguage(spec),
        words: spec.commonWords ?? [],
        letters: spec.letters ?? [],
        iso639Codes: spec.iso639Codes ?? [],
        signOffs: (spec.kindSignals?.signOff ?? []).map(phraseText),
        // The greeting the scorecard's greeting rule asks for at the opening: "Laba diena", "Hei", "Dzień dobry".
        greetings: Object.values(spec.rules)
          .filter((rule) => rule.kind === 'require' && rule.scorecard === 'greeting' && rule.where === 'opening')
          .flatMap((rule) => (rule.phrases ?? []).map(phraseText)),
      })),
    );
    return this.detectionSignals;
  }

  /** Phrases and patterns in rule settings and the vocabulary compile, or each is a problem at its line. */
  private checkPhraseSyntax(): void {
    const problems: ConfigProblem[] = [];
    for (const layer of this.layers) {
      const { config } = layer;
      const found = [
        ...phraseProblems(
          ['vocabulary', 'reject'],
          (config.vocabulary?.reject ?? []).map((item) => (typeof item === 'string' ? item : item.term)),
        ),
        ...phraseProblems(['vocabulary', 'accept'], config.vocabulary?.accept),
        ...settingBlocks(config).flatMap(({ settings, keyPath }) =>
          Object.entries(settings.rules ?? {}).flatMap(([id, setting]) =>
            typeof setting === 'object' ? ruleSyntaxProblems([...keyPath, 'rules', id], setting) : [],
          ),
        ),
      ];
      for (const problem of found) problems.push(layer.problemAt(problem.path.map(String), problem.message));
    }
    this.report(problems);
  }

  /** Custom variables in `placeholders:` are bare names or globs, or each is a problem at its line. */
  private checkVariableGlobs(): void {
    const problems: ConfigProblem[] = [];
    for (const layer of this.layers) {
      for (const { settings, keyPath } of settingBlocks(layer.config)) {
        const setting = settings.placeholders;
        if (typeof setting !== 'object') continue;
        (setting.variables ?? []).forEach((variable, index) => {
          const problem = variableGlobProblem(variable);
          const at = [...keyPath, 'placeholders', 'variables', String(index)];
          if (problem) problems.push(layer.problemAt(at, `${at.join('.')}: ${problem}.`));
        });
      }
    }
    this.report(problems);
  }

  /**
   * Every rule id a config or a suppression comment may name: those of the packs this config extends, in any language
   * (ids are shared: placeholder/vocative-name is only some languages'), and those of every built-in pack (formula/thanks
   * of strict is a rule, extended or not), with their categories. Read once, when first asked.
   */
  knownRuleIds(): KnownRuleIds & { notExtended: ReadonlyMap<string, string> } {
    if (!this.ruleIds) {
      const extended = ruleIdsOf(this.allPacks());
      // A built-in pack this config does not extend, by the rule ids only it has.
      const notExtended = new Map<string, string>();
      for (const name of builtinPackNames()) {
        for (const id of ruleIdsOf(this.resolveEntry(name, defaultsSite()))) if (!extended.has(id) && !notExtended.has(id)) notExtended.set(id, name);
      }
      const ids = new Set([...extended, ...notExtended.keys()]);
      this.ruleIds = { ids, categories: new Set([...ids].map((id) => id.split('/')[0]!)), notExtended };
    }
    return this.ruleIds;
  }

  /** Rule ids in `rules:` (and in overrides) must exist in the packs, in any language (ids are shared). */
  private checkRuleIds(language: string): void {
    const own = ruleIdsOf(this.packsFor(language));
    const configured = this.layers.flatMap((layer) => settingBlocks(layer.config).map(({ settings }) => settings.rules));
    const isOwn = (id: string) => own.has(id) || [...own].some((known) => known.startsWith(`${id}/`));
    // Every pack's ids are read only when an id is not the language's own.
    if (!configured.some((rules) => Object.keys(rules ?? {}).some((id) => !isOwn(id)))) return;
    const known = this.knownRuleIds();
    const { notExtended } = known;
    const problems: ConfigProblem[] = [];
    for (const layer of this.layers) {
      for (const { settings, keyPath: blockPath } of settingBlocks(layer.config)) {
        const keyPath = [...blockPath, 'rules'];
        for (const [id, setting] of Object.entries(settings.rules ?? {})) {
          const unknown = unknownRuleId(id, known, 'in rules');
          if (unknown) problems.push(layer.problemAt([...keyPath, id], unknown));
          // Turning off a rule that never runs is harmless; a severity or options for it would be ignored without a word.
          const pack = notExtended.get(id);
          if (pack !== undefined && setting !== 'off') {
            problems.push(
              layer.problemAt(
                [...keyPath, id],
                `Rule "${id}" is in the pack "${pack}", which this config does not extend: add "${pack}" to extends, or the setting does nothing.`,
              ),
            );
          }
        }
      }
    }
    // An id may be a rule of a pack that did not resolve: that pack's entry is the problem said.
    if (!this.packMissing) this.report(problems);
  }
}

/** A config's blocks of settings, each with the key path to it: its top level, then each override (`overrides.<i>`). */
function settingBlocks(config: ConfigFile): { settings: Settings; keyPath: string[] }[] {
  return [
    { settings: config, keyPath: [] },
    ...(config.overrides ?? []).map((override, index) => ({ settings: override, keyPath: ['overrides', String(index)] })),
  ];
}

/** Where Replylint's own defaults are named: no config file wrote them. */
/** A pack phrase's text, with or without its settings. */
const phraseText = (phrase: PhraseSpec) => (typeof phrase === 'string' ? phrase : phrase.phrase);

function defaultsSite(): EntrySite {
  return { baseDir: process.cwd(), problem: (message) => ({ file: '<defaults>', message, ...FILE_START }) };
}

function unknownLanguageMessage(code: string, known: string[]): string {
  return `Unknown language "${code}": Replylint has rules for ${known.join(', ')} (or auto to detect each reply's language).`;
}

/** A language from the editor or the command line that no pack has rules for. */
export class UnknownLanguageError extends Error {
  constructor(
    readonly code: string,
    readonly known: string[],
  ) {
    super(unknownLanguageMessage(code, known));
  }
}

/** A language's formality from the `formality` setting: any unless the team chose. */
function formalityFor(setting: Settings['formality'], language: string): Formality {
  return (typeof setting === 'string' ? setting : setting?.[language]) ?? 'any';
}

/** The language a setting names; unset or `auto`: each reply's language is guessed. */
function languageSetting(setting: string | undefined): string {
  return normalizeLanguage(setting || 'auto');
}

/** Each layer's keys over the earlier layers'. */
function layered<T extends object>(layers: T[]): T {
  return Object.assign({}, ...layers) as T;
}

/** The settings a config or an override sets for the files it covers (`rules` and `placeholders` are merged apart). */
const SETTING_KEYS = ['language', 'audience', 'kind', 'sections', 'signature', 'formality'] as const;

/**
 * The `placeholders:` settings that cover a file, farthest first: the
 * dialect the nearest one names (auto when none does), and every custom
 * variable any of them lists, once each, so an override adds a folder's
 * fields to the project's.
 */
function mergePlaceholders(settings: (PlaceholderSetting | undefined)[]): { dialect: string; variables: string[] } {
  let dialect = 'auto';
  const variables = new Set<string>();
  for (const setting of settings) {
    const named = typeof setting === 'object' ? setting.dialect : setting;
    if (named !== undefined) dialect = named;
    if (typeof setting === 'object') for (const variable of setting.variables ?? []) variables.add(variable);
  }
  return { dialect, variables: [...variables] };
}

function pick(settings: Settings): Settings {
  const picked: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) if (settings[key] !== undefined) picked[key] = settings[key];
  return picked as Settings;
}

const toPosix = (file: string) => file.split(path.sep).join('/');

/**
 * `over` applied on top of `base`. A severity for a category there also wins over
 * `base`'s settings of that category's rules, so the editor's "tone": "off" turns
 * off every tone rule even when a config file sets one of them.
 */
function applyRuleSettings(base: Record<string, RuleSetting>, over: Record<string, RuleSetting> | undefined): Record<string, RuleSetting> {
  if (!over) return base;
  const merged = { ...base };
  for (const [key, setting] of Object.entries(over)) {
    if (key.includes('/') || typeof setting !== 'string') continue;
    for (const [id, current] of Object.entries(base)) {
      if (!id.startsWith(`${key}/`)) continue;
      merged[id] = setting === 'off' || typeof current === 'string' ? setting : { ...current, severity: setting };
    }
  }
  return Object.assign(merged, over);
}

/** The project configuration for a file or folder: its config chain, or the built-in defaults. */
export function loadProjectConfig(fileOrDir: string, options: ResolveOptions = {}): ProjectConfig {
  const isDir = fs.existsSync(fileOrDir) && fs.statSync(fileOrDir).isDirectory();
  const files = options.configFile ? [options.configFile] : findConfigFiles(isDir ? fileOrDir : path.dirname(fileOrDir));
  // A file that cannot be read (a YAML syntax error) is reported with the others' problems, not instead of them.
  const read: ReturnType<typeof readConfigText>[] = [];
  const unread: ConfigProblem[] = [];
  for (const file of files) {
    try {
      read.push(readConfigText(readText(file), file));
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      for (const problem of error.problems) unread.push(problem);
    }
  }
  return new ProjectConfig(
    read.map(({ parsed }) => parsed),
    options,
    [...unread, ...read.flatMap(({ problems }) => problems)],
    unread.length > 0,
  );
}

/** The merged configuration for a file (or for a folder, for untitled buffers). */
export function resolveConfig(fileOrDir: string, options: ResolveOptions = {}): ResolvedConfig {
  const isDir = fs.existsSync(fileOrDir) && fs.statSync(fileOrDir).isDirectory();
  return loadProjectConfig(fileOrDir, options).forFile(isDir ? undefined : path.resolve(fileOrDir));
}

/** A configuration from data alone (tests, and editors with no config file). */
export function buildConfig(config: ConfigFile, file: string | undefined, options: ResolveOptions = {}): ResolvedConfig {
  const layerFile = file ?? path.join(process.cwd(), '.replylint.yaml');
  const layer: ParsedConfig = {
    file: layerFile,
    config,
    problemAt: (_keyPath, message) => ({ file: layerFile, message, ...FILE_START }),
  };
  const project = new ProjectConfig(file || Object.keys(config).length > 0 ? [layer] : [], options);
  return project.forFile(undefined);
}

export const VOCABULARY_RULE_ID = 'clarity/team-vocabulary';

/** The rule ids of packs, with the team vocabulary's. */
function ruleIdsOf(packs: readonly LoadedPack[]): Set<string> {
  return new Set([...packs.flatMap((pack) => Object.keys(pack.spec.rules)), VOCABULARY_RULE_ID]);
}

/** The team's rejected terms as a clarity rule; accepted terms silence every rule. */
function vocabularyRule(vocabulary: Vocabulary): ActiveRule | undefined {
  const reject = vocabulary.reject ?? [];
  if (reject.length === 0) return undefined;
  const phrases: PhraseSpec[] = reject.map((item) => (typeof item === 'string' ? item : { phrase: item.term, suggest: item.replace }));
  return {
    id: VOCABULARY_RULE_ID,
    severity: 'warning',
    origin: 'vocabulary',
    spec: {
      kind: 'phrase',
      category: 'clarity',
      message: '"{match}" is a term your team keeps out of customer replies.',
      description: "Terms listed in the team's vocabulary.reject: internal words and jargon that customers do not use.",
      phrases,
    },
  };
}

/**
 * Later packs override earlier ones; the project's settings override all.
 * A rule for one formality (informal words when the team writes formally) is
 * active only when the team chose that formality for this language.
 */
export function compileRuleSet(
  language: string,
  packs: LoadedPack[],
  settings: Record<string, RuleSetting>,
  vocabulary: Vocabulary = {},
  formality: Formality = 'any',
): RuleSet {
  const byId = new Map<string, ActiveRule>();
  const timePatterns: TimePatterns = { timeframes: [], dates: [] };
  const scorecard = emptyScorecardData();
  const kindSignals = emptyKindSignals();
  const builtin = builtinRulesDir();
  const ownWords = { words: new Set<string>(), letters: [] as string[] };
  for (const pack of packs) {
    const vetted = isInside(pack.file, builtin);
    for (const word of pack.spec.commonWords ?? []) ownWords.words.add(word.normalize('NFC').toLowerCase());
    for (const letter of pack.spec.letters ?? []) ownWords.letters.push(letter.normalize('NFC').toLowerCase());
    for (const pattern of pack.spec.timeframes ?? []) timePatterns.timeframes.push({ pattern, vetted });
    for (const pattern of pack.spec.dates ?? []) timePatterns.dates.push({ pattern, vetted });
    addScorecardData(scorecard, pack.spec.scorecard);
    addKindSignals(kindSignals, pack.spec.kindSignals);
    for (const [id, spec] of Object.entries(pack.spec.rules)) {
      if (spec.formality && spec.formality !== formality) {
        byId.delete(id);
        continue;
      }
      byId.set(id, { id, spec, severity: spec.severity ?? 'warning', origin: pack.name, vetted });
    }
  }
  const fromVocabulary = vocabularyRule(vocabulary);
  if (fromVocabulary) byId.set(fromVocabulary.id, fromVocabulary);
  const rules: ActiveRule[] = [];
  for (const rule of byId.values()) {
    const setting = settings[rule.id] ?? settings[rule.id.split('/')[0]!];
    if (setting === 'off') continue;
    if (setting === undefined) rules.push(rule);
    else if (typeof setting === 'string') rules.push({ ...rule, severity: setting });
    else rules.push({ ...rule, spec: { ...rule.spec, ...setting }, severity: setting.severity ?? rule.severity });
  }
  return new RuleSet(language, builtinGrammar(language), rules, timePatterns, vocabulary.accept ?? [], scorecard, kindSignals, ownWords);
}
