import { compilePolicyText, evaluateRequest } from '../policy/index.js';
import type { LoggedCall } from './logged-call.js';
import type { Mutant } from './mutators/index.js';
import { statementsOf } from './mutators/policy-json.js';

/** What the replay expects a re-run of the workload under a mutant to show. */
export type Prediction =
  { kind: 'passed' } | { kind: 'denied'; action: string; resource: string; callIndex: number };

/**
 * Predicts a mutant's verdict offline from the baseline's authorization log: the first call
 * the mutant would no longer allow is where the workload will be denied. A call stays allowed
 * while another statement (of this policy or another granting policy) allowed it too; a call
 * whose only grant was the mutated statement is re-evaluated against the mutated statement
 * with the policy engine and the request context the emulator recorded.
 *
 * The prediction assumes the workload makes the same calls in the same order; re-runs verify
 * it, and a contradiction is reported, never hidden.
 */
export function predictMutant(mutant: Mutant, baseline: readonly LoggedCall[]): Prediction {
  if (mutant.mutator === 'remove-deny') return { kind: 'passed' };
  const mutated = mutatedStatementPolicy(mutant);
  for (const [callIndex, call] of baseline.entries()) {
    if (call.decision !== 'allow') continue;
    if (call.grantedElsewhere > 0) continue;
    if (call.matched.some((ref) => ref.index !== mutant.statementIndex)) continue;
    if (!call.matched.some((ref) => ref.index === mutant.statementIndex)) continue;
    if (mutated !== undefined && stillAllows(mutated, call)) continue;
    return { kind: 'denied', action: call.action, resource: call.resource, callIndex };
  }
  return { kind: 'passed' };
}

/** The mutated statement alone, compiled, when the mutant changed (not removed) it. */
function mutatedStatementPolicy(mutant: Mutant) {
  if (mutant.mutator === 'remove-statement') return undefined;
  const statement = statementsOf(mutant.policy)[mutant.statementIndex];
  if (statement === undefined) return undefined;
  return compilePolicyText(JSON.stringify({ Version: '2012-10-17', Statement: [statement] }), {
    id: 'replay',
    kind: 'identity',
  });
}

function stillAllows(policy: ReturnType<typeof compilePolicyText>, call: LoggedCall): boolean {
  const accountId = /^arn:[^:]+:[^:]+::([0-9]{12}):/.exec(call.principalArn)?.[1] ?? '';
  const decision = evaluateRequest(
    {
      principal: { arn: call.principalArn, accountId },
      action: call.action,
      resource: call.resource,
      context: call.context,
    },
    { identity: [policy] },
  );
  return decision.decision === 'allow';
}
