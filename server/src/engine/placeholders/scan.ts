// Finds the placeholders of every template syntax help desks use and their
// syntax errors. Placeholders are opaque to prose rules; their syntax is
// checked here. Liquid and Handlebars ({{ }}, {% %}) are read with their
// blocks; the one-delimiter syntaxes (%{ }, #{ }, {$ }, {!! !!}, ${ }, @{ },
// { }, [ ], < >), Blade's directives (@if(…), @endif, @lang('…')) and an app's
// mail-string variables (%%NAME%%, printf's %s, Laravel's :name, Invoice
// Ninja's $client, Dolibarr's __REF__, Koha's <<borrowers.firstname>>) are read in a second pass over what those left.

import { bindingAt, templateScopes } from './bindings';
import { closingBracket, type BracketReach } from './brackets';
import { scanIcuChoices } from './icu';
import { scanOdoo } from './odoo';
import { scanVelocity } from './velocity';
import { placeholderOf, type Placeholder, type PlaceholderSyntax } from './placeholder';
import type { MessageRef } from '../types';
import { partitionPoint } from '../text/partition-point';
import { lazyPattern } from '../text/lazy-pattern';

export interface PlaceholderProblem {
  start: number;
  end: number;
  /** What is wrong, rendered in the reply's language. */
  message: MessageRef;
  /** What is missing, for the problems a repair can be offered for: a closing delimiter, or the end tag of a block. */
  missing?: { delimiter: '}}' | '%}' | '>>' } | { endTag: string };
  /** The message says all: no braces are broken, so the rule's own sentence about them is left off. */
  standalone?: true;
  /** The repair is offered, never applied by a fix: nothing else in the text shows the syntax is in use. */
  offerOnly?: true;
}

export interface PlaceholderScan {
  placeholders: Placeholder[];
  problems: PlaceholderProblem[];
}

export interface ScanOptions {
  /**
   * A Magento e-mail template (isMagentoTemplate): its {{ }} are directives. The string of
   * {{trans "…" name=$x}} is prose with %name placeholders; every other directive
   * ({{var x}}, {{depend x}}…{{/depend}}, {{if}}, {{template …}}, {{layout …}}) is a tag.
   */
  magento?: boolean;
  /**
   * A wiki's interface message (isMediaWikiMessage): $1…$99 are the parameters the code passes, and an external
   * link [$1 label] or [https://… label] shows its label, its target opaque. Elsewhere "$1" is a price.
   */
  mediawiki?: boolean;
  /**
   * A Smarty template (isSmartyTemplate): every tag in single braces is Smarty's. {$x|modifier} is a value;
   * {if}, {foreach}, {/if} and the other control tags are control flow, balanced; {translate key="…"} and any
   * other function prints text the template pulls in (a value); {* … *} and {literal}…{/literal} are no prose.
   */
  smarty?: boolean;
  /**
   * A library system's notice (isKohaNotice, or the koha dialect named): a bare field in lower case (<<today>>,
   * <<opac_url>>) is its value too. Elsewhere only a table's column (<<borrowers.firstname>>) is; <<NAME>> is a fill-in.
   */
  koha?: boolean;
  /** The velocity dialect named: its directives and comments are read in any text, not only in one that shows a directive. */
  velocity?: boolean;
}

