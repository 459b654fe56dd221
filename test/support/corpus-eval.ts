// The hand-labelled corpus under test/corpus/real-world: reads each reply file
// and its `.labels.yaml` sidecar, lints the file the way the CLI does (the
// built-in packs, with the file's language, kind and dialect from its labels),
// and scores each finding against the labels. Labels are complete: a finding
// that matches no `flag` label is a false positive. Shared by `npm run eval`
// (scripts/eval.ts) and the corpus test.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LineCounter, isMap, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { builtinDialects } from '../../server/src/engine/config/dialects-file';
import {
  ProjectConfig,
  builtinPackNames,
  builtinRulesDir,
  parseConfigText,
  readPackFile,
  type ConfigFile,
  type ResolvedConfig,
} from '../../server/src/engine/config/project-config';
import { FolderLanguages, needsFolderLanguage, withFolderLanguage } from '../../server/src/engine/folder-languages';
import { lint, toldLanguageOf, type LintOptions } from '../../server/src/engine/linter';
import { LineIndex } from '../../server/src/engine/text/line-index';
import { CATEGORIES, REPLY_KINDS, type Finding, type ReplyKind, type Span } from '../../server/src/engine/types';

const ROOT = path.resolve(__dirname, '../..');
export const CORPUS_DIR = path.join(ROOT, 'test/corpus/real-world');
export const LABELS_SUFFIX = '.labels.yaml';
export const KNOWN_FALSE_POSITIVES = path.join(CORPUS_DIR, 'known-false-positives.yaml');

export const LANGUAGES = ['en', 'pl', 'fi', 'lt', 'sq'] as const;
// The engine's own kinds: a corpus file is labelled with what a config may name.
export const KINDS = REPLY_KINDS;
export type Kind = ReplyKind;

/** A span that must be flagged: by one of `rules`, or by any rule of `category`. */
export interface FlagLabel {
  rules: string[];
  category: string;
  /** The span; absent for problems that are about the whole reply (a missing greeting). */
  span?: Span;
  quote?: string;
  /**
   * The built-in pack expected to find it: `recommended` (the default), or `strict` for a problem only a strict rule
   * names (a threat, a curt redirect). A run without that pack does not count the label as a miss.
   */
  pack: string;
  /** Line of the label in the labels file (1-based), for messages. */
  labelLine: number;
}

export interface CleanLabel {
  quote: string;
  span: Span;
  labelLine: number;
}

export interface LabelledReply {
  /** The reply's title as the file spells it (section heading, macro name), or the file name. */
  title: string;
  kind: Kind;
  start: number;
  end: number;
  flags: FlagLabel[];
  clean: CleanLabel[];
}

export interface CorpusFile {
  /** Path relative to the corpus folder, with forward slashes (what the ratchet file records). */
  file: string;
  path: string;
  text: string;
  language: string;
  kind: Kind;
  dialect: string;
  /** What real source this file imitates (for readers). */
  style: string;
  /** More `.replylint.yaml` settings the file needs (e.g. `sections: 3`). */
  config: Record<string, unknown>;
  /** Features this file needs that are not on main yet (features.yaml, dialects, rule ids, kinds). */
  pending: string[];
  replies: LabelledReply[];
}

export class LabelError extends Error {}

interface FeatureList {
  pending: Set<string>;
  known: Set<string>;
}

function readFeatures(corpusDir: string): FeatureList {
  const doc = parseDocument(fs.readFileSync(path.join(corpusDir, 'features.yaml'), 'utf8'));
  const data = doc.toJS() as { pending?: Record<string, string>; landed?: Record<string, string> };
  const pending = new Set(Object.keys(data.pending ?? {}));
  return { pending, known: new Set([...pending, ...Object.keys(data.landed ?? {})]) };
}

/** The settings a `.replylint.yaml` may hold on this branch (`kind` among them once reply kinds have landed). */
function configKeys(): Set<string> {
  const schema = JSON.parse(fs.readFileSync(path.join(builtinRulesDir(), 'schema', 'config.schema.json'), 'utf8')) as { properties?: Record<string, unknown> };
  return new Set(Object.keys(schema.properties ?? {}));
}

