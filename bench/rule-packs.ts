// Synthetic phrase rules for the rule-count scaling measurement (10 vs 5,000)
// and the phrase lists the peers get. The phrases look like what teams ban:
// two- or three-word expressions over the replies' own vocabulary (so the
// phrase trie is walked deep on real text), single jargon terms, and the
// pack syntax's a|b, *, stem* and # forms. Phrases that occur in a sample of
// generated replies are drawn again: the corpus's vocabulary is small, and a
// real pack's phrases rarely occur in a given reply. A few (0.1%) are word
// sequences of the problem sentences on purpose, so the big pack finds
// things too (about one finding per three replies).

import { stringify } from 'yaml';
import { generateReply } from '../test/support/corpus';
import { BAD, CATEGORIES, GOOD, TOPICS, type Category } from '../test/support/corpus-text';
import { Random } from '../test/support/random';

export interface SyntheticRule {
  id: string;
  category: Category;
  phrases: string[];
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

const withoutSlots = (sentence: string) => sentence.replace(/\{[^}]*\}+/g, ' ');
const wordsOf = (sentence: string) => (withoutSlots(sentence).match(WORD) ?? []).map((word) => word.toLowerCase().replace(/’/g, "'"));

/** The corpus's sentences, from every bank. */
function corpusSentences(): string[] {
  return [
    ...TOPICS.flatMap((topic) => [...topic.facts, ...topic.steps, ...topic.quotes]),
    ...Object.values(GOOD).flat(),
    ...Object.values(BAD).flatMap((bank) => [...bank.sentences, ...(bank.greetings ?? []), ...(bank.closings ?? [])]),
  ];
}

interface Vocabulary {
  /** The most frequent words: most phrases start with one, as real ones do ("we", "you", "your"). */
  common: string[];
  content: string[];
  /** Three- and four-word sequences of the problem sentences. */
  sequences: string[];
}

function vocabulary(): Vocabulary {
  const counts = new Map<string, number>();
  for (const sentence of corpusSentences()) {
    for (const word of wordsOf(sentence)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const sequences = new Set<string>();
  for (const sentence of Object.values(BAD).flatMap((bank) => bank.sentences)) {
    const words = wordsOf(sentence);
    for (let length = 3; length <= 4; length++) {
      for (let i = 0; i + length <= words.length; i++) sequences.add(words.slice(i, i + length).join(' '));
    }
  }
  const byFrequency = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b));
  return { common: byFrequency.slice(0, 40), content: byFrequency.slice(40), sequences: [...sequences].sort() };
}

/** A made-up jargon term: internal tool names, ticket codes. */
function jargon(random: Random): string {
  const syllables = ['zor', 'plex', 'ta', 'vin', 'qu', 'bex', 'lo', 'mar', 'dex', 'ri', 'sol', 'fen'];
  return Array.from({ length: random.int(2, 3) }, () => random.pick(syllables)).join('');
}

function stem(word: string): string {
  return word.length > 5 ? word.slice(0, Math.max(3, word.length - 3)) : word;
}

function phraseOf(random: Random, words: Vocabulary): string {
  // Starts often with a common word; ends with a content word, as banned
  // expressions do ("per our policy", not "of the").
  const first = () => (random.chance(0.6) ? random.pick(words.common) : random.pick(words.content));
  const middle = () => (random.chance(0.4) ? random.pick(words.common) : random.pick(words.content));
  const last = () => random.pick(words.content);
  const shape = random.next();
  if (shape < 0.001) return random.pick(words.sequences);
  if (shape < 0.12) return jargon(random);
  if (shape < 0.22) return `${first()} ${last()}|${last()} ${last()}`;
  if (shape < 0.3) return `${first()} * ${last()}`;
  if (shape < 0.38) return `${first()} ${stem(last())}*`;
  if (shape < 0.41) return `${stem(last())}* ${last()}`;
  if (shape < 0.42) return `${first()} # ${random.pick(['hours', 'days', 'minutes', 'weeks'])}`;
  if (shape < 0.7) return `${first()} ${last()}`;
  return `${first()} ${middle()} ${last()}`;
}

/** Where the words of generated replies occur, to tell whether a phrase would match them. */
class SampleIndex {
  private readonly words: string[] = [];
  private readonly positions = new Map<string, number[]>();

  constructor(seed: number, replies: number) {
    const random = new Random(seed).fork('phrase-sample');
    for (let i = 0; i < replies; i++) {
      for (const word of wordsOf(generateReply(random, i).body)) {
        const list = this.positions.get(word);
        if (list) list.push(this.words.length);
        else this.positions.set(word, [this.words.length]);
        this.words.push(word);
      }
    }
  }

  /** True when some variant of the phrase matches a run of words of the sample. */
  occurs(phrase: string): boolean {
    const variants = phrase
      .split(' ')
      .reduce<string[][]>((acc, token) => acc.flatMap((variant) => token.split('|').map((option) => [...variant, option])), [[]]);
    return variants.some((tokens) => {
      const test = (token: string, word: string | undefined) =>
        word !== undefined &&
        (token === '*' || (token === '#' ? /^\d/.test(word) : token.endsWith('*') ? word.startsWith(token.slice(0, -1)) : word === token));
      // Anchor on the literal with the fewest occurrences.
      const anchors = tokens
        .map((token, at) => ({ at, list: /[*#]/.test(token) ? undefined : (this.positions.get(token) ?? []) }))
        .filter((anchor) => anchor.list);
      if (anchors.length === 0) return true;
      const anchor = anchors.reduce((a, b) => (b.list!.length < a.list!.length ? b : a));
      return anchor.list!.some((position) => tokens.every((token, at) => test(token, this.words[position - anchor.at + at])));
    });
  }
}

/** `count` phrase rules with one to three phrases each; the first n of a bigger set equal a smaller set. */
export function syntheticRules(seed: number, count: number): SyntheticRule[] {
  const random = new Random(seed).fork('synthetic-rules');
  const words = vocabulary();
  const sample = new SampleIndex(seed, 1500);
  const rules: SyntheticRule[] = [];
  const seen = new Set<string>();
  for (let index = 1; rules.length < count; index++) {
    const category = random.pick(CATEGORIES);
    const phrases: string[] = [];
    for (let i = random.int(1, 3); i > 0; i--) {
      let phrase = phraseOf(random, words);
      while (!words.sequences.includes(phrase) && sample.occurs(phrase)) phrase = phraseOf(random, words);
      if (seen.has(phrase)) continue;
      seen.add(phrase);
      phrases.push(phrase);
    }
    if (phrases.length > 0) rules.push({ id: `${category}/synthetic-${String(index).padStart(4, '0')}`, category, phrases });
  }
  return rules;
}

/** A rule pack (YAML) holding the rules, as a team would write it. */
export function syntheticPackYaml(rules: SyntheticRule[], name: string): string {
  const pack = {
    name,
    language: 'en',
    description: `${rules.length} synthetic phrase rules for the benchmark.`,
    rules: Object.fromEntries(
      rules.map((rule) => [
        rule.id,
        { kind: 'phrase', category: rule.category, severity: 'info', message: 'Team standard: avoid "{match}".', phrases: rule.phrases },
      ]),
    ),
  };
  return `# Generated by bench/rule-packs.ts; do not edit.\n${stringify(pack, { lineWidth: 0 })}`;
}
