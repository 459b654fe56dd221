// replylint: lint support replies and macros from the command line and in CI.
// Exit codes: 0 clean, 1 errors (or more warnings than --max-warnings),
// 2 usage or configuration errors.

import * as fs from 'node:fs';
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import {
  ConfigError,
  UnknownLanguageError,
  builtinPackNames,
  builtinRulesDir,
  findConfigFile,
  loadProjectConfig,
  type ProjectConfig,
  type ResolveOptions,
  type ResolvedConfig,
  unreadConfigFiles,
  UNREAD_CONFIG_MESSAGE,
} from '../engine/config/project-config';
import { builtinLanguages, isInside } from '../engine/config/pack-resolver';
import { fixToFixedPoint } from '../engine/fix-all';
import { FolderLanguages, needsFolderLanguage, withFolderLanguage } from '../engine/folder-languages';
import {
  aliasedBodyNote,
  DEFAULT_MAX_FINDINGS,
  fileLanguageOf,
  lint,
  toldLanguageOf,
  uncheckedMessage,
  wordlessMessage,
  type LintOptions,
} from '../engine/linter';
import { messageLanguages, renderRef } from '../engine/messages';
import type { LintResult, Positions, UnitReport } from '../engine/types';
import { decodeText, encodeText, readTextFile, type FileProblem, type TextEncoding } from '../engine/io/files';
import { includeGlob, templateExtension } from '../engine/io/template-views';
import { LineIndex } from '../engine/text/line-index';
import { exportSyntaxError, misshapenBody, readExportFile, unknownBodyField, unshapedProse, type ExportFields, type ExportFile } from '../engine/units/exports';
import { formatOf, stringTableNote, type SourceFormat } from '../engine/units/formats';
import { unreadCatalogNote } from '../engine/units/gettext';
import { findFiles } from './find-files';
import { rememberRuleDocs } from './ci-formats';
import { FORMATS, outputWriter, type FormatName } from './formatters';
import { fileStartRange, userLocale, warningCount, type FileReport, type Note, type OutputWriter, type RuleDoc } from './output';
import { unmatchedOverrides, type UnmatchedOverride } from './unmatched-overrides';
import type { CliIo } from './io';
import { runInit } from './init';
import { runTestPack } from './test-pack';
import { addFilingSigns, filingSigns, noFilingSigns, sentTemplatesHint, threadAnswersHint } from '../thread-answers';

const usage = () => `Usage: replylint [options] [paths...]
       replylint init
       replylint test-pack <pack.yaml | built-in pack name>

Lints customer-support replies and macros (.md, .txt, .html, and macro exports
in .json, .yaml) for service standards. Folders are searched for those files;
with no paths, the current folder is linted.

Options:
  -f, --format <name>       stylish (default), json, sarif, github (annotations and a
                            job summary), gitlab (Code Quality), html (a QA report
                            page: replylint -f html macros > report.html)
      --fix                 apply the fixes (never the suggestions) and write the files
      --diff                show what --fix would change, as a unified diff; write nothing
      --max-warnings <n>    exit 1 when there are more than n warnings
  -c, --config <file>       use this config file instead of looking for .replylint.yaml
      --language <code>     language of the replies (${builtinLanguages().join(', ')}; default auto)
      --locale <code>       Replylint's own words (severities, scorecards, headings, summary)
                            in this language (${messageLanguages().join(', ')}); default: the
                            environment's (LC_ALL, LC_MESSAGES, LANG), else English
      --print-config <file> print the merged configuration for a file
      --list-rules          list the active rules
      --stdin               lint text from standard input
      --stdin-filename <f>  file name for --stdin (decides the format and config)
      --max-file-size <n>   skip files over n bytes (default 10000000)
      --max-findings <n>    report at most n findings per file, then one note saying how
                            many more (default 1000)
      --report-unused-disable
                            warn about replylint-disable comments that suppress nothing
      --no-error-on-unmatched-pattern
                            exit 0, not 2, when a path or pattern finds no file
      --debug               say which files were skipped and why
  -h, --help                show this help
  -v, --version             show the version

Quote glob patterns ('macros/**/*.md') so replylint expands them; a glob that names
an extension ('mail/**/*.blade.php') lints every file it matches. Files matched
by .gitignore or .replylintignore (in the working folder and below) are skipped.

Exit codes: 0 no errors, 1 errors or too many warnings, 2 usage or config error.`;

