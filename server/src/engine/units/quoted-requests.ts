// Offices and help desks quote the customer's request back before answering it:
// "You asked:" over the request, "I note you seek access to the following
// information:" over a pasted paragraph, a questionnaire's questions each over
// an "Answer:" / "Odpowiedź:" line. The request is the customer's words, not the
// writer's prose: it is masked as a `>` quote is. The writer's answer never is:
// a quote ends at its paragraph's end, at its closing quotation mark, or at the
// answer label. A rule the writer quotes ("…section of our policy, which requires
// that you:" over an indented block, "Our terms state:" over a paragraph) is the
// rule's words, not the writer's: its "you must" orders nobody, and it is masked the
// same way. The words are data (rules/structure/footers.yaml,
// `copiedMessages.requests` and `copiedMessages.policies`), one list per language.

import { holdsNonSpace } from '../text/analyze';
import { phraseAlternation, wholeWordsPattern } from '../text/phrase-pattern';
import { lazyPatterns } from '../text/lazy-pattern';
import { ProseMask } from './prose-mask';

/** The compiled words of every language. */
export interface QuotedRequestMatcher {
  /** Words of a sentence that introduces the customer's request ("you asked", "I note you seek", "zwrócił się Pan o"). */
  intro: RegExp;
  /** Words of a sentence that presents the writer's answer instead ("here is", "please find", "poniżej"). */
  presenting: RegExp;
  /** Words a request is asked with ("please", "could you", "czy", "prosimy"); a question mark counts too. */
  asking: RegExp;
  /** Words of what the writer's side did or will do ("we sent", "we will", "odezwiemy się"): a line of the answer. */
  writer: RegExp;
  /** A label of the writer's answer at a line's start or after a sentence end ("Answer:", "Odpowiedź:", an abbreviation's "odp."). */
  answer: RegExp;
  /**
   * What every line with an answer label holds: a ':' after it, or the label's own full stop (an abbreviation's
   * "odp."). A line without one is passed by this one search, not by the label's pattern tried at each position.
   */
  answerMark: RegExp;
  /** A line opening with a question's label ("Question 2:", "Pytanie 1:"): the line's paragraph is the question. */
  question: RegExp;
  /** `question` at any line's start of a whole prose: a reply with no such line and no `answerMark` masks nothing. */
  questionLine: RegExp;
  /** Words naming a rule the writer cites ("policy", "guidelines", "terms", "regulamin"). */
  policy: RegExp;
  /** Words citing it ("states", "stanowi", "todetaan"): with `policy` before a colon, its words follow. */
  citing: RegExp;
  /**
   * Words of a requirement ("requires", "wymaga", "edellyttää"): they cite a rule only over an indented block; at the
   * margin "the following is required:" introduces the writer's own list (reviewer #3).
   */
  requiring: RegExp;
}

/** Blanks between a sentence's end and a label after it, at most. */
const MAX_GAP = 8;

/** Marks before a label: list markers, emphasis, the comment mark a questionnaire's answers are typed after ("/*odp.: Tak"). */
const LEAD = '[ \\t]*(?:[-*+•][ \\t]+|\\d{1,3}[.)][ \\t]+|/\\*[ \\t]*)?[*_]*';

/**
 * `intro`, `presenting`, `asking`, `writers`, `answers`, `questions` and `numbers` as footers.yaml's
 * `copiedMessages.requests` holds them; `policy`, `citing` and `requiring` as its `copiedMessages.policies` does.
 */
