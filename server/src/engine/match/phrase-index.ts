// One token trie over every phrase of every active rule, so matching costs
// O(words x trie depth) however many rules a team loads.
//
// Phrase syntax, per whitespace-separated token:
//   word        the word itself (case-, apostrophe- and NFKC-insensitive)
//   a|b|c       any of the alternatives (each may use the forms below); alternatives are per
//               word: "bank|card issuer" is "bank issuer" or "card issuer", never "bank" alone
//               (an alternative of several words is a phrase of its own; see slotTrap; brackets
//               around one, "(as soon as|asap) possible", are refused: punctuation groups nothing)
//   *           any one word
//   *{m,n}      m to n words, whatever they are (a gap: one per phrase, between two words, n at most 8):
//               "request *{0,5} has been logged" is six phrases, from "request has been logged" to five words between
//   stem*       a word starting with stem (inflections: odezw* -> odezwiemy)
//   *ending     a word ending with ending (closed, resolved -> *ed)
//   #           a number
//   {{variable}} that placeholder (also {%variable%}; filters and fallbacks are ignored)
// Punctuation in a phrase is ignored, as it is in the text.

import { WORD, normalizeWord, type Token } from '../text/analyze';
import { WordMemo, detached } from '../text/word-memo';
import { placeholderWord, variableInPlaceholder } from '../placeholders/scan';
import { frozenTrie } from './trie-cache';
import { NONE, TrieBuilder, affixKey, endAccepted, literalChild, type AffixBuckets, type FlatTrie, type TokenTest } from './flat-trie';

export class PhraseSyntaxError extends Error {}

const MAX_VARIANTS = 256;
/**
 * Brackets around alternatives of several words ("(as soon as|asap) possible"): punctuation is ignored, so it
 * would read as "as soon as possible" or "as soon asap possible", never "asap possible".
 */
function groupsWords(phrase: string): boolean {
  if (!phrase.includes('(') && !phrase.includes('[')) return false;
  for (const [, inside] of phrase.matchAll(/[([]([^()[\]]*)[)\]]/g)) if (/\s/.test(inside!.trim()) && inside!.includes('|')) return true;
  return false;
}

/**
 * A phrase's words: per whitespace-separated piece, its `a|b` alternatives,
 * each a list of token tests. Throws PhraseSyntaxError (a phrase that would
 * expand to more than MAX_VARIANTS variants too).
 */
export function parsePhrase(phrase: string): TokenTest[][][] {
  // Placeholders may hold spaces and pipes ({{ name | fallback: "x" }}): set them aside first.
  const placeholders: string[] = [];
  // Most phrases are plain words: the regular expressions here run only on a phrase that holds their character
  // (a cold start parses thousands of phrases).
  const protectedPhrase = !phrase.includes('{')
    ? phrase
    : phrase.replace(/\{\{[^}]*\}\}|\{%[^%]*%\}/g, (written) => `\u0000${placeholders.push(written) - 1}\u0000`);
  if (groupsWords(protectedPhrase)) {
    throw new PhraseSyntaxError(
      `"${phrase}": brackets do not group words, and alternatives are per word ("bank|card issuer" is "bank issuer" or "card issuer"); write each alternative of several words as a phrase of its own`,
    );
  }
  const pieces = protectedPhrase.trim().split(/\s+/).filter(Boolean);
  if (pieces.length === 0) throw new PhraseSyntaxError('empty phrase');
  let variants = 1;
  let gaps = 0;
  return pieces.map((piece, index) => {
    const gap = piece.includes('{') ? gapOptions(piece, phrase, index === 0 || index === pieces.length - 1) : undefined;
    if (gap) {
      // A gap's lengths are not counted against MAX_VARIANTS: it is what stood as up to nine lines of one phrase.
      if (++gaps > 1) throw new PhraseSyntaxError(`"${phrase}" has more than one gap`);
      return gap;
    }
    const options = piece.split('|').map((option) => tokenTests(option, phrase, placeholders));
    variants *= options.length;
    if (variants > MAX_VARIANTS) throw new PhraseSyntaxError(`"${phrase}" expands to more than ${MAX_VARIANTS} variants`);
    return options;
  });
}

