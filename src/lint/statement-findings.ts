/**
 * Findings in the shape report.json carries them, each with the index of the statement whose
 * row shows it: what `iam-mutate run` passes to the prepare stage (src/mutate/stages/prepare.ts).
 */
import type { ParsedPolicy } from '../policy/index.js';
import type { Finding } from '../report/report-types.js';
import { detectPolicyKind } from './detect-kind.js';
import { lintPolicy } from './lint-policy.js';
import { type IgnoreEntry, applySuppressions, normalisePolicyPath } from './suppressions.js';

/** The config's `ignore:` entries that concern one policy file, with the file part dropped. */
export function ignoreEntriesFor(
  ignore: readonly IgnoreEntry[],
  policyFile: string,
): IgnoreEntry[] {
  return ignore
    .filter(
      (e) =>
        e.policy === undefined || normalisePolicyPath(e.policy) === normalisePolicyPath(policyFile),
    )
    .map(({ policy: _policy, ...rest }) => rest);
}

/**
 * Every finding about a single statement, suppressed ones kept and marked. Policy-wide findings
 * (no statement) have no row to sit on and are left out here.
 */
export function statementFindings(
  parsed: ParsedPolicy,
  ignore: readonly IgnoreEntry[] = [],
): (Finding & { statementIndex: number })[] {
  const findings = applySuppressions(
    lintPolicy(parsed, { kind: detectPolicyKind(parsed), policyKind: 'inline' }),
    ignore,
  );
  return findings.flatMap((f) =>
    f.statementIndex === null
      ? []
      : [
          {
            statementIndex: f.statementIndex,
            code: f.code,
            severity: f.severity,
            message: f.message,
            ...(f.sid !== undefined && { sid: f.sid }),
            line: f.line,
            column: f.column,
            fix: f.fix,
            ...(f.suppressed && { suppressed: true, reason: f.reason ?? '' }),
          },
        ],
  );
}
