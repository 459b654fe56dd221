// Reply scorecards: the one-line summary shown in code lenses, and the reply
// at a position for the client's language status item.

import type { CodeLens, Position } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SCORECARD_ITEMS, type LintResult, type Scorecard, type ScorecardItem, type ScoreValue } from '../engine/types';
import { rangeOf } from './diagnostics';
import { Commands, type ReplyScorecard } from './protocol';

const LABELS: Record<ScorecardItem, string> = {
  greeting: 'Greeting',
  empathy: 'Empathy',
  nextStep: 'Next step',
  ownership: 'Ownership',
  closing: 'Closing',
};

const MARKS: Record<ScoreValue, string> = { pass: '✓', fail: '✗', 'n/a': '–' };

/** "Greeting ✓ · Empathy – · Next step ✗ · Ownership ✓ · Closing ✓" */
export function scorecardSummary(scorecard: Scorecard): string {
  return SCORECARD_ITEMS.map((item) => `${LABELS[item]} ${MARKS[scorecard[item]]}`).join(' · ');
}

/** One lens per reply, only in files holding several replies. */
export function scorecardLenses(document: TextDocument, result: LintResult): CodeLens[] {
  if (result.units.length < 2) return [];
  return result.units.map((unit) => {
    const start = document.positionAt(unit.start);
    return {
      range: { start, end: start },
      command: {
        title: scorecardSummary(unit.scorecard),
        command: Commands.showScorecard,
        arguments: [{ uri: document.uri, position: start }],
      },
    };
  });
}

export function scorecardAt(document: TextDocument, result: LintResult, position: Position | undefined): ReplyScorecard | null {
  const offset = position ? document.offsetAt(position) : 0;
  // Units are in file order; text before the first reply (a file's preamble) counts as the first.
  let index = 0;
  result.units.forEach((unit, i) => {
    if (unit.start <= offset) index = i;
  });
  const unit = result.units[index];
  if (!unit) return null;
  return {
    title: unit.title,
    range: rangeOf(document, unit.start, unit.end),
    language: unit.language,
    scorecard: unit.scorecard,
    index,
    count: result.units.length,
  };
}