class UsageError extends Error {}

function version(): string {
  const manifest = path.join(builtinRulesDir(), '..', 'package.json');
  return (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr.write(`replylint: configuration error\n${error.message}\n`);
      return 2;
    }
    if (error instanceof UnknownLanguageError) {
      io.stderr.write(`replylint: --language: ${error.message}\n`);
      return 2;
    }
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`replylint: ${(error as Error).message}\n\n${usage()}\n`);
      return 2;
    }
    throw error;
  }
}

async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', short: 'f', default: 'stylish' },
      fix: { type: 'boolean', default: false },
      diff: { type: 'boolean', default: false },
      'max-warnings': { type: 'string' },
      config: { type: 'string', short: 'c' },
      language: { type: 'string' },
      locale: { type: 'string' },
      'print-config': { type: 'string' },
      'list-rules': { type: 'boolean', default: false },
      stdin: { type: 'boolean', default: false },
      'stdin-filename': { type: 'string' },
      'max-file-size': { type: 'string', default: '10000000' },
      'max-findings': { type: 'string' },
      debug: { type: 'boolean', default: false },
      'no-error-on-unmatched-pattern': { type: 'boolean', default: false },
      'report-unused-disable': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
      version: { type: 'boolean', short: 'v', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(`${usage()}\n`);
    return 0;
  }
  if (values.version) {
    io.stdout.write(`${version()}\n`);
    return 0;
  }
  if (values.fix && values.diff) throw new UsageError('--fix writes the fixed files and --diff only shows the changes: use one');
  const formatName = values.format as FormatName;
  if (!FORMATS.includes(formatName)) throw new UsageError(`unknown format "${values.format}" (use ${FORMATS.join(', ')})`);
  const maxWarnings = values['max-warnings'] === undefined ? undefined : wholeNumber('--max-warnings', values['max-warnings']);
  const maxFileSize = wholeNumber('--max-file-size', values['max-file-size']!);
  const configFile = values.config ? path.resolve(values.config) : undefined;
  if (configFile && !fs.existsSync(configFile)) throw new UsageError(`config file not found: ${values.config}`);
  if (values.locale !== undefined && !messageLanguages().includes(values.locale)) {
    throw new UsageError(`--locale: unknown locale "${values.locale}" (use ${messageLanguages().join(', ')})`);
  }
  const locale = userLocale(values.locale, io.env);
  const maxFindings = values['max-findings'] === undefined ? undefined : positiveNumber('--max-findings', values['max-findings']);
  const configs = new NearestConfigs({ configFile, language: values.language, maxFindings, projectRoot: process.cwd() });

  if (positionals[0] === 'init') return runInit(process.cwd(), io);
  if (positionals[0] === 'test-pack') {
    if (!positionals[1]) throw new UsageError('test-pack needs a pack file or built-in pack name');
    // A name copied from another team's CI: say so, not an ENOENT at a made-up line 1.
    if (!builtinPackNames().includes(positionals[1]) && !fs.existsSync(path.resolve(positionals[1]))) {
      throw new UsageError(`test-pack: pack file not found: ${positionals[1]} (the built-in packs are ${builtinPackNames().join(', ')})`);
    }
    return runTestPack(positionals[1], io);
  }
  if (values['print-config']) {
    const file = path.resolve(values['print-config']);
    io.stdout.write(`${JSON.stringify(describeConfig(configs.projectFor(file), file), null, 2)}\n`);
    return 0;
  }
  if (values['list-rules']) {
    const listed = configs.forFile(path.resolve(positionals[0] ?? '.', 'reply.md'));
    io.stdout.write(`${listRules(listed, formatName)}\n`);
    // With language auto each reply gets its own language's rules: say which language this list is, and how to see another.
    if (listed.lintOptions.autoDetect) {
      io.stderr.write(`replylint: these are the ${listed.language} rules; each reply gets its own language's (--list-rules --language CODE lists them).\n`);
    }
    return 0;
  }

  const problems: FileProblem[] = [];
  const ruleDocs = new Map<string, RuleDoc>();
  // --diff fixes as --fix does, but shows each change as a patch on stdout: the report keeps to its notes, on stderr.
  const showDiff = values.diff;
  const fixing = values.fix || showDiff;
  const writer = showDiff ? notesWriter(io) : outputWriter(formatName, { version: version(), locale, rules: ruleDocs, cwd: process.cwd(), stream: io.stdout });
  let changedFiles = 0;
  /** The fixed text of a file that changed: written back in the file's encoding (--fix) or shown as a patch (--diff). */
  const putFixed = (file: string, read: { text: string; encoding: TextEncoding; bom: boolean }, fixed: string) => {
    if (fixed === read.text) return;
    changedFiles += 1;
    // The byte-order mark is part of the first line a patch tool compares.
    const bom = read.bom ? '\ufeff' : '';
    if (showDiff) io.stdout.write(patchOf(file, bom + read.text, bom + fixed));
    else fs.writeFileSync(file, encodeText(fixed, read.encoding, read.bom));
  };
  let errors = 0;
  let warnings = 0;
  // The files linted (not ignored) and the folders searched: for the overrides that matched none of them.
  const linted: string[] = [];
  let searchedFolders: string[] | undefined;
  // Signs of replies filed under the wrong kind (thread-answers.ts), over the whole run, said once, in the user's locale.
  const filing = noFilingSigns();
  // Each file's report is written and dropped at once: a run holds one file's text and findings.
  const report = (fileReport: FileReport, config?: ResolvedConfig) => {
    if (config) rememberRuleDocs(ruleDocs, fileReport.result, config);
    addFilingSigns(filing, filingSigns(fileReport.result));
    writer.file(fileReport);
    errors += fileReport.result.findings.filter((finding) => finding.severity === 'error').length;
    warnings += warningCount(fileReport);
  };
  // --diff reports no findings, so nothing said about them either.
  const notesOf = (result: LintResult, config: ResolvedConfig): Note[] =>
    showDiff
      ? []
      : [
          ...(values['report-unused-disable'] ? result.unusedDisables : []),
          ...(result.omittedFindings > 0 ? [omittedNote(result, config.lintOptions.maxFindings ?? DEFAULT_MAX_FINDINGS)] : []),
          ...result.units.flatMap((unit) => unitNotes(unit, result.lines)),
        ];
  if (values.stdin) {
    const fileName = path.resolve(values['stdin-filename'] ?? 'stdin.txt');
    // Read as a file is: UTF-16 by its byte-order mark, binary skipped (random bytes read as text had findings).
    const input = await io.readStdin();
    const read = decodeText(input);
    const config = configs.forFile(fileName);
    if (!configFile) io.stderr.write(unreadConfigsNote([path.dirname(fileName)]));
    if ('skipped' in read || (fixing && !read.valid)) {
      const why = 'skipped' in read ? renderRef(locale, read.skipped) : `Not fixed: the input is not valid ${read.encoding.toUpperCase()}.`;
      if (values.fix) {
        // What an editor puts in place of its buffer: the input as it came, never an empty or re-encoded text.
        io.stdout.write(input);
        io.stderr.write(`replylint: ${fileName}: ${why}\n`);
        return 0;
      }
      const result: LintResult = { findings: [], omittedFindings: 0, units: [], unusedDisables: [], lines: new LineIndex('') };
      report({ filePath: fileName, source: '', result, notes: [{ message: why, range: fileStartRange }] });
    } else if (values.fix) {
      // Like ESLint's --fix-dry-run on stdin: the fixed text goes to stdout, in the input's encoding.
      const fixed = fixUntilStable(read.text, fileName, config.lintOptions);
      io.stdout.write(encodeText(fixed.text, read.encoding, read.bom));
      return fixed.result.findings.some((finding) => finding.severity === 'error') ? 1 : 0;
    } else if (showDiff) {
      putFixed(fileName, read, fixUntilStable(read.text, fileName, config.lintOptions).text);
    } else {
      const result = lint({ text: read.text, fileName }, config.lintOptions);
      report({ filePath: fileName, source: read.text, result, notes: notesOf(result, config) }, config);
    }
  } else {
    const search = findFiles(positionals.length > 0 ? positionals : ['.'], process.cwd(), (file) => configs.forFile(file).included);
    for (const problem of search.problems) problems.push(problem);
    if (values.debug) for (const skipped of search.skipped) io.stderr.write(`replylint: skipped ${skipped.path}: ${skipped.reason}\n`);
    for (const { folder, files } of search.templatesLeftOut) io.stderr.write(templatesLeftOutNote(folder, files, (file) => configs.forFile(file).file));
    if (!configFile) io.stderr.write(unreadConfigsNote(search.files.length > 0 ? search.files.map((file) => path.dirname(file)) : [process.cwd()]));
    if (!values['no-error-on-unmatched-pattern']) {
      for (const { file, message } of search.unmatched) problems.push({ file, message: `${message} (--no-error-on-unmatched-pattern allows this)` });
    }
    const files = search.files;
    searchedFolders = search.folders;
    // A file none of whose replies tells its language is read in its folder's (the other files tell it).
    const folders = FolderLanguages.ofFiles(files, (file) => {
      const config = configs.forFile(file);
      if (config.ignored) return undefined;
      const read = readTextFile(file, maxFileSize);
      return 'skipped' in read ? undefined : fileLanguageOf({ text: read.text, fileName: file }, config.lintOptions);
    });
    /** `read` with `options`, and again from the same text in the folder's language when a reply fell to the default. */
    const inFolderLanguage = <T extends { result: LintResult }>(file: string, options: LintOptions, read: (options: LintOptions) => T): T => {
      const first = read(options);
      folders.record(file, toldLanguageOf(first.result));
      if (!needsFolderLanguage(first.result, options)) return first;
      const inFolder = withFolderLanguage(options, folders.of(file));
      return inFolder === options ? first : read(inFolder);
    };
    const lintRead = (text: string, file: string) => (options: LintOptions) => ({ result: lint({ text, fileName: file }, options) });
    for (const file of files) {
      const read = readTextFile(file, maxFileSize);
      if ('skipped' in read) {
        report({
          filePath: file,
          source: '',
          result: { findings: [], omittedFindings: 0, units: [], unusedDisables: [], lines: new LineIndex('') },
          notes: [{ message: renderRef(locale, read.skipped), range: fileStartRange }],
        });
        continue;
      }
      const config = configs.forFile(file);
      if (config.ignored) {
        if (values.debug) io.stderr.write(`replylint: skipped ${file}: matches ignore in ${config.file}\n`);
        continue;
      }
      linted.push(file);
      if (fixing && !read.valid) {
        // Writing the decoded text back would turn every invalid byte into U+FFFD: lint, never write.
        const { result } = inFolderLanguage(file, config.lintOptions, lintRead(read.text, file));
        const encoding = read.encoding.toUpperCase();
        const refusal = {
          message: `Not fixed: this file is not valid ${encoding}, and writing it back would change the bytes that are not.`,
          range: fileStartRange,
        };
        report({ filePath: file, source: read.text, result, notes: [refusal, ...notesOf(result, config)] }, config);
      } else if (fixing) {
        // Fixed anew from the text as read when the folder tells the language its replies did not.
        const fixed = inFolderLanguage(file, config.lintOptions, (options) => fixUntilStable(read.text, file, options));
        putFixed(file, read, fixed.text);
        report({ filePath: file, source: fixed.text, result: fixed.result, notes: notesOf(fixed.result, config) }, config);
      } else {
        const { result } = inFolderLanguage(file, config.lintOptions, lintRead(read.text, file));
        if (result.units.length === 0) {
          const format = formatOf(file);
          // A named file that holds prose in a shape no export reader takes is not passed over in silence; a JSON or
          // YAML file that is not a macro export (a workflow, a manifest, staged settings) is no reply and is left out quietly.
          const named = search.named.has(file);
          const note =
            format === 'json' || format === 'yaml'
              ? unreadExportNote(read.text, format, config.lintOptions.exportFields, named)
              : named
                ? localeFileNote(read.text, file, format, config.lintOptions)
                : undefined;
          if (note) {
            const { offset, ...said } = note;
            const at = new LineIndex(read.text).positionAt(offset);
            report({ filePath: file, source: read.text, result, notes: [{ ...said, range: { start: at, end: at } }] }, config);
            continue;
          }
          if (values.debug) io.stderr.write(`replylint: skipped ${file}: not a reply or macro export\n`);
          continue;
        }
        const aliases = aliasNotes(result, locale);
        report({ filePath: file, source: read.text, result, notes: [...notesOf(result, config), ...aliases] }, config);
      }
    }
  }
  for (const problem of problems) io.stderr.write(`replylint: ${problem.file}: ${problem.message}\n`);
  for (const hint of [threadAnswersHint(filing, locale), sentTemplatesHint(filing, locale)]) {
    if (hint) io.stderr.write(`replylint: hint: ${hint}\n`);
  }
  if (searchedFolders) reportUnmatchedOverrides(unmatchedOverrides(configs.runs(linted), searchedFolders), formatName, writer, io);
  writer.end();
  if (problems.length > 0) return 2;
  // Like a formatter's check: a patch shown is work left to do.
  if (showDiff) return changedFiles > 0 ? 1 : 0;
  if (errors > 0) return 1;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr.write(`replylint: ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}, more than --max-warnings ${maxWarnings}.\n`);
    return 1;
  }
  return 0;
}

