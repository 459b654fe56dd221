// Macro exports (Zendesk JSON, JSON arrays, YAML lists) and placeholder
// dialects: exact ranges through escapes, fixes that keep the file valid,
// and each dialect's unknown-variable, fallback and syntax checks.
import * as assert from 'node:assert/strict';
import { parse as parseYaml } from 'yaml';
import { builtinDialects } from '../../server/src/engine/config/dialects-file';
import { compileRuleSet, type LoadedPack } from '../../server/src/engine/config/project-config';
import { applyEdits } from '../../server/src/engine/fix-all';
import { lint } from '../../server/src/engine/linter';
import type { PackSpec } from '../../server/src/engine/rules/pack';
import type { Finding } from '../../server/src/engine/types';
import { DEFAULT_EXPORT_FIELDS, readExportFile, unknownBodyField } from '../../server/src/engine/units/exports';
import { splitReplyUnits } from '../../server/src/engine/units/formats';

const PACK: LoadedPack[] = [
  {
    name: 'test',
    file: 'test.yaml',
    spec: parseYaml(`
language: en
rules:
  deferral/vague:
    kind: phrase
    category: deferral
    message: 'Vague: {match}'
    phrases: [soon, shortly]
    suggest: { replace: ["by 3 pm \\"today\\"\\nthanks"] }
  placeholder/malformed:
    kind: check
    check: placeholder-syntax
    category: placeholder
    severity: error
    message: Fix it.
  placeholder/name-without-fallback:
    kind: check
    check: placeholder-name-fallback
    fallback: there
    category: placeholder
    message: Add a fallback.
  placeholder/unknown-variable:
    kind: check
    check: placeholder-unknown-variable
    category: placeholder
    severity: error
    message: Use a variable your help desk knows.
`) as PackSpec,
  },
];
const ruleSet = compileRuleSet('en', PACK, {});

function lintAs(text: string, fileName: string, placeholders = 'auto') {
  return lint({ text, fileName }, { language: 'en', audience: 'customer', placeholders, dialects: builtinDialects(), ruleSetFor: () => ruleSet });
}

/** The decoded characters a finding covers, read back through the file's own string syntax. */
function decodedJsonSlice(source: string, finding: Finding): string {
  return JSON.parse(`"${source.slice(finding.start, finding.end)}"`) as string;
}

