// Edits written into help-desk exports: random edits to generated YAML and
// JSON exports, in every scalar style and with every kind of escape, either
// parse back to exactly the intended body with the rest of the file
// untouched, or are refused. Never a broken file.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { Document, Scalar, YAMLMap, YAMLSeq, parse as parseYaml, parseDocument } from 'yaml';
import { DEFAULT_EXPORT_FIELDS, eachJsonExportBody, eachYamlExportBody, type ExportBody } from '../../server/src/engine/units/exports';

const STYLES = ['PLAIN', 'QUOTE_SINGLE', 'QUOTE_DOUBLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'] as const;

// Reply-like text with the characters that trouble YAML: quotes, backslashes, "#", ": ", tabs, emoji, line breaks.
const bodyChar = fc.constantFrom(...'abc xyz XYZ', ' ', ' ', '\n', '\n', "'", '"', '\\', '#', ':', '-', '\t', 'é', '😀', '\u00a0', '{', '}');
const body = fc.array(bodyChar, { minLength: 1, maxLength: 40 }).map((chars) => chars.join(''));
const insertText = fc.array(fc.constantFrom(...'ab Z', ' ', '\n', "'", '"', '\\', '#', ': ', '😀'), { maxLength: 8 }).map((chars) => chars.join(''));

/** An export of three macros; the middle one's body is written in `style` (when YAML can write it so). */
function yamlExport(value: string, style: (typeof STYLES)[number], lineBreak: string): string {
  const document = new Document({
    macros: [
      { title: 'Before', body: 'Hello there.' },
      { title: 'Edited', body: value },
      { title: 'After', body: 'Bye now.' },
    ],
  });
  const node = document.getIn(['macros', 1, 'body'], true) as Scalar;
  node.type = style;
  return document.toString({ lineWidth: 30, minContentWidth: 10 }).replace(/\n/g, lineBreak);
}

/** A double-quoted scalar written with every escape YAML has, chosen at random per character. */
function escapedDoubleQuoted(value: string, choices: number[]): string {
  let out = '"';
  let index = 0;
  for (const char of value) {
    const code = char.codePointAt(0)!;
    const choice = choices[index++ % choices.length]!;
    if (char === '"' || char === '\\') out += `\\${char}`;
    else if (char === '\n') out += choice % 2 === 0 ? '\\n' : '\\x0a';
    else if (char === '\t') out += '\\t';
    else if (code === 0xa0) out += '\\_';
    else if (code === 0x85) out += '\\N';
    else if (choice === 1) out += `\\U${code.toString(16).padStart(8, '0')}`;
    else if (choice === 2 && code < 0x100) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else if (choice === 3 && code < 0x10000) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else if (choice === 4 && char === ' ')
      out += '\\\n      '; // an escaped line break, then a space kept by escaping
    else out += char;
    if (choice === 4 && char === ' ') out += '\\ ';
  }
  return `${out}"`;
}

interface Trial {
  source: string;
  bodies: ExportBody[];
  read: (text: string) => string[];
}

function trialOf(source: string, bodies: ExportBody[] | undefined, read: (text: string) => string[]): Trial {
  assert.ok(bodies && bodies.length === 3, `not read as an export:\n${source}`);
  return { source, bodies, read };
}

const readYaml = (text: string) => {
  const document = parseDocument(text);
  assert.deepEqual(
    document.errors.map((error) => error.message),
    [],
    `invalid YAML after the edit:\n${text}`,
  );
  return (parseYaml(text) as { macros: { body: string }[] }).macros.map((macro) => macro.body);
};

/** Applies a random edit to the middle body; returns whether it was written (false: refused). */
function checkEdit({ source, bodies, read }: Trial, fromRatio: number, lengthRatio: number, newText: string): boolean {
  const edited = bodies[1]!;
  const text = edited.body.text;
  const from = Math.min(text.length, Math.floor(fromRatio * (text.length + 1)));
  const to = Math.min(text.length, from + Math.floor(lengthRatio * 6));
  // Never split a surrogate pair: edits land on characters.
  if (/[\udc00-\udfff]/.test(text[from] ?? '') || /[\udc00-\udfff]/.test(text[to] ?? '')) return false;
  const written = edited.encode(newText, from, to);
  if (written === undefined) return false;
  const start = edited.body.offsets[from]!;
  const end = edited.body.offsets[to]!;
  const after = source.slice(0, start) + written + source.slice(end);
  const values = read(after);
  assert.deepEqual(
    values,
    [bodies[0]!.body.text, text.slice(0, from) + newText + text.slice(to), bodies[2]!.body.text],
    `edit ${from}-${to} ${JSON.stringify(newText)} of\n${source}\ngave\n${after}`,
  );
  return true;
}

