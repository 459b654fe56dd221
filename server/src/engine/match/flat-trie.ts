// The phrase trie as numbers. A node is a number, and the frozen trie that matching walks is a few typed arrays
// indexed by node: no object per node (the English index has 81,000 nodes; as objects, with a Map per inner node,
// they stayed on the server's heap). Arrays can be written as bytes and read back as views of them, with no work per
// node, which is what lets a cold start skip building them (trie-cache.ts).

/** A token test as the trie holds it (phrase-index.ts parses phrases into these). */
export type TokenTest =
  { kind: 'literal'; value: string } | { kind: 'any' } | { kind: 'number' } | { kind: 'prefix'; value: string } | { kind: 'suffix'; value: string };

/** No node: a missing child. */
export const NONE = -1;

/** Stems (or endings) keyed by their first (or last) character, each with its child: a word is only tested against its own bucket. */
export type AffixBuckets = Map<string, [string, number][]>;

/** A node's stem and ending children. Few nodes have any (298 of the English index's 81,000). */
export interface NodeAffixes {
  prefix: AffixBuckets | undefined;
  suffix: AffixBuckets | undefined;
}

/** The bucket of a node's stems (or endings) that `value` goes in, made when there is none. */
function bucketOf(affixes: NodeAffixes, kind: 'prefix' | 'suffix', value: string): [string, number][] {
  const buckets = (affixes[kind] ??= new Map<string, [string, number][]>());
  const key = affixKey(kind, value);
  let list = buckets.get(key);
  if (!list) buckets.set(key, (list = []));
  return list;
}

/** The character a word must share with a stem (its first) or an ending (its last) to match it. */
export function affixKey(kind: 'prefix' | 'suffix', text: string): string {
  return kind === 'prefix' ? text[0]! : text[text.length - 1]!;
}

/**
 * The trie that matching walks. Node 0 is the root, and a node's number is its rank: its place in the order in which
 * a depth-first walk from one token meets the nodes (`TrieBuilder.freeze`), which orders the matches of one first token.
 */
export interface FlatTrie {
  /** Every literal word of the trie, by its id. */
  readonly words: ReadonlyMap<string, number>;
  /** The literal children of node n are edges [edgeStart[n], edgeStart[n + 1]), by word id ascending. */
  readonly edgeStart: Int32Array;
  readonly edgeWord: Int32Array;
  readonly edgeChild: Int32Array;
  /** The child for `*` and for `#`, or NONE. */
  readonly anyChild: Int32Array;
  readonly numberChild: Int32Array;
  /** The owners whose phrases end at node n are endOwner[endStart[n] .. endStart[n + 1]), in the order they were added. */
  readonly endStart: Int32Array;
  readonly endOwner: Int32Array;
  /** How many words lead to each node. */
  readonly depth: Int32Array;
  /** The stem and ending children of node n are affixes[affixSlot[n]], when that is not NONE (few nodes have any). */
  readonly affixSlot: Int32Array;
  readonly affixes: readonly NodeAffixes[];
}

/** The literal child of `node` for the word `wordId` (NONE for a word no phrase names), by binary search. */
export function literalChild(trie: FlatTrie, node: number, wordId: number): number {
  if (wordId === NONE) return NONE;
  const { edgeWord } = trie;
  let low = trie.edgeStart[node]!;
  let high = trie.edgeStart[node + 1]!;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const word = edgeWord[middle]!;
    if (word === wordId) return trie.edgeChild[middle]!;
    if (word < wordId) low = middle + 1;
    else high = middle;
  }
  return NONE;
}

/** Whether an owner `accepts` has a phrase ending at `node`. */
export function endAccepted(trie: FlatTrie, node: number, accepts: (owner: number) => boolean): boolean {
  for (let index = trie.endStart[node]!; index < trie.endStart[node + 1]!; index++) if (accepts(trie.endOwner[index]!)) return true;
  return false;
}

/**
 * (node, word id) -> child, open addressing in typed arrays: the literal edges while a trie is built, with no Map
 * per node.
 */
class EdgeTable {
  private parents: Int32Array;
  private words: Int32Array;
  private children: Int32Array;
  private size = 0;

  /** Room for `expected` edges from the start: growing rehashes every edge (a fifth of building the English index, grown from 4,096). */
  constructor(expected: number) {
    let slots = 1 << 10;
    while (slots < 2 * expected && slots < 1 << 24) slots *= 2;
    this.parents = new Int32Array(slots).fill(NONE);
    this.words = new Int32Array(slots);
    this.children = new Int32Array(slots);
  }

