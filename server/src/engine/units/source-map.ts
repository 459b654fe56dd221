// Decoded string bodies and where each of their characters sits in the
// source, so findings in a JSON or YAML export land on the exact characters
// of the file, through escapes.

/** offsets[i] is the source offset of decoded character i; offsets[length] is the end. */
export interface DecodedString {
  text: string;
  offsets: Int32Array;
}

const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/**
 * Decodes a JSON string literal (with its quotes) that starts at `start` in
 * the source. Each UTF-16 unit of the result maps to its escape or character;
 * a surrogate pair written as two \u escapes maps each half to its own escape.
 */
export function decodeJsonString(source: string, start: number, end: number): DecodedString {
  const last = end - 1;
  // At most one decoded unit per source character: fill, then trim.
  const offsets = new Int32Array(Math.max(0, last - start) + 1);
  // Runs without escapes are copied whole: a character at a time, a 5 MB
  // export made millions of one-character strings.
  const pieces: string[] = [];
  let length = 0;
  let at = start + 1;
  while (at < last) {
    const escape = source.indexOf('\\', at);
    const runEnd = escape < 0 || escape >= last ? last : escape;
    if (runEnd > at) {
      pieces.push(source.slice(at, runEnd));
      for (let offset = at; offset < runEnd; offset++) offsets[length++] = offset;
      at = runEnd;
      continue;
    }
    const kind = source[at + 1] ?? '';
    if (kind === 'u') {
      pieces.push(String.fromCharCode(parseInt(source.slice(at + 2, at + 6), 16)));
      offsets[length++] = at;
      at += 6;
    } else {
      pieces.push(SIMPLE_ESCAPES[kind] ?? kind);
      offsets[length++] = at;
      at += 2;
    }
  }
  offsets[length] = last;
  return { text: pieces.join(''), offsets: offsets.slice(0, length + 1) };
}

/** Escapes text for insertion inside a JSON string. */
export function encodeJsonString(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}
