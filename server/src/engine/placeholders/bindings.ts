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

/** The bindings written in `text`, read from its scanned `{% %}` tags; a binding never closed binds nothing. */
export function templateBindings(text: string, placeholders: readonly Placeholder[]): Binding[] {
  const bindings: Binding[] = [];
  const tags = placeholders.filter((placeholder) => placeholder.kind === 'tag' && placeholder.syntax === '{%');
  for (const [index, tag] of tags.entries()) {
    const name = tag.tagName;
    const bodyStart = text.indexOf(tag.body, tag.start);
    if (name === 'set') {
      const set = SET.exec(tag.body);
      const expression = set?.[2]!.trim();
      if (set && expression) bindings.push(bindingOf(tag, set[1]!, expression, bodyStart + tag.body.lastIndexOf(expression), 'set', text.length, bindings));
      continue;
    }
    const closer = name === undefined ? undefined : END_OF[name];
    if (closer === undefined) continue;
    const end = closingTag(tags, index, name!, closer);
    if (end === undefined) continue;
    const kind = name === 'with' ? 'with' : 'blocktranslate';
    const older = kind === 'with' ? WITH_AS.exec(tag.body) : null;
    if (older) {
      bindings.push(bindingOf(tag, older[2]!, older[1]!, bodyStart + tag.body.indexOf(older[1]!, 4), kind, end.start, bindings));
      continue;
    }
    for (const assignment of tag.body.matchAll(ASSIGNMENT)) {
      const expression = assignment[2]!;
      const at = bodyStart + assignment.index + assignment[0].length - expression.length;
      bindings.push(bindingOf(tag, assignment[1]!, expression, at, kind, end.start, bindings));
    }
  }
  return bindings;
}

/** The end tag that closes the tag at `index`, counting tags of the same name opened in between. */
function closingTag(tags: readonly Placeholder[], index: number, name: string, closer: string): Placeholder | undefined {
  let depth = 0;
  for (let next = index + 1; next < tags.length; next++) {
    const tagName = tags[next]!.tagName;
    if (tagName === name) depth++;
    else if (tagName === closer && depth-- === 0) return tags[next];
  }
  return undefined;
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

/** The innermost Django translation block whose stretch holds `at` (filters are refused inside it). */
export function translationBlockAt(placeholders: readonly Placeholder[], at: number): { start: number; end: number } | undefined {
  const tags = placeholders.filter((placeholder) => placeholder.kind === 'tag' && placeholder.syntax === '{%');
  let found: { start: number; end: number } | undefined;
  for (const [index, tag] of tags.entries()) {
    if (tag.tagName !== 'blocktranslate' && tag.tagName !== 'blocktrans') continue;
    const end = closingTag(tags, index, tag.tagName, END_OF[tag.tagName]!);
    if (end && tag.end <= at && at < end.start) found = { start: tag.end, end: end.start };
  }
  return found;
}
