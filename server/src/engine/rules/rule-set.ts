// Compiles the active rules of one language into what matching needs: one
// phrase index over every phrase of every rule, the RE2 programs, and the
// time-frame detector. Built once per configuration, reused for every file.

import { PhraseIndex, type PhraseMatch } from '../match/phrase-index';
import { NONE } from '../match/flat-trie';
import type { Token } from '../text/analyze';
import { isPluralOf, type Grammar, type PluralRule } from '../text/grammar';
import type { RuleKind, ScorecardItem, Severity } from '../types';
import {
  EMPATHY_NEEDS,
  KIND_SIGNALS,
  NEXT_STEP_LISTS,
  phrasesOf,
  RULE_PHRASE_LISTS,
  consequenceLists,
  type EmpathyNeed,
  type KindSignalsSpec,
  type NextStepList,
  type PhraseSpec,
  type RuleSpec,
  type ScorecardSpec,
} from './pack';
import { compileTextPattern, type TextPattern } from './text-pattern';

export interface ActiveRule {
  id: string;
  spec: RuleSpec;
  severity: Severity;
  /** Where the rule's definition came from (pack name or file). */
  origin: string;
  /** From Replylint's own packs, whose patterns are vetted (see text-pattern.ts). */
  vetted?: boolean;
}

/** What a phrase is for within its rule. */
export type PhraseRole = 'match' | 'trigger' | 'satisfy' | 'before' | 'after' | 'accept' | 'form';

/**
 * The role of the phrases whose match can make a rule of each kind report: a phrase rule's own phrases, a conditional
 * rule's triggers, a consistency rule's forms. Its other words (forms that excuse, place or qualify a match) do nothing
 * alone: evaluatePhrase and evaluateConditional return at once without them. On the 5 MB library three in four of the
 * rules matched were matched by such words alone ("the", "your" of an empathy rule's noun lists), 56% of all matches.
 * The other kinds fire on no role: they are evaluated on every unit.
 */
export const FIRING_ROLE: Readonly<Record<RuleSpec['kind'], PhraseRole | undefined>> = {
  phrase: 'match',
  conditional: 'trigger',
  consistency: 'form',
  pattern: undefined,
  require: undefined,
  metric: undefined,
  check: undefined,
};

/** What a reply keeps of a phrase's matches (RuleSet.keeps): only with a firing match of its rule in the reply. */
export const KEPT_WITH_RULE = 0;
/** A match that makes its rule evaluated (its FIRING_ROLE): kept, and its rule's other matches with it. */
export const KEPT_FIRING = 1;
/** Kept whatever else matched: words that belong to no rule, and those of rules read on every unit (no firing role, sign-off). */
export const KEPT_ALWAYS = 2;

/** Owner rule index of the team's accepted terms, which belong to no rule. */
export const ACCEPTED_TERMS = -1;
/** Owner rule index of the scorecard's empathy words (pack `scorecard.empathy`), which belong to no rule. */
export const EMPATHY_WORDS = -2;
/** Owner rule index of the scorecard's next-step words (pack `scorecard.nextStep`); the owner's `form` names the list. */
export const NEXT_STEP_WORDS = -3;
/** Owner rule index of the words by which a macro says what it is (pack `kindSignals`); the owner's `form` names the signal. */
export const KIND_SIGNAL_WORDS = -4;

/** The `kindSignals` sections of a language's packs, merged: later packs add words. */
export type KindSignalData = Required<KindSignalsSpec>;

/** Every signal with no words yet: one list per KIND_SIGNALS name, so a new signal needs no second edit here. */
export function emptyKindSignals(): KindSignalData {
  return Object.fromEntries(KIND_SIGNALS.map((signal) => [signal, []])) as unknown as KindSignalData;
}

export function addKindSignals(data: KindSignalData, spec: KindSignalsSpec | undefined): void {
  for (const signal of KIND_SIGNALS) for (const phrase of spec?.[signal] ?? []) data[signal].push(phrase);
}

