// Names a template binds for a stretch of its text, and whether the value bound gives a fallback:
// Django's {% blocktranslate with name=… %}…{% endblocktranslate %} (also {% blocktrans %} and its `count`),
// {% with name=… %}…{% endwith %} (and the older {% with value as name %}), Jinja's {% set name = … %} (to the end
// of the text). An output of the bound name inside that stretch prints the bound value (trial 44's fund mails greet
// "Hi {{ name }}" under `with name=donation.donor.name_with_fallback`).

import type { Placeholder } from './placeholder';

export interface Binding {
  name: string;
  /** Where the bound name can be printed: from the end of the binding tag to the start of its end tag. */
  start: number;
  end: number;
  /** The bound expression and where it is written in the text. */
  expression: string;
  expressionStart: number;
  /** The tag that binds: blocktranslate (blocktrans too), with or set. */
  tag: 'blocktranslate' | 'with' | 'set';
  hasFallback: boolean;
}

const END_OF: Record<string, string> = { blocktranslate: 'endblocktranslate', blocktrans: 'endblocktrans', with: 'endwith' };
/** `name=value` in a tag's arguments; a value runs to the next space outside quotes. */
const ASSIGNMENT = /([\p{L}_][\p{L}\p{N}_]*)\s*=\s*((?:"[^"]*"|'[^']*'|[^\s"'])+)/gu;
/** The older `{% with value as name %}`. */
const WITH_AS = /^with\s+((?:"[^"]*"|'[^']*'|[^\s"'])+)\s+as\s+([\p{L}_][\p{L}\p{N}_]*)\s*$/u;
/** Jinja's `{% set name = expression %}`. */
const SET = /^set\s+([\p{L}_][\p{L}\p{N}_]*)\s*=\s*(.+)$/su;
/** A filter that gives a fallback (Django `|default:`, `|default_if_none:`, Jinja `|default(…)`), or Jinja's `or 'there'`. */
const FALLBACK_FILTER = /\|\s*default(?:_if_none)?\s*[:(]|\s(?:or|\|\|)\s*['"]/;
const QUOTED = /^(?:"[^"]*"|'[^']*')$/;
const BARE_VARIABLE = /^[\p{L}_][\p{L}\p{N}_]*(?:\.[\p{L}_][\p{L}\p{N}_]*)*$/u;
/**
 * A variable that says, by its own name, that it holds a fallback (`name_with_fallback`, `firstNameFallback`): an
 * attribute the application computes, so its last segment is the whole evidence there is. A plain name
 * (`donor.first_name`) bound under another name has none, whatever the file does with it elsewhere.
 */
const NAMED_FALLBACK = /(?:^|_)fallback(?:_|$)|[a-z]Fallback(?![a-z])/;

/** What templateScopes reads: the bindings, and the stretches inside Django translation blocks (filters refused there). */
export interface TemplateScopes {
  bindings: Binding[];
  translations: { start: number; end: number }[];
}

/** How far down the open blocks an end tag looks for its opening: templates nest a few, so a text of stray end tags stays linear. */
const MAX_DEPTH = 32;

/**
 * The bindings written in `text` and its translation blocks, read in one pass over its scanned `{% %}` tags. A
 * binding's value is judged where it is written, so an enclosing binding it names is known then; a block never
 * closed binds nothing.
 */
export function templateScopes(text: string, placeholders: readonly Placeholder[]): TemplateScopes {
  const bindings: Binding[] = [];
  const translations: { start: number; end: number }[] = [];
  const open: { name: string; tag: Placeholder; bound: Binding[] }[] = [];
  for (const tag of placeholders) {
    const name = tag.tagName;
    if (tag.kind !== 'tag' || tag.syntax !== '{%' || name === undefined) continue;
    const bodyStart = text.indexOf(tag.body, tag.start);
    if (name === 'set') {
      const set = SET.exec(tag.body);
      const expression = set?.[2]!.trim();
      if (set && expression) bindings.push(bindingOf(tag, set[1]!, expression, bodyStart + tag.body.lastIndexOf(expression), 'set', text.length, bindings));
      continue;
    }
    if (END_OF[name] !== undefined) {
      const kind = name === 'with' ? 'with' : 'blocktranslate';
      const bound: Binding[] = [];
      const older = kind === 'with' ? WITH_AS.exec(tag.body) : null;
      if (older) bound.push(bindingOf(tag, older[2]!, older[1]!, bodyStart + tag.body.indexOf(older[1]!, 4), kind, text.length, bindings));
      else
        for (const assignment of tag.body.matchAll(ASSIGNMENT)) {
          const expression = assignment[2]!;
          const at = bodyStart + assignment.index + assignment[0].length - expression.length;
          bound.push(bindingOf(tag, assignment[1]!, expression, at, kind, text.length, bindings));
        }
      // Known to the values written inside it (with end at the text's end until its end tag is found).
      for (const binding of bound) bindings.push(binding);
      open.push({ name, tag, bound });
      continue;
    }
    let depth = open.length - 1;
    while (depth >= Math.max(0, open.length - MAX_DEPTH) && END_OF[open[depth]!.name] !== name) depth--;
    if (depth < Math.max(0, open.length - MAX_DEPTH)) continue;
    // The blocks opened inside it and never closed bind nothing.
    for (const unclosed of open.splice(depth + 1)) forget(bindings, unclosed.bound);
    const block = open.pop()!;
    for (const binding of block.bound) binding.end = tag.start;
    if (block.name !== 'with') translations.push({ start: block.tag.end, end: tag.start });
  }
  for (const unclosed of open) forget(bindings, unclosed.bound);
  return { bindings, translations };
}

function forget(bindings: Binding[], bound: readonly Binding[]): void {
  if (bound.length === 0) return;
  const gone = new Set(bound);
  let kept = 0;
  for (const binding of bindings) if (!gone.has(binding)) bindings[kept++] = binding;
  bindings.length = kept;
}

function bindingOf(
  tag: Placeholder,
  name: string,
  expression: string,
  expressionStart: number,
  kind: Binding['tag'],
  end: number,
  outer: readonly Binding[],
): Binding {
  return { name, start: tag.end, end, expression, expressionStart, tag: kind, hasFallback: givesFallback(expression, tag.start, outer) };
}

/**
 * Whether a bound expression always prints something: a quoted string, a fallback filter or `or 'there'`, a variable
 * whose name says it holds the fallback, or a name an enclosing binding gave a fallback to
 * ({% with n=user.first_name|default:"there" %}{% blocktranslate with name=n %}).
 */
function givesFallback(expression: string, at: number, outer: readonly Binding[]): boolean {
  if (QUOTED.test(expression) || FALLBACK_FILTER.test(` ${expression}`)) return true;
  if (!BARE_VARIABLE.test(expression)) return false;
  if (NAMED_FALLBACK.test(expression.slice(expression.lastIndexOf('.') + 1))) return true;
  return bindingAt(outer, expression, at)?.hasFallback === true;
}

/** The innermost binding of `name` whose stretch holds `at`. */
export function bindingAt(bindings: readonly Binding[], name: string, at: number): Binding | undefined {
  let found: Binding | undefined;
  for (const binding of bindings) if (binding.name === name && binding.start <= at && at < binding.end) found = binding;
  return found;
}

/** The innermost Django translation block whose stretch holds `at`. */
export function translationBlockAt(scopes: TemplateScopes, at: number): { start: number; end: number } | undefined {
  let found: { start: number; end: number } | undefined;
  for (const block of scopes.translations) if (block.start <= at && at < block.end && (!found || block.start > found.start)) found = block;
  return found;
}
