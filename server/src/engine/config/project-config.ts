// Finds and merges `.replylint.yaml` and the packs it extends into compiled
// rule sets. Reads files, but knows nothing of editors or protocols.

import Ajv from 'ajv';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LineCounter, isMap, isScalar, parseDocument } from 'yaml';
import configSchema from '../../../../rules/schema/config.schema.json';
import type { LintOptions } from '../linter';
import { parsePack, type PackProblem, type PackSpec } from '../rules/pack';
import { RuleSet, type ActiveRule } from '../rules/rule-set';
import type { SeveritySetting } from '../types';

export const CONFIG_FILE_NAMES = ['.replylint.yaml', '.replylint.yml', '.replylint.json'];

export interface ConfigFile {
  root?: boolean;
  language?: string;
  extends?: string[];
  placeholders?: string;
  audience?: 'customer' | 'internal';
  rules?: Record<string, SeveritySetting>;
}

/** A problem in a config or pack file, with its place in that file. */
export interface ConfigProblem extends PackProblem {
  file: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: ConfigProblem[]) {
    super(problems.map((problem) => `${problem.file}:${problem.line + 1}:${problem.column + 1}: ${problem.message}`).join('\n'));
  }
}

export interface LoadedPack {
  /** Built-in name or absolute file path. */
  name: string;
  spec: PackSpec;
}

export interface ResolvedConfig {
  /** The config file used, or undefined for built-in defaults. */
  file: string | undefined;
  language: string;
  audience: 'customer' | 'internal';
  placeholders: string;
  packs: LoadedPack[];
  ruleSettings: Record<string, SeveritySetting>;
  lintOptions: LintOptions;
}

const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
const validateConfig = ajv.compile<ConfigFile>(configSchema);

/** The folder holding `rules/` with the built-in packs, beside the bundle or the sources. */
export function builtinRulesDir(): string {
  let dir = __dirname;
  for (;;) {
    const candidate = path.join(dir, 'rules');
    if (fs.existsSync(path.join(candidate, 'schema', 'pack.schema.json'))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Replylint's built-in rules folder was not found above ${__dirname}.`);
    dir = parent;
  }
}

export function builtinPackNames(): string[] {
  return fs
    .readdirSync(builtinRulesDir(), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'schema')
    .map((entry) => entry.name);
}

/** Path of a built-in pack for a language, or undefined when that language has none. */
function builtinPackPath(name: string, language: string): string | undefined {
  const file = path.join(builtinRulesDir(), name, `${language}.yaml`);
  return fs.existsSync(file) ? file : undefined;
}

export function findConfigFile(startDir: string): string | undefined {
  let dir = path.resolve(startDir);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(dir, name);
      if (fs.existsSync(candidate)) return candidate;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export function readPackFile(file: string): PackSpec {
  const { pack, problems } = parsePack(readText(file));
  if (!pack) throw new ConfigError(problems.map((problem) => ({ ...problem, file })));
  return pack;
}

function readText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError([{ file, message: `Cannot read: ${(error as Error).message}`, line: 0, column: 0, endLine: 0, endColumn: 0 }]);
  }
}

/** A config's data, and a way to point at one of its keys in the file. */
export interface ParsedConfig {
  config: ConfigFile;
  problemAt(path: string[], message: string): ConfigProblem;
}

export function parseConfigText(text: string, file: string): ParsedConfig {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const problemAtOffset = (offset: number, message: string): ConfigProblem => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, message, line: line - 1, column: col - 1, endLine: line - 1, endColumn: col - 1 };
  };
  const problemAt = (path: string[], message: string): ConfigProblem => {
    // Point at the key itself: the last pair on the path whose key matches.
    const parent = path.length > 1 ? document.getIn(path.slice(0, -1), true) : document.contents;
    const pair = isMap(parent) ? parent.items.find((item) => isScalar(item.key) && String(item.key.value) === path[path.length - 1]) : undefined;
    const node = (pair?.key ?? document.getIn(path, true)) as { range?: [number, number] } | undefined;
    return problemAtOffset(node?.range?.[0] ?? 0, message);
  };
  if (document.errors.length > 0) {
    throw new ConfigError(document.errors.map((error) => problemAtOffset(error.pos[0], `YAML: ${error.message.split('\n')[0]}`)));
  }
  const data: unknown = document.toJS({ maxAliasCount: 100 }) ?? {};
  if (!validateConfig(data)) {
    throw new ConfigError(
      (validateConfig.errors ?? []).map((error) => {
        const path = error.instancePath.split('/').slice(1).map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
        const where = path.join('.') || 'the config';
        if (error.keyword === 'additionalProperties') {
          const extra = (error.params as { additionalProperty: string }).additionalProperty;
          return problemAt([...path, extra], `${where}: unknown key "${extra}"`);
        }
        const allowed = error.keyword === 'enum' ? `: ${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')}` : '';
        return problemAt(path, `${where}: ${error.message}${allowed}`);
      }),
    );
  }
  return { config: data, problemAt };
}

