/**
 * Calls `found` with every match of a global regular expression in `text`,
 * as `text.matchAll(regex)` yields them, without the copy of the expression
 * matchAll makes on every call (it ran once per reply and pattern). The
 * expression's lastIndex is its own while this runs: `found` must not use it.
 */
export function eachMatch(regex: RegExp, text: string, found: (match: RegExpExecArray) => void): void {
  if (!regex.global) throw new TypeError(`eachMatch needs a global expression: ${regex}`);
  const unicode = regex.unicode || regex.flags.includes('v');
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    // An empty match moves on by one character (a whole surrogate pair in Unicode mode), as matchAll does.
    if (match[0].length === 0) regex.lastIndex = nextIndex(text, regex.lastIndex, unicode);
    found(match);
  }
}

function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00 ? index + 2 : index + 1;
}
