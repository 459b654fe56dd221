// fixAllEdits: the one choice of fixes shared by the editor's fix-all and the CLI's --fix.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Finding, Fix, TextEdit } from '../../server/src/engine/types';
import { editsConflict, fixAllEdits } from '../../server/src/engine/fix-all';

/** `changes[0]` is the finding's fix, the rest its suggestions. */
function finding(start: number, end: number, changes: TextEdit[][]): Finding {
  return {
    ruleId: 'test/rule',
    category: 'deferral',
    severity: 'warning',
    message: 'test',
    start,
    end,
    range: { start: { line: 0, character: start }, end: { line: 0, character: end } },
    excerpt: '',
    fix: changes[0] && { title: 'fix', label: { id: 'fix.replace' }, edits: changes[0] },
    suggestions: changes.slice(1).map((edits): Fix => ({ title: 'suggestion', label: { id: 'fix.replace' }, edits })),
    unit: 0,
  };
}

const edit = (start: number, end: number, newText = 'x'): TextEdit => ({ start, end, newText });

describe('fixAllEdits', () => {
  it('takes the fix of each finding (never a suggestion), in document order', () => {
    const findings = [finding(10, 14, [[edit(10, 14, 'later')], [edit(10, 14, 'other')]]), finding(0, 4, [[edit(0, 4, 'first')]])];
    assert.deepEqual(fixAllEdits(findings), [edit(0, 4, 'first'), edit(10, 14, 'later')]);
  });

  it('skips a fix that overlaps one taken earlier in the document', () => {
    const findings = [finding(0, 10, [[edit(0, 10, 'whole')]]), finding(5, 8, [[edit(5, 8, 'inner')]]), finding(12, 13, [[edit(12, 13)]])];
    assert.deepEqual(fixAllEdits(findings), [edit(0, 10, 'whole'), edit(12, 13)]);
  });

  it('takes a multi-edit fix whole or not at all', () => {
    const findings = [finding(0, 3, [[edit(0, 3)]]), finding(5, 6, [[edit(20, 20, 'appended'), edit(2, 4, 'clash')]])];
    assert.deepEqual(fixAllEdits(findings), [edit(0, 3)]);
  });

  it('treats insertions at one offset, or at the edge of a replacement, as conflicts; adjacent replacements are fine', () => {
    assert.equal(editsConflict(edit(5, 5), edit(5, 5)), true);
    assert.equal(editsConflict(edit(5, 5), edit(2, 5)), true);
    assert.equal(editsConflict(edit(5, 5), edit(5, 9)), true);
    assert.equal(editsConflict(edit(2, 5), edit(5, 9)), false);
    assert.equal(editsConflict(edit(2, 5), edit(6, 9)), false);
  });

  it('ignores findings without fixes', () => {
    assert.deepEqual(fixAllEdits([finding(0, 4, []), finding(5, 6, [[]])]), []);
  });

  it('never returns conflicting edits, and keeps every first fix it can (property)', () => {
    const editArbitrary = fc.tuple(fc.nat(60), fc.nat(8)).map(([start, length]) => edit(start, start + length));
    const findingArbitrary = fc
      .tuple(fc.nat(60), fc.array(fc.array(editArbitrary, { minLength: 1, maxLength: 3 }), { maxLength: 2 }))
      .map(([start, fixes]) => finding(start, start + 1, fixes));
    fc.assert(
      fc.property(fc.array(findingArbitrary, { maxLength: 25 }), (findings) => {
        const edits = fixAllEdits(findings);
        for (let i = 0; i < edits.length; i++) {
          if (i > 0) assert.ok(edits[i - 1]!.start <= edits[i]!.start, 'sorted by start');
          for (let j = i + 1; j < edits.length; j++) assert.equal(editsConflict(edits[i]!, edits[j]!), false);
        }
        // Every taken fix is taken whole; every skipped first fix conflicts with a taken edit or itself.
        const taken = new Set(edits);
        for (const candidate of findings) {
          const first = candidate.fix?.edits ?? [];
          const count = first.filter((item) => taken.has(item)).length;
          assert.ok(count === 0 || count === first.length, 'whole fix or nothing');
          if (count === 0 && first.length > 0) {
            const selfConflict = first.some((a, i) => first.slice(i + 1).some((b) => editsConflict(a, b)));
            assert.ok(selfConflict || first.some((a) => edits.some((b) => editsConflict(a, b))), 'skipped only for a conflict');
          }
        }
      }),
    );
  });
});
