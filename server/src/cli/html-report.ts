// `--format html`: one self-contained QA page for a macro library. Inline CSS
// and SVG only (no scripts, no network), so it can be mailed, attached to a CI
// run or opened from disk: the scorecard as a heat map (replies x rubric items),
// findings per category and per rule as bar charts, then every reply, worst
// first, with its findings highlighted in its own text.

import * as path from 'node:path';
import { renderMessage } from '../engine/messages';
import { SCORE_MARKS, scorecardLabel, scorecardLines } from '../engine/scorecard-summary';
import { CATEGORIES, SCORECARD_ITEMS, type Finding, type Positions, type Scorecard, type Severity, type UnitReport } from '../engine/types';
import { type FileReport, type FormatContext, type OutputWriter, type RuleDoc } from './output';

/** A note on a file, as the other formats report it without a rule id: a file skipped or checked in part, a count left out. */
interface FileNote {
  filePath: string;
  line: number;
  column: number;
  severity: 'warning' | 'info';
  message: string;
}

interface Reply {
  id: string;
  filePath: string;
  unit: UnitReport;
  /** Places the file's offsets (LintResult.lines). */
  lines: Positions;
  /** The reply's source text and where it starts in its file. */
  text: string;
  offset: number;
  findings: Finding[];
  badness: number;
}

const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info', 'hint'];
const SEVERITY_WEIGHT: Record<Severity, number> = { error: 10, warning: 3, info: 1, hint: 0 };

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Failing rubric items weigh like warnings; errors dominate. */
function badnessOf(findings: Finding[], scorecard: Scorecard): number {
  const failed = SCORECARD_ITEMS.filter((item) => scorecard[item] === 'fail').length;
  return findings.reduce((sum, finding) => sum + SEVERITY_WEIGHT[finding.severity], 0) + 3 * failed;
}

function shownPath(report: FileReport, cwd: string): string {
  return (path.relative(cwd, report.filePath) || report.filePath).split(path.sep).join('/');
}

function notesOf(report: FileReport, cwd: string): FileNote[] {
  const filePath = shownPath(report, cwd);
  return report.notes.map(({ message, range, severity }) => ({
    filePath,
    line: range.start.line + 1,
    column: range.start.character + 1,
    severity: severity ?? 'warning',
    message,
  }));
}

function repliesOf(report: FileReport, cwd: string): Reply[] {
  const filePath = shownPath(report, cwd);
  // Each reply's findings in one pass: a filter per reply was replies x findings (130,000 x 1,000).
  const findingsOf = report.result.units.map((): Finding[] => []);
  for (const finding of report.result.findings) findingsOf[finding.unit]?.push(finding);
  return report.result.units.map((unit, index) => {
    const findings = findingsOf[index]!;
    return {
      id: '',
      filePath,
      unit,
      lines: report.result.lines,
      text: report.source.slice(unit.start, unit.end),
      offset: unit.start,
      findings,
      badness: badnessOf(findings, unit.scorecard),
    };
  });
}

/** Horizontal bars, one per label, scaled to the largest count. */
function barChart(title: string, rows: { label: string; count: number; href?: string }[]): string {
  if (rows.length === 0) return '';
  const barHeight = 22;
  const labelWidth = 230;
  const barWidth = 320;
  const height = rows.length * barHeight + 8;
  const max = Math.max(...rows.map((row) => row.count));
  const bars = rows
    .map((row, index) => {
      const y = index * barHeight + 4;
      const width = Math.max(2, Math.round((row.count / max) * barWidth));
      const label = `<text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end">${escapeHtml(row.label)}</text>`;
      return `${row.href ? `<a href="${escapeHtml(row.href)}">${label}</a>` : label}<rect x="${labelWidth}" y="${y + 3}" width="${width}" height="${barHeight - 8}" rx="3"/><text x="${labelWidth + width + 6}" y="${y + 15}">${row.count}</text>`;
    })
    .join('');
  return `<figure><figcaption>${escapeHtml(title)}</figcaption><svg role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 ${labelWidth + barWidth + 50} ${height}" width="${labelWidth + barWidth + 50}" height="${height}">${bars}</svg></figure>`;
}

function heatMap(replies: Reply[], language: string): string {
  const columns = [
    renderMessage(language, 'report.reply'),
    ...SCORECARD_ITEMS.map((item) => scorecardLabel(item, language)),
    renderMessage(language, 'report.findings'),
  ];
  const head = `<tr>${columns.map((column) => `<th scope="col">${escapeHtml(column)}</th>`).join('')}</tr>`;
  const rows = replies.map((reply) => {
    // The reason as the cell's tooltip.
    const cells = scorecardLines(reply.unit.scorecard, reply.unit.reasons, language, reply.lines)
      .map(
        ({ value, label, reason }) =>
          `<td class="score ${value === 'n/a' ? 'na' : value}" title="${escapeHtml(`${label}: ${reason}`)}">${SCORE_MARKS[value]}</td>`,
      )
      .join('');
    return `<tr><th scope="row"><a href="#${reply.id}">${escapeHtml(reply.unit.title)}</a><small>${escapeHtml(reply.filePath)}:${reply.lines.positionAt(reply.unit.start).line + 1}</small></th>${cells}<td class="count">${reply.findings.length}</td></tr>`;
  });
  return `<table class="heat"><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`;
}