/**
 * Why a JSON or YAML file gave no reply to check, at the place it says: a syntax error is a warning (the file is broken);
 * prose in no shape Replylint reads is information, nothing wrong in the text (an extension's package.json with its long
 * descriptions must pass --max-warnings 0: reviewer-28 #3). Prose in no known field is told of a file named on the
 * command line only; a folder's other JSON and YAML files (a workflow, a manifest) are no replies.
 */
function unreadExportNote(
  source: string,
  format: 'json' | 'yaml',
  fields: ExportFields | undefined,
  named: boolean,
): (Omit<Note, 'range'> & { offset: number }) | undefined {
  // Parsed once for the three notes.
  const file = readExportFile(source, format);
  const broken = exportSyntaxError(file, fields);
  if (broken) return broken;
  const unread = misshapenBody(file, fields) ?? unknownBodyField(file, fields) ?? (named ? unshapedProseNote(file) : undefined);
  return unread && { ...unread, severity: 'info' };
}

/**
 * A YAML macro whose body is an alias of text checked elsewhere, told at the alias where that text is (an info: nothing
 * is wrong in it), in `language`; an alias with no anchor before it is a warning (a Note without severity).
 */
function aliasNotes(result: LintResult, language: string): Note[] {
  return (result.aliasedBodies ?? []).map((body) => {
    const at = result.lines.positionAt(body.offset);
    const { message, severity } = aliasedBodyNote(body, result.lines, language);
    return { message, ...(severity === 'info' ? { severity } : {}), range: { start: at, end: at } };
  });
}