  get(parent: number, word: number): number {
    const slot = this.slot(parent, word);
    return this.parents[slot] === NONE ? NONE : this.children[slot]!;
  }

  /** Sets an edge that is not in the table yet. */
  add(parent: number, word: number, child: number): void {
    // At most half full: a probe ends soon at an empty slot.
    if (2 * (this.size + 1) > this.parents.length) this.grow();
    const slot = this.slot(parent, word);
    this.parents[slot] = parent;
    this.words[slot] = word;
    this.children[slot] = child;
    this.size++;
  }

  /** The slot of the edge, or the empty slot where it would go. */
  private slot(parent: number, word: number): number {
    const mask = this.parents.length - 1;
    let slot = (Math.imul(parent, 0x9e3779b1) ^ Math.imul(word, 0x85ebca77)) & mask;
    while (this.parents[slot] !== NONE && (this.parents[slot] !== parent || this.words[slot] !== word)) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const { parents, words, children } = this;
    this.parents = new Int32Array(parents.length * 2).fill(NONE);
    this.words = new Int32Array(parents.length * 2);
    this.children = new Int32Array(parents.length * 2);
    this.size = 0;
    for (let slot = 0; slot < parents.length; slot++) if (parents[slot] !== NONE) this.add(parents[slot]!, words[slot]!, children[slot]!);
  }
}

/**
 * The trie while phrases are added: nodes numbered as they are made (the root is 0), children and ends in lists
 * in the order they came, so the frozen trie's ranks are those of a trie of objects built in the same order.
 */
export class TrieBuilder {
  private readonly words = new Map<string, number>();
  private readonly edges: EdgeTable;
  /** Per node: its first and last literal child, and the next literal child of its parent (lists in insertion order). */
  private readonly firstLiteral: number[] = [NONE];
  private readonly lastLiteral: number[] = [NONE];
  private readonly nextLiteral: number[] = [NONE];
  /** Per node: the word id of the literal edge that leads to it (NONE for the root and wild children). */
  private readonly wordOf: number[] = [NONE];
  private readonly anyChild: number[] = [NONE];
  private readonly numberChild: number[] = [NONE];
  /** Per node: its first and last end; per end: its owner and the node's next end. */
  private readonly firstEnd: number[] = [NONE];
  private readonly lastEnd: number[] = [NONE];
  private readonly endOwner: number[] = [];
  private readonly nextEnd: number[] = [];
  private readonly affixes = new Map<number, NodeAffixes>();

  /** `expectedNodes`: about how many nodes the phrases will make (a guess: more or fewer only cost time). */
  constructor(expectedNodes = 0) {
    this.edges = new EdgeTable(expectedNodes);
  }

  get nodeCount(): number {
    return this.anyChild.length;
  }

  /** The child of `node` that `test` leads to, made when there is none. */
  child(node: number, test: TokenTest): number {
    switch (test.kind) {
      case 'literal': {
        let word = this.words.get(test.value);
        if (word === undefined) this.words.set(test.value, (word = this.words.size));
        const found = this.edges.get(node, word);
        if (found !== NONE) return found;
        const next = this.makeNode(word);
        this.edges.add(node, word, next);
        if (this.lastLiteral[node] === NONE) this.firstLiteral[node] = next;
        else this.nextLiteral[this.lastLiteral[node]!] = next;
        this.lastLiteral[node] = next;
        return next;
      }
      case 'any':
        if (this.anyChild[node] === NONE) this.anyChild[node] = this.makeNode(NONE);
        return this.anyChild[node]!;
      case 'number':
        if (this.numberChild[node] === NONE) this.numberChild[node] = this.makeNode(NONE);
        return this.numberChild[node]!;
      case 'prefix':
      case 'suffix': {
        let affixes = this.affixes.get(node);
        if (!affixes) this.affixes.set(node, (affixes = { prefix: undefined, suffix: undefined }));
        const list = bucketOf(affixes, test.kind, test.value);
        const found = list.find(([value]) => value === test.value);
        if (found) return found[1];
        const next = this.makeNode(NONE);
        list.push([test.value, next]);
        return next;
      }
    }
  }

  /** A phrase of `owner` ends at `node`. */
  end(node: number, owner: number): void {
    const end = this.endOwner.push(owner) - 1;
    this.nextEnd.push(NONE);
    if (this.lastEnd[node] === NONE) this.firstEnd[node] = end;
    else this.nextEnd[this.lastEnd[node]!] = end;
    this.lastEnd[node] = end;
  }