/** The reply's text with each finding's characters marked; overlapping findings share a mark. */
function highlighted(reply: Reply): string {
  const spans = reply.findings
    .map((finding) => ({ finding, start: Math.max(0, finding.start - reply.offset), end: Math.min(reply.text.length, finding.end - reply.offset) }))
    .filter((span) => span.end > span.start);
  const cuts = [...new Set([0, reply.text.length, ...spans.flatMap((span) => [span.start, span.end])])].sort((a, b) => a - b);
  let html = '';
  for (let index = 0; index + 1 < cuts.length; index++) {
    const [from, to] = [cuts[index]!, cuts[index + 1]!];
    const piece = escapeHtml(reply.text.slice(from, to));
    const covering = spans.filter((span) => span.start <= from && span.end >= to).map((span) => span.finding);
    if (covering.length === 0) {
      html += piece;
      continue;
    }
    const worst = SEVERITY_ORDER.find((severity) => covering.some((finding) => finding.severity === severity))!;
    const title = covering.map((finding) => `${finding.ruleId}: ${finding.message}`).join('\n');
    html += `<mark class="${worst}" title="${escapeHtml(title)}">${piece}</mark>`;
  }
  return html;
}

function replySection(reply: Reply, rules: ReadonlyMap<string, RuleDoc>, language: string): string {
  const scorecard = scorecardLines(reply.unit.scorecard, reply.unit.reasons, language, reply.lines)
    .map(({ value, label, reason, range }) => {
      const where = range ? ` <span class="where">${range.start.line + 1}:${range.start.character + 1}</span>` : '';
      return `<li><span class="score ${value === 'n/a' ? 'na' : value}">${escapeHtml(label)} ${SCORE_MARKS[value]}</span> ${escapeHtml(reason)}${where}</li>`;
    })
    .join('');
  const findings = reply.findings
    .map((finding) => {
      const helpUri = rules.get(finding.ruleId)?.helpUri;
      const rule = helpUri ? `<a href="${escapeHtml(helpUri)}"><code>${escapeHtml(finding.ruleId)}</code></a>` : `<code>${escapeHtml(finding.ruleId)}</code>`;
      return `<li class="${finding.severity}"><span class="where">${finding.range.start.line + 1}:${finding.range.start.character + 1}</span> <span class="severity">${escapeHtml(renderMessage(language, `severity.${finding.severity}`))}</span> ${escapeHtml(finding.message)} ${rule}</li>`;
    })
    .join('');
  return `<section class="reply" id="${reply.id}"><h3>${escapeHtml(reply.unit.title)} <small>${escapeHtml(reply.filePath)}:${reply.lines.positionAt(reply.unit.start).line + 1} · ${escapeHtml(reply.unit.language)}</small></h3><ul class="scorecard">${scorecard}</ul><pre>${highlighted(reply)}</pre>${findings ? `<ol class="findings">${findings}</ol>` : `<p class="clean">${escapeHtml(renderMessage(language, 'report.noFindings'))}</p>`}</section>`;
}

const STYLE = `
:root{color-scheme:light;--pass:#2e7d32;--fail:#c62828;--na:#9e9e9e;--error:#c62828;--warning:#ef6c00;--info:#1565c0;--hint:#757575}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1100px;padding:24px;color:#1f2328}
h1{margin:0 0 4px}h2{margin-top:40px;border-bottom:1px solid #d0d7de;padding-bottom:4px}
.totals{display:flex;gap:12px;flex-wrap:wrap;margin:16px 0}.totals div{border:1px solid #d0d7de;border-radius:8px;padding:8px 14px}.totals b{display:block;font-size:22px}
table.heat{border-collapse:collapse;width:100%}table.heat th,table.heat td{border:1px solid #fff;padding:4px 8px;text-align:center}
table.heat th[scope=row]{text-align:left;font-weight:normal;background:#f6f8fa}table.heat small,h3 small{display:block;color:#656d76;font-size:12px}
td.score.pass{background:var(--pass);color:#fff}td.score.fail{background:var(--fail);color:#fff}td.score.na{background:#eee;color:#555}td.count{background:#f6f8fa}
.charts{display:flex;gap:24px;flex-wrap:wrap}figure{margin:0}figcaption{font-weight:600;margin-bottom:4px}
svg text{font:13px system-ui,sans-serif;fill:#1f2328}svg rect{fill:#0969da}svg a text{fill:#0969da}
.reply{border:1px solid #d0d7de;border-radius:8px;padding:12px 16px;margin:16px 0}.reply h3{margin:0}
span.score{display:inline-block;border-radius:10px;padding:0 8px;font-size:13px;color:#fff}span.score.pass{background:var(--pass)}span.score.fail{background:var(--fail)}span.score.na{background:var(--na)}
pre{white-space:pre-wrap;word-wrap:break-word;background:#f6f8fa;border-radius:6px;padding:12px;font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,monospace}
mark{border-radius:2px;padding:0 1px}mark.error{background:#ffd7d5;box-shadow:inset 0 -2px var(--error)}mark.warning{background:#fff1c2;box-shadow:inset 0 -2px var(--warning)}mark.info,mark.hint{background:#ddf4ff;box-shadow:inset 0 -2px var(--info)}
ol.findings{padding-left:20px}ol.findings li.error .severity{color:var(--error)}ol.findings li.warning .severity{color:var(--warning)}ol.findings li.info .severity,ol.findings li.hint .severity{color:var(--info)}
ul.notes{padding-left:20px}ul.notes li.warning .severity{color:var(--warning)}ul.notes li.info .severity{color:var(--info)}
ul.scorecard{list-style:none;padding:0;margin:8px 0}ul.scorecard li{margin:2px 0}ul.scorecard .score{min-width:110px}
.where{color:#656d76;font-family:ui-monospace,monospace}.clean{color:var(--pass)}
`;

