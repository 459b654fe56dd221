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
