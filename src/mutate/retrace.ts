import { compilePolicyText, evaluateRequest } from '../policy/index.js';
import type { LoggedCall } from './logged-call.js';

/**
 * Calls whose response, not just their decision, can depend on the policy under test: a
 * workload reading its own policies could behave differently under an equal-deciding one.
 */
const POLICY_READS = /^iam:(Get|List|Simulate|Generate)/;

/**
 * The baseline's calls as the workload would make them under another policy (a suggested one)
 * attached in place of the one that ran: each call re-evaluated offline with the policy engine
 * and the request context the emulator recorded. Returned only when every call gets the same
 * decision as in the baseline, so that (the workload seeing only responses) the run under the
 * other policy is the baseline run again; undefined whenever that is not certain: a decision
 * changes, something is unverifiable, or the workload read policies.
 *
 * Other policies (managed, boundary, resource) are unchanged between the two runs, so a call
 * stays allowed when the other policy allows it itself or another identity policy granted it,
 * and no explicit Deny of the other policy matches.
 */
export function retraceUnder(
  policyText: string,
  baseline: readonly LoggedCall[],
): LoggedCall[] | undefined {
  const policy = compilePolicyText(policyText, { id: 'retrace', kind: 'identity' });
  const retraced: LoggedCall[] = [];
  for (const call of baseline) {
    if (POLICY_READS.test(call.action)) return undefined;
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
    if (decision.unverifiable.length > 0) return undefined;
    const same =
      call.decision === 'allow'
        ? decision.decision === 'allow' ||
          (call.grantedElsewhere > 0 && decision.decision !== 'explicit-deny')
        : call.decision === 'explicit-deny'
          ? // Denied by this policy: it must still deny; denied by another one: it still does.
            call.matched.length === 0 || decision.decision === 'explicit-deny'
          : decision.decision === 'implicit-deny';
    if (!same) return undefined;
    retraced.push({
      ...call,
      matched: decision.decision === 'implicit-deny' ? [] : decision.matched,
    });
  }
  return retraced;
}

/** Whether two traces are the same calls in the same order with the same decisions. */
export function sameCalls(a: readonly LoggedCall[], b: readonly LoggedCall[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (call, i) =>
        call.action === b[i]!.action &&
        call.resource === b[i]!.resource &&
        call.decision === b[i]!.decision,
    )
  );
}
