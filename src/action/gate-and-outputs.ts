import { mutationScore } from '../mutate/score.js';
import { evaluateGate, type FailOn, type GateResult } from '../report/gate.js';
import type { Report } from '../report/report-types.js';

/** What the step reports: its outputs and whether (and why) it fails. */
export interface ActionVerdict {
  score: number | null;
  unjustified: number;
  /** Unsuppressed static findings: the report's rows plus lint-only files. */
  findings: number;
  gate: GateResult;
}

/**
 * The gate of `fail-on` (src/report/gate.ts) plus `min-score` and the lint-only files'
 * findings (which count for `fail-on: finding`).
 */
export function actionVerdict(
  report: Report,
  options: { failOn: FailOn; minScore?: number; lintOnlyFindings: number },
): ActionVerdict {
  const statements = report.targets.flatMap((t) => t.statements);
  const score = mutationScore(statements.map((s) => s.status));
  const unjustified = statements.filter((s) => s.justified === false).length;
  const reportFindings = statements.flatMap((s) => s.findings).filter((f) => !f.suppressed).length;
  const findings = reportFindings + options.lintOnlyFindings;
  const base = evaluateGate(report, options.failOn);
  const extra: string[] = [];
  if (options.minScore !== undefined && score !== null && score < options.minScore) {
    extra.push(`mutation score ${score}% is below min-score ${options.minScore}%`);
  }
  if (options.failOn === 'finding' && options.lintOnlyFindings > 0) {
    extra.push(`${options.lintOnlyFindings} finding(s) in changed policies without a workload`);
  }
  let gate: GateResult = base;
  if (extra.length > 0) {
    gate =
      base.kind === 'pass'
        ? { kind: 'fail', reasons: extra }
        : { kind: base.kind, reasons: [...base.reasons, ...extra] };
  }
  return { score, unjustified, findings, gate };
}

/** The check run's conclusion for a gate result. */
export function checkConclusion(gate: GateResult): 'success' | 'failure' {
  return gate.kind === 'pass' ? 'success' : 'failure';
}

/** The check run's title: one line a reviewer reads in the checks list. */
export function checkTitle(verdict: ActionVerdict): string {
  const score = verdict.score === null ? 'no score' : `score ${verdict.score}%`;
  return `${score}, ${verdict.unjustified} unjustified, ${verdict.findings} finding(s)`;
}
