// The alternatives of a template's control flow. A reader gets one branch of {% if %} … {% else %} … {% endif %}
// (and of {{#if}} … {{else}} … {{/if}}, {if} … {else} … {/if}, [% IF %] … [% ELSE %] … [% END %]), never two:
// the branches are read as what they are, alternatives, not as one text.

import { partitionPoint } from '../text/partition-point';
import type { Placeholder } from './placeholder';
import { lazyPattern } from '../text/lazy-pattern';

/** A block with branches: where each branch's words run, between the tags (placeholder indices) that bound them. */
export interface TemplateBlock {
  /** Offsets of the block's first and last character (its opening tag's start, its closing tag's end or the text's end). */
  start: number;
  end: number;
  /**
   * The tags between two branches, in order: `from` ends the branch before (an else, or Handlebars' close of
   * {{#x}} before its inverse {{^x}}), `to` starts the next (the same tag, or that {{^x}}). Placeholder indices.
   */
  splits: { from: number; to: number }[];
  /** Index of the opening tag. */
  open: number;
  /** Index of the closing tag, undefined for a block never closed. */
  close?: number;
}

/**
 * The blocks with more than one branch (`every`: all blocks, one-sided {% if %} too), from the tags' flow (scan.ts
 * marks what balances), outermost first. An inverse section right after the section it inverts
 * ({{#x}}A{{/x}}{{^x}}B{{/x}}, nothing but spaces between) is its else. A block never closed runs to `length`.
 */
export function templateBlocks(text: string, placeholders: readonly Placeholder[], length = text.length, every = false): TemplateBlock[] {
  const found: TemplateBlock[] = [];
  const open: TemplateBlock[] = [];
  // The Handlebars section just closed, which an inverse section right after it may continue.
  let closed: { block: TemplateBlock; index: number; name: string } | undefined;
  const list = (block: TemplateBlock) => {
    if ((every || block.splits.length > 0) && !listed.has(block)) {
      listed.add(block);
      found.push(block);
    }
  };
  const listed = new Set<TemplateBlock>();
  for (let index = 0; index < placeholders.length; index++) {
    const tag = placeholders[index]!;
    if (tag.flow === undefined) continue;
    const previous = closed;
    closed = undefined;
    if (tag.flow === 'open') {
      if (previous && tag.syntax === '{{' && tag.tagName === `^${previous.name}` && /^\s*$/.test(text.slice(placeholders[previous.index]!.end, tag.start))) {
        previous.block.splits.push({ from: previous.index, to: index });
        open.push(previous.block);
      } else open.push({ start: tag.start, end: length, splits: [], open: index });
      continue;
    }
    const innermost = open.at(-1);
    if (!innermost) continue;
    if (tag.flow === 'branch') {
      innermost.splits.push({ from: index, to: index });
      continue;
    }
    open.pop();
    innermost.end = tag.end;
    innermost.close = index;
    list(innermost);
    const opening = placeholders[innermost.open]!;
    if (tag.syntax === '{{' && opening.tagName?.startsWith('#') && tag.tagName === `/${opening.tagName.slice(1)}`)
      closed = { block: innermost, index, name: opening.tagName.slice(1) };
  }
  for (const block of open) list(block);
  return found.sort((a, b) => a.start - b.start);
}

/** How many blocks around an offset are read: templates nest a few; a text of blocks never closed, each inside the last, stays linear. */
const MAX_DEPTH = 32;

/**
 * Which branches offsets lie in, for a reply's blocks (templateBlocks): two offsets are apart when a block holds both
 * and a tag between two of its branches lies between them: words the reader never gets together. A lookup walks
 * the blocks around one offset (their nesting) and binary-searches each one's splits.
 */
export class BranchIndex {
  /** Per block (in `blocks` order): the enclosing block's index, -1 at the top. */
  readonly parents: Int32Array;
  /** Per block: where each split's tags start and end, in order. */
  readonly splitStarts: number[][];
  readonly splitEnds: number[][];
  /**
   * Per block: the first branch a reader may get (1 in a {% case %}: nothing before its first {% when %} is printed),
   * or -1 when some readers get none (no else: a one-sided {% if %} or {% unless %}, a loop, a {{#section}}).
   */
  readonly firstRead: Int8Array;

