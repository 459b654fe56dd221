/**
 * A regular expression made at its first use, not when its module loads. Making one parses it, and each `\p{..}`
 * class in it costs an ICU set of about 290,000 instructions (V8 keeps none), so a pattern that only some texts need
 * (a chat transcript's turn lines, a template dialect's variables) should not be paid for by every run. For patterns
 * built from strings: a literal moved into a function would be parsed once more when that function is compiled.
 */
export function lazyPattern(source: string, flags: string): () => RegExp {
  let pattern: RegExp | undefined;
  return () => (pattern ??= new RegExp(source, flags));
}

/** Patterns by name, each made at its first read (as lazyPattern's) by the function given for that name. */
export function lazyPatterns<Name extends string>(makers: Record<Name, () => RegExp>): Record<Name, RegExp> {
  const patterns = {} as Record<Name, RegExp>;
  for (const name of Object.keys(makers) as Name[]) {
    let pattern: RegExp | undefined;
    Object.defineProperty(patterns, name, { get: () => (pattern ??= makers[name]()), enumerable: true });
  }
  return patterns;
}
