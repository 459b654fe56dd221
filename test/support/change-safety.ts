// What a fix or suggestion must never do (the team's standard): add a time, a number, an address,
// a name or a person the writer did not write, reach into a placeholder, URL, e-mail address, code
// or markup, leave the file unparseable, make a sentence ungrammatical in a way a reader sees at
// once ("Good news: that …", a word twice in a row or across "and", "a minimal steps"), or name
// another act than the words it replaces, or make a promise the writer did not make. One edited text is
// checked against its original.
import { parseDocument } from 'yaml';
import { readPackFile, builtinRulesDir } from '../../server/src/engine/config/project-config';
import { applyEdits } from '../../server/src/engine/fix-all';
import { signalApart } from '../../server/src/engine/rules/kind-inference';
import type { RuleSet } from '../../server/src/engine/rules/rule-set';
import type { LintResult, ReplyKind, TextEdit, Span } from '../../server/src/engine/types';
import * as path from 'node:path';

/** One change to check: the edits of one fix or one suggestion, or a whole fix-all. */
export interface ChangeCase {
  text: string;
  fileName: string;
  language: string;
  /** The kind of the reply the change is in. */
  kind: ReplyKind;
  /** The text of that reply (its unit), where a first-person word of the writer's own is looked for. */
  replyText: string;
  /** Rules of the placeholder category repair placeholder syntax: reaching into a placeholder is their job. */
  repairsPlaceholders: boolean;
  edits: TextEdit[];
  ruleSet: RuleSet;
  /** What the finding covers: a quote it is in is what the engine read as the reply (a macro library that quotes its macros). */
  finding?: Span;
  /** Lints a text as the original was linted: a promise the edit makes is one the rules find in its words. */
  relint?: (text: string) => LintResult;
}

/**
 * What is not the writer's prose: code (a fence that names a language: ```text and a bare fence hold a
 * saved reply), placeholders of every dialect (a Magento {{trans '…'}} only up to its string: the
 * string is the reply), slots, markup, URLs, e-mail addresses, character references.
 */
const PROTECTED = new RegExp(
  [
    '```(?!(?:text|txt|plain|plaintext|markdown|md)?[ \\t]*\\r?\\n)[^\\n]*\\n[\\s\\S]*?```',
    '`[^`\\n]+`',
    '\\{\\{\\s*trans\\s+["\']',
    // A "{{" or "{%" never closed takes in its expression only, up to a tag or a blank line, as the engine reads it
    // (a saved reply's broken greeting does not hide the sentences after it).
    '\\{\\{(?!\\s*trans\\s)(?:(?!\\}\\}|<[/!A-Za-z]|\\n[ \\t]*\\n)[\\s\\S])*(?:\\}\\}|(?=<|\\n)|$)',
    '\\{%(?:(?!%\\}|<[/!A-Za-z]|\\n[ \\t]*\\n)[\\s\\S])*(?:%\\}|(?=<|\\n)|$)',
    // A Template Toolkit tag, condition strings and all ("[% IF state == 'for review' %]").
    '\\[%(?:(?!%\\]|\\n[ \\t]*\\n)[\\s\\S]){0,2000}%\\]',
    '[%$#]\\{[^}\\n]*\\}',
    // A single-brace value, not an ICU choice's case (", one {# day}", "} other {They will call}"): that is prose.
    '(?<![,}]\\s*(?:=\\d+|[\\p{L}_][\\p{L}\\p{N}_-]*)\\s*)\\{[\\p{L}_][^{}\\n]{0,60}\\}',
    '\\[[\\p{L}_][^\\]\\n]{0,60}\\](?!\\()',
    // A CDATA section's markers are markup, its words are prose (a TwiML prompt's words are fixed inside it).
    '<!\\[CDATA\\[',
    '\\]\\]>',
    '<(?!!\\[CDATA\\[)[^<>\\n]{1,200}>',
    'https?:\\/\\/[^\\s<>"\'`)\\]]+',
    'www\\.[^\\s<>"\'`)\\]]+',
    '[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+',
    '&#?\\w+;',
    // A tag written over lines: its attributes are markup too.
    '<[A-Za-z][\\w-]*\\s[^<>]{0,400}>',
  ].join('|'),
  'gu',
);
/**
 * What the writer quotes: a Markdown or e-mail quote line, a blockquote, words in typographic quotes or, where the
 * file's own syntax does not use them (JSON and YAML quote their values), straight double quotes. The customer's
 * words and a screen's label are not the writer's to reword.
 */