/** The longest gap (`*{m,n}`): a run of any words is a phrase's words written out, not a pattern. */
const MAX_GAP = 8;
const GAP = /^\*\{(\d+),(\d+)\}$/;

/**
 * A gap piece (`*{m,n}`) as its options, m to n `any` tests each, shortest first (the order in which the lines
 * "a b", "a * b", "a * * b" were written); undefined for a piece that is no gap. Throws on a gap that cannot be one.
 */
function gapOptions(piece: string, phrase: string, atEdge: boolean): TokenTest[][] | undefined {
  const gap = GAP.exec(piece);
  if (!gap) {
    // Any piece that opens a gap is one: "*{0, 3}" split at its space would be two words that never match.
    if (piece.includes('*{'))
      throw new PhraseSyntaxError(`"${piece}" in "${phrase}": a gap is written *{m,n} with no space, 0 <= m <= n <= ${MAX_GAP}, and stands alone`);
    return undefined;
  }
  const [least, most] = [Number(gap[1]), Number(gap[2])];
  if (least > most || most === 0 || most > MAX_GAP)
    throw new PhraseSyntaxError(`"${piece}" in "${phrase}": a gap is written *{m,n}, 0 <= m <= n <= ${MAX_GAP}, n > 0`);
  if (atEdge) throw new PhraseSyntaxError(`"${piece}" in "${phrase}": a gap stands between two words`);
  const options: TokenTest[][] = [];
  for (let length = least; length <= most; length++) options.push(Array.from({ length }, (): TokenTest => ({ kind: 'any' })));
  return options;
}

/**
 * What a phrase looks like when its author read `|` as splitting whole phrases ("contact your bank|card issuer"
 * for "contact your bank" or "contact your card issuer"; it means "bank issuer" or "card issuer"): a word slot
 * that lists one alternative twice ("su savo banku|banku"), or offers the very word written next to it
 * ("przez bank|twój bank": "przez bank bank" or "przez twój bank"), or offers a contraction beside its own
 * words ("do not|don't reply": "do don't reply"; "if this wasn't|was not you": "wasn't not you"). Harmless at best, a phrase that never
 * matches as meant at worst. Undefined when the phrase shows neither (or does not parse).
 */
export function slotTrap(phrase: string): string | undefined {
  let pieces: string[];
  try {
    parsePhrase(phrase);
    // Each placeholder as its variable: "{{id}}|{{rma_id}}" offers two placeholders, not "x" twice.
    pieces = phrase
      .replace(/\{\{[^}]*\}\}|\{%[^%]*%\}/g, (written) => `{{${variableInPlaceholder(written) ?? ''}}}`)
      .trim()
      .split(/\s+/);
  } catch {
    return undefined;
  }
  const words = (piece: string) => piece.split('|').map((option) => normalizeWord(option.replace(/^\*|\*$/g, '')));
  const fixed = (index: number) => {
    const piece = pieces[index];
    return piece === undefined || piece.includes('|') || piece === '*' || piece === '#' ? undefined : words(piece)[0];
  };
  for (let index = 0; index < pieces.length; index++) {
    const piece = pieces[index]!;
    if (!piece.includes('|')) continue;
    const options = words(piece);
    const twice = options.find((option, at) => options.indexOf(option) !== at);
    if (twice !== undefined) return `"${piece}" lists "${twice}" twice`;
    const beside = [fixed(index - 1), fixed(index + 1)].find((word) => word !== undefined && options.includes(word));
    if (beside !== undefined) return `"${piece}" offers "${beside}", the word written next to it`;
  }
  // A contraction offered beside its own words ("do not|don't reply": "do don't reply"; "if this wasn't|was not
  // you": "wasn't not you"): the contracted form never matches. Words whose stem is no word read as they are.
  for (let index = 0; index < pieces.length; index++) {
    const options = words(pieces[index]!);
    const before = index > 0 ? words(pieces[index - 1]!) : [];
    const after = index + 1 < pieces.length ? words(pieces[index + 1]!) : [];
    for (const option of options) {
      const stem = contractionStem(option);
      if (stem === undefined) continue;
      if (before.includes(stem)) return `"${pieces[index]}" offers "${option}" after "${pieces[index - 1]}": "${stem} ${option}"`;
      if (after.includes('not')) return `"${pieces[index]}" offers "${option}" before "${pieces[index + 1]}": "${option} not"`;
    }
    // The other contractions hold their subject ("we have|we've": "we we've"; "you are|you're": "you you're").
    for (const option of options) {
      const head = /^([a-z]+)'[a-z]{1,2}$/.exec(option)?.[1];
      if (head !== undefined && before.includes(head)) return `"${pieces[index]}" offers "${option}" after "${pieces[index - 1]}": "${head} ${option}"`;
    }
  }
  return undefined;
}

