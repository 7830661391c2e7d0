/**
 * The verdict vocabulary (docs/verdicts.md) and how one workload run under a mutant becomes a
 * verdict. Pure: the caller decides which actions the removed part granted.
 */
import type { DENIAL_EVIDENCE, MUTANT_STATUSES } from '../report/report-vocabulary.js';

export type MutantStatus = (typeof MUTANT_STATUSES)[number];

/** Where the name of the denied action came from, best evidence first. */
export type DenialEvidence = (typeof DENIAL_EVIDENCE)[number];

/** What happened when the workload ran once. */
export type RunOutcome =
  | { kind: 'passed' }
  | {
      kind: 'denied';
      action: string;
      resource?: string;
      evidence: DenialEvidence;
    }
  | { kind: 'timeout'; afterMs: number }
  /** The workload failed for a reason other than a denial (function error, expect mismatch, ...). */
  | { kind: 'failed'; reason: string };

export interface Verdict {
  status: MutantStatus;
  /** The action the workload was denied, for killed and killed-other-action. */
  deniedAction?: string;
  deniedResource?: string;
  evidence?: DenialEvidence;
  /** Why the run counts as timeout or error. */
  reason?: string;
}

/**
 * `grantedByRemovedPart(action)` answers whether the removed statement/action/resource
 * granted that action (wildcards already resolved by the caller).
 */
export function verdictFor(
  outcome: RunOutcome,
  grantedByRemovedPart: (action: string) => boolean,
): Verdict {
  switch (outcome.kind) {
    case 'passed':
      return { status: 'survived' };
    case 'denied': {
      const denial = {
        deniedAction: outcome.action,
        ...(outcome.resource !== undefined && { deniedResource: outcome.resource }),
        evidence: outcome.evidence,
      };
      return grantedByRemovedPart(outcome.action)
        ? { status: 'killed', ...denial }
        : { status: 'killed-other-action', ...denial };
    }
    case 'timeout':
      return {
        status: 'timeout',
        reason: `the workload did not finish within ${outcome.afterMs} ms`,
      };
    case 'failed':
      return { status: 'error', reason: outcome.reason };
  }
}

/** Justified: yes for kills, no for survivors and uncovered, unknown when the run broke. */
export function isJustified(status: MutantStatus): boolean | null {
  switch (status) {
    case 'killed':
    case 'killed-other-action':
      return true;
    case 'survived':
    case 'no-coverage':
      return false;
    case 'timeout':
    case 'error':
      return null;
  }
}
