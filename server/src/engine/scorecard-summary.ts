// How a reply's scorecard reads to people: the one summary shown by the
// editor's code lens and status item and by the CLI's stylish output.

import { SCORECARD_ITEMS, type Scorecard, type ScorecardItem, type ScoreValue } from './types';

export const SCORECARD_LABELS: Record<ScorecardItem, string> = {
  greeting: 'Greeting',
  empathy: 'Empathy',
  nextStep: 'Next step',
  ownership: 'Ownership',
  closing: 'Closing',
};

export const SCORE_MARKS: Record<ScoreValue, string> = { pass: '✓', fail: '✗', 'n/a': '–' };

/** "Greeting ✓ · Empathy – · Next step ✗ · Ownership ✓ · Closing ✓" */
export function scorecardSummary(scorecard: Scorecard): string {
  return SCORECARD_ITEMS.map((item) => `${SCORECARD_LABELS[item]} ${SCORE_MARKS[scorecard[item]]}`).join(' · ');
}
