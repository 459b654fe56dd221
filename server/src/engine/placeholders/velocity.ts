// Apache Velocity's mail templates (Jira's notifications, Java portals' and help desks' mails). A reference prints a
// value: $name, ${name}, the silent $!name and $!{name} (nothing printed when it is empty), a property or a method's
// result ($issue.key, $i18n.getText("x")). Directives start with "#": #if(…) … #elseif(…) … #else … #end are one
// choice whose branches a reader gets one of, #foreach(…) … #end a loop, #set(…), #parse(…) and #include(…) print
// no words of their own; "##" comments to its line's end and #* … *# a block. None of it is prose.

import { closingBracket, type BracketReach } from './brackets';
import { placeholderOf, type Placeholder } from './placeholder';

/**
 * What shows a text is a Velocity template: a directive with its arguments, or a silent reference. Prose's "#1" or
 * "$5" is none of these, nor is a colour (#fff) or a link's fragment ("page#end"): the "#" starts no word there.
 */
const VELOCITY_EVIDENCE =
  /(?<![\p{L}\p{N}_\\&])#\{?(?:if|elseif|foreach|set|macro|define|parse|include|evaluate)\}?[ \t]*\(|(?<![\p{L}\p{N}_\\$])\$!\{?[A-Za-z_]/u;

/** Where something Velocity reads may start: a comment, a directive or a reference. */
const OPENING = /#\*|##|#\{?[A-Za-z]|\$!?\{?[A-Za-z_]/g;
/** A directive's name, braced or not (#{else} lets a word follow it with no space). */
const DIRECTIVE = /#(?:\{([A-Za-z]+)\}|([A-Za-z]+)(?![A-Za-z0-9_]))/y;
/** Spaces a directive's name may have before its arguments' bracket. */
const BEFORE_ARGUMENTS = /[ \t]*\(/y;
/** A reference's identifier, and a property after a dot. */
const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_]*/y;
const PROPERTY = /\.([A-Za-z_][A-Za-z0-9_]*)/y;
/** Velocity 2's alternate value inside braces: ${name|'there'}. */
const ALTERNATE = /[ \t]*\|[^{}\n]{1,80}?(?=\})/y;
/** The directives that take arguments, and those that take none. */
const WITH_ARGUMENTS = new Set(['if', 'elseif', 'foreach', 'set', 'macro', 'define', 'parse', 'include', 'evaluate']);
const BARE = new Set(['else', 'end', 'break', 'stop']);
/** How far a directive's or a method's arguments may run before their bracket closes: far beyond any real one, in one paragraph. */
const ARGUMENTS: BracketReach = { reach: 400, within: 'paragraph' };

/**
 * Velocity's comments, directives and references in a text, in source order: none in a text with no directive and no
 * silent reference (its "$name" values are read with the other one-delimiter syntaxes) unless the dialect is `named`.
 * One pass from opening to opening; a directive's or a method's brackets are balanced within ARGUMENTS' reach of one
 * paragraph (a quoted ")" is the string's), and #else and #end are read only inside a block they belong to (a stray
 * one is left as written).
 */
export function scanVelocity(text: string, named = false): Placeholder[] {
  if (!named && !VELOCITY_EVIDENCE.test(text)) return [];
  const found: Placeholder[] = [];
  // The blocks open at this point: what each is (if, foreach, macro, define), innermost last.
  const open: OpenBlock[] = [];
  // Custom macros the template defines: #name(…) calls one.
  const macros = new Set<string>();
  // Where a block comment's closing was not found: no later "#*" closes either.
  let unclosedComment = false;
  OPENING.lastIndex = 0;
  for (let opening = OPENING.exec(text); opening; opening = OPENING.exec(text)) {
    const at = opening.index;
    const read = escaped(text, at) ? undefined : readAt(text, at, opening[0], open, macros, unclosedComment);
    if (read === 'unclosed comment') unclosedComment = true;
    if (read === undefined || read === 'unclosed comment') {
      OPENING.lastIndex = at + 1;
      continue;
    }
    found.push(read);
    OPENING.lastIndex = read.end;
  }
  return found;
}

/** A "\" before an opening escapes it (\$name, \#if print as written), as does a letter or digit before it. */
function escaped(text: string, at: number): boolean {
  const before = text[at - 1];
  return (
    before !== undefined && (before === '\\' || (text[at] === '#' && /[\p{L}\p{N}_&]/u.test(before)) || (text[at] === '$' && /[\p{L}\p{N}_$]/u.test(before)))
  );
}

/** A block open at a point of the template: its directive, and the reference its branch there tests (#if($name)). */
interface OpenBlock {
  name: string;
  tests?: string;
}

