// A Rasa bot's answers (responses: utter_… -> variants with text) read as replies: one per variant, titled by the
// answer's name, on the exact characters of the YAML: chat lines the bot sends as written (issue 12, trial 30).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits, fixAllEdits } from '../../server/src/engine/fix-all';
import { splitReplyUnits } from '../../server/src/engine/units/formats';
import { exportSyntaxError, readExportFile } from '../../server/src/engine/units/exports';
import { resolveConfig } from '../../server/src/engine/config/project-config';
import { lint } from '../../server/src/engine/linter';
import { tempDir } from '../support/cli';
import { findingsOf, lintText, spansOf } from '../support/engine';

const NAME = 'rasa-domain.yml';
const source = fs.readFileSync(path.resolve(__dirname, '../fixtures/exports', NAME), 'utf8');

describe('Rasa responses', () => {
  it('every variant with text is one reply titled by its name; buttons, images and custom payloads are not read', () => {
    const units = splitReplyUnits(source, NAME);
    assert.deepEqual(
      units.map((unit) => [unit.title, unit.kind]),
      [
        ['utter_greet #1', 'chat'],
        ['utter_greet #2', 'chat'],
        ['utter_order_delayed', 'chat'],
        ['utter_return_window', 'chat'],
        ['utter_refund_sent', 'chat'],
        ['utter_goodbye', 'chat'],
      ],
    );
    assert.ok(units.every((unit) => !unit.text.includes('Talk to a person')));
  });

  it('a slot {first_name} is a placeholder, not prose', () => {
    const [greet] = splitReplyUnits(source, NAME);
    const slot = greet!.placeholders[0]!;
    assert.equal(source.slice(greet!.toSource(slot.start), greet!.toSource(slot.end)), '{first_name}');
  });

  it('findings land on the characters of block, folded and double-quoted scalars (through escapes)', () => {
    assert.deepEqual(spansOf('deferral/vague-timeframe', source, NAME), ['soon', 'as soon as possible']);
    assert.deepEqual(spansOf('tone/condescending', source, NAME), ['Obviously']);
  });

  it('a goodbye line is asked for no greeting or sign-off: a bot answers at any point of the chat', () => {
    const ruleIds = lintText(source, NAME).findings.map((finding) => finding.ruleId);
    assert.ok(!ruleIds.some((id) => id.startsWith('formula/')), ruleIds.join(', '));
  });

  it('an answer thanks for the message and asks on, owing no time (chat, not an acknowledgement); a fill-in left in is flagged', () => {
    const yaml =
      'responses:\n  utter_thanks:\n    - text: "Thanks for your message! What\'s your customer number?"\n' +
      '  utter_pl:\n    - text: "Dziękujemy za kontakt z Nordlight! W czym mogę pomóc?"\n' +
      '  utter_contact:\n    - text: "You can call [Company Name] on 0113 496 0000."\n';
    const ruleIds = lintText(yaml, 'domain.yml').findings.map((finding) => finding.ruleId);
    assert.deepEqual(ruleIds, ['placeholder/unfilled-slot']);
  });

  it('--fix writes into the folded block and the file stays a valid domain', () => {
    const fixed = applyEdits(source, fixAllEdits(lintText(source, NAME).findings));
    assert.match(fixed, /- text: >-\n {8}The return window is 30 days\n {8}from delivery\./);
    assert.deepEqual(
      splitReplyUnits(fixed, NAME).map((unit) => unit.title),
      splitReplyUnits(source, NAME).map((unit) => unit.title),
    );
  });

  it('Rasa 1 `templates:`, flow style, and an alias read once where its anchor is written', () => {
    const yaml =
      'templates:\n  utter_wait:\n    - &wait { text: "Thanks for waiting, we will reply soon." }\n  utter_wait_again:\n    - *wait\n' +
      '  greeting: [{ text: "Not an answer Rasa runs, so not read as one either way here." }]\n';
    assert.deepEqual(
      splitReplyUnits(yaml, 'domain.yml').map((unit) => unit.title),
      ['utter_wait'],
    );
    assert.deepEqual(spansOf('deferral/vague-timeframe', yaml, 'domain.yml'), ['soon']);
  });

  it('a responses key that is not a map of answer lists is no bot file', () => {
    for (const yaml of [
      'responses: 3\n',
      'responses:\n  - text: A list at the top is not a domain.\n',
      'responses:\n  utter_x: just a string\n',
      'responses:\n  "200":\n    description: An API description of a response, several words long.\n',
    ]) {
      assert.deepEqual(splitReplyUnits(yaml, 'domain.yml'), [], yaml);
    }
  });

  it('an answer name written twice is an error at the second, as yaml reports it, found in linear time', () => {
    const twice = 'responses:\n  utter_a:\n    - text: "Fine."\n  utter_a:\n    - text: "Again."\n';
    const error = exportSyntaxError(readExportFile(twice, 'yaml'));
    assert.equal(error?.offset, twice.lastIndexOf('utter_a'));
    assert.match(error!.message, /^Not checked: YAML syntax error: Map keys must be unique\./);
    assert.deepEqual(splitReplyUnits(twice, 'domain.yml'), []);
  });

  it('a 5 MB domain of 30,000 answers is read in seconds (yaml alone compared every key with every other: 36 s)', function () {
    this.timeout(120_000);
    const answers = Array.from(
      { length: 15_000 },
      (_, index) =>
        `  utter_answer_${index}:\n    - text: "Your parcel ${index} is on its way and reaches you within two working days."\n    - text: |\n        Thanks for waiting.\n        Parcel ${index} left the depot today.\n`,
    );
    const big = `version: "3.1"\nresponses:\n${answers.join('')}`;
    assert.ok(big.length > 2_500_000);
    const started = Date.now();
    assert.equal(splitReplyUnits(big, 'domain.yml').length, 30_000);
    assert.ok(Date.now() - started < 30_000, `${Date.now() - started} ms`);
  });

  it('broken YAML gets a syntax error at its line', () => {
    const broken = 'responses:\n  utter_a:\n    - text: "Fine."\n  utter_b:\n    - text: "Unclosed\n  utter_c: [\n';
    const error = exportSyntaxError(readExportFile(broken, 'yaml'));
    assert.ok(error && /^Not checked: YAML syntax error/.test(error.message), error?.message);
    assert.deepEqual(splitReplyUnits(broken, 'domain.yml'), []);
  });

  describe('a quoted answer whose lines sit at its key or dash column (PyYAML reads it; reviewer-29 item 5)', () => {
    // rasa-demo's compact style: continuation lines at the column of `text`, or of the dash.
    const compact =
      'responses:\n  utter_hours:\n  - text: "Our phone line is open 8 to 18 on weekdays,\n    and we will get back to you soon."\n' +
      "  utter_parts:\n  - text: 'The filter is in the box, the brush\n  is obviously sold on its own.'\n" +
      '  utter_list:\n  - text: "Choose one:\n    - Escaped \\"quotes\\" stay text\n    - and so does this line"\n';

    it('every answer is read, and findings land on the exact characters of the continuation lines', () => {
      assert.equal(exportSyntaxError(readExportFile(compact, 'yaml')), undefined);
      const units = splitReplyUnits(compact, 'domain.yml');
      assert.deepEqual(
        units.map((unit) => [unit.title, unit.text]),
        [
          ['utter_hours', 'Our phone line is open 8 to 18 on weekdays, and we will get back to you soon.'],
          ['utter_parts', 'The filter is in the box, the brush is obviously sold on its own.'],
          ['utter_list', 'Choose one: - Escaped "quotes" stay text - and so does this line'],
        ],
      );
      assert.deepEqual(spansOf('deferral/vague-timeframe', compact, 'domain.yml'), ['soon']);
      const soon = findingsOf('deferral/vague-timeframe', compact, 'domain.yml')[0]!;
      assert.deepEqual(soon.range.start, { line: 3, character: 32 });
    });

    it('--fix writes into a continuation line, and the file reads back with the same answers', () => {
      const fixed = applyEdits(compact, fixAllEdits(lintText(compact, 'domain.yml').findings));
      assert.match(fixed, /\n {2}is sold on its own\.'\n/);
      assert.deepEqual(
        splitReplyUnits(fixed, 'domain.yml').map((unit) => unit.text),
        splitReplyUnits(compact, 'domain.yml').map((unit) => unit.text.replace('obviously ', '')),
      );
    });

    it('quotes inside a block answer are its text, not scalars to reindent', () => {
      const yaml =
        'responses:\n  utter_quote:\n  - text: |\n      Customers often ask: "Where is\n      my parcel?" We answer within a day.\n' +
        '  utter_next:\n  - text: "Thanks for waiting,\n    your parcel left the depot today."\n';
      assert.deepEqual(
        splitReplyUnits(yaml, 'domain.yml').map((unit) => unit.text),
        ['Customers often ask: "Where is\nmy parcel?" We answer within a day.\n', 'Thanks for waiting, your parcel left the depot today.'],
      );
    });

    it('a file that still does not parse keeps its first error; a key written twice is found at the second', () => {
      const unclosed = 'responses:\n  utter_a:\n  - text: "Fine,\n    thanks.\n  utter_b:\n  - text: "Unclosed\n';
      assert.match(exportSyntaxError(readExportFile(unclosed, 'yaml'))!.message, /Missing closing "quote/);
      const twice = 'responses:\n  utter_a:\n  - text: "Fine,\n    thanks."\n  utter_a:\n  - text: "Again."\n';
      assert.equal(exportSyntaxError(readExportFile(twice, 'yaml'))?.offset, twice.lastIndexOf('utter_a'));
    });
  });

  it("a config's kind, or its folder's in overrides, says how the team reads its bot's answers; with none they are chat", () => {
    const dir = tempDir({ '.replylint.yaml': 'root: true\nlanguage: en\noverrides:\n  - files: ["widget/**"]\n    kind: auto-reply\n' });
    const yaml = 'responses:\n  utter_thanks:\n    - text: "Thanks for your message! What\'s your customer number?"\n';
    const zammad = JSON.stringify([{ name: 'Reset', keywords: 'reset', content: 'Open Settings and choose Security.' }]);
    const kindsIn = (folder: string, text: string, fileName: string) => {
      const { lintOptions } = resolveConfig(path.join(dir, folder, fileName));
      const result = lint({ text, fileName: path.join(folder, fileName) }, lintOptions);
      return [result.units.map((unit) => unit.kind), result.findings.map((finding) => finding.ruleId)];
    };
    try {
      assert.deepEqual(kindsIn('bot', yaml, 'domain.yml'), [['chat'], []]);
      // Read as the widget's automatic message: an acknowledgement that owes the customer a time.
      assert.deepEqual(kindsIn('widget', yaml, 'domain.yml'), [['auto-reply'], ['deferral/auto-reply-next-step']]);
      // What another export says its body is still wins: a Zammad text module is a snippet.
      assert.deepEqual(kindsIn('widget', zammad, 'text_modules.json')[0], ['snippet']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