/**
 * Why a named locale file gave no reply, at its start: a gettext catalog with no message in a language with rules, or
 * a file of an app's strings keyed by name (.arb, .ftl, .properties). An info: nothing is wrong in the text.
 */
function localeFileNote(source: string, file: string, format: SourceFormat, options: LintOptions): (Omit<Note, 'range'> & { offset: number }) | undefined {
  const message =
    format === 'catalog' ? unreadCatalogNote(source, file, (language) => options.ruleSetFor(language) !== undefined) : stringTableNote(source, file);
  return message === undefined ? undefined : { message, severity: 'info', offset: 0 };
}

/** Why a JSON or YAML file that holds prose gave no reply to check, at its first prose. */
function unshapedProseNote(file: ExportFile): { offset: number; message: string } | undefined {
  const offset = unshapedProse(file);
  if (offset === undefined) return undefined;
  // A bot's answers are read from YAML only (Rasa's responses): a .json file is not told it could be one.
  const bot = file.format === 'yaml' ? " or a Rasa bot's responses" : '';
  const message =
    `Not checked: this file holds text (the first here), but no reply Replylint reads. A .${file.format} file is read as a help-desk ` +
    'macro export (Zendesk, osTicket, Zammad, Help Scout, Freshdesk, Intercom, Gorgias, or a list of macros with a title and a ' +
    `body field)${bot}, and this one has none of those shapes (README, "What is a reply"). Copy its replies into .md or .txt files to check them.`;
  return { offset, message };
}

