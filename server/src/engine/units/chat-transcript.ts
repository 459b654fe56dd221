// A chat transcript as chat tools export it: each turn opens with its speaker,
// often with a time ("[10:02] Agent Sam: …", "(1:38:05 PM) Visitor 2741: …",
// "03/12/2026, 10:02 - Sam: …", "Customer: …", or "Sam (Support) 10:02" on a
// line of its own over the turn's lines). The speaker prefixes are no prose, the
// customer's turns are the customer's words (masked as a quote is: never judged),
// and the agent's turns are the reply's words. Which label is the agent's and
// which the customer's is data (rules/structure/footers.yaml, `chatSpeakers`);
// a speaker named without a role is the other party of one whose role is known.

import { phraseAlternation } from '../text/phrase-pattern';

/** The compiled role words of every language. */
export interface ChatSpeakerMatcher {
  /** A word of the agent's side in a speaker label ("Agent", "Support", "Konsultant", "Asiakaspalvelu"). */
  agent: RegExp;
  /** A word of the customer's side ("Customer", "Visitor", "Klient", "Asiakas", "Lankytojas"). */
  customer: RegExp;
}

/** A label holds a role word as a word of its own: "Acme Support", "Visitor 2741", "Sam (agent)". */
function wordOf(phrases: Record<string, string[]>): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${phraseAlternation(Object.values(phrases).flat())})(?![\\p{L}\\p{N}])`, 'iu');
}

/** `agent` and `customer` as footers.yaml's `chatSpeakers` holds them, one list per language. */
export function compileChatSpeakers(agent: Record<string, string[]>, customer: Record<string, string[]>): ChatSpeakerMatcher {
  return { agent: wordOf(agent), customer: wordOf(customer) };
}

interface Span {
  start: number;
  end: number;
}

/** A clock time, with seconds and AM/PM when the tool writes them: "10:02", "1:38:05 PM". */
const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?`;
/** A date and a time: "2026-12-03 10:02", "03/12/2026, 10:02", "3.12.2026 klo 10.02" is no tool's stamp. */
const STAMP = String.raw`(?:\d{1,4}[-./]\d{1,2}[-./]\d{1,4}(?:,?[ \t]+|T))?${TIME}`;
/** A stamp in brackets or parentheses, or bare and followed by a dash (WhatsApp's "03/12/2026, 10:02 - Sam:"). */
const STAMP_PREFIX = String.raw`(?:\[${STAMP}\]|\(${STAMP}\)|${STAMP}(?:[ \t]+[-\u2013])?)`;
/** A speaker: up to four words (a name, a role, "Visitor 2741"), a role in brackets after it ("Sam (Support)"). */
const SPEAKER = String.raw`(?:\*\*|__)?([\p{L}][\p{L}\p{N}'\u2019._-]*(?:[ \t]+[\p{L}\p{N}][\p{L}\p{N}'\u2019._-]*){0,3})((?:[ \t]*[([][^()[\]\n]{1,30}[)\]])?)(?:\*\*|__)?`;
/** A turn on its line: a stamp or not, the speaker, a colon, the words ("[10:02] Agent Sam: Hi Ana!"); a lone "Customer:" too. */
const TURN_LINE = new RegExp(String.raw`^[ \t]*(?:(${STAMP_PREFIX})[ \t]+)?${SPEAKER}(?:\*\*|__)?[ \t]*:(?:\*\*|__)?(?:[ \t]+|$)`, 'u');
/** A turn's header line over its words: the speaker and a time, nothing else ("Sam (Support) 10:02", "Ana Berger · 10:03"). */
const HEADER_LINE = new RegExp(String.raw`^[ \t]*${SPEAKER}[ \t]*[,\u00b7\u2022|-]?[ \t]*(${STAMP_PREFIX})[ \t]*$`, 'u');
/** An event of the chat tool's, not a message: "(1:38:05 PM) *** Sam joined the chat ***". */
const EVENT_LINE = new RegExp(String.raw`^[ \t]*(?:${STAMP_PREFIX}[ \t]+)?\*{3}.*\*{3}[ \t]*$`, 'u');