  constructor(
    readonly blocks: readonly TemplateBlock[],
    placeholders: readonly Placeholder[],
  ) {
    this.parents = new Int32Array(blocks.length);
    const open: number[] = [];
    for (const [index, block] of blocks.entries()) {
      while (open.length > 0 && blocks[open.at(-1)!]!.end <= block.start) open.pop();
      this.parents[index] = open.at(-1) ?? -1;
      open.push(index);
    }
    this.splitStarts = blocks.map((block) => block.splits.map((split) => placeholders[split.from]!.start));
    this.splitEnds = blocks.map((block) => block.splits.map((split) => placeholders[split.to]!.end));
    this.firstRead = Int8Array.from(blocks, ({ splits }) => {
      const last = splits.at(-1);
      if (!last || !isOtherwise(placeholders[last.to]!)) return -1;
      return placeholders[splits[0]!.from]!.tagName === 'when' ? 1 : 0;
    });
  }

  /** The innermost block holding `at`, or -1. */
  innermost(at: number): number {
    const { blocks } = this;
    let index = partitionPoint(blocks.length, (candidate) => blocks[candidate]!.start <= at) - 1;
    while (index >= 0 && blocks[index]!.end <= at) index = this.parents[index]!;
    return index;
  }

  /** Whether `a` and `b` lie in different branches of one block. */
  apart(a: number, b: number): boolean {
    const from = Math.min(a, b);
    const to = Math.max(a, b);
    for (let index = this.innermost(from), depth = 0; index >= 0 && depth < MAX_DEPTH; index = this.parents[index]!, depth++) {
      if (this.blocks[index]!.end < to) continue;
      const starts = this.splitStarts[index]!;
      const next = partitionPoint(starts.length, (split) => starts[split]! < from);
      if (next < starts.length && this.splitEnds[index]![next]! <= to) return true;
    }
    return false;
  }

  /**
   * The branches the longest reading skips, as spans in source order: of each block, every branch but the one with the
   * most words (`words(from, to)` counts them), the words of its own blocks' skipped branches left out. A reader gets
   * one branch, so a reply is as long as its longest reading (trial 40: a Velocity offer with an #if for a personal
   * link and an #else for the portal was counted as both). Blocks come outermost first, so walking them backwards
   * reads each block's inner blocks before it.
   */
  unreadBranches(placeholders: readonly Placeholder[], words: (from: number, to: number) => number): { start: number; end: number }[] {
    const { blocks } = this;
    // Per block: the words its skipped branches hold, its inner blocks' included.
    const skipped = new Float64Array(blocks.length);
    // Per block: its inner blocks' skipped words, summed per branch (filled as the inner blocks are read).
    const innerSkipped = blocks.map((block) => new Float64Array(block.splits.length + 1));
    const unread: { start: number; end: number }[] = [];
    for (let index = blocks.length - 1; index >= 0; index--) {
      const block = blocks[index]!;
      const bounds = this.branchBounds(index, placeholders);
      let most = 0;
      let best = 0;
      let total = 0;
      for (const [branch, [from, to]] of bounds.entries()) {
        const all = words(from, to);
        const read = all - innerSkipped[index]![branch]!;
        total += all;
        if (read > most) [most, best] = [read, branch];
      }
      skipped[index] = total - most;
      for (const [branch, [from, to]] of bounds.entries()) if (branch !== best && to > from) unread.push({ start: from, end: to });
      const parent = this.parents[index]!;
      if (parent >= 0) {
        const starts = this.splitStarts[parent]!;
        innerSkipped[parent]![partitionPoint(starts.length, (split) => starts[split]! < block.start)] += skipped[index]!;
      }
    }
    return unread.sort((a, b) => a.start - b.start);
  }