/** The `scorecard` sections of a language's packs, merged: later packs override kinds and add words. */
export interface ScorecardData {
  kinds: Partial<Record<ScorecardItem, RuleKind[]>>;
  needed: { need: EmpathyNeed; phrases: PhraseSpec[] }[];
  shown: PhraseSpec[];
  unless: PhraseSpec[];
  nextStep: Record<NextStepList, PhraseSpec[]>;
}

export function emptyScorecardData(): ScorecardData {
  const nextStep = Object.fromEntries(NEXT_STEP_LISTS.map((list) => [list, []])) as unknown as ScorecardData['nextStep'];
  return { kinds: {}, needed: [], shown: [], unless: [], nextStep };
}

export function addScorecardData(data: ScorecardData, spec: ScorecardSpec | undefined): void {
  if (!spec) return;
  Object.assign(data.kinds, spec.kinds);
  for (const need of EMPATHY_NEEDS) {
    const phrases = spec.empathy?.needed?.[need];
    if (phrases) data.needed.push({ need, phrases });
  }
  for (const phrase of spec.empathy?.shown ?? []) data.shown.push(phrase);
  for (const phrase of spec.empathy?.unless ?? []) data.unless.push(phrase);
  for (const list of NEXT_STEP_LISTS) for (const phrase of spec.nextStep?.[list] ?? []) data.nextStep[list].push(phrase);
}

export interface PhraseOwner {
  rule: number;
  role: PhraseRole;
  /** The phrase's own fix and suggestions, when it has them. */
  fix: string | undefined;
  suggest: string[] | undefined;
  /** Plural words the phrase ends in when it also lists their singular ("ticket|tickets"): a replacement follows their number. */
  plurals?: string[];
  /** A phrase rule's phrase checked in replies of these kinds only (pack data: "hotfix" is jargon to a customer, not in a project's issue thread). */
  kinds?: RuleKind[];
  /** A phrase of `kinds` only that counts too in a reply no one named the kind of, written to one person (pack `toOne`). */
  toOne?: boolean;
  /** A word of software development: not counted where the reader is a developer (pack `developerWord`). */
  developerWord?: boolean;
  /** A phrase rule's phrase that a time after it in its sentence excuses (pack `unlessTimed`). */
  unlessTimed?: boolean;
  /** A conditional's trigger that a schedule listed in the reply answers (pack `metBySchedule`). */
  metBySchedule?: boolean;
  /** A sign-off valediction the signer follows on its line with no comma (pack `namesSigner`). */
  namesSigner?: boolean;
  /** A phrase rule's phrase with its own message (pack `message`). */
  message?: string;
  /** For roles `before` and `after` and form `inPart` from a phrase's own `unless`: the owner of the phrase they excuse (the rule's every phrase when absent). */
  excuses?: PhraseOwner;
  /** For role `form`: the name of the form the phrase belongs to (of a kind signal, the signal); for the scorecard's empathy needs, the need. */
  form?: string;
}

/** A match of the rule set's index: the phrase's owner on it. */
export type RuleMatch = PhraseMatch<PhraseOwner>;

/**
 * Of the last word's alternatives, those that are another alternative's
 * plural by the language's rules (ticket|tickets, reply|replies). None when
 * an earlier word has plurals too: in "system|systems show|shows" the last
 * word is a verb.
 */
function pluralAlternatives(phrase: string, rules: PluralRule[]): string[] | undefined {
  if (rules.length === 0) return undefined;
  const slots = phrase
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .map((slot) => slot.split('|'));
  const pluralsOf = (alternatives: string[]) => alternatives.filter((word) => alternatives.some((singular) => isPluralOf(word, singular, rules)));
  if (slots.slice(0, -1).some((slot) => pluralsOf(slot).length > 0)) return undefined;
  const plurals = pluralsOf(slots[slots.length - 1] ?? []);
  return plurals.length > 0 ? plurals : undefined;
}