/** The word a negative contraction shortens ("don't" → "do", "can't"/"cannot" → "can", "won't" → "will"). */
function contractionStem(word: string): string | undefined {
  const irregular: Record<string, string> = { "can't": 'can', cannot: 'can', "won't": 'will', "shan't": 'shall', cant: 'can', wont: 'will' };
  if (irregular[word] !== undefined) return irregular[word];
  return /^[a-z]+n't$/.test(word) ? word.slice(0, -3) : undefined;
}

/** Expands `a|b` alternatives into whole phrase variants, each a list of token tests. */
export function compilePhrase(phrase: string): TokenTest[][] {
  let variants: TokenTest[][] = [[]];
  for (const options of parsePhrase(phrase)) {
    const next: TokenTest[][] = [];
    for (const variant of variants) for (const option of options) next.push([...variant, ...option]);
    variants = next;
  }
  return variants.filter((variant) => variant.length > 0);
}

const LOWER_ASCII_WORD = /^[a-z]+$/;

function tokenTests(option: string, phrase: string, placeholders: string[]): TokenTest[] {
  // eslint-disable-next-line no-control-regex -- NUL marks a placeholder set aside in compilePhrase; no phrase holds one
  const placeholder = option.charCodeAt(0) === 0 ? /^\u0000(\d+)\u0000$/.exec(option) : null;
  if (placeholder) {
    const variable = variableInPlaceholder(placeholders[Number(placeholder[1])]!);
    if (!variable) throw new PhraseSyntaxError(`"${placeholders[Number(placeholder[1])]}" in "${phrase}" names no variable`);
    return [{ kind: 'literal', value: placeholderWord(variable) }];
  }
  if (option === '*') return [{ kind: 'any' }];
  if (option === '#') return [{ kind: 'number' }];
  const starEnd = option.length > 1 && option.endsWith('*');
  const starStart = option.length > 1 && option.startsWith('*');
  if (starEnd && starStart) throw new PhraseSyntaxError(`"${option}" in "${phrase}": use * at one end only`);
  const core = starEnd || starStart ? option.replace(/^\*|\*$/g, '') : option;
  // A word in lower-case ASCII letters is its one WORD, normalized already.
  const words = LOWER_ASCII_WORD.test(core) ? [core] : (core.match(WORD)?.map(normalizeWord) ?? []);
  if (words.length === 0) {
    if (option === '') throw new PhraseSyntaxError(`empty alternative in "${phrase}"`);
    // No word of the text is punctuation alone: such a choice would match no token at all, and "and|& *" every word.
    throw new PhraseSyntaxError(`"${option}" in "${phrase}" is no word (punctuation alone matches no word of the text); write the words, or leave it out`);
  }
  const tests: TokenTest[] = words.map((value) => ({ kind: 'literal', value }));
  if (starEnd) tests[tests.length - 1] = { kind: 'prefix', value: words[words.length - 1]! };
  if (starStart) tests[0] = { kind: 'suffix', value: words[0]! };
  return tests;
}

/** Tokens [firstToken, endToken) that a phrase matched. */
export interface TokenMatch {
  firstToken: number;
  endToken: number;
}

/**
 * A phrase match with its owner on it: the owner given to `add` as an index of the list `match` is given. One object
 * per match, the only one (over a million matches in 5 MB of replies: a wrapper per match doubled their allocation).
 */
export interface PhraseMatch<Owner> extends TokenMatch {
  owner: Owner;
}

