import { lineDiff } from './line-diff.js';
import { clip, escapeMarkdown, fenceFor, markdownCode } from './markdown-escape.js';
import type { Report, StatementReport, TargetReport } from './report-types.js';
import {
  type FindingView,
  evidenceParts,
  findingTexts,
  isFlagged,
  isUnjustified,
  needsAttention,
  reportProblems,
  statementName,
  unverifiedReasons,
  verdictView,
} from './statement-view.js';

/**
 * comment.md: the pull-request comment and the job summary. Pure: the caller posts or writes it.
 *
 * GitHub refuses comment bodies over 65,536 characters, so the rendering degrades in steps
 * until it fits: first the collapsed details (suggested-policy diff, mutant list) go, then the
 * rows that need no attention, then rows are cut with a note saying how many were left out
 * and where the full report is.
 */

export const GITHUB_COMMENT_LIMIT = 65_536;

export interface CommentOptions {
  /** The config file the run used, as the repository names it; it identifies the comment. */
  configPath: string;
  /** Where the full report is (e.g. the run's artifact page); a placeholder sentence otherwise. */
  reportUrl?: string;
  /** Policy file -> its text as written, for the suggested-policy diff. */
  policySources?: Readonly<Record<string, string>>;
  /** Defaults to GitHub's limit; tests lower it. */
  limit?: number;
}

/** Hidden first line, so a workflow can find and update its own comment for this config. */
export function commentMarker(configPath: string): string {
  return `<!-- iam-mutate:comment config=${encodeURIComponent(configPath)} -->`;
}

/** Longest policy text shown in one cell, and most list items, before the full report is needed. */
const CELL_MAX = 300;
const LIST_MAX = 12;
const NOTE_MAX = 2000;

type Level = 'full' | 'collapsed' | 'attention' | 'truncated';

interface Layout {
  level: Level;
  /** With `truncated`: how many rows (over all targets) may still be shown. */
  rowBudget?: number;
}

export function renderComment(report: Report, options: CommentOptions): string {
  const limit = options.limit ?? GITHUB_COMMENT_LIMIT;
  for (const level of ['full', 'collapsed', 'attention'] as const) {
    const text = render(report, options, { level });
    if (text.length <= limit) return text;
  }
  // Largest row budget that fits, by bisection over the rows that need attention.
  const total = report.targets.reduce((n, t) => n + t.statements.filter(needsAttention).length, 0);
  let lo = 0;
  let hi = total;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (render(report, options, { level: 'truncated', rowBudget: mid }).length <= limit) lo = mid;
    else hi = mid - 1;
  }
  const text = render(report, options, { level: 'truncated', rowBudget: lo });
  return text.length <= limit ? text : hardCut(text, limit, options);
}

function render(report: Report, options: CommentOptions, layout: Layout): string {
  const budget = { rows: layout.rowBudget ?? Infinity, leftOut: 0 };
  const parts = [commentMarker(options.configPath), heading(report), '', ...missingShards(report)];
  for (const target of report.targets) parts.push(...renderTarget(target, options, layout, budget));
  if (layout.level !== 'full') {
    parts.push(
      `> [!NOTE]\n> This comment was shortened to fit GitHub's ${GITHUB_COMMENT_LIMIT.toLocaleString('en-US')}-character limit` +
        (budget.leftOut > 0 ? `: ${budget.leftOut} row(s) were left out` : '') +
        `. ${fullReportSentence(options)}`,
      '',
    );
  }
  parts.push(fullReportLine(options));
  return parts.join('\n') + '\n';
}

/** A merged report (iam-mutate merge) with shards that sent nothing says so before any table. */
function missingShards(report: Report): string[] {
  const meta = report.shard;
  const missing = meta?.shards?.filter((s) => s.status === 'missing') ?? [];
  if (!meta || missing.length === 0) return [];
  const names = missing.map((s) => `${s.index}/${meta.count}`).join(', ');
  const targets = meta.plan.filter((p) => missing.some((s) => s.index === p.shard)).length;
  return [
    `> [!WARNING]\n> Shard ${names} sent no report (its job failed, timed out or was cancelled): its ${targets} target(s) are shown as errors below, not proved.`,
    '',
  ];
}

function heading(report: Report): string {
  const problems = reportProblems(report);
  return problems.length === 0
    ? '## ✅ iam-mutate: every statement is justified'
    : `## ❌ iam-mutate: ${problems.join(', ')}`;
}