describe('macro exports', () => {
  const body = 'Hi {{first_name}},\n\n"Café" — naïve 😀 we\'ll reply soon.\n\nBest, Ana';

  it('Zendesk JSON: findings land on the exact characters through \\n, \\" , \\u00e9 and surrogate-pair escapes', () => {
    const macro = {
      macros: [
        {
          title: 'Delay',
          actions: [
            { field: 'subject', value: 'soon' },
            { field: 'comment_value', value: body },
          ],
        },
      ],
    };
    // Escape every non-ASCII character, as many exporters do.
    const source = JSON.stringify(macro, null, 2).replace(/[\u0080-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const result = lintAs(source, 'macros.json', 'intercom');
    assert.deepEqual(
      result.units.map((unit) => unit.title),
      ['Delay'],
    );
    assert.deepEqual(
      result.findings.map((finding) => [finding.ruleId, decodedJsonSlice(source, finding)]),
      [
        ['placeholder/name-without-fallback', '{{first_name}}'],
        ['deferral/vague', 'soon'],
      ],
    );
    const vague = result.findings[1]!;
    assert.equal(source.slice(vague.start - 6, vague.start), 'reply ');
    // Every fix keeps valid JSON whose decoded body has the intended text.
    for (const finding of result.findings) {
      const fixed = JSON.parse(applyEdits(source, finding.suggestions[0]!.edits)) as typeof macro;
      const value = fixed.macros[0]!.actions[1]!.value;
      if (finding.ruleId === 'deferral/vague') assert.equal(value, body.replace('soon', 'by 3 pm "today"\nthanks'));
      else assert.equal(value, body.replace('{{first_name}}', '{{first_name | fallback: "there"}}'));
    }
  });

  it('reads a single macro, {"macro": ...} and a JSON array with body fields; HTML bodies are stripped', () => {
    const single = JSON.stringify({ title: 'One', actions: [{ field: 'comment_value_html', value: '<p>Back <b>soon</b>.</p>' }] });
    const [finding] = lintAs(single, 'one.json').findings;
    assert.equal(decodedJsonSlice(single, finding!), 'soon');
    assert.deepEqual(
      splitReplyUnits(JSON.stringify({ macro: { title: 'W', actions: [{ field: 'comment_value', value: 'x' }] } }), 'a.json').map((unit) => unit.title),
      ['W'],
    );
    const array = JSON.stringify([
      { name: 'A', body: 'Back soon.' },
      { name: 'B', content: 'Fine.' },
    ]);
    assert.deepEqual(
      lintAs(array, 'a.json').findings.map((item) => [item.unit, decodedJsonSlice(array, item)]),
      [[0, 'soon']],
    );
  });

  // Reviewer 21 #20: objects holding only `content_html` got the "not checked" note although the docs name the field.
  it('reads a body written only as `content_html` or `body_html`, as HTML; the plain twin wins where both are', () => {
    for (const field of ['content_html', 'body_html']) {
      const html = JSON.stringify([{ title: 'Delay', [field]: '<html><body><p>Hello Maria,</p><p>We will be back <b>soon</b>.</p></body></html>' }]);
      const [finding] = lintAs(html, 'canned.json').findings;
      assert.equal(decodedJsonSlice(html, finding!), 'soon', field);
      assert.equal(unknownBodyField(readExportFile(html, 'json')), undefined, field);
    }
    const both = JSON.stringify([{ title: 'Delay', content: 'Plain reply, back soon.', content_html: '<p>Markup reply.</p>' }]);
    assert.deepEqual(
      lintAs(both, 'canned.json').findings.map((item) => decodedJsonSlice(both, item)),
      ['soon'],
    );
  });

  it('the note on an unnamed body field speaks of one object as one', () => {
    const macro = { title: 'Delay', answer: 'Thank you for waiting, the parcel left our warehouse this morning.' };
    assert.match(
      unknownBodyField(readExportFile(JSON.stringify([macro]), 'json'))!.message,
      /found in this object \(known fields: .*\)\. Its text is in "answer"/,
    );
    assert.match(unknownBodyField(readExportFile(JSON.stringify([macro, macro]), 'json'))!.message, /found in these 2 objects .*\. Their text is in "answer"/);
  });

  // Reviewer-33 #5: a YAML `data:` list was not read while its JSON twin was, and the note on it advised naming "body",
  // a field already known, which changed nothing. Both formats now take the same export shapes.
  it('a YAML export is read in the shapes its JSON twin is: a `data:` list, a `macro:` mapping; positions exact', () => {
    const yaml = [
      'data:',
      '  - name: Parcel late',
      '    body: "Hi Kim, the parcel leaves our depot soon."',
      '  - name: Label sent',
      '    text: |',
      '      Hi Kim,',
      '      the return label follows shortly.',
      '',
    ].join('\n');
    const json = JSON.stringify({
      data: [
        { name: 'Parcel late', body: 'Hi Kim, the parcel leaves our depot soon.' },
        { name: 'Label sent', text: 'Hi Kim,\nthe return label follows shortly.\n' },
      ],
    });
    for (const [source, name] of [
      [yaml, 'macros.yaml'],
      [json, 'macros.json'],
    ] as const) {
      const result = lintAs(source, name);
      assert.deepEqual(
        result.units.map((unit) => unit.title),
        ['Parcel late', 'Label sent'],
        name,
      );
      assert.deepEqual(
        result.findings.map((finding) => [finding.unit, source.slice(finding.start, finding.end)]),
        [
          [0, 'soon'],
          [1, 'shortly'],
        ],
        name,
      );
      assert.equal(unknownBodyField(readExportFile(source, name.endsWith('json') ? 'json' : 'yaml')), undefined, name);
    }
    const single = 'macro:\n  title: Parcel late\n  actions:\n    - field: comment_value\n      value: We ship it soon.\n';
    const [finding] = lintAs(single, 'macro.yaml').findings;
    assert.equal(single.slice(finding!.start, finding!.end), 'soon');
  });

  it("the note's advice works when followed, in JSON and YAML; a macro read from its actions gets no note", () => {
    const macros = [
      { name: 'Parcel late', answer_text: 'Hi Kim, the parcel leaves our depot soon, with the courier we use on Fridays.' },
      { name: 'Label sent', answer_text: 'Hi Kim, the return label follows shortly, as a PDF you can print at home.' },
    ];
    const yaml = ['data:', ...macros.flatMap((macro) => [`  - name: ${macro.name}`, `    answer_text: "${macro.answer_text}"`]), ''].join('\n');
    for (const [source, format] of [
      [JSON.stringify({ data: macros }), 'json'],
      [yaml, 'yaml'],
    ] as const) {
      const note = unknownBodyField(readExportFile(source, format));
      assert.match(note!.message, /exports: \{ body: \[answer_text\] \}/, format);
      const exportFields = { body: ['answer_text', ...DEFAULT_EXPORT_FIELDS.body], title: DEFAULT_EXPORT_FIELDS.title };
      assert.equal(splitReplyUnits(source, `macros.${format}`, { exportFields }).length, 2, format);
    }
    // A Zendesk macro that only sets a status: its description is a note to agents, and no field named would be read.
    const statusOnly = JSON.stringify({
      macros: macros.map((macro) => ({ title: macro.name, description: macro.answer_text, actions: [{ field: 'status', value: 'solved' }] })),
    });
    assert.equal(unknownBodyField(readExportFile(statusOnly, 'json')), undefined);
  });

  it('JSON and YAML files that are not macro exports have no reply units', () => {
    assert.equal(splitReplyUnits('{"name": "pkg", "version": "1.0.0"}', 'package.json').length, 0);
    assert.equal(splitReplyUnits('{ broken', 'a.json').length, 0);
    assert.equal(splitReplyUnits('language: en\nrules: {}\n', '.replylint.yaml').length, 0);
  });

  it('YAML lists: block literals, double-quoted escapes and plain scalars map exactly, and fixes keep valid YAML', () => {
    const source = [
      'macros:',
      '  - title: Literal',
      '    body: |',
      '      Hi Sam,',
      '',
      '      We will reply soon, promise.',
      '  - title: Quoted',
      '    body: "Hi Sam,\\n\\u00e9 we reply shortly."',
      '  - title: Plain',
      '    body: We reply soon.',
      '',
    ].join('\n');
    const result = lintAs(source, 'macros.yaml');
    assert.deepEqual(
      result.units.map((unit) => unit.title),
      ['Literal', 'Quoted', 'Plain'],
    );
    assert.deepEqual(
      result.findings.map((finding) => [finding.unit, source.slice(finding.start, finding.end), finding.range.start.line]),
      [
        [0, 'soon', 5],
        [1, 'shortly', 7],
        [2, 'soon', 9],
      ],
    );
    const expected = [
      'Hi Sam,\n\nWe will reply by 3 pm "today"\nthanks, promise.\n',
      'Hi Sam,\né we reply by 3 pm "today"\nthanks.',
      'We reply by 3 pm "today"\nthanks.',
    ];
    result.findings.forEach((finding, index) => {
      const fixed = parseYaml(applyEdits(source, finding.suggestions[0]!.edits)) as { macros: { body: string }[] };
      assert.equal(fixed.macros[index]!.body, expected[index]);
    });
  });

  for (const lineBreak of ['\n', '\r\n']) {
    it(`YAML Zendesk actions with a flow-sequence value ["channel:all", "…"]${lineBreak === '\r\n' ? ' (CRLF)' : ''}: exact positions through \\n, \\", \\u00e9, and fixes keep valid YAML`, () => {
      const source = [
        'macros:',
        '  - title: One line',
        '    actions:',
        '      - field: comment_value',
        '        value: ["channel:all", "Hi {{first_name}},\\n\\n\\"Caf\\u00e9\\" is closed, we reply soon.\\n\\nBest, Ana"]',
        '  - title: Over lines',
        '    actions:',
        "      - { field: comment_value, value: ['channel:all',",
        '          "Hi there,\\n\\nThe na\\u00efve fix ships\\',
        '          \\ shortly.\\nBest, Ana"] }',
        '',
      ].join(lineBreak);
      const read = (text: string) => (parseYaml(text) as { macros: { actions: { value: string[] }[] }[] }).macros.map((macro) => macro.actions[0]!.value[1]);
      const bodies = read(source);
      assert.equal(bodies[0], 'Hi {{first_name}},\n\n"Café" is closed, we reply soon.\n\nBest, Ana');
      assert.equal(bodies[1], 'Hi there,\n\nThe naïve fix ships shortly.\nBest, Ana');
      const result = lintAs(source, 'macros.yaml', 'intercom');
      assert.deepEqual(
        result.units.map((unit) => unit.title),
        ['One line', 'Over lines'],
      );
      assert.deepEqual(
        result.findings.map((finding) => [finding.ruleId, finding.unit, source.slice(finding.start, finding.end), finding.range.start.line]),
        [
          ['placeholder/name-without-fallback', 0, '{{first_name}}', 4],
          ['deferral/vague', 0, 'soon', 4],
          ['deferral/vague', 1, 'shortly', 9],
        ],
      );
      // Each fix is written into its string, as in the same JSON, and the file reads back with exactly the intended text.
      const expected = [
        [bodies[0]!.replace('{{first_name}}', '{{first_name | fallback: "there"}}'), bodies[1]],
        [bodies[0]!.replace('soon', 'by 3 pm "today"\nthanks'), bodies[1]],
        [bodies[0], bodies[1]!.replace('shortly', 'by 3 pm "today"\nthanks')],
      ];
      result.findings.forEach((finding, index) => {
        assert.ok(finding.suggestions[0], `no fix for ${finding.ruleId}`);
        const fixed = applyEdits(source, finding.suggestions[0]!.edits);
        assert.deepEqual(read(fixed), expected[index]);
        assert.ok(!fixed.replace(/\r\n/g, '').includes('\n') || lineBreak === '\n', 'a CRLF file keeps CRLF');
      });
    });
  }
});

describe('placeholder dialects', () => {
  const cases: { dialect: string; greeting: string; typo: string; suggestion: string; fallback?: string; malformed: string }[] = [
    {
      dialect: 'zendesk',
      greeting: 'Hi {{ticket.requester.first_name}},',
      typo: '{{ticket.requester.frist_name}}',
      suggestion: 'ticket.requester.first_name',
      malformed: '{% if ticket.status %}open',
    },
    {
      dialect: 'intercom',
      greeting: 'Hi {{first_name}},',
      typo: '{{frist_name}}',
      suggestion: 'first_name',
      fallback: 'Hi {{first_name | fallback: "there"}},',
      malformed: 'Hi {{first_name,',
    },
    {
      dialect: 'helpscout',
      greeting: 'Hi {%customer.firstName%},',
      typo: '{%customer.fristName%}',
      suggestion: 'customer.firstName',
      fallback: 'Hi {%customer.firstName,fallback=there%},',
      malformed: 'Hi {%customer.firstName,',
    },
    {
      dialect: 'freshdesk',
      greeting: 'Hi {{ticket.contact.firstname}},',
      typo: '{{ticket.subjet}}',
      suggestion: 'ticket.subject',
      fallback: 'Hi {{ticket.contact.firstname | default: "there"}},',
      malformed: 'Hi ticket.contact.firstname}},',
    },
    {
      dialect: 'gorgias',
      greeting: 'Hi {{ticket.customer.firstname}},',
      typo: '{{ticket.customer.fristname}}',
      suggestion: 'ticket.customer.firstname',
      // Gorgias documents no fallback: the name is reported, no syntax offered.
      fallback: '',
      malformed: '{% for x in y %}z',
    },
    {
      dialect: 'front',
      greeting: 'Hi {{recipient.first_name}},',
      typo: '{{recipient.frist_name}}',
      suggestion: 'recipient.first_name',
      fallback: 'Hi {{recipient.first_name | default: "there"}},',
      malformed: '{% endif %}',
    },
  ];
  for (const item of cases) {
    it(`${item.dialect}: detected from the text; unknown variable with did-you-mean; name fallback in its own syntax; malformed syntax`, () => {
      const text = `${item.greeting}\n\nYour order ${item.typo} is ready.\n`;
      const result = lintAs(text, 'reply.txt');
      const unknown = result.findings.find((finding) => finding.ruleId === 'placeholder/unknown-variable');
      assert.ok(unknown, `no unknown-variable finding for ${item.typo}`);
      assert.match(unknown.message, new RegExp(`Did you mean ${item.suggestion.replace(/\./g, '\\.')}`));
      assert.equal(applyEdits(text, unknown.suggestions[0]!.edits), text.replace(item.typo, item.typo.replace(/[\w.]+(?=[%}])/, item.suggestion)));
      const fallback = result.findings.find((finding) => finding.ruleId === 'placeholder/name-without-fallback');
      if (item.fallback) assert.equal(applyEdits(text, fallback!.suggestions[0]!.edits).split('\n')[0], item.fallback);
      else if (item.fallback === '') assert.deepEqual(fallback?.suggestions, []);
      else assert.equal(fallback, undefined, 'Zendesk always has a requester name');
      const malformed = lintAs(`${item.greeting}\n${item.malformed}\n`, 'reply.txt', item.dialect).findings.filter(
        (finding) => finding.ruleId === 'placeholder/malformed',
      );
      assert.equal(malformed.length, 1, item.malformed);
    });
  }

  it('none: any placeholder is unknown; liquid: any variable is fine but loop variables never are flagged', () => {
    assert.deepEqual(
      lintAs('Hello {{name}}.', 'a.txt', 'none').findings.map((finding) => finding.ruleId),
      ['placeholder/unknown-variable'],
    );
    assert.deepEqual(lintAs('Hello. {% for c in ticket.comments %}{{c.author}}{% endfor %}{{forloop.index}}', 'a.txt', 'zendesk').findings, []);
    assert.deepEqual(
      lintAs('Hello {{ticket.titel}}.', 'a.txt', 'zendesk').findings.map((finding) => finding.excerpt),
      ['ticket.titel'],
    );
    assert.deepEqual(lintAs('Hello {{anything.goes}}.', 'a.txt', 'liquid').findings, []);
  });
});
