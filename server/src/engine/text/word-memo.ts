/**
 * A copy of `text` that does not keep a larger string alive. V8 makes a long
 * slice (13 characters or more) a view into its parent, so a word or reply
 * kept in a long-lived table or cache would keep the whole document it was
 * cut from in memory after the document has changed. Concatenating forces a
 * flat copy before the slice.
 */
export function detached(text: string): string {
  return `${text} `.slice(0, -1);
}

/**
 * `items` at exactly its length, for a list kept as long as its reply: V8 gives an array its first push
 * room for 17 items (152 bytes). The replies of the bench's 5 MB library held about 15,000 such lists of
 * findings, suggestions and placeholders with one or two items each (2.8 MB) while it was open.
 */
export function kept<T>(items: T[]): T[] {
  return items.length === 0 ? items : items.slice();
}

/**
 * Answers remembered by a word (or variable) cut from documents: bounded, so
 * a file of endless distinct words cannot grow the server, and keyed by
 * detached copies, so no remembered word keeps its document alive. Keys
 * longer than `maxKeyLength` are answered each time, never kept.
 */
export class WordMemo<T> {
  private readonly answers = new Map<string, T>();

  constructor(
    private readonly maxEntries: number,
    private readonly maxKeyLength = Number.POSITIVE_INFINITY,
  ) {}

  get(key: string, answer: () => T): T {
    let value = this.answers.get(key);
    if (value === undefined) {
      value = answer();
      if (key.length <= this.maxKeyLength) {
        if (this.answers.size >= this.maxEntries) this.answers.clear();
        this.answers.set(detached(key), value);
      }
    }
    return value;
  }

  /** The remembered answer, if any (`get` without making a closure per call). */
  peek(key: string): T | undefined {
    return this.answers.get(key);
  }

  clear(): void {
    this.answers.clear();
  }
}