/**
 * Patterns as one alternation. When each opens with a word boundary and has no
 * alternative of its own at its top level, the boundary is tested once, before
 * the alternatives (the same matches: each alternative asked for it first), and
 * V8 scans the English time frames about twice as fast.
 */
export function alternation(sources: string[]): string {
  const hoisted = sources.every((source) => source.startsWith('\\b') && !hasTopLevelAlternative(source));
  return hoisted ? `\\b(?:${sources.map((source) => `(?:${source.slice(2)})`).join('|')})` : sources.map((source) => `(?:${source})`).join('|');
}

/** Whether a pattern has a `|` outside every group and character class. */
function hasTopLevelAlternative(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let index = 0; index < source.length; index++) {
    const char = source[index];
    if (char === '\\') index++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) return true;
  }
  return false;
}

/**
 * The tokens where words of a phrase rule's `unless.vague` (naming nothing) and `unless.ends` (ending a noun phrase)
 * start: what an `after` phrase goes on to name is judged by them.
 */
export interface NounWords {
  vague: ReadonlySet<number>;
  ends: ReadonlySet<number>;
}

/** Whether tokens `edge - 1` and `edge` are in one sentence: a sentence boundary is never "right before" a phrase. */
function sameSentenceAt(tokens: Token[], edge: number): boolean {
  return tokens[edge - 1]?.sentence === tokens[edge]?.sentence;
}

/** A pack's regular expression and whether it is one of Replylint's own (vetted: text-pattern.ts). */
export interface PackPattern {
  pattern: string;
  vetted: boolean;
}

/** The packs' time frames ("within 24 hours") and calendar dates ("14 March"). */
export interface TimePatterns {
  timeframes: PackPattern[];
  dates: PackPattern[];
}

/** What tells the rule set's language in a stretch of its text: its packs' common words and marking letters. */
export interface OwnWords {
  words: ReadonlySet<string>;
  letters: readonly string[];
}

export class RuleSet {
  /** Every phrase that makes a rule fire, pass or take a form, the accepted terms and the empathy words. */
  readonly index = new PhraseIndex({ ownerName: (owner) => this.ownerName(owner) });
  /**
   * The `unless` phrases, apart: they only excuse a hit, so they are looked
   * for only at the edges of hits (`excused`), not matched over every word.
   * `before` phrases are held backwards, to be read from a hit's first word back.
   */
  private readonly before = new PhraseIndex({ reversed: true, ownerName: (owner) => this.ownerName(owner) });
  private readonly after = new PhraseIndex({ ownerName: (owner) => this.ownerName(owner) });
  /** Owner rule indexes (EMPATHY_WORDS too) that have `unless` phrases. */
  private readonly excusable = new Set<number>();
  readonly owners: PhraseOwner[] = [];
  readonly patterns = new Map<number, TextPattern>();
  /** Every time frame of every pack as one alternation: one scan of a unit, not one per pattern. */
  readonly timeframes: TextPattern[];
  /** Every calendar date of every pack, as the time frames are (read only for a listed schedule: `metBySchedule`). */
  readonly dates: TextPattern[];
  /**
   * Rules to evaluate on every unit, in rule order. Phrase, conditional and
   * consistency rules do nothing without a phrase match, so they run only on units where
   * the index matched one of their phrases: a unit costs its matches, not
   * the pack's size.
   */
  readonly unconditional: number[] = [];
  /** The rule that asks for a greeting (scorecard item greeting): whether a macro has one tells a full e-mail from a body. */
  readonly greetingRule: number | undefined;
  /** The unfilled-slot check, whose pattern finds the notes to the agent every reply is read for (kind inference too). */
  readonly unfilledSlotRule: number | undefined;
  /** The rules whose words are a team's signing (`where: sign-off`), in rule order: kind inference reads their matches in every macro. */
  readonly signOffRules: number[] = [];
  /** The phrase rules of the scorecard's next step (a vague time's words), in rule order: a waiting clause is never opened inside their matches. */
  readonly nextStepPhraseRules: number[] = [];
  /**
   * By owner, what a reply keeps of its phrase's matches (KEPT_*). The words a rule reads only when it is evaluated
   * (the forms that excuse, place or qualify a match) are not kept where none of its firing words matched: on the 5 MB
   * library they were 594,476 of 1.06 M matches, made and never read.
   */
  readonly keeps: Uint8Array;
  /** By owner: its rule where the owner is KEPT_FIRING, else NONE (PhraseIndex.eachMatch marks firing rules by it). */
  readonly firingRuleOf: Int32Array;
  /** The rules with a phrase read in some reply kinds only (`kinds`, `developerWord`): a reply's other rules keep every match. */
  readonly kindFilteredRules: ReadonlySet<number>;

