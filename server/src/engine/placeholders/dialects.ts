// Placeholder dialects: which variables a help desk knows, which hold a name
// that can be empty, and how it writes a fallback. The data lives in
// rules/placeholders/dialects.yaml.

import picomatch from 'picomatch';
import { WordMemo } from '../text/word-memo';
import type { Placeholder, PlaceholderSyntax } from './placeholder';
import { lazyPattern } from '../text/lazy-pattern';

export interface Dialect {
  name: string;
  title: string;
  /** The placeholder syntaxes judged against `variables`, the one its variables are written in first. */
  syntaxes: PlaceholderSyntax[];
  /** Fallback template with ${variable} and ${fallback}; empty when the help desk has no fallback syntax. */
  fallback: string;
  /** Variables (globs: * for any characters) that hold a person's name and may be empty. */
  names: string[];
  /**
   * Of `names`, the variables (globs) whose name alone does not say whose name they print ({{name}}: a person's, a
   * card's, a product's): one is taken for the reader's name only where the text speaks to them with it.
   */
  sharedNames?: string[];
  /** Known variables (globs), the team's custom ones (`custom`) included. */
  variables: string[];
  /** The team's custom variables (globs) from the config's `placeholders: { variables }`. */
  custom?: string[];
  /**
   * The team's bracket variables, written with their brackets in `placeholders: { variables }`
   * ("[Emri]", "[SUB:*]"): what is inside the brackets, as globs. The help desk or app fills
   * them itself, so they are no fill-in slot left for the agent.
   */
  bracketVariables?: string[];
  /** The customer's first name as a greeting writes it, with a fallback where it can be empty. */
  greetingName?: string;
  /** The writer's (agent's) first name, for a closing. */
  agentName?: string;
  /** Variables (globs) that print the writer's signature: one at a reply's end is its closing. */
  signatures?: string[];
  /** Variables (globs) that print the organisation's own name: alone on a reply's last lines, the organisation signs it. */
  organisations?: string[];
  /** Variables (globs) that print the site or server the system runs ({hostname}, {{site_name}}), not a seller's name. */
  sites?: string[];
  /** Variables (globs) that print a person's name (the writer's): under a valediction a person signs, whatever else is there. */
  people?: string[];
  /** Variables (globs) that print the site's administrator from its settings (%{admin_name}): a platform signs with them. */
  administrators?: string[];
  /** Variables (globs) that print the number the help desk gave the reader's request ({{ticket_number}}, {{ticket.id}}). */
  tickets?: string[];
  /** Variables (globs) that print an order's or booking's own details: what a shop's system fills in its e-mails. */
  records?: string[];
  /** Variables (globs) that print a web address: under a text, the system's address beside its name. */
  links?: string[];
  /** Variables (globs) that print the team's written answer (osTicket's %{response}): an e-mail holding one carries its answer. */
  responses?: string[];
  /** Variables (globs) that print the greeting itself (a shop's "{greeting}"): one alone on a reply's first line greets. */
  greetings?: string[];
  /** Patterns of placeholders (opening delimiter and body) only this help desk writes, for `placeholders: auto`. */
  detect?: string[];
  /**
   * Patterns as `detect` that point to the dialect only in a file no dialect's `files` names: a variable written bare
   * ({{first_name}}) is Intercom's in a .txt macro, and any engine's in a .liquid or .twig template.
   */
  hints?: string[];
  /** Globs of the names a template engine's files have (*.liquid, *.hbs): a file so named is guessed the dialect unless a `detect` points elsewhere. */
  files?: string[];
  /**
   * Dialects whose votes one of this dialect's own outweighs, however many: they write some of its placeholders the
   * same and never its own (Smarty's {$a->b} looks like Request Tracker's; RT writes no {/if}).
   */
  outvotes?: string[];
  /**
   * Patterns of placeholders (as `detect`) that prove a file is the dialect's beside its known variables, so a guess
   * of it judges unknown ones (Magento's %name, found only in a {{trans}} string): carriesEvidence.
   */
  evidence?: string[];
  /**
   * A pattern every placeholder in the dialect's syntax matches as written, for a dialect that fills only exact
   * shapes (Moodle's `{$a}`, `{$a->name}`): any other is malformed, shown to the reader as it stands.
   */
  shape?: string;
  /**
   * The comments the dialect's template engine drops, [opening, closing]: the first whose `detect` (as `detect`) a
   * placeholder of the file matches or whose `files` (globs) names it, else the one without either (a Jinja or
   * FreeMarker template read as Liquid). None: the
   * engine prints every comment form, so no directive is written into its plain-text files (templateEngine).
   * `fallback`: that engine's own, when it is not the dialect's (Jinja's `default("…")` in a file read as Liquid).
   */
  comments?: TemplateEngine[];
}

