/**
 * Findings in the shape report.json carries them, per statement: what `iam-mutate run` puts
 * on each statement row. Lints each parsed policy once (memoised on the object).
 */
import type { ParsedPolicy } from '../policy/index.js';
import type { Finding } from '../report/report-types.js';
import { detectPolicyKind } from './detect-kind.js';
import { lintPolicy } from './lint-policy.js';
import { type IgnoreEntry, applySuppressions, normalisePolicyPath } from './suppressions.js';

const memo = new WeakMap<ParsedPolicy, Map<string, Finding[][]>>();

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

export function statementFindings(
  parsed: ParsedPolicy,
  index: number,
  ignore: readonly IgnoreEntry[] = [],
): Finding[] {
  const key = JSON.stringify(ignore);
  let byIgnore = memo.get(parsed);
  if (!byIgnore) memo.set(parsed, (byIgnore = new Map()));
  let rows = byIgnore.get(key);
  if (!rows) {
    const findings = applySuppressions(
      lintPolicy(parsed, { kind: detectPolicyKind(parsed), policyKind: 'inline' }),
      ignore,
    );
    rows = parsed.statements.map(() => []);
    for (const f of findings) {
      if (f.statementIndex === null) continue;
      rows[f.statementIndex]?.push({
        code: f.code,
        severity: f.severity,
        message: f.message,
        ...(f.sid !== undefined && { sid: f.sid }),
        line: f.line,
        column: f.column,
        fix: f.fix,
        ...(f.suppressed && { suppressed: true, reason: f.reason ?? '' }),
      });
    }
    byIgnore.set(key, rows);
  }
  return rows[index] ?? [];
}
