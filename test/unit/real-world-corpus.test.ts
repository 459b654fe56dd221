// The hand-labelled corpus in test/corpus/real-world (see its README): the
// recommended pack must not flag anything its labels do not ask for. Today's
// false positives are listed in known-false-positives.yaml, a ratchet: a new
// one fails, and so does a listed one that no longer happens, so the list only
// shrinks, and only on purpose (`npm run eval -- --update-known`).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { parse } from 'yaml';
import {
  KINDS,
  KNOWN_FALSE_POSITIVES,
  LANGUAGES,
  evaluateCorpus,
  falsePositiveList,
  knownEntryOf,
  knownKey,
  location,
  type CorpusResult,
  type KnownFalsePositive,
} from '../helpers/corpus-eval';

const describeEntry = (entry: KnownFalsePositive) => `${entry.file} [${entry.section}] ${entry.rule} "${entry.excerpt}" x${entry.count}`;

describe('real-world corpus', function () {
  let result: CorpusResult;
  before(function () {
    this.timeout(60000);
    result = evaluateCorpus();
  });

  it('covers every language and kind', () => {
    for (const language of LANGUAGES) assert.ok(result.files.some((file) => file.language === language), `no ${language} file`);
    for (const kind of KINDS) assert.ok(result.files.some((file) => file.replies.some((reply) => reply.kind === kind)), `no ${kind} reply`);
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
