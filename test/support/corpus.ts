// Deterministic benchmark corpus: realistic English support replies, good ones
// and ones with the typical problems of every category, assembled into
//   - one 300-word reply,
//   - a Markdown macro library (one `##` section per reply) of at most N bytes,
//   - a Zendesk-style JSON macro export of at most N bytes,
//   - the same macros as a YAML macro list of at most N bytes.
// The same seed always gives the same bytes (seeded PRNG, no Math.random).

import { stringify } from 'yaml';
import { Random } from './random';
import { BAD, CATEGORIES, EXTRAS, GOOD, SLOTS, TOPICS, type Category, type Topic } from './corpus-text';

export const DEFAULT_SEED = 20261123;
export const FIVE_MB = 5_000_000;

export interface Reply {
  title: string;
  /** The reply as its writer typed it (Markdown-flavoured plain text). */
  body: string;
  /** Categories whose typical problems were put in; empty for a good reply. */
  problems: Category[];
}

/** Words as a reader counts them (letters and digits, contractions as one). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

function fill(random: Random, template: string): string {
  // Placeholders ({{...}}, {%...%}) have double braces or a percent sign: slots never do.
  return template.replace(/(?<![{%])\{([a-z]+)\}(?![}])/g, (whole, name: string) => {
    const values = SLOTS[name];
    return values ? random.pick(values) : whole;
  });
}

function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

interface Draft {
  greeting: string | undefined;
  /** Paragraphs (blocks) between greeting and closing. */
  blocks: string[][];
  closing: string | undefined;
}

/** Puts one problem of a category into the draft, where a writer would make it. */
function injectProblem(random: Random, draft: Draft, category: Category): void {
  const bank = BAD[category];
  if (bank.greetings && random.chance(0.4)) {
    draft.greeting = fill(random, random.pick(bank.greetings));
    return;
  }
  if (bank.closings && random.chance(0.3)) {
    draft.closing = fill(random, random.pick(bank.closings));
    return;
  }
  if (category === 'formula' && random.chance(0.15)) {
    // Forgetting the greeting (or the sign-off) is the most common formula problem.
    if (random.chance(0.5)) draft.greeting = undefined;
    else draft.closing = undefined;
    return;
  }
  // Into a prose paragraph, never into a list, a quote, a comment or code.
  const prose = draft.blocks.filter((block) => !isRaw(block[0] ?? ''));
  const block = random.pick(prose);
  block.splice(random.int(block === draft.blocks[0] ? 1 : 0, block.length), 0, fill(random, random.pick(bank.sentences)));
}