describe('edits written into exports', () => {
  for (const style of STYLES) {
    for (const lineBreak of ['\n', '\r\n']) {
      it(`YAML ${style}${lineBreak === '\r\n' ? ' with CRLF' : ''}: every written edit reads back as intended, most are written`, () => {
        let written = 0;
        let tried = 0;
        fc.assert(
          fc.property(
            body,
            fc.double({ min: 0, max: 1, noNaN: true }),
            fc.double({ min: 0, max: 1, noNaN: true }),
            insertText,
            (value, fromRatio, lengthRatio, newText) => {
              const source = yamlExport(value, style, lineBreak);
              // The generator's own writer can produce YAML it cannot read (a plain ":" line): not an export.
              fc.pre(parseDocument(source).errors.length === 0);
              const trial = trialOf(
                source,
                eachYamlExportBody(source, DEFAULT_EXPORT_FIELDS, (body) => body),
                readYaml,
              );
              // The reader maps the body exactly: its decoded text is the YAML value.
              assert.equal(trial.bodies[1]!.body.text, (parseYaml(source) as { macros: { body: string }[] }).macros[1]!.body);
              tried++;
              if (checkEdit(trial, fromRatio, lengthRatio, newText)) written++;
            },
          ),
          { numRuns: 300 },
        );
        assert.ok(written > tried / 3, `only ${written} of ${tried} edits were written`);
      });
    }
  }

  for (const layout of ['sequence', 'document'] as const) {
    for (const style of ['QUOTE_DOUBLE', 'QUOTE_SINGLE', 'PLAIN'] as const) {
      it(`YAML Zendesk action value ["channel:all", ${style}] in a flow ${layout} (LF and CRLF): every written edit reads back as intended`, () => {
        let written = 0;
        let tried = 0;
        fc.assert(
          fc.property(
            body,
            fc.constantFrom('\n', '\r\n'),
            fc.double({ min: 0, max: 1, noNaN: true }),
            fc.double({ min: 0, max: 1, noNaN: true }),
            insertText,
            (value, lineBreak, fromRatio, lengthRatio, newText) => {
              const macro = (title: string, text: string) => ({ title, actions: [{ field: 'comment_value', value: ['channel:all', text] }] });
              const document = new Document({ macros: [macro('Before', 'Hello there.'), macro('Edited', value), macro('After', 'Bye now.')] });
              for (const index of [0, 1, 2]) (document.getIn(['macros', index, 'actions', 0, 'value'], true) as YAMLSeq).flow = true;
              if (layout === 'document') (document.contents as YAMLMap).flow = true;
              (document.getIn(['macros', 1, 'actions', 0, 'value', 1], true) as Scalar).type = style;
              const source = document.toString({ lineWidth: 30, minContentWidth: 10 }).replace(/\n/g, lineBreak);
              fc.pre(parseDocument(source).errors.length === 0);
              const read = (text: string) => {
                assert.deepEqual(
                  parseDocument(text).errors.map((error) => error.message),
                  [],
                  `invalid YAML after the edit:\n${text}`,
                );
                return (parseYaml(text) as { macros: { actions: { value: string[] }[] }[] }).macros.map((item) => item.actions[0]!.value[1]!);
              };
              // The generator's own writer can write a plain scalar in brackets that reads as something else (":" starts a pair).
              fc.pre(read(source)[1] === value);
              const trial = trialOf(
                source,
                eachYamlExportBody(source, DEFAULT_EXPORT_FIELDS, (body) => body),
                read,
              );
              assert.equal(trial.bodies[1]!.body.text, value);
              tried++;
              if (checkEdit(trial, fromRatio, lengthRatio, newText)) written++;
            },
          ),
          { numRuns: 200 },
        );
        // Double quotes hold any text; a plain or single-quoted scalar in brackets refuses what would end it.
        assert.ok(written > tried / (style === 'QUOTE_DOUBLE' ? 1.5 : 4), `only ${written} of ${tried} edits were written`);
      });
    }
  }

  it('YAML double-quoted with \\U, \\x, \\u, \\N, \\_ and escaped line breaks: positions and edits through every escape', () => {
    let written = 0;
    fc.assert(
      fc.property(
        body,
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 10 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        insertText,
        (value, choices, fromRatio, lengthRatio, newText) => {
          const source = `macros:\n  - title: Before\n    body: Hello there.\n  - title: Edited\n    body: ${escapedDoubleQuoted(value, choices)}\n  - title: After\n    body: Bye now.\n`;
          const expected = (parseYaml(source) as { macros: { body: string }[] }).macros[1]!.body;
          const trial = trialOf(
            source,
            eachYamlExportBody(source, DEFAULT_EXPORT_FIELDS, (body) => body),
            readYaml,
          );
          assert.equal(trial.bodies[1]!.body.text, expected);
          // Every character maps inside the quotes, never to the opening quote.
          const opening = source.indexOf('"');
          for (let index = 0; index < expected.length; index++) assert.ok(trial.bodies[1]!.body.offsets[index]! > opening);
          if (checkEdit(trial, fromRatio, lengthRatio, newText)) written++;
        },
      ),
      { numRuns: 300 },
    );
    assert.ok(written > 100, `only ${written} edits were written`);
  });

  it('YAML block scalars with an explicit indentation indicator (|2, >-1, |+3, >4+): positions and edits', () => {
    // Lines that may start with spaces: the reason a writer needs the indicator.
    const line = fc.array(fc.constantFrom(...'ab Z', ' ', ' ', "'", '"', '#', ':', '😀', '\t'), { maxLength: 12 }).map((chars) => chars.join(''));
    let written = 0;
    let tried = 0;
    fc.assert(
      fc.property(
        fc.constantFrom('|', '>'),
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom('', '-', '+'),
        fc.boolean(),
        fc.array(line, { minLength: 1, maxLength: 6 }),
        fc.constantFrom('\n', '\r\n'),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        insertText,
        (indicator, width, chomping, chompingFirst, lines, lineBreak, fromRatio, lengthRatio, newText) => {
          const header = indicator + (chompingFirst ? chomping + width : width + chomping);
          // The body's key sits at column 4: its content starts at column 4 + width.
          const content = lines.map((text) => (text === '' ? '' : ' '.repeat(4 + width) + text)).join(lineBreak);
          const source = [
            'macros:',
            '  - title: Before',
            '    body: Hello there.',
            '  - title: Edited',
            `    body: ${header}`,
            content,
            '  - title: After',
            '    body: Bye now.',
            '',
          ].join(lineBreak);
          fc.pre(parseDocument(source).errors.length === 0);
          const expected = (parseYaml(source) as { macros: { body: string }[] }).macros[1]!.body;
          // A body of spaces alone has no words to check or fix.
          fc.pre(/\S/.test(expected));
          const trial = trialOf(
            source,
            eachYamlExportBody(source, DEFAULT_EXPORT_FIELDS, (body) => body),
            readYaml,
          );
          assert.equal(trial.bodies[1]!.body.text, expected);
          // Each character maps to itself in the file (line breaks to a line break).
          expected.split('').forEach((char, index) => {
            const at = trial.bodies[1]!.body.offsets[index]!;
            if (char === '\n' || char === ' ')
              assert.ok(/[ \r\n]/.test(source[at]!), `${JSON.stringify(char)} at ${index} maps to ${JSON.stringify(source[at])}`);
            else assert.equal(source[at], char, `character ${index} of ${JSON.stringify(expected)} in\n${source}`);
          });
          tried++;
          if (checkEdit(trial, fromRatio, lengthRatio, newText)) written++;
        },
      ),
      { numRuns: 400 },
    );
    assert.ok(written > tried / 3, `only ${written} of ${tried} edits were written`);
  });

  it('JSON: every edit is written and reads back as intended', () => {
    fc.assert(
      fc.property(
        body,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        insertText,
        (value, fromRatio, lengthRatio, newText) => {
          const source = JSON.stringify(
            [
              { name: 'Before', body: 'Hello there.' },
              { name: 'Edited', body: value },
              { name: 'After', body: 'Bye now.' },
            ],
            null,
            2,
          );
          const read = (text: string) => (JSON.parse(text) as { body: string }[]).map((macro) => macro.body);
          const trial = trialOf(
            source,
            eachJsonExportBody(source, DEFAULT_EXPORT_FIELDS, (body) => body),
            read,
          );
          const text = trial.bodies[1]!.body.text;
          const from = Math.min(text.length, Math.floor(fromRatio * (text.length + 1)));
          if (/[\udc00-\udfff]/.test(text[from] ?? '') || /[\udc00-\udfff]/.test(text[Math.min(text.length, from + Math.floor(lengthRatio * 6))] ?? '')) return;
          assert.ok(checkEdit(trial, fromRatio, lengthRatio, newText), 'JSON can hold any text');
        },
      ),
      { numRuns: 300 },
    );
  });
});
