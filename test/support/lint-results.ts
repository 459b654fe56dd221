// Lint results compared by what they read: a reply's report after an edit is a view (MovedReport in
// engine/linter.ts), equal field by field to a fresh lint's plain report but not of the same prototype.

import type { LintResult, UnitReport } from '../../server/src/engine/types';

/**
 * A reply's report as its fields read: after an edit, a later reply's report is a view that
 * places the report made before it when read (MovedReport in linter.ts), not a plain object.
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

/** A lint result as its reports read. */
export function readBack(result: LintResult) {
  return { ...result, units: result.units.map(plainReport) };
}