/** A file's change as a unified diff with git's a/ and b/ names, relative to the working folder, so `git apply` takes it. */
function patchOf(file: string, before: string, after: string): string {
  const name = path.relative(process.cwd(), file).split(path.sep).join('/');
  return createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, { headerOptions: FILE_HEADERS_ONLY });
}

/** --diff's report: stdout holds the patches, so what is said about a file (skipped, not fixed) goes to stderr. */
function notesWriter(io: CliIo): OutputWriter {
  return {
    file({ filePath, notes }) {
      const name = path.relative(process.cwd(), filePath) || filePath;
      for (const { message, range } of notes) io.stderr.write(`replylint: ${name}:${range.start.line + 1}:${range.start.character + 1}: ${message}\n`);
    },
    end() {},
  };
}

/** What is said of a reply the engine did not check whole: its unchecked rest, or an export's body with no words (an info). */
function unitNotes(unit: UnitReport, lines: Positions): Note[] {
  const notes: Note[] = [];
  if (unit.uncheckedFrom !== undefined) {
    const from = lines.positionAt(unit.uncheckedFrom);
    notes.push({ message: uncheckedMessage(unit), range: { start: from, end: from } });
  }
  if (unit.wordless !== undefined) {
    const at = lines.positionAt(unit.start);
    notes.push({ message: wordlessMessage(unit), severity: 'info', range: { start: at, end: at } });
  }
  return notes;
}

