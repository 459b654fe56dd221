// What a macro's own words say it is. A library section or file read as a
// macro is often no full e-mail: a body the help desk wraps in its own
// greeting and signature, an automatic notice, or a note to agents. On real
// public libraries the greeting and closing checks were wrong on nearly all of
// them (docs/real-text-trial.md), so a macro is read by what its text shows:
// - a note to agents ("Internal note") is not a customer reply: audience internal;
// - a notice only a machine sends ("do not reply to this email") is an auto-reply,
//   unless it greets and is signed like a person's e-mail (a no-reply footer under a reply), or greets
//   and is written in the first person (a help-desk macro: the help desk appends the signature);
// - an acknowledgement that never says it is automatic: it confirms the message arrived and says what follows with
//   no person in it ("We've received your request. Your case number is …"): an auto-reply, on the same terms;
// - signed by the organisation alone ("{shop_name}" on its last lines, no valediction
//   or name): a notice the system sends, an auto-reply (agents sign with their name); so is one signed by the site's
//   administrator's variables ("%{admin_name}" / "Administrator %{site_name}"), as a platform signs;
// - a greeting that runs on into its message on one line, unsigned: a saved chat line (an
//   e-mail's salutation stands on a line of its own), checked as a snippet: no closing
//   asked, and its fill-in slots are the template's, as in any macro;
// - neither a greeting nor a sign-off, a decision stated with the program's own arguments ("$1" has been
//   rejected): the system's decision notice, an auto-reply;
// - neither a greeting nor a sign-off: a body, checked as a snippet (no greeting,
//   closing or thanks asked, every other rule kept);
// - a greeting or a sign-off: a full e-mail, which still gets the missing half.
// Only a macro whose kind the reply itself does not state is read so; the words are
// pack data (`kindSignals`), per language.

import type { TokenMatch } from '../match/phrase-index';
import {
  isAdministratorVariable,
  isLinkVariable,
  isOrganisationVariable,
  isPersonVariable,
  isRecordVariable,
  isSiteVariable,
  isTicketVariable,
  type Dialect,
} from '../placeholders/dialects';
import { BranchIndex, templateBlocks } from '../placeholders/branches';
import type { Placeholder } from '../placeholders/placeholder';
import { partitionPoint } from '../text/partition-point';
import { holdsNonSpace, LETTER_OR_DIGIT, lineEndAt, trimmedEndBefore, wordsOnLine, wordTokens, type ProseAnalysis } from '../text/analyze';
import { PERSON_NAME } from '../units/chat-transcript';
import { SIGNATURE_DELIMITER } from '../units/footers';
import { isHeaderLine } from '../units/formats';
import type { MessageRef, ReplyKind, Span } from '../types';
import type { KindSignal } from './pack';
import { KIND_SIGNAL_WORDS, type RuleMatch, type RuleSet } from './rule-set';
import { lazyPattern } from '../text/lazy-pattern';

export interface InferredKind {
  kind: ReplyKind;
  audience?: 'internal';
  /**
   * The kind decides only which rules apply by their `kinds` (the e-mail formulas: greeting, closing, sign-off) and the
   * scorecard; the words are read as the declared kind's (phrases' `kinds`, developer words, excuses by kind).
   */
  formulasOnly?: true;
  /** Why, in the message catalogs (`kind.inferred.*`), with the words it rests on. */
  reason: MessageRef;
}

/** What the reply shows, gathered by the evaluation. */
export interface KindEvidence {
  prose: string;
  /** The reply's text, of which `prose` is the masked copy (same offsets): placeholders as written. */
  text: string;
  analysis: ProseAnalysis;
  /** Matches of the packs' kind signals. */
  signals: RuleMatch[];
  /** The greeting the greeting rule accepts, when it has one. */
  greeting: string | undefined;
  /** A signature variable near the end (%{signature}), which prints the sign-off. */
  signature: string | undefined;
  /** Where that signature variable starts. */
  signatureStart?: number;
  /** What follows the prose: its footer, masked out of the prose ("-- ", "Please do not reply to this email"). */
  footer: string;
  /**
   * The footer's first line that is the template's own, in any language (an English "This is an automated message"
   * under a Polish notice: footers.yaml `templateOwn`): it says a machine sent the reply, as the pack's notice words do.
   */
  templateFooterLine: string | undefined;
  /** Where the template's own footer lines stand (units/footers.ts), in the text's offsets. */
  templateLines: readonly Span[] | undefined;
  /** The reply's title: a library section's heading may say it is for agents ("Internal notes"). */
  title: string;
  /** Where the packs' `where: sign-off` words name a team ("Ekipi i", "Customer Care"): such a sign-off names no person. */
  teamWords: readonly Span[];
  /** The title line the reply opens with ("Guideline 4.3 - Design"), when its message is written in sentences under it. */
  titleLine: string | undefined;
  /** Whether the reply is a whole file, not a section of a library (whose own heading opens it) or an export's body. */
  wholeFile: boolean;
  /** Whether the reply holds a fill-in for the agent (a slot, a stand-in, "(fill in)"): a person sends it. */
  fillIns: boolean;
  /** The handle the reply addresses its reader by ("@jan" opening it or after its greeting), as a thread post does. */
  handle: string | undefined;
  /** The reply's placeholders, read in `dialect`: its `organisations` sign for the organisation. */
  placeholders: readonly Placeholder[];
  dialect: Dialect;
  ruleSet: RuleSet;
  /** Lazily (undefined until asked, as in evaluate.ts's Context: one hidden class): the valediction that signs the reply (signOffSpan; null: none). */
  valediction: Span | null | undefined;
  /** Lazily: what firstSignal found for each signal (undefined: none); a reply's kind asks for a person's words up to eight times. */
  firstSignals: Map<KindSignal, string | undefined> | undefined;
}

/** A sign-off stands within this many lines of the reply's end (a name, a title, a company and a phone under it). */
const SIGN_OFF_LAST_LINES = 5;
/** Words a sign-off line may carry after its valediction: a name ("Kind regards, Ana Nowak"). */
const SIGN_OFF_NAME_WORDS = 4;

export function inferMacroKind(evidence: KindEvidence): InferredKind {
  const internal = firstSignal(evidence, 'internal') ?? signalApart(evidence.title, 'internal', evidence.ruleSet);
  if (internal) return { kind: 'macro', audience: 'internal', reason: { id: 'kind.inferred.internal', args: { excerpt: internal } } };
  const signOff = signOffIn(evidence);
  const teamSigned = signOff !== undefined && signedByTeam(evidence);
  // Help desks put no-reply footers under people's replies too: one greeted and signed by a person is a person's
  // e-mail. So is one greeted and written in the first person ("I have reset…"): a help-desk macro greets and leaves
  // the signature to the help desk, and a machine does not say "I". Greeted and signed by the team, it is the shop's.
  const personal = evidence.greeting !== undefined && ((signOff !== undefined && !teamSigned) || firstSignal(evidence, 'person') !== undefined);
  const notice = personal ? undefined : noticeWords(evidence);
  if (notice) return { kind: 'auto-reply', reason: { id: 'kind.inferred.notice', args: { excerpt: notice } } };
  const received = personal ? undefined : acknowledgement(evidence);
  if (received) return { kind: 'auto-reply', reason: { id: 'kind.inferred.acknowledgement', args: received } };
  const numbered = personal ? undefined : numberedReceipt(evidence);
  if (numbered) return { kind: 'auto-reply', reason: { id: 'kind.inferred.numberedReceipt', args: numbered } };
  // A name over a team line with no valediction ("Tom" / "Returns desk", "Maria Nowak" / "{shop_name}") is a person signing.
  const named = signOff === undefined && nameOverTeam(evidence);
  // Signed by the organisation: its name alone under the text, or as the name under a valediction ("Thanks,\n{{ app_name }}").
  // A fill-in left for staff ("(fill in)") says a person sends it: a shop's prefilled order message (trial 13).
  // A writer in the first person ("I have checked your order") is a person, whatever signs under it (reviewer-22 #15);
  // so is the user's name signing one branch of a template whose other branch the company signs (Odoo's
  // <t t-if="object.user_id"> the recruiter's name <t t-else=""> the company's, trial 39).
  const organisation =
    evidence.fillIns || named || firstSignal(evidence, 'person') !== undefined || personSignsOtherBranch(evidence)
      ? undefined
      : signOff === undefined
        ? organisationSignOff(evidence)
        : evidence.signature === undefined
          ? organisationAfterValediction(evidence)
          : undefined;
  if (organisation) return { kind: 'auto-reply', reason: { id: 'kind.inferred.organisation', args: { excerpt: organisation } } };
  const administrator = evidence.fillIns || named || firstSignal(evidence, 'person') !== undefined ? undefined : administratorSignature(evidence);
  if (administrator) return { kind: 'auto-reply', reason: { id: 'kind.inferred.administrator', args: { excerpt: administrator } } };
  const titled = signedByPerson(evidence) ? undefined : titledEmail(evidence);
  if (titled) return { kind: 'auto-reply', reason: { id: 'kind.inferred.titled', args: { excerpt: titled } } };
  const status = signOff === undefined && !named && !teamOnLastLine(evidence) ? statusNotice(evidence) : undefined;
  if (status) return { kind: 'auto-reply', reason: { id: 'kind.inferred.status', args: { excerpt: status } } };
  if (evidence.greeting !== undefined && signOff === undefined && isOneLine(fromFirstWords(evidence)))
    return { kind: 'snippet', reason: { id: 'kind.inferred.chatLine', args: { excerpt: evidence.greeting } } };
  // Greeted, and signed by the team or by nobody: an order's e-mail the shop's system sends, when it prints the record.
  const record = teamSigned || (signOff === undefined && evidence.greeting !== undefined && !named) ? automaticRecord(evidence) : undefined;
  if (record) return { kind: 'auto-reply', reason: { id: 'kind.inferred.automatic', args: { excerpt: record } } };
  // A team signing in words ("Ekipi i Shitjeve") is people answering, not the site (system-emails.test.ts).
  const unsigned = signOff === undefined && evidence.teamWords.length === 0;
  const site = unsigned && evidence.greeting !== undefined && !named ? siteName(evidence) : undefined;
  if (site) return { kind: 'auto-reply', reason: { id: 'kind.inferred.site', args: { excerpt: site } } };
  if (evidence.greeting === undefined && signOff === undefined) {
    const decision = programDecision(evidence);
    if (decision) return { kind: 'auto-reply', reason: { id: 'kind.inferred.decision', args: { excerpt: decision } } };
    // Any other message string of a program (trial 17: a list server's 46 notices to members, "Your request to
    // %(listname)s has been forwarded…", were read as bodies an agent wraps, without a config).
    const argument = programMessageArgument(evidence);
    if (argument) return { kind: 'auto-reply', reason: { id: 'kind.inferred.program', args: { excerpt: argument } } };
    return { kind: 'snippet', reason: { id: 'kind.inferred.body' } };
  }
  // Signed with a bare valediction and greeting nobody: a record the system prints, its values in labelled fields.
  const fields = evidence.greeting === undefined && !signedByPerson(evidence) ? printedFields(evidence) : undefined;
  if (fields) return { kind: 'auto-reply', reason: { id: 'kind.inferred.fields', args: { excerpt: fields } } };
  const excerpt = evidence.greeting ?? signOff!;
  return { kind: 'macro', reason: { id: evidence.greeting === undefined ? 'kind.inferred.signedOff' : 'kind.inferred.greeted', args: { excerpt } } };
}