/** A template engine a dialect's files may be written for, told by their placeholders or their names (Dialect.comments). */
export interface TemplateEngine {
  detect?: string[];
  files?: string[];
  comment: [string, string];
  fallback?: string;
}

/** The built-in dialects, most specific first: detection gives a tie to the one listed first. */
export const DIALECT_NAMES = [
  'helpscout',
  'gorgias',
  'front',
  'freshdesk',
  'zendesk',
  'intercom',
  'osticket',
  'zammad',
  'odoo',
  'velocity',
  'moodle',
  'smarty',
  'rt',
  'magento',
  'koha',
  'chamilo',
  'templatetoolkit',
  'laravel',
  'mediawiki',
  'handlebars',
  'liquid',
  'none',
] as const;

const globCache = new Map<string, RegExp>();
function glob(pattern: string): RegExp {
  let regex = globCache.get(pattern);
  if (!regex) globCache.set(pattern, (regex = picomatch.makeRe(pattern, VARIABLE_GLOB)));
  return regex;
}

/** Variable globs are picomatch globs; `dot` lets * take in a variable's dots at any place. */
const VARIABLE_GLOB: picomatch.PicomatchOptions = { dot: true };

const matchesAny = (patterns: string[], variable: string) => patterns.some((pattern) => glob(pattern).test(variable));

/**
 * Answers per dialect and variable, remembered: a macro library repeats the
 * same few variables thousands of times, and each answer tests every glob
 * (or measures the distance to every known variable).
 */
const MAX_REMEMBERED = 10_000;
const answers = new WeakMap<Dialect, { known: WordMemo<boolean>; name: WordMemo<boolean>; suggestions: WordMemo<string[]> }>();
function answersFor(dialect: Dialect) {
  let found = answers.get(dialect);
  if (!found)
    answers.set(dialect, (found = { known: new WordMemo(MAX_REMEMBERED), name: new WordMemo(MAX_REMEMBERED), suggestions: new WordMemo(MAX_REMEMBERED) }));
  return found;
}

/** Whether a placeholder is written in the dialect's syntax, so its variables judge it (a Liquid desk's {{x}}, not ${name} or [NAME]). */
export function inDialectSyntax(dialect: Dialect, placeholder: Placeholder): boolean {
  return placeholder.kind !== 'slot' && dialect.syntaxes.includes(placeholder.syntax);
}

const CLOSING: Partial<Record<PlaceholderSyntax, string>> = {
  '{{': '}}',
  '{%': '%}',
  '[%': '%]',
  '%{': '}',
  '#{': '}',
  '{$': '}',
  '%': '',
  ':': '',
  '<<': '>>',
  '((': '))',
};

/** A variable as the dialect writes it: {{ticket.id}}, %{ticket.number}, {$Ticket->id}, <t t-out="object.name"/>. */
export function writtenIn(dialect: Dialect, variable: string): string {
  const opening = dialect.syntaxes[0] ?? '{{';
  // QWeb prints a value with an element: one with no stand-in inside it.
  if (opening === 't-') return `<t t-out="${variable}"/>`;
  return `${opening}${variable}${CLOSING[opening] ?? '}'}`;
}

const withCustom = new WeakMap<Dialect, Map<string, Dialect>>();

/**
 * The dialect with a team's custom variables (the config's `placeholders:
 * { variables }`) known beside its own: never unknown, offered in completion
 * and as "did you mean". The same object for the same list, so what is
 * remembered per dialect stays remembered.
 */
export function withCustomVariables(dialect: Dialect, custom: readonly string[] | undefined): Dialect {
  if (!custom || custom.length === 0) return dialect;
  let byList = withCustom.get(dialect);
  if (!byList) withCustom.set(dialect, (byList = new Map<string, Dialect>()));
  const key = custom.join('\n');
  let extended = byList.get(key);
  if (!extended) {
    const named = custom.filter((variable) => !isBracketed(variable));
    const bracketVariables = custom.filter(isBracketed).map((variable) => variable.slice(1, -1));
    extended = { ...dialect, variables: [...dialect.variables, ...named], custom: named, bracketVariables };
    byList.set(key, extended);
  }
  return extended;
}