/**
 * What `eachMatch` marks as it finds matches, before it visits any: for a match whose owner has a mark
 * (markOf[owner] !== NONE), marked[markOf[owner]] = stamp. A visitor can then tell, at every match, what the whole
 * reply holds (a rule's firing words), without copying the matches to read them twice.
 */
export interface FoundMarks {
  readonly markOf: Int32Array;
  readonly marked: Int32Array;
  readonly stamp: number;
}

/** Words whose first step through the trie is remembered, per index (a vocabulary, bounded). */
const MAX_REMEMBERED_WORDS = 20_000;
/** Longer "words" (IDs, hashes, run-together text) are rare: worked out each time, never kept. */
const MAX_REMEMBERED_LENGTH = 40;
const NO_STEPS: readonly number[] = Object.freeze([]);
/**
 * How far back `match` walks to put a match in its place: far enough for the
 * few matches that start inside a longer one on real text; past it (nested
 * phrases of a hostile pack: "ok", "ok ok", … walk back over every match of
 * the nest) the reply's matches are sorted once at the end instead.
 */
const MAX_INSERTION_WALK = 16;
/** A found match in `PhraseIndex.found`: its owner id, then these fields. */
const FOUND_FIELDS = 4;
const FIRST = 1;
const END = 2;
const RANK = 3;

/** About how many trie nodes a phrase makes, with its alternatives (the English index: 81,435 for 2,695 phrases). */
const NODES_PER_PHRASE = 32;

export class PhraseIndex {
  /** The phrases added, in order, the trie's makings: built (or read, trie-cache.ts) at the first match after the last `add`. */
  private readonly adds: { phrase: string; owner: number }[] = [];
  private frozen: FlatTrie | undefined;
  /** Holds its phrases backwards, to find those that end at a token (`hasMatchAt`); `match` reads forwards only. */
  private readonly reversed: boolean;
  /**
   * The root's children each word leads to, by the word: every token takes
   * this first step, and a library repeats a few thousand words, so it is
   * worked out (one map lookup, stems and endings tried) once per word.
   */
  private readonly firstSteps = new WordMemo<readonly number[]>(MAX_REMEMBERED_WORDS, MAX_REMEMBERED_LENGTH);
  /** What `match` steps through, built at its first call after the last `add`. */
  private automaton: Automaton | undefined;
  /**
   * The matches `eachMatch` has found so far in its reply, in their order, FOUND_FIELDS numbers each: kept from call to
   * call (grown when a reply has more), where lists per call were made and grown for the million matches of a 5 MB library.
   */
  private found = new Int32Array(FOUND_FIELDS * 256);

  /** What a phrase's owner is called (its rule), for a phrase that does not parse: a built-in pack's are parsed here first. */
  private readonly ownerName: ((owner: number) => string) | undefined;

  constructor({ reversed = false, ownerName }: { reversed?: boolean; ownerName?: (owner: number) => string } = {}) {
    this.reversed = reversed;
    this.ownerName = ownerName;
  }

  /**
   * Adds a phrase; every match reports `owner`. A phrase is parsed when the trie is built, at the first match after
   * it: one that does not parse throws PhraseSyntaxError there, naming its owner (packs check theirs with parsePhrase
   * when they load, except Replylint's own: their tests do).
   */
  add(phrase: string, owner: number): void {
    this.firstSteps.clear();
    this.automaton = undefined;
    this.frozen = undefined;
    this.adds.push({ phrase, owner });
  }

  /** The trie matching walks: frozen at the first match after the last `add`. */
  private trie(): FlatTrie {
    return (this.frozen ??= frozenTrie(this.reversed, this.adds, () => {
      const builder = new TrieBuilder(NODES_PER_PHRASE * this.adds.length);
      for (const { phrase, owner } of this.adds) this.insert(builder, phrase, owner);
      return builder.freeze();
    }));
  }

