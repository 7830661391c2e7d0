import type { Report, StatementReport, TargetReport } from './report-types.js';
import { evidenceText, unverifiedReasons } from './statement-view.js';

/**
 * A plain-text verdict table per target, for terminals and CI logs: one row per statement,
 * then the score. Pure: the caller decides where it is written.
 */
export function renderTextSummary(report: Report): string {
  return report.targets.map(renderTarget).join('\n');
}

function renderTarget(target: TargetReport): string {
  const lines = [`${target.policy} (role ${target.role})`];
  if (target.baseline.status !== 'passed') {
    lines.push(`  baseline ${target.baseline.status}: ${target.baseline.reason ?? ''}`, '');
    return lines.join('\n');
  }
  const rows = target.statements.map((s) => [
    s.sid ?? `#${s.index}`,
    mark(s) + ' ' + s.status,
    evidence(s, target),
  ]);
  const header = ['statement', 'verdict', 'evidence'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const format = (cells: string[]) =>
    `  ${cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ')}`.trimEnd();
  lines.push(format(header), ...rows.map(format));
  const unjustified = target.statements.filter((s) => s.justified === false).length;
  const score = target.score === null ? 'n/a' : `${target.score}%`;
  lines.push(
    `  score ${score}; ${unjustified === 0 ? 'every statement is justified' : `${unjustified} unjustified`}`,
  );
  lines.push(...suggestionLines(target));
  for (const note of target.notes) lines.push(`  note: ${note}`);
  lines.push('');
  return lines.join('\n');
}

function suggestionLines(target: TargetReport): string[] {
  const suggested = target.suggestedPolicy;
  if (suggested === undefined) return [];
  const proof = suggested.verified
    ? 'verified: its own baseline passes and every Allow in it is killed, re-run or decided from the trace'
    : `NOT verified: ${unverifiedReasons(target).join(' ')}`;
  const lines = [`  suggested policy (${proof}):`];
  for (const s of target.statements) {
    if (s.suggestion === null) continue;
    const name = s.sid ?? `#${s.index}`;
    if (s.suggestion.statement === null) {
      lines.push(`    remove ${name}`);
    } else {
      const st = s.suggestion.statement as { Action?: unknown; Resource?: unknown };
      lines.push(
        `    narrow ${name} to ${JSON.stringify(st.Action)} on ${JSON.stringify(st.Resource)}`,
      );
    }
  }
  return lines;
}

function mark(s: StatementReport): string {
  if (s.justified === true) return '✓';
  if (s.justified === false) return '✗';
  return '?';
}

function evidence(s: StatementReport, target: TargetReport): string {
  // A Deny is never "denied": without it something becomes allowed (statement-view.ts).
  if (s.effect === 'Deny') return evidenceText(s, target);
  switch (s.status) {
    case 'killed':
      return `without it, ${s.deniedAction} is denied`;
    case 'killed-other-action':
      return `without it, ${s.deniedAction} is denied (not an action it grants)`;
    case 'survived':
      return s.coveredBy.length > 0
        ? `nothing changes without it: ${s.coveredBy.join(', ')} ${s.coveredBy.length === 1 ? 'grants' : 'grant'} the same calls`
        : 'nothing changes without it';
    case 'no-coverage':
      return 'the workload never uses it';
    case 'timeout':
      return 'the workload timed out';
    case 'error':
      return 'the workload failed for another reason';
  }
}