/** The one note that stands for the findings past the per-file maximum, at the last one shown. */
function omittedNote(result: LintResult, maxFindings: number): Note {
  const last = result.findings[result.findings.length - 1];
  return {
    message: `${result.omittedFindings} more finding${result.omittedFindings === 1 ? '' : 's'} in this file not shown: at most ${maxFindings} are reported per file (maxFindings in .replylint.yaml, --max-findings).`,
    range: last ? { start: last.range.end, end: last.range.end } : fileStartRange,
  };
}

function wholeNumber(option: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`${option} takes a whole number, not "${value}"`);
  return Number(value);
}

function positiveNumber(option: string, value: string): number {
  const number = wholeNumber(option, value);
  if (number === 0) throw new UsageError(`${option} takes a number over 0`);
  return number;
}

/** --fix: fixes only (never suggestions), repeated until none applies. */
function fixUntilStable(text: string, fileName: string, options: LintOptions): { text: string; result: LintResult } {
  const relint = (current: string) => lint({ text: current, fileName }, options);
  return fixToFixedPoint(text, relint(text), relint);
}

/**
 * Why a views folder gave "no problems": its templates (or `.text` files) were not read. Says how to lint them, a note
 * per extension, each with the glob that lints those files (trial 42: one note counted Blade views and `.text` files
 * together and named the Blade glob only), and the `include` line that lints them in every run and in the editor.
 */