/** Rule ids of each built-in pack, per language (`ruleIds.get('strict')?.get('pl')`). */
export function builtinRuleIds(): Map<string, Map<string, Set<string>>> {
  const byPack = new Map<string, Map<string, Set<string>>>();
  for (const pack of builtinPackNames()) {
    const byLanguage = new Map<string, Set<string>>();
    const dir = path.join(builtinRulesDir(), pack);
    for (const file of fs.readdirSync(dir).filter((name) => name.endsWith('.yaml'))) {
      // Vetted, as the engine reads built-in packs: the copy it has read already (or the build's precompiled one), not a second parse.
      byLanguage.set(path.basename(file, '.yaml'), new Set(Object.keys(readPackFile(path.join(dir, file), true).rules)));
    }
    byPack.set(pack, byLanguage);
  }
  return byPack;
}

/** Every reply file of a corpus (a file with a labels sidecar), sorted. */
function corpusFilePaths(corpusDir: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(LABELS_SUFFIX)) {
        const replyFile = full.slice(0, -LABELS_SUFFIX.length);
        if (!fs.existsSync(replyFile)) throw new LabelError(`${path.relative(ROOT, full)}: labels for a file that does not exist`);
        found.push(replyFile);
      }
    }
  };
  walk(corpusDir);
  return found.sort();
}

const relative = (corpusDir: string, file: string) => path.relative(corpusDir, file).split(path.sep).join('/');

/** Reads every labelled file of a corpus; a stale or malformed label is a LabelError with file and line. */
export function loadCorpus(corpusDir = CORPUS_DIR): CorpusFile[] {
  const features = readFeatures(corpusDir);
  const context = { corpusDir, features, configKeys: configKeys(), ruleIds: builtinRuleIds(), dialects: new Set(Object.keys(builtinDialects())) };
  return corpusFilePaths(corpusDir).map((file) => readLabelledFile(file, context));
}

interface LoadContext {
  corpusDir: string;
  features: FeatureList;
  configKeys: Set<string>;
  ruleIds: Map<string, Map<string, Set<string>>>;
  dialects: Set<string>;
}

