// Regular expressions of packs. Patterns from workspace packs run on RE2
// (re2js): linear time, so no pack can freeze the editor. Patterns shipped in
// Replylint's own packs are vetted (a test checks that they run the same on
// both engines and have no nested quantifiers) and run on V8's engine, which
// is about ten times faster on long text.

import { compileRegex } from './pack';
import { eachMatch } from '../text/each-match';
import type { Span } from '../types';

export interface TextPattern {
  /** Every non-empty match, in order. */
  spans(text: string): Span[];
  /**
   * What a pattern rule reports: every match, narrowed to the first capture group that took part
   * in it when the pattern has groups. A pattern consumes the context that decides a match (the
   * character before a run of capitals, what follows it) but reports only the words themselves.
   */
  reported(text: string): Span[];
}

class Re2Pattern implements TextPattern {
  private readonly regex;

  constructor(source: string, caseSensitive: boolean) {
    this.regex = compileRegex(source, caseSensitive);
  }

  spans(text: string): Span[] {
    const found: Span[] = [];
    const matcher = this.regex.matcher(text);
    while (matcher.find()) if (matcher.end() > matcher.start()) found.push({ start: matcher.start(), end: matcher.end() });
    return found;
  }

  reported(text: string): Span[] {
    const found: Span[] = [];
    const matcher = this.regex.matcher(text);
    const groups = matcher.groupCount();
    while (matcher.find()) {
      if (matcher.end() === matcher.start()) continue;
      let group = 0;
      for (let index = 1; index <= groups; index++) {
        if (matcher.start(index) >= 0) {
          group = index;
          break;
        }
      }
      if (matcher.end(group) > matcher.start(group)) found.push({ start: matcher.start(group), end: matcher.end(group) });
    }
    return found;
  }
}

class NativePattern implements TextPattern {
  /** The same expression with match indices (the `d` flag), made when a pattern with groups is first reported. */
  private withIndices: RegExp | undefined;
  private groups: number | undefined;

  constructor(private readonly regex: RegExp) {}

  reported(text: string): Span[] {
    // The number of groups: an empty alternative added to the pattern matches "" with every group unset.
    this.groups ??= new RegExp(`${this.regex.source}|`, this.regex.flags.replace('g', '')).exec('')!.length - 1;
    if (this.groups === 0) return this.spans(text);
    this.withIndices ??= new RegExp(this.regex.source, `${this.regex.flags}d`);
    const found: Span[] = [];
    eachMatch(this.withIndices, text, (match) => {
      if (match[0].length === 0) return;
      const [start, end] = match.indices!.slice(1).find((range) => range !== undefined) ?? match.indices![0]!;
      if (end > start) found.push({ start, end });
    });
    return found;
  }

  spans(text: string): Span[] {
    const found: Span[] = [];
    eachMatch(this.regex, text, (match) => {
      if (match[0].length > 0) found.push({ start: match.index, end: match.index + match[0].length });
    });
    return found;
  }
}

/**
 * V8 flags for a vetted pattern. Unicode mode makes case-insensitive scans
 * about ten times slower, so it is used only where it changes the meaning:
 * \p{..} or \u{..} syntax, characters beyond the BMP or surrogate escapes,
 * or a construct that could stop between the two halves of a surrogate pair
 * (`.`, a negated class or escape). A `.` or negated class repeated greedily
 * at the very end of the pattern or of a top-level alternative ("note:[^\r\n]*|")
 * cannot: it runs on to a character it excludes, none of which is half a pair.
 */
export function nativeFlags(source: string, caseSensitive: boolean): string {
  const base = caseSensitive ? 'g' : 'gi';
  return needsUnicodeMode(source) ? `${base}u` : base;
}

function needsUnicodeMode(source: string): boolean {
  if (/[\ud800-\udfff]/.test(source)) return true;
  let inClass = false;
  let negatedClass = false;
  let depth = 0;
  for (let index = 0; index < source.length; index++) {
    const char = source[index]!;
    if (char === '\\') {
      const escaped = source[++index];
      if (escaped !== undefined && 'pPSWD'.includes(escaped)) return true;
      if (escaped === 'u' && (source[index + 1] === '{' || /^d[89a-f]/i.test(source.slice(index + 1, index + 3)))) return true;
    } else if (inClass) {
      if (char !== ']') continue;
      inClass = false;
      if (negatedClass && !endsAlternativeGreedily(source, index + 1, depth)) return true;
    } else if (char === '[') {
      inClass = true;
      negatedClass = source[index + 1] === '^';
      if (negatedClass) index++;
    } else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '.' && !endsAlternativeGreedily(source, index + 1, depth)) return true;
  }
  return false;
}

/** Whether a greedy `*` or `+` at `at` ends the pattern, or a top-level alternative (`depth` 0). */
function endsAlternativeGreedily(source: string, at: number, depth: number): boolean {
  if (source[at] !== '*' && source[at] !== '+') return false;
  const next = source[at + 1];
  return next === undefined || (next === '|' && depth === 0);
}

/**
 * Compiles a pack pattern; `vetted` (Replylint's own packs) may use V8's engine when the syntax means the same there.
 * A vetted pattern is not compiled for RE2 as well: test/unit/vetted-patterns.test.ts proves every one on both
 * engines, and RE2's compile was most of a cold start's pattern cost.
 */
export function compileTextPattern(source: string, { caseSensitive = false, vetted = false } = {}): TextPattern {
  if (vetted) {
    try {
      return new NativePattern(new RegExp(source, nativeFlags(source, caseSensitive)));
    } catch {
      // A syntax V8 does not take: RE2's reading.
    }
  }
  return new Re2Pattern(source, caseSensitive);
}

/** Both engines, for the test that vetted patterns behave the same on each. */
export function bothEngines(source: string, caseSensitive = false): { re2: TextPattern; native: TextPattern } {
  return { re2: new Re2Pattern(source, caseSensitive), native: new NativePattern(new RegExp(source, nativeFlags(source, caseSensitive))) };
}
