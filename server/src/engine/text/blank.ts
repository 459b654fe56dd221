const WHITE_SPACE = /\s/;

/**
 * Whether text[start, end) is all white space, as `\s` reads it, with no copy of the stretch: it reads up to the first
 * character that is not (ASCII by its code, the rest by the pattern).
 */
export function isBlank(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    const space = code < 0x80 ? code === 0x20 || (code >= 0x09 && code <= 0x0d) : WHITE_SPACE.test(text[index]!);
    if (!space) return false;
  }
  return true;
}