const QUOTED =
  /(?:^|(?<=\n))[ \t]*>[^\n]*|<blockquote\b[\s\S]*?<\/blockquote>|\u201c[^\u201c\u201d\n]{1,200}\u201d|\u201e[^\u201c\u201d\u201e\n]{1,200}[\u201c\u201d]|\u00ab[^\u00bb\n]{1,200}\u00bb/gu;
const STRAIGHT_QUOTED = /"[^"\n]{1,200}"/gu;
/**
 * A template's translation calls: their words are the key their translations are looked up by (Jinja's and Django's
 * {% trans %}…{% endtrans %} and {% blocktrans %}…{% endblocktrans %}, Smarty's {ts}…{/ts}, Blade's __('…') and
 * @lang('…'), gettext's _("…")). Reworded, the lookup finds nothing (reviewer-26 #4).
 */
const TRANSLATION_CALL =
  /\{%-?\s*(?:trans|blocktrans)\b(?!\s+["'])[^%]*%\}[\s\S]*?\{%-?\s*end(?:trans|blocktrans)\s*-?%\}|\{ts\b[^}]*\}[\s\S]*?\{\/ts\}|(?:@lang|(?<![\p{L}\p{N}_])_{1,2})\(\s*(?:'[^'\n]*'|"[^"\n]*")/gu;
/** Placeholders and slots in inserted text: a slot is for the writer to fill (a time left to choose: "by [date]"). */
const INSERTED_PLACEHOLDER = /\{\{[\s\S]*?\}\}|[%$#]?\{[^{}\n]*\}|\[[^\]\n]*\]|<[^<>\n]*>/gu;
const HOLDS_PLACEHOLDER = new RegExp(INSERTED_PLACEHOLDER.source, 'u');
const ADDRESS = /https?:\/\/|www\.|@[\p{L}\p{N}-]+\./u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/**
 * The word that opens a clause after it in each language ("that", "että"): a replacement that ends in
 * a colon cannot stand before one ("Good news: that you have been approved").
 */
const CLAUSE_OPENERS: Record<string, readonly string[]> = { en: ['that'], fi: ['että'], pl: ['że', 'iż'], lt: ['kad'], sq: ['se'] };

/**
 * Words that name an act a team does on a case, by stem, per language. A suggestion that puts one in where the
 * words it replaces named another act changes what the writer said ("has not been triaged" -> "has not been
 * reviewed": deciding what a case needs is not reviewing the fix). REWORDED_ACTS lists the jargon the packs
 * reword as the same act, each pair a decision a person made ("revert" is Indian English for "reply").
 */
const ACTS: Record<string, RegExp> = {
  en: /^(?:review|approv|refund|repl(?=y|ie)|answer|investigat|assess|handl|clos|fix|cancel|escalat|merg|ship|deliver|replac|repair|process|reject|declin)/iu,
};
const REWORDED_ACTS: Record<string, Record<string, string>> = {
  en: { revert: 'repl', action: 'handl', rca: 'investigat', triag: 'assess', hotfix: 'fix' },
};

/** The act a word names in a language, as its stem in ACTS. */
function actOf(language: string, word: string): string | undefined {
  return ACTS[language]?.exec(word)?.[0].toLowerCase();
}

/** Whether the words replaced already name the act a suggestion puts in, or are the jargon the packs reword as it. */
function namesAct(language: string, removed: string, act: string): boolean {
  const reworded = REWORDED_ACTS[language] ?? {};
  return (removed.match(WORD) ?? []).some((word) => {
    const lower = word.toLowerCase();
    return actOf(language, lower) === act || Object.entries(reworded).some(([jargon, same]) => lower.startsWith(jargon) && same === act);
  });
}

/** Whether a word reads as a plural noun (English-style: an -s that is no -ss, -us or -is). */
const looksPlural = (word: string) => /\p{L}{2,}[^su'’]s$/iu.test(word) && !/(?:ss|us|is)$/iu.test(word);

const timeframesByLanguage = new Map<string, RegExp[]>();

/** The recommended pack's concrete time frames of a language ("within 24 hours", "by Friday"). */
function timeframes(language: string): RegExp[] {
  let patterns = timeframesByLanguage.get(language);
  if (!patterns) {
    const spec = readPackFile(path.join(builtinRulesDir(), 'recommended', `${language}.yaml`), true);
    patterns = (spec.timeframes ?? []).map((source) => new RegExp(source, 'giu'));
    timeframesByLanguage.set(language, patterns);
  }
  return patterns;
}

function spansOf(pattern: RegExp, text: string): { start: number; end: number; text: string }[] {
  return [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length, text: match[0] }));
}

/** Each edit's place in the edited text: where its new text starts, given the edits before it. */
function placedEdits(edits: readonly TextEdit[]): { edit: TextEdit; at: number }[] {
  let shift = 0;
  return [...edits]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((edit) => {
      const placed = { edit, at: edit.start + shift };
      shift += edit.newText.length - (edit.end - edit.start);
      return placed;
    });
}

/**
 * Whether a word opens a sentence or a line in the text it is in (a capital there is no name): after a
 * sentence's end (and the emphasis around it: "**Agent:** "), a line break (or a JSON "\\n"), a tag, or the
 * quote that opens an export's value, and the Markdown marks that open a link or emphasis there ("[Click here](…)").
 */
function opensSentence(text: string, at: number): boolean {
  return /(?:^|[.!?…:][*_"'”’)]*\s+|\n\s*|\\n\s*|>\s*|["'“„«]\s*)[[*_]*$/u.test(text.slice(Math.max(0, at - 14), at));
}

/** Whether the tags an edit puts in close what they open (a closing insertion's "<br><br>Best,<br>…" does). */
function balancedTags(inserted: string): boolean {
  const open: string[] = [];
  for (const tag of inserted.matchAll(/<(\/?)([A-Za-z][\w-]*)[^<>]*?(\/?)>/g)) {
    const name = tag[2]!.toLowerCase();
    if (tag[3] || VOID_ELEMENTS.has(name)) continue;
    if (!tag[1]) open.push(name);
    else if (open.pop() !== name) return false;
  }
  return open.length === 0;
}
const VOID_ELEMENTS = new Set(['br', 'hr', 'img', 'wbr', 'input', 'meta', 'link']);

/** Everything wrong with one change, as readable problems (none: the change keeps the standard). */
export function changeProblems(change: ChangeCase): string[] {
  const { text, edits, language } = change;
  const problems: string[] = [];
  let edited: string;
  try {
    edited = applyEdits(text, edits);
  } catch (error) {
    return [(error as Error).message];
  }
  const originalTimes = new Set(timeframes(language).flatMap((pattern) => spansOf(pattern, text).map((span) => span.text.toLowerCase())));
  const editedTimes = timeframes(language).flatMap((pattern) => spansOf(pattern, edited));
  const writerIsPerson = signalApart(change.replyText, 'person', change.ruleSet) !== undefined;
  const protectedSpans = change.repairsPlaceholders ? [] : spansOf(PROTECTED, text);
  // Straight quotes are looked for outside tags, where an attribute's value is no quote.
  const untagged = text.replace(/<[^<>]*>/g, (tag) => ' '.repeat(tag.length));
  // Not a quote around the finding, nor one inside it: a fill-in's own code ({{ $data["name"] }}) is no quoted text.
  const quoted = [...spansOf(QUOTED, text), ...(/\.(?:json|ya?ml)$/i.test(change.fileName) ? [] : spansOf(STRAIGHT_QUOTED, untagged))].filter(
    (span) =>
      !change.finding ||
      ((change.finding.start < span.start || change.finding.start >= span.end) && (span.start < change.finding.start || span.end > change.finding.end)),
  );
  const promises = change.relint ? promisesMade(change.relint, text, edited) : [];
  const calls = spansOf(TRANSLATION_CALL, text);

  for (const { edit, at } of placedEdits(edits)) {
    const removed = text.slice(edit.start, edit.end);
    const inserted = edit.newText;
    const words = inserted.replace(INSERTED_PLACEHOLDER, (slot) => ' '.repeat(slot.length));
    const say = (what: string) => problems.push(`${JSON.stringify(removed)} -> ${JSON.stringify(inserted)}: ${what}`);

    const digits = words.match(/\p{Nd}+/gu) ?? [];
    if (digits.some((number) => !removed.includes(number))) say('adds a number');
    if (ADDRESS.test(words) && !ADDRESS.test(removed)) say('adds a URL or e-mail address');
    const newTimes = editedTimes.filter(
      (span) => span.start < at + inserted.length && at < span.end && !originalTimes.has(span.text.toLowerCase()) && !HOLDS_PLACEHOLDER.test(span.text),
    );
    if (newTimes.length > 0) say(`adds a time: ${newTimes.map((span) => JSON.stringify(span.text)).join(', ')}`);
    for (const word of words.matchAll(WORD)) {
      const capital = word[0] !== word[0].toLowerCase() && word[0].charAt(0) === word[0].charAt(0).toUpperCase();
      if (!capital || opensSentence(edited, at + word.index) || text.includes(word[0])) continue;
      if (signalApart(word[0], 'person', change.ruleSet) !== undefined) continue;
      say(`adds a name: ${JSON.stringify(word[0])}`);
    }
    if (change.kind === 'auto-reply' && !writerIsPerson) {
      const person = signalApart(words, 'person', change.ruleSet);
      if (person !== undefined) say(`gives an automatic message a person: ${JSON.stringify(person)}`);
    }
    for (const span of protectedSpans) {
      const touches = edit.start === edit.end ? span.start < edit.start && edit.start < span.end : span.start < edit.end && edit.start < span.end;
      if (touches) say(`reaches into ${JSON.stringify(span.text)}`);
    }
    for (const span of calls) {
      const touches = edit.start === edit.end ? span.start < edit.start && edit.start < span.end : span.start < edit.end && edit.start < span.end;
      if (touches) say(`edits a translation call's words: ${JSON.stringify(span.text.slice(0, 40))}`);
    }
    for (const span of quoted) {
      const touches = edit.start === edit.end ? span.start < edit.start && edit.start < span.end : span.start < edit.end && edit.start < span.end;
      if (touches) say(`rewords quoted text: ${JSON.stringify(span.text.trim())}`);
    }
    for (const promise of promises.filter((found) => found.start < at + inserted.length && at < found.end))
      say(`adds a promise: ${JSON.stringify(promise.excerpt)} (${promise.ruleId})`);
    if (!balancedTags(inserted)) say('leaves a tag open or closes one it did not open');
    const rest = edited.slice(at + inserted.length);
    const glued = /^\(-?\p{L}{1,4}\)/u.exec(rest)?.[0];
    if (glued && /\p{L}$/u.test(inserted)) say(`leaves the replaced word's ending: "${inserted}${glued}"`);
    // "Dear Sir/Madam," -> "Hi there/Madam,": the new words run on into what is left of the old. A word whose
    // edit keeps its own start ("Obviously, t" -> "T") runs on rightly.
    // An export's escaped line break ("\\n") ends the words put in as a line break does.
    const insertedTail = /\p{L}+$/u.exec(inserted.replace(/\\[nrt]/g, ' '))?.[0];
    const keepsWordStart = insertedTail?.toLowerCase() === /\p{L}+$/u.exec(removed)?.[0].toLowerCase();
    if (!glued && insertedTail && !keepsWordStart && /^[(/\p{L}-]/u.test(rest)) say(`runs on into the original: "${inserted}${rest.slice(0, 6)}"`);
    const next = /^\s*([\p{L}]+)/u.exec(edited.slice(at + inserted.length))?.[1]?.toLowerCase();
    if (/:\s*$/u.test(inserted) && next !== undefined && (CLAUSE_OPENERS[language] ?? []).includes(next)) say(`leaves "${inserted.trim()} ${next}"`);
    const around = `${/\S*\s*$/u.exec(edited.slice(0, at))![0]}${inserted}${/^\s*\S*/u.exec(edited.slice(at + inserted.length))![0]}`;
    const before = `${/\S*\s*$/u.exec(text.slice(0, edit.start))![0]}${removed}${/^\s*\S*/u.exec(text.slice(edit.end))![0]}`;
    const twice = /(?<![\p{L}\p{N}])([\p{L}]{2,})\s+\1(?![\p{L}\p{N}])/iu.exec(around);
    if (twice && !new RegExp(`(?<![\\p{L}\\p{N}])${twice[1]}\\s+${twice[1]}(?![\\p{L}\\p{N}])`, 'iu').test(before)) say(`puts "${twice[1]}" twice in a row`);
    // The same word on both sides of one word or a comma ("reviewing and reviewing"): two things the writer named become one.
    const wider = `${/(?:\S+\s+){0,2}$/u.exec(edited.slice(0, at))![0]}${inserted}${/^(?:\s+\S+){0,2}/u.exec(edited.slice(at + inserted.length))![0]}`;
    const widerBefore = `${/(?:\S+\s+){0,2}$/u.exec(text.slice(0, edit.start))![0]}${removed}${/^(?:\s+\S+){0,2}/u.exec(text.slice(edit.end))![0]}`;
    const apart = /(?<![\p{L}\p{N}])(\p{L}{3,})(?:\s*[,/&]\s*|\s+\p{L}+\s+)\1(?![\p{L}\p{N}])/iu.exec(wider);
    if (apart && !new RegExp(`(?<![\\p{L}\\p{N}])${apart[1]}(?:\\s*[,/&]\\s*|\\s+\\p{L}+\\s+)${apart[1]}(?![\\p{L}\\p{N}])`, 'iu').test(widerBefore))
      say(`puts "${apart[1]}" on both sides of one word: "${apart[0]}"`);
    // An indefinite article before the words put in must fit them: "a minimal steps", "a example".
    const articles = change.ruleSet.grammar.articles;
    const firstInserted = /^\s*(\p{L}[\p{L}'’-]*)/u.exec(inserted)?.[1];
    const firstRemoved = /^\s*(\p{L}[\p{L}'’-]*)/u.exec(removed)?.[1];
    if (articles && firstInserted) {
      const { indefinite } = articles;
      // The nearest indefinite article up to two words back, and the words between ("a minimal ").
      const lead = /(?:^|[^\p{L}])((?:\p{L}[\p{L}-]*[ \t]+){1,3})$/u.exec(edited.slice(Math.max(0, at - 60), at))?.[1] ?? '';
      const leadWords = lead
        .trim()
        .split(/[ \t]+/u)
        .filter(Boolean);
      const lower = leadWords.map((word) => word.toLowerCase());
      const index = Math.max(lower.lastIndexOf(indefinite.beforeVowelSound), lower.lastIndexOf(indefinite.otherwise));
      if (index >= 0) {
        const article = leadWords[index]!;
        const between = leadWords.slice(index + 1);
        const wanted = indefinite.vowelSound.test(firstInserted) ? indefinite.beforeVowelSound : indefinite.otherwise;
        if (between.length === 0 && article.toLowerCase() !== wanted) say(`leaves "${article} ${firstInserted}"`);
        else if (looksPlural(firstInserted) && !(firstRemoved && looksPlural(firstRemoved))) say(`leaves "${[article, ...between, firstInserted].join(' ')}"`);
      }
    }
    // An act put in for another: "triaged" -> "reviewed".
    for (const word of words.match(WORD) ?? []) {
      const act = actOf(language, word);
      if (act && !namesAct(language, removed, act)) say(`names another act: ${JSON.stringify(word)} for ${JSON.stringify(removed)}`);
    }
  }
  return problems.concat(validityProblems(change.fileName, text, edited));
}

/** The promises the rules find in the edited text that they do not find, in the same words, in the original. */
function promisesMade(relint: (text: string) => LintResult, text: string, edited: string) {
  const promisesIn = (source: string) => relint(source).findings.filter((finding) => finding.category === 'promise');
  const before = new Set(promisesIn(text).map((finding) => `${finding.ruleId} ${finding.excerpt.toLowerCase()}`));
  return promisesIn(edited).filter((finding) => !before.has(`${finding.ruleId} ${finding.excerpt.toLowerCase()}`));
}

/** Whether the edited file still parses as the original did, with the same keys and code fences. */
export function validityProblems(fileName: string, text: string, edited: string): string[] {
  const problems: string[] = [];
  const extension = path.extname(fileName).toLowerCase();
  if (extension === '.json' && parses(() => JSON.parse(text))) {
    if (!parses(() => JSON.parse(edited))) problems.push('leaves the JSON file invalid');
    else if (keysOf(JSON.parse(text)) !== keysOf(JSON.parse(edited))) problems.push("changes the JSON file's keys");
  }
  if ((extension === '.yaml' || extension === '.yml') && yamlErrors(text) === 0) {
    if (yamlErrors(edited) > 0) problems.push('leaves the YAML file invalid');
    else if (keysOf(parseDocument(text, { uniqueKeys: false }).toJS()) !== keysOf(parseDocument(edited, { uniqueKeys: false }).toJS()))
      problems.push("changes the YAML file's keys");
  }
  const fences = (source: string) => (source.match(/```/g) ?? []).length;
  if (fences(text) !== fences(edited)) problems.push('changes the code fences');
  if (filteredTranslations(edited) > filteredTranslations(text)) problems.push('puts a filter inside a Django {% blocktranslate %}, which Django refuses');
  return problems;
}

const TRANSLATION_BLOCK = /\{%-?\s*blocktrans(?:late)?\b[^]*?%\}([^]*?)\{%-?\s*endblocktrans(?:late)?\s*-?%\}/g;
/** How many outputs inside Django's translation blocks apply a filter or a call (Django accepts only a bare name there). */
function filteredTranslations(source: string): number {
  let count = 0;
  for (const block of source.matchAll(TRANSLATION_BLOCK)) count += (block[1]!.match(/\{\{[^}]*[|(][^}]*\}\}/g) ?? []).length;
  return count;
}

function parses(read: () => unknown): boolean {
  try {
    read();
    return true;
  } catch {
    return false;
  }
}

/** Every key path of a parsed file, in order, and the type of each value (a string stays a string). */
function keysOf(value: unknown, at = ''): string {
  if (Array.isArray(value)) return `${at}[${value.map((item, index) => keysOf(item, `${at}.${index}`)).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return Object.entries(value as Record<string, unknown>)
      .map(([key, item]) => keysOf(item, `${at}.${key}`))
      .join(',');
  return `${at}:${typeof value}`;
}

const yamlErrors = (source: string) => parseDocument(source, { uniqueKeys: false }).errors.length;
