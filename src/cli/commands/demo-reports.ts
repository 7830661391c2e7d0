import type { Report, TargetReport } from '../../report/report-types.js';
import { renderTextSummary } from '../../report/text-summary.js';

/** Both verdict tables (with the suggested policy and score), then each target's findings. */
export function demoSummary(report: Report): string {
  const findings = report.targets.flatMap(findingLines);
  return (
    renderTextSummary(report) +
    (findings.length === 0
      ? ''
      : `static findings (iam-mutate lint):\n${findings.join('\n')}\n\n`) +
    report.targets.flatMap(suggestedPolicyText).join('')
  );
}

function findingLines(target: TargetReport): string[] {
  return target.statements.flatMap((s) =>
    s.findings
      .filter((f) => f.suppressed !== true)
      .map(
        (f) =>
          `  ${target.policy}:${f.line ?? s.line}  ${f.code} ${f.severity}  ${f.sid ?? s.sid ?? `#${s.index}`}: ${f.message}`,
      ),
  );
}

function suggestedPolicyText(target: TargetReport): string[] {
  const suggested = target.suggestedPolicy;
  // The whole document only where the gate fails; a passing policy's narrowing is in its table.
  if (suggested === undefined || !target.statements.some((s) => s.justified === false)) return [];
  const state = suggested.verified ? 'verified' : 'NOT verified';
  return [
    `suggested policy for ${target.policy} (${state}, score ${suggested.score ?? 'n/a'}%):\n` +
      `${JSON.stringify(suggested.policy, null, 2)}\n\n`,
  ];
}

/** comment.md, report.html (and report.json, mutation.json) into `dir`; returns their paths. */