  private insert(builder: TrieBuilder, phrase: string, owner: number): void {
    let pieces: TokenTest[][][];
    try {
      pieces = parsePhrase(phrase);
    } catch (error) {
      if (!(error instanceof PhraseSyntaxError) || this.ownerName === undefined) throw error;
      throw new PhraseSyntaxError(`${this.ownerName(owner)}: ${error.message}`);
    }
    if (!this.reversed) {
      addFrom(builder, pieces, 0, 0, owner);
      return;
    }
    // Held backwards: each variant walked from the root, last word first, in compilePhrase's order (so every
    // node gets its children in the same order), without the variants as arrays.
    const chosen = new Array<number>(pieces.length).fill(0);
    for (;;) {
      let node = 0;
      for (let step = 0; step < pieces.length; step++) {
        const option = pieces[pieces.length - 1 - step]![chosen[pieces.length - 1 - step]!]!;
        for (let index = option.length - 1; index >= 0; index--) node = builder.child(node, option[index]!);
      }
      // A variant without words (only punctuation) is no phrase.
      if (node !== 0) builder.end(node, owner);
      // The next variant: the last piece's alternatives turn fastest, as compilePhrase lists them.
      let piece = pieces.length - 1;
      while (piece >= 0 && ++chosen[piece]! === pieces[piece]!.length) chosen[piece--] = 0;
      if (piece < 0) return;
    }
  }

  /** How many phrase variants the index holds (every way its phrases can be written): the bench reports it. */
  get phraseCount(): number {
    return this.trie().endOwner.length;
  }

  /**
   * All matches that lie within one sentence, in `eachMatch`'s order, each holding the owner that `owners` lists at
   * the id its phrase was added with.
   */
  match<Owner>(tokens: Token[], owners: readonly Owner[]): PhraseMatch<Owner>[] {
    const matches: PhraseMatch<Owner>[] = [];
    this.eachMatch(tokens, (owner, firstToken, endToken) => {
      matches.push({ owner: owners[owner]!, firstToken, endToken });
    });
    return matches;
  }

  /**
   * Gives `visit` every match that lies within one sentence: by first token, and those of one first token in the
   * order a depth-first walk of the trie from that token meets them (the trie's ranks). The matches are found first, as
   * numbers, and visited after: a visitor makes what it keeps (a list of them made and grown per reply was a quarter
   * of what matching allocated on a 5 MB library). The numbers are the index's own: `visit` must not match with it.
   * `marks` are set as the matches are found, so every one is set before the first visit.
   *
   * One step of a lazily built automaton per token, however many phrases
   * could be under way: its states are the sets of trie nodes that the words
   * so far lead to (every phrase started at an earlier token of the
   * sentence), and a word leads from a state by its class, the edges it can
   * take anywhere in the trie (`WordClasses`). A state and its steps are
   * worked out the first time a text needs them and remembered (bounded).
   */
  eachMatch(tokens: Token[], visit: (owner: number, firstToken: number, endToken: number) => void, marks?: FoundMarks): void {
    const automaton = (this.automaton ??= new Automaton(this.trie()));
    let found = this.found;
    let count = 0;
    let ordered = true;
    let state = automaton.start;
    let sentence = Number.NaN;
    for (let at = 0; at < tokens.length; at++) {
      const token = tokens[at]!;
      if (token.sentence !== sentence) {
        sentence = token.sentence;
        state = automaton.start;
      }
      state = automaton.step(state, token);
      const outputs = state.outputs;
      if (outputs === undefined) continue;
      for (let index = 0; index < outputs.length; index += 3) {
        if (marks !== undefined) {
          const mark = marks.markOf[outputs[index]!]!;
          if (mark !== NONE) marks.marked[mark] = marks.stamp;
        }
        const firstToken = at + 1 - outputs[index + 1]!;
        const rank = outputs[index + 2]!;
        // A longer match ends later than a shorter one that starts after it: it goes in before that one, after every
        // match of its place that ranks no later (a sort of the reply's matches copied them, on most replies).
        let place = count;
        if (ordered) {
          const farthest = Math.max(0, place - MAX_INSERTION_WALK);
          while (place > farthest && goesBefore(firstToken, rank, found, place - 1)) place--;
          // Its place is farther back: this match and all that follow are put last, and sorted once at the end.
          if (place > 0 && goesBefore(firstToken, rank, found, place - 1)) {
            ordered = false;
            place = count;
          }
        }
        if (FOUND_FIELDS * count === found.length) {
          const grown = new Int32Array(found.length * 2);
          grown.set(found);
          this.found = found = grown;
        }
        if (place < count) found.copyWithin(FOUND_FIELDS * (place + 1), FOUND_FIELDS * place, FOUND_FIELDS * count);
        const field = FOUND_FIELDS * place;
        found[field] = outputs[index]!;
        found[field + FIRST] = firstToken;
        found[field + END] = at + 1;
        found[field + RANK] = rank;
        count++;
      }
    }
    const visitAt = (place: number) => {
      const field = FOUND_FIELDS * place;
      visit(found[field]!, found[field + FIRST]!, found[field + END]!);
    };
    if (ordered) for (let place = 0; place < count; place++) visitAt(place);
    else {
      // The same order the insertions give (the sort is stable, and what was inserted is a stable sort of what came before).
      const order = Array.from({ length: count }, (_, place) => place);
      order.sort(
        (a, b) => found[FOUND_FIELDS * a + FIRST]! - found[FOUND_FIELDS * b + FIRST]! || found[FOUND_FIELDS * a + RANK]! - found[FOUND_FIELDS * b + RANK]!,
      );
      for (const place of order) visitAt(place);
    }
  }

