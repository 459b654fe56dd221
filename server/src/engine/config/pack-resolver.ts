// Resolves `extends` entries to pack files: built-in names, paths, and npm
// packages that declare their packs in package.json. Packs are only ever read
// as data; no package code is loaded.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parsePack, type PackSpec } from '../rules/pack';
import { parse } from 'yaml';
import { precompiledData, shippedData, shippedFolders, shippedNames } from './builtin-data';
import { ConfigError, type ConfigProblem } from './config-error';
import { FILE_START } from './yaml-problems';
import { decodeDataText, FileReadError, readBoundedFile } from '../io/files';

export interface LoadedPack {
  /** Built-in name, or the absolute path of the pack file. */
  name: string;
  /** Absolute path of the pack file. */
  file: string;
  spec: PackSpec;
}

/** Where an `extends` entry was written, for error messages. */
export interface EntrySite {
  baseDir: string;
  /** The problem to report for this entry (file, line, column). */
  problem(message: string): ConfigProblem;
}

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

/** Folders of rules/ that hold data other than packs. */
const NOT_PACKS = new Set(['schema', 'placeholders', 'structure', 'messages']);

export function builtinPackNames(): string[] {
  const onDisk = fs
    .readdirSync(builtinRulesDir(), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  return [...onDisk, ...shippedFolders().filter((name) => !onDisk.includes(name))].filter((name) => !NOT_PACKS.has(name));
}

/** The languages the built-in packs have rules for (the files of `recommended`), sorted. */
export function builtinLanguages(): string[] {
  return builtinYamlNames('recommended')
    .map((file) => path.basename(file, '.yaml'))
    .sort();
}

/** The YAML files of folder `dir` of the built-in rules: those on disk, else (the .vsix) those the bundle carries. */
function builtinYamlNames(dir: string): string[] {
  const folder = path.join(builtinRulesDir(), dir);
  return fs.existsSync(folder) ? fs.readdirSync(folder).filter((name) => name.endsWith('.yaml')) : shippedNames(dir);
}

/** Replylint's own YAML data (dialects, structure): the bundle's copy when the file is not shipped or is the text it was made of, else the file parsed. */
export function readBuiltinYaml(file: string): unknown {
  const rulesDir = builtinRulesDir();
  if (!fs.existsSync(file)) {
    const data = shippedData(rulesDir, file);
    if (data !== undefined) return data;
  }
  const bytes = readBytes(file);
  return precompiledData(rulesDir, file, bytes) ?? parse(bytes.toString('utf8'));
}

/** Configs, packs and package.json files are small: anything bigger is refused before it is read. */
export const MAX_DATA_FILE_BYTES = 8_000_000;

/** A config, pack or package.json as text, read with a bound (a symlink to /dev/zero is refused, not read). */
export function readText(file: string): string {
  return decodeDataText(readBytes(file));
}

/**
 * readText's bytes, not decoded: a built-in file is checked against the bundle's copy by them, and decoded only when
 * it is parsed (decoding the packs and hashing their text again as UTF-8 was about 7 ms of every start).
 */
function readBytes(file: string): Buffer {
  try {
    return readBoundedFile(file, MAX_DATA_FILE_BYTES, 'configs and packs');
  } catch (error) {
    if (!(error instanceof FileReadError)) throw error;
    throw new ConfigError([{ file, message: error.message, ...FILE_START }]);
  }
}

// Parsed packs by file, reused while the file is unchanged: a config reload
// in the editor must not parse the built-in packs again.
const parsedPacks = new Map<string, { mtimeMs: number; size: number; spec: PackSpec; validated: boolean }>();

/** A pack file's data; `vetted` skips the schema check for Replylint's own packs only. */
export function readPackFile(file: string, vetted = false): PackSpec {
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(file);
  } catch {
    // readText reports the missing file.
  }
  const cached = parsedPacks.get(file);
  const unchanged = cached && stat && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size;
  // A copy parsed without the schema check does not stand in for a checked one.
  if (unchanged && (cached.validated || vetted)) return cached.spec;
  const skipSchema = vetted && isInside(file, builtinRulesDir());
  const shipped = skipSchema && !stat ? (shippedData(builtinRulesDir(), file) as PackSpec | undefined) : undefined;
  if (shipped) return shipped;
  const bytes = readBytes(file);
  const precompiled = skipSchema ? (precompiledData(builtinRulesDir(), file, bytes) as PackSpec | undefined) : undefined;
  const load = precompiled ? { pack: precompiled, problems: [] } : parsePack(decodeDataText(bytes), { vetted: skipSchema });
  const pack = load.pack;
  if (!pack)
    throw new PackError(
      load.problems.map((problem) => ({ ...problem, file })),
      load.extends ?? [],
    );
  if (stat) parsedPacks.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, spec: pack, validated: !skipSchema });
  return pack;
}