  constructor(
    readonly language: string,
    /** How the language's sentences are read and its replacements fitted. */
    readonly grammar: Grammar,
    readonly rules: ActiveRule[],
    timePatterns: TimePatterns,
    acceptedTerms: string[] = [],
    /** Which kinds each scorecard item applies to (n/a for others). */
    readonly scorecard: ScorecardData = emptyScorecardData(),
    kindSignals: KindSignalData = emptyKindSignals(),
    /** The language's own common words and marking letters (its packs' `commonWords`, `letters`), lower case. */
    readonly ownWords: OwnWords = { words: new Set(), letters: [] },
  ) {
    // Replylint's own (vetted) patterns and a team's apart: each set is compiled for its engine (text-pattern.ts).
    const compiled = (patterns: PackPattern[]) =>
      [true, false].flatMap((vetted) => {
        const sources = patterns.filter((item) => item.vetted === vetted).map((item) => item.pattern);
        return sources.length > 0 ? [compileTextPattern(alternation(sources), { vetted })] : [];
      });
    this.timeframes = compiled(timePatterns.timeframes);
    this.dates = compiled(timePatterns.dates);
    for (const term of acceptedTerms) {
      this.owners.push({ rule: ACCEPTED_TERMS, role: 'accept', fix: undefined, suggest: undefined });
      this.index.add(term, this.owners.length - 1);
    }
    const addEmpathyWords = (list: PhraseSpec[], role: PhraseRole, form?: string) => {
      for (const item of phrasesOf(list)) {
        this.owners.push({ rule: EMPATHY_WORDS, role, fix: undefined, suggest: undefined, form });
        this.indexFor(EMPATHY_WORDS, role).add(item.phrase, this.owners.length - 1);
      }
    };
    for (const { need, phrases } of scorecard.needed) addEmpathyWords(phrases, 'trigger', need);
    addEmpathyWords(scorecard.shown, 'satisfy');
    addEmpathyWords(scorecard.unless, 'before');
    for (const list of NEXT_STEP_LISTS) {
      for (const item of phrasesOf(scorecard.nextStep[list])) {
        this.owners.push({ rule: NEXT_STEP_WORDS, role: 'form', fix: undefined, suggest: undefined, form: list });
        this.index.add(item.phrase, this.owners.length - 1);
      }
    }
    for (const signal of KIND_SIGNALS) {
      for (const item of phrasesOf(kindSignals[signal])) {
        this.owners.push({ rule: KIND_SIGNAL_WORDS, role: 'form', fix: undefined, suggest: undefined, form: signal, namesSigner: item.namesSigner });
        this.index.add(item.phrase, this.owners.length - 1);
      }
    }
    rules.forEach((rule, ruleIndex) => {
      const { spec } = rule;
      const add = (list: PhraseSpec[] | undefined, role: PhraseRole, form?: string, excuses?: PhraseOwner) => {
        for (const item of phrasesOf(list)) {
          const changes = item.fix !== undefined || item.suggest !== undefined;
          const owner: PhraseOwner = {
            rule: ruleIndex,
            role,
            fix: item.fix,
            suggest: item.suggest,
            plurals: changes ? pluralAlternatives(item.phrase, grammar.plural) : undefined,
            form,
            kinds: item.kinds,
            toOne: item.toOne,
            developerWord: item.developerWord,
            unlessTimed: item.unlessTimed,
            metBySchedule: item.metBySchedule,
            message: item.message,
            excuses,
          };
          this.indexFor(ruleIndex, role).add(item.phrase, this.owners.push(owner) - 1);
          add(item.unless?.before, 'before', undefined, owner);
          add(item.unless?.after, 'after', undefined, owner);
          add(item.unless?.inPart, 'form', 'inPart', owner);
          add(item.unless?.near, 'form', 'near', owner);
        }
      };
      for (const list of RULE_PHRASE_LISTS) {
        add(list.of(spec), list.role === 'own' ? (spec.kind === 'require' ? 'satisfy' : 'match') : list.role, list.form);
      }
      for (const [form, list] of Object.entries(spec.forms ?? {})) add(list, 'form', form);
      for (const { list, form } of consequenceLists(spec)) add(list, 'form', form);
      // A check may read its language's words from a pattern too (the fill-in words of unfilled-slot).
      if ((spec.kind === 'pattern' || spec.kind === 'check') && spec.pattern)
        this.patterns.set(ruleIndex, compileTextPattern(spec.pattern, { caseSensitive: spec.caseSensitive, vetted: rule.vetted }));
      if (spec.kind !== 'phrase' && spec.kind !== 'conditional' && spec.kind !== 'consistency') this.unconditional.push(ruleIndex);
      if (spec.where === 'sign-off') this.signOffRules.push(ruleIndex);
      if (spec.kind === 'phrase' && spec.scorecard === 'nextStep') this.nextStepPhraseRules.push(ruleIndex);
    });
    this.keeps = Uint8Array.from(this.owners, ({ rule, role }) => {
      const spec = rules[rule]?.spec;
      const firing = spec && FIRING_ROLE[spec.kind];
      if (!spec || firing === undefined || spec.where === 'sign-off') return KEPT_ALWAYS;
      return role === firing ? KEPT_FIRING : KEPT_WITH_RULE;
    });
    this.firingRuleOf = Int32Array.from(this.owners, ({ rule }, id) => (this.keeps[id] === KEPT_FIRING ? rule : NONE));
    this.kindFilteredRules = new Set(this.owners.filter((owner) => owner.kinds || owner.developerWord).map(({ rule }) => rule));
    const greetingRule = rules.findIndex((rule) => rule.spec.kind === 'require' && rule.spec.scorecard === 'greeting');
    this.greetingRule = greetingRule < 0 ? undefined : greetingRule;
    const unfilledSlotRule = rules.findIndex((rule) => rule.spec.check === 'unfilled-slot');
    this.unfilledSlotRule = unfilledSlotRule < 0 ? undefined : unfilledSlotRule;
  }

