import { isJustified, type MutantStatus } from './verdict.js';

/**
 * docs/verdicts.md ("Scores"): score = justified / (all − timeout − error), as a percentage. Runs that broke
 * are left out of the denominator, never counted as passes. Null when nothing could be
 * decided, so "no evidence" is never shown as 0 % or 100 %.
 */
export function mutationScore(statuses: readonly MutantStatus[]): number | null {
  let decided = 0;
  let justified = 0;
  for (const status of statuses) {
    const j = isJustified(status);
    if (j === null) continue;
    decided++;
    if (j) justified++;
  }
  if (decided === 0) return null;
  return Math.round((justified / decided) * 10_000) / 100;
}
