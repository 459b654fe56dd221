// A chat transcript as chat tools export it: each turn opens with its speaker,
// often with a time ("[10:02] Agent Sam: …", "(1:38:05 PM) Visitor 2741: …",
// "03/12/2026, 10:02 - Sam: …", "Customer: …", or "Sam (Support) 10:02" on a
// line of its own over the turn's lines). The speaker prefixes are no prose, the
// customer's turns are the customer's words (masked as a quote is: never judged),
// and the agent's turns are the reply's words. Which label is the agent's and
// which the customer's is data (rules/structure/footers.yaml, `chatSpeakers`);
// a speaker named without a role is the other party of one whose role is known.
// A bot's and the chat system's turns are the chat tool's, masked as its events
// are. With no role word at all ("Anna: …", "Mark: …"), the agent is told by
// what the two speakers write (the one who offers help), or the file is no
// transcript. The writer's words above the first turn stay prose when they greet.

import { holdsNonSpace } from '../text/analyze';
import { scanPlaceholders } from '../placeholders/scan';
import { isSignatureBlockLine } from './footers';
import { packPhraseHeadPattern, phraseAlternation, wholeWordsPattern } from '../text/phrase-pattern';
import type { Span } from '../types';
import { lazyPattern, lazyPatterns } from '../text/lazy-pattern';

/** The compiled role words of every language. */
export interface ChatSpeakerMatcher {
  /** A word of the agent's side in a speaker label ("Agent", "Support", "Konsultant", "Asiakaspalvelu"). */
  agent: RegExp;
  /** A word of the customer's side ("Customer", "Visitor", "Klient", "Asiakas", "Lankytojas"). */
  customer: RegExp;
  /** A bot's or the chat system's label ("Bot", "Virtual assistant", "System"): tried before the agent's words. */
  bot: RegExp;
  /** A label's last word that names a thing, not a person ("Support ticket", "Order", "Note"): no speaker. */
  label: RegExp;
  /** Every role word of the three sides, global: taken out of a label to read the words around them. */
  roleWords: RegExp;
  /** A greeting that opens the words above the first turn ("Hi Ana, …"): the writer's reply, not a title or a note. */
  greeting: RegExp;
  /** Words of a speaker offering help or thanking for contact ("how can I help", "thanks for waiting"): the agent, when no label says. */
  agentWords: RegExp;
  /** Words of a speaker about their own purchase ("my order", "I ordered"): the customer, when no label says. */
  customerWords: RegExp;
}

/** The lists of footers.yaml's `chatSpeakers`, one per language each. */
export interface ChatSpeakerLists {
  agent: Record<string, string[]>;
  customer: Record<string, string[]>;
  bot: Record<string, string[]>;
  labels: Record<string, string[]>;
  /**
   * The built-in packs' formula/greeting phrases (config/footers-file.ts), not footers.yaml's: read when a greeting is
   * first asked for (a turn's words after a name), as every language's pack is read for them.
   */
  greetings: () => Record<string, string[]>;
  agentWords: Record<string, string[]>;
  customerWords: Record<string, string[]>;
}

/** footers.yaml's `chatSpeakers`, one list per language each, and the packs' greetings. */
export function compileChatSpeakers(lists: ChatSpeakerLists): ChatSpeakerMatcher {
  // Each pattern is made when first asked for: few texts ask, and making them all at every start parsed about 6,000
  // characters of case-insensitive alternations and 26 `\p{..}` classes (text/lazy-pattern.ts).
  return lazyPatterns({
    // A label holds a role word as a word of its own: "Acme Support", "Visitor 2741", "Sam (agent)".
    agent: () => wholeWordsPattern(lists.agent),
    customer: () => wholeWordsPattern(lists.customer),
    bot: () => wholeWordsPattern(lists.bot),
    label: () => new RegExp(`(?<![\\p{L}\\p{N}])(?:${phraseAlternation(Object.values(lists.labels).flat())})$`, 'iu'),
    roleWords: () =>
      new RegExp(wholeWordsPattern({ roles: [lists.agent, lists.customer, lists.bot].flatMap((side) => Object.values(side).flat()) }).source, 'giu'),
    // Few texts ask (under a one-language config it read four more packs' data, about 4 ms of a start).
    greeting: () => new RegExp(`^[\\s*_>]*(?:${phraseAlternation(Object.values(lists.greetings()).flat(), packPhraseHeadPattern)})(?![\\p{L}\\p{N}])`, 'iu'),
    agentWords: () => wholeWordsPattern(lists.agentWords),
    customerWords: () => wholeWordsPattern(lists.customerWords),
  });
}