  /**
   * Whether an `unless` phrase of `rule` excuses the hit of tokens
   * [firstToken, endToken) of the phrase `owner`: a `before` phrase ending
   * right where it starts or an `after` phrase starting right where it ends,
   * in the same sentence (a sentence boundary is never "right before" a
   * phrase); the rule's own, or the phrase's.
   */
  excused(tokens: Token[], rule: number, { firstToken, endToken, owner }: RuleMatch, nouns?: NounWords): boolean {
    return this.excusedBefore(tokens, rule, firstToken, owner) || this.excusedAfter(tokens, rule, endToken, owner, nouns);
  }

  /**
   * Whether a `before` phrase of the match's own phrase (not of its rule) ends right before it, in its sentence, or with
   * `after`, an `after` phrase of its own starts right where it ends: a phrase its own words void, for the readers that
   * let another phrase take its place (a shorter phrase of the rule over the same words; a conditional's required phrase:
   * "the due date" gives the date, "by the due date" points at one never given).
   */
  excusedByOwnWords(tokens: Token[], { firstToken, endToken, owner }: RuleMatch, after = false): boolean {
    if (!this.excusable.has(owner.rule)) return false;
    const own = (id: number) => this.owners[id]!.excuses === owner;
    return (
      (sameSentenceAt(tokens, firstToken) && this.before.hasMatchAt(tokens, firstToken - 1, own)) ||
      (after && sameSentenceAt(tokens, endToken) && this.after.hasMatchAt(tokens, endToken, own))
    );
  }

