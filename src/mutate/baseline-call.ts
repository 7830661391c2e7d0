import type { ContextValue, StatementRef } from '../policy/types.js';

/**
 * One authorization decision the workload caused during a run, as the mutation engine needs
 * it: taken from the emulator's authorization log and filtered to the workload's principal.
 */
export interface BaselineCall {
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
  calls: readonly BaselineCall[],
  statementCount: number,
): BaselineCall[][] {
  const byIndex: BaselineCall[][] = Array.from({ length: statementCount }, () => []);
  for (const call of calls) {
    for (const ref of call.matched) byIndex[ref.index]?.push(call);
  }
  return byIndex;
}
