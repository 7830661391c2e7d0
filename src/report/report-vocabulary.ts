/**
 * The closed word lists of report.json (docs/verdicts.md), written once: the report schema
 * enumerates them and the types are derived from them.
 */
export const MUTANT_STATUSES = [
  'killed',
  'killed-other-action',
  'survived',
  'no-coverage',
  'timeout',
  'error',
] as const;

export const MUTATOR_NAMES = [
  'remove-statement',
  'remove-action',
  'narrow-resource',
  'remove-deny',
] as const;

/** Where the name of a denied action came from, best evidence first. */
export const DENIAL_EVIDENCE = ['authz-log', 'response-envelope', 'error-message'] as const;

export const DECISIONS = ['allow', 'explicit-deny', 'implicit-deny'] as const;

export const BASELINE_STATUSES = ['passed', 'failed', 'timeout', 'error'] as const;

export const FINDING_SEVERITIES = ['error', 'warning', 'note'] as const;
