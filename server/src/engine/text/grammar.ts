// How the engine reads and writes one language, compiled from its data
// (rules/structure/grammar.yaml): which parser finds its sentences and where
// they end, and how a replacement fits the words it replaces. The engine
// holds no words of any language; they are all here, as data.

import { escapeRegExp } from './escape-regexp';
import { compileLetters, type LetterReading, type LetterSpec } from './letter-head';
import { lazyPattern } from './lazy-pattern';

/** One language's entry of grammar.yaml. */
export interface GrammarSpec {
  sentences?: {
    parser?: SentenceParser;
    endAfterWords?: string[];
    endAfterNumbers?: boolean;
    /** Words, as written, that a number and its period come before in a date ("17. August"): no sentence ends there. */
    noEndAfterNumberBeforeWords?: string[];
    /** Words, as written, that a Roman numeral follows ("Annex I", "Załącznik II"): the numeral's period ends a sentence before a capital. */
    endAfterRomanNumeralsAfterWords?: string[];
    noEndAfterWords?: string[];
    noEndBeforeNumberAfterWords?: string[];
    /** Words, as written, that no heading ends in: a short line ending in one wraps into the next. */
    wrapAfterWords?: string[];
  };
  /** How the language's official letters open (text/letter-head.ts). */
  letters?: LetterSpec;
  /** Template partials: words, in any case, in the name of one that prints the writer's sign-off (`@include('emails.partials.regards')`). */
  partials?: { signOff?: string[] };
  /** How a fill-in in brackets reads (the unfilled-slot check). */
  fillIns?: {
    /** Words, as written in any case, that tell a person what to do with a slot ("ADD", "HERE", "YOUR"): not a value's name. */
    instructions?: string[];
    /**
     * Words, as written in any case, that make a fill-in the name of a date or a time ("[REOPENING DATE]", "[DATA_POWROTU]");
     * one written with a leading "-" is a compound's end ("-päivä": "[PALUUPÄIVÄ]"), one with a leading "_" the last word
     * of a variable written as one name ("_at": "{{ order.shipped_at }}").
     */
    times?: string[];
    /**
     * Words of this language, as written in lower case, that name what a person types into a slot: a date, a name, a
     * number ("[date]", "[data]", "[päivämäärä]", "[emri]"). A one-word lower-case fill-in that is one of them is left
     * for a person even in an automatic message; a plugin's shortcode is an identifier ("[firstname]", "[confirm_url]").
     */
    slotWords?: string[];
  };
  replacements?: {
    plural?: { ending: string; drop?: number; add: string }[];
    articles?: {
      definite: string[];
      indefinite: { beforeVowelSound: string; otherwise: string; vowelSound: string };
      determiners: string[];
    };
  };
}

/** retext-english (English abbreviations) or retext-latin (other Latin-script languages). */
export type SentenceParser = 'english' | 'latin';

export interface SentenceReading {
  parser: SentenceParser;
  /**
   * Periods before a capital letter that end a sentence where the parser
   * does not: after the language's listed words, or after a number that
   * follows a word. None when the language lists neither.
   */
  endsMissed: RegExp | undefined;
  /**
   * Words, as written, whose period never ends a sentence: abbreviations a
   * name always follows ("ul. Lipowej"). None when the language lists none.
   */
  noEndAfter: Set<string> | undefined;
  /**
   * Words, as written, whose period does not end a sentence when a number
   * follows ("Nr. 4410", "No. 12"), where the parser ends one. None when the
   * language lists none.
   */
  noEndBeforeNumber: Set<string> | undefined;
  /**
   * Words, as written, that no heading ends in ("the", "to", "i", "ja"): a short line ending in one is a line
   * wrapped before a long word or a name, not a title. None when the language lists none.
   */
  wrapAfter: Set<string> | undefined;
}

export interface PluralRule {
  /** Matches the words' end. */
  ending: RegExp;
  drop: number;
  add: string;
}