const DEFAULTS: Required<Pick<ConfigFile, 'language' | 'extends' | 'placeholders' | 'audience'>> = {
  language: 'en',
  extends: ['recommended'],
  placeholders: 'auto',
  audience: 'customer',
};

export interface ResolveOptions {
  /** An explicit config file (CLI --config, editor setting); skips discovery. */
  configFile?: string;
  /** Overrides from the editor or CLI, applied over the file. */
  language?: string;
}

/** The merged configuration for a file (or for a folder, for untitled buffers). */
export function resolveConfig(fileOrDir: string, options: ResolveOptions = {}): ResolvedConfig {
  const isDir = fs.existsSync(fileOrDir) && fs.statSync(fileOrDir).isDirectory();
  const file = options.configFile ?? findConfigFile(isDir ? fileOrDir : path.dirname(fileOrDir));
  if (!file) return buildConfig({}, undefined, options);
  const parsed = parseConfigText(readText(file), file);
  return buildConfig(parsed.config, file, options, parsed.problemAt);
}

const nowhere = (file: string | undefined) => (_path: string[], message: string): ConfigProblem => ({
  file: file ?? '<defaults>',
  message,
  line: 0,
  column: 0,
  endLine: 0,
  endColumn: 0,
});

export function buildConfig(
  config: ConfigFile,
  file: string | undefined,
  options: ResolveOptions = {},
  problemAt: ParsedConfig['problemAt'] = nowhere(file),
): ResolvedConfig {
  const language = options.language && options.language !== 'auto' ? options.language : (config.language ?? DEFAULTS.language);
  const extendsList = config.extends ?? DEFAULTS.extends;
  const baseDir = file ? path.dirname(file) : process.cwd();
  const ruleSettings = config.rules ?? {};
  const languages = new Set([language]);
  const packsByLanguage = new Map<string, LoadedPack[]>();
  const loadPacks = (lang: string): LoadedPack[] => {
    let packs = packsByLanguage.get(lang);
    if (packs) return packs;
    packs = [];
    for (const [index, entry] of extendsList.entries()) {
      if (/^[a-z][a-z0-9-]*$/.test(entry)) {
        const builtin = builtinPackPath(entry, lang);
        if (!builtin) {
          if (!builtinPackNames().includes(entry)) {
            throw new ConfigError([problemAt(['extends', String(index)], `Unknown built-in pack "${entry}". Built-in packs: ${builtinPackNames().join(', ')}.`)]);
          }
          continue;
        }
        packs.push({ name: entry, spec: readPackFile(builtin) });
      } else {
        const packFile = path.resolve(baseDir, entry);
        const spec = readPackFile(packFile);
        if ((spec.language ?? 'en') === lang) packs.push({ name: packFile, spec });
      }
    }
    packsByLanguage.set(lang, packs);
    return packs;
  };
  const defaultPacks = loadPacks(language);
  const knownIds = new Set(defaultPacks.flatMap((pack) => Object.keys(pack.spec.rules)));
  const knownCategories = new Set([...knownIds].map((id) => id.split('/')[0]));
  const unknown = Object.keys(ruleSettings).filter((id) => !knownIds.has(id) && !knownCategories.has(id));
  if (unknown.length > 0) {
    throw new ConfigError(unknown.map((id) => problemAt(['rules', id], `Unknown rule id "${id}" in rules.`)));
  }
  const ruleSets = new Map<string, RuleSet | undefined>();
  const ruleSetFor = (lang: string): RuleSet | undefined => {
    if (!ruleSets.has(lang)) {
      const packs = loadPacks(lang);
      ruleSets.set(lang, packs.length > 0 ? compileRuleSet(lang, packs, ruleSettings) : undefined);
    }
    return ruleSets.get(lang);
  };
  languages.forEach(ruleSetFor);
  return {
    file,
    language,
    audience: config.audience ?? DEFAULTS.audience,
    placeholders: config.placeholders ?? DEFAULTS.placeholders,
    packs: defaultPacks,
    ruleSettings,
    lintOptions: { language, audience: config.audience ?? DEFAULTS.audience, ruleSetFor },
  };
}

/** Later packs override earlier ones; the project's settings override all. */
export function compileRuleSet(language: string, packs: LoadedPack[], settings: Record<string, SeveritySetting>): RuleSet {
  const byId = new Map<string, ActiveRule>();
  const timeframes: string[] = [];
  for (const pack of packs) {
    timeframes.push(...(pack.spec.timeframes ?? []));
    for (const [id, spec] of Object.entries(pack.spec.rules)) {
      byId.set(id, { id, spec, severity: spec.severity ?? 'warning', origin: pack.name });
    }
  }
  const rules: ActiveRule[] = [];
  for (const rule of byId.values()) {
    const setting = settings[rule.id] ?? settings[rule.id.split('/')[0]!];
    if (setting === 'off') continue;
    rules.push(setting ? { ...rule, severity: setting } : rule);
  }
  return new RuleSet(language, rules, timeframes);
}
