import type { Report } from './report-types.js';

export type FailOn = 'unjustified' | 'finding' | 'none';

export type GateResult =
  | { kind: 'pass' }
  | { kind: 'fail'; reasons: string[] }
  /** Something could not be decided (baseline or mutant broke): never a pass. */
  | { kind: 'broken'; reasons: string[] };

/**
 * The required-status-check decision (exit codes: README.md, "On your laptop"): broken runs first (a verdict
 * that could not be reached is never a pass), then the `--fail-on` policy.
 */
export function evaluateGate(report: Report, failOn: FailOn): GateResult {
  const broken: string[] = [];
  const failed: string[] = [];
  for (const target of report.targets) {
    const base = target.baseline;
    if (base.status === 'failed') {
      failed.push(`${target.policy}: the baseline was denied (${base.reason ?? 'see report'})`);
    } else if (base.status !== 'passed') {
      broken.push(`${target.policy}: the baseline did not pass (${base.reason ?? base.status})`);
    }
    const undecided = target.statements.filter((s) => s.justified === null);
    if (base.status === 'passed' && undecided.length > 0) {
      broken.push(
        `${target.policy}: ${undecided.length} statement(s) could not be judged (timeout or error)`,
      );
    }
    const unjustified = target.statements.filter((s) => s.justified === false);
    if (failOn !== 'none' && unjustified.length > 0) {
      failed.push(
        `${target.policy}: unjustified ${unjustified.map((s) => s.sid ?? `#${s.index}`).join(', ')}`,
      );
    }
    const findings = target.statements.flatMap((s) => s.findings).filter((f) => !f.suppressed);
    if (failOn === 'finding' && findings.length > 0) {
      failed.push(`${target.policy}: ${findings.length} finding(s)`);
    }
  }
  if (broken.length > 0) return { kind: 'broken', reasons: [...broken, ...failed] };
  if (failed.length > 0 && failOn !== 'none') return { kind: 'fail', reasons: failed };
  return { kind: 'pass' };
}