function readLabelledFile(replyPath: string, context: LoadContext): CorpusFile {
  const labelsPath = replyPath + LABELS_SUFFIX;
  const labelsName = path.relative(ROOT, labelsPath);
  const fileName = relative(context.corpusDir, replyPath);
  const lineCounter = new LineCounter();
  const doc = parseDocument(fs.readFileSync(labelsPath, 'utf8'), { lineCounter });
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    throw new LabelError(`${labelsName}:${error.linePos?.[0]?.line ?? 1}: ${error.message}`);
  }
  const lineOf = (node: YamlNode | null | undefined) => (node?.range ? lineCounter.linePos(node.range[0]).line : 1);
  const fail = (node: YamlNode | null | undefined, message: string): never => {
    throw new LabelError(`${labelsName}:${lineOf(node)}: ${message}`);
  };
  const root = doc.contents;
  if (!isMap(root)) return fail(root, 'expected a map with language, kind, dialect, style and replies');
  const field = (key: string) => root.get(key, true) as YamlNode | undefined;
  const stringField = (key: string, allowed?: readonly string[]): string => {
    const value = (field(key) as { value?: unknown } | undefined)?.value;
    if (typeof value !== 'string' || value === '') return fail(field(key) ?? root, `"${key}" must be a non-empty string`);
    if (allowed && !allowed.includes(value)) return fail(field(key), `"${key}" must be one of ${allowed.join(', ')}, not "${value}"`);
    return value;
  };
  const language = stringField('language', LANGUAGES);
  const kind = stringField('kind', KINDS) as Kind;
  const dialect = stringField('dialect');
  const style = stringField('style');

  const pending: string[] = [];
  const needs = field('needs');
  if (needs !== undefined) {
    if (!isSeq(needs)) return fail(needs, '"needs" must be a list of feature names from features.yaml');
    for (const item of needs.items as YamlNode[]) {
      const name = (item as { value?: unknown }).value;
      if (typeof name !== 'string' || !context.features.known.has(name)) return fail(item, `unknown feature "${String(name)}": name it in features.yaml`);
      if (context.features.pending.has(name)) pending.push(name);
    }
  }
  if (!context.dialects.has(dialect) && dialect !== 'auto') pending.push(`dialect ${dialect}`);
  const configNode = field('config');
  if (configNode !== undefined && !isMap(configNode)) return fail(configNode, '"config" must be a map of .replylint.yaml settings');
  const config = (configNode?.toJSON() ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(config)) if (!context.configKeys.has(key)) pending.push(`config ${key}`);

  const text = fs.readFileSync(replyPath, 'utf8');
  const repliesNode = field('replies');
  if (!isSeq(repliesNode) || repliesNode.items.length === 0) return fail(repliesNode ?? root, '"replies" must be a non-empty list');
  const entries = repliesNode.items as YamlNode[];
  const multi = entries.length > 1;

  // Each reply runs from its title to the next reply's title.
  const starts: number[] = [];
  let from = 0;
  for (const entry of entries) {
    if (!isMap(entry)) return fail(entry, 'each reply is a map with "title" (when the file has several), "flag" and "clean"');
    const title = (entry.get('title', true) as { value?: unknown } | undefined)?.value;
    if (title === undefined) {
      if (multi) return fail(entry, 'a file with several replies needs a "title" on each, as the file spells it');
      starts.push(0);
      continue;
    }
    if (typeof title !== 'string') return fail(entry, '"title" must be a string');
    const at = text.indexOf(title, from);
    if (at < 0) return fail(entry.get('title', true) as YamlNode, `title "${title}" not found in ${fileName} after the previous reply`);
    starts.push(multi ? at : 0);
    from = at + title.length;
  }

  const packRules = (pack: string) => context.ruleIds.get(pack)?.get(language) ?? new Set<string>();
  const languageRules = new Set([...context.ruleIds.keys()].flatMap((pack) => [...packRules(pack)]));
  const replies = entries.map((entry, index): LabelledReply => {
    const map = entry as typeof root;
    const start = starts[index]!;
    const end = index + 1 < starts.length ? starts[index + 1]! : text.length;
    const title = ((map.get('title', true) as { value?: unknown } | undefined)?.value as string | undefined) ?? path.basename(replyPath);
    const replyKindNode = map.get('kind', true) as YamlNode | undefined;
    const replyKind = (replyKindNode as { value?: unknown } | undefined)?.value ?? kind;
    if (!KINDS.includes(replyKind as Kind)) return fail(replyKindNode, `"kind" must be one of ${KINDS.join(', ')}`);
    for (const key of map.items.map((pair) => (pair.key as { value?: unknown }).value)) {
      if (!['title', 'kind', 'flag', 'clean', 'note'].includes(String(key))) return fail(map, `unknown key "${String(key)}" (title, kind, flag, clean, note)`);
    }

    // Quotes are looked for after the title, so a word of the heading is never taken for the body's.
    const bodyStart = multi ? start + title.length : start;
    const find = (quote: string, occurrence: number, node: YamlNode) => {
      let at = bodyStart - 1;
      for (let seen = 0; seen < occurrence; seen++) {
        at = text.indexOf(quote, at + 1);
        if (at < 0 || at + quote.length > end) return fail(node, `"${quote}" (occurrence ${occurrence}) not found in reply "${title}"`);
      }
      return { start: at, end: at + quote.length };
    };

    const flags: FlagLabel[] = [];
    const flagNode = map.get('flag', true) as YamlNode | undefined;
    if (flagNode !== undefined && !isSeq(flagNode)) return fail(flagNode, '"flag" must be a list of {rule or category, quote?, occurrence?}');
    for (const item of (flagNode && isSeq(flagNode) ? flagNode.items : []) as YamlNode[]) {
      if (!isMap(item)) return fail(item, 'a flag is a map: {rule: id, quote: "text"} or {category: name}');
      const data = item.toJSON() as { rule?: unknown; category?: unknown; quote?: unknown; occurrence?: unknown; pack?: unknown; note?: unknown };
      const rules = data.rule === undefined ? [] : Array.isArray(data.rule) ? data.rule : [data.rule];
      if (!rules.every((rule): rule is string => typeof rule === 'string' && /^[a-z]+\/[a-z-]+$/.test(rule)))
        return fail(item, '"rule" must be a rule id or a list of them');
      // Alternatives may span categories ("you need to" is a command and pushes work back); the first one counts in tables.
      const category = rules.length > 0 ? rules[0]!.split('/')[0]! : data.category;
      if (rules.length > 0 && data.category !== undefined) return fail(item, 'a flag names rules or a category, not both');
      if (typeof category !== 'string' || !(CATEGORIES as readonly string[]).includes(category)) {
        return fail(item, `a flag names a rule id, or a category (${CATEGORIES.join(', ')})`);
      }
      if (data.quote !== undefined && (typeof data.quote !== 'string' || data.quote === '')) return fail(item, '"quote" must be a non-empty string');
      const occurrence = data.occurrence ?? 1;
      if (typeof occurrence !== 'number' || !Number.isInteger(occurrence) || occurrence < 1) return fail(item, '"occurrence" must be a whole number from 1');
      const pack = data.pack ?? 'recommended';
      if (typeof pack !== 'string' || !context.ruleIds.has(pack))
        return fail(item, `"pack" must be a built-in pack (${[...context.ruleIds.keys()].join(', ')})`);
      if (rules.length > 0 && !rules.some((rule) => languageRules.has(rule))) pending.push(`rule ${rules.join('|')}`);
      else if (rules.length > 0 && !rules.some((rule) => packRules(pack).has(rule))) {
        // Else a recommended run counts a problem only strict can find as its miss.
        const packs = [...context.ruleIds.keys()].filter((name) => rules.some((rule) => packRules(name).has(rule)));
        return fail(item, `no rule of this label is in the ${pack} pack of ${language}: add pack: ${packs.join(' or ')}`);
      }
      const quote = data.quote as string | undefined;
      flags.push({ rules, category, quote, span: quote === undefined ? undefined : find(quote, occurrence, item), pack, labelLine: lineOf(item) });
    }

    const clean: CleanLabel[] = [];
    const cleanNode = map.get('clean', true) as YamlNode | undefined;
    if (cleanNode !== undefined && !isSeq(cleanNode)) return fail(cleanNode, '"clean" must be a list of quotes');
    for (const item of (cleanNode && isSeq(cleanNode) ? cleanNode.items : []) as YamlNode[]) {
      const data = item.toJSON() as unknown;
      const quote = typeof data === 'string' ? data : (data as { quote?: unknown } | null)?.quote;
      const occurrence = typeof data === 'object' && data !== null ? ((data as { occurrence?: unknown }).occurrence ?? 1) : 1;
      if (typeof quote !== 'string' || quote === '' || typeof occurrence !== 'number') return fail(item, 'a clean entry is a quote, or {quote, occurrence}');
      const span = find(quote, occurrence, item);
      if (flags.some((flag) => flag.span && flag.span.start < span.end && span.start < flag.span.end))
        return fail(item, `"${quote}" is both flagged and clean`);
      clean.push({ quote, span, labelLine: lineOf(item) });
    }
    return { title, kind: replyKind as Kind, start, end, flags, clean };
  });

  if (!context.configKeys.has('kind') && replies.some((reply) => reply.kind !== 'macro')) pending.push('reply kinds');
  return { file: fileName, path: replyPath, text, language, kind, dialect, style, config, pending: [...new Set(pending)], replies };
}

