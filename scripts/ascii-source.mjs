// esbuild writes strings and identifiers in ASCII (\u escapes) but leaves
// regular expression literals and the comments it keeps as written, and one
// character past U+00FF makes V8 hold a bundle's whole source as a two-byte
// string: 2 bytes a character instead of 1, 2-4 MB more in every process that
// loads the server or the CLI. This plugin writes those characters as \u
// escapes in each module before esbuild reads it.
import * as fs from 'node:fs/promises';
import ts from 'typescript';

const NON_ASCII = /[^\0-\x7f]/;

/** Left to esbuild, which escapes them itself (a tagged template's raw text must stay as written). */
const LEFT_AS_WRITTEN = new Set([
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateHead,
  ts.SyntaxKind.TemplateMiddle,
  ts.SyntaxKind.TemplateTail,
  ts.SyntaxKind.Identifier,
  ts.SyntaxKind.PrivateIdentifier,
  ts.SyntaxKind.JsxText,
]);

/**
 * The module's text with every character past U+007F outside strings,
 * templates and names written as a \uXXXX escape (one per UTF-16 unit): in a
 * regular expression that is the same character, with or without the u flag
 * (a surrogate pair of escapes is one code point under u), and in a comment
 * it changes nothing. An identity escape of such a character (`\’`) becomes
 * its \u escape.
 */
export function escapeNonAscii(text, fileName) {
  if (!NON_ASCII.test(text)) return text;
  const kind = /\.[cm]?tsx?$/.test(fileName) ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, kind);
  /** [start, end) of each piece left as written, in source order. */
  const left = [];
  const visit = (node) => {
    if (LEFT_AS_WRITTEN.has(node.kind)) left.push([node.getStart(source), node.end]);
    else ts.forEachChild(node, visit);
  };
  visit(source);
  let out = '';
  let copied = 0;
  let piece = 0;
  for (let index = 0; index < text.length; index++) {
    if (text.charCodeAt(index) < 0x80) continue;
    while (piece < left.length && left[piece][1] <= index) piece++;
    if (piece < left.length && left[piece][0] <= index) continue;
    let backslashes = 0;
    while (index - backslashes - 1 >= copied && text[index - backslashes - 1] === '\\') backslashes++;
    out += text.slice(copied, backslashes % 2 === 1 ? index - 1 : index);
    out += `\\u${text.charCodeAt(index).toString(16).toUpperCase().padStart(4, '0')}`;
    copied = index + 1;
  }
  return out + text.slice(copied);
}

/**
 * The esbuild plugin: each JavaScript or TypeScript module read from disk goes
 * through escapeNonAscii. One plugin serves the builds that share it (the
 * server and the CLI bundle mostly the same modules): a module is parsed once
 * while its text stays the same.
 */
export function asciiSourcePlugin() {
  /** By path: the text last read and its escaped form. */
  const escapedBefore = new Map();
  return {
    name: 'ascii-source',
    setup(build) {
      build.onLoad({ filter: /\.[cm]?[jt]sx?$/, namespace: 'file' }, async (args) => {
        const text = await fs.readFile(args.path, 'utf8');
        const before = escapedBefore.get(args.path);
        const escaped = before?.text === text ? before.escaped : escapeNonAscii(text, args.path);
        if (escaped !== text) escapedBefore.set(args.path, { text, escaped });
        if (escaped === text) return undefined;
        return { contents: escaped, loader: /\.[cm]?tsx?$/.test(args.path) ? 'ts' : /x$/.test(args.path) ? 'jsx' : 'js' };
      });
    },
  };
}