/** A pack file with problems; `extendsEntries`: the packs it extends, when its data could be read, so theirs are reported too. */
export class PackError extends ConfigError {
  constructor(
    problems: ConfigError['problems'],
    readonly extendsEntries: string[],
  ) {
    super(problems);
  }
}

/** Packs extending packs: more levels than any team needs, few enough for the recursion. */
const MAX_EXTENDS_DEPTH = 64;

const isPathEntry = (entry: string) => /^(\.{1,2}[\\/]|\/|[A-Za-z]:[\\/])/.test(entry) || /\.(ya?ml|json)$/i.test(entry);

/**
 * Loads packs for `extends` entries, following packs that extend others.
 * Within one resolver each file is read once; cycles are errors naming the chain.
 */
export class PackResolver {
  private readonly cache = new Map<string, PackSpec>();
  /** Every pack file read, for editors to watch. */
  readonly files = new Set<string>();

  /**
   * `workspaceRoot` (editor): packs must lie inside it, as written and once symlinks are resolved.
   * `projectRoot` (command line): a pack path written inside it must not lead out of it through a symlink;
   * a path written to point outside (`../shared/pack.yaml`) is explicit and read.
   */
  constructor(
    private readonly workspaceRoot: string | undefined,
    private readonly projectRoot?: string,
  ) {}

  /**
   * The packs an entry brings in (its own extends first). With a language, a
   * built-in pack reads only that language's file; other packs are read to
   * learn their language.
   */
  resolve(entry: string, site: EntrySite, language?: string, chain: string[] = []): LoadedPack[] {
    // Each level is a call: a chain thousands of packs deep would overflow the stack.
    if (chain.length >= MAX_EXTENDS_DEPTH) {
      throw new ConfigError([
        site.problem(
          `extends chain deeper than ${MAX_EXTENDS_DEPTH} packs: ${chain
            .slice(0, 3)
            .map((file) => path.basename(file))
            .join(' -> ')} -> ...`,
        ),
      ]);
    }
    const targets = this.locate(entry, site, language);
    const loaded: LoadedPack[] = [];
    // Every pack of the tree is read before problems are thrown: one pack's problems (a YAML
    // syntax error) do not hide another's. A pack with problems still leads to the packs it
    // extends when its data could be read.
    const problems: ConfigError['problems'] = [];
    const collect = (error: unknown) => {
      if (!(error instanceof ConfigError)) throw error;
      for (const problem of error.problems) problems.push(problem);
    };
    for (const target of targets) {
      if (chain.includes(target.file)) {
        throw new ConfigError([site.problem(`extends cycle: ${[...chain, target.file].map((file) => path.basename(file)).join(' -> ')}`)]);
      }
      let spec: PackSpec | undefined;
      let inner: string[] = [];
      try {
        spec = this.read(target.file);
        inner = spec.extends ?? [];
      } catch (error) {
        collect(error);
        if (error instanceof PackError) inner = error.extendsEntries;
      }
      const packSite: EntrySite = {
        baseDir: path.dirname(target.file),
        problem: (message) => ({ file: target.file, message, ...FILE_START }),
      };
      for (const innerEntry of inner) {
        try {
          for (const pack of this.resolve(innerEntry, packSite, language, [...chain, target.file])) loaded.push(pack);
        } catch (error) {
          collect(error);
        }
      }
      if (spec) loaded.push({ name: target.name, file: target.file, spec });
    }
    if (problems.length > 0) throw new ConfigError(problems);
    return loaded;
  }

  private read(file: string): PackSpec {
    let spec = this.cache.get(file);
    if (!spec) {
      spec = readPackFile(file, true);
      this.cache.set(file, spec);
      this.files.add(file);
    }
    return spec;
  }