/** A finding scored against the labels. */
export interface ScoredFinding {
  finding: Finding;
  file: CorpusFile;
  reply: LabelledReply | undefined;
  truePositive: boolean;
  /** It lies on a span labelled "must not flag". */
  onClean: boolean;
}

export interface ScoredLabel {
  label: FlagLabel;
  file: CorpusFile;
  reply: LabelledReply;
  found: boolean;
}

export interface CorpusResult {
  files: CorpusFile[];
  findings: ScoredFinding[];
  /** The labels of the packs the run extends: what its recall counts. */
  labels: ScoredLabel[];
  /** Labels for a pack the run leaves out (`pack: strict` in a recommended run): a finding on one is right, a miss is not counted. */
  otherPackLabels: ScoredLabel[];
}

export interface EvalOptions {
  /** Built-in packs to extend (default: recommended). */
  packs?: string[];
  /** Leave the language out of the config, as a team with no config does: the engine must find it. */
  detectLanguage?: boolean;
}

/** The settings of the `.replylint.yaml` the CLI would read for a file: what its labels say. */
function settingsFor(file: CorpusFile, options: Required<EvalOptions>): Omit<ConfigFile, 'extends' | 'overrides'> & { kind?: Kind } {
  const dialect = builtinDialects()[file.dialect] ? file.dialect : 'auto';
  // Settings the engine does not know yet are left out (the file is pending on them).
  const known = Object.fromEntries(Object.entries(file.config).filter(([key]) => !file.pending.includes(`config ${key}`)));
  // A labels file's placeholders setting may add custom variables ({ variables: ["[Emri]"] }); its dialect is the labels' own.
  const placeholders = typeof known.placeholders === 'object' && known.placeholders !== null ? { ...known.placeholders, dialect } : dialect;
  const settings: Omit<ConfigFile, 'extends' | 'overrides'> & { kind?: Kind } = { ...known, placeholders };
  if (!options.detectLanguage) settings.language = file.language;
  // A file labelled `macro` is what a team with no `kind:` keeps: read by its words, as the engine does by default.
  if (!file.pending.includes('reply kinds') && file.kind !== 'macro') settings.kind = file.kind;
  return settings;
}