/**
 * The page sorts all replies worst first, so it is written when the run ends; it keeps
 * each reply's own text and findings, not whole files.
 */
export function htmlWriter(write: (text: string) => void, context: FormatContext): OutputWriter {
  const replies: Reply[] = [];
  // A file skipped (binary, too large), an export that does not parse, a text checked in part: said on the page too,
  // or a report of such files alone reads "No findings".
  const notes: FileNote[] = [];
  return {
    // One by one: spread, a library of 130,000 short replies overflowed the call stack.
    file: (report) => {
      for (const reply of repliesOf(report, context.cwd)) replies.push(reply);
      for (const note of notesOf(report, context.cwd)) notes.push(note);
    },
    end: () => write(`${htmlPage(replies, notes, context)}\n`),
  };
}

function notesList(notes: FileNote[], language: string): string {
  const items = notes.map(
    (note) =>
      `<li class="${note.severity}"><span class="where">${escapeHtml(note.filePath)}:${note.line}:${note.column}</span> <span class="severity">${escapeHtml(renderMessage(language, `severity.${note.severity}`))}</span> ${escapeHtml(note.message)}</li>`,
  );
  return `<ul class="notes">${items.join('')}</ul>`;
}

function htmlPage(unsorted: Reply[], notes: FileNote[], { rules, version, locale: language }: FormatContext): string {
  const say = (id: string) => escapeHtml(renderMessage(language, id));
  const replies = [...unsorted].sort((a, b) => b.badness - a.badness || a.filePath.localeCompare(b.filePath) || a.unit.start - b.unit.start);
  replies.forEach((reply, index) => (reply.id = `reply-${index + 1}`));
  const findings = replies.flatMap((reply) => reply.findings);
  const count = (severity: Severity) => findings.filter((finding) => finding.severity === severity).length;
  const perfect = replies.filter((reply) => reply.findings.length === 0 && SCORECARD_ITEMS.every((item) => reply.unit.scorecard[item] !== 'fail')).length;
  const byCategory = CATEGORIES.map((category) => ({
    label: renderMessage(language, `category.${category}`),
    count: findings.filter((finding) => finding.category === category).length,
  })).filter((row) => row.count > 0);
  const ruleCounts = new Map<string, number>();
  for (const finding of findings) ruleCounts.set(finding.ruleId, (ruleCounts.get(finding.ruleId) ?? 0) + 1);
  const byRule = [...ruleCounts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 20)
    .map(([id, total]) => ({ label: id, count: total, href: rules.get(id)?.helpUri }));
  const totals = (
    [
      ['report.replies', replies.length],
      ['report.files', new Set(replies.map((reply) => reply.filePath)).size],
      ['report.errors', count('error')],
      ['report.warnings', count('warning') + notes.filter((note) => note.severity === 'warning').length],
      ['report.infos', count('info') + count('hint') + notes.filter((note) => note.severity === 'info').length],
      ['report.clean', perfect],
    ] as const
  )
    .map(([id, value]) => `<div><b>${value}</b>${say(id)}</div>`)
    .join('');
  return `<!doctype html>
<html lang="${escapeHtml(language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="replylint ${escapeHtml(version)}">
<title>${say('report.title')}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${say('report.title')}</h1>
<div class="totals">${totals}</div>
${notes.length > 0 ? `<h2>${say('report.notes')}</h2>\n${notesList(notes, language)}` : ''}
<h2>${say('report.scorecard')}</h2>
${replies.length > 0 ? heatMap(replies, language) : `<p>${say('report.noReplies')}</p>`}
<h2>${say('report.findings')}</h2>
${findings.length > 0 ? `<div class="charts">${barChart(renderMessage(language, 'report.perCategory'), byCategory)}${barChart(renderMessage(language, 'report.perRule'), byRule)}</div>` : `<p class="clean">${say('report.noFindings')}</p>`}
<h2>${say('report.worstFirst')}</h2>
${replies.map((reply) => replySection(reply, rules, language)).join('\n')}
</body>
</html>`;
}
