// The hand-labelled corpus in test/corpus/real-world (see its README): the
// recommended pack must not flag anything its labels do not ask for. Today's
// false positives are listed in known-false-positives.yaml, a ratchet: a new
// one fails, and so does a listed one that no longer happens, so the list only
// shrinks, and only on purpose (`npm run eval -- --update-known`).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import {
  KINDS,
  KNOWN_FALSE_POSITIVES,
  LANGUAGES,
  LabelError,
  evaluateCorpus,
  falsePositiveList,
  knownEntryOf,
  knownKey,
  loadCorpus,
  location,
  overallScore,
  shippedCorpusResult,
  strictScore,
  type CorpusResult,
  type KnownFalsePositive,
} from '../support/corpus-eval';

const describeEntry = (entry: KnownFalsePositive) => `${entry.file} [${entry.section}] ${entry.rule} "${entry.excerpt}" x${entry.count}`;

describe('real-world corpus', function () {
  let result: CorpusResult;
  before(function () {
    this.timeout(300_000); // lints the whole labelled corpus: ~20 s alone, minutes beside other builds
    result = shippedCorpusResult();
  });

  it('covers every language and kind', () => {
    for (const language of LANGUAGES)
      assert.ok(
        result.files.some((file) => file.language === language),
        `no ${language} file`,
      );
    for (const kind of KINDS)
      assert.ok(
        result.files.some((file) => file.replies.some((reply) => reply.kind === kind)),
        `no ${kind} reply`,
      );
  });

  it('flags nothing beyond its labels but the known false positives, and every known one still happens', () => {
    const known = parse(fs.readFileSync(KNOWN_FALSE_POSITIVES, 'utf8')) as KnownFalsePositive[] | null;
    const knownByKey = new Map((known ?? []).map((entry) => [knownKey(entry), entry]));
    const now = falsePositiveList(result);
    const nowByKey = new Map(now.map((entry) => [knownKey(entry), entry]));
    const added = now.filter((entry) => (knownByKey.get(knownKey(entry))?.count ?? 0) < entry.count);
    const gone = [...knownByKey.values()].filter((entry) => (nowByKey.get(knownKey(entry))?.count ?? 0) < entry.count);
    const where = (entry: KnownFalsePositive) =>
      result.findings
        .filter((scored) => !scored.truePositive && knownKey(knownEntryOf(scored)) === knownKey(entry))
        .map((scored) => location(scored.file, scored.finding.start) + (scored.onClean ? ' (labelled must not flag)' : ''))
        .join(', ');
    const problems = [
      ...added.map((entry) => `new false positive: ${describeEntry(entry)} at ${where(entry)}`),
      ...gone.map((entry) => `listed false positive no longer happens (good: run \`npm run eval -- --update-known\`): ${describeEntry(entry)}`),
    ];
    assert.deepEqual(problems, []);
  });
});