export interface Articles {
  /** Before the place replaced: its start within the looked-at text is found by the caller. */
  before: RegExp;
  definite: Set<string>;
  indefinite: { beforeVowelSound: string; otherwise: string; vowelSound: RegExp };
  determiner: RegExp;
  /** A determiner and one word after it, before the place replaced: the place is inside its noun phrase ("a senior |backend engineer"). */
  modified: RegExp;
}

export interface Grammar {
  sentences: SentenceReading;
  /** Empty: replacements are put in as written. */
  plural: PluralRule[];
  articles: Articles | undefined;
  letters: LetterReading;
  /** Words, in lower case, that make a bracket fill-in an instruction to a person ([ADD NAME HERE]) rather than a value's name. */
  fillInInstructions: Set<string>;
  /** Whether a variable's or bracket fill-in's body (any case) names a date or a time ([REOPENING DATE], {{ order.shipped_at }}). */
  namesTime: (body: string) => boolean;
  /** This language's own words, in lower case, that name what a person types into a slot ([date], [data], [emri]). */
  slotWords: Set<string>;
  /** Matches a Blade `@include` of a partial named for the sign-off (its body: `include('emails.partials.regards')`); undefined with no words. */
  signOffPartial: RegExp | undefined;
}

/** The fill-in words of grammar.yaml a grammar reads: its language's own, or every language's (the built-in grammar). */
export interface FillInWords {
  instructions: string[];
  times: string[];
  /** The words of a sign-off partial's name (`partials.signOff`), every language's in the built-in grammar. */
  signOffPartials?: string[];
}

const anyOf = (words: string[]) => words.map(escapeRegExp).join('|');

/**
 * `fillIns` defaults to the language's own words; the built-in grammar passes every language's, since a system's
 * fill-ins are often in another language than its mail (an English booking mail previewing "[HYLKÄYKSEN SYY]").
 */
export function compileGrammar(
  spec: GrammarSpec = {},
  fillIns: FillInWords = { instructions: spec.fillIns?.instructions ?? [], times: spec.fillIns?.times ?? [], signOffPartials: spec.partials?.signOff },
): Grammar {
  const signOffPartials = fillIns.signOffPartials ?? [];
  const { sentences = {}, replacements = {}, letters } = spec;
  const dateWords = sentences.noEndAfterNumberBeforeWords ?? [];
  const notInDate = dateWords.length > 0 ? `(?!\\.\\s+(?:${anyOf(dateWords)})(?![\\p{L}\\p{N}]))` : '';
  const ends = [
    ...(sentences.endAfterWords?.length ? [`(?<![\\p{L}\\p{N}_])(?:${anyOf(sentences.endAfterWords)})`] : []),
    // The number may close a range after the word ("seats in rows 3-5. Your", "klo 8-10. Putkimies"): no ordinal either.
    ...(sentences.endAfterNumbers ? [`(?<=\\p{L}[ \\t]+(?:\\d+[-\\u2013])?)\\d+${notInDate}`] : []),
    // A Roman numeral the parser reads as an initial ("Annex I. The new terms", "John I. Smith" left alone): its
    // letters tested first, the word before it only where they fit (the lookbehind holds the whole numeral, so only
    // the match's end, which is all the splitters use, is the numeral's).
    ...(sentences.endAfterRomanNumeralsAfterWords?.length
      ? [`[IVX]{1,4}(?<=(?<![\\p{L}\\p{N}_])(?:${anyOf(sentences.endAfterRomanNumeralsAfterWords)})[ \\t]+[IVX]{1,4})`]
      : []),
  ];
  const articles = replacements.articles;
  return {
    sentences: {
      parser: sentences.parser ?? 'latin',
      // Case-sensitive: the words as listed ("in.", not "In." opening a sentence).
      endsMissed: ends.length > 0 ? new RegExp(`(?:${ends.join('|')})\\.(?=\\s+["“‘(]?\\p{Lu})`, 'gu') : undefined,
      noEndAfter: sentences.noEndAfterWords?.length ? new Set(sentences.noEndAfterWords) : undefined,
      noEndBeforeNumber: sentences.noEndBeforeNumberAfterWords?.length ? new Set(sentences.noEndBeforeNumberAfterWords) : undefined,
      wrapAfter: sentences.wrapAfterWords?.length ? new Set(sentences.wrapAfterWords) : undefined,
    },
    letters: compileLetters(letters),
    fillInInstructions: new Set(fillIns.instructions.map((word) => word.toLowerCase())),
    namesTime: timeWordTest(fillIns.times),
    // The language's own words only: "[data]" is a Polish person's slot, and an English mail's "[data]" a shortcode.
    slotWords: new Set((spec.fillIns?.slotWords ?? []).map((word) => word.toLowerCase())),
    signOffPartial: signOffPartials.length > 0 ? new RegExp(`^include\\w*\\s*\\(\\s*['"][^'"]*(?:${anyOf(signOffPartials)})[^'"]*['"]`, 'iu') : undefined,
    plural: (replacements.plural ?? []).map((rule) => ({ ending: new RegExp(`(?:${rule.ending})$`, 'iu'), drop: rule.drop ?? 0, add: rule.add })),
    articles: articles && {
      before: new RegExp(
        `(?:^|[^\\p{L}])(${anyOf([...articles.definite, articles.indefinite.beforeVowelSound, articles.indefinite.otherwise])})[ \\t]+$`,
        'iu',
      ),
      definite: new Set(articles.definite.map((word) => word.toLowerCase())),
      indefinite: { ...articles.indefinite, vowelSound: new RegExp(articles.indefinite.vowelSound, 'iu') },
      determiner: new RegExp(`^(?:${anyOf(articles.determiners)})(?![\\p{L}\\p{N}_])`, 'iu'),
      modified: new RegExp(`(?:^|[^\\p{L}])(?:${anyOf(articles.determiners)})[ \\t]+[\\p{L}'’-]+[ \\t]+$`, 'iu'),
    },
  };
}