function renderTarget(
  target: TargetReport,
  options: CommentOptions,
  layout: Layout,
  budget: { rows: number; leftOut: number },
): string[] {
  const out = [
    `### ${markdownCode(target.policy)} (role ${markdownCode(target.role)})`,
    '',
    baselineLine(target),
    '',
  ];
  const shown =
    layout.level === 'full' || layout.level === 'collapsed'
      ? target.statements
      : target.statements.filter(needsAttention);
  const hiddenFine = target.statements.length - shown.length;
  const rows: string[] = [];
  for (const s of shown) {
    if (budget.rows <= 0) {
      budget.leftOut++;
      continue;
    }
    budget.rows--;
    rows.push(row(s, target));
  }
  if (rows.length > 0) {
    out.push(
      '| Sid | Effect | Actions | Resources | Verdict | Evidence | Findings |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...rows,
      '',
    );
  }
  if (hiddenFine > 0) {
    out.push(`${hiddenFine} justified statement(s) without findings are not listed here.`, '');
  }
  const left = shown.length - rows.length;
  if (left > 0) out.push(`${left} row(s) of this policy were left out for size.`, '');
  out.push(scoreLine(target), '');
  out.push(...suggestion(target, options, layout));
  if (layout.level === 'full' && target.mutants.length > 0) out.push(...mutantDetails(target));
  if (target.notes.length > 0) {
    out.push(
      '**Notes**',
      '',
      ...target.notes.map((n) => `- ${escapeMarkdown(clip(n, NOTE_MAX))}`),
      '',
    );
  }
  return out;
}

function baselineLine(target: TargetReport): string {
  const base = target.baseline;
  if (base.status === 'passed') {
    return `Baseline passed (${base.calls.length} authorized call(s) recorded).`;
  }
  const denied = base.calls.filter((c) => c.decision !== 'allow');
  const deniedText =
    denied.length === 0
      ? ''
      : ` Denied: ${denied
          .slice(0, LIST_MAX)
          .map(
            (c) =>
              `${markdownCode(clip(c.action, CELL_MAX))} on ${markdownCode(clip(c.resource, CELL_MAX))}`,
          )
          .join(', ')}${denied.length > LIST_MAX ? ` and ${denied.length - LIST_MAX} more` : ''}.`;
  return (
    `⛔ **Baseline ${base.status}**: ${escapeMarkdown(clip(base.reason ?? 'no reason recorded', NOTE_MAX))}.` +
    `${deniedText} No mutant was run, so no statement was judged.`
  );
}

function row(s: StatementReport, target: TargetReport): string {
  const unjustified = isUnjustified(s);
  const flagged = isFlagged(s);
  const icons = `${unjustified ? '❌' : ''}${flagged ? '🚩' : ''}`;
  const name = escapeMarkdown(clip(statementName(s), CELL_MAX));
  const sid = unjustified || flagged ? `${icons} **${name}**` : name;
  const verdict = verdictView(s, target);
  const verdictCell = unjustified
    ? `${verdict.icon} **${verdict.label}**`
    : `${verdict.icon} ${verdict.label}`;
  const evidence = evidenceParts(s, target)
    .map((p) =>
      'code' in p ? markdownCode(clip(p.code, CELL_MAX)) : escapeMarkdown(clip(p.text, CELL_MAX)),
    )
    .join('');
  const findingsCell = findingsList(s);
  const cells = [
    sid,
    s.effect,
    list(s.actions, true),
    list(s.resources, true),
    verdictCell,
    evidence,
    flagged ? `**${findingsCell}**` : findingsCell,
  ];
  return `| ${cells.join(' | ')} |`;
}

/** Each finding's code and text; active ones carry the flag, suppressed ones say so. */
function findingsList(s: StatementReport): string {
  const texts = findingTexts(s);
  if (texts.length === 0) return '—';
  const views = s.findings as FindingView[];
  const shown = texts
    .slice(0, LIST_MAX)
    .map(
      (t, i) => `${views[i]?.suppressed === true ? '' : '🚩 '}${escapeMarkdown(clip(t, CELL_MAX))}`,
    );
  if (texts.length > LIST_MAX) shown.push(`… and ${texts.length - LIST_MAX} more`);
  return shown.join('<br>');
}

/** Up to LIST_MAX items, one per line in the cell. */
function list(items: readonly string[], code = false): string {
  if (items.length === 0) return '—';
  const shown = items
    .slice(0, LIST_MAX)
    .map((i) => (code ? markdownCode(clip(i, CELL_MAX)) : escapeMarkdown(clip(i, CELL_MAX))));
  if (items.length > LIST_MAX) shown.push(`… and ${items.length - LIST_MAX} more`);
  return shown.join('<br>');
}

