import type { ContextValue, StatementRef } from '../policy/types.js';

/**
 * One authorization decision the workload caused during a run, as the mutation engine needs
 * it: taken from the emulator's authorization log and filtered to the workload's principal.
 */
export interface LoggedCall {
  action: string;
  resource: string;
  decision: 'allow' | 'explicit-deny' | 'implicit-deny';
  /** Statements of the policy under test that allowed (or denied) the call. */
  matched: StatementRef[];
  /**
   * How many statements of OTHER identity policies (managed or inline) also allowed it: a call
   * they grant stays allowed whatever is removed from the policy under test.
   */
  grantedElsewhere: number;
  /** The request context the emulator evaluated, so replay can evaluate it again offline. */
  context: Readonly<Record<string, ContextValue>>;
  principalArn: string;
}

/** The calls each statement of the policy under test took part in, indexed by statement. */
export function callsByStatement(
  calls: readonly LoggedCall[],
  statementCount: number,
): LoggedCall[][] {
  const byIndex: LoggedCall[][] = Array.from({ length: statementCount }, () => []);
  for (const call of calls) {
    for (const ref of call.matched) byIndex[ref.index]?.push(call);
  }
  return byIndex;
}

/**
 * What a run's authorization log showed. Decided once per run by whether the endpoint keeps a
 * log (the backend's `authorizationLog` capability), then carried as this type: without a log
 * no-coverage cannot be told from survived, and nothing is predicted offline.
 */
export type CallTrace = { logged: true; calls: LoggedCall[] } | { logged: false };