  private makeNode(word: number): number {
    this.firstLiteral.push(NONE);
    this.lastLiteral.push(NONE);
    this.nextLiteral.push(NONE);
    this.anyChild.push(NONE);
    this.numberChild.push(NONE);
    this.firstEnd.push(NONE);
    this.lastEnd.push(NONE);
    return this.wordOf.push(word) - 1;
  }

  /**
   * The trie as matching reads it, its nodes renumbered by rank: the order in which a depth-first walk from one
   * token meets them, each before its children. The walk pushes a node's children on a stack (any, literals,
   * number, stems, endings) and takes the last pushed first. Only one literal child, and stems or endings of one
   * bucket, can take the same word, so the order between those does not matter.
   */
  freeze(): FlatTrie {
    const count = this.nodeCount;
    const order = new Int32Array(count);
    const rank = new Int32Array(count);
    const stack = [0];
    const pushBuckets = (buckets: AffixBuckets | undefined) => buckets?.forEach((list) => list.forEach(([, child]) => stack.push(child)));
    for (let place = 0; stack.length > 0; place++) {
      const node = stack.pop()!;
      order[place] = node;
      rank[node] = place;
      // Pushed here in the reverse of the order they are to be visited in.
      if (this.anyChild[node] !== NONE) stack.push(this.anyChild[node]!);
      for (let child = this.firstLiteral[node]!; child !== NONE; child = this.nextLiteral[child]!) stack.push(child);
      if (this.numberChild[node] !== NONE) stack.push(this.numberChild[node]!);
      const affixes = this.affixes.get(node);
      pushBuckets(affixes?.prefix);
      pushBuckets(affixes?.suffix);
    }
    const edgeStart = new Int32Array(count + 1);
    const endStart = new Int32Array(count + 1);
    // Every literal node is one edge. In rank order a node's depth is set before its children's.
    let edgeCount = 0;
    for (let node = 1; node < count; node++) if (this.wordOf[node] !== NONE) edgeCount++;
    const edgeWord = new Int32Array(edgeCount);
    const edgeChild = new Int32Array(edgeCount);
    const anyChild = new Int32Array(count).fill(NONE);
    const numberChild = new Int32Array(count).fill(NONE);
    const endOwner = new Int32Array(this.endOwner.length);
    const depth = new Int32Array(count);
    const affixSlot = new Int32Array(count).fill(NONE);
    const affixes: NodeAffixes[] = [];
    const byWord = (a: number, b: number) => this.wordOf[a]! - this.wordOf[b]!;
    const renumbered = (buckets: AffixBuckets | undefined, parent: number): AffixBuckets | undefined => {
      if (!buckets) return undefined;
      const result: AffixBuckets = new Map();
      buckets.forEach((list, key) => {
        result.set(
          key,
          list.map(([value, child]): [string, number] => {
            depth[rank[child]!] = depth[parent]! + 1;
            return [value, rank[child]!];
          }),
        );
      });
      return result;
    };
    const children: number[] = [];
    let ends = 0;
    for (let place = 0; place < count; place++) {
      const node = order[place]!;
      children.length = 0;
      for (let child = this.firstLiteral[node]!; child !== NONE; child = this.nextLiteral[child]!) children.push(child);
      if (children.length > 1) children.sort(byWord);
      let edge = edgeStart[place]!;
      for (let index = 0; index < children.length; index++) {
        const child = children[index]!;
        edgeWord[edge] = this.wordOf[child]!;
        edgeChild[edge++] = rank[child]!;
        depth[rank[child]!] = depth[place]! + 1;
      }
      edgeStart[place + 1] = edge;
      if (this.anyChild[node] !== NONE) depth[(anyChild[place] = rank[this.anyChild[node]!]!)] = depth[place]! + 1;
      if (this.numberChild[node] !== NONE) depth[(numberChild[place] = rank[this.numberChild[node]!]!)] = depth[place]! + 1;
      const own = this.affixes.get(node);
      if (own) affixSlot[place] = affixes.push({ prefix: renumbered(own.prefix, place), suffix: renumbered(own.suffix, place) }) - 1;
      for (let end = this.firstEnd[node]!; end !== NONE; end = this.nextEnd[end]!) endOwner[ends++] = this.endOwner[end]!;
      endStart[place + 1] = ends;
    }
    return { words: this.words, edgeStart, edgeWord, edgeChild, anyChild, numberChild, endStart, endOwner, depth, affixSlot, affixes };
  }
}

