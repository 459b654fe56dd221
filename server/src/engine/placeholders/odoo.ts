// Odoo's mail templates (its help desk's, its recruiting app's, its shop's). QWeb, the current engine, writes its logic
// in attributes of HTML elements: <t t-out="object.partner_id.name or ''">Sample</t> prints a value, and the element's
// own text ("Sample", "YourCompany", "Mitchell Admin") is what the editor shows in its place, never prose; t-if, t-elif
// and t-else on sibling elements are the branches of one choice (a reader gets one), t-foreach a loop. The Mako era
// before it printed ${object.partner_name} (read with the other one-delimiter syntaxes) and wrote its logic on lines of
// their own: "% if object.user_id:" … "% else:" … "% endif", control lines, not prose.

import { placeholderOf, type Placeholder } from './placeholder';

/** An attribute QWeb prints an element's value with (t-field: a record's field, as the back end formats it). */
const OUTPUT_ATTRIBUTE = /\st-(?:out|esc|raw|field)\s*=\s*(?:"([^"]*)"|'([^']*)')/;
/** An attribute that starts a choice or a loop, and the expression it tests or iterates. */
const FLOW_ATTRIBUTE = /\st-(if|foreach)\s*=\s*(?:"([^"]*)"|'([^']*)')/;
/** An element that continues the choice its sibling before it started: t-elif="…" or t-else (valueless, or any value). */
const BRANCH_ATTRIBUTE = /\st-(elif|else)(?=[\s=/>])/;
/**
 * Any tag: an opening (with its attributes, maybe self-closing) or a closing one; a comment or doctype is no element.
 * The name ends where its characters do (the lookahead), so a "<" before a long run of letters is read once, not
 * once for each length of name.
 */