function templatesLeftOutNote(folder: string, files: string[], configFileOf: (file: string) => string | undefined): string {
  const where = path.relative(process.cwd(), folder) || '.';
  const byExtension = new Map<string, string[]>();
  for (const file of files) {
    const extension = templateExtension(file);
    byExtension.set(extension, [...(byExtension.get(extension) ?? []), file]);
  }
  let notes = '';
  for (const [extension, sameKind] of byExtension) {
    // Plain PHP files are mostly code: the glob takes in only the folder the views share (their deepest common one).
    const from = extension.toLowerCase() === '.php' ? commonFolder(sameKind) : folder;
    const glob = `${(path.relative(process.cwd(), from) || '.').split(path.sep).join('/')}/**/*${extension}`;
    const first = path.relative(process.cwd(), sameKind[0]!);
    const what = extension.toLowerCase() === '.text' ? 'plain-text' : 'template';
    const which =
      sameKind.length === 1 ? `1 ${what} file not linted (${first}): name it` : `${sameKind.length} ${what} files not linted (${first}, …): name them`;
    // The config's `include` lints them in every run and in the editor; its globs are relative to the config's folder.
    const configFile = configFileOf(sameKind[0]!);
    const config = configFile !== undefined ? path.relative(process.cwd(), configFile) : '.replylint.yaml';
    const include = includeGlob(from, sameKind[0]!, configFile !== undefined ? path.dirname(configFile) : process.cwd());
    notes += `replylint: note: ${where}: ${which}, pass a glob to lint: '${glob}', or add '${include}' to include: in ${config}\n`;
  }
  return notes;
}

/**
 * A note per file named as a config is not (`.replylintrc`, `replylint.yaml`) in the folders config discovery walks
 * from `dirs`: such a file is never read, and a team's settings went missing without a word (issue 12).
 */
function unreadConfigsNote(dirs: string[]): string {
  const remembered = new Map<string, string[]>();
  const unread = new Set<string>();
  for (const dir of new Set(dirs)) for (const file of unreadConfigFiles(dir, remembered)) unread.add(file);
  return [...unread]
    .sort()
    .map((file) => `replylint: note: ${path.relative(process.cwd(), file) || file}: ${UNREAD_CONFIG_MESSAGE}\n`)
    .join('');
}

/** The deepest folder that holds every one of `files` (absolute paths). */
function commonFolder(files: string[]): string {
  let common = path.dirname(files[0]!);
  for (const file of files) while (!isInside(file, common)) common = path.dirname(common);
  return common;
}

/**
 * Overrides that matched nothing, a warning each: on stderr next to stylish output, else as a note on
 * the config file in the report (JSON, SARIF, CI formats), as skipped files are. A hint about the
 * config, not the replies: it never changes the exit code.
 */
function reportUnmatchedOverrides(unmatched: UnmatchedOverride[], formatName: FormatName, writer: OutputWriter, io: CliIo): void {
  if (formatName === 'stylish') {
    for (const { site, message } of unmatched) {
      const where = path.relative(process.cwd(), site.configFile) || site.configFile;
      io.stderr.write(`replylint: warning: ${where}:${site.line + 1}:${site.column + 1}: ${message}\n`);
    }
    return;
  }
  const byFile = new Map<string, UnmatchedOverride[]>();
  for (const entry of unmatched) byFile.set(entry.site.configFile, [...(byFile.get(entry.site.configFile) ?? []), entry]);
  for (const [file, entries] of byFile) {
    const source = fs.readFileSync(file, 'utf8');
    writer.file({
      filePath: file,
      source,
      result: { findings: [], omittedFindings: 0, units: [], unusedDisables: [], lines: new LineIndex(source) },
      notes: entries.map(({ site, message }) => {
        const at = { line: site.line, character: site.column };
        return { message, range: { start: at, end: at } };
      }),
    });
  }
}

