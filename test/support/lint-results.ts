// Lint results compared by what they read: a reply's report in a lint a cache keeps is a view (PlacedReport,
// and MovedReport after an edit, in engine/linter.ts), equal field by field to a fresh lint's plain report
// but not of the same prototype, and a line index after edits shares the starts counted before (LineIndex
// in engine/text/line-index.ts).

import { LineIndex } from '../../server/src/engine/text/line-index';
import type { LintResult, UnitReport } from '../../server/src/engine/types';

/**
 * A reply's report as its fields read: in a lint a cache keeps, a view of the reply and its evaluation
 * (PlacedReport in linter.ts), and after an edit, a later reply's a view that places the report made
 * before it when read (MovedReport), not a plain object.
 */
function plainReport(report: UnitReport): UnitReport {
  const { title, start, end, language, languageFrom, kind, kindReason, scorecard, reasons, uncheckedFrom } = report;
  return {
    title,
    start,
    end,
    language,
    languageFrom,
    kind,
    ...(kindReason ? { kindReason } : {}),
    scorecard,
    reasons,
    ...(uncheckedFrom === undefined ? {} : { uncheckedFrom }),
  };
}

/**
 * A lint result as its reports and its line index read: after edits within lines, an index shares the line starts
 * counted before and adds up how lines moved (LineIndex.afterChange), so it is compared by where its lines start.
 */
export function readBack(result: LintResult) {
  const { lines } = result;
  if (!(lines instanceof LineIndex)) throw new Error('a lint result holds a LineIndex');
  const lineStarts = Array.from({ length: lines.lineCount }, (_, line) => lines.offsetAt({ line, character: 0 }));
  return { ...result, units: result.units.map(plainReport), lines: lineStarts };
}