export function compileQuotedRequests(lists: {
  intro: Record<string, string[]>;
  presenting: Record<string, string[]>;
  asking: Record<string, string[]>;
  writers: Record<string, string[]>;
  answers: Record<string, string[]>;
  questions: Record<string, string[]>;
  numbers: Record<string, string[]>;
  policy: Record<string, string[]>;
  citing: Record<string, string[]>;
  requiring: Record<string, string[]>;
}): QuotedRequestMatcher {
  const questionLabel = `^${LEAD}(?:${phraseAlternation(Object.values(lists.questions).flat())})[ \\t]*(?:(?:${phraseAlternation(Object.values(lists.numbers).flat())})\\.?[ \\t]*)?(?:\\d{1,3}[ \\t]*[.:)]|:)`;
  // The whole-word lists are made when first asked for: most replies quote no request and cite no policy, and making
  // them at every start parsed about 4,000 characters of case-insensitive alternations and 28 `\p{..}` classes.
  const wordLists = lazyPatterns({
    intro: () => wholeWordsPattern(lists.intro),
    presenting: () => wholeWordsPattern(lists.presenting),
    asking: () => wholeWordsPattern(lists.asking),
    writer: () => wholeWordsPattern(lists.writers),
    policy: () => wholeWordsPattern(lists.policy),
    citing: () => wholeWordsPattern(lists.citing),
    requiring: () => wholeWordsPattern(lists.requiring),
  });
  // Assigned, not spread: a spread would read (so make) every one of the lazy patterns.
  return Object.assign(wordLists, {
    // The lookbehind is bounded: unbounded, it rescans a run of blanks (masked markup) at each of its positions.
    answer: new RegExp(
      `(?:^${LEAD}|(?<=[.?!;][ \\t]{1,${MAX_GAP}}[*_]{0,3}))(?:${phraseAlternation(Object.values(lists.answers).flat())})(?:[*_]*[ \\t]*:|(?<=\\.))`,
      'imu',
    ),
    answerMark: new RegExp(
      `:|${phraseAlternation(
        Object.values(lists.answers)
          .flat()
          .filter((answer) => answer.trim().endsWith('.')),
      )}`,
      'iu',
    ),
    question: new RegExp(questionLabel, 'iu'),
    questionLine: new RegExp(questionLabel, 'imu'),
  });
}

/**
 * A line that ends in a colon (closing emphasis aside, or the ":-" of older letters): it introduces what follows.
 * The blanks after the '-' are optional as a group: two free runs around it split a long run of blanks every way.
 */