/** `words` made plural by the first rule whose ending fits; as they are without rules. */
export function pluralOf(words: string, rules: PluralRule[]): string {
  const rule = rules.find(({ ending }) => ending.test(words));
  return rule ? applyPlural(words, rule) : words;
}

function applyPlural(words: string, rule: PluralRule): string {
  return `${words.slice(0, words.length - rule.drop)}${rule.add}`;
}

/** Whether `word` is a plural of `singular` by any of the rules that fit it ("tickets" of "ticket", "statuses" of "status"). */
export function isPluralOf(word: string, singular: string, rules: PluralRule[]): boolean {
  return word !== singular && rules.some((rule) => rule.ending.test(singular) && applyPlural(singular, rule) === word);
}

/** Where a variable's or fill-in's body splits into words: "ticket.due_date", "orderDate", "[REOPENING DATE]". */
const VARIABLE_WORD_BREAK = lazyPattern(String.raw`[^\p{L}]+|(?<=\p{Ll})(?=\p{Lu})`, 'u');

/**
 * Tests a body's words against `fillIns.times`: whole words; compounds' ends for the entries written with a leading
 * "-"; and, for the entries written with a leading "_", the last words of a variable written as one name, whose
 * suffix marks a timestamp ("estimated_delivery_at", "expectedOn") or a deadline ("_due_by": "ticket.fr_due_by",
 * "dueBy"; "assigned_by" is a person); a fill-in written in words ("[BOOKED ON]") has none.
 */
function timeWordTest(times: string[]): (body: string) => boolean {
  const lowered = times.map((time) => time.toLowerCase());
  const words = new Set(lowered.filter((time) => !/^[-_]/.test(time)));
  const endings = lowered.filter((time) => time.startsWith('-')).map((time) => time.slice(1));
  const suffixes = lowered.filter((time) => time.startsWith('_')).map((time) => time.slice(1).split('_'));
  const namesTime = (word: string) => words.has(word) || endings.some((ending) => word.endsWith(ending));
  return (body) => {
    const name = body.trim();
    const parts = name.split(VARIABLE_WORD_BREAK()).filter((part) => part !== '');
    const ends = (suffix: string[]) => suffix.every((word, index) => parts[parts.length - suffix.length + index]?.toLowerCase() === word);
    return parts.some((part) => namesTime(part.toLowerCase())) || (parts.length > 1 && !/\s/.test(name) && suffixes.some(ends));
  };
}