  /**
   * Whether a phrase of an owner `accepts` starts at token `at` or, in a
   * reversed index, ends there, within that token's sentence (and, given
   * `endsAt`, its far end is one `endsAt` accepts: the index past its last token).
   */
  hasMatchAt(tokens: Token[], at: number, accepts: (owner: number) => boolean, endsAt?: (next: number) => boolean): boolean {
    const start = tokens[at];
    if (!start) return false;
    const trie = this.trie();
    const first = this.firstSteps.peek(start.norm) ?? this.firstStep(trie, start);
    // Most words start no phrase of the index: no walk, no lists.
    if (first.length === 0) return false;
    const step = this.reversed ? -1 : 1;
    const nodes: number[] = [];
    const positions: number[] = [];
    for (const child of first) {
      nodes.push(child);
      positions.push(at + step);
    }
    while (nodes.length > 0) {
      const node = nodes.pop()!;
      const next = positions.pop()!;
      if (endAccepted(trie, node, accepts) && (endsAt === undefined || endsAt(next))) return true;
      const token = tokens[next];
      if (token && token.sentence === start.sentence) stepFrom(trie, node, token, trie.words.get(token.norm) ?? NONE, next + step, nodes, positions);
    }
    return false;
  }

  /** The first step of a word not remembered yet (`hasMatchAt` peeks first: a closure per call otherwise). */
  private firstStep(trie: FlatTrie, token: Token): readonly number[] {
    // A placeholder's word ("{{name}}") is never a plain word's, so the word alone is the key.
    return this.firstSteps.get(token.norm, () => {
      const children: number[] = [];
      stepFrom(trie, 0, token, trie.words.get(token.norm) ?? NONE, 0, children, []);
      return children.length > 0 ? children : NO_STEPS;
    });
  }
}

/**
 * The variants of pieces[piece..] added under `node`: the alternatives of a
 * piece are walked once under each path that leads to them, not once per
 * variant from the root ("we will get back to you soon|shortly" walks its first
 * six words once). The variants come in compilePhrase's order (the last
 * piece's alternatives turn fastest), so nodes are made, and owners end, in
 * the same order as walking each variant from the root.
 */
function addFrom(builder: TrieBuilder, pieces: TokenTest[][][], piece: number, node: number, owner: number): void {
  if (piece === pieces.length) {
    // A variant without words (only punctuation) is no phrase.
    if (node !== 0) builder.end(node, owner);
    return;
  }
  for (const option of pieces[piece]!) {
    let next = node;
    for (let index = 0; index < option.length; index++) next = builder.child(next, option[index]!);
    addFrom(builder, pieces, piece + 1, next, owner);
  }
}

/** Whether a match goes before the one found at `place`: it starts earlier, or there with an earlier rank. */
function goesBefore(firstToken: number, rank: number, found: Int32Array, place: number): boolean {
  const earlierFirst = found[FOUND_FIELDS * place + FIRST]!;
  return earlierFirst > firstToken || (earlierFirst === firstToken && found[FOUND_FIELDS * place + RANK]! > rank);
}