  /** Whether a `before` phrase of `rule` (or of its phrase `phrase`) ends right before token `firstToken`, in its sentence. */
  excusedBefore(tokens: Token[], rule: number, firstToken: number, phrase?: PhraseOwner): boolean {
    return this.excusable.has(rule) && sameSentenceAt(tokens, firstToken) && this.before.hasMatchAt(tokens, firstToken - 1, this.excusing(rule, phrase));
  }

  /**
   * Whether an `after` phrase of `rule` (or of its phrase `phrase`) starts at token `endToken`, in the sentence of the
   * token before it, and names something: the head of the noun phrase its last word opens is no word of `nouns.vague`
   * (one that names nothing: "with the matter", "during these difficult times", "from our side"), or a vague head goes
   * on with another such phrase that names something ("with your order of the blue sofa"). The head judges, not the
   * first noun: "with your account being locked after the password change" and "with your order 4410" name it.
   */
  excusedAfter(tokens: Token[], rule: number, endToken: number, phrase?: PhraseOwner, nouns?: NounWords): boolean {
    if (!this.excusable.has(rule) || !sameSentenceAt(tokens, endToken)) return false;
    const excusing = this.excusing(rule, phrase);
    const namesSomething =
      nouns && nouns.vague.size > 0
        ? (next: number): boolean => {
            const head = this.headOf(tokens, next - 1, excusing, nouns.ends);
            return !nouns.vague.has(head) || this.after.hasMatchAt(tokens, head + 1, excusing, namesSomething);
          }
        : undefined;
    return this.after.hasMatchAt(tokens, endToken, excusing, namesSomething);
  }

  /**
   * The head of the noun phrase that token `first` opens, as far as words tell it: the last of the words that follow
   * it one space apart in its sentence (no punctuation between), up to a word of `ends` ("and", "which") or where an
   * `after` phrase `excusing` accepts starts ("the outage of our mail servers" -> outage; "these difficult times" ->
   * times; "the login page and thank you for …" -> page; "the double charge on your card" -> card).
   */
  private headOf(tokens: Token[], first: number, excusing: (owner: number) => boolean, ends: ReadonlySet<number>): number {
    let head = first;
    for (let next = first + 1; next < tokens.length; next++) {
      const token = tokens[next]!;
      if (token.sentence !== tokens[head]!.sentence || token.start - tokens[head]!.end > 1 || ends.has(next) || this.after.hasMatchAt(tokens, next, excusing))
        break;
      head = next;
    }
    return head;
  }

  /** The `before`/`after` owners that excuse a match of `phrase` under `rule`: the rule's own, and the phrase's. */
  private excusing(rule: number, phrase: PhraseOwner | undefined): (owner: number) => boolean {
    return (owner) => {
      const { rule: ownerRule, excuses } = this.owners[owner]!;
      return ownerRule === rule && (excuses === undefined || excuses === phrase);
    };
  }

  /** Who owns phrase owner `owner`, for a phrase that does not parse: its rule and pack, or the pack list it is in. */
  private ownerName(owner: number): string {
    const { rule } = this.owners[owner]!;
    const list =
      rule === ACCEPTED_TERMS
        ? 'the accepted terms'
        : rule === EMPATHY_WORDS
          ? "the scorecard's empathy words"
          : rule === NEXT_STEP_WORDS
            ? "the scorecard's next-step words"
            : rule === KIND_SIGNAL_WORDS
              ? 'the kind signals'
              : `rule ${this.rules[rule]!.id} (${this.rules[rule]!.origin})`;
    return `${list}, ${this.language}`;
  }

  private indexFor(rule: number, role: PhraseRole): PhraseIndex {
    if (role !== 'before' && role !== 'after') return this.index;
    this.excusable.add(rule);
    return this[role];
  }
}