/** What follows a contact line's label: a web address, an e-mail address or a phone number, and nothing else. */
const CONTACT_ONLY = /^[ \t]*(?:<?(?:https?:\/\/|www\.)\S+?>?|<?[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>?|\+?[\d ()./-]{6,})[ \t]*$/u;

type Role = 'agent' | 'customer' | undefined;

interface TurnStart {
  /** Where its line starts, and where its words do (after the prefix; the next line for a header line). */
  start: number;
  wordsStart: number;
  speaker: string;
  role: Role;
  /** The speaker was given with a time: a name alone counts as a speaker then. */
  stamped: boolean;
}

export interface ChatTranscript {
  /** What is not the agent's words: text above the first turn, speaker prefixes, the chat tool's events, the customer's turns. */
  masked: Span[];
}

/**
 * The turns of a chat file that is a transcript: two speakers or more, at least
 * one of them named by role (an agent's or a customer's word in the label), so
 * each speaker's side is known. Undefined when the file is no transcript (a
 * post, a list of canned lines): it is then read as before.
 */
export function chatTranscript(text: string, speakers: ChatSpeakerMatcher): ChatTranscript | undefined {
  const starts: TurnStart[] = [];
  const events: Span[] = [];
  for (let lineStart = 0; lineStart < text.length;) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const next = newline < 0 ? text.length : newline + 1;
    if (EVENT_LINE.test(line)) events.push({ start: lineStart, end: lineEnd });
    else {
      const turn = TURN_LINE.exec(line);
      const header = turn ? undefined : HEADER_LINE.exec(line);
      const label = turn ? { stamp: turn[1], name: turn[2]!, tag: turn[3]! } : header ? { stamp: header[3], name: header[1]!, tag: header[2]! } : undefined;
      // "Customer portal: https://…", "Support: help@acme.example": a contact line, no one's turn.
      if (label && !(turn && !turn[1] && CONTACT_ONLY.test(line.slice(turn[0].length)))) {
        const speaker = `${label.name}${label.tag}`.replace(/\s+/g, ' ').trim();
        const role = roleOf(label.tag || label.name, speakers) ?? (label.tag ? roleOf(label.name, speakers) : undefined);
        const stamped = label.stamp !== undefined;
        // A label with neither a time nor a role word is a line's own words ("Note: the portal is back.").
        if (stamped || role) starts.push({ start: lineStart, wordsStart: turn ? lineStart + turn[0].length : next, speaker, role, stamped });
      }
    }
    lineStart = next;
  }
  const roles = speakerRoles(starts);
  if (!roles) return undefined;
  const masked: Span[] = [];
  if (starts[0]!.start > 0) masked.push({ start: 0, end: starts[0]!.start });
  starts.forEach((turn, index) => {
    const end = starts[index + 1]?.start ?? text.length;
    // The customer's turn whole; the agent's speaker prefix only.
    masked.push({ start: turn.start, end: roles.get(turn.speaker) === 'customer' ? end : Math.min(turn.wordsStart, end) });
  });
  for (const event of events) masked.push(event);
  return { masked: masked.sort((a, b) => a.start - b.start) };
}

function roleOf(label: string, speakers: ChatSpeakerMatcher): Role {
  // "Customer Support" and "Customer Care" are the agent's side: the agent's words are tried first.
  if (speakers.agent.test(label)) return 'agent';
  return speakers.customer.test(label) ? 'customer' : undefined;
}

/**
 * Each speaker's side: its own role word, else the other side of the one whose
 * role is known (a chat has two parties). Undefined when the turns are no
 * transcript: fewer than two speakers, or none named by role.
 */
function speakerRoles(starts: TurnStart[]): Map<string, 'agent' | 'customer'> | undefined {
  const known = new Map<string, Role>();
  for (const { speaker, role } of starts) if (!known.has(speaker) || role) known.set(speaker, role);
  if (known.size < 2) return undefined;
  const sides = new Set([...known.values()].filter((role) => role !== undefined));
  if (sides.size === 0) return undefined;
  // Both sides named: a speaker with no role word is not told apart (a third party, a mistyped label): not judged.
  const other: 'agent' | 'customer' = sides.size === 2 ? 'customer' : sides.has('agent') ? 'customer' : 'agent';
  const roles = new Map<string, 'agent' | 'customer'>();
  for (const [speaker, role] of known) roles.set(speaker, role ?? other);
  if (!new Set(roles.values()).has('agent') || !new Set(roles.values()).has('customer')) return undefined;
  return roles;
}