/** Pushes every child of `node` that `token` (whose word has the id `wordId`, or NONE) leads to, each with the next token index. */
function stepFrom(trie: FlatTrie, node: number, token: Token, wordId: number, next: number, nodes: number[], positions: number[]): void {
  const any = trie.anyChild[node]!;
  if (any !== NONE) {
    nodes.push(any);
    positions.push(next);
  }
  // A placeholder reads as "{{variable}}": only a phrase naming it matches it.
  const literal = literalChild(trie, node, wordId);
  if (literal !== NONE) {
    nodes.push(literal);
    positions.push(next);
  }
  if (token.placeholder) return;
  const word = token.norm;
  const number = trie.numberChild[node]!;
  if (number !== NONE && isDigit(word.charCodeAt(0))) {
    nodes.push(number);
    positions.push(next);
  }
  const slot = trie.affixSlot[node]!;
  if (slot === NONE) return;
  // Each kind read by name (this runs for most tokens of a lint): a word is tested against its own bucket only.
  const { prefix, suffix } = trie.affixes[slot]!;
  if (prefix) pushAffixed(prefix.get(affixKey('prefix', word)), word, 'prefix', next, nodes, positions);
  if (suffix) pushAffixed(suffix.get(affixKey('suffix', word)), word, 'suffix', next, nodes, positions);
}

function pushAffixed(
  candidates: [string, number][] | undefined,
  word: string,
  kind: 'prefix' | 'suffix',
  next: number,
  nodes: number[],
  positions: number[],
): void {
  if (!candidates) return;
  for (const [value, child] of candidates) {
    if (kind === 'prefix' ? !word.startsWith(value) : !word.endsWith(value)) continue;
    nodes.push(child);
    positions.push(next);
  }
}

/** Gives the stems (or endings) of a node's children to `affixes`, each once per key. */
function addAffixes(buckets: AffixBuckets, affixes: Map<string, string[]>): void {
  for (const [key, list] of buckets) {
    let known = affixes.get(key);
    if (!known) affixes.set(key, (known = []));
    for (let index = 0; index < list.length; index++) {
      const value = list[index]![0];
      if (!known.includes(value)) known.push(value);
    }
  }
}

/** A state of the automaton: the trie nodes the words so far lead to, and where to go on each class of word. */
class State {
  readonly next = new Map<number, State>();

  constructor(
    /** Ascending (a node's number is its rank). */
    readonly nodes: readonly number[],
    /** Owner, depth and rank of every phrase that ends at a node of the state (earliest start first), or none. */
    readonly outputs: readonly number[] | undefined,
    readonly generation: number,
  ) {}
}

/** States kept before the automaton starts afresh (about 700 bytes each with its steps: 7 MB at most). */
const MAX_STATES = 10_000;
const MAX_CLASSES = 20_000;

/**
 * The trie read as a deterministic automaton over classes of words, built as
 * texts need it. Two words are of one class when they take the same edges
 * everywhere in the trie: the same literal (a word no phrase names is no
 * literal), the same number test, the same stems and endings, and placeholder
 * or not. So a step is one map lookup for the word's class, one for the state's
 * step, and a state's step is worked out once, with `stepFrom` on a word of
 * the class, from the state's nodes and from the root.
 */
class Automaton {
  start: State;
  private states = new Map<string, State>();
  private generation = 0;
  /** Every stem (ending) of the trie, by its first (last) character. */
  private readonly stems = new Map<string, string[]>();
  private readonly endings = new Map<string, string[]>();
  /** Classes by what defines them, and a word of each, standing for the class in `stepFrom`. */
  private classes = new Map<string, number>();
  private representatives: Token[] = [];
  private readonly wordClasses = new WordMemo<number>(MAX_REMEMBERED_WORDS, MAX_REMEMBERED_LENGTH);
  private readonly positions: number[] = [];
  /**
   * Whether every number no phrase names is of one class: no stem starts and no ending ends with a digit. Then
   * a number's class is found once, not per number (an order or ticket number is a new word in every reply; each
   * was a class key, a remembered copy and a memo entry).
   */
  private readonly numbersAlike: boolean;
  private numberClass: number | undefined;