/** A clock time, with seconds and AM/PM when the tool writes them: "10:02", "1:38:05 PM". */
const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?`;
/** A date and a time: "2026-12-03 10:02", "03/12/2026, 10:02", "3.12.2026 klo 10.02" is no tool's stamp. */
const STAMP = String.raw`(?:\d{1,4}[-./]\d{1,2}[-./]\d{1,4}(?:,?[ \t]+|T))?${TIME}`;
/** A stamp in brackets or parentheses, or bare and followed by a dash (WhatsApp's "03/12/2026, 10:02 - Sam:"). */
const STAMP_PREFIX = String.raw`(?:\[${STAMP}\]|\(${STAMP}\)|${STAMP}(?:[ \t]+[-\u2013])?)`;
/**
 * A speaker: up to four words (a name, a role, "Visitor 2741"), a role in brackets after it ("Sam (Support)"); a time in
 * brackets is the turn's stamp, not a role.
 */
const SPEAKER = String.raw`(?:\*\*|__)?([\p{L}][\p{L}\p{N}'\u2019._-]*(?:[ \t]+[\p{L}\p{N}][\p{L}\p{N}'\u2019._-]*){0,3})((?:[ \t]*[([](?!${STAMP}[)\]])[^()[\]\n]{1,30}[)\]])?)(?:\*\*|__)?`;
/**
 * A turn on its line: a stamp or not, the speaker, a colon, the words ("[10:02] Agent Sam: Hi Ana!"); a lone "Customer:"
 * too. Some tools stamp the turn after its speaker ("Tom (Support) (14:11): …", "Ana [14:12]: …").
 */
const TURN_LINE = lazyPattern(
  String.raw`^[ \t]*(?:(${STAMP_PREFIX})[ \t]+)?${SPEAKER}(?:[ \t]*(\[${STAMP}\]|\(${STAMP}\)))?(?:\*\*|__)?[ \t]*:(?:\*\*|__)?(?:[ \t]+|$)`,
  'u',
);
/**
 * A turn's header line over its words: the speaker and a time, nothing else ("Sam (Support) 10:02", "Ana Berger · 10:03").
 * The blanks after the separator belong to it: two free runs around an optional mark split a long run of blanks every way.
 */
const HEADER_LINE = lazyPattern(String.raw`^[ \t]*${SPEAKER}[ \t]*(?:[,\u00b7\u2022|-][ \t]*)?(${STAMP_PREFIX})[ \t]*$`, 'u');
/** An event of the chat tool's, not a message: "(1:38:05 PM) *** Sam joined the chat ***". */
const EVENT_LINE = lazyPattern(String.raw`^[ \t]*(?:${STAMP_PREFIX}[ \t]+)?\*{3}.*\*{3}[ \t]*$`, 'u');

/** What follows a contact line's label: a web address, an e-mail address or a phone number, and nothing else. */
const CONTACT_ONLY = /^[ \t]*(?:<?(?:https?:\/\/|www\.)\S+?>?|<?[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>?|\+?[\d ()./-]{6,})[ \t]*$/u;

/**
 * Whether a label's words are fill-ins alone ("%{login}", "{{ browser }}"): a notice's record line ("User: %{login}",
 * "Browser: %{browser}"), not someone's turn; a turn says something (trial 22: a security notice read as a chat).
 */
function onlyFillIns(words: string): boolean {
  if (!/\S/.test(words)) return false;
  let rest = words;
  for (const placeholder of scanPlaceholders(words).placeholders)
    rest = `${rest.slice(0, placeholder.start)}${' '.repeat(placeholder.end - placeholder.start)}${rest.slice(placeholder.end)}`;
  return !/[\p{L}\p{N}]/u.test(rest);
}

type Side = 'agent' | 'customer';
type Role = Side | 'bot' | undefined;

/** A speaker named, with no role word, as a person is: one to three capitalised words ("Anna", "Mark Lee"). */
export const PERSON_NAME = /^\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,2}$/u;
/** A line that introduces what follows ("Hi Anna, here are our hours:", "the app shows this when I pay:"). */
const INTRODUCES = /:[ \t*_]*$/;

interface TurnStart {
  /** Where its line starts, and where its words do (after the prefix; the next line for a header line). */
  start: number;
  wordsStart: number;
  speaker: string;
  role: Role;
  /** Named alone: no time, no role word ("Anna: …"); a line's own label ("Weekdays: …") looks the same. */
  nameOnly: boolean;
  /** Named alone right under a line that introduces what follows (ending in a colon). */
  introduced: boolean;
  /** Its line holds a name alone after the label ("Agent: Tom Reed"): a record's field, unless another side's turn says something. */
  nameValue: boolean;
}

export interface ChatTranscript {
  /** What is not the agent's words: a title above the first turn, speaker prefixes, the chat tool's events and bot's turns, the customer's turns. */
  masked: Span[];
  /**
   * `masked` from the first turn on: the speaker prefixes, events, bots' and customer's turns, never the writer's words
   * whatever the file's kind. The words above the first turn are left out: under another kind they are the writer's.
   */
  turnMarks: Span[];
}

/**
 * The turns of a chat file (or of its stretch [from, to), a library's section)
 * that is a transcript: two parties, at least one of them named by role (an
 * agent's or a customer's word in the label), or, with names alone, told apart
 * by their words. Undefined when it is no transcript (a post, a list of canned
 * lines): it is then read as before.
 */
export function chatTranscript(text: string, speakers: ChatSpeakerMatcher, from = 0, to = text.length, readings?: LineReadings): ChatTranscript | undefined {
  const starts: TurnStart[] = [];
  const events: Span[] = [];
  let introduced = false;
  // Every turn, header and event line, and every line that introduces, holds a ':' or a '*': the search goes from one
  // such line to the next (in the stretch alone), and the lines between only tell whether a line with words came
  // between (which introduces nothing). A library's lines are read twice, as the file's and as their section's: with
  // `readings`, what a line says is read once and looked up the second time.
  const stretch = from === 0 && to === text.length ? text : text.slice(from, to);
  for (let position = from; position < to;) {
    MARK.lastIndex = position - from;
    if (!MARK.test(stretch)) break;
    const mark = from + MARK.lastIndex - 1;
    const lineStart = Math.max(position, text.lastIndexOf('\n', mark) + 1);
    if (lineStart > position && holdsNonSpace(text, position, lineStart)) introduced = false;
    const newline = text.indexOf('\n', mark);
    const lineEnd = newline < 0 || newline > to ? to : newline;
    const next = lineEnd === to ? to : lineEnd + 1;
    position = next;
    const reading = readingOf(text, lineStart, lineEnd, speakers, readings);
    if (reading.event) events.push({ start: lineStart, end: lineEnd });
    else {
      const { turn } = reading;
      if (turn)
        starts.push({
          start: lineStart,
          wordsStart: turn.wordsAt === undefined ? next : lineStart + turn.wordsAt,
          speaker: turn.speaker,
          role: turn.role,
          nameOnly: turn.nameOnly,
          introduced: turn.nameOnly && introduced,
          nameValue: turn.nameValue,
        });
      if (reading.introduces !== undefined) introduced = reading.introduces;
    }
  }
  // Two parties take turns in a transcript, or it is none (most replies have no turn line at all): no sets or maps.
  if (starts.length < 2) return undefined;
  // Sides that only name people ("Customer: Jane Doe" / "Agent: Tom Reed" over "Visit: Friday") are a receipt's
  // fields: in a transcript they say something (reviewer-21 #29).
  const sided = starts.filter(({ role }) => role === 'agent' || role === 'customer');
  if (sided.length > 0 && sided.every(({ nameValue }) => nameValue)) return undefined;
  // A name under a line that introduces it is that line's own label ("here are our hours:" over "Weekdays: 9 to 17"),
  // unless the same name opens a turn elsewhere: "Customer: … The app only says this:" over "Sam: Hi, …" is Sam's turn
  // when Sam speaks again further down (verifier V5).
  const speaking = new Set(starts.filter(({ introduced }) => !introduced).map(({ speaker }) => speaker));
  const labelled = starts.filter(({ introduced, speaker }) => !introduced || speaking.has(speaker));
  // With a role named, one speaker named alone is its other party; two or more ("Sam", "Error") are not told from a
  // line's own labels: none of them opens a turn.
  const named = labelled.some(({ role }) => role === 'agent' || role === 'customer');
  const turns =
    named && new Set(labelled.filter(({ nameOnly }) => nameOnly).map(({ speaker }) => speaker)).size > 1
      ? labelled.filter(({ nameOnly }) => !nameOnly)
      : labelled;
  const roles = named ? speakerRoles(turns) : rolesByWords(turns, text, to, speakers);
  if (!roles) return undefined;
  const marks: Span[] = [];
  let signature: number | undefined;
  turns.forEach((turn, index) => {
    const end = turns[index + 1]?.start ?? to;
    // The customer's and a bot's turns whole; the agent's speaker prefix only.
    const agent = roles.get(turn.speaker) === 'agent';
    if (!agent && index === turns.length - 1) signature = signatureUnder(text, turn.wordsStart, to);
    marks.push({ start: turn.start, end: agent ? Math.min(turn.wordsStart, end) : end });
  });
  for (const event of events) marks.push(event);
  const ordered = marks.filter(({ start, end }) => end > start).sort((a, b) => a.start - b.start);
  // In a file of another kind, the writer signs under the pasted chat: the last turn ends above the signature.
  const turnMarks = ordered.map((span) =>
    signature !== undefined && span.end === to && span.start < signature ? { start: span.start, end: signature } : span,
  );
  // Above the first turn: the writer's own reply when it greets (an agent's words over a pasted chat), else a title, a
  // header or a note to colleagues, which no customer reads.
  const above = speakers.greeting.test(text.slice(from, turns[0]!.start)) || turns[0]!.start === from ? [] : [{ start: from, end: turns[0]!.start }];
  return { masked: [...above, ...ordered], turnMarks };
}

/** What a line with a ':' or a '*' says in a transcript, read from its words alone (chatTranscript). */
interface LineReading {
  /** Where the line read ends: a stretch that ends inside a line reads it shorter. */
  lineEnd: number;
  /** One of the chat tool's events. */
  event: boolean;
  /**
   * The turn it opens: its speaker and what the label tells, and where on the line its words start (undefined: on the
   * next line, under a header line).
   */
  turn: { speaker: string; role: Role; nameOnly: boolean; nameValue: boolean; wordsAt: number | undefined } | undefined;
  /** Whether it introduces what follows (ends in a colon); undefined for a line of blanks, which changes nothing. */
  introduces: boolean | undefined;
}

/**
 * The lines a text's transcript reading has read, by where they start: a library is read as one transcript and then
 * section by section (units/formats.ts), and each line's three patterns were tried twice.
 */
export type LineReadings = Map<number, LineReading>;

/** What the line [lineStart, lineEnd) of `text` says: as `readings` has it, else read and kept there. */
function readingOf(text: string, lineStart: number, lineEnd: number, speakers: ChatSpeakerMatcher, readings: LineReadings | undefined): LineReading {
  const known = readings?.get(lineStart);
  if (known?.lineEnd === lineEnd) return known;
  const reading = readLine(text.slice(lineStart, lineEnd).replace(/\r$/, ''), lineEnd, speakers);
  readings?.set(lineStart, reading);
  return reading;
}

function readLine(line: string, lineEnd: number, speakers: ChatSpeakerMatcher): LineReading {
  if (EVENT_LINE().test(line)) return { lineEnd, event: true, turn: undefined, introduces: undefined };
  const turn = TURN_LINE().exec(line);
  const header = turn ? undefined : HEADER_LINE().exec(line);
  const label = turn
    ? { stamp: turn[1] ?? turn[4], name: turn[2]!, tag: turn[3]! }
    : header
      ? { stamp: header[3], name: header[1]!, tag: header[2]! }
      : undefined;
  let opened: LineReading['turn'];
  // "Customer portal: https://…", "Support: help@acme.example": a contact line, no one's turn;
  // "Support ticket: 48213", "Order: …": a label of data, no one's turn either.
  if (
    label &&
    !(turn && !turn[1] && (CONTACT_ONLY.test(line.slice(turn[0].length)) || onlyFillIns(line.slice(turn[0].length)))) &&
    !speakers.label.test(label.name.trim()) &&
    !readsAsTitle(label.name, speakers)
  ) {
    const speaker = `${label.name}${label.tag}`.replace(/\s+/g, ' ').trim();
    const role = roleOf(label.tag || label.name, speakers) ?? (label.tag ? roleOf(label.name, speakers) : undefined);
    // A label with neither a time nor a role word is a line's own words ("Note: the portal is back."), unless it names
    // a person; not under a line that introduces it ("here are our hours:" over "Weekdays: 9 to 17").
    const nameOnly = label.stamp === undefined && !role && turn !== null && !label.tag && PERSON_NAME.test(label.name);
    // A greeting ("Hello Maria") is said, not a name given (reviewer-22 #18).
    const value = turn === null ? '' : line.slice(turn[0].length).trim();
    const nameValue = turn !== null && label.stamp === undefined && PERSON_NAME.test(value) && !speakers.greeting.test(value);
    if (label.stamp !== undefined || role || nameOnly) opened = { speaker, role, nameOnly, nameValue, wordsAt: turn ? turn[0].length : undefined };
  }
  // A lone "Customer:" over its words introduces nothing.
  const introduces = /\S/.test(line) ? INTRODUCES.test(line) && !(turn && turn[0].length >= line.length) : undefined;
  return { lineEnd, event: false, turn: opened, introduces };
}

/** A blank line, then at most this many lines of a sign-off and a name. */
const MAX_SIGNATURE_LINES = 3;
const BLANK_LINE = /\n[ \t\r]*\n/g;

/**
 * Where a sign-off under the last turn starts ("Best,\nSam" after a blank line, to the stretch's end): a few short lines
 * that end no sentence, read as a signature block's are (reviewer #11: the writer's closing read as the customer's).
 */
function signatureUnder(text: string, from: number, to: number): number | undefined {
  const turn = text.slice(from, to).trimEnd();
  let start: number | undefined;
  for (const gap of turn.matchAll(BLANK_LINE)) start = gap.index + gap[0].length;
  if (start === undefined) return undefined;
  const lines = turn.slice(start).split('\n');
  const signs = lines.length <= MAX_SIGNATURE_LINES && lines.every((line) => /\p{L}/u.test(line) && isSignatureBlockLine(line));
  return signs ? from + start : undefined;
}

/** A lower-case word with a capitalised one after it: "to Another" in a title-cased phrase. */
const TITLE_CASED_PHRASE = lazyPattern(String.raw`(?<![\p{L}\p{N}])\p{Ll}[\p{L}'\u2019-]*[ \t]+(?:\S+[ \t]+)*\p{Lu}`, 'u');

/**
 * Whether a label is a heading's phrase in title case ("Transmit to Another Service", a template's bold label over its
 * paragraph): a function word between capitalised words, its role words aside. A speaker is a name or a role, with a
 * lower-case word only at its end ("Obs\u0142uga klienta", "Sam from support"). Trial 36: such a label and a one-word
 * label ("Format:") read as an agent and a customer, so a privacy team's response template was read as a chat and each
 * of its fill-in slots as one the agent left.
 */
function readsAsTitle(name: string, speakers: ChatSpeakerMatcher): boolean {
  return TITLE_CASED_PHRASE().test(name.replace(speakers.roleWords, ' '));
}

/** The first ':' or '*' from `lastIndex`. */
const MARK = /[:*]/g;
function roleOf(label: string, speakers: ChatSpeakerMatcher): Role {
  // "Virtual assistant" is a bot's, "Customer Support" and "Customer Care" the agent's side: tried in that order.
  if (speakers.bot.test(label)) return 'bot';
  if (speakers.agent.test(label)) return 'agent';
  return speakers.customer.test(label) ? 'customer' : undefined;
}

/**
 * Each speaker's side: its own role word, else the other side of the one whose
 * role is known (a chat has two parties; a bot is none of them). Undefined when
 * the turns are no transcript: fewer than two parties, or none named by role.
 */
function speakerRoles(starts: TurnStart[]): Map<string, Role> | undefined {
  const known = new Map<string, Role>();
  for (const { speaker, role } of starts) if (!known.has(speaker) || role) known.set(speaker, role);
  const sides = new Set([...known.values()].filter((role) => role === 'agent' || role === 'customer'));
  if (sides.size === 0) return undefined;
  // Both sides named: a speaker with no role word is not told apart (a third party, a mistyped label): not judged.
  const other: Side = sides.size === 2 ? 'customer' : sides.has('agent') ? 'customer' : 'agent';
  const roles = new Map<string, Role>();
  for (const [speaker, role] of known) roles.set(speaker, role ?? other);
  return hasBothSides(roles) ? roles : undefined;
}

/**
 * Two speakers named without a role ("Anna: …", "Mark: …") who take turns (one of them speaks again after the
 * other): the agent is the one whose words offer help or thank for the contact ("how can I help", "thanks for
 * waiting") while the other's do not, in their first turn or with the other speaking of their own purchase ("my
 * order"). Undefined when that is not told: a file of names alone is then one message, not a guess.
 */
function rolesByWords(starts: TurnStart[], text: string, to: number, speakers: ChatSpeakerMatcher): Map<string, Role> | undefined {
  const words = new Map<string, string>();
  const firstTurn = new Map<string, string>();
  const roles = new Map<string, Role>();
  let changes = 0;
  let last: string | undefined;
  starts.forEach((turn, index) => {
    if (turn.role === 'bot') {
      roles.set(turn.speaker, 'bot');
      return;
    }
    const own = text.slice(turn.wordsStart, starts[index + 1]?.start ?? to);
    if (!firstTurn.has(turn.speaker)) firstTurn.set(turn.speaker, own);
    words.set(turn.speaker, `${words.get(turn.speaker) ?? ''}\n${own}`);
    if (turn.speaker !== last) changes++;
    last = turn.speaker;
  });
  // "Weekdays: …" over "Saturday: …" is two labels, not a conversation: a conversation goes back and forth.
  if (words.size !== 2 || changes < 3) return undefined;
  const [first, second] = [...words.keys()] as [string, string];
  const forCompany = (speaker: string) => speakers.agentWords.test(words.get(speaker)!);
  const forSelf = (speaker: string) => speakers.customerWords.test(words.get(speaker)!);
  const answers = (speaker: string, other: string) =>
    forCompany(speaker) && !forCompany(other) && !forSelf(speaker) && (speakers.agentWords.test(firstTurn.get(speaker)!) || forSelf(other));
  const agent = answers(first, second) ? first : answers(second, first) ? second : undefined;
  if (agent === undefined) return undefined;
  roles.set(first, agent === first ? 'agent' : 'customer');
  roles.set(second, agent === second ? 'agent' : 'customer');
  return roles;
}

/** A customer and who answers them: an agent, or a bot alone (a chat no agent joined: nothing in it is the agent's). */
function hasBothSides(roles: Map<string, Role>): boolean {
  const sides = new Set(roles.values());
  return sides.has('customer') && (sides.has('agent') || sides.has('bot'));
}