/** One project config per nearest config file, so packs are compiled once per run. */
class NearestConfigs {
  private readonly byConfigFile = new Map<string, ProjectConfig>();
  private readonly configFileByDir = new Map<string, string>();

  constructor(private readonly options: Pick<ResolveOptions, 'configFile' | 'language' | 'maxFindings' | 'projectRoot'>) {}

  forFile(file: string): ResolvedConfig {
    return this.projectFor(file).forFile(file);
  }

  /** Each project config of the run with the files read in it. */
  runs(files: string[]): { project: ProjectConfig; files: string[] }[] {
    const byProject = new Map<ProjectConfig, string[]>();
    for (const file of files) {
      const project = this.projectFor(file);
      const ofProject = byProject.get(project);
      if (ofProject) ofProject.push(file);
      else byProject.set(project, [file]);
    }
    return [...byProject].map(([project, files]) => ({ project, files }));
  }

  projectFor(file: string): ProjectConfig {
    const dir = path.dirname(file);
    let configFile = this.options.configFile ?? this.configFileByDir.get(dir);
    if (configFile === undefined) {
      configFile = findConfigFile(dir) ?? '';
      this.configFileByDir.set(dir, configFile);
    }
    let project = this.byConfigFile.get(configFile);
    if (!project) {
      project = loadProjectConfig(configFile ? path.dirname(configFile) : dir, this.options);
      this.byConfigFile.set(configFile, project);
    }
    return project;
  }
}

/** The merged configuration for a file, and where each setting in it was written. */
function describeConfig(project: ProjectConfig, file: string) {
  const config = project.forFile(file);
  const sources = Object.fromEntries(Object.entries(project.settingSources(file)).map(([key, source]) => [key, source === 'option' ? 'command line' : source]));
  const ruleSet = config.lintOptions.ruleSetFor(config.language);
  return {
    configFile: config.file ?? null,
    language: config.lintOptions.autoDetect ? 'auto' : config.language,
    audience: config.audience,
    // As language: with none named, each reply's kind is read from its text (a signed letter, a notice, a body), not macro.
    kind: config.kind ?? 'auto',
    placeholders: config.placeholders,
    // Where each was listed is in sources (placeholders.variables.<name>).
    variables: config.variables,
    // Each setting sources names, with its value: formality per language is a team's house style.
    formality: config.formality,
    sections: config.lintOptions.sectionLevel ?? 2,
    signature: config.lintOptions.signature ?? null,
    maxFindings: config.lintOptions.maxFindings ?? DEFAULT_MAX_FINDINGS,
    extends: config.packs.map((pack) => pack.name),
    rules: Object.fromEntries(
      (ruleSet?.rules ?? []).map((rule) => {
        const setBy = sources[`rules.${rule.id}`] ?? sources[`rules.${rule.spec.category}`];
        return [rule.id, { severity: rule.severity, category: rule.spec.category, kind: rule.spec.kind, from: rule.origin, ...(setBy ? { setBy } : {}) }];
      }),
    ),
    off: Object.entries(config.ruleSettings)
      .filter(([, setting]) => setting === 'off')
      .map(([id]) => id),
    sources,
  };
}

function listRules(config: ResolvedConfig, formatName: FormatName): string {
  const rules = config.lintOptions.ruleSetFor(config.language)?.rules ?? [];
  if (formatName === 'json') {
    return JSON.stringify(
      rules.map((rule) => ({
        id: rule.id,
        category: rule.spec.category,
        severity: rule.severity,
        kind: rule.spec.kind,
        description: rule.spec.description ?? '',
      })),
      null,
      2,
    );
  }
  const width = Math.max(...rules.map((rule) => rule.id.length), 10);
  return rules.map((rule) => `${rule.id.padEnd(width)}  ${rule.severity.padEnd(7)}  ${rule.spec.message.replace(/\s+/g, ' ')}`).join('\n');
}
