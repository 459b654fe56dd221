import type { Span } from '../types';
import { escapeRegExp } from '../text/escape-regexp';

/**
 * The hosts a link of a shipped message must not point to, as the rule's data (`hosts` of placeholder/test-link in
 * the packs): what a team calls its test machines is data, and a team's own pack may add its own.
 */
export interface TestHostWords {
  /** The developer's own machine by its name ("localhost"): the whole host, or alone with a port ("localhost:8000"). */
  machines: string[];
  /** Top-level names that never reach the public internet ("local", "test"): a host under one is a test machine's. */
  reserved: string[];
  /** Domains of tunnels to a developer's machine ("ngrok-free.app"): a host under one (or the domain itself). */
  tunnels: string[];
  /** A label that names a deployment the public is not meant to reach, alone or numbered ("staging.", "preview-2."). */
  labels: string[];
  /** Of the labels, those also joined to a name by a hyphen ("shop-staging.", "staging-eu."). */
  joined?: string[];
  /** A label's opening that a host's preview build carries before its number and "--" ("deploy-preview-12--shop."). */
  previews?: string[];
}

/** One rule's hosts made into tests once. */
interface TestHostTests {
  /**
   * Matches a link: its host is the first group (the second for a bare machine name or loopback address with a port, the
   * third for an e-mail address).
   */
  link: RegExp;
  /** Whether a text may hold a link at all (most replies hold none). */
  linkish: RegExp;
  machines: ReadonlySet<string>;
  reserved: ReadonlySet<string>;
  tunnel: RegExp;
  label: RegExp;
}

const compiled = new WeakMap<TestHostWords, TestHostTests>();

const anyOf = (words: readonly string[]) => words.map(escapeRegExp).join('|');
/** Matches nothing: a list the rule leaves empty. */
const NONE = '(?!)';

function testsOf(words: TestHostWords): TestHostTests {
  let tests = compiled.get(words);
  if (tests) return tests;
  const bare = [anyOf(words.machines), String.raw`127\.0\.0\.1`].filter(Boolean).join('|');
  const joined = words.joined?.length ? `|-(?:${anyOf(words.joined)})$|^(?:${anyOf(words.joined)})-` : '';
  const previews = words.previews?.length ? String.raw`|^(?:${anyOf(words.previews)})\d+--` : '';
  tests = {
    // Scheme and host with its port, a user's part ("user@") skipped; or a bare machine with its port; or an e-mail
    // address, whole ("tilaus@localhost" under a mail's contact details, or in its mailto: link).
    link: new RegExp(
      String.raw`\b(?:https?:\/\/(?:[^\s/?#@<>()"'\x60]*@)?([^\s/?#:<>()"'\x60]+)(?::\d{1,5})?|(${bare}):\d{2,5}\b)|[\w.%+-]+@([\w-]+(?:\.[\w-]+)*)`,
      'gi',
    ),
    linkish: new RegExp(String.raw`https?:\/\/|(?:${bare}):|\w@\w`, 'i'),
    machines: new Set(words.machines.map((word) => word.toLowerCase())),
    reserved: new Set(words.reserved.map((word) => word.toLowerCase())),
    tunnel: new RegExp(String.raw`(?:^|\.)(?:${anyOf(words.tunnels) || NONE})$`, 'i'),
    label: new RegExp(String.raw`^(?:${anyOf(words.labels) || NONE})(?:-?\d+)?$${joined}${previews}`, 'i'),
  };
  compiled.set(words, tests);
  return tests;
}

/** A host's last dot that ends the sentence: "https://shop.test." */
const TRAILING = /\.+$/;

/**
 * Whether a host is the sender's own machine (a `machines` name, a loopback address, a name under a `reserved`
 * top-level name), a tunnel to it, or a staging or preview deployment (a label of its own before the site's domain).
 */
export function isTestHost(host: string, words: TestHostWords): boolean {
  const tests = testsOf(words);
  const name = host.toLowerCase().replace(/\.$/, '');
  if (tests.machines.has(name) || name === '0.0.0.0' || /^127(?:\.\d{1,3}){3}$/.test(name)) return true;
  const labels = name.split('.');
  if (labels.length > 1 && tests.reserved.has(labels[labels.length - 1]!)) return true;
  if (tests.tunnel.test(name)) return true;
  // "staging.com" may be somebody's site: a staging label stands before a domain of two labels at least.
  return labels.length > 2 && labels.slice(0, -2).some((label) => tests.label.test(label));
}

/**
 * The links of `text` to a test host (isTestHost), each its scheme, host and port (the part to change), and the e-mail
 * addresses at one, each whole: a shipped message that sends its reader to the developer's machine or a staging site,
 * which the reader's browser or mail cannot reach or should never see. Read in the text as stored, so a link in an
 * HTML attribute (`href`, `mailto:`) counts: it is what the reader clicks.
 */
export function testLinks(text: string, words: TestHostWords): Span[] {
  const found: Span[] = [];
  const tests = testsOf(words);
  if (!tests.linkish.test(text)) return found;
  for (const match of text.matchAll(tests.link)) {
    const host = match[1] ?? match[2] ?? match[3]!;
    if (!isTestHost(host, words)) continue;
    found.push({ start: match.index, end: match.index + match[0].replace(TRAILING, '').length });
  }
  return found;
}
