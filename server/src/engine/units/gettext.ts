// A gettext catalog (`.po`): an app's or a shop's messages with their translations, e-mail bodies and notices among
// them (issue 12). Each translation (`msgstr`, each plural form `msgstr[n]`) that is a sentence is a message of its own,
// read through its string escapes as a JSON string is, and over the quoted pieces it is written in. The source text
// (`msgid`), comments, the header and labels too short to be a sentence ("Save", "Order status") are not read.
import type { ExportBody } from './exports';
import { decodeJsonString, encodeJsonString, type DecodedString } from './source-map';

/** A keyword line's keyword and where its quoted string starts, or a line that only continues the string above. */
const ENTRY_LINE = /^(msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)?[ \t]*(")/;
/** A quoted piece: its escapes are C's, which JSON's decoder reads for the ones catalogs write (\n, \t, \", \\). */
const QUOTED = /"(?:[^"\\\r\n]|\\.)*"/y;
/** Words a translation needs, with a sentence end, to be a message rather than a label; or this many without one. */
const SENTENCE_WORDS = 3;
const PROSE_WORDS = 8;
/** The header's language (`"Language: pl_PL\n"`), and a language in a catalog's name or folder (`pl.po`, `app-pl_PL.po`, `pl/LC_MESSAGES/app.po`). */
const HEADER_LANGUAGE = /^Language:[ \t]*([A-Za-z]{2,3})(?:[-_@][\w@]*)?[ \t]*$/m;
const NAME_LANGUAGE = /(?:^|[\\/._-])([a-z]{2,3})(?:[-_][A-Za-z]{2,4})?(?:\.po$|[\\/]LC_MESSAGES[\\/])/;

export interface Catalog {
  /** The language its header or its name gives, lower case (`pl`); undefined when neither says. */
  language: string | undefined;
  /** Each translation that reads as a message, titled by the file and the line its `msgstr` opens on. */
  messages: ExportBody[];
}

interface Piece extends DecodedString {
  /** Where the piece's quoted string starts and ends in the file. */
  start: number;
  end: number;
}

/** The catalog's messages, in file order; a translation kept as a `#~` obsolete entry is a comment, not read. */
export function readCatalog(source: string, fileName: string, fileTitle: string): Catalog {
  const messages: ExportBody[] = [];
  let header: string | undefined;
  let field: string | undefined;
  let fieldLine = 0;
  let pieces: Piece[] = [];
  let msgidEmpty = false;
  // A `#, fuzzy` entry's translation is a draft msgfmt leaves out: the customer sees the source text instead.
  let fuzzy = false;
  const flush = () => {
    if (field === 'msgid') msgidEmpty = pieces.every((piece) => piece.text === '');
    else if (field?.startsWith('msgstr') && pieces.length > 0) {
      const body = joined(pieces);
      if (msgidEmpty && field === 'msgstr') header ??= body.text;
      else if (!fuzzy && isMessage(body.text)) messages.push(translation(body, pieces, `${fileTitle}:${fieldLine}`));
    }
    field = undefined;
    pieces = [];
  };
  let line = 0;
  for (let start = 0; start < source.length;) {
    const newline = source.indexOf('\n', start);
    const end = newline < 0 ? source.length : newline;
    line++;
    const match = ENTRY_LINE.exec(source.slice(start, end));
    if (!match) {
      // A comment or a blank line ends the string above; `#,` flags and the like belong to the next entry.
      const ended = field?.startsWith('msgstr') === true;
      if (field !== undefined) flush();
      if (ended) fuzzy = false;
      const line = source.slice(start, end);
      if (line.startsWith('#,') && line.includes('fuzzy')) fuzzy = true;
    } else {
      if (match[1] !== undefined) {
        flush();
        field = match[1];
        fieldLine = line;
      }
      QUOTED.lastIndex = start + match[0].length - 1;
      const quoted = QUOTED.exec(source);
      if (field !== undefined && quoted) {
        const decoded = decodeJsonString(source, quoted.index, quoted.index + quoted[0].length);
        pieces.push({ ...decoded, start: quoted.index, end: quoted.index + quoted[0].length });
      }
    }
    if (newline < 0) break;
    start = newline + 1;
  }
  flush();
  const told = header === undefined ? undefined : HEADER_LANGUAGE.exec(header)?.[1];
  return { language: (told ?? NAME_LANGUAGE.exec(fileName)?.[1])?.toLowerCase(), messages };
}

/**
 * Why a catalog gave no message to check, for the note on one named on the command line: its language has no rules
 * (`hasRules`), or none of its translations reads as a message.
 */
export function unreadCatalogNote(source: string, fileName: string, hasRules: (language: string) => boolean): string {
  const { language } = readCatalog(source, fileName, fileName);
  if (language !== undefined && !hasRules(language)) {
    return `Not checked: this catalog is in "${language}" (its header or its name says so), and no rules here are for that language.`;
  }
  return 'Not checked: no translation (msgstr) in this catalog reads as a message, a sentence of three words or more; labels and the source texts (msgid) are not read.';
}

/** Whether a translation reads as a message to a person: a sentence of a few words, several lines, or many words. */
function isMessage(text: string): boolean {
  const words = text
    .trim()
    .split(/\s+/)
    .filter((word) => /\p{L}/u.test(word)).length;
  return text.trim().includes('\n') || words >= PROSE_WORDS || (words >= SENTENCE_WORDS && /[.!?…:]\s*$/.test(text));
}

/** A translation's quoted pieces as one text: each character where the file writes it, a piece's escapes read through. */
function joined(pieces: readonly Piece[]): DecodedString {
  const text = pieces.map((piece) => piece.text).join('');
  const offsets = new Int32Array(text.length + 1);
  let at = 0;
  for (const piece of pieces) {
    offsets.set(piece.offsets.subarray(0, piece.text.length), at);
    at += piece.text.length;
  }
  offsets[text.length] = pieces[pieces.length - 1]!.offsets[pieces[pieces.length - 1]!.text.length]!;
  return { text, offsets };
}

/**
 * A translation as a message. A fix is written into one quoted piece, escaped as the piece is (a quote as `\"`, a line
 * break as `\n`); none that spans two pieces, and none that would need an escape gettext does not know (`\u…`).
 */
function translation(body: DecodedString, pieces: readonly Piece[], title: string): ExportBody {
  const bounds = pieces.map((piece) => ({ from: piece.offsets[0]!, to: piece.end - 1 }));
  return {
    title,
    body,
    isHtml: false,
    kind: undefined,
    encode: (text, from, to) => {
      // The characters the linter replaces: up to the next piece's first one when `to` ends a piece, so that is refused.
      const start = body.offsets[from]!;
      const end = body.offsets[to]!;
      const inOne = bounds.some((piece) => piece.from <= start && end <= piece.to);
      const written = encodeJsonString(text);
      return inOne && !written.includes('\\u') ? written : undefined;
    },
  };
}