const TAG = /<(\/?)([A-Za-z][\w:.-]*)(?![\w:.-])([^<>]*)>/g;
/** The opening tag of a sibling that continues a choice, right after the element before it closed. */
const NEXT_BRANCH = /\s*<([A-Za-z][\w:.-]*)(?![\w:.-])([^<>]*)>/y;
/** HTML's void elements: never closed, so never on the stack of open elements. */
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * A control line of the Mako-era templates (Jinja's line statements, "%" their prefix): "% if x:", "% elif x",
 * "% else:", "% for x in y:", "% set x = …", "% endif", "% endfor" (the colon is optional). "%" opens its line, after
 * indentation only, and a keyword follows it: prose never starts a line so.
 */
const MAKO_LINE = /^[ \t]*%[ \t]*(?:(if|elif|for|set)[ \t][^\n]*|(else|endif|endfor)[ \t]*:?)[ \t]*$/gm;
const MAKO_FLOW: Record<string, Placeholder['flow']> = {
  if: 'open',
  for: 'open',
  elif: 'branch',
  else: 'branch',
  endif: 'close',
  endfor: 'close',
  set: undefined,
};

interface OpenElement {
  name: string;
  /** Where its opening tag starts and ends. */
  start: number;
  openEnd: number;
  /** What QWeb does with it: prints a value (the expression), or opens a choice, a branch of one, or a loop. */
  output?: string;
  flow?: 'if' | 'foreach';
}

/** A QWeb attribute that prints a value or starts a choice or a loop: a text without one holds no QWeb. */
const QWEB_ATTRIBUTE = /\st-(?:out|esc|raw|field|if|foreach)\s*=/;

/**
 * Odoo's QWeb elements and Mako control lines in a text, in source order (none in a text that writes neither). Read
 * only in a text that shows the syntax, a QWeb attribute or a Mako value ("${"): one search each, where reading the
 * tags and lines of every reply of a library cost a pass of its own (19 ms per 5 MB of replies, 1.6 with the searches).
 */
export function scanOdoo(text: string): Placeholder[] {
  const qweb = QWEB_ATTRIBUTE.test(text) ? scanQweb(text) : [];
  const mako = text.includes('${') ? scanMakoLines(text) : [];
  return qweb.length === 0 ? mako : mako.length === 0 ? qweb : [...qweb, ...mako].sort((a, b) => a.start - b.start);
}

/**
 * QWeb's elements, in one pass over the tags: a value element whole (its stand-in text inside it), a choice's opening
 * tag (open), the close of one branch with the opening tag of the next (branch) and the last branch's closing tag
 * (close). Elements are matched by name as HTML does, an unmatched closing tag ignored: each tag is pushed and popped
 * once, so a text of unclosed elements stays linear.
 */
function scanQweb(text: string): Placeholder[] {
  const found: Placeholder[] = [];
  const stack: OpenElement[] = [];
  // How many elements of each name are open: a closing tag with none is stray, and is passed without searching the stack.
  const openByName = new Map<string, number>();
  // The opening tag of a sibling that continues a choice, already told as the branch tag that ends the one before it.
  let continuing: number | undefined;
  // The value element being read: the tags of its stand-in inside it are matched, not read as QWeb.
  let value: OpenElement | undefined;
  TAG.lastIndex = 0;
  for (let tag = TAG.exec(text); tag; tag = TAG.exec(text)) {
    const [written, closing, rawName, attributes] = tag as unknown as [string, string, string, string];
    const name = rawName.toLowerCase();
    const start = tag.index;
    const end = start + written.length;
    if (closing) {
      if (!openByName.get(name)) continue;
      let element: OpenElement;
      do {
        element = stack.pop()!;
        openByName.set(element.name, openByName.get(element.name)! - 1);
        if (element === value) value = undefined;
      } while (element.name !== name);
      if (element.output !== undefined && element.flow === 'if') {
        // A branch that is itself a value (<span t-else="" t-out="x">stand-in</span>): its opening tag is in the branch
        // tag before it and its closing tag ends the branch, so the value is the stand-in between them.
        if (element.openEnd < start) found.push(valueElement(text, element, start, element.openEnd));
        continuing = closeChoiceBranch(text, found, start, end);
      } else if (element.output !== undefined) found.push(valueElement(text, element, end));
      else if (element.flow === 'if') continuing = closeChoiceBranch(text, found, start, end);
      else if (element.flow === 'foreach') found.push(placeholderOf(start, end, 'tag', 't-', written, { tagName: 'foreach', flow: 'close' }));
      continue;
    }
    const selfClosing = attributes.endsWith('/') || VOID_ELEMENTS.has(name);
    const element: OpenElement = { name, start, openEnd: end };
    const output = value === undefined ? OUTPUT_ATTRIBUTE.exec(attributes) : null;
    if (output && continuing === start) {
      // Told already with the branch tag before it, and a value too: it closes its branch as t-if's element does.
      element.flow = 'if';
      element.output = output[1] ?? output[2]!;
      value = element;
    } else if (output) {
      element.output = output[1] ?? output[2]!;
      if (selfClosing) found.push(valueElement(text, element, end));
      else value = element;
    } else if (value === undefined && continuing === start) {
      // Told already with the branch tag before it; it closes its branch (or the choice) as t-if's element does.
      element.flow = 'if';
    } else if (value === undefined) {
      const flow = FLOW_ATTRIBUTE.exec(attributes);
      if (flow && !selfClosing) {
        element.flow = flow[1] as 'if' | 'foreach';
        found.push(placeholderOf(start, end, 'tag', 't-', flow[2] ?? flow[3]!, { tagName: flow[1], flow: 'open' }));
      }
    }
    if (continuing === start) continuing = undefined;
    if (!selfClosing) push(stack, openByName, element);
  }
  return found.sort((a, b) => a.start - b.start);
}

function push(stack: OpenElement[], openByName: Map<string, number>, element: OpenElement): void {
  stack.push(element);
  openByName.set(element.name, (openByName.get(element.name) ?? 0) + 1);
}

/**
 * The closing tag of a choice's branch: with the opening tag of a t-elif / t-else sibling right after it, the tag
 * between two branches (returned: where that sibling starts, so its element is read as the choice's next branch);
 * else the choice's close.
 */
function closeChoiceBranch(text: string, found: Placeholder[], start: number, end: number): number | undefined {
  NEXT_BRANCH.lastIndex = end;
  const next = NEXT_BRANCH.exec(text);
  if (next && BRANCH_ATTRIBUTE.test(next[2]!) && !next[2]!.endsWith('/')) {
    const nextStart = next.index + next[0].length - next[0].trimStart().length;
    found.push(placeholderOf(start, NEXT_BRANCH.lastIndex, 'tag', 't-', text.slice(start, NEXT_BRANCH.lastIndex), { tagName: 'else', flow: 'branch' }));
    return nextStart;
  }
  found.push(placeholderOf(start, end, 'tag', 't-', text.slice(start, end), { tagName: 'if', flow: 'close' }));
  return undefined;
}

/**
 * A value element, from its opening tag (or `start`) to `end`: the expression is its body and its variable the path it starts with
 * (object.partner_id.name); a stand-in text inside it, or "or '…'", is what shows when the value is empty.
 */
function valueElement(text: string, element: OpenElement, end: number, start = element.start): Placeholder {
  const body = element.output!.trim();
  const variable = /^[\p{L}_][\p{L}\p{N}_]*(?:\.[\p{L}_][\p{L}\p{N}_]*)*/u.exec(body)?.[0];
  const standIn = end > element.openEnd && /[^\s<>]/.test(text.slice(element.openEnd, end).replace(/<[^<>]*>/g, ''));
  return placeholderOf(start, end, 'output', 't-', body, { variable, hasFallback: standIn || /\sor\s/.test(body) });
}

/** Mako's control lines, each a tag of the choice or loop it opens, continues or closes. */
function scanMakoLines(text: string): Placeholder[] {
  const found: Placeholder[] = [];
  MAKO_LINE.lastIndex = 0;
  for (let line = MAKO_LINE.exec(text); line; line = MAKO_LINE.exec(text)) {
    const keyword = (line[1] ?? line[2])!;
    const start = line.index + line[0].indexOf('%');
    found.push(
      placeholderOf(start, line.index + line[0].length, 'tag', '%', line[0].slice(start - line.index + 1).trim(), {
        tagName: keyword,
        flow: MAKO_FLOW[keyword],
      }),
    );
  }
  return found;
}