/** "[Emri]", "[SUB:*]": a custom variable written with its brackets, as an app writes it in a template. */
const isBracketed = (variable: string): boolean => variable.length > 2 && variable.startsWith('[') && variable.endsWith(']');

/** Whether a bracket placeholder ([Emri], [SUB:ID], written so in the text) is one of the team's bracket variables. */
export function isBracketVariable(dialect: Dialect, written: string): boolean {
  const inner = written.startsWith('[') && written.endsWith(']') ? written.slice(1, -1).trim() : undefined;
  return inner !== undefined && matchesAny(dialect.bracketVariables ?? [], inner);
}

/** Whether a variable is one of the team's custom ones (rather than the help desk's own). */
export function isCustomVariable(dialect: Dialect, variable: string): boolean {
  return matchesAny(dialect.custom ?? [], variable);
}

/**
 * What is wrong with a custom variable glob as a config writes it, or
 * undefined: template braces around it (the config names the variable, not how
 * a macro writes it), spaces, a negation, or brackets that do not close.
 */
export function variableGlobProblem(pattern: string): string | undefined {
  // A bracket variable ("[Emri]", "[SUB:*]") is its inside, as a glob; a fill-in in words ("[HYLKÄYKSEN SYY]", a booking
  // service's, trial 16) has single spaces between its words, which are read as they are.
  if (isBracketed(pattern.trim())) {
    const inside = pattern.trim().slice(1, -1);
    if (/^\s|\s$|\s\s|[^\S ]/.test(inside)) return `"${pattern}" has a space at its ends, or two or a tab in a row: write its words with single spaces`;
    return variableGlobProblem(inside.replace(/ /g, '_'));
  }
  const braced = /^(?:\{\{|\{%|%\{|#\{|\{\$|\$\{|\{)\s*([^{}\s]*)\s*(?:\}\}|%\}|\})$/.exec(pattern.trim());
  if (braced) return `write the variable without its braces: "${braced[1]}"`;
  if (/\s/.test(pattern)) return `"${pattern}" has a space: a variable name has none`;
  if (pattern.startsWith('!')) return `"${pattern}" is a negated glob: list the variables your help desk has, not the ones it lacks`;
  try {
    picomatch.makeRe(pattern, { ...VARIABLE_GLOB, strictBrackets: true });
  } catch (error) {
    return `"${pattern}" is not a valid glob: ${(error as Error).message}`;
  }
  return undefined;
}

export function isKnownVariable(dialect: Dialect, variable: string): boolean {
  return answersFor(dialect).known.get(variable, () => matchesAny(dialect.variables, variable));
}

export function isNameVariable(dialect: Dialect, variable: string): boolean {
  return answersFor(dialect).name.get(variable, () => matchesAny(dialect.names, variable));
}

/** Whether a name variable's name alone leaves open whose name it prints (Dialect.sharedNames). */
export function isSharedNameVariable(dialect: Dialect, variable: string): boolean {
  return matchesAny(dialect.sharedNames ?? [], variable);
}

export function isSignatureVariable(dialect: Dialect, variable: string): boolean {
  return matchesAny(dialect.signatures ?? [], variable);
}

/** The variable of a dialect's `agentName` placeholder ("{{current_user.first_name}}" → current_user.first_name). */
const AGENT_VARIABLE = /[\p{L}_][^{}%#$\s]*[\p{L}\p{N}_]/u;

/** A variable that prints a person's name or signature: the dialect's people, names, signatures, or its agent's name variable. */
export function isPersonVariable(dialect: Dialect, variable: string): boolean {
  return (
    matchesAny(dialect.people ?? [], variable) ||
    isNameVariable(dialect, variable) ||
    isSignatureVariable(dialect, variable) ||
    (dialect.agentName !== undefined && AGENT_VARIABLE.exec(dialect.agentName)?.[0] === variable)
  );
}

export function isOrganisationVariable(dialect: Dialect, variable: string): boolean {
  return matchesAny(dialect.organisations ?? [], variable);
}

export function isSiteVariable(dialect: Dialect, variable: string): boolean {
  return matchesAny(dialect.sites ?? [], variable);
}

export function isAdministratorVariable(dialect: Dialect, variable: string): boolean {
  return matchesAny(dialect.administrators ?? [], variable);
}

export function isTicketVariable(dialect: Dialect, variable: string): boolean {
  return matchesAny(dialect.tickets ?? [], variable);
}

export function isRecordVariable(dialect: Dialect, variable: string): boolean {
  return matchesAny(dialect.records ?? [], variable);
}

export function isLinkVariable(dialect: Dialect, variable: string): boolean {
  return matchesAny(dialect.links ?? [], variable);
}

export function isResponseVariable(dialect: Dialect, variable: string): boolean {
  return matchesAny(dialect.responses ?? [], variable);
}

export function isGreetingVariable(dialect: Dialect, variable: string): boolean {
  return matchesAny(dialect.greetings ?? [], variable);
}

/** A name with its fallback, written as the file's engine writes it (`engine`: templateEngine's, else the dialect's). */
export function fallbackFor(dialect: Dialect, variable: string, fallback: string, engine?: TemplateEngine): string {
  return (engine?.fallback ?? dialect.fallback).replace(/\$\{variable\}/g, variable).replace(/\$\{fallback\}/g, fallback);
}

/** Up to three known variables close to a misspelt one, nearest first. */
export function suggestVariables(dialect: Dialect, variable: string): string[] {
  return answersFor(dialect).suggestions.get(variable, () => nearestVariables(dialect, variable));
}

/**
 * Known variables a few edits from the written one, nearest first. Known ones the written one shortens
 * (%{ticket.num} -> %{ticket.number}) are what the writer began to type: when there are any, only they are offered,
 * not a nearer %{ticket.name} that would put a name where a number was meant (reviewer-20 #10).
 */
function nearestVariables(dialect: Dialect, variable: string): string[] {
  const limit = Math.max(2, Math.floor(variable.length / 4));
  const lower = variable.toLowerCase();
  const candidates = dialect.variables.filter((known) => !known.includes('*'));
  const lastStep = lower.split(PATH_STEP).pop()!;
  const begun = lastStep.length >= 3 ? candidates.filter((known) => known.toLowerCase().startsWith(lower) && known.length > lower.length) : [];
  if (begun.length > 0) return begun.sort((a, b) => a.length - b.length || a.localeCompare(b)).slice(0, 3);
  return candidates
    .map((known) => ({ known, distance: editDistance(lower, known.toLowerCase()) }))
    .filter((candidate) => candidate.distance <= limit)
    .sort((a, b) => a.distance - b.distance || a.known.localeCompare(b.known))
    .slice(0, 3)
    .map((candidate) => candidate.known);
}

function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

const detectors = new WeakMap<Dialect, { sure: RegExp[]; all: RegExp[] }>();
/** The dialect's `detect` patterns (`sure`), and with its `hints` (`all`). */
function detectorsOf(dialect: Dialect): { sure: RegExp[]; all: RegExp[] } {
  let found = detectors.get(dialect);
  if (!found) {
    const sure = (dialect.detect ?? []).map((pattern) => new RegExp(pattern, 'u'));
    detectors.set(dialect, (found = { sure, all: [...sure, ...(dialect.hints ?? []).map((pattern) => new RegExp(pattern, 'u'))] }));
  }
  return found;
}

/** `files:` globs' matchers, made once each: picomatch.isMatch compiled the glob again at every lint (4% of a test-pack run). */
const fileGlobCache = new Map<string, picomatch.Matcher>();

/** Whether one of a `files:` list's globs names the file: its base name, in any case. */
function namesFile(globs: readonly string[] | undefined, fileName: string): boolean {
  const base = fileName.split(/[\\/]/).at(-1)!;
  return (
    globs?.some((glob) => {
      let matches = fileGlobCache.get(glob);
      if (!matches) fileGlobCache.set(glob, (matches = picomatch(glob, { nocase: true })));
      return matches(base);
    }) === true
  );
}

/** The dialect whose `files` names the file (a `.vm` template is Velocity's, a `.hbs` one Handlebars'), if any. */
export function dialectNamingFile(dialects: Record<string, Dialect>, fileName: string): Dialect | undefined {
  return Object.values(dialects).find((dialect) => namesFile(dialect.files, fileName));
}

const commentPatterns = new WeakMap<object, RegExp[]>();

/**
 * The template engine a file in `dialect` is written for (Dialect.comments), the one a placeholder or the file's name
 * points to first: the comment it hides a replylint directive in, and its fallback syntax. Undefined when the engine
 * has no comment the customer never sees.
 */
export function templateEngine(dialect: Dialect, placeholders: readonly Placeholder[], fileName = ''): TemplateEngine | undefined {
  const comments = dialect.comments ?? [];
  // Each placeholder is read once, whatever comes first in it.
  const written = new Set(placeholders.map((placeholder) => placeholder.syntax + placeholder.body));
  for (const entry of comments) {
    if (!entry.detect && !entry.files) return entry;
    if (namesFile(entry.files, fileName)) return entry;
    if (!entry.detect) continue;
    let patterns = commentPatterns.get(entry);
    if (!patterns) commentPatterns.set(entry, (patterns = entry.detect.map((pattern) => new RegExp(pattern, 'u'))));
    for (const shown of written) if (patterns.some((pattern) => pattern.test(shown))) return entry;
  }
  return undefined;
}

const evidencePatterns = new WeakMap<Dialect, RegExp[]>();
function evidenceOf(dialect: Dialect): RegExp[] {
  let found = evidencePatterns.get(dialect);
  if (!found) evidencePatterns.set(dialect, (found = (dialect.evidence ?? []).map((pattern) => new RegExp(pattern, 'u'))));
  return found;
}

/**
 * The dialect a text's placeholders are written in: the one whose tell-tale
 * patterns the most placeholders match (so one Intercom-style "| fallback:"
 * does not outvote three Zendesk variables), ties to the one listed first;
 * when nothing tells, the dialect whose `files` names the file (a .twig
 * template's {{ first_name }} is no Intercom variable: `hints` do not vote
 * there), else generic Liquid. A dialect's one vote drops the votes of
 * those it `outvotes` (a Smarty {/if} among many RT-shaped {$a->b} values).
 */
export function detectDialect(placeholders: Placeholder[], dialects: Record<string, Dialect>, fileName = ''): string {
  const candidates = Object.values(dialects);
  const byFileName = dialectNamingFile(dialects, fileName);
  const patternsOf = (dialect: Dialect) => (byFileName ? detectorsOf(dialect).sure : detectorsOf(dialect).all);
  const votes = new Map<string, number>();
  // A library repeats the same few placeholders: each is matched against the patterns once.
  const pointsTo = new Map<string, Dialect[]>();
  for (const placeholder of placeholders) {
    // A printf argument names no variable: it points to no help desk (Magento's %name pattern would take "%ss").
    if (placeholder.kind === 'slot' || placeholder.syntax === '%s') continue;
    const written = placeholder.syntax + placeholder.body;
    let found = pointsTo.get(written);
    if (!found) pointsTo.set(written, (found = candidates.filter((dialect) => patternsOf(dialect).some((pattern) => pattern.test(written)))));
    for (const dialect of found) votes.set(dialect.name, (votes.get(dialect.name) ?? 0) + 1);
  }
  for (const dialect of candidates) if (votes.has(dialect.name)) for (const outvoted of dialect.outvotes ?? []) votes.delete(outvoted);
  let best = byFileName?.name ?? 'liquid';
  let most = 0;
  for (const dialect of candidates) {
    const count = votes.get(dialect.name) ?? 0;
    if (count > most) [best, most] = [dialect.name, count];
  }
  return best;
}

/** Names a template defines itself: {% for x in ... %}, {% assign x = ... %}, {% capture x %}, forloop, Perl's my $x, Magento's trans name=$x. */
export function localVariables(placeholders: readonly Placeholder[]): Set<string> {
  const names = new Set(['forloop']);
  for (const placeholder of placeholders) {
    const defined = /^(?:for\s+([\p{L}_][\p{L}\p{N}_]*)\s+in\b|assign\s+([\p{L}_][\p{L}\p{N}_]*)\s*=|capture\s+([\p{L}_][\p{L}\p{N}_]*))/u.exec(
      placeholder.body,
    );
    const name = defined?.[1] ?? defined?.[2] ?? defined?.[3];
    if (name) names.add(name);
    if (placeholder.syntax === '{$') for (const perl of placeholder.body.matchAll(/\bmy\s+\$(\w+)/g)) names.add(perl[1]!);
    // Velocity: #foreach( $item in … ), #set( $total = … ) and a macro's parameters, #macro( name $a $b ).
    if (placeholder.syntax === '#' && /^\{?(?:foreach|set|macro)\b/.test(placeholder.body)) {
      const defined = placeholder.tagName === 'macro' ? placeholder.body.matchAll(/\$(\w+)/g) : [/\(\s*\$!?\{?(\w+)/.exec(placeholder.body) ?? []];
      for (const name of defined) if (name[1]) names.add(name[1]);
    }
    // Magento: {{trans "… %name …" name=$order.getCustomerName()}} passes the names its string uses.
    if (placeholder.tagName === 'trans') for (const passed of placeholder.body.matchAll(/(?:^|\s)([A-Za-z_]\w*)\s*=/g)) names.add(passed[1]!);
  }
  return names;
}

const shapes = new WeakMap<Dialect, RegExp>();

/**
 * Whether a placeholder in the dialect's syntax, as `written` in the text, is of a shape the dialect never fills
 * ({$a>timeend} in Moodle, its "-" lost): the reader sees it as written, whatever its variable.
 */
export function breaksShape(dialect: Dialect, written: string): boolean {
  if (dialect.shape === undefined) return false;
  let shape = shapes.get(dialect);
  if (!shape) shapes.set(dialect, (shape = new RegExp(dialect.shape, 'u')));
  return !shape.test(written);
}

/** A step in a variable's path: ticket.id, Ticket->id. */
const PATH_STEP = /\.|->/;

/** Where a variable's root name ends: a property, an index or a Perl arrow. */
const LOCAL_ROOT_END = /[.[]|->/;
/** Whether the variable's root is a name the template defines itself (localVariables). */
const definedLocally = (local: ReadonlySet<string>, variable: string) => local.has(variable.split(LOCAL_ROOT_END)[0]!);

/**
 * Whether placeholder/unknown-variable takes a variable for one the dialect
 * lacks: not known, not defined by the template itself, and not under a
 * namespace the help desk knows with no known variable close to it (most
 * likely a custom field, ticket.tracking_url, not a typo: precision first).
 */
export function isUnknownVariable(dialect: Dialect, variable: string, local: ReadonlySet<string>): boolean {
  if (definedLocally(local, variable) || isKnownVariable(dialect, variable)) return false;
  if (suggestVariables(dialect, variable).length > 0) return true;
  return !variableRoots(dialect).has(variable.split(PATH_STEP)[0]!);
}

const roots = new WeakMap<Dialect, ReadonlySet<string>>();
/** The first step of each known variable (ticket of ticket.id): split once per dialect, not once per unknown name. */
function variableRoots(dialect: Dialect): ReadonlySet<string> {
  let found = roots.get(dialect);
  if (!found) roots.set(dialect, (found = new Set(dialect.variables.map((known) => known.split(PATH_STEP)[0]!))));
  return found;
}

/**
 * The dialect a guess falls back to when the file's own variables belie it,
 * or undefined when they back it. The detector reads prefixes: a product's own
 * Handlebars/Mustache variables ({{ticket.requesterName}}, {{site-name}}) may
 * point to a help desk that writes {{...}} too, whose list then knows almost
 * none of them. When most of the file's distinct variables in that syntax are
 * unknown to the guessed help desk and written in a style its own never are
 * (camelCase, dashes), the file is read as a
 * generic template: Handlebars, or Liquid when it has {% tags %}. So is a
 * file whose foreign variables outnumber those that back the guess
 * (outvotedGuessFallback). A guess backed by known variables stays. A guess
 * in %{...} or #{...} is weighed by outvotedGuessFallback alone. A guess the
 * file gives no evidence for (carriesEvidence) is read as a generic template:
 * its fill-ins stay placeholders, none is judged unknown (trial 19).
 */
export function beliedGuessFallback(dialect: Dialect, placeholders: readonly Placeholder[]): string | undefined {
  if (dialect.syntaxes[0] === ':') return liquidBesideLaravel(placeholders) ? 'liquid' : undefined;
  if (dialect.variables.includes('*')) return undefined;
  // A guess from the shape of a fill-in alone ({$user->FullName()} for Request Tracker's {$Ticket->id}) judges nothing.
  if (!carriesEvidence(dialect, placeholders))
    return dialect.syntaxes[0] === '{{' && !placeholders.some((placeholder) => placeholder.syntax === '{%') ? 'handlebars' : 'liquid';
  if (dialect.syntaxes[0] === '%{' || dialect.syntaxes[0] === '#{') return outvotedGuessFallback(dialect, placeholders);
  if (dialect.syntaxes[0] !== '{{') return undefined;
  const local = localVariables(placeholders);
  const variables = new Set<string>();
  let tags = false;
  for (const placeholder of placeholders) {
    if (placeholder.syntax === '{%') tags = true;
    if (placeholder.variable && placeholder.syntax === '{{' && placeholder.kind !== 'slot') variables.add(placeholder.variable);
  }
  // Written in a style the help desk never uses (camelCase, dashes), and unknown to it: the product's own.
  // A misspelt variable of the help desk's own style ({{ticket.requester.frist_name}}) is a typo, still judged.
  const upper = !dialect.variables.some((known) => /\p{Lu}/u.test(known));
  const dash = !dialect.variables.some((known) => known.includes('-'));
  const foreignStyle = (variable: string) => (upper && /\p{Lu}/u.test(variable)) || (dash && variable.includes('-'));
  let foreign = 0;
  for (const variable of variables) {
    if (foreignStyle(variable) && !definedLocally(local, variable) && !isKnownVariable(dialect, variable)) foreign++;
  }
  if (foreign * 2 <= variables.size && !outvotedGuessFallback(dialect, placeholders, { foreignStyle })) return undefined;
  return tags ? 'liquid' : 'handlebars';
}

/**
 * Whether a file carries a guessed dialect's own evidence: a variable in its syntax that it knows
 * ({$Ticket->Subject}, %{ticket.number}), or one a typo away from a known one ({$Tikcet->id}, still the
 * help desk's template, judged with its did-you-mean), one under an object path of its own (underOwnObject), or a
 * placeholder its `evidence` patterns take. A name the template defines itself tells nothing.
 */
function carriesEvidence(dialect: Dialect, placeholders: readonly Placeholder[]): boolean {
  const local = localVariables(placeholders);
  const patterns = evidenceOf(dialect);
  const seen = new Set<string>();
  for (const placeholder of placeholders) {
    const { variable } = placeholder;
    if (!variable || !inDialectSyntax(dialect, placeholder) || seen.has(variable)) continue;
    if (patterns.some((pattern) => pattern.test(placeholder.syntax + placeholder.body))) return true;
    // Bounded as outvotedGuessFallback is: each name may cost a typo search.
    if (seen.size === WEIGHED_NAMES) break;
    seen.add(variable);
    if (definedLocally(local, variable)) continue;
    if (isKnownVariable(dialect, variable) || isNearKnownVariable(dialect, variable) || underOwnObject(dialect, variable)) return true;
  }
  return false;
}

const ownObjects = new WeakMap<Dialect, ReadonlySet<string>>();

/**
 * Whether a variable sits under an object path of the help desk's own, two steps deep or more
 * ({{ticket.requester.frist}} under Zendesk's ticket.requester): the help desk's template with a misspelt name, which
 * prints nothing ("Hi ,"), so still judged. One step (ticket., user.) is any product's.
 */
function underOwnObject(dialect: Dialect, variable: string): boolean {
  let parents = ownObjects.get(dialect);
  if (!parents) {
    parents = new Set(
      dialect.variables
        .filter((known) => !known.includes('*'))
        .map((known) => parentPath(known.toLowerCase()))
        .filter((parent): parent is string => parent !== undefined && PATH_STEP.test(parent)),
    );
    ownObjects.set(dialect, parents);
  }
  const parent = parentPath(variable.toLowerCase());
  return parent !== undefined && parents.has(parent);
}

/** A variable's path without its last step ("ticket.requester" of "ticket.requester.name"), undefined for a bare name. */
function parentPath(variable: string): string | undefined {
  const steps = variable.split(PATH_STEP);
  if (steps.length < 2) return undefined;
  return variable.slice(0, variable.length - steps[steps.length - 1]!.length).replace(/(?:\.|->)$/, '');
}

/** Blade's own output: a PHP variable (`{{ $name }}`) or a helper's call (`{{ __('Hi') }}`, `{{ config('app.name') }}`). */
const BLADE_OUTPUT = lazyPattern(String.raw`^\s*(?:\$|[\p{L}_][\p{L}\p{N}_.]*\s*\()`, 'u');

/**
 * Whether a file guessed Laravel's from its `:name` lines has Liquid or Handlebars of its own
 * (`{{ first_name }}`, `{% if %}`): one word after a space and a colon (`Status :open`) then
 * voted alone against templates that vote for nobody, and the file is read as generic Liquid,
 * as it was before. Blade writes `{{ $name }}` and `{{ __('…') }}`, never `{% %}`.
 */
function liquidBesideLaravel(placeholders: readonly Placeholder[]): boolean {
  return placeholders.some(
    (placeholder) => placeholder.syntax === '{%' || (placeholder.syntax === '{{' && placeholder.kind === 'output' && !BLADE_OUTPUT().test(placeholder.body)),
  );
}

/**
 * For a help desk guessed from `%{…}` or `#{…}` (osTicket, Zammad): generic
 * Liquid, which judges neither, when the file's distinct variables in that
 * syntax that are foreign to the help desk outnumber those that point to it
 * (its `detect` patterns). Rails i18n and Ruby strings write `%{name}`,
 * `%{domain}`, `#{date}`; one `%{user.name}` among them is no osTicket
 * template. Foreign: unknown, not defined by the template, and either under
 * no root the help desk knows and no typo of a known variable (a misspelt
 * `%{tiket.number}` or `%{signatur}` still counts for the help desk's
 * template: it is judged, with its did-you-mean), or written in a style the
 * help desk never writes (`foreignStyle`, for `{{…}}`: camelCase, dashes).
 * The same weighing reads a guess from `{{…}}` (issue 13, trial 9): one
 * `{{first_name}}` that votes Intercom among Cerb's `{{mask}}` and
 * `{{subject}}`, or `{{company.name}}` among `{{lupapiste.team}}` and
 * `{{register-link}}`, is a weak guess, and a weak guess judges nothing. A
 * variable in a foreign style never points to the help desk, though its
 * prefix voted for it (`{{ticket.requesterName}}` for Zendesk). Only what
 * made the guess backs it: a known `{{ticket.id}}` that no detect pattern
 * takes is any product's word, and counts for neither side.
 */
function outvotedGuessFallback(
  dialect: Dialect,
  placeholders: readonly Placeholder[],
  { foreignStyle = () => false }: { foreignStyle?: (variable: string) => boolean } = {},
): string | undefined {
  const syntax = dialect.syntaxes[0]!;
  const local = localVariables(placeholders);
  const detectors = detectorsOf(dialect).all;
  const seen = new Set<string>();
  let pointing = 0;
  let foreign = 0;
  for (const placeholder of placeholders) {
    const { variable } = placeholder;
    if (!variable || placeholder.syntax !== syntax || placeholder.kind === 'slot' || seen.has(variable)) continue;
    // The first names decide; weighing every name of a file of distinct ones costs a typo search each (2.3 s per MB).
    if (seen.size === WEIGHED_NAMES) break;
    seen.add(variable);
    const known = definedLocally(local, variable) || isKnownVariable(dialect, variable);
    if (!known && (foreignStyle(variable) || (!variableRoots(dialect).has(variable.split(PATH_STEP)[0]!) && !isNearKnownVariable(dialect, variable))))
      foreign++;
    else if (detectors.some((pattern) => pattern.test(placeholder.syntax + placeholder.body))) pointing++;
  }
  return foreign > pointing ? 'liquid' : undefined;
}

/** How many distinct variables outvotedGuessFallback weighs: far more than a template holds, few enough to bound the typo search. */
const WEIGHED_NAMES = 500;

/** A known variable within a typo's reach: one edit, one more per five characters (`signatur`, `tiket.number`; not `name` for `note`). */
function isNearKnownVariable(dialect: Dialect, variable: string): boolean {
  const limit = Math.max(1, Math.floor(variable.length / 5));
  const lower = variable.toLowerCase();
  return dialect.variables.some(
    (known) => !known.includes('*') && Math.abs(known.length - lower.length) <= limit && editDistance(lower, known.toLowerCase()) <= limit,
  );
}