/** A file's path as a glob that matches only it. */
const literalGlob = (posixPath: string) => posixPath.replace(/[\\*?[\]{}()!+@]/g, '\\$&');

/**
 * The configuration the CLI would use for each file: one config extending the packs, with an override per distinct
 * setting of the files (the engine applies overrides as the CLI does), so the rule sets the files share are compiled
 * and warmed once per language, not once per setting (372 files, about 100 settings, 5 languages).
 */
export function configsFor(files: CorpusFile[], options: Required<EvalOptions>): ResolvedConfig[] {
  const configFile = path.join(path.parse(files[0]?.path ?? ROOT).root, '.replylint.yaml');
  const relative = (file: CorpusFile) => literalGlob(path.relative(path.dirname(configFile), file.path).split(path.sep).join('/'));
  const overrides = new Map<string, NonNullable<ConfigFile['overrides']>[number]>();
  for (const file of files) {
    const settings = settingsFor(file, options);
    const key = JSON.stringify(settings);
    const override = overrides.get(key);
    if (override) override.files.push(relative(file));
    else overrides.set(key, { files: [relative(file)], ...settings });
  }
  const config: ConfigFile = { extends: options.packs, overrides: [...overrides.values()] };
  const project = new ProjectConfig([parseConfigText(JSON.stringify(config), configFile)]);
  return files.map((file) => project.forFile(file.path));
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

function labelMatches(label: FlagLabel, finding: Finding, reply: LabelledReply): boolean {
  const sameRule = label.rules.length > 0 ? label.rules.includes(finding.ruleId) : label.category === finding.category;
  if (!sameRule) return false;
  return label.span ? overlaps(label.span, finding) : finding.start >= reply.start && finding.start < reply.end;
}

/** Lints the whole corpus and scores every finding and label. */
export function evaluateCorpus(options: EvalOptions = {}, files: CorpusFile[] = loadCorpus()): CorpusResult {
  const settings = { packs: options.packs ?? ['recommended'], detectLanguage: options.detectLanguage ?? false };
  const configs = configsFor(files, settings);
  const findings: ScoredFinding[] = [];
  const labels: ScoredLabel[] = [];
  const otherPackLabels: ScoredLabel[] = [];
  const lintFile = (file: CorpusFile, lintOptions: LintOptions) => lint({ text: file.text, fileName: file.path }, lintOptions);
  const results = files.map((file, index) => lintFile(file, configs[index]!.lintOptions));
  if (settings.detectLanguage) {
    // As the CLI does (the same engine code): a file none of whose replies tells its language is read in its folder's.
    const folders = FolderLanguages.ofFiles(
      files.map((file) => file.path),
      () => undefined,
    );
    files.forEach((file, index) => folders.record(file.path, toldLanguageOf(results[index]!)));
    files.forEach((file, index) => {
      const { lintOptions } = configs[index]!;
      if (!needsFolderLanguage(results[index]!, lintOptions)) return;
      const inFolder = withFolderLanguage(lintOptions, folders.of(file.path));
      if (inFolder !== lintOptions) results[index] = lintFile(file, inFolder);
    });
  }
  for (const [index, file] of files.entries()) {
    const result = results[index]!;
    const replyAt = (offset: number) => file.replies.find((reply) => offset >= reply.start && offset < reply.end);
    const fileLabels = file.replies.flatMap((reply) => reply.flags.map((label): ScoredLabel => ({ label, file, reply, found: false })));
    for (const finding of result.findings) {
      const reply = replyAt(finding.start);
      const matched = reply ? fileLabels.filter((scored) => scored.reply === reply && labelMatches(scored.label, finding, reply)) : [];
      for (const scored of matched) scored.found = true;
      const onClean = file.replies.some((candidate) => candidate.clean.some((clean) => overlaps(clean.span, finding)));
      findings.push({ finding, file, reply, truePositive: matched.length > 0, onClean });
    }
    for (const label of fileLabels) (settings.packs.includes(label.label.pack) ? labels : otherPackLabels).push(label);
  }
  return { files, findings, labels, otherPackLabels };
}

let shipped: CorpusResult | undefined;

/**
 * The shipped corpus scored with the recommended pack, linted once per process: the corpus test, the rule-trust
 * test and docs/rules.md's rule-trust table (its test) each linted all of it, three times in one mocha run.
 */
export function shippedCorpusResult(): CorpusResult {
  return (shipped ??= evaluateCorpus());
}

/** One row of a precision/recall table. */
export interface Score {
  key: string;
  findings: number;
  truePositives: number;
  labels: number;
  found: number;
  /** undefined when there is nothing to divide by. */
  precision: number | undefined;
  recall: number | undefined;
}

function score(key: string, findings: ScoredFinding[], labels: ScoredLabel[]): Score {
  const truePositives = findings.filter((scored) => scored.truePositive).length;
  const found = labels.filter((scored) => scored.found).length;
  return {
    key,
    findings: findings.length,
    truePositives,
    labels: labels.length,
    found,
    precision: findings.length > 0 ? truePositives / findings.length : undefined,
    recall: labels.length > 0 ? found / labels.length : undefined,
  };
}

/** Scores grouped by a key of each finding and each label (a finding or label may have no key: left out). */
export function scoreBy(
  result: CorpusResult,
  findingKey: (scored: ScoredFinding) => string | undefined,
  labelKey: (scored: ScoredLabel) => string | undefined,
): Score[] {
  const keys = new Set<string>();
  const findingsBy = new Map<string, ScoredFinding[]>();
  const labelsBy = new Map<string, ScoredLabel[]>();
  for (const scored of result.findings) {
    const key = findingKey(scored);
    if (key === undefined) continue;
    keys.add(key);
    findingsBy.set(key, [...(findingsBy.get(key) ?? []), scored]);
  }
  for (const scored of result.labels) {
    const key = labelKey(scored);
    if (key === undefined) continue;
    keys.add(key);
    labelsBy.set(key, [...(labelsBy.get(key) ?? []), scored]);
  }
  return [...keys].sort().map((key) => score(key, findingsBy.get(key) ?? [], labelsBy.get(key) ?? []));
}

/** The key of a language x category cell, as tables and floors name it. */
export const languageCategoryKey = (language: string, category: string) => `${language} ${category}`;

/** Scores per language and category (a finding by its rule's category, a label by its own), keyed by languageCategoryKey. */
export function scoreByLanguageAndCategory(result: CorpusResult): Score[] {
  return scoreBy(
    result,
    (scored) => languageCategoryKey(scored.file.language, scored.finding.category),
    (scored) => languageCategoryKey(scored.file.language, scored.label.category),
  );
}

export function overallScore(result: CorpusResult, key = 'overall'): Score {
  return score(key, result.findings, result.labels);
}

/** Only the files none of whose features are pending (what today's engine can be held to). */
export function readyPart(result: CorpusResult): CorpusResult {
  const ready = (file: CorpusFile) => file.pending.length === 0;
  return {
    files: result.files.filter(ready),
    findings: result.findings.filter((scored) => ready(scored.file)),
    labels: result.labels.filter((scored) => ready(scored.file)),
    otherPackLabels: result.otherPackLabels.filter((scored) => ready(scored.file)),
  };
}

/** A false positive as the ratchet file records it: by text, not by line, so edits elsewhere keep it. */
export interface KnownFalsePositive {
  file: string;
  /** The reply's title (field names avoid the body fields export readers look for). */
  section: string;
  rule: string;
  excerpt: string;
  count: number;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What the ratchet file says of one false positive (without the count). */
export function knownEntryOf(scored: ScoredFinding): Omit<KnownFalsePositive, 'count'> {
  return { file: scored.file.file, section: scored.reply?.title ?? '', rule: scored.finding.ruleId, excerpt: collapse(scored.finding.excerpt) };
}

export const knownKey = (entry: Omit<KnownFalsePositive, 'count'>) => JSON.stringify([entry.file, entry.section, entry.rule, entry.excerpt]);

export function falsePositiveList(result: CorpusResult): KnownFalsePositive[] {
  const byKey = new Map<string, KnownFalsePositive>();
  for (const scored of result.findings.filter((candidate) => !candidate.truePositive)) {
    const entry = knownEntryOf(scored);
    const key = knownKey(entry);
    const known = byKey.get(key);
    if (known) known.count++;
    else byKey.set(key, { ...entry, count: 1 });
  }
  return [...byKey.values()].sort(
    (a, b) => a.file.localeCompare(b.file) || a.section.localeCompare(b.section) || a.rule.localeCompare(b.rule) || a.excerpt.localeCompare(b.excerpt),
  );
}

/** Where a finding or label is, as `file:line:column` (1-based) for people to jump to. */
export function location(file: CorpusFile, offset: number): string {
  const position = new LineIndex(file.text).positionAt(offset);
  return `${path.relative(ROOT, file.path)}:${position.line + 1}:${position.character + 1}`;
}

/** What a run with the strict pack adds, scored apart from the recommended tables. */
export interface StrictScore {
  /** Per strict-only rule a `pack: strict` label names: its findings and those labels. */
  rules: Score[];
  overall: Score;
  /** The strict labels and the findings scored against them (for --details). */
  scored: CorpusResult;
  /** Strict-only rules no label names (house style the corpus does not label: thanks, "ticket", reply length), with their finding counts. */
  unscored: { rule: string; findings: number }[];
}

/**
 * Scores a run extending recommended and strict: the `pack: strict` labels, and the findings of the strict pack's own
 * rules (not in recommended for the file's language) that those labels name. Recommended rules are scored by the
 * recommended run; the other strict-only rules flag house style, which the corpus leaves unlabelled on purpose.
 */
export function strictScore(result: CorpusResult, ruleIds = builtinRuleIds()): StrictScore {
  const strictLabels = result.labels.filter((scored) => scored.label.pack === 'strict');
  const named = new Set(strictLabels.flatMap((scored) => scored.label.rules));
  const strictOnly = (scored: ScoredFinding) =>
    ruleIds.get('strict')?.get(scored.file.language)?.has(scored.finding.ruleId) === true &&
    ruleIds.get('recommended')?.get(scored.file.language)?.has(scored.finding.ruleId) !== true;
  const own = result.findings.filter(strictOnly);
  const scored: CorpusResult = { ...result, findings: own.filter((finding) => named.has(finding.finding.ruleId)), labels: strictLabels };
  const unscored = new Map<string, number>();
  for (const finding of own.filter((candidate) => !named.has(candidate.finding.ruleId)))
    unscored.set(finding.finding.ruleId, (unscored.get(finding.finding.ruleId) ?? 0) + 1);
  return {
    rules: scoreBy(
      scored,
      (finding) => finding.finding.ruleId,
      (label) => label.label.rules[0],
    ),
    overall: overallScore(scored, 'strict labels'),
    scored,
    unscored: [...unscored].sort(([a], [b]) => a.localeCompare(b)).map(([rule, findings]) => ({ rule, findings })),
  };
}