/** Lists, quotes, comments and code: blocks that are not running prose. */
const isRaw = (firstLine: string) => /^(?:\d+\. |> |<!--|```)/.test(firstLine);

function render(draft: Draft, hardWrap: boolean): string {
  const parts: string[] = [];
  if (draft.greeting) parts.push(draft.greeting);
  for (const block of draft.blocks) {
    if (block.length === 0) continue;
    // Lists, quotes, comments and code are kept as they are; prose may be hard-wrapped.
    if (isRaw(block[0]!)) parts.push(block.join('\n'));
    else parts.push(hardWrap ? wrap(block.join(' '), 72) : block.join(' '));
  }
  if (draft.closing) parts.push(draft.closing);
  return parts.join('\n\n');
}

function titleOf(random: Random, topic: Topic, index: number): string {
  const qualifier = random.pick(['first reply', 'follow-up', 'VIP', 'EU', 'escalated', 'weekend', 'resolved', 'waiting on customer']);
  return `${topic.title} - ${qualifier} ${String(index).padStart(5, '0')}`;
}

/** One reply; about a third are good, the rest carry one to three typical problems. */
export function generateReply(random: Random, index: number, minWords = 0): Reply {
  const topic = random.pick(TOPICS);
  const problems = random.chance(0.35) ? [] : random.sample(CATEGORIES, random.int(1, 3));
  const draft: Draft = {
    greeting: fill(random, random.pick(GOOD.greetings)),
    blocks: [],
    closing: fill(random, random.pick(GOOD.closings)),
  };
  const opening = [fill(random, random.pick(GOOD.openings))];
  if (random.chance(0.5)) opening.push(fill(random, random.pick(GOOD.empathy)));
  draft.blocks.push(opening);
  if (random.chance(0.3)) draft.blocks.push([`> ${fill(random, random.pick(topic.quotes))}`]);
  const facts = () => random.sample(topic.facts, random.int(2, 4)).map((fact) => fill(random, fact));
  draft.blocks.push(facts());
  if (random.chance(0.35)) draft.blocks.push(topic.steps.map((step, i) => `${i + 1}. ${fill(random, step)}`));
  if (random.chance(0.25)) draft.blocks.push([fill(random, random.pick(EXTRAS.links))]);
  if (random.chance(0.08)) draft.blocks.push([random.pick(EXTRAS.comments)]);
  if (random.chance(0.04)) draft.blocks.push([random.pick(EXTRAS.codeBlocks)]);
  while (countWords(draft.blocks.flat().join(' ')) < minWords) {
    draft.blocks.push(random.sample(random.pick(TOPICS).facts, 3).map((fact) => fill(random, fact)));
  }
  const next = [fill(random, random.pick(GOOD.nextSteps))];
  if (random.chance(0.3)) next.unshift(fill(random, random.pick(GOOD.ownership)));
  draft.blocks.push(next);
  for (const category of problems) injectProblem(random, draft, category);
  let body = render(draft, random.chance(0.3));
  // Many writers' editors turn apostrophes typographic.
  if (random.chance(0.15)) body = body.replace(/(\p{L})'(\p{L})/gu, '$1’$2');
  return { title: titleOf(random, topic, index), body, problems };
}

/** A reply of about `words` words (a long, detailed answer with a couple of problems). */
export function longReply(seed: number, words = 300): Reply {
  const random = new Random(seed).fork('long-reply');
  for (;;) {
    const reply = generateReply(random, 0, words - 45);
    const count = countWords(reply.body);
    if (Math.abs(count - words) <= 10 && reply.problems.length > 0) return reply;
  }
}

export interface Assembled {
  text: string;
  replies: number;
  bytes: number;
  /** Words of the replies (titles and bodies), not of the JSON or Markdown around them. */
  words: number;
}

/** Replies in order, as many as fit in maxBytes once rendered by `render`. */
function assemble(
  seed: number,
  label: string,
  maxBytes: number,
  head: string,
  tail: string,
  join: string,
  renderOne: (reply: Reply, index: number) => string,
): Assembled {
  const random = new Random(seed).fork(label);
  const pieces: string[] = [];
  let bytes = Buffer.byteLength(head) + Buffer.byteLength(tail);
  let words = 0;
  for (let index = 1; ; index++) {
    const reply = generateReply(random, index);
    const piece = renderOne(reply, index);
    const added = Buffer.byteLength(piece) + (pieces.length > 0 ? Buffer.byteLength(join) : 0);
    if (bytes + added > maxBytes) break;
    pieces.push(piece);
    bytes += added;
    words += countWords(reply.title) + countWords(reply.body);
  }
  const text = head + pieces.join(join) + tail;
  return { text, replies: pieces.length, bytes: Buffer.byteLength(text), words };
}

/** A Markdown macro library: one `##` section per reply. */
export function markdownLibrary(seed: number, maxBytes = FIVE_MB): Assembled {
  return assemble(seed, 'markdown', maxBytes, '# Support macros\n\n', '\n', '\n\n', (reply) => `## ${reply.title}\n\n${reply.body}`);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function toHtml(body: string): string {
  return body
    .split('\n\n')
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/** The API's shape of one Zendesk macro; one in ten has an HTML body (comment_value_html), and every one also sets fields that are not replies. */
function zendeskMacro(random: Random, reply: Reply, index: number) {
  const html = random.chance(0.1);
  return {
    id: 360000000000 + index * 7,
    title: reply.title.replace(' - ', '::'),
    active: true,
    description: null,
    actions: [
      { field: 'status', value: random.pick(['pending', 'solved', 'open']) },
      { field: html ? 'comment_value_html' : 'comment_value', value: html ? toHtml(reply.body) : reply.body },
      { field: 'set_tags', value: reply.title.split(' - ')[0]!.toLowerCase().replace(/\s+/g, '_') },
    ],
    restriction: null,
  };
}

/**
 * A Zendesk macro export ({"macros": [{"title", "actions": [{"field", "value"}]}]}),
 * pretty-printed as the API returns it.
 */
export function zendeskExport(seed: number, maxBytes = FIVE_MB): Assembled {
  const random = new Random(seed).fork('zendesk-fields');
  const indent = (json: string) => `    ${json.replace(/\n/g, '\n    ')}`;
  return assemble(seed, 'zendesk', maxBytes, '{\n  "macros": [\n', '\n  ],\n  "next_page": null\n}\n', ',\n', (reply, index) =>
    indent(JSON.stringify(zendeskMacro(random, reply, index), null, 2)),
  );
}

/**
 * The JSON export's macros, in the same order, as a YAML macro list (`macros:`, as a team keeps a dump of the API's
 * data): block scalars for bodies over several lines. YAML is shorter than indented JSON, so more macros fit.
 */
export function zendeskYamlExport(seed: number, maxBytes = FIVE_MB): Assembled {
  const random = new Random(seed).fork('zendesk-fields');
  // Blank lines of a block scalar stay empty, as a YAML writer leaves them.
  const indent = (yaml: string) => yaml.trimEnd().replace(/^(?=.)/gm, '  ');
  return assemble(seed, 'zendesk', maxBytes, 'macros:\n', '\n', '\n', (reply, index) =>
    indent(stringify([zendeskMacro(random, reply, index)], { lineWidth: 0 })),
  );
}

export interface Corpus {
  seed: number;
  reply: Reply & { words: number };
  markdown: Assembled;
  json: Assembled;
  yaml: Assembled;
}

export function buildCorpus(seed = DEFAULT_SEED, maxBytes = FIVE_MB): Corpus {
  const reply = longReply(seed);
  return {
    seed,
    reply: { ...reply, words: countWords(reply.body) },
    markdown: markdownLibrary(seed, maxBytes),
    json: zendeskExport(seed, maxBytes),
    yaml: zendeskYamlExport(seed, maxBytes),
  };
}