describe('corpus labels', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'replylint-corpus-'));
    fs.writeFileSync(path.join(dir, 'features.yaml'), 'pending:\n  footers: the reply ends at its sign-off\nlanded: {}\n');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, text: string, labels: string) => {
    fs.writeFileSync(path.join(dir, name), text);
    fs.writeFileSync(path.join(dir, `${name}.labels.yaml`), labels);
  };
  const MACROS =
    '## Late refund\n\nHi Sam,\n\nWe apologize for any inconvenience. Your refund is on its way.\n\nBest,\nAna\n\n## Thanks\n\nHi Sam,\n\nThanks for the photos! I will be in touch soon about the replacement.\n\nBest,\nAna\n';
  const HEAD = 'language: en\nkind: macro\ndialect: none\nstyle: test\n';

  it('scores findings against flag labels per reply: a finding on no label is a false positive', () => {
    write(
      'macros.md',
      MACROS,
      `${HEAD}replies:\n  - title: Late refund\n    flag:\n      - { rule: empathy/non-apology, quote: "We apologize for any inconvenience" }\n  - title: Thanks\n    clean: ["soon"]\n`,
    );
    const result = evaluateCorpus({}, loadCorpus(dir));
    assert.equal(result.labels.length, 1);
    assert.ok(result.labels[0]!.found);
    const onClean = result.findings.filter((scored) => scored.onClean);
    assert.deepEqual(
      onClean.map((scored) => [scored.finding.ruleId, scored.truePositive, scored.reply?.title]),
      [['deferral/vague-timeframe', false, 'Thanks']],
    );
    const score = overallScore(result);
    assert.equal(score.truePositives, 1);
    assert.equal(score.recall, 1);
  });

  it('a quote-less label matches its rule anywhere in its reply, and only there', () => {
    write('drafts.md', MACROS, `${HEAD}replies:\n  - title: Late refund\n  - title: Thanks\n    flag:\n      - { rule: empathy/non-apology }\n`);
    const result = evaluateCorpus({}, loadCorpus(dir));
    assert.equal(result.labels[0]!.found, false);
    assert.ok(
      result.findings.some((scored) => scored.finding.ruleId === 'empathy/non-apology' && !scored.truePositive && scored.reply?.title === 'Late refund'),
    );
  });

  it('a stale quote or title is an error with the labels file and line', () => {
    write(
      'macros.md',
      MACROS,
      `${HEAD}replies:\n  - title: Late refund\n    flag:\n      - { rule: empathy/non-apology, quote: "We regret" }\n  - title: Thanks\n`,
    );
    assert.throws(
      () => loadCorpus(dir),
      (error: Error) =>
        error instanceof LabelError && /macros\.md\.labels\.yaml:8: "We regret" \(occurrence 1\) not found in reply "Late refund"/.test(error.message),
    );
    write('macros.md', MACROS, `${HEAD}replies:\n  - title: Late refund\n  - title: Gone\n`);
    assert.throws(() => loadCorpus(dir), /macros\.md\.labels\.yaml:7: title "Gone" not found/);
  });

  it('malformed labels are errors: unknown kind, feature or rule id form, a span both flagged and clean', () => {
    write('one.txt', 'Hi Sam,\n\nYour order shipped.\n\nBest,\nAna\n', `${HEAD.replace('macro', 'letter')}replies:\n  - clean: [shipped]\n`);
    assert.throws(() => loadCorpus(dir), /one\.txt\.labels\.yaml:2: "kind" must be one of/);
    write('one.txt', 'Hi Sam,\n\nYour order shipped.\n\nBest,\nAna\n', `${HEAD}needs: [telepathy]\nreplies:\n  - clean: [shipped]\n`);
    assert.throws(() => loadCorpus(dir), /unknown feature "telepathy"/);
    write('one.txt', 'Hi Sam,\n\nYour order shipped.\n\nBest,\nAna\n', `${HEAD}replies:\n  - flag: [{ rule: Tone, quote: shipped }]\n`);
    assert.throws(() => loadCorpus(dir), /"rule" must be a rule id/);
    write(
      'one.txt',
      'Hi Sam,\n\nYour order shipped.\n\nBest,\nAna\n',
      `${HEAD}replies:\n  - flag: [{ rule: tone/blame, quote: order }]\n    clean: [Your order]\n`,
    );
    assert.throws(() => loadCorpus(dir), /"Your order" is both flagged and clean/);
  });

  it('marks files that wait on a pending feature, an unknown dialect or a rule no pack has', () => {
    write(
      'one.txt',
      'Hi Sam,\n\nYour order shipped.\n\nBest,\nAna\n',
      `${HEAD}needs: [footers]\nreplies:\n  - flag: [{ rule: placeholder/not-yet-a-rule, quote: shipped }]\n`,
    );
    write(
      'two.txt',
      'Hi Sam,\n\nYour order shipped.\n\nBest,\nAna\n',
      HEAD.replace('dialect: none', 'dialect: nosuchdesk') + 'replies:\n  - clean: [shipped]\n',
    );
    const [one, two] = loadCorpus(dir);
    assert.deepEqual(one!.pending, ['footers', 'rule placeholder/not-yet-a-rule']);
    assert.deepEqual(two!.pending, ['dialect nosuchdesk']);
  });

  const OVERDUE = 'Hi Sam,\n\nYour invoice from March is still open. If it is not paid by Friday, legal action will be taken against you.\n\nBest,\nAna\n';

  it('a pack: strict label counts only in a run that extends strict, and is scored apart there', () => {
    write('overdue.txt', OVERDUE, `${HEAD}replies:\n  - flag: [{ rule: tone/threat, quote: "legal action will be taken against you", pack: strict }]\n`);
    const files = loadCorpus(dir);
    const recommended = evaluateCorpus({}, files);
    assert.deepEqual(recommended.labels, []);
    assert.equal(recommended.otherPackLabels.length, 1);
    assert.equal(overallScore(recommended).recall, undefined);
    const strict = evaluateCorpus({ packs: ['recommended', 'strict'] }, files);
    assert.equal(strict.labels.length, 1);
    assert.ok(strict.labels[0]!.found);
    const score = strictScore(strict);
    assert.deepEqual(
      score.rules.map((row) => [row.key, row.truePositives, row.findings, row.found, row.labels]),
      [['tone/threat', 1, 1, 1, 1]],
    );
    // The house-style rules strict adds are counted, not scored: the reply thanks nobody.
    assert.ok(score.unscored.some((row) => row.rule === 'formula/thanks'));
  });

  it('a finding on a strict label is right in a recommended run too', () => {
    write(
      'overdue.txt',
      OVERDUE.replace('legal action will be taken against you', 'LEGAL ACTION WILL BE TAKEN AGAINST YOU'),
      `${HEAD}replies:\n  - flag: [{ rule: [tone/threat, tone/shouting], quote: "LEGAL ACTION WILL BE TAKEN AGAINST YOU", pack: strict }]\n`,
    );
    const recommended = evaluateCorpus({}, loadCorpus(dir));
    assert.deepEqual(
      recommended.findings.map((scored) => [scored.finding.ruleId, scored.truePositive]),
      [['tone/shouting', true]],
    );
    assert.deepEqual(recommended.labels, []);
  });

  it('a label only the strict pack can find must say so, and a pack must be a built-in one', () => {
    write('overdue.txt', OVERDUE, `${HEAD}replies:\n  - flag: [{ rule: tone/threat, quote: "legal action will be taken against you" }]\n`);
    assert.throws(() => loadCorpus(dir), /overdue\.txt\.labels\.yaml:6: no rule of this label is in the recommended pack of en: add pack: strict/);
    write('overdue.txt', OVERDUE, `${HEAD}replies:\n  - flag: [{ rule: tone/threat, quote: "legal action will be taken against you", pack: lenient }]\n`);
    assert.throws(() => loadCorpus(dir), /"pack" must be a built-in pack \(/);
  });
});

describe('strict labels of the shipped corpus', () => {
  it('are left out of the recommended recall (a threat is no recommended miss)', function () {
    this.timeout(300_000); // lints the whole labelled corpus: ~20 s alone, minutes beside other builds
    const result = shippedCorpusResult();
    assert.deepEqual(
      result.labels.filter((scored) => scored.label.pack !== 'recommended').map((scored) => location(scored.file, scored.label.span?.start ?? 0)),
      [],
    );
    assert.ok(result.otherPackLabels.some((scored) => scored.label.rules[0] === 'tone/threat'));
  });
});