  /** Where each branch of block `index` runs: from the tag before it to the tag after it (or the block's end). */
  private branchBounds(index: number, placeholders: readonly Placeholder[]): [number, number][] {
    const block = this.blocks[index]!;
    const starts = [placeholders[block.open]!.end, ...this.splitEnds[index]!];
    const ends = [...this.splitStarts[index]!, block.close === undefined ? block.end : placeholders[block.close]!.start];
    return starts.map((start, branch) => [start, ends[branch]!]);
  }

  /**
   * Whether a block holds `to` but not `from`: words some readers of `from` never get (the time inside a later
   * `{% if weekend %}` block answers nobody else).
   */
  enters(from: number, to: number): boolean {
    const inner = this.innermost(to);
    return inner >= 0 && (this.blocks[inner]!.start > from || this.blocks[inner]!.end <= from);
  }

  /**
   * Where a reader of `from`'s branch reads on at `to` (after `from`): `to` itself, or, when a block around `from` puts
   * `to` in a later branch, that block's end (and so on outwards): the text after the block's close.
   */
  readsOn(from: number, to: number): number {
    let at = to;
    for (let index = this.innermost(from), depth = 0; index >= 0 && depth < MAX_DEPTH; index = this.parents[index]!, depth++) {
      if (this.blocks[index]!.end <= at) continue;
      const starts = this.splitStarts[index]!;
      const next = partitionPoint(starts.length, (split) => starts[split]! < from);
      if (next < starts.length && this.splitEnds[index]![next]! <= at) at = this.blocks[index]!.end;
    }
    return at;
  }

  /**
   * Where a reader of `from`'s branch read last at `to` (before `from`): `to` itself, or, when a block around `from`
   * puts `to` in an earlier branch, that block's start (and so on outwards): the text before the block's opening.
   */
  readBack(from: number, to: number): number {
    let at = to;
    for (let index = this.innermost(from), depth = 0; index >= 0 && depth < MAX_DEPTH; index = this.parents[index]!, depth++) {
      if (this.blocks[index]!.start > at) continue;
      const ends = this.splitEnds[index]!;
      const previous = partitionPoint(ends.length, (split) => ends[split]! <= from) - 1;
      if (previous >= 0 && this.splitStarts[index]![previous]! >= at) at = this.blocks[index]!.start;
    }
    return at;
  }

  /**
   * Whether a position of `positions` (ascending) after `at` is not apart from it. Past `at`, a block around it puts
   * what lies from its next split to its end in another branch; the first position outside those stretches answers.
   */
  sharesLater(at: number, positions: readonly number[]): boolean {
    const stretches: [number, number][] = [];
    for (let index = this.innermost(at), depth = 0; index >= 0 && depth < MAX_DEPTH; index = this.parents[index]!, depth++) {
      const starts = this.splitStarts[index]!;
      const next = partitionPoint(starts.length, (split) => starts[split]! < at);
      if (next < starts.length) stretches.push([this.splitEnds[index]![next]!, this.blocks[index]!.end]);
    }
    stretches.sort((x, y) => x[0] - y[0]);
    let candidate = partitionPoint(positions.length, (index) => positions[index]! <= at);
    for (const [start, end] of stretches) {
      if (candidate >= positions.length) return false;
      if (positions[candidate]! < start) return true;
      if (positions[candidate]! <= end) candidate = partitionPoint(positions.length, (index) => positions[index]! <= end);
    }
    return candidate < positions.length;
  }
}

/**
 * Whether a tag starts the branch every reader not in another one gets: an else (Handlebars' {{^}} too), or a Mustache
 * inverse section {{^x}}.
 */
function isOtherwise(tag: Placeholder): boolean {
  const body = tag.body.trim().toLowerCase();
  return body === 'else' || body === '^' || tag.tagName?.startsWith('^') === true;
}

/**
 * Which of some positions (ascending offsets: where sentences of one sort start, say apologies) the reader of a
 * position reads, through a template's blocks: a position in a block the reader is not in counts only if every reader
 * of that block gets one of them: each branch holds one, outside its inner blocks or in an inner block that counts
 * so, and the block has an else (a one-sided {% if late %}Sorry for the wait.{% endif %} has an empty other branch;
 * reviewer-26 #21, #16). Positions outside blocks count as they are; in another branch of a block around the reader
 * they count for nobody. Built in one pass from the innermost blocks out; each question walks one nesting.
 */