const INTRO_END = /:[*_]*[ \t]*(?:-[ \t]*)?\r?$/;
/** A sentence's end inside a paragraph: the intro sentence starts after the last one before its colon. */
const SENTENCE_END = /[.!?][)"'’”»]*\s+/gu;
/** A closing quotation mark at a paragraph's end (full stop, question mark or emphasis around it). */
const CLOSES_QUOTE = /[”»"][.?!;*_ \t]*\r?$/u;
const OPENING_MARKS = /[“„«]/gu;
/** A line opening with a quotation mark (after a list marker or emphasis): quoted words, whoever's they are. */
const OPENS_QUOTE = /^[ \t>]*(?:[-*+•][ \t]+|\d{1,3}[.)][ \t]+)?[*_]*["“„«]/u;
const CLOSING_MARKS = /[”»]/gu;
/** A line that ends a sentence or a clause (closing quotes, brackets and emphasis aside): the next line is no wrap of it. */
const ENDS_CLAUSE = /[.?!:;][\s"'’”»*_)]*$/u;
/** A list item: a bullet, or a number with a full stop or bracket. */
const LIST_ITEM = /^[ \t]*(?:[-*+•][ \t]|\(?\d{1,3}[.)][ \t])/u;
/** A line ending in a question mark (closing quotes, brackets and emphasis aside). */
const QUESTION_END = /\?[\s"'’”»*_)]*$/u;
/** A paragraph of at most this many lines is short: a request quoted in it may run to its last question. */
const MAX_SHORT_PARAGRAPH = 8;
/** A quote closed in a later paragraph ends within this many paragraphs of the intro. */
const MAX_QUOTED_PARAGRAPHS = 3;
/**
 * A quoted request runs over this many lines at most, and an intro sentence is read back this many lines
 * from its colon: a paragraph of thousands of intro lines cost the square of its lines when each was read whole.
 */
const MAX_QUOTE_LINES = 60;
const MAX_INTRO_LINES = 8;

interface Line {
  start: number;
  end: number;
  blank: boolean;
  /** The line has words as written, blank or not in the prose (a quotation already masked is). */
  written: boolean;
}

/** The prose of `text` with the customer's requests quoted back masked (line breaks kept). */
export function maskQuotedRequests(text: string, prose: string, matcher: QuotedRequestMatcher): string {
  // Only a question's label, or a line with a ':' (an intro's, an answer label's) or an answer label's own full stop,
  // masks anything: a reply with none of them (most replies) is not split into lines.
  if (!matcher.answerMark.test(prose) && !matcher.questionLine.test(prose)) return prose;
  const lines = splitLines(text, prose);
  const mask = new ProseMask(prose);
  let masked = false;
  const block = (from: number, to: number) => {
    if (to > from) {
      mask.add(lines[from]!.start, lines[to - 1]!.end);
      masked = true;
    }
  };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.blank) continue;
    const lineText = prose.slice(line.start, line.end);
    if (matcher.question.test(lineText)) {
      const end = quoteEnd(prose, lines, index, matcher);
      block(index, end);
      index = end - 1;
      continue;
    }
    const answer = answerAt(prose, line, matcher);
    if (answer !== undefined) {
      if (maskQuestionAbove(prose, lines, index, answer, matcher, mask)) masked = true;
      continue;
    }
    if (!INTRO_END.test(lineText)) continue;
    const sentence = introSentence(prose, lines, index);
    if (matcher.presenting.test(sentence)) continue;
    if (matcher.policy.test(sentence) && (matcher.citing.test(sentence) || matcher.requiring.test(sentence))) {
      const first = nextWritten(lines, index + 1);
      // Quoted already (a `>` block, quotation marks): nothing more to mask. An HTML paragraph's tags are no quote.
      if (first >= lines.length || (lines.slice(index + 1, first).some((under) => under.written) && !paragraphTags(text, line, lines[first]!))) continue;
      if (indentedLine(prose, lines[first]!)) {
        const end = indentedRuleEnd(prose, lines, first);
        block(first, end);
        index = end - 1;
        continue;
      }
      if (matcher.citing.test(sentence)) {
        const end = marginRuleEnd(prose, lines, first);
        mask.add(lines[first]!.start, end.offset);
        masked = true;
        index = end.line;
        continue;
      }
    }
    if (!matcher.intro.test(sentence)) continue;
    const first = nextWritten(lines, index + 1);
    // The request under the intro is already masked (in quotation marks): the words under it are the writer's. An HTML
    // paragraph's tags between them are no quote (as for a rule, #3c).
    if (first < lines.length && lines.slice(index + 1, first).some((under) => under.written) && !paragraphTags(text, line, lines[first]!)) continue;
    if (first >= lines.length || answerAt(prose, lines[first]!, matcher) !== undefined || writes(prose.slice(lines[first]!.start, lines[first]!.end), matcher))
      continue;
    const end = quoteEnd(prose, lines, first, matcher);
    const words = prose.slice(lines[first]!.start, lines[end - 1]!.end);
    if (!asks(words, matcher)) {
      // No intro line inside these lines can find a request in them either: read on after them.
      if (!words.includes('?') && !matcher.asking.test(words)) index = end - 1;
      continue;
    }
    block(first, end);
    index = end - 1;
  }
  return masked ? mask.build() : prose;
}

function splitLines(text: string, prose: string): Line[] {
  const lines: Line[] = [];
  for (let start = 0; start <= prose.length;) {
    const newline = prose.indexOf('\n', start);
    const end = newline < 0 ? prose.length : newline;
    lines.push({ start, end, blank: !holdsNonSpace(prose, start, end), written: holdsNonSpace(text, start, end) });
    if (newline < 0) break;
    start = end + 1;
  }
  return lines;
}

/** The first line from `from` that is not blank (or the lines' count). */
function nextWritten(lines: readonly Line[], from: number): number {
  while (from < lines.length && lines[from]!.blank) from++;
  return from;
}

/** Where an answer label starts on `line` (offset in the prose), if it holds one. */
function answerAt(prose: string, line: Line, matcher: QuotedRequestMatcher): number | undefined {
  const text = prose.slice(line.start, line.end);
  const found = matcher.answerMark.test(text) ? matcher.answer.exec(text) : null;
  return found ? line.start + found.index : undefined;
}

/**
 * The sentence that ends in the colon of line `index`, blanks joined. It introduces the customer's request when it
 * holds an intro's words ("you asked", "your request"), a rule the writer quotes when it names and cites one ("our
 * policy states", "the guidelines require that you"), and neither when it presents the writer's answer ("here is").
 */
function introSentence(prose: string, lines: readonly Line[], index: number): string {
  let first = index;
  while (first > 0 && !lines[first - 1]!.blank && index - first < MAX_INTRO_LINES) first--;
  const paragraph = prose.slice(lines[first]!.start, lines[index]!.end);
  let sentenceStart = 0;
  for (const end of paragraph.matchAll(SENTENCE_END)) sentenceStart = (end.index ?? 0) + end[0].length;
  return paragraph.slice(sentenceStart).replace(/\s+/g, ' ');
}

/** A line indented as a block quote is in plain text (two blanks or a tab at least). */
const INDENTED = /^(?: {2,}|\t)[ \t]*\S/;

/** Paragraph tags alone (the last one cut where the next line's words start): an HTML paragraph break, no quote. */
const PARAGRAPH_TAGS = /^(?:\s|<\/?(?:p|div|br|span)\b[^<>]*(?:>|$))*$/i;

/** Whether the text between an intro's line and the line under it is an HTML paragraph break (`</p><p>`), not a `<blockquote>` or quotation marks. */
function paragraphTags(text: string, intro: Line, under: Line): boolean {
  return PARAGRAPH_TAGS.test(text.slice(intro.end, under.start));
}

const indentedLine = (prose: string, line: Line) => INDENTED.test(prose.slice(line.start, line.end));

/**
 * Where an indented rule that starts on line `first` ends (the index of the line after it): it runs over its
 * indented lines, blank lines between them included, up to the first line back at the margin, MAX_QUOTE_LINES at most.
 */
function indentedRuleEnd(prose: string, lines: readonly Line[], first: number): number {
  let end = first + 1;
  for (let index = end; index < lines.length && index - first < MAX_QUOTE_LINES; index++) {
    if (lines[index]!.blank) continue;
    if (!indentedLine(prose, lines[index]!)) break;
    end = index + 1;
  }
  return end;
}

/** A sentence's end on a line: a stop (closing quotes and brackets aside) before a blank or the line's end. */
const RULE_SENTENCE_END = /[.!?][)"'\u2019\u201d\u00bb]*(?=\s|$)/u;

/**
 * Where a rule quoted at the margin from line `first` ends: its first sentence, over the lines it wraps onto, within
 * its paragraph and MAX_QUOTE_LINES. The sentences after it are the writer's, on the same line or the next: a
 * plain-text reply often puts each paragraph on one line under single line breaks (reviewer #3).
 */
function marginRuleEnd(prose: string, lines: readonly Line[], first: number): { line: number; offset: number } {
  let index = first;
  for (;;) {
    const line = lines[index]!;
    const stop = RULE_SENTENCE_END.exec(prose.slice(line.start, line.end));
    if (stop) return { line: index, offset: line.start + stop.index + stop[0].length };
    if (index + 1 >= lines.length || lines[index + 1]!.blank || index + 1 - first >= MAX_QUOTE_LINES) return { line: index, offset: line.end };
    index++;
  }
}

/**
 * Whether `words` ask something: they hold a question mark, or their first sentence a request's words
 * ("Please could you provide…", "czy gmina…") and none that present an answer ("Please find attached").
 * A later "please contact us" is anyone's.
 */
function asks(words: string, matcher: QuotedRequestMatcher): boolean {
  if (words.includes('?')) return true;
  SENTENCE_END.lastIndex = 0;
  const firstEnd = SENTENCE_END.exec(words);
  const first = words.slice(0, firstEnd ? firstEnd.index + 1 : words.length).replace(/\s+/g, ' ');
  return matcher.asking.test(first) && !matcher.presenting.test(first);
}

/**
 * Where a quoted request that starts on line `first` ends (the index of the line after it). It runs over
 * the lines that continue it: a line wrapped from the one above (which ends no sentence or clause), a line
 * inside a quotation opened and not yet closed, a line under one ending in a colon, a list item of a request
 * that has asked no question yet ("Please provide: 1) … 2) …"), a line that asks too. It stops at an answer
 * label, at a blank line, and at a line that does none of these (the writer's answer, in letters that put
 * one paragraph on each line). A request whose closing quotation mark ends a later paragraph (a request of
 * several paragraphs, quoted) runs to that paragraph's end.
 */
function quoteEnd(prose: string, lines: readonly Line[], first: number, matcher: QuotedRequestMatcher): number {
  // The marks of the lines so far are counted as each line joins: recounted per line, a long quote costs its square.
  const sofar = new QuoteMarks();
  let end = first + 1;
  for (; end < lines.length && !lines[end]!.blank; end++) {
    if (end - first >= MAX_QUOTE_LINES) return end;
    const line = prose.slice(lines[end]!.start, lines[end]!.end);
    if (answerAt(prose, lines[end]!, matcher) !== undefined) return end;
    const above = prose.slice(lines[end - 1]!.start, lines[end - 1]!.end);
    sofar.add(above);
    // A quotation closed on the line above ends the quote; a line that says what the writer's side did is theirs.
    if (!sofar.open() && ((endsQuote(prose, lines[end - 1]!) && !OPENS_QUOTE.test(line)) || writes(line, matcher))) return end;
    const continues = !ENDS_CLAUSE.test(above) || sofar.open() || INTRO_END.test(above) || (LIST_ITEM.test(line) && !sofar.asked) || asks(line, matcher);
    if (!continues) return lastQuestionEnd(prose, lines, first, end, matcher);
  }
  if (end >= lines.length || endsQuote(prose, lines[end - 1]!)) return end;
  let from = end;
  for (let paragraphs = 1; paragraphs < MAX_QUOTED_PARAGRAPHS; paragraphs++) {
    from = nextWritten(lines, from);
    if (from >= lines.length || answerAt(prose, lines[from]!, matcher) !== undefined) break;
    let next = from;
    while (next < lines.length && !lines[next]!.blank && answerAt(prose, lines[next]!, matcher) === undefined) next++;
    if (endsQuote(prose, lines[next - 1]!) && unpairedClose(prose.slice(lines[first]!.start, lines[next - 1]!.end))) return next;
    if (next < lines.length && !lines[next]!.blank) break;
    from = next;
  }
  return end;
}

/**
 * Where a request that stopped at line `end` ends after all: a short paragraph (one that a blank line or the
 * text's end closes within MAX_SHORT_PARAGRAPH lines of its start) whose later line ends in a question mark is the
 * customer's up to that line ("Thank you for your request :-" over a complaint, then "Will data … be collected?").
 * In a letter that puts one paragraph on each line, the paragraph is the whole letter and the writer's lines stay;
 * so do the lines from one that says what the writer's side did or will do.
 */
function lastQuestionEnd(prose: string, lines: readonly Line[], first: number, end: number, matcher: QuotedRequestMatcher): number {
  let paragraphEnd = end;
  while (paragraphEnd < lines.length && !lines[paragraphEnd]!.blank && paragraphEnd - first <= MAX_SHORT_PARAGRAPH) paragraphEnd++;
  if (paragraphEnd - first > MAX_SHORT_PARAGRAPH) return end;
  let questionEnd = end;
  for (let index = end; index < paragraphEnd; index++) {
    const line = prose.slice(lines[index]!.start, lines[index]!.end);
    // The writer's answer ("We sent it today. Could you confirm the address?") ends the customer's words.
    if (writes(line, matcher)) break;
    if (QUESTION_END.test(line)) questionEnd = index + 1;
  }
  return questionEnd;
}

/** Whether `line` says what the writer's side did or will do ("We sent it today") and opens no quotation. */
function writes(line: string, matcher: QuotedRequestMatcher): boolean {
  return matcher.writer.test(line) && !OPENS_QUOTE.test(line);
}

/** Whether `line` ends with a closing quotation mark. */
function endsQuote(prose: string, line: Line): boolean {
  return CLOSES_QUOTE.test(prose.slice(line.start, line.end));
}

/** The quotation marks and question marks of the lines of a quote read so far. */
class QuoteMarks {
  private opening = 0;
  private closing = 0;
  private straight = 0;
  /** A line so far holds a question mark. */
  asked = false;

  add(line: string): void {
    this.opening += (line.match(OPENING_MARKS) ?? []).length;
    this.closing += (line.match(CLOSING_MARKS) ?? []).length;
    this.straight += (line.match(/"/g) ?? []).length;
    this.asked ||= line.includes('?');
  }

  /** Whether the lines open a quotation they do not close. */
  open(): boolean {
    return this.opening > this.closing || this.straight % 2 === 1;
  }
}

/** Whether `words` close more quotations than they open (a quote whose opening mark the writer left out, or put above). */
function unpairedClose(words: string): boolean {
  const straight = (words.match(/"/g) ?? []).length;
  return (words.match(CLOSING_MARKS) ?? []).length > (words.match(OPENING_MARKS) ?? []).length || straight % 2 === 1;
}

/**
 * Masks the question above the answer label at `answer` on line `index`: the words before the label on its
 * line, else the paragraph above it (blank lines between allowed), when they ask something and do not
 * introduce what follows (a line ending in a colon is the writer's). Returns whether it masked.
 */
function maskQuestionAbove(prose: string, lines: readonly Line[], index: number, answer: number, matcher: QuotedRequestMatcher, mask: ProseMask): boolean {
  const line = lines[index]!;
  let start: number;
  let end: number;
  if (/\S/.test(prose.slice(line.start, answer))) {
    // "1. Do you hold the minutes? Answer: No." The question is the line's words before the label.
    start = line.start;
    end = answer;
  } else {
    // The question ends on the last line with words above the label; it starts on the first line of its
    // wrapped lines (each line above it ends no sentence or clause).
    let last = index - 1;
    while (last >= 0 && lines[last]!.blank) last--;
    if (last < 0 || answerAt(prose, lines[last]!, matcher) !== undefined) return false;
    let first = last;
    while (first > 0 && !lines[first - 1]!.blank && !ENDS_CLAUSE.test(prose.slice(lines[first - 1]!.start, lines[first - 1]!.end))) first--;
    start = lines[first]!.start;
    end = lines[last]!.end;
  }
  const words = prose.slice(start, end);
  if (INTRO_END.test(words) || !asks(words, matcher)) return false;
  mask.add(start, end);
  return true;
}