function scoreLine(target: TargetReport): string {
  const decided = target.statements.filter((s) => s.justified !== null).length;
  const justified = target.statements.filter((s) => s.justified === true).length;
  const killed = target.mutants.filter(
    (m) => m.status === 'killed' || m.status === 'killed-other-action',
  ).length;
  const score =
    target.score === null
      ? 'n/a'
      : `${target.score}% (${justified} of ${decided} decided statements justified)`;
  const mutantScore =
    target.mutantScore === null
      ? 'n/a'
      : `${target.mutantScore}% (${killed} of ${target.mutants.length} mutants killed)`;
  return `**Score:** ${score} · **Mutant score:** ${mutantScore}`;
}

function suggestion(target: TargetReport, options: CommentOptions, layout: Layout): string[] {
  const suggested = target.suggestedPolicy;
  if (suggested === undefined) return [];
  const out: string[] = [];
  const title = suggested.verified
    ? `Suggested policy (verified: its own baseline passed${suggested.score === null ? '' : `, score ${suggested.score}%`})`
    : 'Suggested policy (NOT verified)';
  if (!suggested.verified) {
    out.push(
      `⚠️ **The suggested policy is not verified.** Why: ${unverifiedReasons(target)
        .map((r) => escapeMarkdown(clip(r, NOTE_MAX)))
        .join(' ')}`,
      '',
    );
  }
  if (layout.level !== 'full') {
    out.push(`${title}: left out for size; it is in the full report.`, '');
    return out;
  }
  const after = JSON.stringify(suggested.policy, null, 2);
  const source = options.policySources?.[target.policy];
  const diff = source === undefined ? addedOnly(after) : lineDiff(normalised(source), after);
  const fence = fenceFor(diff);
  out.push(
    '<details>',
    `<summary>${title}</summary>`,
    '',
    `${fence}diff`,
    diff,
    fence,
    '',
    '</details>',
    '',
  );
  return out;
}

/** The policy as JSON.stringify writes it, so the diff shows content, not formatting. */
function normalised(source: string): string {
  try {
    return JSON.stringify(JSON.parse(source), null, 2);
  } catch {
    return source.replace(/\r\n?/g, '\n').trimEnd();
  }
}

function addedOnly(text: string): string {
  return text
    .split('\n')
    .map((l) => `+${l}`)
    .join('\n');
}

function mutantDetails(target: TargetReport): string[] {
  const rows = target.mutants.map((m) => {
    const what = m.description ?? `${m.mutator} on ${m.sid ?? `#${m.index}`}`;
    return `| ${escapeMarkdown(clip(m.id, CELL_MAX))} | ${escapeMarkdown(clip(what, CELL_MAX))} | ${m.status}${m.rerun === false ? ' (predicted)' : ''} |`;
  });
  return [
    '<details>',
    `<summary>Mutants (${target.mutants.length})</summary>`,
    '',
    '| Mutant | What changed | Status |',
    '| --- | --- | --- |',
    ...rows,
    '',
    '</details>',
    '',
  ];
}

function fullReportSentence(options: CommentOptions): string {
  const url = safeUrl(options.reportUrl);
  return url === undefined
    ? "The full report (report.html, mutation.json, report.json) is in this workflow run's artifacts."
    : `The full report is at [${escapeMarkdown(url)}](<${url}>).`;
}

function fullReportLine(options: CommentOptions): string {
  const url = safeUrl(options.reportUrl);
  return url === undefined
    ? "📄 Full report: report.html in this workflow run's artifacts."
    : `📄 [Full report](<${url}>)`;
}

/** Only plain http(s) URLs become links; anything else could smuggle markup into the target. */
function safeUrl(url: string | undefined): string | undefined {
  return url !== undefined && /^https?:\/\/[^\s<>"'`\\]+$/.test(url) ? url : undefined;
}

/** Keeps whole lines and says where the rest is; only reached by reports no layout can fit. */
function hardCut(text: string, limit: number, options: CommentOptions): string {
  const tail = `\n\n> [!WARNING]\n> Cut at GitHub's comment size limit. ${fullReportSentence(options)}\n`;
  const room = Math.max(0, limit - tail.length);
  const cut = text.slice(0, room);
  const lastLine = cut.lastIndexOf('\n');
  return `${lastLine > 0 ? cut.slice(0, lastLine) : cut}${tail}`.slice(0, limit);
}