/** Numbers before the arrays of a serialised trie: its nodes, edges, ends, words, stem and ending children, and text bytes. */
const HEADER_FIELDS = 6;
/** Per stem or ending child: its parent's affix slot, its kind (PREFIX or SUFFIX) and the child. */
const AFFIX_FIELDS = 3;
const PREFIX = 0;
const SUFFIX = 1;
/** Separates the words and affixes in the text of a serialised trie: no word or affix holds one (WORD matches no control character). */
const TEXT_SEPARATOR = '\u0000';

/** The trie as bytes (`readTrie` reads them back): its arrays as they are, then its words and affixes as UTF-8. */
export function writeTrie(trie: FlatTrie): Buffer {
  const nodes = trie.depth.length;
  const affixes: number[] = [];
  const texts = [...trie.words.keys()];
  trie.affixes.forEach(({ prefix, suffix }, slot) => {
    for (const [kind, buckets] of [
      [PREFIX, prefix],
      [SUFFIX, suffix],
    ] as const) {
      buckets?.forEach((list) => {
        for (const [value, child] of list) {
          affixes.push(slot, kind, child);
          texts.push(value);
        }
      });
    }
  });
  const text = Buffer.from(texts.join(TEXT_SEPARATOR), 'utf8');
  const header = Int32Array.of(nodes, trie.edgeWord.length, trie.endOwner.length, trie.words.size, affixes.length / AFFIX_FIELDS, text.length);
  const arrays = [
    header,
    trie.edgeStart,
    trie.edgeWord,
    trie.edgeChild,
    trie.anyChild,
    trie.numberChild,
    trie.endStart,
    trie.endOwner,
    trie.depth,
    trie.affixSlot,
  ];
  return Buffer.concat([
    ...arrays.map((array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength)),
    Buffer.from(Int32Array.from(affixes).buffer),
    text,
  ]);
}

/**
 * The trie `writeTrie` wrote to `bytes`, its arrays views of them (no copy: a cold start maps them). Undefined when
 * the bytes cannot be one: counts that do not add up to their length (never trusted to size an allocation), text that
 * does not split into its words and affixes. Bytes changed by other means are the caller's to catch (a checksum).
 */
export function readTrie(bytes: Buffer): FlatTrie | undefined {
  if (bytes.length < 4 * HEADER_FIELDS) return undefined;
  // Views need 4-byte alignment: a small file's buffer can sit anywhere in Node's pool.
  const data = bytes.byteOffset % 4 === 0 ? bytes : Buffer.from(bytes);
  const [nodes, edges, ends, wordCount, affixCount, textBytes] = new Int32Array(data.buffer, data.byteOffset, HEADER_FIELDS);
  const counts = [nodes!, edges!, ends!, wordCount!, affixCount!, textBytes!];
  if (counts.some((count) => count < 0) || nodes! < 1) return undefined;
  const lengths = [nodes! + 1, edges!, edges!, nodes!, nodes!, nodes! + 1, ends!, nodes!, nodes!, AFFIX_FIELDS * affixCount!];
  if (4 * (HEADER_FIELDS + lengths.reduce((sum, length) => sum + length, 0)) + textBytes! !== data.length) return undefined;
  let offset = data.byteOffset + 4 * HEADER_FIELDS;
  const [edgeStart, edgeWord, edgeChild, anyChild, numberChild, endStart, endOwner, depth, affixSlot, affixFields] = lengths.map((length) => {
    const array = new Int32Array(data.buffer, offset, length);
    offset += 4 * length;
    return array;
  }) as [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array];
  if (edgeStart[nodes!] !== edges || endStart[nodes!] !== ends) return undefined;
  const texts = data.toString('utf8', offset - data.byteOffset, data.length).split(TEXT_SEPARATOR);
  if (texts.length !== wordCount! + affixCount! && !(texts.length === 1 && wordCount! + affixCount! === 0)) return undefined;
  const words = new Map<string, number>();
  for (let id = 0; id < wordCount!; id++) words.set(texts[id]!, id);
  const affixes: NodeAffixes[] = [];
  for (let record = 0; record < affixCount!; record++) {
    const [slot, kind, child] = affixFields.subarray(AFFIX_FIELDS * record, AFFIX_FIELDS * (record + 1));
    if (slot! > affixes.length) return undefined;
    const value = texts[wordCount! + record]!;
    bucketOf((affixes[slot!] ??= { prefix: undefined, suffix: undefined }), kind === PREFIX ? 'prefix' : 'suffix', value).push([value, child!]);
  }
  return { words, edgeStart, edgeWord, edgeChild, anyChild, numberChild, endStart, endOwner, depth, affixSlot, affixes };
}