  constructor(private readonly trie: FlatTrie) {
    for (const { prefix, suffix } of trie.affixes) {
      if (prefix) addAffixes(prefix, this.stems);
      if (suffix) addAffixes(suffix, this.endings);
    }
    this.numbersAlike = ![...this.stems.keys(), ...this.endings.keys()].some((key) => isDigit(key.charCodeAt(0)));
    this.start = this.intern([]);
  }

  /** The state `token` leads to from `state`. */
  step(state: State, token: Token): State {
    if (this.states.size >= MAX_STATES || this.representatives.length >= MAX_CLASSES) this.reset();
    const word = token.norm;
    const wordClass = this.isPlainNumber(token) ? (this.numberClass ??= this.classOf(token)) : (this.wordClasses.peek(word) ?? this.rememberedClassOf(token));
    // A state from before a reset names classes that are gone: it is found again by its nodes.
    const from = state.generation === this.generation ? state : this.intern(state.nodes);
    return from.next.get(wordClass) ?? this.stepOnce(from, wordClass);
  }

  private stepOnce(state: State, wordClass: number): State {
    const word = this.representatives[wordClass]!;
    const wordId = this.trie.words.get(word.norm) ?? NONE;
    const reached: number[] = [];
    stepFrom(this.trie, 0, word, wordId, 0, reached, this.positions);
    for (const node of state.nodes) stepFrom(this.trie, node, word, wordId, 0, reached, this.positions);
    this.positions.length = 0;
    const next = this.intern(reached);
    state.next.set(wordClass, next);
    return next;
  }

  private intern(nodes: readonly number[]): State {
    const sorted = [...nodes].sort((a, b) => a - b);
    const key = sorted.join(',');
    let state = this.states.get(key);
    if (state) return state;
    const { endStart, endOwner, depth } = this.trie;
    const ending = sorted.filter((node) => endStart[node]! < endStart[node + 1]!).sort((a, b) => depth[b]! - depth[a]! || a - b);
    const outputs: number[] = [];
    for (const node of ending) for (let end = endStart[node]!; end < endStart[node + 1]!; end++) outputs.push(endOwner[end]!, depth[node]!, node);
    state = new State(sorted, outputs.length > 0 ? outputs : undefined, this.generation);
    this.states.set(key, state);
    return state;
  }

  /**
   * The class of a word not remembered yet, remembered. Its closure is made here, not in `step`: a function that
   * makes a closure over its variables makes their context on every call, there once per token of every lint.
   */
  private rememberedClassOf(token: Token): number {
    return this.wordClasses.get(token.norm, () => this.classOf(token));
  }

  /** A number no phrase names, when all such numbers are of one class (`numbersAlike`). */
  private isPlainNumber(token: Token): boolean {
    const word = token.norm;
    if (!this.numbersAlike || token.placeholder || word.length === 0) return false;
    for (let index = 0; index < word.length; index++) if (!isDigit(word.charCodeAt(index))) return false;
    return !this.trie.words.has(word);
  }

  private classOf(token: Token): number {
    const word = token.norm;
    const literal = this.trie.words.has(word) ? word : '';
    let key: string;
    if (token.placeholder) key = `\u0001${literal}`;
    else {
      const stems = this.stems.get(word[0] ?? '')?.filter((stem) => word.startsWith(stem)) ?? [];
      const endings = this.endings.get(word[word.length - 1] ?? '')?.filter((ending) => word.endsWith(ending)) ?? [];
      key = `${literal}\u0000${isDigit(word.charCodeAt(0)) ? '#' : ''}\u0000${stems.join('\u0001')}\u0000${endings.join('\u0001')}`;
    }
    let found = this.classes.get(key);
    if (found === undefined) {
      found = this.representatives.length;
      this.classes.set(key, found);
      this.representatives.push({ start: 0, end: 0, norm: detached(word), placeholder: token.placeholder, sentence: 0 });
    }
    return found;
  }

  private reset(): void {
    this.generation++;
    this.states = new Map();
    this.classes = new Map();
    this.representatives = [];
    this.numberClass = undefined;
    this.wordClasses.clear();
    this.start = this.intern([]);
  }
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