export class Coverage {
  /** The blocks every reader of which reads a position in them. */
  private readonly covered = new Set<number>();
  /** Per position: the innermost block around it (-1: none). */
  private readonly containers: number[];
  /**
   * Per enclosing block (-1: the top): the positions right in it, and the covered blocks right in it (their indices,
   * ascending). Built on the first `readsAfter`.
   */
  private units: Map<number, { positions: number[]; blocks: number[] }> | undefined;

  constructor(
    private readonly index: BranchIndex,
    private readonly positions: readonly number[],
  ) {
    const { blocks, parents, splitEnds, firstRead } = index;
    // The branches (block, branch) that hold a position or a covered block, and per block how many of those a reader may get.
    const held = new Set<string>();
    const read = new Map<number, number>();
    const hold = (block: number, at: number) => {
      const ends = splitEnds[block]!;
      const branch = partitionPoint(ends.length, (split) => ends[split]! <= at);
      const key = `${block} ${branch}`;
      if (held.has(key)) return;
      held.add(key);
      if (branch >= firstRead[block]!) read.set(block, (read.get(block) ?? 0) + 1);
    };
    // Only the blocks around a position may be covered (a nesting deep at most): the work follows the positions.
    const around = new Set<number>();
    this.containers = positions.map((at) => {
      const inner = index.innermost(at);
      if (inner >= 0) hold(inner, at);
      for (let block = inner, depth = 0; block >= 0 && depth < MAX_DEPTH && !around.has(block); block = parents[block]!, depth++) around.add(block);
      return inner;
    });
    // Inner blocks start after the blocks around them: from the last block back, each is decided before its parent.
    for (const block of [...around].sort((a, b) => b - a)) {
      const first = firstRead[block]!;
      if (first < 0 || (read.get(block) ?? 0) < blocks[block]!.splits.length + 1 - first) continue;
      this.covered.add(block);
      if (parents[block]! >= 0) hold(parents[block]!, blocks[block]!.start);
    }
  }

  /** Whether the reader at `reader` reads `at`, or one of the positions in the block around `at` that the reader is not in. */
  reads(reader: number, at: number): boolean {
    const { blocks, parents } = this.index;
    if (this.index.apart(reader, at)) return false;
    let outer = -1;
    for (let block = this.index.innermost(at), depth = 0; block >= 0 && depth < MAX_DEPTH; block = parents[block]!, depth++) {
      if (blocks[block]!.start <= reader && reader < blocks[block]!.end) break;
      outer = block;
    }
    return outer < 0 || this.covered.has(outer);
  }

  /** Whether the reader at `reader` reads a position after `after` (at or after `reader`), as `reads` counts them. */
  readsAfter(reader: number, after: number): boolean {
    const units = (this.units ??= this.unitsByBlock());
    const { blocks, parents, splitStarts } = this.index;
    // Each block around the reader, then the top: what lies right in it, later in the reader's branch.
    for (let block = this.index.innermost(reader), depth = 0; depth <= MAX_DEPTH; block = parents[block]!, depth++) {
      const unit = units.get(block);
      let until = Infinity;
      if (block >= 0) {
        const starts = splitStarts[block]!;
        const next = partitionPoint(starts.length, (split) => starts[split]! < reader);
        until = next < starts.length ? starts[next]! : blocks[block]!.end;
      }
      if (unit) {
        const { positions, blocks: inner } = unit;
        const position = positions[partitionPoint(positions.length, (found) => positions[found]! <= after)];
        if (position !== undefined && position < until) return true;
        // A covered block after the reader with a position past `after` ends past it; the one around the reader is none.
        for (let found = partitionPoint(inner.length, (candidate) => blocks[inner[candidate]!]!.end - 1 <= after); found < inner.length; found++) {
          const { start } = blocks[inner[found]!]!;
          if (start <= reader) continue;
          if (start < until) return true;
          break;
        }
      }
      if (block < 0) break;
    }
    return false;
  }