/**
 * Whether a person wrote the reply, whatever its kind: it is in the first person
 * (`kindSignals.person`: "I", "let me") or a person's variable signs it under its
 * valediction ("Best,\n{{agent.name}}"). An out-of-office a person sets up is sent
 * as they left it; an app's notice is neither.
 */
export function writtenByPerson(evidence: KindEvidence): boolean {
  if (firstSignal(evidence, 'person') !== undefined) return true;
  const valediction = signOffSpan(evidence)?.end;
  return (
    valediction !== undefined && evidence.placeholders.some((placeholder) => placeholder.start >= valediction && printsPerson(placeholder, evidence.dialect))
  );
}

/**
 * A title heading the file opens with, before any other text: Markdown's `#` to `###` or HTML's `<h1>` to `<h3>`, past
 * the document's wrapping elements. A library's section opens with its own heading, so only a whole file is read.
 */
const OPENING_TITLE =
  /^(?:\s|<!--(?:(?!-->)[\s\S])*-->|<!doctype[^>]*>|<head\b(?:(?!<\/head>)[\s\S])*<\/head>|<(?:html|body|center|div|table|tbody|tr|td|header|main|section)\b[^>]*>)*(?:<h([1-3])\b[^>]*>([\s\S]*?)<\/h\1>|#{1,3}[ \t]+([^\n]*))/i;
/** An HTML e-mail's own document: an agent's macro is a body the help desk's editor wraps, never a document. */
const HTML_DOCUMENT = /<(?:html|body)\b/i;
/** Where a link's target starts: Markdown's `](` or an `href` attribute's value. */
const LINK_TARGET = /\]\(\s*|\bhref\s*=\s*["']?/gi;

/**
 * An e-mail a system sends as it stands: a whole file that opens with its own title ("Password changed", "Your
 * order is confirmed!") over the message, not a greeting, and is an HTML document or holds an action link the
 * system fills ("[Confirm your email](:link)", `<a href="%{confirmation_url}">`), with no person in it (no fill-in,
 * no "I", no person signing under a valediction). Trial 20: an event platform's, a ticket shop's and a social
 * network's account and order e-mails in five languages were read as bodies an agent wraps or as agents' macros,
 * and were asked for greetings, owners and empathy. Returns the title.
 */
function titledEmail(evidence: KindEvidence): string | undefined {
  // An answer to the customer's own message ("Thank you for your message") is a team's macro (reviewer-21 #2).
  if (!evidence.wholeFile || evidence.fillIns || firstSignal(evidence, 'person') !== undefined || firstSignal(evidence, 'answer') !== undefined)
    return undefined;
  const opening = OPENING_TITLE.exec(evidence.text);
  const title = (opening?.[2] ?? opening?.[3])
    ?.replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!title || !LETTER_OR_DIGIT.test(title)) return undefined;
  // A greeting set as a heading ("# Hi {{name}},") opens a letter, not a title.
  if (evidence.greeting !== undefined && title.toLowerCase().startsWith(evidence.greeting.toLowerCase())) return undefined;
  const bodyStart = opening!.index + opening![0].length;
  if (!LETTER_OR_DIGIT.test(evidence.prose.slice(bodyStart))) return undefined;
  if (isSignedLetter(evidence, bodyStart)) return undefined;
  return HTML_DOCUMENT.test(evidence.text) || hasActionLink(evidence) ? title : undefined;
}

/**
 * Whether a titled text is a letter: it greets the reader by a variable on its first line under the title ("Hi
 * {{first_name}},") and signs under a valediction, whoever signs (a name, a team, a variable). An app's titled e-mail
 * greets nobody by name or signs with nothing under its "Thanks"; which team words a pack knows must not decide it
 * (reviewer-24 #17: "# Refund delayed" / "Hi {{first_name}}," … "Best regards," / "The Acme Support Team" is a macro).
 */
function isSignedLetter(evidence: KindEvidence, bodyStart: number): boolean {
  if (evidence.greeting === undefined) return false;
  const valediction = signOffSpan(evidence);
  const { prose } = evidence;
  if (valediction === undefined || !LETTER_OR_DIGIT.test(prose.slice(valediction.end))) return false;
  // Read in the prose, where an HTML e-mail's markup is blanked out (same offsets as the text).
  const lineStart = prose.slice(bodyStart).search(/\S/) + bodyStart;
  const line = { start: lineStart, end: lineAround(prose, lineStart).end };
  if (!prose.slice(line.start, line.end).toLowerCase().startsWith(evidence.greeting.toLowerCase())) return false;
  return evidence.placeholders.some(
    (placeholder) =>
      placeholder.kind === 'output' && placeholder.start >= line.start && placeholder.end <= line.end && !printsOrganisation(placeholder, evidence.dialect),
  );
}

/** Whether a link's target is a placeholder the system fills ("](:link)", `href="{{ reset_url }}"`). */
function hasActionLink({ text, placeholders }: KindEvidence): boolean {
  if (placeholders.length === 0) return false;
  const starts = new Set(placeholders.map((placeholder) => placeholder.start));
  for (const target of text.matchAll(LINK_TARGET)) if (starts.has(target.index + target[0].length)) return true;
  return false;
}

/**
 * Whether a person signs under the valediction: a signature variable, a person's variable, or a name in words. A
 * valediction with nothing under it, or only the system's values (":organizer_name"), names no one.
 */
function signedByPerson(evidence: KindEvidence): boolean {
  if (evidence.signature !== undefined) return true;
  const valediction = signOffSpan(evidence)?.end;
  if (valediction === undefined) return signingDelimiter(evidence) !== undefined || nameOverTeam(evidence);
  const under = evidence.placeholders.filter((placeholder) => placeholder.start >= valediction);
  if (under.some((placeholder) => printsPerson(placeholder, evidence.dialect))) return true;
  // A name beside the team's words is a person's ("Maria Nowak" / "Customer Care Lead"; reviewer-21 #1).
  const signing = [...under, ...evidence.teamWords.filter((span) => span.start >= valediction)].sort((a, b) => a.start - b.start);
  return wordsOutside(evidence.prose, valediction, evidence.prose.length, signing);
}

/**
 * Whether the reply ends in a person's name over a team line, with no valediction: the last lines hold only the team's
 * words or the organisation's variable ("Returns desk", "{shop_name}"), and its contact lines ("Phone: {shop_phone}"),
 * and the line over them only a name (nameLineAbove). A person signs so; a system signs with the organisation alone
 * (reviewer-21 #4; reviewer-22 #15: "Maria Nowak" / "{{shop_name}}" / "Phone: {{shop_phone}}").
 */
function nameOverTeam(evidence: KindEvidence): boolean {
  const { prose, placeholders, dialect, teamWords } = evidence;
  // A business's line signs with the team's ("Harbour Lane Books" / "Customer Care"): the name is looked for over both
  // ("Maria Lopez" over them is a person signing for the shop, reviewer-23 #18).
  const businesses = kindSignalSpans(evidence, 'business');
  let end = prose.trimEnd().length;
  let blockStart: number | undefined;
  let signed = false;
  for (let lines = 0; end > 0 && lines < SIGN_OFF_LAST_LINES;) {
    const lineStart = lineAround(prose, end).start;
    if (!holdsNonSpace(prose, lineStart, end)) {
      end = lineStart - 1;
      continue;
    }
    const inLine = placeholders.filter((placeholder) => placeholder.start >= lineStart && placeholder.end <= end).sort((a, b) => a.start - b.start);
    const team = [
      ...teamWords.filter((span) => span.start >= lineStart && span.end <= end),
      ...businesses.filter((span) => span.start >= lineStart && span.end <= end),
      ...inLine.filter((placeholder) => printsOrganisation(placeholder, dialect)),
    ].sort((a, b) => a.start - b.start);
    const contact = contactValueStart(prose, lineStart, inLine, dialect);
    const line = prose.slice(lineStart, end);
    if (team.length > 0 && (!wordsOutside(prose, lineStart, end, team) || isTeamLine(line))) signed = true;
    else if (contact === undefined || wordsOutside(prose, contact, end, inLine)) break;
    blockStart = lineStart;
    end = lineStart - 1;
    lines++;
  }
  if (!signed || blockStart === undefined) return false;
  // A valediction over the team ("Terveisin" / "Asiakaspalvelu") is no name, nor is a business's ("Northwind Books").
  const valedictions = kindSignalSpans(evidence, 'signOff');
  return nameLineAbove(prose, blockStart, [...teamWords, ...placeholders, ...valedictions, ...businesses]);
}

/** Where the words of the packs' `kindSignals` list `form` stand in the prose, in the order they were matched. */
export function kindSignalSpans({ signals, analysis }: Pick<KindEvidence, 'signals' | 'analysis'>, form: KindSignal): Span[] {
  const { tokens } = analysis;
  return signals.filter(({ owner }) => owner.form === form).map((match) => ({ start: tokens[match.firstToken]!.start, end: tokens[match.endToken - 1]!.end }));
}

/** A team's line that also names the company ("Customer Care, Acme"): a few words that end no sentence. */
function isTeamLine(line: string): boolean {
  return wordsOnLine(line) <= TEAM_LINE_WORDS && !/[.!?:]\s*$/.test(line);
}

/**
 * Whether the line with text right over the line at `lineStart` is a name alone, under other words: one to three
 * capitalised words ("Tom", "Maria Nowak"), none of them in `taken` (a team's words, "Customer Care"; a placeholder).
 * Right under one of `valedictions` the name may end in a comma ("Best regards," / "Maria Lopez," / "Customer Care
 * Team", reviewer-23 #10); a lone "Xyz," over the team with no valediction over it is no name.
 */
export function nameLineAbove(prose: string, lineStart: number, taken: readonly Span[], valedictions: readonly Span[] = []): boolean {
  if (lineStart === 0) return false;
  const { start: nameStart, end: nameEnd } = lineAbove(prose, lineStart);
  if (nameStart === 0) return false;
  const line = prose.slice(nameStart, nameEnd).trim();
  const name = line.endsWith(',') && lineHolds(prose, nameStart, valedictions) ? line.slice(0, -1) : line;
  if (!PERSON_NAME.test(name)) return false;
  return !taken.some((span) => span.start < nameEnd && span.end > nameStart);
}

/** Whether the line with text right over the line at `lineStart` holds one of `spans`. */
function lineHolds(prose: string, lineStart: number, spans: readonly Span[]): boolean {
  if (lineStart === 0) return false;
  const { start, end } = lineAbove(prose, lineStart);
  return spans.some((span) => span.start >= start && span.end <= end);
}

/** The line with text right over the line at `lineStart` (after a "\n"), read in place: the blank lines between skipped. */
function lineAbove(prose: string, lineStart: number): Span {
  const end = trimmedEndBefore(prose, lineStart - 1);
  return { start: lineAround(prose, end).start, end };
}

/**
 * The line holding offset `at` (an offset at a line's end is on that line): where it starts, and where it ends before
 * its "\n", looked for from `to` when the caller holds a span of the line that ends there.
 */
function lineAround(prose: string, at: number, to = at): Span {
  return { start: prose.lastIndexOf('\n', at - 1) + 1, end: lineEndAt(prose, to) };
}

/**
 * Whether the team or the shop signs under the valediction ("Me respekt,\nEkipi i {brand}", "Thanks,\nThe {shop_name}
 * team"), with no person's variable there: a pack's team words, or an organisation variable, under it.
 */
function signedByTeam(evidence: KindEvidence): boolean {
  if (teamOverSignature(evidence)) return true;
  const valediction = signOffSpan(evidence)?.end;
  if (valediction === undefined) return false;
  const under = evidence.placeholders.filter((placeholder) => placeholder.start >= valediction);
  if (under.some((placeholder) => printsPerson(placeholder, evidence.dialect))) return false;
  return (
    evidence.teamWords.some((span) => span.start >= valediction) ||
    under.some((placeholder) => printsOrganisation(placeholder, evidence.dialect)) ||
    signedByService(evidence, valediction) ||
    signedByDepartment(evidence, valediction)
  );
}

/** Words on a department's line: its name and the organisation's ("Sekretariat szkoły", "Zyra e pranimeve"). */
const DEPARTMENT_LINE_WORDS = 4;

/**
 * Whether the one line under the valediction opens with an office's name (`kindSignals.department`: "Sekretariat
 * szkoły", "Opintotoimisto", "Priėmimo komisija"): the department signs, no person. reading40: a school's greeted
 * acknowledgement so signed was read as a person's macro. A name over the office ("Anna Nowak" / "Sekretariat") is a
 * second line, a person signing.
 */
function signedByDepartment(evidence: KindEvidence, valediction: number): boolean {
  const { prose } = evidence;
  const start = valediction + /^[\s,]*/.exec(prose.slice(valediction))![0].length;
  const line = prose.slice(start).trimEnd();
  if (line === '' || line.includes('\n') || wordsOnLine(line) > DEPARTMENT_LINE_WORDS) return false;
  return kindSignalSpans(evidence, 'department').some((span) => span.start === start);
}

/** Words on the line over a signature variable that still sign for the team: a valediction, "Your", the name, "Team". */
const TEAM_LINE_WORDS = 6;

/**
 * Whether the line right over the signature variable names the organisation or its team, and no person ("Your
 * %{company.name} Team,\n%{signature}", "Terveisin %{company.name} Tiimi,"): the help desk prints the department's
 * signature under the team's name. Trial 19: a help desk's acknowledgements signed so in four languages were read
 * as a person's e-mails without a config, and `deferral/no-owner` asked them to name who follows up.
 */
function teamOverSignature({ prose, placeholders, dialect, teamWords, signatureStart }: KindEvidence): boolean {
  if (signatureStart === undefined) return false;
  let lineStart = lineAround(prose, signatureStart).start;
  // The team's name on the variable's own line, or on the last line with words over it.
  while (lineStart > 0 && !holdsNonSpace(prose, lineStart, signatureStart)) lineStart = lineAround(prose, lineStart - 1).start;
  const line = prose.slice(lineStart, signatureStart);
  if (!holdsNonSpace(line, 0, line.length) || wordsOnLine(line) > TEAM_LINE_WORDS || /[.!?:]\s*$/.test(line)) return false;
  const inLine = placeholders.filter((placeholder) => placeholder.start >= lineStart && placeholder.end <= signatureStart);
  if (inLine.some((placeholder) => printsPerson(placeholder, dialect))) return false;
  return (
    inLine.some((placeholder) => printsOrganisation(placeholder, dialect)) || teamWords.some((span) => span.start >= lineStart && span.end <= signatureStart)
  );
}

/** A web address's host name ("https://book.example.org/…", "www.example.org"). */
const WEB_HOST = lazyPattern(String.raw`\b(?:https?:\/\/|www\.)([\p{L}\p{N}.-]+)`, 'giu');
/**
 * What every WEB_HOST match holds ("://", or "www." in any case: neither folds to other letters): most replies have
 * neither, and this search is many times quicker than WEB_HOST's case-insensitive Unicode scan failing over the text.
 */
const WEB_MARK = /:\/\/|www\./i;

/**
 * Whether the name under the valediction is the service's own: a word or two, written as one label of a web address
 * the reply or its footer gives ("Kind regards\nBookly" and "https://app.bookly.example/…"). People sign with their
 * own name, not their site's. Trial 16: a city's booking service signed its automatic mails with its name, and
 * they were read as a person's e-mails, no-reply footer and all.
 */
function signedByService({ prose, text, footer }: KindEvidence, valediction: number): boolean {
  const name = /^[\s,]*(\p{Lu}\p{L}+(?:[ -]\p{Lu}\p{L}+)?)\s*$/u.exec(prose.slice(valediction))?.[1];
  if (name === undefined) return false;
  const label = name.replace(/[ -]/g, '').toLowerCase();
  for (const source of [text, footer]) {
    if (!WEB_MARK.test(source)) continue;
    for (const [, host] of source.matchAll(WEB_HOST())) if (host!.toLowerCase().split('.').includes(label)) return true;
  }
  return false;
}

/** A notice names its event within this many sentences of the text's start: a title or the sender's name, the greeting, the event. */
const STATUS_SENTENCES = 3;

/**
 * A courier's, parcel point's or shop's notice of an event on the reader's own parcel or order, opening the text
 * (`kindSignals.status`: "Your parcel {code} has been delivered", "Paczka czeka w paczkomacie na odbiór", "Jūsų siunta
 * pristatyta"), with no person in it (no "I", no fill-in) and answering no message of the reader's; the caller has it
 * signed by nobody or by the team. Trial 41: 53 of 84 delivery notices (SMS, e-mails, tracking lines the software
 * sends) were read as snippets, 10 of them as saved chat lines, so the auto-reply checks met few of them. An agent's
 * where-is-my-parcel answer thanks for the message or checks in the first person ("I have looked up your order") and
 * stays a macro. Returns the event's words.
 */
function statusNotice(evidence: KindEvidence): string | undefined {
  if (evidence.fillIns || firstSignal(evidence, 'person') !== undefined || firstSignal(evidence, 'answer') !== undefined) return undefined;
  const { analysis, text, signals } = evidence;
  const event = signals.find(({ owner, firstToken }) => owner.form === 'status' && analysis.tokens[firstToken]!.sentence < STATUS_SENTENCES);
  return event && spanText(text, analysis, event);
}

/** A slot's body written as a program's variable: lower case, digits and underscores, no space ("plan_name"). */
const VARIABLE_SLOT = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;
/** A record prints at least this many labelled fields before it reads as one. */
const MIN_PRINTED_FIELDS = 3;
/**
 * A line's label before a field's value: a few words and a colon, Markdown's or WhatsApp's emphasis marks around, and
 * the outer bracket of a double-bracket slot ("Package : *[[plan_name]]*" reads its inner "[plan_name]" as the slot).
 */
const FIELD_LABEL = /^[ \t*_]*\p{L}[\p{L}\p{M} .'-]{0,30}[*_]*[ \t]*:[ \t*_]*\[?$/u;

/**
 * A receipt or statement the billing system prints: no greeting, no person in it (no "I", no fill-in an agent types, no answer to the
 * reader's message, nobody signing under its valediction), and three lines or more whose value is a placeholder after a
 * label ("Package : *[[plan_name]]*", "Date: {{date}}"). Trial 42: an ISP billing system's payment receipt, its
 * fields over a bare "Thank you...", was read as an agent's macro and asked for a greeting without a config. An
 * agent's macro that lists an order's details greets the customer. Returns the first field's line.
 */
function printedFields(evidence: KindEvidence): string | undefined {
  if (firstSignal(evidence, 'person') !== undefined || firstSignal(evidence, 'answer') !== undefined) return undefined;
  const { text } = evidence;
  // A slot named as a program names its variable ("[[plan_name]]", nuxbill's) is the system's value; one an agent types
  // ("[ORDER NUMBER]", "[customer name]") says a person sends the text.
  if (evidence.fillIns && !evidence.placeholders.every((placeholder) => placeholder.kind !== 'slot' || VARIABLE_SLOT.test(placeholder.body))) return undefined;
  const lines = new Set<number>();
  let first: string | undefined;
  for (const placeholder of evidence.placeholders) {
    if (placeholder.kind === 'tag') continue;
    const lineStart = text.lastIndexOf('\n', placeholder.start - 1) + 1;
    if (lines.has(lineStart) || !FIELD_LABEL.test(text.slice(lineStart, placeholder.start))) continue;
    lines.add(lineStart);
    first ??= text.slice(lineStart, lineAround(text, lineStart).end).trim();
  }
  return lines.size >= MIN_PRINTED_FIELDS ? first : undefined;
}

/**
 * Whether the team's words sign a text of several lines: they stand on its last line, which ends no sentence ("me
 * respekt, ekipi i shërbimit ndaj klientit" under a macro's message). "Our courier will call you." signs nothing.
 */
function teamOnLastLine({ prose, teamWords }: KindEvidence): boolean {
  const end = prose.trimEnd().length;
  const lastLine = lineAround(prose, end).start;
  if (lastLine === 0 || !holdsNonSpace(prose, 0, lastLine) || /[.!?]$/.test(prose.slice(lastLine, end))) return false;
  return teamWords.some((span) => span.start >= lastLine);
}

/**
 * An order's or booking's automatic e-mail, signed by the team: it prints the record's details ("{order_name}",
 * "{booking_id}") and no person writes it (no "I", no fill-in). Trial 13: small shops' and a booking app's e-mails
 * that greet "Hi {name}," were read as macros, and a person's name was asked of them. One that answers the
 * customer's message ("Thanks for reaching out about order {order_number}") is a team's support macro (review #19).
 */
function automaticRecord(evidence: KindEvidence): string | undefined {
  if (evidence.fillIns || firstSignal(evidence, 'person') !== undefined || firstSignal(evidence, 'answer') !== undefined) return undefined;
  const record = evidence.placeholders.find(
    (placeholder) => placeholder.kind === 'output' && placeholder.variable !== undefined && isRecordVariable(evidence.dialect, placeholder.variable),
  );
  return record && evidence.text.slice(record.start, record.end);
}

/**
 * The site's own name ({{site_name}}, %{app_name}: the dialect's `sites`) in a greeted text no one signs, with no
 * person in it (no "I", no fill-in, no person's variable under the greeting) and no answer to the reader's message: the
 * platform's e-mail to its user. An agent's macro names the shop or brand it answers for, not the site that sends it.
 * Trials 22, 24, 26: a forum's sign-up mails, an e-learning platform's "Hyvä käyttäjä, … %{site_name} …" reminder and
 * councils' archive notices were read as agents' macros without a config (fi `formula/dear-customer` on the reminder).
 */
function siteName(evidence: KindEvidence): string | undefined {
  if (evidence.fillIns || firstSignal(evidence, 'person') !== undefined || firstSignal(evidence, 'answer') !== undefined) return undefined;
  if (personUnderGreeting(evidence)) return undefined;
  const site = evidence.placeholders.find(
    (placeholder) => placeholder.kind === 'output' && placeholder.variable !== undefined && isSiteVariable(evidence.dialect, placeholder.variable),
  );
  return site && evidence.text.slice(site.start, site.end);
}

/**
 * A program's first numbered argument ("$1", MediaWiki's and many apps' message strings); a price is rarely exactly
 * one dollar ("a refund of $5", "$1.50" and "$1,200" are no argument).
 */
const NUMBERED_ARGUMENT = lazyPattern(String.raw`(?<![\p{L}\p{N}_$])\$1(?![\p{N}]|[.,]\p{N})`, 'u');

/**
 * The program's own first argument in a text no person writes in (no "I", no fill-in): "$1", a printf "%s" or Python's
 * "%(list_name)s". A help desk's agent writes its variables ({{ticket.id}}), never a program's arguments: a text that
 * holds them is a message string the program sends.
 */
function programArgument(evidence: KindEvidence): string | undefined {
  if (evidence.fillIns || firstSignal(evidence, 'person') !== undefined) return undefined;
  const printf = evidence.placeholders.find((placeholder) => placeholder.syntax === '%s');
  return printf ? evidence.text.slice(printf.start, printf.end) : NUMBERED_ARGUMENT().exec(evidence.text)?.[0];
}

/** A second numbered argument ("$2"): beside it, "$1" is no price either. */
const SECOND_ARGUMENT = lazyPattern(String.raw`(?<![\p{L}\p{N}_$])\$[2-9](?![\p{N}]|[.,]\p{N})`, 'u');

/**
 * The program's argument that makes a text the program's message with no decision beside it. A lone "$1" may be a
 * price ("Gift wrapping costs $1 per item" in a help-centre answer): it counts as a MediaWiki message's parameter or
 * beside "$2" (reviewer-17 #10); a printf argument always does.
 */
function programMessageArgument(evidence: KindEvidence): string | undefined {
  const argument = programArgument(evidence);
  if (argument === undefined || !NUMBERED_ARGUMENT().test(argument)) return argument;
  const parameter = evidence.placeholders.some((placeholder) => placeholder.syntax === '$' && /^\d/.test(placeholder.body));
  return parameter || SECOND_ARGUMENT().test(evidence.text) ? argument : undefined;
}

/**
 * A decision the program states with its own arguments or beside the site's name it prints, in a text that neither
 * greets nor signs ("The request to rename "$1" has been rejected.", "Your account request $1 was approved", "Your
 * membership request for {hostname} has been declined."): the system's decision notice, not a body an agent wraps in their
 * greeting (an agent names the reader's case, not the site they write from). Trial 16: a wiki's one-line account
 * decisions, trial 25: a forum server's registration decisions were read as snippets without a config, and their
 * passive and their word of regret were asked of an agent.
 */
function programDecision(evidence: KindEvidence): string | undefined {
  if (evidence.fillIns || firstSignal(evidence, 'person') !== undefined) return undefined;
  // The site's variable, not a shop's or a brand's: an agent's body names the shop the order was placed with
  // ("Your return to {{shop_name}} was declined") (reviewer-24 #11).
  const system =
    programArgument(evidence) !== undefined ||
    evidence.placeholders.some(
      (placeholder) => placeholder.kind === 'output' && placeholder.variable !== undefined && isSiteVariable(evidence.dialect, placeholder.variable),
    );
  return system ? firstSignal(evidence, 'decision') : undefined;
}

/** The reply's own sign-off: a signature variable, a valediction on one of its last lines, or a "-- " delimiter in its footer. */
function signOffIn(evidence: KindEvidence): string | undefined {
  return evidence.signature ?? signOffOf(evidence) ?? signingDelimiter(evidence);
}

/**
 * The footer's "-- " delimiter, unless all that follows it is the template's notice: paragraphs that open with the
 * pack's notice words or the template's own footer line ("You are receiving this e-mail because you are a member").
 * A platform sets its footer apart so, and signs nothing under it; a greeted notice was read as signed, so as a
 * person's e-mail, and its notice words went unread (issue 12: a gym's Finnish notice over an English subscription
 * line). A paragraph that opens with a name ("Tom Berg" / "Front desk" / "Please do not reply…") is a signature.
 */
function signingDelimiter(evidence: KindEvidence): string | undefined {
  const { text, footer, templateLines, ruleSet } = evidence;
  const delimiter = SIGNATURE_DELIMITER.exec(footer);
  if (delimiter === null) return undefined;
  const under = text.length - footer.length + delimiter.index + delimiter[0].length;
  for (const paragraph of text.slice(under).matchAll(PARAGRAPH)) {
    const start = under + paragraph.index;
    const firstLine = paragraph[0].split('\n', 1)[0]!;
    const own = templateLines?.some((line) => line.start >= start && line.start < start + firstLine.length) === true;
    const notice = own ? undefined : signalApart(paragraph[0], 'notice', ruleSet);
    if (!own && (notice === undefined || paragraph[0].indexOf(notice) >= firstLine.length)) return delimiter[0];
  }
  return undefined;
}

/** A paragraph: lines with text, up to a blank line. */
const PARAGRAPH = /[^\s](?:[^\n]|\n(?![ \t]*\r?\n))*/g;

/**
 * A reply the config files as a macro (`kind: macro` for its folder) but that has
 * neither a greeting nor a sign-off of its own: a body the agent wraps in their
 * greeting and signature (a saved reply's paragraph, a template's "short
 * version", an example letter body), checked as a snippet. A macro that signs off
 * but does not greet is a full e-mail and is still asked to greet. On the ninth
 * real-text trial 7 of the 14 wrong greetings under the team's config were such
 * bodies; on the eighth, 4 GitHub saved replies. So is a greeting that runs on into
 * its message on one line, with no sign-off: a saved chat line, SMS or WhatsApp text
 * a person sends with one click ("Hi {name}, your parcel is out for delivery today."),
 * read as it is read with no kind named. Trials 39 and 41: the strict pack asked such
 * lines filed as macros for a letter's closing (a recruiter's one-line chat template,
 * a courier's WhatsApp texts) and for thanks on a status text. A `replylint
 * kind=macro` comment in the reply names its own kind and turns this off.
 */
export function bodyOfMacro(evidence: KindEvidence): InferredKind | undefined {
  if (signOffIn(evidence) !== undefined) return undefined;
  if (evidence.greeting === undefined) return { kind: 'snippet', reason: { id: 'kind.inferred.body' } };
  return isOneLine(fromFirstWords(evidence)) ? { kind: 'snippet', reason: { id: 'kind.inferred.chatLine', args: { excerpt: evidence.greeting } } } : undefined;
}

/** What a reply the config files as a `reply` shows it is instead: a notice, a thread post, a titled section or a cut copy. */
export function filedAsReply(evidence: KindEvidence): InferredKind | undefined {
  return (
    noticeFiledAsReply(evidence) ??
    threadPostFiledAsReply(evidence) ??
    reviewReplyFiledAsReply(evidence) ??
    titledBodyFiledAsReply(evidence) ??
    cutCopyFiledAsReply(evidence)
  );
}

/**
 * A reply the config files as a `reply` that addresses its reader by a handle ("@jan the fix is out", "Hi @jan,"): a
 * post in a forum or issue thread, where the handle is how one greets and the thread shows who wrote it; an e-mail
 * greets by name. Checked as a `thread` for the formulas only: no greeting, closing or sign-off asked, its words judged
 * as a reply's (text-speak, jargon: the team's answer to a customer, reviewer-28 #4). Twenty-ninth real-text trial:
 * staff answers in issue threads filed as replies were asked "Hi Sam," and "Best, Ana" on one-line comments. A
 * `replylint kind=` comment in the reply names its own kind.
 */
function threadPostFiledAsReply(evidence: KindEvidence): InferredKind | undefined {
  if (evidence.handle === undefined) return undefined;
  return { kind: 'thread', formulasOnly: true, reason: { id: 'kind.inferred.handleInReply', args: { excerpt: evidence.handle } } };
}

/** A public reply opens with its thanks for the review within this many sentences ("Wow! Thanks for the 5 stars!"). */
const REVIEW_THANKS_SENTENCES = 2;
/** A reply that is nothing but thanks has at most this many words ("Dziękujemy", "Thank you so much!")... */
const THANKS_ONLY_WORDS = 4;
/** ...of which at most this many are not the thanks ("Dziękujemy bardzo", "Thank you so much!"). */
const THANKS_ONLY_OTHER_WORDS = 2;

/**
 * A reply the config files as a `reply` that opens by thanking for a review, a rating or its stars (`kindSignals.review`:
 * "Thanks for the 5 stars!", "Dziękujemy za opinię!"), or that is nothing but a thanks ("Dziękujemy!", "Thank you so
 * much!"): a public reply posted under a customer's review, which the page shows under the review, as a thread shows
 * who answers whom. Checked as a `thread` for the formulas only, as a handle's post is: no greeting, closing or sign-off
 * asked, its words judged as a reply's. Trial 31: 30 one-line replies under reviews filed as replies were asked for a
 * letter's greeting and sign-off. A `replylint kind=` comment in the reply names its own kind.
 */
function reviewReplyFiledAsReply(evidence: KindEvidence): InferredKind | undefined {
  const thanks = reviewThanks(evidence) ?? thanksOnly(evidence);
  return thanks === undefined ? undefined : { kind: 'thread', formulasOnly: true, reason: { id: 'kind.inferred.reviewInReply', args: { excerpt: thanks } } };
}

/** The reply's thanks for a review in its first sentences, as written. */
function reviewThanks({ signals, analysis, prose }: KindEvidence): string | undefined {
  const { tokens } = analysis;
  const thanks = signals.find(({ firstToken, owner }) => owner.form === 'review' && tokens[firstToken]!.sentence < REVIEW_THANKS_SENTENCES);
  return thanks && spanText(prose, analysis, thanks);
}

/**
 * The reply when it is one short sentence of thanks: `signOff` words that open or end it and at most two others
 * ("Dziękujemy bardzo", "Thank you so much!"); "Ačiū, atsiprašome už vėlavimą" says more than thanks.
 */
function thanksOnly(evidence: KindEvidence): string | undefined {
  const { analysis, prose, signals } = evidence;
  const { tokens } = analysis;
  const text = prose.trim();
  // A comma parts the thanks from what else the sentence says ("Kiitos, pahoittelen viivästystä").
  if (analysis.sentences.length !== 1 || tokens.length > THANKS_ONLY_WORDS || text.includes(',')) return undefined;
  const thanked = new Set<number>();
  for (const { firstToken, endToken, owner } of signals)
    if (owner.form === 'signOff') for (let token = firstToken; token < endToken; token++) thanked.add(token);
  // The thanks opens or ends the sentence: "Dziękujemy bardzo", "Pięknie dziękujemy".
  if (!thanked.has(0) && !thanked.has(tokens.length - 1)) return undefined;
  return tokens.length - thanked.size <= THANKS_ONLY_OTHER_WORDS ? text : undefined;
}

/**
 * A reply the config files as a `reply` (a folder of messages to one person) whose own words say a machine sent it
 * ("This is an automated email", "Please do not reply to this message"): an automatic notice, checked as an
 * auto-reply. The kind is set per folder and the folder's content is mixed: on the fifteenth real-text trial a form's
 * confirmation, a removal notification and a rate-limit approval "While this is an automated email" were asked to
 * greet and sign as a person's e-mail. A person's e-mail that carries such words keeps the folder's kind: one written
 * in the first person, with a fill-in left for the agent, or greeted and signed by a person (a no-reply footer under a
 * reply). So is an acknowledgement that never says it is automatic (`acknowledgement`), on the same terms. A
 * `replylint kind=` comment in the reply names its own kind and turns this off.
 */
function noticeFiledAsReply(evidence: KindEvidence): InferredKind | undefined {
  if (evidence.fillIns || writtenByPerson(evidence)) return undefined;
  const signOff = signOffIn(evidence);
  if (evidence.greeting !== undefined && signOff !== undefined && !signedByTeam(evidence)) return undefined;
  const notice = noticeWords(evidence);
  if (notice !== undefined) return { kind: 'auto-reply', reason: { id: 'kind.inferred.noticeInReply', args: { excerpt: notice } } };
  const received = acknowledgement(evidence);
  return received === undefined ? undefined : { kind: 'auto-reply', reason: { id: 'kind.inferred.acknowledgementInReply', args: received } };
}

/**
 * A reply the config files as a `reply` that opens with a title line, not a greeting, and has no sign-off: a section
 * of a longer document or a copy cut from one (a review's "Guideline 4.3 - Design" over its findings, an order
 * notice's subject line; a letter's head is no such title, evaluate.ts titledLine), not a letter someone drafts, so no greeting or
 * closing is asked of it (a snippet; what excuses a finding by kind still reads `reply`). Fifteenth real-text trial:
 * 21 of the team run's 35 wrong greeting and closing findings were such texts. One with a greeting or a sign-off is a
 * letter and keeps both checks; a quick reply written without full stops has no sentence under its first line and is
 * no titled text (evaluate.ts titleLines). A `replylint kind=` comment in the reply names its own kind.
 */
function titledBodyFiledAsReply(evidence: KindEvidence): InferredKind | undefined {
  if (evidence.titleLine === undefined || evidence.greeting !== undefined || signOffIn(evidence) !== undefined) return undefined;
  return { kind: 'snippet', reason: { id: 'kind.inferred.titledInReply', args: { excerpt: evidence.titleLine } } };
}

/** Words of a cut copy's last line quoted in its reason: its end, where the copy stops. */
const CUT_EXCERPT_WORDS = 6;
/** A line of fewer words ending in a colon is a form's label left for the reader ("Order number:"), not a cut sentence. */
const CUT_LINE_MIN_WORDS = 4;

/**
 * A reply the config files as a `reply` whose last line is a sentence of the writer's ending in a colon, with nothing
 * under it ("…we found that your app violates the following policy:"): what the colon introduces is missing, so the
 * text is a passage copied from a longer reply, not a reply anyone sends. Read on the raw text: a list, a table, code, a
 * quote, a footer or a placeholder under the colon is what it introduces, and a line masked out of the prose (code, a
 * quote, a copy's header) is not the writer's sentence. A form's labels ("Order number:" under "Name:") wait for the
 * reader's answer and cut nothing. Greeted or signed, the copy keeps its checks, as a titled one does. Fifteenth
 * real-text trial: a store's appeal answer quoted up to "…the following policy:" was asked to greet and sign.
 */
function cutCopyFiledAsReply(evidence: KindEvidence): InferredKind | undefined {
  if (evidence.greeting !== undefined || signOffIn(evidence) !== undefined) return undefined;
  const lines = evidence.text.trimEnd().split('\n');
  const last = lines[lines.length - 1]!;
  const colonAt = evidence.text.trimEnd().length - 1;
  if (!last.endsWith(':') || evidence.prose[colonAt] !== ':' || wordsOnLine(last) < CUT_LINE_MIN_WORDS) return undefined;
  const before = lines
    .slice(0, -1)
    .reverse()
    .find((line) => line.trim() !== '');
  if (before?.trimEnd().endsWith(':')) return undefined;
  const words = last.trim().split(/\s+/);
  const tail = words.slice(-CUT_EXCERPT_WORDS).join(' ');
  return { kind: 'snippet', reason: { id: 'kind.inferred.cutInReply', args: { excerpt: words.length > CUT_EXCERPT_WORDS ? `\u2026${tail}` : tail } } };
}

/**
 * An acknowledgement that never says it is automatic: it confirms the customer's message arrived (`kindSignals.receipt`:
 * "We've received your support request", "Thank you for submitting your adjustment request") and says what follows with
 * no person in it (`kindSignals.queued`: "Your case number is …", "a member of our team will…", "We'll notify you…").
 * Both, and neither a first-person word nor a fill-in for the agent: an agent confirming receipt writes "I" or leaves
 * a slot. The receipt and queued words are returned, for the reason to quote. Fifteenth real-text trial: a developer
 * program's acknowledgement with its case number and a form's confirmation, filed as replies, were asked to greet and
 * sign as a person.
 */
function acknowledgement(evidence: KindEvidence): { excerpt: string; queued: string } | undefined {
  if (evidence.fillIns || firstSignal(evidence, 'person') !== undefined) return undefined;
  // An acknowledgement confirms and waits; one that refuses ("Unfortunately we cannot refund opened items") decides.
  if (firstSignal(evidence, 'refusal') !== undefined) return undefined;
  const receipt = firstSignal(evidence, 'receipt');
  const queued = receipt === undefined ? undefined : firstSignal(evidence, 'queued');
  return receipt !== undefined && queued !== undefined ? { excerpt: receipt, queued } : undefined;
}

/**
 * A receipt that confirms the request arrived under the number the help desk gave it, in the same sentence ("Your
 * request #{{ticket_number}} has been received", the dialect's `tickets`), with no person in the text (no "I", no
 * fill-in, no person's variable but the reader's on the greeting's line): the help desk's own receipt, though it says
 * nothing of what follows (reviewer-23 #22: signed by a business over its team line, it was read as a macro and asked
 * for a person's name). A team's macro that names the ticket elsewhere, or answers, confirms no receipt by its number.
 * A signature variable under the team's line is the department's (trial 19: a help desk's receipts in four languages,
 * "Your %{company.name} Team," over "%{signature}", were read as agents' macros without a config).
 */
function numberedReceipt(evidence: KindEvidence): { excerpt: string; ticket: string } | undefined {
  if (evidence.fillIns || firstSignal(evidence, 'person') !== undefined || firstSignal(evidence, 'refusal') !== undefined) return undefined;
  const { text, analysis, placeholders, dialect, signals } = evidence;
  const teamSignature = teamOverSignature(evidence) ? evidence.signatureStart : undefined;
  if (personUnderGreeting(evidence, (placeholder) => placeholder.start === teamSignature)) return undefined;
  for (const match of signals) {
    if (match.owner.form !== 'receipt') continue;
    const sentence = analysis.sentences[analysis.tokens[match.firstToken]!.sentence];
    if (sentence === undefined) continue;
    const ticket = placeholders.find(
      (placeholder) =>
        placeholder.kind === 'output' &&
        placeholder.start >= sentence.start &&
        placeholder.end <= sentence.end &&
        placeholder.variable !== undefined &&
        isTicketVariable(dialect, placeholder.variable),
    );
    if (ticket) return { excerpt: spanText(text, analysis, match), ticket: text.slice(ticket.start, ticket.end) };
  }
  return undefined;
}

/**
 * A section whose heading names it as agents' ("Internal notes", "Internal handling checklist"),
 * read when the config names the folder's kind: the folder's kind says what its replies are, not
 * that every section of a library is written to customers.
 */
export function internalByTitle(title: string, ruleSet: RuleSet, kind: ReplyKind): InferredKind | undefined {
  const internal = signalApart(title, 'internal', ruleSet);
  return internal === undefined ? undefined : { kind, audience: 'internal', reason: { id: 'kind.inferred.internal', args: { excerpt: internal } } };
}

function firstSignal(evidence: KindEvidence, signal: KindSignal): string | undefined {
  const found = (evidence.firstSignals ??= new Map<KindSignal, string | undefined>());
  if (!found.has(signal)) found.set(signal, firstSignalIn(evidence, signal));
  return found.get(signal);
}

function firstSignalIn({ prose, analysis, signals }: KindEvidence, signal: KindSignal): string | undefined {
  // A loop, not filter and find: this is asked for several signals per reply, and the filtered lists were 4% of what a
  // library's lint allocates. Where a copied message starts is read once, at the first person word.
  let copyFrom: number | undefined;
  for (const item of signals) {
    if (item.owner.form !== signal) continue;
    if (signal === 'person' && !isWritersOwn(prose, analysis, item, (copyFrom ??= copiedMessageStart(prose)))) continue;
    return spanText(prose, analysis, item);
  }
  return undefined;
}

/**
 * Whether a first-person word is the writer's: not the letter of an abbreviation ("i.e."), not a
 * roman numeral after a name ("Tier I)"), and above a copy of the customer's message that an
 * acknowledgement carries without "> " ("Subject: Login" / "I cannot log in since the update").
 */
function isWritersOwn(prose: string, { tokens }: ProseAnalysis, match: TokenMatch, copyFrom: number): boolean {
  const first = tokens[match.firstToken]!;
  if (first.start >= copyFrom) return false;
  if (match.endToken - match.firstToken > 1 || first.end - first.start > 1) return true;
  const after = prose.slice(first.end, first.end + 2);
  if (/^\.\p{L}/u.test(after)) return false;
  const previous = tokens[match.firstToken - 1];
  const numeral =
    prose[first.start] === 'I' &&
    previous !== undefined &&
    /^\p{Lu}/u.test(prose.slice(previous.start, previous.end)) &&
    /^[ \t]+$/.test(prose.slice(previous.end, first.start)) &&
    !/^[ \t]*\p{L}/u.test(prose.slice(first.end));
  return !numeral;
}

/** A header line's value after its colon ("Subject: Login"). */
const HEADER_VALUE = /:[ \t]*\S/;

/**
 * Where a copy of a message starts: an e-mail header line with its value ("Subject: Login") below the
 * reply's own first lines of words. Header lines above them are the reply's own ("Subject: Your refund"
 * / "Hi Sam,"); a bare "Next steps:" introduces the writer's own lines.
 */
function copiedMessageStart(prose: string): number {
  let seenWords = false;
  let lineStart = 0;
  while (lineStart < prose.length) {
    const lineEnd = lineEndAt(prose, lineStart);
    const line = prose.slice(lineStart, lineEnd);
    if (isHeaderLine(line) && HEADER_VALUE.test(line)) {
      if (seenWords) return lineStart;
    } else if (holdsNonSpace(line, 0, line.length)) seenWords = true;
    lineStart = lineEnd + 1;
  }
  return prose.length;
}

/**
 * A signal in text that is not the reply's prose, read apart: notice words in
 * the footer ("This is an automated message"), agent words in the title.
 */
/** Words that say a machine sent the reply: the pack's notice words in it or its footer, or a template's own footer line. */
function noticeWords(evidence: KindEvidence): string | undefined {
  return firstSignal(evidence, 'notice') ?? signalApart(evidence.footer, 'notice', evidence.ruleSet) ?? evidence.templateFooterLine;
}

export function signalApart(text: string, signal: KindSignal, ruleSet: RuleSet): string | undefined {
  // Words alone, without the sentence parser: a title is read for every reply of a library.
  const tokens = wordTokens(text);
  const { owners } = ruleSet;
  // The first such match in match()'s order, without a match object made for every other word the title matches.
  let found: TokenMatch | undefined;
  ruleSet.index.eachMatch(tokens, (id, firstToken, endToken) => {
    if (found === undefined && owners[id]!.rule === KIND_SIGNAL_WORDS && owners[id]!.form === signal) found = { firstToken, endToken };
  });
  return found && spanText(text, { tokens, sentences: [] }, found);
}

function spanText(prose: string, { tokens }: ProseAnalysis, match: TokenMatch): string {
  return prose.slice(tokens[match.firstToken]!.start, tokens[match.endToken - 1]!.end);
}

/**
 * A valediction that signs the reply: it opens one of the last lines, and
 * nothing but a name follows it on its line ("Best,", "Kind regards, Ana").
 * "Thanks for your patience." ends many bodies and signs none.
 */
function signOffOf(evidence: KindEvidence): string | undefined {
  const span = signOffSpan(evidence);
  return span && evidence.prose.slice(span.start, span.end);
}

/** The span of the valediction signOffOf reads, found once per evidence (inference asks for it two to four times). */
function signOffSpan(evidence: KindEvidence): Span | undefined {
  if (evidence.valediction === undefined) evidence.valediction = valedictionOf(evidence) ?? null;
  return evidence.valediction ?? undefined;
}

function valedictionOf(evidence: KindEvidence): Span | undefined {
  const { prose, analysis } = evidence;
  const { tokens } = analysis;
  const lastLinesFrom = lastLinesStart(prose, SIGN_OFF_LAST_LINES);
  // The first line of a reply of several opens it: "Përshëndetje," (sq) and "Sveiki," (lt) greet and sign off alike.
  const firstLineEnd = isOneLine(prose) ? 0 : firstLineEndOf(prose);
  for (const { start, end } of kindSignalSpans(evidence, 'signOff')) {
    if (start < lastLinesFrom || start < firstLineEnd) continue;
    const { start: lineStart, end: lineStop } = lineAround(prose, start, end);
    if (matchesWithin(LINE_TEXT, prose, lineStart, start)) continue;
    // Nothing over it to sign: a one-word "Dziękujemy" posted under a review is the whole reply (trial 31).
    if (prose.search(LINE_TEXT) >= lineStart) continue;
    if (!isNameOnly(prose, tokens, end, lineStop)) continue;
    // "Thanks." or "Thank you!" on the last line, with no name on it or under it, is the body's last sentence and
    // signs nobody (trial 17: a two-line issue comment ending "Thanks." was read as signed and asked for "Hi there,").
    if (ENDS_SENTENCE_ALONE.test(prose.slice(end, lineStop)) && !holdsNonSpace(prose, lineStop, prose.length)) continue;
    return { start, end };
  }
  return undefined;
}

/** What follows a valediction that ends a sentence: a full stop or an exclamation mark, and nothing else on its line. */
const ENDS_SENTENCE_ALONE = /^\s*[.!]\s*$/;

/** Whether the rest of a sign-off line, prose[from, to), is punctuation and at most a name: capitalised words or placeholders. */
function isNameOnly(prose: string, tokens: ProseAnalysis['tokens'], from: number, to: number): boolean {
  let words = 0;
  // Tokens are in text order: the search starts at the first from `from`, not at the reply's first word. Counted
  // and tested in place: this runs for every sign-off of a library.
  for (let index = partitionPoint(tokens.length, startsBefore, tokens, from); index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.start >= to) break;
    if (token.end > to) continue;
    if (++words > SIGN_OFF_NAME_WORDS) return false;
    if (token.placeholder) continue;
    CAPITAL_AT.lastIndex = token.start;
    if (!CAPITAL_AT.test(prose)) return false;
  }
  return true;
}

/** Whether the token at `index` starts before `offset` (partitionPoint's test, made once). */
function startsBefore(index: number, tokens: ProseAnalysis['tokens'], offset: number): boolean {
  return tokens[index]!.start < offset;
}

/** A capital letter at `lastIndex` (sticky). */
const CAPITAL_AT = /\p{Lu}/uy;
/** A character of a line that is not white space or Markdown's marks before a sign-off ("> ", "* ", "- "). */
const LINE_TEXT = /[^\s>*_#\-•·]/;

/**
 * Whether `pattern` (one character long) matches in text[from, to). Searched in that
 * slice only: a search from `from` through the whole text ran on to the next text from
 * each line of a run of blank lines (masked markup, a quoted request): quadratic.
 */
function matchesWithin(pattern: RegExp, text: string, from: number, to: number): boolean {
  return pattern.test(text.slice(from, to));
}

/**
 * An organisation placeholder ("{shop_name}", "%{company.name}") on the
 * reply's last lines, which hold nothing but placeholders and punctuation
 * ("{shop_name}", "{shop_url}", "[{shop_name}]({shop_url})"): the system
 * signs for the organisation. Read upwards from the end until a line with words.
 */
function organisationSignOff({ prose, text, placeholders, dialect, teamWords }: KindEvidence): string | undefined {
  let end = prose.trimEnd().length;
  // The lines read so far hold nothing but these placeholders (from the last line up).
  const block: Placeholder[] = [];
  for (let seen = 0; end > 0 && seen < SIGN_OFF_LAST_LINES;) {
    const lineStart = lineAround(prose, end).start;
    // A blank line holds no words and no placeholder: only lines with text are read (at most SIGN_OFF_LAST_LINES).
    if (holdsNonSpace(prose, lineStart, end)) {
      const inLine = placeholders.filter((placeholder) => placeholder.start >= lineStart && placeholder.end <= end).sort((a, b) => a.start - b.start);
      // The team's words around the organisation's name sign for it too ("Ekipi i {{ app_name }}").
      const team = teamWords.filter((span) => span.start >= lineStart && span.end <= end);
      const signing = team.length === 0 ? inLine : [...inLine, ...team].sort((a, b) => a.start - b.start);
      if (wordsOutside(prose, contactValueStart(prose, lineStart, inLine, dialect) ?? lineStart, end, signing))
        return /:\s*$/.test(prose.slice(lineStart, end)) ? undefined : nameAndAddress(block, text, dialect);
      const organisation = inLine.find((placeholder) => printsOrganisation(placeholder, dialect));
      if (organisation) return text.slice(organisation.start, organisation.end);
      // A rule of marks alone over the block ("-----", "* * * * *") sets it apart from the text above, as "-- " does.
      if (inLine.length === 0 && team.length === 0 && block.length > 0) return nameAndAddress(block, text, dialect);
      if (team.length === 0) for (let index = inLine.length - 1; index >= 0; index--) block.push(inLine[index]!);
      seen++;
    }
    end = lineStart - 1;
  }
  return undefined;
}

/**
 * The site's administrator's variable that signs the text: alone on its line but for other placeholders and marks
 * ("%{admin_name}", "((admin_name)) ((admin_surname)).", over "Administrator %{site_name}"), in a text that prints the
 * site's or the organisation's name and no person's variable but the administrator's. A platform signs its mails with
 * the administrator its settings name, wherever its template puts the block (a confidentiality note may follow it); an
 * agent signs with their own name. Trial 24: an e-learning platform's notices in Finnish and Polish, greeted by the
 * account's name and signed so, were read as macros: their passive refusals and "Hyvä käyttäjä" were flagged.
 */
function administratorSignature(evidence: KindEvidence): string | undefined {
  const { prose, text, placeholders, dialect } = evidence;
  const isAdministrator = (placeholder: Placeholder) =>
    placeholder.kind === 'output' && placeholder.variable !== undefined && isAdministratorVariable(dialect, placeholder.variable);
  if (!placeholders.some((placeholder) => !isAdministrator(placeholder) && printsOrganisation(placeholder, dialect))) return undefined;
  if (personUnderGreeting(evidence, isAdministrator)) return undefined;
  for (const placeholder of placeholders) {
    if (!isAdministrator(placeholder)) continue;
    const { start: lineStart, end: lineEnd } = lineAround(prose, placeholder.start, placeholder.end);
    const inLine = placeholders.filter((other) => other.start >= lineStart && other.end <= lineEnd).sort((a, b) => a.start - b.start);
    if (!wordsOutside(prose, lineStart, lineEnd, inLine)) return text.slice(placeholder.start, placeholder.end);
  }
  return undefined;
}

/**
 * The name a block of placeholders alone under the text signs with, when its last line is a web address's variable
 * (the dialect's `links`) and a line over it another variable ("%{client_name}" / "%{ilias_url}"): a system signs with
 * its installation's name and address, whatever it calls them; a person signs with words or a person's variable. A block introduced by a line
 * ending in a colon is what that line lists ("Your links:"). Trial 24: an e-learning platform's refusal notices in
 * Polish, Lithuanian and Albanian, signed so, were read as macros and their passive status lines were flagged.
 */
function nameAndAddress(block: readonly Placeholder[], text: string, dialect: Dialect): string | undefined {
  const [last, ...above] = block;
  if (last?.variable === undefined || !isLinkVariable(dialect, last.variable)) return undefined;
  if (block.some((placeholder) => placeholder.kind !== 'output' || printsPerson(placeholder, dialect))) return undefined;
  const name = above.find((placeholder) => placeholder.variable !== undefined && !isLinkVariable(dialect, placeholder.variable));
  return name && text.slice(name.start, name.end);
}

/** A contact line's label: one or two words and a colon ("Phone:", "Puhelin:", "Telefon:", "E-mail:"). */
const CONTACT_LABEL = /^[ \t]*\p{L}[\p{L}.-]*(?:[ \t]\p{L}[\p{L}.-]*)?:[ \t]*$/u;

/**
 * Where a contact line's value starts, when the line is a label and the organisation's values ("Phone:
 * <<branches.branchphone>>", "Email: {shop_email}"), none of them a person's: such lines list the organisation's
 * contacts under its name. Trial 21: a library's notices in Finnish, signed by the branch's name, address, phone and
 * e-mail, were read as macros and their "Dear customer of ours," was flagged as in a reply to one person.
 */
function contactValueStart(prose: string, lineStart: number, inLine: readonly Placeholder[], dialect: Dialect): number | undefined {
  const first = inLine[0];
  if (first === undefined || !CONTACT_LABEL.test(prose.slice(lineStart, first.start))) return undefined;
  return inLine.some((placeholder) => printsPerson(placeholder, dialect)) ? undefined : first.start;
}

/**
 * A valediction whose name is the organisation: what follows it to the end holds
 * no words but placeholders, and the first of them (the name under the valediction)
 * prints the organisation's name ("Dziękujemy,<br>\n{{ config('app.name') }}",
 * "Thanks,\n{shop_name}\n{shop_url}"). An agent's macro signs with the agent's name
 * or a signature variable; "Best,\n{{agent.name}}\n{{company.name}}" stays a macro.
 */
function organisationAfterValediction(evidence: KindEvidence): string | undefined {
  const { prose, text, placeholders, dialect } = evidence;
  const delimiter = delimiterEnd(evidence);
  const valediction = signOffSpan(evidence)?.end ?? delimiter;
  if (valediction === undefined) return undefined;
  // Whether a name is a person's is asked only once the first is the organisation's. Placeholders come in source order.
  // An app's own string variables count as names too: a printf argument ("Kiitos,\n%s": the program fills in its
  // name) or a %%NAME%% variable ("Z poważaniem,\n%%SITE_TITLE%%").
  const names = placeholders
    .filter((placeholder) => placeholder.start >= valediction && placeholder.kind !== 'tag')
    .map((placeholder) => ({
      start: placeholder.start,
      end: placeholder.end,
      organisation: printsOrganisation(placeholder, dialect),
      person: () => printsPerson(placeholder, dialect),
    }));
  const first = names[0];
  // The organisation first and the agent under it ("{{ticket.brand.name}}\n{{current_user.first_name}}") is an agent signing.
  if (!first?.organisation || names.some((name) => !name.organisation && name.person())) return undefined;
  if (wordsOutside(prose, valediction, prose.length, names)) return undefined;
  // The footer under a "-- " line is masked out of the prose: a name in words there ("Ana Berg") is read in the text.
  if (delimiter !== undefined && wordsOutside(text, delimiter, text.length, names)) return undefined;
  return text.slice(first.start, first.end);
}

/**
 * Where the footer's "-- " line ends, in the text's offsets (the footer is the text's tail): a system's notice signs
 * its name alone under it ("Best regards,\n\n--\n{{appname}}", or no valediction at all). Trial 23: a hosting panel's
 * credentials notices in three languages, signed so, were read as macros and asked to greet.
 */
function delimiterEnd({ text, footer }: KindEvidence): number | undefined {
  const delimiter = SIGNATURE_DELIMITER.exec(footer);
  return delimiter === null ? undefined : text.length - footer.length + delimiter.index + delimiter[0].length;
}

/** Whether `prose` from `from` to `end` holds a letter or digit outside `spans` (in source order): one pass, however many spans. */
export function wordsOutside(prose: string, from: number, end: number, spans: readonly Span[]): boolean {
  for (const span of spans) {
    if (span.start > from && LETTER_OR_DIGIT.test(prose.slice(from, span.start))) return true;
    from = Math.max(from, span.end);
  }
  return LETTER_OR_DIGIT.test(prose.slice(from, end));
}

/**
 * Whether a placeholder prints the organisation's name: a printf argument, its variable, a PHP
 * (Blade) variable written with its `$` ("{{ $app_name }}"), or the key of a
 * config value it reads ("{{ config('app.name') }}").
 */
function printsOrganisation(placeholder: Placeholder, dialect: Dialect): boolean {
  if (placeholder.kind !== 'output') return false;
  // A printf argument alone as a name is the program's own: it signs with the site or shop it runs.
  if (placeholder.syntax === '%s') return true;
  const body = placeholder.body.trim();
  const names = [
    placeholder.variable,
    /^\$([\p{L}_][\p{L}\p{N}_.]*)$/u.exec(body)?.[1],
    /^[\p{L}_][\p{L}\p{N}_.]*\(\s*['"]([^'"]+)['"]\s*\)$/u.exec(body)?.[1],
  ];
  return names.some((name) => name !== undefined && isOrganisationVariable(dialect, name));
}

/** Whether a placeholder prints a person's name or signature: an agent's ("{{current_user.first_name}}", "%{signature}"). */
/** Whether a placeholder prints a person's name (the dialect's `people`): the agent's, the user's. */
export function printsPerson(placeholder: Placeholder, dialect: Dialect): boolean {
  return placeholder.kind === 'output' && placeholder.variable !== undefined && isPersonVariable(dialect, placeholder.variable);
}

/**
 * The text from the reply's first words on: a library section's heading over them is no line of the reply's own. A
 * whole file's heading is its own (a greeting written as its first Markdown heading, "# Hi {{name}},").
 */
function fromFirstWords({ text, prose, wholeFile }: KindEvidence): string {
  const first = wholeFile ? -1 : prose.search(LETTER_OR_DIGIT);
  return first < 0 ? text : text.slice(first);
}

/** A line break, or an HTML element that starts a new line (an e-mail written in HTML on one source line). */
const NEW_LINE = /\n|<(?:br|p|div|h[1-6]|li|table|hr)\b/i;

/** Whether the reply is written on one line. */
function isOneLine(text: string): boolean {
  return !NEW_LINE.test(text.trim());
}

/** Whether a person's variable and the organisation's lie in different branches of one template block. */
function personSignsOtherBranch({ text, placeholders, dialect }: KindEvidence): boolean {
  if (!placeholders.some((placeholder) => placeholder.flow === 'branch')) return false;
  const people = placeholders.filter((placeholder) => printsPerson(placeholder, dialect));
  const organisations = people.length === 0 ? [] : placeholders.filter((placeholder) => printsOrganisation(placeholder, dialect));
  if (organisations.length === 0) return false;
  const branches = new BranchIndex(templateBlocks(text, placeholders), placeholders);
  return people.some((person) => organisations.some((organisation) => branches.apart(person.start, organisation.start)));
}

/**
 * Whether a person's variable stands under the greeting's line (the text's first), but those `excepted`: someone
 * writes or signs the text. The reader's name on the greeting's line ("Dear %{firstname} %{lastname},") is no one's
 * who writes.
 */
function personUnderGreeting({ prose, placeholders, dialect }: KindEvidence, excepted: (placeholder: Placeholder) => boolean = () => false): boolean {
  const greetingEnd = firstLineEndOf(prose);
  return placeholders.some((placeholder) => placeholder.start > greetingEnd && !excepted(placeholder) && printsPerson(placeholder, dialect));
}

/** Where the text's first non-blank line ends. */
function firstLineEndOf(text: string): number {
  const first = text.search(/\S/);
  return first < 0 ? text.length : lineAround(text, first).end;
}

/** Where the last `count` non-blank lines of the text begin. */
function lastLinesStart(text: string, count: number): number {
  let end = text.trimEnd().length;
  for (let seen = 0; end > 0;) {
    const lineStart = lineAround(text, end).start;
    if (holdsNonSpace(text, lineStart, end) && ++seen === count) return lineStart;
    end = lineStart - 1;
  }
  return 0;
}
