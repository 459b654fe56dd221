// Reply scorecards: the one-line summary shown in code lenses, and the reply
// at a position for the client's language status item.

import type { CodeLens, Position } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { renderMessage, renderRef } from '../engine/messages';
import { briefOf, scorecardLines, scorecardSummary } from '../engine/scorecard-summary';
import type { LintResult, MessageRef } from '../engine/types';
import { rangeOf } from './diagnostics';
import { Commands, type ReplyScorecard } from './protocol';

/** One lens per reply, only in files holding several replies. */
export function scorecardLenses(document: TextDocument, result: LintResult): CodeLens[] {
  if (result.units.length < 2) return [];
  return result.units.map((unit) => {
    const start = document.positionAt(unit.start);
    return {
      range: { start, end: start },
      command: {
        title: scorecardSummary(unit.scorecard, unit.language),
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
    kind: unit.kind,
    scorecard: unit.scorecard,
    summary: scorecardSummary(unit.scorecard, unit.language),
    heading: renderMessage(unit.language, 'scorecard.title', { kind: unit.kind, title: unit.title }),
    reading: `${readAs(unit.language, unit.kind, unit.kindReason?.id ?? '')} · ${unit.language}`,
    ...(unit.kindReason ? kindReasonOf(unit.language, unit.kind, unit.kindReason) : {}),
    lines: scorecardLines(unit.scorecard, unit.reasons, unit.language, result.lines),
    index,
    count: result.units.length,
  };
}

/** Why a reply was read as its kind: whole, in a line that fits a row when the catalog has one, and the kind in a few words. */
function kindReasonOf(language: string, kind: string, reason: MessageRef): Pick<ReplyScorecard, 'kindReason' | 'kindBrief' | 'readAs'> {
  const brief = briefOf(language, reason);
  return { kindReason: renderRef(language, reason), ...(brief === undefined ? {} : { kindBrief: brief }), readAs: readAs(language, kind, reason.id) };
}

/** The kind a reply was read as, in a few words (a note to agents is named as such, not by its kind). */
export function readAs(language: string, kind: string, reasonId: string): string {
  return reasonId === 'kind.inferred.internal' ? renderMessage(language, 'scorecard.readAsInternal') : renderMessage(language, 'scorecard.readAs', { kind });
}