/** A Magento e-mail template: it writes its text in {{trans "…"}} directives (one search, no pass per dialect). */
export const MAGENTO_TRANS = /\{\{\s*trans\s+["']/;
export const isMagentoTemplate = (text: string): boolean => MAGENTO_TRANS.test(text);

/**
 * A MediaWiki interface message: it writes a parser function or a magic word with arguments ({{GRAMMAR:…}},
 * {{PLURAL:$1|…}}, {{fullurl:…}}: a colon with no space after it) or the site's name, {{SITENAME}}.
 */
const MEDIAWIKI_MESSAGE = /\{\{\s*(?:#?[\p{L}_][\p{L}\p{N}_]*:(?![\s:])|SITENAME\s*\}\})/u;
export const isMediaWikiMessage = (text: string): boolean => MEDIAWIKI_MESSAGE.test(text);

/**
 * A Smarty template: it closes a block ({/if}, {/foreach}, CiviCRM's translation block {/ts}; not Handlebars' {{/if}}), tests a variable ({if $x},
 * {foreach $list as $x}, {foreach from=$list}) or gives a value a modifier ({$name|escape}, {$x->Name()|upper}); or
 * writes a {* comment *} (isSmartyTemplate). Perl's "||" in Request Tracker's {$x || "there"} is no modifier.
 */
const SMARTY_TAG =
  /(?<!\{)\{(?:\/(?:if|foreach|section|literal|capture|strip|t|ts|block|while|function)\}(?!\})|(?:if|foreach) (?:\$|from=\$)|\$[A-Za-z_][\w.>-]*(?:\(\))?\|@?[a-z_])/;
export const isSmartyTemplate = (text: string): boolean => SMARTY_TAG.test(text) || smartyCommentIn(text);

/** A library system's notice (Koha): it writes a table's column between double angle brackets, <<borrowers.firstname>>. */
const KOHA_FIELD = /<<\s*[a-z_][a-z0-9_-]*[.:][A-Za-z0-9_-]/;
export const isKohaNotice = (text: string): boolean => KOHA_FIELD.test(text);

/** Whether a text writes a Smarty comment: "{*", then "*}" within reach. */
function smartyCommentIn(text: string): boolean {
  const start = text.indexOf('{*');
  if (start < 0) return false;
  const close = text.indexOf('*}', start + 2);
  return close >= 0 && close - start <= SMARTY_REACH;
}

/** How far a Smarty tag or comment may run: far beyond a real one. */
const SMARTY_REACH = 2000;

const BLOCK_TAGS: Record<string, string> = {
  if: 'endif',
  unless: 'endunless',
  for: 'endfor',
  case: 'endcase',
  capture: 'endcapture',
  comment: 'endcomment',
  raw: 'endraw',
  tablerow: 'endtablerow',
};
const END_TAGS = new Map(Object.entries(BLOCK_TAGS).map(([open, close]) => [close, open]));
const VARIABLE = /^[\p{L}_][\p{L}\p{N}_-]*(?:\.[\p{L}_][\p{L}\p{N}_-]*|\[[^\]]*\])*/u;
// A block that tests a variable: {% if x %}, {{#if x}}, and a Mustache section {{#x}} (printed only when x is set).
const CONDITION = lazyPattern(String.raw`^(?:#?(?:if|unless)\s+|#)([\p{L}_][\p{L}\p{N}_.-]*)\s*$`, 'u');
// An `if` of several tests joined by `and` ({% if first_name and last_name %}: trial 44's letter greets "dear donor" in
// its else) prints its body only when each is set; one joined by `or` promises none of them.
/** Whether a block's opening tests `variable`: alone, or as one of the tests an `and` joins. */
function testsVariable(body: string, variable: string): boolean {
  if (CONDITION().exec(body)?.[1] === variable) return true;
  const condition = /^#?if\s/.test(body) ? body.slice(body.indexOf('if') + 2).trim() : '';
  if (/\sor\s/.test(condition)) return false;
  const tests = condition.split(/\s+and\s+/);
  return tests.length > 1 && tests.includes(variable);
}

/**
 * Liquid's `| default: "there"`, Intercom's `| fallback:`, Help Scout's `,fallback=`, Twig's `|default('there')`,
 * Jinja's `or "there"` and Template Toolkit's `|| 'there'`. An empty one (`default: ""`, `or ""`, `|| ''`) is the
 * writer's choice, in every dialect alike (coordinator, reviewer-25 #17): the greeting was written for a nameless reader.
 */
const FALLBACK = /\|\s*(?:fallback|default)\s*:|,\s*fallback\s*=|\|\s*default\s*\(\s*['"\p{L}\p{N}_]|\s(?:or|OR|\|\|)\s*['"\p{L}_$]/u;

/**
 * How a placeholder reads as a word to the phrase matcher: its variable in
 * braces, so a phrase can require "{{current_user.first_name}}" exactly.
 */
export function placeholderWord(variable: string | undefined): string {
  return `{{${(variable ?? '').toLowerCase()}}}`;
}

/** The variable of a placeholder written in a phrase ({{x}}, {{ x | filter }}, {%x,fallback=y%}). */
export function variableInPlaceholder(written: string): string | undefined {
  return VARIABLE.exec(written.replace(/^\{[{%]-?\s*|\s*-?[}%]\}$/g, ''))?.[0];
}

/**
 * The variable of an output and whether it has a fallback: a filter, or an
 * enclosing {% if x %} / {{#if x}} that tests the same variable (its else
 * branch is the fallback).
 */
function parseOutput(body: string, ...enclosing: Placeholder[][]): Pick<Placeholder, 'variable' | 'hasFallback'> {
  // Blade prints PHP: {{ $user->first_name }} is the variable user->first_name, as in {!! $user->first_name !!}.
  const variable = body.startsWith('$') ? phpVariableOf(body) : VARIABLE.exec(body)?.[0];
  let tested = false;
  // The innermost few blocks: a test of the variable further out is rare, and unclosed blocks can be many.
  for (const blocks of enclosing) {
    for (let index = blocks.length - 1; variable !== undefined && index >= Math.max(0, blocks.length - 8); index--) {
      if (testsVariable(blocks[index]!.body, variable)) tested = true;
    }
  }
  return { variable, hasFallback: tested || FALLBACK.test(body) };
}

export function scanPlaceholders(text: string, options: ScanOptions = {}): PlaceholderScan {
  const toolkit = scanTemplateToolkit(text);
  const freemarker = scanFreeMarker(text);
  const code = [scanIcuChoices(text), scanOdoo(text), scanVelocity(text, options.velocity === true)].reduce(
    mergeBySource,
    mergeBySource(toolkit.placeholders, freemarker.placeholders),
  );
  const braces = withoutInside(scanBraces(text, options.magento === true), code);
  const taken = mergeBySource(braces.placeholders, code);
  const smarty = options.smarty === true ? new SmartyReader(text) : undefined;
  const single = scanSingleDelimiters(text, taken, options.mediawiki === true, smarty, options.koha === true);
  const placeholders = mergeBySource(taken, single);
  const problems = [...braces.problems, ...toolkit.problems, ...freemarker.problems, ...(smarty ? balanceSmarty(single, smarty.blocks) : [])];
  for (const placeholder of single) if (placeholder.syntax === '%{') strayBeforeTicketNumber(text, placeholder, problems);
  // Fixed in a text with whole fields (a library's notice); elsewhere ("The filter reads <<score:high>") only offered.
  const fields = single.some((placeholder) => placeholder.syntax === '<<');
  for (const field of text.matchAll(HALF_CLOSED_FIELD)) {
    problems.push({
      start: field.index,
      end: field.index + field[0].length,
      message: { id: 'placeholder.halfClosed', args: { written: field[0], close: '>>' } },
      missing: { delimiter: '>>' },
      standalone: true,
      ...(fields ? {} : { offerOnly: true as const }),
    });
  }
  const unsent = unsentBladeBranches(single);
  if (unsent.length === 0) return { placeholders, problems };
  // Nothing in a branch never sent is read: no placeholder, no problem of its braces.
  const kept = withoutInside({ placeholders, problems }, unsent);
  return { placeholders: mergeBySource(kept.placeholders, unsent), problems: kept.problems };
}

/** A Blade condition that is never true, written to keep text out of the mail: @if(false), @if (0). */
const NEVER_TRUE = /^if\s*\(\s*(?:false|0)\s*\)$/i;

/**
 * The branches of a Blade view that are never sent, each one tag from its @if(false) to the @else, @elseif or @endif
 * that ends it (nested @if … @endif passed over): the writer kept a paragraph out of the mail (trial 46: a statute
 * sentence in a claims decision). Every other @if's branches may be sent, and stay prose.
 */
function unsentBladeBranches(single: readonly Placeholder[]): Placeholder[] {
  const unsent: Placeholder[] = [];
  for (let index = 0; index < single.length; index++) {
    const opening = single[index]!;
    if (opening.syntax !== '@' || opening.kind !== 'tag' || opening.tagName !== 'if' || !NEVER_TRUE.test(opening.body)) continue;
    let depth = 0;
    let end = index + 1;
    for (; end < single.length; end++) {
      const tag = single[end]!;
      if (tag.syntax !== '@' || tag.kind !== 'tag') continue;
      if (tag.tagName === 'if' || tag.tagName === 'unless') depth++;
      else if (depth > 0 && (tag.tagName === 'endif' || tag.tagName === 'endunless')) depth--;
      else if (depth === 0 && (tag.tagName === 'else' || tag.tagName === 'elseif' || tag.tagName === 'endif')) break;
    }
    // Never ended, the condition is no block the view closes: its text, and all after it, is left as it stands (so a
    // text of many never ended stays one pass).
    if (end === single.length) break;
    const close = single[end]!;
    unsent.push(placeholderOf(opening.start, close.start, 'tag', '@', opening.body, { tagName: 'if' }));
    index = end - 1;
  }
  return unsent;
}

/**
 * A library notice's field closed with one ">" ("Dear <<borrowers.firstname>,"): the system fills only a whole
 * "<<…>>", so the reader gets it as written. Only a table's column: a shell's "<<EOF" or C++'s "<<" has no such shape.
 */
const HALF_CLOSED_FIELD = /<<\s*[a-z_][a-z0-9_-]*(?:[.:][\w-]+)+(?:\s*\|\s*[a-z_]+)?\s*>(?!>)/g;

/**
 * "%#%{ticket.number}": a "%" left before the number sign that introduces an osTicket variable. The "#" is the
 * writer's ("Request #%{ticket.number}"), the "%" is a slip of the delimiter: the customer reads "%#" before the number.
 */
function strayBeforeTicketNumber(text: string, placeholder: Placeholder, problems: PlaceholderProblem[]): void {
  const start = placeholder.start - 2;
  if (start < 0 || text[start] !== '%' || text[start + 1] !== '#') return;
  problems.push({
    start,
    end: placeholder.end,
    message: { id: 'placeholder.strayBefore', args: { written: text.slice(start, placeholder.end), stray: '%' } },
    standalone: true,
  });
}

/** Liquid and Handlebars: {{ }}, {{{ }}} and {% %}, with their blocks. */
function scanBraces(text: string, magento: boolean): PlaceholderScan {
  const placeholders: Placeholder[] = [];
  const problems: PlaceholderProblem[] = [];
  // One stack per syntax: a Liquid {% endif %} closes no Handlebars {{#if}}.
  const liquid = new BlockStack((block) => block.tagName!);
  const sections = new BlockStack((block) => block.tagName!.slice(1));
  const magentoBlocks = new BlockStack((block) => block.tagName!);
  // Each search below remembers where it found nothing, so a later one from
  // further on answers at once: the scan stays one pass over the text however
  // many "{{" are never closed or "{% comment %}" never ended.
  const lineEnds = lineEndFinder(text);
  const unendedFrom = new Map<string, number>();
  let i = 0;
  while (i < text.length) {
    const open = nextDelimiter(text, i);
    if (!open) break;
    if (open.token === '}}' || open.token === '%}') {
      problems.push({
        start: open.index,
        end: open.index + 2,
        message: { id: 'placeholder.stray', args: { token: open.token, opening: open.token === '}}' ? '{{' : '{%' } },
      });
      i = open.index + 2;
      continue;
    }
    const comment = open.token === '{{' ? bladeComment(text, open.index, unendedFrom) : undefined;
    if (comment) {
      placeholders.push(comment);
      i = comment.end;
      continue;
    }
    const closeToken = open.token === '{{' ? '}}' : '%}';
    const closeIndex = findClose(text, open.index + 2, closeToken);
    // An agent's choice that nests a variable, {{STATE: left the depot / see {{LINK}} / is packed}}: its braces balance.
    // A MediaWiki parser function around a magic word, {{GRAMMAR:illative|{{SITENAME}}}}, is the wiki's output.
    const nestedEnd = closeIndex < 0 && open.token === '{{' ? nestedClose(text, open.index) : -1;
    if (nestedEnd > 0) {
      const body = text.slice(open.index + 2, nestedEnd - 2).trim();
      const parserFunction = PARSER_FUNCTION.exec(body)?.[1];
      placeholders.push(placeholderOf(open.index, nestedEnd, parserFunction === undefined ? 'slot' : 'output', '{{', body, { variable: parserFunction }));
      i = nestedEnd;
      continue;
    }
    if (closeIndex < 0) {
      problems.push({
        start: open.index,
        end: unclosedEnd(text, open.index + 2, closeToken, lineEnds(open.index)),
        message: { id: 'placeholder.unclosed', args: { open: open.token, close: closeToken } },
        missing: { delimiter: closeToken },
      });
      i = open.index + 2;
      continue;
    }
    // Handlebars' unescaped output {{{x}}} closes with a third brace.
    const triple = open.token === '{{' && text[open.index + 2] === '{' && text[closeIndex + 2] === '}';
    const end = closeIndex + (triple ? 3 : 2);
    const rawBody = text.slice(open.index + (triple ? 3 : 2), closeIndex);
    const body = rawBody.replace(/^[-~]|[-~]$/g, '').trim();
    if (open.token === '{{' && magento) {
      const pieces = magentoDirective(text, open.index, end, body, problems);
      for (const piece of pieces) placeholders.push(piece);
      const problem = pieces.length === 1 ? balanceMagentoBlock(pieces[0]!, magentoBlocks) : undefined;
      if (problem) problems.push(problem);
      i = end;
      continue;
    }
    const echoed = open.token === '{{' && !triple ? echoedString(text, open.index, end, '{{') : undefined;
    if (echoed) {
      for (const piece of echoed) placeholders.push(piece);
      i = end;
      continue;
    }
    if (open.token === '{{') {
      const placeholder = handlebarsPlaceholder(open.index, end, body, sections.blocks, liquid.blocks);
      if (!body) problems.push({ start: open.index, end, message: { id: 'placeholder.emptyOutput' } });
      placeholders.push(placeholder);
      const problem = balanceSection(placeholder, sections);
      if (problem) problems.push(problem);
    } else {
      const tagName = /^[a-z_]+/i.exec(body)?.[0]?.toLowerCase();
      // Help Scout writes variables as {%customer.firstName,fallback=there%}.
      const isVariable = /^[\p{L}_][\p{L}\p{N}_]*\.[\p{L}_]/u.test(body);
      const placeholder = isVariable
        ? placeholderOf(open.index, end, 'output', '{%', body, parseOutput(body, liquid.blocks))
        : placeholderOf(open.index, end, 'tag', '{%', body, { tagName });
      placeholders.push(placeholder);
      if (!body) problems.push({ start: open.index, end, message: { id: 'placeholder.emptyTag' } });
      const problem = isVariable ? undefined : balanceLiquidTag(placeholder, liquid);
      if (problem) problems.push(problem);
      // Nothing inside a comment or raw block is a placeholder.
      if ((tagName === 'comment' || tagName === 'raw') && (unendedFrom.get(tagName) ?? Infinity) > end) {
        const closer = new RegExp(`\\{%-?\\s*end${tagName}\\s*-?%\\}`, 'g');
        closer.lastIndex = end;
        const found = closer.exec(text);
        if (!found) unendedFrom.set(tagName, end);
        else {
          const endTag = placeholderOf(found.index, found.index + found[0].length, 'tag', '{%', `end${tagName}`, { tagName: `end${tagName}` });
          liquid.close(tagName, endTag);
          placeholders.push(endTag);
          i = found.index + found[0].length;
          continue;
        }
      }
    }
    i = end;
  }
  for (const block of liquid.blocks) {
    problems.push({
      start: block.start,
      end: block.end,
      message: { id: 'placeholder.unclosed', args: { open: `{% ${block.tagName} %}`, close: `{% ${BLOCK_TAGS[block.tagName!]} %}` } },
      missing: { endTag: BLOCK_TAGS[block.tagName!]! },
    });
  }
  sections.reportUnclosed(
    problems,
    (section) => `{{${section.tagName}}}`,
    (section) => `{{/${section.tagName!.slice(1)}}}`,
  );
  magentoBlocks.reportUnclosed(
    problems,
    (block) => `{{${block.tagName} …}}`,
    (block) => `{{/${block.tagName}}}`,
  );
  fillFromBindings(text, placeholders);
  return { placeholders, problems };
}

/**
 * Blade's comment at `at`, {{-- … --}}, to the first "--}}" after it as Blade reads it: over lines, and whatever it holds
 * (HTML, a sentence, a {{ $x }} of the view's code put out of use) is neither prose nor a placeholder (trial 46: a
 * table commented out around its {{ }} read as an unclosed "{{" and a stray "}}"). Undefined when "--}}" never
 * follows: `unended` remembers from where none was found, so a text of many "{{--" stays one pass.
 */
function bladeComment(text: string, at: number, unended: Map<string, number>): Placeholder | undefined {
  if (!text.startsWith('{{--', at) || (unended.get('--}}') ?? Infinity) <= at) return undefined;
  const close = text.indexOf('--}}', at + 4);
  if (close < 0) {
    unended.set('--}}', at);
    return undefined;
  }
  const body = text
    .slice(at + 2, close + 2)
    .replace(/^[-~]|[-~]$/g, '')
    .trim();
  return placeholderOf(at, close + 4, 'tag', '{{', body, { tagName: '!' });
}

/** An output of a name a tag binds ({% blocktranslate with name=… %}, {% with %}, {% set %}) has the fallback its binding gives. */
function fillFromBindings(text: string, placeholders: Placeholder[]): void {
  const { bindings } = templateScopes(text, placeholders);
  if (bindings.length === 0) return;
  for (const placeholder of placeholders) {
    if (placeholder.kind !== 'output' || placeholder.hasFallback || placeholder.variable === undefined) continue;
    if (bindingAt(bindings, placeholder.variable, placeholder.start)?.hasFallback === true) placeholder.hasFallback = true;
  }
}

/** Magento's block directives; each needs its {{/name}} (Magento finds them with one pattern each: an unclosed one, or a stray close, reaches the customer as text). */
const MAGENTO_BLOCK = /^(?:depend|if|for)$/;

/** Opens or closes a Magento block ({{depend x}}…{{/depend}}, {{if x}}…{{else}}…{{/if}}, {{for}}…{{/for}}); the problem when a close or an else has no block. */
function balanceMagentoBlock(directive: Placeholder, blocks: BlockStack): PlaceholderProblem | undefined {
  const name = directive.tagName;
  if (directive.kind !== 'tag' || !name) return undefined;
  if (MAGENTO_BLOCK.test(name)) {
    blocks.open(directive);
    return undefined;
  }
  if (name === 'else') return blocks.innermost?.tagName === 'if' ? markBranch(directive) : unopened(directive, '{{else}}', '{{if …}}');
  const opener = name.slice(1);
  if (!name.startsWith('/') || !MAGENTO_BLOCK.test(opener)) return undefined;
  return closeProblem(directive, blocks.close(opener, directive), `{{${name}}}`, `{{${opener} …}}`, (block) => `{{${block.tagName} …}}`);
}

/** An HTML tag written in a {{trans}} string. */
const TRANS_MARKUP = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g;
/** A {{trans}} directive whose string Magento leaves as HTML: its rest holds the |raw modifier. */
const RAW_MODIFIER = /\|\s*raw\b/;

/**
 * A {{ }} placeholder: Handlebars and Mustache write blocks, comments and
 * partials inside the same braces as outputs ({{#if x}}, {{^x}}, {{/if}},
 * {{else}}, {{! note}}, {{> footer}}); those are tags, not values.
 */
/**
 * A MediaWiki parser function or magic word with arguments: its name, a colon with no space after it, the arguments
 * ({{GRAMMAR:illative|{{SITENAME}}}}, {{PLURAL:$1|edit|edits}}, {{#if:$2|…}}, {{int:login}}); group 1 is the name.
 * An agent's choice writes a space after its colon ({{STATE: left the depot / …}}).
 */
const PARSER_FUNCTION = /^(#?[\p{L}_][\p{L}\p{N}_]*):(?![\s:])/u;

function handlebarsPlaceholder(start: number, end: number, body: string, openSections: Placeholder[], openBlocks: Placeholder[]): Placeholder {
  // {{#if:$1|…|…}} is a MediaWiki parser function, no Handlebars block: it closes where it opens.
  const parserFunction = PARSER_FUNCTION.exec(body)?.[1];
  if (parserFunction !== undefined) return placeholderOf(start, end, 'output', '{{', body, { variable: parserFunction });
  // A partial block {{#> layout}}…{{/layout}} and an inline partial {{#*inline "name"}}…{{/inline}} are sections too.
  // Handlebars' {{^}} alone is {{else}} under another name.
  if (/^\^\s*$/.test(body)) return placeholderOf(start, end, 'tag', '{{', body, { tagName: 'else' });
  const block = /^([#^/])\s*[>*]?\s*([\p{L}_][\p{L}\p{N}_./-]*)/u.exec(body);
  if (block) return placeholderOf(start, end, 'tag', '{{', body, { tagName: block[1]! + block[2]! });
  if (/^(?:[!>]|else\b)/.test(body)) return placeholderOf(start, end, 'tag', '{{', body, { tagName: body.startsWith('else') ? 'else' : body[0] });
  // Blade's comment {{-- note --}} (its whitespace-control dash taken off): a comment, as Handlebars' {{! note}} is.
  if (/^-[^]*-$/.test(body)) return placeholderOf(start, end, 'tag', '{{', body, { tagName: '!' });
  return placeholderOf(start, end, 'output', '{{', body, parseOutput(body, openSections, openBlocks));
}

/**
 * An output whose whole expression is one string literal: {{ "Your rent is due soon." }}, {{ 'Hi' }}, Blade's
 * {!! "…" !!}, Twig's {{- "…" -}}. Blade, Twig, Jinja and Liquid print it as written (trial 47: a Blade mail's sentences written so).
 * Group 1: up to the opening quote; 2: the quote; 3: the string's text. The string runs to its own quote that no
 * backslash escapes, on one line.
 */
const ECHOED_STRING = /(\{\{[-~]?[ \t]*|\{!![ \t]*)(["'])((?:[^"'\\\n]|\\[^\n]|(?!\2)["'])*)\2[ \t]*(?:[-~]?\}\}|!!\})/y;
/** A PHP variable a double-quoted string interpolates: $name, $landlord->name, {$unit->name}. */
const PHP_INTERPOLATION = /\{\$[A-Za-z_]\w*(?:->[A-Za-z_]\w*|\[[^[\]{}\n]{1,60}\])*\}|\$[A-Za-z_]\w*(?:->[A-Za-z_]\w*)*/g;
/** A backslash escape in a string: a line break or tab ("\\n", "\\t") is the code's, as is the backslash before any other character. */
const STRING_ESCAPE = /\\[nrt]|\\(?=[^\n])/g;

/**
 * The pieces of an output that prints a string literal, or undefined for any other: its opening up to the quote
 * and its closing quote and braces are tags (no word stands there), the string's text is left as the mail's text at
 * its own characters, with an output per PHP variable a double-quoted string interpolates and each escape's
 * backslash blank (\" reads as "; a \n is a line break, blank whole).
 */
function echoedString(text: string, start: number, end: number, syntax: '{{' | '{!!'): Placeholder[] | undefined {
  ECHOED_STRING.lastIndex = start;
  const match = ECHOED_STRING.exec(text);
  if (!match || ECHOED_STRING.lastIndex !== end) return undefined;
  const from = start + match[1]!.length + 1;
  const to = from + match[3]!.length;
  const quote = match[2]!;
  const pieces = [placeholderOf(start, from, 'tag', syntax, quote)];
  const inner = match[3]!;
  const marks: Placeholder[] = [];
  if (quote === '"') {
    for (const found of inner.matchAll(PHP_INTERPOLATION)) {
      const at = from + found.index;
      marks.push(placeholderOf(at, at + found[0].length, 'output', '$', found[0], { variable: phpVariableOf(found[0].replace(/^\{|\}$/g, '')) }));
    }
  }
  for (const found of inner.matchAll(STRING_ESCAPE)) {
    const at = from + found.index;
    if (!marks.some((mark) => mark.start <= at && at < mark.end)) marks.push(placeholderOf(at, at + found[0].length, 'tag', syntax, found[0]));
  }
  marks.sort((a, b) => a.start - b.start);
  for (const mark of marks) pieces.push(mark);
  pieces.push(placeholderOf(to, end, 'tag', syntax, quote));
  return pieces;
}

const TRANS_OPENING = /\{\{\s*trans\s+(["'])/y;

/** The opening of a Magento {{trans "…"}} up to its string's quote, as magentoDirective makes it. */
export const isTransOpening = (placeholder: Placeholder): boolean =>
  placeholder.syntax === '{{' && placeholder.tagName === 'trans' && (placeholder.body === 'trans"' || placeholder.body === "trans'");
/** A Magento phrase placeholder: %name, filled from the directive's name=$value. */
const MAGENTO_VARIABLE = /%([A-Za-z_][A-Za-z0-9_]*)/g;

/**
 * A Magento directive as placeholders. {{trans "…" name=$x |raw}}: its
 * opening up to the string and its rest after it are tags, the string is
 * left as text with an output placeholder per %name; the string runs to the
 * next quote of its kind that no backslash escapes. Any other directive is
 * one tag named by its first word (var, depend, /depend, if, else, template).
 */
function magentoDirective(text: string, start: number, end: number, body: string, problems: PlaceholderProblem[]): Placeholder[] {
  TRANS_OPENING.lastIndex = start;
  const opening = TRANS_OPENING.exec(text);
  if (opening && TRANS_OPENING.lastIndex < end) {
    const from = TRANS_OPENING.lastIndex;
    const quote = opening[1]!;
    let to = from;
    while (to < end - 2 && !(text[to] === quote && text[to - 1] !== '\\')) to++;
    if (to < end - 2) {
      const tag = (tagStart: number, tagEnd: number, tagBody: string) => placeholderOf(tagStart, tagEnd, 'tag', '{{', tagBody, { tagName: 'trans' });
      // The opening's body names its quote: trans" or trans' (isTransOpening).
      const pieces = [tag(start, from, `trans${quote}`)];
      for (const found of text.slice(from, to).matchAll(MAGENTO_VARIABLE)) {
        const at = from + found.index;
        pieces.push(placeholderOf(at, at + found[0].length, 'output', '%', found[1]!, { variable: found[1]! }));
      }
      const rest = text.slice(to + 1, end - 2).trim();
      pieces.push(tag(to, end, rest));
      // Without |raw Magento escapes the string: a tag in it reaches the customer as text.
      if (!RAW_MODIFIER.test(rest)) {
        for (const markup of text.slice(from, to).matchAll(TRANS_MARKUP)) {
          const at = from + markup.index;
          problems.push({
            start: at,
            end: at + markup[0].length,
            message: { id: 'placeholder.escapedMarkup', args: { tag: markup[0], directive: '{{trans}}' } },
            standalone: true,
          });
        }
      }
      return pieces;
    }
  }
  const tagName = /^\/?[A-Za-z_]+/.exec(body)?.[0]?.toLowerCase();
  return [placeholderOf(start, end, 'tag', '{{', body, { tagName })];
}

/**
 * Opens or closes a Handlebars section ({{#if}} … {{else}} … {{/if}}, {{^x}} … {{/x}});
 * the problem when a close or an {{else}} has no open section.
 */
function balanceSection(placeholder: Placeholder, sections: BlockStack): PlaceholderProblem | undefined {
  const tagName = placeholder.tagName;
  if (placeholder.kind !== 'tag' || !tagName) return undefined;
  if (tagName.startsWith('#') || tagName.startsWith('^')) sections.open(placeholder);
  // {{else}} and {{else if x}} belong to the innermost section, whatever it is ({{#each}} takes one too).
  if (tagName === 'else')
    return sections.innermost ? markBranch(placeholder) : unopened(placeholder, placeholder.body.trim() === '^' ? '{{^}}' : '{{else}}', '{{#if}}');
  if (!tagName.startsWith('/')) return undefined;
  const name = tagName.slice(1);
  return closeProblem(placeholder, sections.close(name, placeholder), `{{/${name}}}`, `{{#${name}}}`, (block) => `{{${block.tagName}}}`);
}

/** Liquid tags that belong inside a block, and the blocks that take them. */
const LIQUID_BRANCHES: Record<string, { in: RegExp; open: string }> = {
  else: { in: /^(?:if|unless|case|for)$/, open: 'if' },
  elsif: { in: /^(?:if|unless)$/, open: 'if' },
  // Jinja's and Django's else-if; Twig's and Nunjucks' (reviewer-26 #6).
  elif: { in: /^if$/, open: 'if' },
  elseif: { in: /^if$/, open: 'if' },
  when: { in: /^case$/, open: 'case' },
};

/**
 * Opens or closes a Liquid block ({% if %} … {% else %} … {% endif %}); the problem
 * when an end tag, or an {% else %}, {% elsif %} or {% when %}, has no block to belong to.
 */
function balanceLiquidTag(tag: Placeholder, blocks: BlockStack): PlaceholderProblem | undefined {
  const tagName = tag.tagName;
  if (!tagName) return undefined;
  if (tagName in BLOCK_TAGS) {
    blocks.open(tag);
    return undefined;
  }
  const branch = LIQUID_BRANCHES[tagName];
  if (branch) {
    const innermost = blocks.innermost?.tagName;
    return innermost !== undefined && branch.in.test(innermost) ? markBranch(tag) : unopened(tag, `{% ${tagName} %}`, `{% ${branch.open} %}`);
  }
  const expected = END_TAGS.get(tagName);
  if (!expected) return undefined;
  return closeProblem(tag, blocks.close(expected, tag), `{% ${tagName} %}`, `{% ${expected} %}`, (block) => `{% ${block.tagName} %}`);
}

/** Marks a tag as another branch of the block it stands in (an else that belongs); no problem. */
function markBranch(tag: Placeholder): undefined {
  tag.flow = 'branch';
  return undefined;
}
const unopened = ({ start, end }: Placeholder, close: string, open: string): PlaceholderProblem => ({
  start,
  end,
  message: { id: 'placeholder.unopened', args: { close, open } },
});

/**
 * The problem a close made, written in its syntax: none when it closed the
 * innermost block; "has no matching" when no open block has its name; "closes
 * … but … is still open" when it closed a block further out, naming the
 * innermost block it left unclosed.
 */
function closeProblem(
  close: Placeholder,
  closed: Closed,
  written: string,
  expected: string,
  writtenOpen: (block: Placeholder) => string,
): PlaceholderProblem | undefined {
  if (closed.outcome === 'closed') return undefined;
  if (closed.outcome === 'unopened') return unopened(close, written, expected);
  return {
    start: close.start,
    end: close.end,
    message: { id: 'placeholder.closesOther', args: { close: written, expected, open: writtenOpen(closed.inner) } },
  };
}

/** What closing a block did: closed the innermost block, found no block of its name, or closed one further out past `inner` (the innermost left open). */
type Closed = { outcome: 'closed' } | { outcome: 'unopened' } | { outcome: 'closesOther'; inner: Placeholder };

/**
 * The open blocks of one template syntax (Liquid's {% if %}, Handlebars'
 * {{#if}}, Magento's {{depend}}), shared by the three balancers. A close that
 * names the innermost block closes it. One that names a block further out
 * closes that block and the blocks inside it: one problem, at the close, and
 * the blocks it passed are not reported again as never closed, nor do they
 * make the closes after them mismatch (no cascade). One that names no open
 * block is stray and closes nothing. Open blocks are counted by name, so a
 * flood of stray closes never searches the stack, and a search that cuts the
 * stack passes each block once at most: the balancing stays linear.
 */
class BlockStack {
  /** Open, outermost first. */
  readonly blocks: Placeholder[] = [];
  /** Made at the first open: most texts open no block, and three stacks are made per text. */
  private counts: Map<string, number> | undefined;

  constructor(private readonly nameOf: (block: Placeholder) => string) {}

  get innermost(): Placeholder | undefined {
    return this.blocks.at(-1);
  }

  /** Adds each block still open to `problems` as unclosed: `open` and `close` write the tag it starts with and the one it lacks. */
  reportUnclosed(problems: PlaceholderProblem[], open: (block: Placeholder) => string, close: (block: Placeholder) => string): void {
    for (const block of this.blocks) {
      problems.push({ start: block.start, end: block.end, message: { id: 'placeholder.unclosed', args: { open: open(block), close: close(block) } } });
    }
  }

  open(block: Placeholder): void {
    block.flow = 'open';
    this.blocks.push(block);
    this.count(this.nameOf(block), 1);
  }

  /** Closes the block `name` (see the class); `by`, the tag that closes it, is marked so when it closes one. */
  close(name: string, by?: Placeholder): Closed {
    const innermost = this.innermost;
    if (innermost && this.nameOf(innermost) === name) {
      this.blocks.pop();
      this.count(name, -1);
      if (by) by.flow = 'close';
      return { outcome: 'closed' };
    }
    if (!this.counts?.get(name)) return { outcome: 'unopened' };
    let at = this.blocks.length - 1;
    while (this.nameOf(this.blocks[at]!) !== name) at--;
    const passed = this.blocks.splice(at);
    for (const block of passed) this.count(this.nameOf(block), -1);
    if (by) by.flow = 'close';
    return { outcome: 'closesOther', inner: passed.at(-1)! };
  }

  private count(name: string, by: number): void {
    this.counts ??= new Map();
    this.counts.set(name, (this.counts.get(name) ?? 0) + by);
  }
}

// The one-delimiter syntaxes. Each is read from its opening with a sticky
// pattern whose body cannot hold that opening and is bounded, so a reading
// stops at the next candidate and the pass stays linear.
const SINGLE_OPENING = /[%#$@]?\{|\[|<<?|\(\(|%%?|:|@(?=[a-z])|\$(?=[a-z_1-9])|__(?=[A-Z])/g;
const PATH = String.raw`[\p{L}_][\p{L}\p{N}_-]*(?:\.[\p{L}\p{N}_-]+)*`;
/** osTicket: %{ticket.number}, %{recipient.name.first}. */
const OSTICKET = lazyPattern(String.raw`%\{\s*(${PATH})\s*\}`, 'uy');
/**
 * Zammad: #{ticket.customer.firstname}, #{config.fqdn}, translated #{t(ticket.state.name)} and
 * dated #{dt(ticket.updated_at, "%Y-%m-%d")}: a dotted path in lower case ("#{ORDER_ID}" is an
 * order number sign before {ORDER_ID}).
 */
const ZAMMAD = /#\{\s*(?:t\(\s*)?(?:dt\(\s*)?([a-z_][a-z0-9_]*(?:\.[a-z0-9_]+)+)(?:\s*\)|\s*,[^{}\n]{0,200}\))?\s*\}/y;
/**
 * Request Tracker: Perl between braces, {$Ticket->id}, { $Ticket->OwnerObj->Name },
 * {RT->Config->Get('WebURL')}, { eval { $Approval->OwnerObj->Name } }, and blocks over
 * several lines ({ my $name = ...;\n  $name }): an opening that starts Perl, then braces
 * balanced within its paragraph (perlBlockEnds).
 */
const RT_START = /\{\s*(?:\$|RT->|eval\b|my\b)/y;
const RT_VARIABLE = /^\s*(?:eval\s*\{\s*)?(?:\$([A-Za-z_]\w*(?:->[A-Za-z_]\w*)*)|(RT(?:->[A-Za-z_]\w*)+))/;
/** Perl's "or" and "defined-or": {$Ticket->OwnerObj->RealName || "our team"}. */
const PERL_DEFAULT = /\|\||\/\//;
/**
 * Laravel Blade's unescaped output, {!! $user !!}, {!!$ticket->number!!} (Faveo and other Laravel
 * help desks), a call over a few lines too ({!! Str::markdown($message, [\n  …\n]) !!}): the body
 * holds no braces and no blank line.
 */
const BLADE_RAW = /\{!!\s*((?:[^{}\n]|\n(?![ \t]*\r?\n)){1,400}?)\s*!!\}/y;
/** A Blade directive's name: @if, @endforeach, @lang, @includeIf. */
const BLADE_DIRECTIVE = /@([a-z][A-Za-z]*)/y;
/** How far a directive's arguments may run on its line: far beyond any real condition. */
const BLADE_ARGUMENTS: BracketReach = { reach: 300, within: 'line' };
/** Spaces to a line's end, or to the text's. */
const REST_OF_LINE_BLANK = /[ \t]*(?:\r?\n|$)/y;
/**
 * An invoicing app's mail variable (Invoice Ninja): $client, $view_button, $contact.first_name, in lower
 * case after no letter, digit or "$" ("$5" is a price, "US$" a currency, "$USD" a code).
 */
const APP_DOLLAR = /\$([a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)*)/y;
/** A MediaWiki message's parameter: $1 … $99. */
const WIKI_PARAMETER = /\$([1-9]\d?)(?!\d)/y;
/** A wiki link, [[Help:Contents]] or [[Special:UserLogin|log in]]: its target (group 1), and a bar when a label follows. */
const WIKI_LINK = /\[\[([^[\]|\n]{1,200})(\|[^[\]\n]{0,200})?\]\]/y;
/** A MediaWiki external link, [$1 label] or [https://… label]: its target (group 1), and its label after a space. */
const WIKI_EXTERNAL_LINK = /\[(\$[1-9]\d?|https?:\/\/[^\s[\]]{1,300})((?: [^[\]\n]{1,200})?)\]/y;
/** An app's substitution key between double underscores (Dolibarr): __REF__, __THIRDPARTY_NAME__. */
const DOUBLE_UNDERSCORE = /__([A-Z][A-Z0-9_]*?)__/y;
// A step is PHP's arrow or an array's quoted key ({{ $data['name'] }}, {{ $user["first_name"] }}).
const PHP_VARIABLE = /^\$?([A-Za-z_]\w*(?:->[A-Za-z_]\w*|\[\s*['"][A-Za-z_]\w*['"]\s*\])*)/;

/** The variable a PHP expression prints, an array's key read as a path step as Twig writes it: $data['name'] is data.name. */
function phpVariableOf(expression: string): string | undefined {
  return PHP_VARIABLE.exec(expression)?.[1]?.replace(/\[\s*['"](\w+)['"]\s*\]/g, '.$1');
}
/** FreeMarker's default and built-ins after a value: ${name!"there"}, ${title?html}, ${date?string("d.M.yyyy")}. */
const FREEMARKER_SUFFIX = String.raw`(?:![^{}\n]{0,80}|\?[A-Za-z_]+(?:\([^(){}\n]{0,60}\))?)*`;
/**
 * ${name} (JavaScript and shell templates), @{author} (bots). A JavaScript template may index a
 * map, ${labels[order.status]}: the index is code, not a fill-in slot.
 */
const DOLLAR = lazyPattern(String.raw`\$\{\s*(${PATH}(?:\[[^[\]{}\n]{1,60}\](?:\.[\p{L}\p{N}_-]+)*)*)${FREEMARKER_SUFFIX}\s*\}`, 'uy');
/**
 * A JavaScript template literal's expression on one line, past what DOLLAR reads: ${a ? formatTime(a) : 'TBD'},
 * ${seats.join(', ') || 'N/A'}. Code that prints a value, its quoted strings (a fallback, a separator) included, so none of
 * it is prose (trial 43: the 'TBD' a bus mail's code prints for a departure with no time read as a slot left in). Its body
 * holds a sign of code (an operator, a call, a quote); a brace or a backtick ends it unread, as the markup and words
 * between a nested literal's backticks are the message's own.
 */
const SCRIPT_EXPRESSION = /\$\{([^{}`\n]{1,400})\}/y;
const SCRIPT_SIGN = /[?|&(+'"=<>!]/;
const AT = lazyPattern(String.raw`@\{\s*(${PATH})\s*\}`, 'uy');
/** An app's mail-string variable (HESK): %%NAME%%, %%TRACK_ID%%. */
const DOUBLE_PERCENT = /%%([A-Z][A-Z0-9_]*)%%/y;
/**
 * A printf argument the program fills in (OpenCart, WordPress mail strings): %s, %d, %1$s, and Python's named
 * %(listname)s (Mailman's templates); not after a digit ("50%s" is no argument).
 */
const PRINTF = lazyPattern(String.raw`%((?:[1-9]\d?\$|\([\p{L}_][\p{L}\p{N}_]*\))?[sd])(?![\p{L}\p{N}])`, 'uy');
/**
 * Laravel's translation variable: :name, :Name, :order_id, written after a space or an opening bracket or
 * quote. Prose in these languages writes a colon right after a word and a space after it ("Note: the
 * order", "10:30"), so a colon that opens a word is a variable; two letters at least (":D", ":P" are faces)
 * and no colon after it (":smile:" is an emoji code).
 */
const LARAVEL = /:([A-Za-z_][A-Za-z0-9_]+)(?![\p{L}\p{N}:])/uy;
const LARAVEL_BEFORE = /[\s([{"'“„«]/u;
/**
 * A variable of an SMS template registered under India's DLT rules, which a messaging platform fills when it sends:
 * {#var#}, {#otp#}, {#driverName#} (a ride platform's notification seed). A name with no space: a Jinja or Twig comment
 * ({# note #}) holds words.
 */
const DLT = lazyPattern(String.raw`\{#([\p{L}_][\p{L}\p{N}_]{0,60})#\}`, 'uy');
/**
 * Single braces around a name: {NAME}, {first_name}, {order id}; or around a name indexed as code indexes a list or a
 * map, {nr_polisy[n]}, {labels['status']} (a Python format string's field, a script's value joined into an SMS): the
 * index is code, not a fill-in slot (trial 46).
 */
const BRACE = /\{\s*([\p{L}_][\p{L}\p{N}_.-]*(?:\[[^[\]{}\s]{1,60}\](?:\.[\p{L}\p{N}_-]+)*)+|[\p{L}_][\p{L}\p{N}_.-]*(?: [\p{L}\p{N}_.-]+){0,4})\s*\}/uy;
/** A fill-in between brackets: [CUSTOMER_NAME], [x], [ADD NAME HERE], [your name], [date/time]. */
const BRACKET = /\[([\p{L}_][\p{L}\p{N}_ '’./-]{0,59})\]/uy;
/**
 * A library system's notice field (Koha): <<borrowers.firstname>>, <<branches.branchname>>, <<today>>,
 * <<borrower-attribute:HOLDID>>, <<issues.date_due | dateonly>>: a table's column the system fills in, no slot.
 */
const DOUBLE_ANGLE = /<<\s*([a-z_][a-z0-9_-]*(?:[.:][\w-]+)+)(?:\s*\|\s*[a-z_]+)?\s*>>/y;
/** A bare field of a library system's notice, read only in one (ScanOptions.koha): <<today>>, <<opac_url>>. */
const DOUBLE_ANGLE_BARE = /<<\s*([a-z_][a-z0-9_]*)(?:\s*\|\s*[a-z_]+)?\s*>>/y;
/**
 * A field in double parentheses, which a platform fills from its records: Chamilo's ((firstname)), ((sitename)), GOV.UK
 * Notify's ((first name)). A value, not a slot: the platform fills it when the mail goes out.
 */
const DOUBLE_PAREN = lazyPattern(String.raw`\(\(\s*([\p{L}_][\p{L}\p{N}_.-]*(?: [\p{L}\p{N}_.-]+){0,3})\s*\)\)`, 'uy');
/** A fill-in between angle brackets: <NAME>, <TIME_WINDOW>, <customer name>. */
const ANGLE = /<([\p{L}_][\p{L}\p{N}_ -]{0,39})>/uy;
const TASK_BOX = /^[ xX]$/;
/** A list item's start as it ends before a task box: up to 3 spaces, a marker, 1 to 4 spaces. */
const LIST_ITEM_START = /^[ \t]{0,3}(?:[-*+]|\d{1,9}[.)])[ \t]{1,4}$/;
// HTML elements a fill-in between angle brackets is not (<BR>, <P> in old upper-case HTML; <a name>).
const HTML_ELEMENTS = new Set(
  'a abbr acronym address area article aside audio b base basefont bdi bdo big blockquote body br button canvas caption center cite code col colgroup data dd del details dfn dialog dir div dl dt em embed fieldset figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img input ins kbd label legend li link main map mark menu meta nav nobr noscript object ol optgroup option output p param picture pre q s samp script section select small source span strike strong style sub summary sup svg table tbody td template textarea tfoot th thead time title tr track tt u ul var video wbr'.split(
    ' ',
  ),
);

function stickyMatch(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/**
 * Placeholders of the one-delimiter syntaxes outside `taken` (the Liquid and
 * Handlebars placeholders, in source order).
 */
function scanSingleDelimiters(text: string, taken: Placeholder[], mediawiki: boolean, smarty: SmartyReader | undefined, koha: boolean): Placeholder[] {
  const found: Placeholder[] = [];
  const perlBlockEnd = perlBlockEnds(text);
  let next = 0;
  SINGLE_OPENING.lastIndex = 0;
  for (let opening = SINGLE_OPENING.exec(text); opening; opening = SINGLE_OPENING.exec(text)) {
    const at = opening.index;
    while (next < taken.length && taken[next]!.end <= at) next++;
    if (next < taken.length && taken[next]!.start <= at) {
      SINGLE_OPENING.lastIndex = taken[next]!.end;
      continue;
    }
    const read =
      (opening[0] === '[' && mediawiki && linkAt(text, at)) ||
      (opening[0] === '{' && smarty?.tagAt(at)) ||
      singleDelimiterAt(text, at, opening[0], perlBlockEnd, mediawiki, koha);
    if (!read) {
      // "#{$Ticket->id}": the "#" is prose, the brace opens RT code.
      SINGLE_OPENING.lastIndex = opening[0].length > 1 ? at + 1 : at + opening[0].length;
      continue;
    }
    // A brace placeholder cannot run into a Liquid one: its body holds no braces.
    const pieces = Array.isArray(read) ? read : [read];
    for (const piece of pieces) found.push(piece);
    SINGLE_OPENING.lastIndex = pieces.at(-1)!.end;
  }
  return found;
}

/**
 * A wiki link at `at`, read in a MediaWiki message only, or undefined: [[Target]] reads as one value (the reader sees the page's
 * name); with a label, [[Target|label]], the opening up to the bar and the closing brackets are markup and the label is
 * prose; an external link [$1 label] likewise (its target a parameter or an address). Elsewhere "[[CUSTOMER NAME]]"
 * is a macro's fill-in slot in double brackets, left to the bracket reading.
 */
function linkAt(text: string, at: number): Placeholder[] | undefined {
  const piece = (start: number, end: number, kind: Placeholder['kind'], syntax: PlaceholderSyntax) =>
    placeholderOf(start, end, kind, syntax, text.slice(start, end));
  const wiki = stickyMatch(WIKI_LINK, text, at);
  const link = wiki ?? stickyMatch(WIKI_EXTERNAL_LINK, text, at);
  if (!link) return undefined;
  const syntax = wiki ? '[[' : '[$';
  const end = at + link[0].length;
  if (!link[2]) return [piece(at, end, 'output', syntax)];
  const labelStart = at + (wiki ? 2 : 1) + link[1]!.length + 1;
  return [piece(at, labelStart, 'tag', syntax), piece(end - (wiki ? 2 : 1), end, 'tag', syntax)];
}

/** Smarty's own blocks; a template's plugins add theirs, each named by a close somewhere in the text (SmartyReader.blocks). */
const SMARTY_BLOCKS = ['if', 'foreach', 'section', 'while', 'capture', 'strip', 'block', 'function', 't', 'nocache', 'textformat'];
/** Smarty's tags that print nothing: a block's branches and the tags that set, load or leave. */
const SMARTY_SILENT = /^(?:else|elseif|foreachelse|sectionelse|assign|append|config_load|break|continue)$/;
/** A Smarty tag's opening: a value ({$), a tag or function name ({if, {translate), or a close ({/if). */
const SMARTY_OPENING = /\{(\$|\/?[A-Za-z_]\w*)/y;
const SMARTY_VARIABLE = /^\$([A-Za-z_]\w*(?:(?:\.|->)[A-Za-z_]\w*)*)/;
/**
 * A CiviCRM token among a Smarty template's tags ({contact.first_name}, {contribution_recur.amount}, {domain.name}):
 * CiviCRM fills it in before Smarty runs (trial 44: a foundation's CRM mails). Smarty has no tag of that shape, a name
 * with a dot and no "$"; the entity and the field are the token's variable, written in single braces.
 */
const CIVICRM_TOKEN = /^[a-z][a-z_]*(?:\.[A-Za-z_]\w*)+$/;

/**
 * Reads a Smarty template's tags. Each search for a comment's or a literal block's end is remembered, so a text of
 * "{*" or "{literal}" never closed stays one pass; a tag ends at its first "}" outside quotes, and an unquoted "{"
 * before it means the brace opened no tag (Smarty nests none in a mail template).
 */
class SmartyReader {
  /** The names of the blocks the template opens: Smarty's own and those its text closes ({/translate} for a plugin's). */
  readonly blocks = new Set(SMARTY_BLOCKS);
  private readonly found = new Map<string, { from: number; at: number }>();

  constructor(private readonly text: string) {
    for (const close of text.matchAll(/(?<!\{)\{\/([A-Za-z_]\w*)\}/g)) this.blocks.add(close[1]!);
  }

  /**
   * The Smarty tag at `at`, or undefined (a brace followed by a space is Smarty's literal text: CSS, JSON). A comment
   * {* … *} and a {literal}…{/literal} block are one tag each, nothing inside them read. A value ({$x.y|escape},
   * {$user->FullName()}) is an output; a block, its branches and the silent tags are control flow; any other
   * function ({translate key="…"}, {formatdate date=$d}) prints what the template pulls in, an output.
   */
  tagAt(at: number): Placeholder | undefined {
    const { text } = this;
    const piece = (end: number, kind: Placeholder['kind'], tagName: string | undefined, variable?: string): Placeholder => {
      const body = text.slice(at + 1, end - 1).trim();
      return placeholderOf(at, end, kind, variable === undefined ? '{' : '{$', body, { tagName, variable, hasFallback: FALLBACK.test(body) });
    };
    if (text[at + 1] === '*') {
      const close = this.next('*}', at + 2);
      return close < 0 || close - at > SMARTY_REACH ? undefined : piece(close + 2, 'tag', '*');
    }
    const opening = stickyMatch(SMARTY_OPENING, text, at);
    const end = opening ? this.tagEnd(at + opening[0].length) : undefined;
    if (!opening || end === undefined) return undefined;
    const name = opening[1]!;
    if (name === '$') return piece(end, 'output', undefined, SMARTY_VARIABLE.exec(text.slice(at + 1, end - 1))?.[1]);
    if (name === 'literal') {
      const close = this.next('{/literal}', end);
      return piece(close < 0 ? end : close + '{/literal}'.length, 'tag', name);
    }
    const token = text.slice(at + 1, end - 1);
    if (CIVICRM_TOKEN.test(token)) return placeholderOf(at, end, 'output', '{', token, { variable: token });
    const own = name.startsWith('/') ? name.slice(1) : name;
    return piece(end, name.startsWith('/') || this.blocks.has(own) || SMARTY_SILENT.test(own) ? 'tag' : 'output', name);
  }

  /** Where `needle` is next found from `from` on, or -1; a search is remembered, so later ones before its find answer at once. */
  private next(needle: string, from: number): number {
    const last = this.found.get(needle);
    if (last && from >= last.from && (last.at < 0 || from <= last.at)) return last.at;
    const at = this.text.indexOf(needle, from);
    this.found.set(needle, { from, at });
    return at;
  }

  /** The end (past its "}") of a tag whose body starts at `from`: quotes skipped, no unquoted "{" or blank line before it, within reach. */
  private tagEnd(from: number): number | undefined {
    const { text } = this;
    let quote: string | undefined;
    for (let index = from; index < Math.min(text.length, from + SMARTY_REACH); index++) {
      const char = text[index]!;
      if (char === '\n' && (quote || /^\n[ \t]*\r?\n/.test(text.slice(index, index + 40)))) return undefined;
      if (quote) {
        if (char === '\\') index++;
        else if (char === quote) quote = undefined;
      } else if (char === '"' || char === "'") quote = char;
      else if (char === '{') return undefined;
      else if (char === '}') return index + 1;
    }
    return undefined;
  }
}

/**
 * The problems of a Smarty template's blocks: an {if} never closed by {/if}, a {/foreach} with no {foreach}, an
 * {else} or {elseif} outside an {if} (a {foreachelse} outside a {foreach}): Smarty refuses the template, and the
 * customer gets no e-mail or the raw tag.
 */
function balanceSmarty(placeholders: readonly Placeholder[], blocks: ReadonlySet<string>): PlaceholderProblem[] {
  const problems: PlaceholderProblem[] = [];
  const stack = new BlockStack((block) => block.tagName!);
  for (const tag of placeholders) {
    const name = tag.tagName;
    if (tag.syntax !== '{' || tag.kind !== 'tag' || !name || name === '*' || name === 'literal') continue;
    if (blocks.has(name)) stack.open(tag);
    else if (name === 'else' || name === 'elseif') {
      const inner = stack.innermost?.tagName;
      if (inner !== 'if' && inner !== 'foreach' && inner !== 'section') problems.push(unopened(tag, `{${name}}`, '{if …}'));
      else markBranch(tag);
    } else if (name.startsWith('/')) {
      const problem = closeProblem(tag, stack.close(name.slice(1), tag), `{${name}}`, `{${name.slice(1)} …}`, (block) => `{${block.tagName} …}`);
      if (problem) problems.push(problem);
    }
  }
  stack.reportUnclosed(
    problems,
    (block) => `{${block.tagName} …}`,
    (block) => `{/${block.tagName}}`,
  );
  return problems;
}

/** A script expression's placeholder: a value printed, no variable named (its path may be one of several). */
function scriptValue(at: number, match: RegExpExecArray | null): Placeholder | undefined {
  return match && SCRIPT_SIGN.test(match[1]!) ? placeholderOf(at, at + match[0].length, 'output', '${', match[1]!.trim()) : undefined;
}

function singleDelimiterAt(
  text: string,
  at: number,
  opening: string,
  perlBlockEnd: (at: number) => number | undefined,
  mediawiki: boolean,
  koha = false,
): Placeholder | Placeholder[] | undefined {
  const output = (syntax: PlaceholderSyntax, match: RegExpExecArray, variable: string | undefined) =>
    placeholderOf(at, at + match[0].length, 'output', syntax, match[1]!.trim(), { variable });
  const slot = (syntax: PlaceholderSyntax, match: RegExpExecArray) => placeholderOf(at, at + match[0].length, 'slot', syntax, match[1]!.trim());
  const value = (syntax: PlaceholderSyntax, pattern: RegExp): Placeholder | undefined => {
    const match = stickyMatch(pattern, text, at);
    return match ? output(syntax, match, match[1]) : undefined;
  };
  switch (opening) {
    case '%{':
      return value('%{', OSTICKET());
    case '#{':
      return value('#{', ZAMMAD);
    case '${':
      return value('${', DOLLAR()) ?? scriptValue(at, stickyMatch(SCRIPT_EXPRESSION, text, at));
    case '@{':
      return value('@{', AT());
    case '$':
      if (/[\p{L}\p{N}_$\\]/u.test(text[at - 1] ?? ' ')) return undefined;
      if (!/\p{N}/u.test(text[at + 1]!)) return value('$', APP_DOLLAR);
      return mediawiki ? value('$', WIKI_PARAMETER) : undefined;
    case '__':
      return /[\p{L}\p{N}_]/u.test(text[at - 1] ?? ' ') ? undefined : value('__', DOUBLE_UNDERSCORE);
    case '@':
      return bladeDirective(text, at);
    case '%%': {
      // Dialects write their variable globs in lower case; HESK's names are the same in any case.
      const match = stickyMatch(DOUBLE_PERCENT, text, at);
      return match ? output('%%', match, match[1]!.toLowerCase()) : undefined;
    }
    case '%': {
      // A printf argument names no variable: the program passes its values in order.
      const match = text[at - 1] !== undefined && /\p{N}/u.test(text[at - 1]!) ? null : stickyMatch(PRINTF(), text, at);
      return match ? output('%s', match, undefined) : undefined;
    }
    case ':':
      return at === 0 || LARAVEL_BEFORE.test(text[at - 1]!) ? value(':', LARAVEL) : undefined;
    case '{': {
      const blade = stickyMatch(BLADE_RAW, text, at);
      if (blade) return echoedString(text, at, at + blade[0].length, '{!!') ?? output('{!!', blade, phpVariableOf(blade[1]!));
      if (text[at + 1] === '#') return value('{#', DLT());
      const code = perlBlockEnd(at);
      if (code === undefined) return value('{', BRACE);
      const body = text.slice(at + 1, code - 1);
      const variable = RT_VARIABLE.exec(body);
      return placeholderOf(at, code, 'output', '{$', body.trim(), { variable: variable?.[1] ?? variable?.[2], hasFallback: PERL_DEFAULT.test(body) });
    }
    case '[': {
      const match = stickyMatch(BRACKET, text, at);
      return match && isFillInBracket(text, at, match) ? slot('[', match) : undefined;
    }
    case '<<':
      return value('<<', DOUBLE_ANGLE) ?? (koha ? value('<<', DOUBLE_ANGLE_BARE) : undefined);
    case '((':
      return value('((', DOUBLE_PAREN());
    case '<': {
      if (text[at + 1] === '?') return phpTag(text, at);
      const match = stickyMatch(ANGLE, text, at);
      return match && isFillInAngle(match[1]!) ? slot('<', match) : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * A Laravel Blade directive at `at`: a control line alone on its line (`@endif`, `@else`,
 * `@foreach ($items as $item)`), a tag; or a call inside a line, its bracket right after the name
 * (`@lang('Regards')`), an output. Not an e-mail address or a handle in prose: "@alice (our
 * designer)" inside a sentence has a space before its bracket.
 */
function bladeDirective(text: string, at: number): Placeholder | undefined {
  if (/[\p{L}\p{N}_.@]/u.test(text[at - 1] ?? ' ')) return undefined;
  const name = stickyMatch(BLADE_DIRECTIVE, text, at);
  if (!name) return undefined;
  let end = at + name[0].length;
  const alone = opensLine(text, at);
  let arguments_ = end;
  if (alone) while (text[arguments_] === ' ' || text[arguments_] === '\t') arguments_++;
  if (name[1] === 'php' && text[arguments_] !== '(') return phpBlock(text, at);
  if (text[arguments_] === '(') {
    const close = closingBracket(text, arguments_, BLADE_ARGUMENTS);
    if (close === undefined) return undefined;
    end = close;
  }
  const kind = alone && stickyMatch(REST_OF_LINE_BLANK, text, end) ? 'tag' : end > at + name[0].length ? 'output' : undefined;
  if (!kind) return undefined;
  const body = text.slice(at + 1, end);
  return placeholderOf(at, end, kind, '@', body, { tagName: kind === 'tag' ? name[1] : undefined });
}

/** How far a Blade view's @php block may run to its @endphp: far beyond the few lines a mail view sets up. */
const PHP_BLOCK_REACH = 5000;
const END_PHP = /@endphp\b/g;

/**
 * A Blade @php … @endphp block at `at`, one tag: PHP code (`use Carbon\Carbon;`, `$total = …;`) the reader never sees,
 * so a greeting after it still opens the mail. Unclosed within reach, the "@php" is text.
 */
function phpBlock(text: string, at: number): Placeholder | undefined {
  END_PHP.lastIndex = at + 4;
  const end = END_PHP.exec(text);
  if (!end || end.index - at > PHP_BLOCK_REACH) return undefined;
  const close = end.index + end[0].length;
  return placeholderOf(at, close, 'tag', '@', text.slice(at + 1, close), { tagName: 'php' });
}

/** A PHP tag's opening in a view: `<?php` (then a blank or the line's end) or the short echo `<?=`. */
const PHP_OPENING = /<\?(?:php(?=\s)|=)/y;
/** What a PHP tag prints: the short echo, or a statement that opens with echo or print. */
const PHP_PRINTS = /^(?:=|php\s+(?:echo|print)\b)/;

/**
 * A PHP tag in a view at `at`, `<?php $vehicle = $injury->vehicle()->first(); ?>` or `<?= $name ?>`, to the first
 * "?>" as PHP reads it, within a @php block's reach: code, as @php … @endphp is (a browser ends the processing
 * instruction at its first ">", so "->" in the code left the rest of it as text: trial 46). A tag that prints a value
 * reads as one; unclosed within reach, the "<?" is text.
 */
function phpTag(text: string, at: number): Placeholder | undefined {
  if (!stickyMatch(PHP_OPENING, text, at)) return undefined;
  // Searched within reach only: a text of many "<?php" never closed stays linear.
  const found = text.slice(at + 3, at + PHP_BLOCK_REACH).indexOf('?>');
  if (found < 0) return undefined;
  const close = at + 3 + found;
  const body = text.slice(at + 2, close);
  const prints = PHP_PRINTS.test(body);
  return placeholderOf(at, close + 2, prints ? 'output' : 'tag', '<?', body.replace(/^(?:php|=)/, '').trim(), { tagName: prints ? undefined : 'php' });
}

/** Whether only spaces or tabs (a few) stand between `at` and its line's start. */
function opensLine(text: string, at: number): boolean {
  for (let index = at - 1; index >= Math.max(-1, at - 41); index--) {
    if (index < 0 || text[index] === '\n' || text[index] === '\r') return true;
    if (text[index] !== ' ' && text[index] !== '\t') return false;
  }
  return false;
}

const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const LF = 0x0a;
const SPACE = 0x20;
const TAB = 0x09;
const CR = 0x0d;

/**
 * Where the Request Tracker Perl block opening at a position ends, or
 * undefined: the brace that balances its opening, before a blank line (a
 * stray "{$" in prose never takes in the paragraphs after it). One pass with
 * a stack of open braces: a pass from an opening that is never balanced
 * stops at the blank line or the text's end, having seen which Perl
 * openings inside it are balanced, so later questions about them are
 * answered from that, and no character is read twice.
 */
function perlBlockEnds(text: string): (at: number) => number | undefined {
  let readTo = 0;
  // Ends of the Perl openings balanced inside the last unbalanced pass.
  const ends = new Map<number, number>();
  return (at) => {
    if (!stickyMatch(RT_START, text, at)) return undefined;
    if (at < readTo) return ends.get(at);
    ends.clear();
    const open: number[] = [];
    let blankLine = false;
    for (let index = at; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (code === LF) {
        if (blankLine) {
          readTo = index;
          return undefined;
        }
        blankLine = true;
      } else if (code === OPEN_BRACE) {
        open.push(index);
        blankLine = false;
      } else if (code === CLOSE_BRACE) {
        blankLine = false;
        const start = open.pop();
        if (start === undefined) continue;
        if (open.length === 0) {
          readTo = index + 1;
          return index + 1;
        }
        if (stickyMatch(RT_START, text, start)) ends.set(start, index + 1);
      } else if (code !== SPACE && code !== TAB && code !== CR) blankLine = false;
    }
    readTo = text.length;
    return undefined;
  };
}

/**
 * A URL right after a bracket, past spaces, in parentheses, brackets or angles:
 * the plain-text version of a link, "[Shop name] ( https://shop.example/ )",
 * or a Markdown link broken by a stray ")" right before its "(" ("[Rasa swag])(https://…)": trial 30, a bot's answer).
 */
const LINK_AFTER = /(?:\)\(|[ \t]*[([<])[ \t]*(?:https?:\/\/|www\.)/iy;
/** A bracket holding a URL with no scheme: "[www.shop.example]", "[shop.example/reset]". */
const URL_BODY = lazyPattern(String.raw`^(?:www\.[^\s.]+\.\S+|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}\/\S*)$`, 'iu');

/**
 * Not Markdown: a link's text ([text](url), [text][ref]), a reference
 * ([ref] after a link text, [ref]: url), a task box (- [x]), a footnote
 * number ([1]). Nor a plain-text link: a bracket followed by a URL in
 * parentheses after spaces (or after a stray ")"), or holding a URL (text versions of e-mails).
 */
function isFillInBracket(text: string, at: number, match: RegExpExecArray): boolean {
  const end = at + match[0].length;
  const after = text[end];
  if (after === '(' || after === '[' || after === ':' || text[at - 1] === ']') return false;
  if (stickyMatch(LINK_AFTER, text, end) || URL_BODY().test(match[1]!)) return false;
  if (TASK_BOX.test(match[1]!) && LIST_ITEM_START.test(lineBefore(text, at, 20))) return false;
  return !/^[\p{N} ]+$/u.test(match[1]!);
}

/** The text from the line's start to `at`, or "" when that is longer than `limit` (no list item starts so far out). */
function lineBefore(text: string, at: number, limit: number): string {
  for (let index = at - 1; index >= Math.max(-1, at - limit - 1); index--) {
    if (index < 0 || text[index] === '\n' || text[index] === '\r') return text.slice(index + 1, at);
  }
  return '';
}

/** Whether an HTML-looking tag (<NAME>) is a fill-in slot in Markdown or plain text. */
export function isAngleSlot(tag: string): boolean {
  const match = stickyMatch(ANGLE, tag, 0);
  return match !== null && match[0].length === tag.length && isFillInAngle(match[1]!);
}

/**
 * Upper case (<NAME>) or several words (<customer name>, <first_name>), and no HTML element (<BR>, <a name>). In HTML
 * too: a browser shows nothing of <CUSTOMER NAME> ("Hi ,"), a fill-in left all the same (review #6).
 */
function isFillInAngle(body: string): boolean {
  if (HTML_ELEMENTS.has(body.split(' ')[0]!.toLowerCase())) return false;
  return !/\p{Ll}/u.test(body) || /[ _]/.test(body.trim());
}

/** A scan without the placeholders and problems inside `spans` (in source order): "[% '{{x}}' %]" is one Template Toolkit string. */
function withoutInside(scan: PlaceholderScan, spans: readonly Placeholder[]): PlaceholderScan {
  if (spans.length === 0) return scan;
  const inside = (item: { start: number }) => {
    const span = spans[partitionPoint(spans.length, (index) => spans[index]!.end <= item.start)];
    return span !== undefined && span.start <= item.start;
  };
  return { placeholders: scan.placeholders.filter((item) => !inside(item)), problems: scan.problems.filter((item) => !inside(item)) };
}

/** Two lists in source order, merged. */
function mergeBySource(first: Placeholder[], second: Placeholder[]): Placeholder[] {
  if (second.length === 0) return first;
  const merged: Placeholder[] = [];
  let a = 0;
  let b = 0;
  while (a < first.length || b < second.length) {
    if (b >= second.length || (a < first.length && first[a]!.start <= second[b]!.start)) merged.push(first[a++]!);
    else merged.push(second[b++]!);
  }
  return merged;
}

function nextDelimiter(text: string, from: number): { index: number; token: string } | undefined {
  const match = /\{\{|\{%|\}\}|%\}/g;
  match.lastIndex = from;
  const found = match.exec(text);
  return found ? { index: found.index, token: found[0] } : undefined;
}

/** The closing delimiter, unless another opening comes first on the way. */
function findClose(text: string, from: number, closeToken: string): number {
  const pattern = /\{\{|\{%|\}\}|%\}/g;
  pattern.lastIndex = from;
  for (let found = pattern.exec(text); found; found = pattern.exec(text)) {
    if (found[0] === closeToken) return found.index;
    if (found[0] === '{{' || found[0] === '{%') return -1;
  }
  return -1;
}

/** How far a {{ }} that nests others may run: bounded, so a text of unclosed "{{" stays one pass. */
const NESTED_REACH = 300;

/**
 * The end (past its "}}") of a {{ at `start` whose braces balance with other
 * {{ }} nested inside, on its line and within NESTED_REACH characters, or -1.
 */
function nestedClose(text: string, start: number): number {
  const pattern = /\{\{|\}\}|\{%|%\}|[\r\n]/g;
  pattern.lastIndex = start + 2;
  let depth = 1;
  const limit = start + NESTED_REACH;
  for (let found = pattern.exec(text); found && found.index < limit; found = pattern.exec(text)) {
    if (found[0] === '{{') depth++;
    else if (found[0] === '}}') depth--;
    else return -1;
    if (depth === 0) return found.index + 2 <= limit ? found.index + 2 : -1;
    if (depth > 3) return -1;
  }
  return -1;
}

// What an unclosed opening holds before the writer's words go on: a variable with
// filters ({{first_name | fallback: "there"), a Help Scout variable
// ({%customer.firstName,fallback=there), or a Liquid tag that takes no arguments.
const UNCLOSED_VARIABLE = String.raw`[\p{L}_][\p{L}\p{N}_-]*(?:\.[\p{L}_][\p{L}\p{N}_-]*)*`;
const FILTERS = String.raw`(?:[ \t]*\|[ \t]*[a-z_]+(?:[ \t]*:[ \t]*(?:"[^"\n{}]*"|'[^'\n{}]*'|[\p{L}\p{N}_.]+))?)*`;
const OUTPUT_EXPRESSION = lazyPattern(String.raw`^-?[ \t]*${UNCLOSED_VARIABLE}${FILTERS}`, 'u');
const TAG_EXPRESSION = lazyPattern(
  String.raw`^-?[ \t]*(?:[\p{L}_][\p{L}\p{N}_]*\.[\p{L}_][\p{L}\p{N}_]*(?:,fallback=[\p{L}\p{N}_]*)?|(?:else|end[a-z]+|comment|raw|break|continue)(?![\p{L}\p{N}_]))`,
  'u',
);
/** How far past its opening a never-closed expression is read. */
const EXPRESSION_REACH = 500;

/**
 * The expression of a "{{" or "{%" never closed, from `afterOpen`: where it ends, and past a closing typed in half
 * ("{{name}", "{%customer.firstName,fallback=there%"), where that ends. Undefined when the expression is not plain:
 * where it ends is then a guess.
 */
export function unclosedExpression(text: string, afterOpen: number, delimiter: '}}' | '%}'): { end: number; halfEnd?: number } | undefined {
  const reach = text.slice(afterOpen, afterOpen + EXPRESSION_REACH);
  const line = reach.slice(0, reach.search(/[\r\n]|$/));
  const expression = (delimiter === '}}' ? OUTPUT_EXPRESSION : TAG_EXPRESSION)().exec(line);
  if (!expression) return undefined;
  const end = afterOpen + expression[0].length;
  const typedHalf = (delimiter === '}}' ? /^[ \t]*\}(?!\})/ : /^[ \t]*-?%(?!\})/).exec(text.slice(end, end + 40));
  return typedHalf ? { end, halfEnd: end + typedHalf[0].length } : { end };
}

/** Where an HTML tag opens ("<p>", "</p>", "<br>"). */
const MARKUP_TAG = /<\/?[a-z]/i;

/**
 * Where a never-closed "{{" or "{%" stops taking in the text: past its plain expression and any half-typed closing,
 * else at its line's end or an HTML tag before it. An HTML e-mail holds a whole paragraph, or all of them, on one
 * line: to the line's end, the broken tag hid every sentence after it from the other rules (reviewer, hs-unclosed).
 */
function unclosedEnd(text: string, afterOpen: number, delimiter: '}}' | '%}', lineEnd: number): number {
  const expression = unclosedExpression(text, afterOpen, delimiter);
  if (expression !== undefined) return Math.min(expression.halfEnd ?? expression.end, lineEnd);
  const tag = MARKUP_TAG.exec(text.slice(afterOpen, Math.min(lineEnd, afterOpen + EXPRESSION_REACH)));
  return tag === null ? lineEnd : afterOpen + tag.index;
}

/** The end of the line holding an offset, asked in increasing order; each character is read once. */
function lineEndFinder(text: string): (from: number) => number {
  let known = -1;
  return (from) => {
    if (from <= known) return known;
    known = from;
    while (known < text.length && text[known] !== '\n' && text[known] !== '\r') known++;
    return known;
  };
}

/** How far a Template Toolkit tag may run: far beyond a real one, so a stray "[%" never takes in the text after it. */
const TOOLKIT_REACH = 2000;
/** A Template Toolkit tag's inside after its chomp flag: a directive or a value starts with a letter, "$", a quote, "(" or "#" (a comment). */
const TOOLKIT_BODY = lazyPattern(String.raw`^[-+~=]?\s*(?:#|[\p{L}_$'"(])`, 'u');
/** Template Toolkit's directives that open a block closed by [% END %]. */
const TOOLKIT_BLOCKS = /^(?:IF|UNLESS|FOREACH|FOR|WHILE|SWITCH|BLOCK|WRAPPER|FILTER|TRY|PERL|RAWPERL)$/;
/** The branches of a block, and the blocks each belongs in: ELSIF and ELSE in an IF or UNLESS, CASE in a SWITCH, CATCH and FINAL in a TRY. */
const TOOLKIT_BRANCHES: Record<string, RegExp> = {
  ELSIF: /^(?:IF|UNLESS)$/,
  ELSE: /^(?:IF|UNLESS)$/,
  CASE: /^SWITCH$/,
  CATCH: /^TRY$/,
  FINAL: /^TRY$/,
};
/** Directives that print nothing of their own or pull in another template: control flow, as Handlebars' {{> partial}} is. */
const TOOLKIT_SILENT = /^(?:END|SET|DEFAULT|CALL|USE|MACRO|INCLUDE|PROCESS|INSERT|NEXT|LAST|RETURN|STOP|CLEAR|META|TAGS|DEBUG|THROW)$/;
/** A statement's first word, a directive in any case (ANYCASE), not a variable's path or an assignment to it. */
const TOOLKIT_DIRECTIVE = /^([A-Za-z]+)(?![\w.(]|\s*=(?!=))/;
/** An assignment, "x = 1" (SET left out): prints nothing. */
const TOOLKIT_ASSIGNMENT = lazyPattern(String.raw`^[\p{L}_][\p{L}\p{N}_.]*\s*=(?!=)`, 'u');

/**
 * Template Toolkit: [% report.name %], [% name | html %], [%- IF x -%] … [% ELSIF y %] … [% ELSE %] … [% END %],
 * [%# a comment %]. A value is an output; a directive is control flow, its blocks balanced: END closes the
 * innermost, an ELSE outside an IF has no block, a block never ended is unclosed. A tag may hold several statements
 * ("[% IF x; 'a'; END %]"), each read in turn. One pass: "[%" and "%]" found in order, a tag no longer than
 * TOOLKIT_REACH and no blank line inside; an opening with no close before the next one is text (a price list's "[%]").
 */
function scanTemplateToolkit(text: string): PlaceholderScan {
  const placeholders: Placeholder[] = [];
  const problems: PlaceholderProblem[] = [];
  if (!text.includes('[%')) return { placeholders, problems };
  const blocks = new BlockStack(() => 'END');
  const token = /\[%|%\]/g;
  let open = -1;
  // Openings with no close before the next one: malformed in a text that writes Template Toolkit, else text.
  const unclosed: number[] = [];
  for (let found = token.exec(text); found; found = token.exec(text)) {
    if (found[0] === '[%') {
      if (open >= 0) unclosed.push(open);
      open = found.index;
      continue;
    }
    if (open < 0) continue;
    const start = open;
    open = -1;
    const end = found.index + 2;
    const inside = text.slice(start + 2, found.index);
    if (end - start > TOOLKIT_REACH || !TOOLKIT_BODY().test(inside) || /\n[ \t]*\r?\n/.test(inside)) continue;
    const body = inside
      .replace(/^[-+~=]/, '')
      .replace(/[-+~=]$/, '')
      .trim();
    const tag = toolkitTag(start, end, body);
    placeholders.push(tag);
    if (tag.kind === 'tag') balanceToolkit(tag, body, blocks, problems);
  }
  blocks.reportUnclosed(
    problems,
    (block) => `[% ${block.tagName} … %]`,
    () => '[% END %]',
  );
  if (open >= 0) unclosed.push(open);
  if (unclosed.length === 0) return { placeholders, problems };
  // "Hi [% user.first_name %," (a "]" lost): the reader gets it raw. Its expression reads as one value, not as prose.
  // Alone in a text, only a variable's path (a dot or an underscore) tells template code from a "[%" of prose.
  const written = placeholders.length > 0;
  for (const at of unclosed) {
    const expression = stickyMatch(TOOLKIT_UNCLOSED(), text, at);
    if (!expression || !(written || /[._]/.test(expression[1]!))) continue;
    const end = at + expression[0].length;
    placeholders.push(placeholderOf(at, end, 'output', '[%', expression[1]!, { variable: expression[1] }));
    problems.push({ start: at, end, message: { id: 'placeholder.unclosed', args: { open: '[%', close: '%]' } } });
  }
  placeholders.sort((a, b) => a.start - b.start);
  return { placeholders, problems };
}

/** A Template Toolkit opening never closed: its chomp flag, a variable or directive, and a close typed by half ("%" with no "]"). */
const TOOLKIT_UNCLOSED = lazyPattern(String.raw`\[%[-+~=]?[ \t]*([\p{L}_][\p{L}\p{N}_.]*)(?:[ \t]*%(?!\]))?`, 'uy');

/** The statements of a tag's body, split at semicolons outside quotes, trimmed, empty ones left out. */
function toolkitStatements(body: string): string[] {
  const statements: string[] = [];
  let quote: string | undefined;
  let from = 0;
  for (let index = 0; index < body.length; index++) {
    const char = body[index]!;
    if (quote) {
      if (char === '\\') index++;
      else if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === ';') {
      statements.push(body.slice(from, index).trim());
      from = index + 1;
    }
  }
  statements.push(body.slice(from).trim());
  return statements.filter((statement) => statement.length > 0);
}

/**
 * A statement's directive in upper case (IF, END, INCLUDE), or undefined for a value or an assignment. Written in lower
 * case (ANYCASE) a directive takes words after it, or is END or ELSE: "[% last %]" alone is a variable.
 */
function toolkitDirective(statement: string): string | undefined {
  const written = TOOLKIT_DIRECTIVE.exec(statement)?.[1];
  const word = written?.toUpperCase();
  if (written === undefined || word === undefined) return undefined;
  if (written !== word && written.length === statement.length && word !== 'END' && word !== 'ELSE') return undefined;
  return TOOLKIT_BLOCKS.test(word) || word in TOOLKIT_BRANCHES || TOOLKIT_SILENT.test(word) || word === 'GET' ? word : undefined;
}

/** A Template Toolkit tag: a comment, a value ([% x %], [% GET x %], [% x IF y %]) or control flow. */
function toolkitTag(start: number, end: number, body: string): Placeholder {
  if (body.startsWith('#')) return placeholderOf(start, end, 'tag', '[%', body, { tagName: '#' });
  const first = toolkitStatements(body)[0] ?? '';
  const directive = toolkitDirective(first);
  if (directive === undefined && TOOLKIT_ASSIGNMENT().test(first)) return placeholderOf(start, end, 'tag', '[%', body, { tagName: 'SET' });
  if (directive !== undefined && directive !== 'GET') return placeholderOf(start, end, 'tag', '[%', body, { tagName: directive });
  const expression = directive === 'GET' ? first.slice(3).trim() : first;
  return placeholderOf(start, end, 'output', '[%', body, { variable: VARIABLE.exec(expression)?.[0], hasFallback: FALLBACK.test(expression) });
}

/**
 * Balances a control tag's statements in turn. The tag's flow is what it does as a whole to the blocks around it:
 * a tag that opens a block and ends it ("[% IF x; 'a'; END %]") does nothing; one that starts a branch of an open
 * block is a branch.
 */
function balanceToolkit(tag: Placeholder, body: string, blocks: BlockStack, problems: PlaceholderProblem[]): void {
  const depth = blocks.blocks.length;
  let branched = false;
  for (const statement of toolkitStatements(body)) {
    const directive = toolkitDirective(statement);
    // A MACRO defined with a BLOCK ("[% MACRO title(x) BLOCK %]") opens one; one of an INCLUDE does not.
    if (directive && (TOOLKIT_BLOCKS.test(directive) || (directive === 'MACRO' && /\bBLOCK$/.test(statement)))) {
      blocks.open(placeholderOf(tag.start, tag.end, 'tag', '[%', body, { tagName: directive }));
    } else if (directive && directive in TOOLKIT_BRANCHES) {
      const innermost = blocks.innermost?.tagName;
      if (innermost === undefined || !TOOLKIT_BRANCHES[directive]!.test(innermost)) problems.push(unopened(tag, `[% ${directive} %]`, '[% IF … %]'));
      else if (blocks.blocks.length === depth) branched = true;
    } else if (directive === 'END') {
      const closed = blocks.close('END');
      if (closed.outcome === 'unopened') problems.push(unopened(tag, '[% END %]', '[% IF … %]'));
    }
  }
  const after = blocks.blocks.length;
  tag.flow = after > depth ? 'open' : after < depth ? 'close' : branched ? 'branch' : undefined;
}

/** How far a FreeMarker directive may run: far beyond a real one. */
const FREEMARKER_REACH = 1000;
/** FreeMarker's branches, and the blocks each belongs in. */
const FREEMARKER_BRANCHES: Record<string, RegExp> = {
  elseif: /^if$/,
  else: /^(?:if|list|items)$/,
  case: /^switch$/,
  default: /^switch$/,
  on: /^switch$/,
  recover: /^attempt$/,
};

/**
 * FreeMarker (Java apps' mail templates): <#-- a comment -->, <#if x>, <#elseif y>, <#else>, </#if>, <#list xs as x>,
 * <#assign x = 1/>, <#include "x.ftl">, <@macro/>: control flow, never prose; its ${x} values are read with the other
 * one-delimiter syntaxes. Its own blocks (<#if>, <#list>, <#switch>, <#macro>, <#function>, <#attempt>) and any directive
 * the text closes somewhere (an <#assign> that captures) balance, each by its name. One pass: a comment's end and each tag's ">" are searched once, within
 * reach and before a blank line; an opening with none is text. A template in FreeMarker's square bracket syntax
 * ([#if x]…[#else]…[/#if], [#-- a comment --]) is read so when it closes a directive ([/#…]) or opens with [#ftl]: a
 * Markdown link to "[#general]" closes none.
 */
function scanFreeMarker(text: string): PlaceholderScan {
  const placeholders: Placeholder[] = [];
  const problems: PlaceholderProblem[] = [];
  const square = text.includes('[/#') || /^\s*\[#ftl\b/.test(text);
  const [open, close] = square ? ['[', ']'] : ['<', '>'];
  if (!square && !text.includes('<#') && !text.includes('</#') && !text.includes('<@')) return { placeholders, problems };
  const syntax = square ? '[#' : '<#';
  const [commentOpen, commentClose] = square ? ['[#--', '--]'] : ['<#--', '-->'];
  // FreeMarker's own blocks, and those the text closes somewhere (an <#assign> that captures, a macro of its own).
  const closed = new Set(['if', 'list', 'switch', 'macro', 'function', 'attempt']);
  for (const found of text.matchAll(square ? /\[\/#([a-z]+)\s*\]/gi : /<\/#([a-z]+)\s*>/gi)) closed.add(found[1]!.toLowerCase());
  const blocks = new BlockStack((block) => block.tagName!);
  const opened = (tagName: string) => `${open}#${tagName} …${close}`;
  const opening = square ? /\[\/?[#@]/g : /<\/?[#@]/g;
  const named = square ? /^\[\/?[#@]([A-Za-z][\w.]*)/ : /^<\/?[#@]([A-Za-z][\w.]*)/;
  let commentsEnd = 0;
  for (let found = opening.exec(text); found; found = opening.exec(text)) {
    const start = found.index;
    if (text.startsWith(commentOpen, start)) {
      // A comment never ended reads as text, and so does every later opening of one.
      const end = commentsEnd < 0 ? -1 : text.indexOf(commentClose, start + 4);
      if (end < 0) {
        commentsEnd = -1;
        continue;
      }
      placeholders.push(placeholderOf(start, end + 3, 'tag', syntax, text.slice(start + 4, end).trim(), { tagName: '#' }));
      opening.lastIndex = end + 3;
      continue;
    }
    const name = named.exec(text.slice(start, start + 60))?.[1];
    const end = name === undefined ? -1 : tagEnd(text, start + found[0].length + name.length, open, close);
    if (name === undefined || end < 0) continue;
    const lower = name.toLowerCase();
    const closing = found[0].startsWith(`${open}/`);
    const tag = placeholderOf(
      start,
      end,
      'tag',
      syntax,
      text
        .slice(start + found[0].length, end - 1)
        .replace(/\/$/, '')
        .trim(),
      {
        tagName: closing ? `/${lower}` : lower,
      },
    );
    placeholders.push(tag);
    opening.lastIndex = end;
    if (found[0].endsWith('@')) continue;
    const written = closing ? `${open}/#${name}${close}` : opened(name);
    if (closing) {
      const problem = closeProblem(tag, blocks.close(lower, tag), written, opened(name), (block) => opened(block.tagName!));
      if (problem) problems.push(problem);
    } else if (lower in FREEMARKER_BRANCHES) {
      const innermost = blocks.innermost?.tagName;
      if (innermost !== undefined && FREEMARKER_BRANCHES[lower]!.test(innermost)) markBranch(tag);
      else problems.push(unopened(tag, written, opened('if')));
    } else if (closed.has(lower) && !text.slice(end - 2, end).startsWith('/')) blocks.open(tag);
  }
  blocks.reportUnclosed(
    problems,
    (block) => opened(block.tagName!),
    (block) => `${open}/#${block.tagName}${close}`,
  );
  return { placeholders, problems };
}

/** The end (past its ">") of a FreeMarker tag whose name ends at `from`: no "<" or blank line before it, within reach; -1 when none. */
function tagEnd(text: string, from: number, open: string, close: string): number {
  for (let index = from; index < Math.min(text.length, from + FREEMARKER_REACH); index++) {
    const char = text[index]!;
    if (char === close) return index + 1;
    if (char === open || (char === '\n' && /^\n[ \t]*\r?\n/.test(text.slice(index, index + 40)))) return -1;
  }
  return -1;
}
