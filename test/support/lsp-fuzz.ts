// Random edits over the language server: after each edit, the diagnostics the
// server reports for the edited document (its incremental path, with pull
// clients' "unchanged" answers folded in as a client does) must equal those of
// a fresh document with the same text. Used by test/lsp/fuzz.test.ts (a fixed
// seed, a few hundred edits) and by `npm run bench` (more).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { DocumentDiagnosticRequest, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { fileUri, type LspTestClient } from './lsp-client';

const ROOT = path.resolve(__dirname, '../..');
const read = (relative: string) => fs.readFileSync(path.join(ROOT, relative), 'utf8');

export interface FuzzDocument {
  fileName: string;
  languageId: string;
  text: string;
}

/** One document per format, each with what makes incremental reading hard: fences, comments, directives, placeholders, escapes, CRLF. */
export function fuzzDocuments(): FuzzDocument[] {
  const library = [
    read('examples/macros.md'),
    '## Fenced\n\nHi Sam,\n\n```\n## not a heading\n```\n\nWe will get back to you soon. <!-- replylint-disable-next-line -->\nRest assured this will never happen again.\n',
    '## Commented\n\nHello {{ticket.requester.first_name}},\r\nUnfortunately we cannot help. <!-- internal\nnote -->Sorry for any inconvenience caused. 😀\n\nThanks,\r\nAna\n',
    '## Polish\n\n<!-- replylint language=pl -->\nDzień dobry,\n\nodpiszemy wkrótce.\n\nPozdrawiam,\nAna\n',
  ].join('\n');
  return [
    { fileName: 'macros.md', languageId: 'markdown', text: library },
    { fileName: 'macros-crlf.md', languageId: 'markdown', text: library.replace(/\r?\n/g, '\r\n') },
    {
      fileName: 'reply.txt',
      languageId: 'plaintext',
      text: `${read('examples/over-promise.txt')}\n> We will reply soon, said the last agent.\n%{ticket.number} #{ticket.customer.firstname} 👍🏽\n`,
    },
    { fileName: 'order-delay.html', languageId: 'html', text: read('examples/order-delay.html') },
    { fileName: 'zendesk-macros.json', languageId: 'json', text: read('examples/zendesk-macros.json') },
    { fileName: 'gorgias-macros.yaml', languageId: 'yaml', text: read('test/fixtures/exports/gorgias-macros.yaml') },
  ];
}

/** Everyday typing, which the incremental path takes. */
const TYPING = ['x', 'e', ' ', 'the ', 'soon', 'We will reply soon.', 'ASAP', '.', ',', '!', "'", '\n', '😀', 'é', ''];
/** What can change more than the reply it is typed in: the incremental path must notice or step aside. */
const MARKERS = [
  '(',
  '\n\n',
  '\r\n',
  '\r',
  '\t',
  '👍🏽',
  'ł',
  '"',
  '\\',
  '\\n',
  '\\"',
  '\\u00e9',
  '\\ud83d\\ude00',
  '&amp;',
  '&nbsp;',
  '<p>',
  '</p>',
  '<br>',
  '{{',
  '}}',
  '{{ticket.requester.first_name}}',
  '{%',
  '%}',
  '{% if x %}',
  '%{ticket.number}',
  '#{ticket.customer.firstname}',
  '[CUSTOMER_NAME]',
  '<!--',
  '-->',
  '<!-- replylint-disable-next-line -->',
  '<!-- replylint-disable -->',
  '<!-- replylint-enable -->',
  '<!-- replylint kind=chat -->',
  '<!-- replylint language=pl -->',
  '---',
  '...',
  '===',
  '## ',
  '# ',
  '```',
  '- ',
  '> ',
  '-- \n',
  ': ',
  '|',
];

const WORD_GAP = /\p{L} \p{L}/gu;

/** A seeded generator (mulberry32): the same seed gives the same edits. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

export interface FuzzMismatch {
  fileName: string;
  step: number;
  text: string;
  incremental: Diagnostic[];
  fresh: Diagnostic[];
}

export interface FuzzOptions {
  seed: number;
  editsPerDocument: number;
  /** A document goes back to its first text every this many edits, so a broken export does not stay broken. */
  resetEvery?: number;
}

/**
 * Runs the edits; the client must be a pull client with `workspace` as its
 * folder. Returns every mismatch (none is the expected answer).
 */
export async function fuzzIncrementalDiagnostics(
  client: LspTestClient,
  workspace: string,
  options: FuzzOptions,
): Promise<{ edits: number; mismatches: FuzzMismatch[] }> {
  const next = random(options.seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const resetEvery = options.resetEvery ?? 25;
  const mismatches: FuzzMismatch[] = [];
  let edits = 0;
  let freshCount = 0;

  for (const document of fuzzDocuments()) {
    const uri = fileUri(path.join(workspace, 'edited', document.fileName));
    await client.open(uri, document.languageId, document.text);
    let resultId: string | undefined;
    let items: Diagnostic[] = [];
    // As a client does: an "unchanged" answer keeps the items it has.
    const pullEdited = async () => {
      const report = await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId: resultId });
      if (report.kind === 'full') items = report.items;
      resultId = report.resultId;
      return items;
    };
    await pullEdited();
    for (let step = 1; step <= options.editsPerDocument; step++) {
      const current = client.documents.get(uri)!;
      const text = current.getText();
      // Most marker edits leave an export invalid (a quote, a backslash): it is reset sooner.
      if (step % (document.languageId === 'json' || document.languageId === 'yaml' ? 5 : resetEvery) === 0) {
        await client.change(uri, [{ text: document.text }]);
      } else {
        const typing = next() < 0.6;
        let start = Math.floor(next() * (text.length + 1));
        // Typing happens in prose: at a space between two words (inside a body string in an export).
        if (typing) {
          WORD_GAP.lastIndex = start;
          const gap = WORD_GAP.exec(text) ?? ((WORD_GAP.lastIndex = 0), WORD_GAP.exec(text));
          if (gap) start = gap.index + 1;
        }
        // Markers and headings count at a line start.
        if (!typing && next() < 0.4) start = text.lastIndexOf('\n', start - 1) + 1;
        const length = next() < 0.6 ? 0 : typing || next() < 0.8 ? 1 + Math.floor(next() * 4) : Math.floor(next() * 40);
        const end = Math.min(text.length, start + length);
        await client.change(uri, [{ range: { start: current.positionAt(start), end: current.positionAt(end) }, text: pick(typing ? TYPING : MARKERS) }]);
      }
      edits++;
      const incremental = await pullEdited();
      const edited = client.documents.get(uri)!.getText();
      const freshUri = fileUri(path.join(workspace, `fresh-${++freshCount}`, document.fileName));
      await client.open(freshUri, document.languageId, edited);
      const fresh = await client.pull(freshUri);
      await client.close(freshUri);
      if (JSON.stringify(incremental) !== JSON.stringify(fresh.items)) {
        mismatches.push({ fileName: document.fileName, step, text: edited, incremental, fresh: fresh.items });
      }
    }
    await client.close(uri);
  }
  return { edits, mismatches };
}
