// Builds the prose view of a reply unit: a string of the same length as the
// unit text in which everything that is not the writer's prose (code, URLs,
// quotes, markup, placeholders) is blanked. Keeping the length keeps every
// offset valid, so findings map back to the source without any bookkeeping.

export type MaskKind = 'blank' | 'break' | 'word';

interface MaskSpan {
  start: number;
  end: number;
  kind: MaskKind;
}

export class ProseMask {
  private readonly spans: MaskSpan[] = [];

  constructor(readonly text: string) {}

  /**
   * blank: spaces; break: a paragraph break (the span starts with blank
   * lines so block markup ends a sentence); word: one opaque word of x's so
   * the parser still sees a word (placeholders stand for a name or a value).
   */
  add(start: number, end: number, kind: MaskKind = 'blank'): void {
    if (end > start) this.spans.push({ start, end, kind });
  }

  addMatches(pattern: RegExp, kind: MaskKind = 'blank', group = 0): void {
    for (const match of this.text.matchAll(pattern)) {
      const index = match.index ?? 0;
      const groupText = match[group];
      if (groupText === undefined) continue;
      const offset = group === 0 ? 0 : match[0].indexOf(groupText);
      this.add(index + offset, index + offset + groupText.length, kind);
    }
  }

  build(): string {
    if (this.spans.length === 0) return this.text;
    const chars = this.text.split('');
    // Later kinds win: a placeholder inside a blanked quote stays blank.
    const order: Record<MaskKind, number> = { word: 0, break: 1, blank: 2 };
    const sorted = [...this.spans].sort((a, b) => order[a.kind] - order[b.kind]);
    for (const span of sorted) {
      for (let i = span.start; i < span.end; i++) {
        const ch = chars[i]!;
        if (ch === '\n' || ch === '\r') continue;
        if (span.kind === 'word') chars[i] = 'x';
        else if (span.kind === 'break') chars[i] = i - span.start < 2 ? '\n' : ' ';
        else chars[i] = ' ';
      }
    }
    return chars.join('');
  }
}

// Prose-level masks shared by every file format.
const URL = /\b(?:https?:\/\/|www\.)[^\s<>()"'`]+[^\s<>()"'`.,;:!?]/giu;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
// Quoted words are the customer's (or a UI label), never the writer's prose.
const DOUBLE_QUOTED = /"[^"\n]{1,400}"|“[^”\n]{1,400}”|„[^”“\n]{1,400}[”“]|«[^»\n]{1,400}»/gu;

export function maskCommonNonProse(mask: ProseMask): void {
  mask.addMatches(URL);
  mask.addMatches(EMAIL);
  mask.addMatches(DOUBLE_QUOTED);
}