  private unitsByBlock(): Map<number, { positions: number[]; blocks: number[] }> {
    const units = new Map<number, { positions: number[]; blocks: number[] }>();
    const unitOf = (block: number) => {
      let unit = units.get(block);
      if (!unit) units.set(block, (unit = { positions: [], blocks: [] }));
      return unit;
    };
    for (const [position, at] of this.positions.entries()) unitOf(this.containers[position]!).positions.push(at);
    for (const block of [...this.covered].sort((a, b) => a - b)) unitOf(this.index.parents[block]!).blocks.push(block);
    return units;
  }
}

/** How many words a branch holds at least to be read as a sentence of its own: one word or a value is a word's alternative. */
const SENTENCE_BRANCH_WORDS = 2;
const WORD = lazyPattern(String.raw`\p{L}{2,}`, 'gu');

/**
 * The tags between branches that end the sentence before them (placeholder indices): those after a branch of two words
 * or more outside placeholders ("[% IF a %]Thank you for your report[% ELSE %]Thank you for your request[% END %]"),
 * in a block that stands as whole sentences: a sentence starts at its opening (a line's start, a sentence's end or a
 * colon before it) and ends at its close (a line's end or a sentence's end after it). Words that run on past the
 * close or lead into the opening belong to every branch ("{% if vip %}Your manager{% else %}Our team{% endif %} will
 * call you by noon."): cut at the branch tag, one branch would lose them, so such a block is read as one text. A branch
 * of one word or a value ("Hi {% if name %}{{name}}{% else %}there{% endif %},") is a word's alternative in its
 * sentence, and stays in it.
 */
export function sentenceSplits(text: string, placeholders: readonly Placeholder[], blocks: readonly TemplateBlock[]): Set<number> {
  const splits = new Set<number>();
  if (blocks.length === 0) return splits;
  // Words in the text between placeholder i-1 and i, summed: words[i] counts those before placeholder i.
  const words = new Uint32Array(placeholders.length + 1);
  for (let index = 0; index < placeholders.length; index++) {
    const gap = text.slice(index === 0 ? 0 : placeholders[index - 1]!.end, placeholders[index]!.start);
    words[index + 1] = words[index]! + (gap.match(WORD())?.length ?? 0);
  }
  for (const block of blocks) {
    if (block.close === undefined || !opensSentence(text, placeholders, block.open) || !endsSentence(text, placeholders, block.close)) continue;
    let from = block.open;
    for (const split of block.splits) {
      // The gaps after the tag that opens the branch, up to the tag that ends it.
      if (words[split.from + 1]! - words[from + 1]! >= SENTENCE_BRANCH_WORDS) for (let index = split.from; index <= split.to; index++) splits.add(index);
      from = split.to;
    }
  }
  return splits;
}

/** Spaces and tabs. */
const BLANK = /[ \t]/;

/** Whether a sentence starts at the tag `index`: before it, past spaces and other tags, a line's or the text's start, a sentence's end or a colon. */
function opensSentence(text: string, placeholders: readonly Placeholder[], index: number): boolean {
  let at = placeholders[index]!.start;
  for (let previous = index - 1; ;) {
    while (at > 0 && BLANK.test(text[at - 1]!)) at--;
    const tag = placeholders[previous];
    if (tag?.kind !== 'tag' || tag.end !== at) break;
    at = tag.start;
    previous--;
  }
  return at === 0 || /[\n\r.!?:]/.test(text[at - 1]!);
}

/** Whether a sentence ends at the tag `index`: after it, past spaces and other tags, a line's or the text's end, or a sentence's end. */
function endsSentence(text: string, placeholders: readonly Placeholder[], index: number): boolean {
  let at = placeholders[index]!.end;
  for (let next = index + 1; ;) {
    while (at < text.length && BLANK.test(text[at]!)) at++;
    const tag = placeholders[next];
    if (tag?.kind !== 'tag' || tag.start !== at) break;
    at = tag.end;
    next++;
  }
  return at === text.length || /[\n\r]/.test(text[at]!) || (/[.!?]/.test(text[at]!) && (at + 1 === text.length || /\s/.test(text[at + 1]!)));
}
