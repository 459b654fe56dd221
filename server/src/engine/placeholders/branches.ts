// The alternatives of a template's control flow. A reader gets one branch of {% if %} … {% else %} … {% endif %}
// (and of {{#if}} … {{else}} … {{/if}}, {if} … {else} … {/if}, [% IF %] … [% ELSE %] … [% END %]), never two:
// the branches are read as what they are, alternatives, not as one text.

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
}

/**
 * The blocks with more than one branch, from the tags' flow (scan.ts marks what balances), outermost first. An inverse
 * section right after the section it inverts ({{#x}}A{{/x}}{{^x}}B{{/x}}, nothing but spaces between) is its else.
 * A block never closed runs to `length`.
 */
export function templateBlocks(text: string, placeholders: readonly Placeholder[], length = text.length): TemplateBlock[] {
  const found: TemplateBlock[] = [];
  const open: TemplateBlock[] = [];
  // The Handlebars section just closed, which an inverse section right after it may continue.
  let closed: { block: TemplateBlock; index: number; name: string } | undefined;
  const list = (block: TemplateBlock) => {
    if (block.splits.length > 0 && !listed.has(block)) {
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
    list(innermost);
    const opening = placeholders[innermost.open]!;
    if (tag.syntax === '{{' && opening.tagName?.startsWith('#') && tag.tagName === `/${opening.tagName.slice(1)}`)
      closed = { block: innermost, index, name: opening.tagName.slice(1) };
  }
  for (const block of open) list(block);
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Whether two offsets lie in different branches of one block: words the reader never gets together. `blocks` as
 * templateBlocks gives them, `placeholders` the same list.
 */
export function inOtherBranches(blocks: readonly TemplateBlock[], placeholders: readonly Placeholder[], a: number, b: number): boolean {
  const from = Math.min(a, b);
  const to = Math.max(a, b);
  for (const block of blocks) {
    if (block.start > from) break;
    if (block.end < to) continue;
    if (block.splits.some((split) => placeholders[split.from]!.start >= from && placeholders[split.to]!.end <= to)) return true;
  }
  return false;
}

/** How many words a branch holds at least to be read as a sentence of its own: one word or a value is a word's alternative. */
const SENTENCE_BRANCH_WORDS = 2;
const WORD = /\p{L}{2,}/gu;

/**
 * The tags between branches that end the sentence before them (placeholder indices): those after a branch of two words
 * or more outside placeholders ("[% IF a %]Thank you for your report[% ELSE %]Thank you for your request[% END %]").
 * A branch of one word or a value ("Hi {% if name %}{{name}}{% else %}there{% endif %},") is a word's alternative in
 * its sentence, and stays in it.
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
    let from = block.open;
    for (const split of block.splits) {
      // The gaps after the tag that opens the branch, up to the tag that ends it.
      if (words[split.from + 1]! - words[from + 1]! >= SENTENCE_BRANCH_WORDS) for (let index = split.from; index <= split.to; index++) splits.add(index);
      from = split.to;
    }
  }
  return splits;
}
