// Bounded slices of the Markdown library, cut at `##` boundaries so every
// slice is a valid library of whole replies.

import { countWords } from '../test/support/corpus';

export interface Slice {
  text: string;
  replies: number;
  words: number;
  bytes: number;
}

export function librarySlice(library: string, bytes: number): Slice {
  const cut = bytes >= library.length ? library.length : library.indexOf('\n## ', bytes);
  const text = cut < 0 ? library : library.slice(0, cut + 1);
  return {
    text,
    replies: text.match(/^## /gm)?.length ?? 0,
    words: countWords(text.replace(/^# .*$/m, '')),
    bytes: Buffer.byteLength(text),
  };
}

export function describe(slice: Slice): string {
  return `${(slice.bytes / 1e6).toFixed(2)} MB, ${slice.replies} replies`;
}
