// How a reply's scorecard reads to people, in the reply's language: the one
// summary shown by the editor's code lens and status item and by the CLI's
// stylish output, and each item's label and reason.

import { messageCatalog, renderMessage, renderRef } from './messages';
import {
  SCORECARD_ITEMS,
  type MessageRef,
  type Positions,
  type Range,
  type Scorecard,
  type ScorecardItem,
  type ScorecardReasons,
  type ScoreValue,
} from './types';

export const SCORE_MARKS: Record<ScoreValue, string> = { pass: '✓', fail: '✗', 'n/a': '–' };

export function scorecardLabel(item: ScorecardItem, language: string): string {
  return renderMessage(language, `scorecard.label.${item}`);
}

/** "Greeting ✓ · Empathy – · Next step ✗ · Ownership ✓ · Closing ✓" */
export function scorecardSummary(scorecard: Scorecard, language: string): string {
  return SCORECARD_ITEMS.map((item) => `${scorecardLabel(item, language)} ${SCORE_MARKS[scorecard[item]]}`).join(' · ');
}

/** One item as people read it: its label, value and reason, and the text the reason points at. */
export interface ScorecardLine {
  item: ScorecardItem;
  label: string;
  value: ScoreValue;
  /** ✓, ✗ or –. */
  mark: string;
  /** The value in words ("passed", "nie dotyczy"). */
  valueText: string;
  reason: string;
  /**
   * The reason in a line that fits a list row (the editor's scorecard quick pick shows about 85 characters of a row's
   * second line; briefs keep to 75), when the catalog has one (`<reasonId>.brief`); the whole reason is `reason`.
   */
  brief?: string;
  reasonId: string;
  reasonArgs: Record<string, string>;
  range?: Range;
}

/** `lines`: the positions of the text the reasons point into (LintResult.lines). */
export function scorecardLines(scorecard: Scorecard, reasons: ScorecardReasons, language: string, lines: Positions): ScorecardLine[] {
  return SCORECARD_ITEMS.map((item) => {
    const reason = reasons[item];
    const brief = briefOf(language, reason);
    return {
      item,
      label: scorecardLabel(item, language),
      value: scorecard[item],
      mark: SCORE_MARKS[scorecard[item]],
      valueText: renderMessage(language, `scorecard.value.${scorecard[item]}`),
      reason: renderRef(language, reason),
      ...(brief === undefined ? {} : { brief }),
      reasonId: reason.id,
      reasonArgs: reason.args ?? {},
      ...(reason.start !== undefined && reason.end !== undefined ? { range: lines.rangeOf(reason.start, reason.end) } : {}),
    };
  });
}

/** A reason in a line that fits a list row (the catalog's `<id>.brief`), or undefined where the catalog has none. */
export function briefOf(language: string, reason: MessageRef): string | undefined {
  const id = `${reason.id}.brief`;
  return (messageCatalog(language) ?? messageCatalog('en'))?.[id] === undefined ? undefined : renderMessage(language, id, reason.args);
}