  private locate(entry: string, site: EntrySite, language: string | undefined): { name: string; file: string }[] {
    if (isPathEntry(entry)) {
      const file = path.resolve(site.baseDir, entry);
      this.assertInsideWorkspace(file, entry, site);
      this.assertNoSymlinkOutOfProject(file, entry, site);
      if (!fs.existsSync(file)) throw new ConfigError([site.problem(`Pack not found: ${entry} (looked for ${file}).`)]);
      return [{ name: file, file }];
    }
    if (builtinPackNames().includes(entry)) {
      const dir = path.join(builtinRulesDir(), entry);
      return builtinYamlNames(entry)
        .filter((name) => !language || name === `${language}.yaml`)
        .sort()
        .map((name) => ({ name: entry, file: path.join(dir, name) }));
    }
    return this.locatePackage(entry, site);
  }

  /** An npm package in node_modules whose package.json lists its packs under "replylint". */
  private locatePackage(name: string, site: EntrySite): { name: string; file: string }[] {
    if (!/^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$/i.test(name)) {
      throw new ConfigError([site.problem(`"${name}" is neither a built-in pack (${builtinPackNames().join(', ')}), a path, nor an npm package name.`)]);
    }
    let dir = site.baseDir;
    for (;;) {
      const manifest = path.join(dir, 'node_modules', name, 'package.json');
      if (fs.existsSync(manifest)) {
        this.assertInsideWorkspace(manifest, name, site);
        return this.packsOfPackage(name, manifest, site);
      }
      const parent = path.dirname(dir);
      const leavesWorkspace = this.workspaceRoot !== undefined && !isInside(parent, this.workspaceRoot);
      if (parent === dir || leavesWorkspace) break;
      dir = parent;
    }
    throw new ConfigError([site.problem(`Unknown pack "${name}": not a built-in pack (${builtinPackNames().join(', ')}) and not installed in node_modules.`)]);
  }

  private packsOfPackage(name: string, manifest: string, site: EntrySite): { name: string; file: string }[] {
    let declared: unknown;
    try {
      declared = (JSON.parse(readText(manifest)) as { replylint?: { packs?: unknown } }).replylint?.packs;
    } catch (error) {
      if (error instanceof ConfigError) throw error;
      throw new ConfigError([site.problem(`${manifest} is not valid JSON: ${(error as Error).message}`)]);
    }
    const files = Array.isArray(declared) ? declared : declared && typeof declared === 'object' ? Object.values(declared) : [];
    if (files.length === 0 || !files.every((file) => typeof file === 'string')) {
      throw new ConfigError([site.problem(`Package "${name}" does not list its packs: add "replylint": { "packs": ["pack.yaml"] } to its package.json.`)]);
    }
    const packageDir = path.dirname(manifest);
    return (files as string[]).map((file) => {
      const resolved = path.resolve(packageDir, file);
      if (!isInside(resolved, packageDir)) throw new ConfigError([site.problem(`Package "${name}" lists a pack outside itself: ${file}.`)]);
      this.assertInsideWorkspace(resolved, name, site);
      return { name, file: resolved };
    });
  }

  /** In the editor, a pack must lie inside the workspace folder, as written and once symlinks are resolved. */
  private assertInsideWorkspace(file: string, entry: string, site: EntrySite): void {
    const root = this.workspaceRoot;
    if (root === undefined) return;
    if (!isInside(file, root)) throw new ConfigError([site.problem(`extends path "${entry}" leaves the workspace (${root}).`)]);
    const real = realPath(file);
    if (!isInside(real, realPath(root))) {
      throw new ConfigError([site.problem(`extends "${entry}" is a symlink to ${real}, outside the workspace (${root}).`)]);
    }
  }

  private assertNoSymlinkOutOfProject(file: string, entry: string, site: EntrySite): void {
    const root = this.projectRoot;
    if (root === undefined || !isInside(file, root)) return;
    const real = realPath(file);
    if (!isInside(real, realPath(root))) {
      throw new ConfigError([site.problem(`extends "${entry}" is a symlink to ${real}, outside the project (${root}): write that path in extends to use it.`)]);
    }
  }
}

/** The path with every symlink resolved; the path itself when it does not exist (yet). */
function realPath(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return file;
  }
}

export function isInside(file: string, dir: string): boolean {
  const relative = path.relative(dir, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
