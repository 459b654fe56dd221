// The alternatives of a template's control flow. A reader gets one branch of {% if %} … {% else %} … {% endif %}
// (and of {{#if}} … {{else}} … {{/if}}, {if} … {else} … {/if}, [% IF %] … [% ELSE %] … [% END %]), never two:
// the branches are read as what they are, alternatives, not as one text.

import { partitionPoint } from '../text/partition-point';
import type { Placeholder } from './scan';

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
  private readonly parents: Int32Array;
  /** Per block: where each split's tags start and end, in order. */
  private readonly splitStarts: number[][];
  private readonly splitEnds: number[][];

  constructor(
    private readonly blocks: readonly TemplateBlock[],
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
  }

  /** The innermost block holding `at`, or -1. */
  private innermost(at: number): number {
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

/** How many words a branch holds at least to be read as a sentence of its own: one word or a value is a word's alternative. */
const SENTENCE_BRANCH_WORDS = 2;
const WORD = /\p{L}{2,}/gu;

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
    words[index + 1] = words[index]! + (gap.match(WORD)?.length ?? 0);
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
