/**
 * Config `ignore:` entries: a finding they match is kept and marked suppressed with the
 * entry's reason, never dropped, so reports show what was waived and why.
 */
import type { LintFinding } from './lint-types.js';

export interface IgnoreEntry {
  /** Policy file as named in the config (compared after normalising `./` and `\`). */
  policy?: string;
  sid?: string;
  code?: string;
  /** Required: why this finding is acceptable. */
  reason: string;
}

export function normalisePolicyPath(file: string): string {
  return file.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

export function applySuppressions(
  findings: readonly LintFinding[],
  ignore: readonly IgnoreEntry[],
): LintFinding[] {
  return findings.map((f) => {
    const entry = ignore.find(
      (e) =>
        (e.policy === undefined || normalisePolicyPath(e.policy) === normalisePolicyPath(f.file)) &&
        (e.sid === undefined || e.sid === f.sid) &&
        (e.code === undefined || e.code === f.code),
    );
    return entry ? { ...f, suppressed: true, reason: entry.reason } : f;
  });
}