/** A condition that is one reference alone, tested for a value: ($name), ($!{name}), ($recipient.displayName). */
const TESTED_REFERENCE = /^\(\s*\$!?\{?([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)\}?\s*\)$/;
/** How many of the innermost open blocks are looked at for a test of a reference: one further out is rare. */
const TESTS_LOOKED_AT = 8;

function readAt(
  text: string,
  at: number,
  opening: string,
  open: OpenBlock[],
  macros: Set<string>,
  unclosedComment: boolean,
): Placeholder | 'unclosed comment' | undefined {
  if (opening === '#*') {
    if (unclosedComment) return undefined;
    const close = text.indexOf('*#', at + 2);
    return close < 0 ? 'unclosed comment' : placeholderOf(at, close + 2, 'tag', '#', text.slice(at + 1, close + 1));
  }
  if (opening === '##') {
    const lineEnd = text.indexOf('\n', at);
    const end = lineEnd < 0 ? text.length : lineEnd;
    return placeholderOf(at, end, 'tag', '#', text.slice(at + 1, end).trim());
  }
  if (opening.startsWith('#')) return directiveAt(text, at, open, macros);
  return referenceAt(text, at, open);
}

/** The directive at `at` (its arguments included), with the flow it gives its block, or undefined for none. */
function directiveAt(text: string, at: number, open: OpenBlock[], macros: Set<string>): Placeholder | undefined {
  DIRECTIVE.lastIndex = at;
  const directive = DIRECTIVE.exec(text);
  if (!directive) return undefined;
  const name = directive[1] ?? directive[2]!;
  let end = DIRECTIVE.lastIndex;
  if (WITH_ARGUMENTS.has(name) || macros.has(name)) {
    BEFORE_ARGUMENTS.lastIndex = end;
    if (!BEFORE_ARGUMENTS.exec(text)) return undefined;
    const close = closingBracket(text, BEFORE_ARGUMENTS.lastIndex - 1, ARGUMENTS);
    if (close === undefined) return undefined;
    end = close;
  } else if (!BARE.has(name)) return undefined;
  const body = text.slice(at + 1, end);
  const tag = (flow?: Placeholder['flow']) => placeholderOf(at, end, 'tag', '#', body, { tagName: name, ...(flow ? { flow } : {}) });
  // The reference a branch's condition tests alone: its value is there in that branch, and the #else is the fallback.
  const tests = name === 'if' || name === 'elseif' ? TESTED_REFERENCE.exec(text.slice(BEFORE_ARGUMENTS.lastIndex - 1, end))?.[1] : undefined;
  switch (name) {
    case 'if':
      open.push({ name, tests });
      return tag('open');
    case 'foreach':
    case 'define':
      open.push({ name });
      return tag('open');
    case 'macro': {
      const defined = /^\(\s*([A-Za-z_][\w-]*)/.exec(text.slice(BEFORE_ARGUMENTS.lastIndex - 1, end));
      if (defined) macros.add(defined[1]!);
      open.push({ name });
      return tag('open');
    }
    case 'elseif':
    case 'else': {
      const block = open.at(-1);
      if (block?.name !== 'if') return undefined;
      block.tests = tests;
      return tag('branch');
    }
    case 'end':
      if (open.length === 0) return undefined;
      open.pop();
      return tag('close');
    default:
      return tag();
  }
}

/**
 * A reference at `at`: $name, $!name, ${name}, $!{name}, with properties and method calls after it ($issue.key,
 * $i18n.getText("x")) and, braced, Velocity 2's alternate value (${name|'there'}). A brace never closed reads nothing.
 * A dot with no identifier after it ends a sentence, not the reference ("before $deadline.").
 */
function referenceAt(text: string, at: number, open: readonly OpenBlock[]): Placeholder | undefined {
  let position = at + 1;
  const silent = text[position] === '!';
  if (silent) position++;
  const braced = text[position] === '{';
  if (braced) position++;
  IDENTIFIER.lastIndex = position;
  const identifier = IDENTIFIER.exec(text);
  if (!identifier) return undefined;
  const path = [identifier[0]];
  position = IDENTIFIER.lastIndex;
  for (;;) {
    if (text[position] === '(' && path.length > 1) {
      const close = closingBracket(text, position, ARGUMENTS);
      if (close === undefined) break;
      position = close;
      continue;
    }
    PROPERTY.lastIndex = position;
    const property = PROPERTY.exec(text);
    if (!property) break;
    path.push(property[1]!);
    position = PROPERTY.lastIndex;
  }
  const variable = path.join('.');
  let hasFallback = false;
  for (let index = open.length - 1; index >= Math.max(0, open.length - TESTS_LOOKED_AT); index--) if (open[index]!.tests === variable) hasFallback = true;
  if (braced) {
    ALTERNATE.lastIndex = position;
    if (ALTERNATE.exec(text)) {
      hasFallback = true;
      position = ALTERNATE.lastIndex;
    }
    if (text[position] !== '}') return undefined;
    position++;
  }
  const bodyStart = at + 1 + (silent ? 1 : 0) + (braced ? 1 : 0);
  const body = text.slice(bodyStart, braced ? position - 1 : position);
  return placeholderOf(at, position, 'output', braced ? '${' : '$', body, { variable, hasFallback });
}
